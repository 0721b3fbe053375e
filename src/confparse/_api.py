"""The public entry points: `parse`, `render`, `detect`."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from . import capture, registry
from ._core import parse_document
from .capture.source import Source
from .models import Page
from .options import ParseOptions, as_date

__all__ = ["detect", "parse", "render", "resolve_options"]

_DEFAULTS = ParseOptions()
"""The options of a call that gives none (frozen, so one value serves every call)."""


def resolve_options(options: ParseOptions | None, overrides: dict[str, Any]) -> ParseOptions:
    """*options* (or the defaults) with the fields named in *overrides* replaced.

    Raises:
        TypeError: *options* is not a `ParseOptions`, or an override names no field of it.
    """
    if options is None:
        options = _DEFAULTS
    elif not isinstance(options, ParseOptions):
        raise TypeError(f"options must be a ParseOptions, got {type(options).__name__}")
    if not overrides:
        return options
    unknown = sorted(set(overrides) - {field.name for field in attrs.fields(ParseOptions)})
    if unknown:
        raise TypeError(f"unknown parse option(s): {', '.join(unknown)}")
    return attrs.evolve(options, **overrides)


def parse(
    source: Source,
    layout: str | None = None,
    *,
    options: ParseOptions | None = None,
    **overrides: Any,
) -> Page:
    """Parse one captured page into a `Page`.

    Args:
        source: page text (``str``), UTF-8 bytes (BOM optional), a path, or an open file.
            A ``str`` is always text: pass a `pathlib.Path` to read a file.
        layout: the layout's name; detected from the text when omitted.
        options: a `ParseOptions` (the defaults when omitted).
        **overrides: any field of `ParseOptions` (``year=``, ``strict=``, ``zones=``,
            ``today=``, ``max_chars=``, ``max_line_chars=``, ``max_records=``), replacing
            that field of *options*.

    Raises:
        UnknownLayoutError: no layout recognises the page, or *layout* is not registered.
        ParseError: with ``strict=True``, the first error; also for undecodable bytes
            (`DecodeError`) and inputs over the limits (`LimitError`).
        TypeError: *options* is not a `ParseOptions`, or an override is no option.
    """
    settings = resolve_options(options, overrides)
    document = capture.read(source, max_chars=settings.max_chars)
    return parse_document(document, layout, settings)


def render(page: Page, *, today: date | str | None = None) -> str:
    """Write *page* back as the text of its layout (``page.layout``).

    *today* is the date that year inference counts back from (default: today), a `date`
    or an ISO date string: a layout leaves a year out of a date when the weekday gives it
    back, so the text depends on it.

    Raises:
        RenderError: the layout cannot express some record unambiguously.
        UnknownLayoutError: ``page.layout`` is not a registered layout.
        TypeError: *page* is not a `Page`, or *today* is no date.
        ValueError: *today* is a string but no ISO date.
    """
    if not isinstance(page, Page):
        raise TypeError(f"render takes a Page, not {type(page).__name__}")
    chosen = registry.get_layout(page.layout)
    day = as_date(today)
    return chosen.render(page, today=day if day is not None else date.today())


def detect(source: Source) -> list[tuple[str, float]]:
    """Every registered layout with its score for *source* (in [0, 1]), best first."""
    return registry.detect(capture.read(source))
