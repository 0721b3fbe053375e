"""The table of capture formats: how each is recognised and read.

A new input format is one module in this folder with a sniff and a reader, plus one row
in `FORMATS`. The first row whose sniff accepts the start of a page reads it; plain text,
the last row, accepts every page.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

import attrs

from .document import Document, Format, evolve, split_lines
from .html import looks_like_html, read_html
from .markdown import looks_like_markdown, read_markdown
from .wrappers import header_data, wrapper_lines

__all__ = ["FORMATS", "SNIFF_CHARS", "CaptureFormat", "read_document"]

SNIFF_CHARS = 65_536
"""Sniffs read at most this many characters of a page's start."""
_SNIFF_LINES = 300


@attrs.frozen
class CaptureFormat:
    """One capture format: *sniff* sees the page's start (at most `SNIFF_CHARS`) and says
    whether the page is in this format; *read* turns the whole normalised text into a
    `Document` (its ``source`` is filled in afterwards)."""

    name: Format
    sniff: Callable[[str], bool]
    read: Callable[[str], Document]


def _head_lines(head: str) -> list[str]:
    return head.split("\n", _SNIFF_LINES)[:_SNIFF_LINES]


def _sniff_markdown(head: str) -> bool:
    return looks_like_markdown(_head_lines(head))


def _given(lines: list[str]) -> Callable[[], list[str]]:
    """*lines*, split already, as `wrapper_lines` asks for them."""
    return lambda: lines


def _read_markdown(text: str) -> Document:
    raw_lines = split_lines(text)
    furniture = wrapper_lines(text, _given(raw_lines))
    embedded = header_data(raw_lines, furniture) if furniture else ()
    plain, links, headings, item_list = read_markdown(raw_lines)
    del raw_lines  # the plain lines are all that is kept
    items = frozenset(item_list)
    del item_list
    if furniture:  # wrapper lines read as blank: the structure found on them goes too
        for index in furniture:
            headings.pop(index, None)
            links.pop(index, None)
        items = items.difference(furniture)
    document = Document(
        "\n".join(plain),
        "markdown",
        links=MappingProxyType(links),  # read-only views of new dicts: no copies
        headings=MappingProxyType(headings),
        items=items,
        furniture=MappingProxyType(furniture),
        embedded=embedded,
    )
    document.keep_lines(plain)
    return document


def _read_plain(text: str) -> Document:
    """A plain capture: its lines as they are; the capture tool's wrapper lines are
    furniture, and the URL and title its header names are embedded data."""
    document = Document(text, "plain")
    found = wrapper_lines(text, lambda: document.lines)
    if not found:
        return document
    return evolve(document, furniture=found, embedded=header_data(document.lines, found))


def _accept(_head: str) -> bool:
    return True


FORMATS: tuple[CaptureFormat, ...] = (
    CaptureFormat("html", looks_like_html, read_html),
    CaptureFormat("markdown", _sniff_markdown, _read_markdown),
    CaptureFormat("plain", _accept, _read_plain),
)
"""Capture formats, most specific first; plain text comes last and accepts every page."""


def read_document(text: str, *, source: str | None = None) -> Document:
    """Read normalised *text* as the first format in `FORMATS` whose sniff accepts it."""
    head = text[:SNIFF_CHARS]
    for capture_format in FORMATS:
        if capture_format.sniff(head):
            document = capture_format.read(text)
            return evolve(document, source=source) if source is not None else document
    raise AssertionError("the plain format accepts every page")  # pragma: no cover
