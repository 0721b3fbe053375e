"""The public entry points: `parse`, `render`, `detect`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import attrs

from . import registry
from .capture.source import Source, prepare, read_source
from .errors import ConfparseError, InternalError, UnknownLayoutError
from .models import Page
from .options import ParseOptions

__all__ = ["detect", "parse", "render"]

_DEFAULTS = ParseOptions()


def parse(
    source: Source,
    layout: str | None = None,
    *,
    year: int | None = None,
    strict: bool = False,
    zones: Mapping[str, str] | None = None,
    today: date | None = None,
    max_chars: int = _DEFAULTS.max_chars,
    max_line_chars: int = _DEFAULTS.max_line_chars,
    max_records: int = _DEFAULTS.max_records,
) -> Page:
    """Parse one captured page into a `Page`.

    Args:
        source: page text (``str``), UTF-8 bytes (BOM optional), a path, or an open file.
            A ``str`` is always text: pass a `pathlib.Path` to read a file.
        layout: the layout's name; detected from the text when omitted.
        year: the year of the page's dates, when the page does not print it.
        strict: raise `ParseError` at the first diagnostic of error severity.
        zones: time-zone abbreviations to add or override (``{"CST": "Asia/Shanghai"}``).
        today: the date that year inference counts back from (default: today).
        max_chars: refuse an input longer than this many characters (default 256 M).
        max_line_chars: refuse an input with a longer line (default 4 M characters).
        max_records: refuse a page with more records (default 1 M).

    Raises:
        UnknownLayoutError: no layout recognises the page, or *layout* is not registered.
        ParseError: with ``strict=True``, the first error; also for undecodable bytes
            (`DecodeError`) and inputs over the limits (`LimitError`).
    """
    options = ParseOptions(
        year=year,
        strict=strict,
        zones=zones,
        today=today,
        max_chars=max_chars,
        max_line_chars=max_line_chars,
        max_records=max_records,
    )
    capture = prepare(read_source(source), max_chars=options.max_chars)
    text = capture.text
    if capture.links:
        options = attrs.evolve(options, links=capture.links)
    if layout is None:
        scores = registry.detect(text, stop_when_certain=True)
        best_name, best = scores[0] if scores else ("", 0.0)
        if best < registry.DETECT_THRESHOLD:
            raise UnknownLayoutError("no layout recognises this page", scores)
        if len(scores) > 1 and scores[1][1] == best:
            raise UnknownLayoutError(
                "two layouts recognise this page equally well; pass layout=", scores
            )
        chosen = registry.get_layout(best_name)
    else:
        chosen = registry.get_layout(layout)
    try:
        return chosen.parse(text, options)
    except ConfparseError:
        raise
    except Exception as exc:
        raise InternalError(
            f"layout {chosen.name!r} failed with {type(exc).__name__}: {exc}"
        ) from exc


def render(page: Page) -> str:
    """Write *page* back as the text of its layout (``page.layout``).

    Raises:
        RenderError: the layout cannot express some record unambiguously.
        UnknownLayoutError: ``page.layout`` is not a registered layout.
    """
    return registry.get_layout(page.layout).render(page)


def detect(source: Source) -> list[tuple[str, float]]:
    """Every registered layout with its score for *source* (in [0, 1]), best first."""
    return registry.detect(prepare(read_source(source)).text)
