"""The table of capture formats: how each is recognised and read.

A new input format is one module in this folder with a sniff and a reader, plus one row
in `FORMATS`. The first row whose sniff accepts the start of a page reads it; plain text,
the last row, accepts every page.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

import attrs

from .document import Document, Embedded, Format, evolve
from .html import is_html_document, looks_like_html, read_html
from .markdown import looks_like_markdown, read_markdown
from .mhtml import looks_like_mhtml, read_mhtml
from .normalize import is_normal, normalize
from .pandoc import is_pandoc_markdown, pandoc_embedded, without_pandoc_syntax
from .rawhtml import has_block_tag_line, has_raw_html, without_raw_html
from .reflinks import has_reference_links, with_inline_links
from .textdump import (
    has_bracketed_urls,
    looks_like_text_browser,
    numbered_below_top,
    read_text_browser,
)
from .wrappers import header_data, script_lines, wrapper_lines

__all__ = ["FORMATS", "SNIFF_CHARS", "CaptureFormat", "CaptureText", "read_document", "read_text"]

SNIFF_CHARS = 65_536
"""Sniffs read at most this many characters of a page's start."""
_SNIFF_LINES = 300


class CaptureText:
    """A normalised page on its way to a `Document`: its text, and its lines, split once for
    every step that reads them (the markdown sniff, the Unicode form check, the reader).

    A page longer than `SNIFF_CHARS` is split only by a reader that needs its lines, so that
    a page no layout reads is refused without ever holding them.
    """

    __slots__ = ("_head", "_head_end", "_head_lines", "_lines", "_pandoc", "_plain", "_raw_html",
                 "_references", "text")  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        self._plain: Document | None = None
        self._lines: list[str] | None = None
        self._head: str | None = None
        self._head_lines: list[str] | None = None
        self._head_end: int | None = None
        self._raw_html: bool | None = None
        self._pandoc: bool | None = None
        self._references: bool | None = None

    def head(self) -> str:
        """The start of the text that sniffs read: its first `SNIFF_CHARS` characters (cut
        once for every sniff that reads it)."""
        head = self._head
        if head is None:
            head = self._head = self.text[:SNIFF_CHARS]
        return head

    def raw_html(self) -> bool:
        """Whether the text is markdown with raw HTML blocks (`has_raw_html` of its head's
        lines; asked once). A head where no line starts with a block's tag is none
        (`has_block_tag_line`, a search for ``<`` in C)."""
        found = self._raw_html
        if found is None:
            found = has_block_tag_line(self.head()) and has_raw_html(self.head_lines())
            self._raw_html = found
        return found

    def pandoc(self) -> bool:
        """Whether the text is pandoc's own markdown (`is_pandoc_markdown` of its head;
        asked once, by the sniff and the reader)."""
        found = self._pandoc
        if found is None:
            found = self._pandoc = is_pandoc_markdown(self.head())
        return found

    def reference_links(self) -> bool:
        """Whether the text has markdown reference links (`has_reference_links` of its head,
        the definitions looked for in its end too; asked once)."""
        found = self._references
        if found is None:
            text = self.text
            found = self._references = has_reference_links(
                self.head(), lambda: text[-SNIFF_CHARS:] if len(text) > SNIFF_CHARS else ""
            )
        return found

    def plain(self) -> Document:
        """The text as a plain `Document` (made once; its lines are `lines`)."""
        plain = self._plain
        if plain is None:
            plain = self._plain = Document(self.text, "plain")
        return plain

    def lines(self) -> list[str]:
        """The lines of the text (split once; do not change the list)."""
        lines = self._lines
        if lines is None:
            lines = self._lines = self.plain().lines
        return lines

    def take_lines(self) -> list[str]:
        """`lines`, which the page then forgets: for a reader that keeps other lines, so
        that these can be freed as soon as it has read them."""
        lines = self.lines()
        self._lines = self._plain = self._head_lines = None
        return lines

    def split(self) -> list[str] | None:
        """The lines of the text when some step has split it already, else ``None``."""
        return self._lines

    def head_lines(self) -> list[str]:
        """The first lines of `head` (at most 300, the last one maybe cut). When the head
        is the whole text, these are the first of `lines`, which the reader takes over."""
        head = self._head_lines  # split once for every sniff that reads lines
        if head is None:
            text = self.text
            if len(text) > SNIFF_CHARS:
                pieces = self.head().split("\n", _SNIFF_LINES)
                if len(pieces) > _SNIFF_LINES:  # the rest of the head, after the lines
                    self._head_end = SNIFF_CHARS - len(pieces[_SNIFF_LINES]) - 1
                    del pieces[_SNIFF_LINES]
                else:
                    self._head_end = SNIFF_CHARS
                head = pieces
            else:
                lines = self.lines()
                head = lines[:_SNIFF_LINES]
                if len(lines) <= _SNIFF_LINES:
                    self._head_end = len(text)
            self._head_lines = head
        return head

    def head_end(self) -> int | None:
        """Where `head_lines` end in `head`, when splitting them told it (else ``None``)."""
        self.head_lines()
        return self._head_end


@attrs.frozen
class CaptureFormat:
    """One capture format: *sniff* says whether the page is in this format from its start
    (`CaptureText.head`, `CaptureText.head_lines`); *read* turns the whole normalised text
    into a `Document` (its ``source`` is filled in afterwards)."""

    name: Format
    sniff: Callable[[CaptureText], bool]
    read: Callable[[CaptureText], Document]


def _sniff_html(page: CaptureText) -> bool:
    head = page.head()
    if not looks_like_html(head):
        return False
    # a fragment that is markdown with raw HTML blocks (pandoc's gfm) is markdown
    return is_html_document(head) or not page.raw_html()


def _read_html(page: CaptureText) -> Document:
    return read_html(page.text)


def _sniff_mhtml(page: CaptureText) -> bool:
    return looks_like_mhtml(page.head())


def _read_mhtml(page: CaptureText) -> Document:
    return read_mhtml(page.text)


def _sniff_markdown(page: CaptureText) -> bool:
    lines = page.head_lines()
    if looks_like_markdown(lines):  # (a dump's rules and bullets look like markdown's)
        return not has_bracketed_urls(page.head(), page.head_end())
    return page.raw_html() or page.pandoc() or page.reference_links()


def _read_markdown(page: CaptureText) -> Document:
    text = page.text
    origin: tuple[int, ...] | None = None
    joined: frozenset[int] = frozenset()
    data: tuple[Embedded, ...] = ()
    changed = True
    if page.pandoc():  # its syntax read as the markdown it stands for
        data = pandoc_embedded(text)
        text, origin, joined = without_pandoc_syntax(text)  # (its bare <div> lines too)
    elif page.raw_html():  # its markup read as the markdown it stands for
        text, origin, joined = without_raw_html(text)
    else:
        changed = False
    if page.reference_links():  # [text][12] read as the inline link it stands for
        text, changed = with_inline_links(text), True
    raw_lines = Document(text, "plain").lines if changed else page.take_lines()
    furniture = wrapper_lines(text, _given(raw_lines))
    embedded = (header_data(raw_lines, furniture) if furniture else ()) + data
    furniture.update(script_lines(text))
    plain, links, headings, item_list = read_markdown(raw_lines, joined)
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
        origin=origin,
    )
    document.keep_lines(plain)
    return document


def _sniff_text_browser(page: CaptureText) -> bool:
    head = page.head()
    if looks_like_text_browser(head, page.head_lines(), end=page.head_end()):
        return True
    return numbered_below_top(page.text)


def _read_text_browser(page: CaptureText) -> Document:
    return read_text_browser(page.text, page.take_lines())


def _given(lines: list[str]) -> Callable[[], list[str]]:
    """*lines*, split already, as `wrapper_lines` asks for them."""
    return lambda: lines


def _read_plain(page: CaptureText) -> Document:
    """A plain capture: its lines as they are; the capture tool's wrapper lines are
    furniture, and the URL and title its header names are embedded data."""
    text = page.text
    document = page.plain()
    found = wrapper_lines(text, lambda: document.lines)
    if not found:
        return document
    return evolve(document, furniture=found, embedded=header_data(document.lines, found))


def _accept(_page: CaptureText) -> bool:
    return True


FORMATS: tuple[CaptureFormat, ...] = (
    CaptureFormat("html", _sniff_mhtml, _read_mhtml),  # a web archive: its HTML part
    CaptureFormat("html", _sniff_html, _read_html),
    CaptureFormat("markdown", _sniff_markdown, _read_markdown),
    CaptureFormat("text-browser", _sniff_text_browser, _read_text_browser),
    CaptureFormat("plain", _accept, _read_plain),
)
"""Capture formats, most specific first; plain text comes last and accepts every page."""


def read_document(text: str, *, source: str | None = None) -> Document:
    """Read normalised *text* as the first format in `FORMATS` whose sniff accepts it."""
    page = CaptureText(text)
    return _named(_format(page).read(page), source)


def read_text(text: str, *, source: str | None = None) -> Document:
    """`read_document` for *text* that `normalize_chars` has normalised without the
    ideographic space: the rest of `normalize` is checked here, on the lines that the
    markdown sniff has split when it has (they are the reader's too), else on the text
    (`is_normal`). A text that it would change is normalised and read from the start."""
    page = CaptureText(text)
    capture_format = _format(page)
    if not is_normal(text, page.split()):
        return read_document(normalize(text), source=source)
    return _named(capture_format.read(page), source)


def _format(page: CaptureText) -> CaptureFormat:
    """The first format in `FORMATS` whose sniff accepts *page*."""
    for capture_format in FORMATS:
        if capture_format.sniff(page):
            return capture_format
    raise AssertionError("the plain format accepts every page")  # pragma: no cover


def _named(document: Document, source: str | None) -> Document:
    return evolve(document, source=source) if source is not None else document
