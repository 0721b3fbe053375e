"""`Document`: a capture read into lines, with the structure its format gave.

Every reader of the capture stage returns one. Layouts read nothing else: the lines, the
format they came from, and per-line structure (headings, list items, links, markup hints),
plus a map back to the line numbers of the input, so that a diagnostic names the line of
the file the user holds.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal, TypeVar

import attrs

from ..models import Link
from .edges import hard_wrap_width

__all__ = ["HEAD_CHARS", "Document", "Element", "Embedded", "Format", "Hint", "split_lines"]

HEAD_CHARS = 16_384
"""How much of a page `Document.head` gives: what detection reads."""

Format = Literal["plain", "markdown", "text-browser", "html"]
"""The capture formats confparse reads: a browser's copy or a text extractor's output
(``plain``), a reader service's or converter's markdown (``markdown``), a text-mode
browser's dump, its lines wrapped at a fixed width and maybe its links numbered with a
link table at the end (``text-browser``), and saved HTML (``html``)."""

_EMPTY: Mapping[Any, Any] = MappingProxyType({})

_V = TypeVar("_V")
_SPLIT_CHUNK = 1 << 14
"""`split_lines` splits the text in pieces of about this many characters."""
_SHORT_LINE = 32
"""A piece whose lines are shorter than this on average has its equal lines shared."""
_SHARED_MAX = 4096
"""How many distinct lines `split_lines` remembers before it starts afresh."""


def split_lines(text: str) -> list[str]:
    """``text.split("\n")``, with equal short lines shared as one string.

    A Python string costs about 50 bytes besides its characters, so a page of short lines
    held one string per line takes many times its size (a megabyte of ``"  \n"`` took 20
    MB). Short, repeated lines (blank-looking lines, separators, one word of furniture)
    are what such pages are made of: the text is split a piece at a time and, where a
    piece's lines are short on average, equal lines become one object, so the copies of a
    piece are freed before the next is split. Other pieces are kept as `str.split` gives
    them, and a page shorter than a piece is split at once.
    """
    if len(text) <= _SPLIT_CHUNK:
        return text.split("\n")
    out: list[str] = []
    seen: dict[str, str] = {}
    start = 0
    while True:
        end = text.find("\n", start + _SPLIT_CHUNK)
        piece = text[start:] if end < 0 else text[start:end]
        part = piece.split("\n")
        if len(piece) < _SHORT_LINE * len(part):
            out.extend(map(seen.setdefault, part, part))
            if len(seen) > _SHARED_MAX:
                seen.clear()
        else:
            out.extend(part)
        del part  # before the next piece is split: one piece's copies at a time
        if end < 0:
            return out
        start = end + 1


def _frozen(value: Mapping[Any, Any] | None) -> Mapping[Any, Any]:
    if not value:
        return _EMPTY
    return value if isinstance(value, MappingProxyType) else MappingProxyType(dict(value))


@attrs.frozen(weakref_slot=False)
class Element:
    """One element of an HTML capture, as a hint for the lines inside it.

    ``serial`` counts start tags in document order, so it names one element: two lines
    with the same enclosing ``Element`` stand in the same card.
    """

    tag: str
    classes: tuple[str, ...] = ()
    id: str | None = None
    serial: int = 0


@attrs.frozen(weakref_slot=False)
class Hint:
    """The markup a line of an HTML capture came from: the innermost block element that
    holds its text, and that element's ancestors (outermost first)."""

    element: Element
    ancestors: tuple[Element, ...] = ()

    def has_class(self, name: str) -> bool:
        """Whether the element or any ancestor carries CSS class *name*."""
        return self.within(name) is not None

    def within(self, name: str) -> Element | None:
        """The innermost element (the line's own or an ancestor) with CSS class *name*."""
        if name in self.element.classes:
            return self.element
        for element in reversed(self.ancestors):
            if name in element.classes:
                return element
        return None


@attrs.frozen(weakref_slot=False)
class Embedded:
    """Structured data that a capture carries besides its text: a JSON-LD block, the JSON
    of a ``data-props`` attribute, a title, a canonical URL, the URL a capture tool's
    header names. ``line`` is the input line where it stands."""

    kind: str
    data: Any = attrs.field(eq=False)
    line: int = 1


def props_data(target: str | None, raw: str, line: int) -> Embedded:
    """The embedded data of a ``data-props`` attribute whose JSON text is *raw*, with the
    element's ``data-target``: kind ``data-props``, or ``data-props-invalid`` with the raw
    text when it is no JSON."""
    try:
        kind, value = "data-props", json.loads(raw)
    except (ValueError, RecursionError):
        kind, value = "data-props-invalid", raw
    return Embedded(kind, {"target": target, "props": value}, line)


@attrs.frozen(eq=False)
class Document:
    """A capture as lines: what every layout receives.

    Attributes:
        text: the normalised lines joined by ``"\\n"``.
        format: the capture format the input was read as (see `Format`).
        links: the links on each line, by 0-based line index.
        headings: the heading level (1-6) of heading lines, by 0-based line index.
        items: the 0-based indexes of list-item lines.
        hints: for HTML captures, the markup of each line, by 0-based line index.
        furniture: lines that are known furniture of the capture tool or the site, by their
            own text, with the name of the rule that knows them (0-based line index).
        origin: the input's 1-based line number of each line; ``None`` when the lines are
            numbered as in the input.
        embedded: structured data found in the capture: in HTML its JSON-LD, ``data-props``
            JSON, titles and canonical URLs; in other formats the URL and title that a
            capture tool's header names (kinds ``url`` and ``title``).
        source: the file name or URL the input came from, when known.
    """

    text: str
    format: Format = "plain"
    links: Mapping[int, tuple[Link, ...]] = attrs.field(default=_EMPTY, converter=_frozen)
    headings: Mapping[int, int] = attrs.field(default=_EMPTY, converter=_frozen)
    items: frozenset[int] = frozenset()
    hints: Mapping[int, Hint] = attrs.field(default=_EMPTY, converter=_frozen)
    furniture: Mapping[int, str] = attrs.field(default=_EMPTY, converter=_frozen)
    origin: tuple[int, ...] | None = None
    embedded: tuple[Embedded, ...] = ()
    source: str | None = None
    _lines: list[str] | None = attrs.field(default=None, init=False, repr=False)
    _head: str | None = attrs.field(default=None, init=False, repr=False)
    _wrap: int | None = attrs.field(default=-1, init=False, repr=False)

    @property
    def lines(self) -> list[str]:
        """The lines of `text` (computed once; do not change the list)."""
        lines = self._lines
        if lines is None:
            lines = split_lines(self.text)
            object.__setattr__(self, "_lines", lines)
        return lines

    def wrap_width(self) -> int | None:
        """The width at which a plain capture's extractor hard-wrapped its paragraphs
        (`hard_wrap_width`: pandoc's plain text at 72 columns), found when first asked: a
        line broken there goes on on the next line. ``None`` for a capture not so wrapped,
        and for the other formats, whose readers join such lines themselves."""
        wrap = self._wrap
        if wrap == -1:
            wrap = hard_wrap_width(self.lines) if self.format == "plain" else None
            object.__setattr__(self, "_wrap", wrap)
        return wrap

    def keep_lines(self, lines: list[str]) -> None:
        """Take *lines*, which a reader split `text` from, as `lines` (instead of splitting
        the text again: a second list of the same strings). They must be the lines of
        `text`; a count that differs from the text's raises `ValueError`."""
        if len(lines) != self.text.count("\n") + 1:
            raise ValueError(f"{len(lines)} lines given for a text of other lines")
        object.__setattr__(self, "_lines", lines)

    def head(self) -> str:
        """The start of `text` that detection reads: at most `HEAD_CHARS` characters, cut
        at a line end when there is one. The capture tool's own lines (`furniture` of a
        capture that is not HTML: a reader's header, a converter's script text, a text
        browser's link table) read blank there, as they do to layouts: a converter's
        script of 30 KB on the first line does not hide the page from detection.

        Made once: every detector is given the same string object, so that the facts the
        detectors share (`confparse.layouts.kit.scan`) are found once per document."""
        head = self._head
        if head is None:
            head = self.text
            if self.furniture and self.format != "html":
                head = self._without_furniture()
            if len(head) > HEAD_CHARS:
                cut = head.rfind("\n", 0, HEAD_CHARS)
                head = head[: cut if cut > 0 else HEAD_CHARS]
            object.__setattr__(self, "_head", head)
        return head

    def _without_furniture(self) -> str:
        """The first lines of `text`, `HEAD_CHARS` characters of them at least (or all),
        with the `furniture` lines blank."""
        furniture = self.furniture
        pieces: list[str] = []
        size = 0
        for index, line in enumerate(self.lines):
            if size > HEAD_CHARS:
                break
            shown = "" if index in furniture else line
            pieces.append(shown)
            size += len(shown) + 1
        return "\n".join(pieces)

    def line_number(self, index: int) -> int:
        """The input's 1-based line number of line *index* (0-based)."""
        origin = self.origin
        if origin is None:
            return index + 1
        return origin[index] if 0 <= index < len(origin) else index + 1

    def tail(self, start: int) -> Document:
        """The document of lines *start*.. (0-based): the page that a file holds below other
        material. Its structure keeps to its lines, and its lines keep the input's numbers
        (`line_number`), so that its records and diagnostics name the user's file."""
        lines = self.lines[start:]

        def shifted(mapping: Mapping[int, _V]) -> dict[int, _V]:
            return {index - start: value for index, value in mapping.items() if index >= start}

        first_line = self.line_number(start)
        document = Document(
            text="\n".join(lines),
            format=self.format,
            links=shifted(self.links),
            headings=shifted(self.headings),
            items=frozenset(index - start for index in self.items if index >= start),
            hints=shifted(self.hints),
            furniture=shifted(self.furniture),
            origin=tuple(self.line_number(index) for index in range(start, start + len(lines))),
            embedded=tuple(item for item in self.embedded if item.line >= first_line),
            source=self.source,
        )
        document.keep_lines(lines)
        return document

    def line_index(self, number: int, *, last: bool = False) -> int:
        """The 0-based index of the first line that input line *number* (1-based) gives,
        or with *last* of its last one: the inverse of `line_number`, for a `Span` (which
        names input lines) read back as lines of the document. A number between two lines'
        input lines gives the later line (with *last*: the earlier)."""
        origin = self.origin
        if origin is None:
            return number - 1
        if last:
            return max(bisect.bisect_right(origin, number) - 1, 0)
        return min(bisect.bisect_left(origin, number), max(len(origin) - 1, 0))

    def links_on(self, first: int, last: int | None = None) -> tuple[Link, ...]:
        """The links on lines *first*..*last* (0-based, inclusive), in order."""
        links = self.links
        if not links:
            return ()
        if last is None:
            return links.get(first, ())
        found: list[Link] = []
        for index in range(first, last + 1):
            found.extend(links.get(index, ()))
        return tuple(found)


def evolve(document: Document, **changes: Any) -> Document:
    """`attrs.evolve` for a `Document` of the same text: the new one keeps the lines that
    *document* has split already (instead of splitting the text again)."""
    if "text" in changes:
        raise ValueError("evolve keeps a document's text")
    changed = attrs.evolve(document, **changes)
    object.__setattr__(changed, "_lines", document._lines)
    return changed
