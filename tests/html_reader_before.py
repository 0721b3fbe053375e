"""The HTML reader as it was on `html.parser` (confparse.capture.html at 41cdff5), frozen.

The reference that tests/test_html_same_documents.py compares the reader with: the same
`Document` on generated HTML. Not used by the library; do not change it, but to add a rule
that the reader gained since, marked "added since" where it stands: typeset math read as its
TeX source (the reader's `_typeset`, `_is_tex` and `_MATH_MARKS`, imported from it).

Its own docstring follows.

Read saved HTML into a `Document`: the text a browser shows, the markup kept as hints.

Lines
    Block elements (``div``, ``p``, ``h1``-``h6``, ``li``, table parts, ``section``, ``nav``,
    ``pre``, ...) start and end lines and ``<br>`` breaks one; inline elements (``a``,
    ``span``, ``button``, unknown tags, ...) join the line around them. Each table cell is a
    line (its row is its parent in the hint). Runs of ASCII whitespace show as one space and
    lines are trimmed; ``<pre>`` keeps spaces and line breaks. Then fixed spaces become
    spaces and zero-width characters and soft hyphens go (`normalize`, per line); a line
    left empty is not emitted. ``head`` (its ``title`` kept as embedded data), ``script``,
    ``style``, ``template``, ``svg``, ``iframe``, ``object`` and ``canvas`` are dropped;
    ``noscript`` is read (pages that build lists by JavaScript keep a plain copy there).
Blank lines
    Never two in a row, first or last. One comes before a line when, since the line before
    it, an element with text among ``h1``-``h6``, ``p``, ``pre``, ``blockquote``,
    ``section``, ``article``, ``header``, ``footer``, ``nav``, ``aside``, ``main``,
    ``table``, ``ul``, ``ol``, ``dl``, ``details``, ``figure``, ``form`` ended, or an
    ``<hr>`` or an empty ``<pre>`` line stood; and when the line stands in another *card*:
    its innermost ``article`` or element with a class ``card`` or ending in ``-card`` or
    ``cards`` (``track-schedule-card``, ``displaycards``).
Structure, by 0-based line index
    ``hints``: the innermost block element holding the line's text and its 24 innermost
    ancestors (one `Hint` per element, shared by its lines); ``headings``: lines inside
    ``h1``-``h6``; ``items``: the first line of each ``li``; ``links``: each ``<a href>`` on
    the line where its text begins (without text: the line it stands in, else the next);
    ``furniture``: lines inside ``nav``, ``role="navigation"`` or Bootstrap's ``navbar``
    (``html-navigation``), ``footer`` (``html-footer``) or an element whose id or class says
    ``cookie`` (``html-cookie-notice``), the innermost deciding; ``origin``: the input line
    where a line's text begins. ``embedded``: JSON-LD, ``data-props`` JSON (with its
    ``data-target``), titles and canonical URLs, at the input line of their tag.
Hostile input
    End tags are implied as a browser does for ``p``, ``li``, ``dt``/``dd``, table parts,
    ``option``, headings and ``a``; end tags of elements not open are ignored and an inline
    end tag closes no block. What would make `html.parser` rescan the rest of the input
    again and again (a tag, comment or ``<![`` left open to the end) is cut or rewritten
    first, as a browser reads it, so time stays linear in the size of the input.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from html.parser import HTMLParser
from typing import Any

from confparse.capture.document import Document, Element, Embedded, Hint
from confparse.capture.html import _CAPTURED_IN_DROP, _MATH_MARKS, _is_tex, _typeset
from confparse.capture.normalize import normalize
from confparse.errors import ParseError
from confparse.models import Link

__all__ = ["looks_like_html", "read_html"]

_ANCESTORS = 24  # enclosing elements kept in a hint: deep nesting stays linear
_STASH_CHARS = 2_048  # data-props values this long are decoded by `_unescape`
_SPACES = " \t\n\r\f"
_DOCUMENT_TAG = re.compile(r"(?i)<(?:!doctype[ \t\r\n]+html|html|head|body)[\s>]")
_BLOCK_TAG = re.compile(r"(?i)<(?:div|p|article|section|table|li)[\s>/]")
_COMMENT_END = re.compile(r"--\s*>")  # where html.parser ends a comment
_MARKUP_OPEN = re.compile(r"<[a-zA-Z/!?]")
_ENTITIES = (("&quot;", '"'), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_PARAGRAPHS = frozenset(
    {*_HEADINGS, "p", "pre", "blockquote", "section", "article", "header", "footer", "nav"}
    | {"aside", "main", "table", "ul", "ol", "dl", "details", "figure", "form"}
)
_CELLS = frozenset({"li", "dd", "dt", "td", "th", "tr", "tbody", "thead", "tfoot", "caption"})
_BLOCKS = _PARAGRAPHS | _CELLS | {"html", "body", "div", "address", "center", "dialog", "dir"}
_BLOCKS |= {"fieldset", "figcaption", "hgroup", "legend", "listing", "menu", "option", "search"}
_BLOCKS |= {"summary", "xmp", "plaintext"}
_CLOSES_P = _BLOCKS - _CELLS - {"html", "body", "option", "legend"} | {"li", "dd", "dt"}
_PRE = frozenset({"pre", "listing", "xmp", "plaintext"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen"})
_VOID |= {"link", "meta", "param", "source", "track", "wbr"}
_DROPPED = frozenset({"script", "style", "template", "svg", "iframe", "object", "canvas"})
_SPECIAL = _VOID | _DROPPED
_IN_HEAD = frozenset({"title", "meta", "link", "script", "style", "base", "noscript", "template"})
_MARKED = frozenset({"a", "li", "pre", "title", "head", "article", "nav", "footer"})
_IMPLIED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "li": (("li",), ("ul", "ol", "menu")),
    **dict.fromkeys(("dt", "dd"), (("dt", "dd"), ("dl",))),
    "tr": (("tr", "td", "th"), ("table", "tbody", "thead", "tfoot")),
    **dict.fromkeys(("td", "th"), (("td", "th"), ("tr", "table"))),
    **dict.fromkeys(("tbody", "thead", "tfoot"), (("tbody", "thead", "tfoot"), ("table",))),
    "option": (("option",), ("select", "datalist")),
    "a": (("a",), ()),
}
"""A start tag closes the open elements it names (from the outermost of the innermost of
each name) unless one named second stands between them and it."""
_NONE: dict[str, str | None] = {}


def looks_like_html(head: str) -> bool:
    """Whether *head* (the first ~64 KB of a text) is HTML rather than plain text or markdown.

    True when a line starts with a doctype or an ``<html``, ``<head`` or ``<body`` tag, or
    when the text starts with ``<`` and its first 8 KB hold three or more block tags
    (``div``, ``p``, ``article``, ``section``, ``table``, ``li``): a few inline tags or an
    ``<a id="...">`` line in markdown are not enough. Regular expressions only, no parse.
    """
    head = head[:65_536]
    at = head.find("<")  # most text captures have none: no tag can open
    while at >= 0:  # a document tag first on its line (a multiline "^" pattern tries every
        begins = head.rfind("\n", 0, at) + 1  # position, which costs more than the parse)
        if not head[begins:at].strip(" \t\ufeff") and _DOCUMENT_TAG.match(head, at):
            return True
        at = head.find("<", at + 1)
    start = head.lstrip(_SPACES + "\ufeff")
    return start.startswith("<") and len(_BLOCK_TAG.findall(start, 0, 8_192)) >= 3


def _tame(text: str) -> str:
    """*text* without what makes `html.parser` rescan the rest of it again and again.

    A browser drops it too: a comment that never ends runs to the end of the input, and so
    does a tag, comment or declaration after the last ``>``. A ``<![`` section is a bogus
    comment up to the next ``>``: rewritten as ``<!-[``, which html.parser reads so (on
    ``<![`` it looks for ``]]>`` to the end, or raises).
    """
    if "<![" in text:
        text = text.replace("<![", "<!-[")
    start = text.find("<!--")
    while start >= 0:
        end = _COMMENT_END.search(text, start + 4)
        if end is None:
            text = text[:start]
            break
        start = text.find("<!--", end.end())
    cut = _MARKUP_OPEN.search(text, text.rfind(">") + 1)
    return text[: cut.start()] if cut else text


def _stash(text: str) -> tuple[str, dict[str, str]]:
    """*text* with each long ``data-props`` value replaced by a key into the returned stash.

    html.parser decodes an attribute's character references with one Python call each,
    which doubles the time of a Hugging Face page; `_unescape` does it with str methods.
    Only a value inside a tag is taken (text that shows markup keeps it), and a key keeps
    the line breaks of its value, so that input line numbers stay right.
    """
    stash: dict[str, str] = {}
    parts: list[str] = []
    done, at = 0, text.find('data-props="')
    while at >= 0:
        start = at + len('data-props="')
        end = text.find('"', start)
        if end < 0:
            break
        window = max(0, at - _STASH_CHARS)  # values this long stand that far apart
        if end - start >= _STASH_CHARS and text.rfind("<", window, at) > text.rfind(
            ">", window, at
        ):
            key = f"\x00{len(stash)}\x00" + "\n" * text.count("\n", start, end)
            stash[key] = text[start:end]
            parts += (text[done:start], key)
            done = end
        at = text.find('data-props="', end)
    return ("".join(parts) + text[done:] if parts else text), stash


def _unescape(value: str) -> str:
    """*value* decoded as html.parser would, with str methods when all its references are
    ``&quot;``, ``&#39;``, ``&lt;``, ``&gt;`` or ``&amp;``."""
    if value.count("&") != sum(value.count(entity) for entity, _ in _ENTITIES):
        return html.unescape(value)
    for entity, char in _ENTITIES:
        value = value.replace(entity, char)
    return value


def _collapse(text: str) -> str:
    """*text* with each run of ASCII whitespace as one space (with str methods: a regular
    expression takes ten times as long on a long paragraph)."""
    for char in "\t\n\r\f":
        if char in text:
            text = text.replace(char, " ")
    return " ".join(filter(None, text.split(" "))) if "  " in text else text


def _load_json(raw: str) -> tuple[bool, Any]:
    """``(True, value)`` for valid JSON, else ``(False, raw)``."""
    try:
        return True, json.loads(raw)
    except (ValueError, RecursionError):
        return False, raw


def _furniture(tag: str, attributes: dict[str, str | None]) -> str | None:
    """The furniture rule that an element's own markup names, if any."""
    if tag == "nav" or (attributes.get("role") or "").lower() == "navigation":
        return "html-navigation"
    if tag == "footer":
        return "html-footer"
    classes = attributes.get("class") or ""
    if "cookie" in classes.lower() or "cookie" in (attributes.get("id") or "").lower():
        return "html-cookie-notice"
    return "html-navigation" if "navbar" in classes.split() else None


class _Anchor:
    """An ``<a href>``: its URL, its text so far and the line where that text began."""

    __slots__ = ("line", "parts", "text", "url")

    def __init__(self, url: str) -> None:
        self.url = url
        self.parts: list[str] = []
        self.text: str | None = None
        self.line: _Line | None = None


class _Line:
    """A line being built; *frame* is the element where its text began."""

    def __init__(self, origin: int, frame: _Frame, hint: Hint | None, item: bool) -> None:
        self.origin, self.frame, self.hint, self.item = origin, frame, hint, item
        self.parts: list[str] = []
        self.links: list[_Anchor] = []
        self.space = False  # whitespace seen after the last text


class _Frame:
    """An open element, and what its content inherits from it and its ancestors."""

    classes: str | None = None
    ident: str | None = None
    anchor: _Anchor | None = None
    element: Element | None = None
    inner: tuple[Element, ...] | None = None  # its children's ancestors
    hint: Hint | None = None
    mark = 0  # the reader's text count at the start: held text if it moved

    def __init__(self, tag: str, serial: int, index: int, parent: _Frame | None) -> None:
        self.tag, self.serial, self.index = tag, serial, index
        self.holder: _Frame | None = None  # the innermost block: itself if a block
        self.card, self.heading, self.mute, self.pre = 0, 0, False, False
        self.furniture: str | None = None
        if parent is not None:  # else the root, above the outermost element
            self.holder = self if tag in _BLOCKS else parent.holder
            self.card, self.furniture = parent.card, parent.furniture
            self.heading = _HEADINGS.get(tag, parent.heading)
            self.mute = parent.mute or tag == "head" or tag == "title"
            self.pre = parent.pre or tag in _PRE


class _Reader(HTMLParser):
    """Turns the parser's events into lines and their structure; `document` gives them."""

    def __init__(self, stash: dict[str, str]) -> None:
        super().__init__(convert_charrefs=True)
        self._stash = stash  # see `_stash`
        self._root = self._top = _Frame("", 0, -1, None)
        self._stack: list[_Frame] = []
        self._open: defaultdict[str, list[int]] = defaultdict(list)  # stack indexes by tag
        self._serial = self._count = self._depth = self._capture_line = 0
        self._head, self._last_card = -1, -1
        self._drop: str | None = None  # the dropped element we are in
        self._capture: list[str] | None = None  # the text of a title or JSON-LD script
        self._capture_kind = ""
        self._tex = False
        self._data_line: int | None = None  # (added since: a formula's line)
        self._line: _Line | None = None
        self._anchor: _Anchor | None = None
        self._pending: list[_Anchor] = []  # anchors without text, for the next line
        self._item: _Frame | None = None  # an li whose first line is still to come
        self._pre_fresh = self._blank = False
        self._lines: list[str] = []
        self._made: list[_Line] = []  # what made each line (a blank line: the next one)
        self._embedded: list[Embedded] = []

    # -- parser events

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._serial += 1
        if self._drop is not None:
            self._depth += tag == self._drop
            if tag == "annotation" and self._capture_kind == "katex":  # (added since)
                self._tex = _is_tex(dict(attrs))
            return
        attributes = dict(attrs) if attrs else _NONE
        if tag == "span" and attributes and _typeset(attributes):  # math (a rule added since)
            self._drop, self._depth = tag, 1
            if "katex-mathml" in (attributes.get("class") or "").split():
                self._start_capture("katex")
            return
        if self._head >= 0 and tag not in _IN_HEAD:
            self._pop_to(self._head)
        if "data-props" in attributes:
            raw = attributes["data-props"] or ""
            valid, value = _load_json(_unescape(self._stash[raw]) if raw in self._stash else raw)
            data = {"target": attributes.get("data-target"), "props": value}
            self._embed("data-props" if valid else "data-props-invalid", data)
        if tag in _SPECIAL:
            self._special(tag, attributes)
            return
        self._close_implied(tag)
        if tag in _BLOCKS and (self._line is not None or self._anchor is not None):
            self._break()
        self._push(tag, attributes)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._drop is not None:
            self._depth -= tag == self._drop
            if tag == "annotation":
                self._tex = False
            if not self._depth:
                self._drop = None
                if self._capture_kind in _CAPTURED_IN_DROP:
                    self._end_capture()
            return
        where = self._open.get(tag)
        if where and tag != "html" and tag != "body":
            frame, holder = self._stack[where[-1]], self._top.holder
            if frame.holder is frame or holder is None or frame.index > holder.index:
                self._pop_to(frame.index)  # an inline end tag ends no block around it
        elif tag == "br":
            self._break()

    def handle_data(self, data: str) -> None:
        if self._capture is not None and (self._tex or self._capture_kind != "katex"):
            self._capture.append(data)
        if self._drop is not None:
            return
        top = self._top
        if top.mute:
            if top.tag != "head" or not data.strip(_SPACES):
                return
            self._pop_to(self._head)  # text in the head ends it, as in a browser
            top = self._top
        if top.pre:
            self._pre_data(data)
            return
        core, line = data.strip(_SPACES), self._line
        if not core:
            if line is not None:
                line.space = True
            return
        text = _collapse(core)
        if line is None:
            lead = len(data) - len(data.lstrip(_SPACES))
            origin = self.getpos()[0] if self._data_line is None else self._data_line
            line = self._start_line(origin + data.count("\n", 0, lead))
        elif line.space or data[0] in _SPACES:
            text = " " + text
        self._add(line, text)
        line.space = data[-1] in _SPACES

    def close(self) -> None:
        super().close()
        if self._capture_kind in _CAPTURED_IN_DROP:  # a script left open to the end
            self._end_capture()
        self._pop_to(0)
        self._break()
        if self._made:
            self._made[-1].links += self._pending

    # -- lines

    def _pre_data(self, data: str) -> None:
        """Text in a ``pre``: its line breaks are kept, an empty line is a blank line."""
        data = data.replace("\r\n", "\n").replace("\r", "\n") if "\r" in data else data
        first = self.getpos()[0] if self._data_line is None else self._data_line
        if self._pre_fresh and data.startswith("\n"):
            data, first = data[1:], first + 1  # a browser skips a line break after <pre>
        self._pre_fresh = False
        for number, piece in enumerate(data.split("\n")):
            if number:
                self._blank = self._blank or (self._line is None and bool(self._lines))
                self._break()
            if piece:
                self._add(self._line or self._start_line(first + number), piece)

    def _add(self, line: _Line, text: str) -> None:
        line.parts.append(text)
        self._count += 1
        anchor = self._anchor
        if anchor is not None:
            if anchor.line is None:
                anchor.line = line
                line.links.append(anchor)
            anchor.parts.append(text)

    def _start_line(self, origin: int) -> _Line:
        top, item = self._top, self._item is not None
        hint = self._hint(top.holder) if top.holder is not None else None
        line = self._line = _Line(origin, top, hint, item)
        self._item = None
        if self._pending:
            line.links += self._pending
            self._pending = []
        return line

    def _break(self) -> None:
        """End the line being built, if any; emit it unless it is empty."""
        if self._anchor is not None:
            self._anchor.parts.append(" ")
        line = self._line
        if line is None:
            return
        self._line, frame = None, line.frame
        text = "".join(line.parts).rstrip(_SPACES) if frame.pre else "".join(line.parts)
        if not text.isascii() or "\x00" in text:
            text = normalize(text.replace("\x00", ""))
            text = text.rstrip(" ") if frame.pre else text.strip(" ")
        if not text:
            self._pending += line.links
            return
        if self._lines and (self._blank or frame.card != self._last_card):
            self._lines.append("")
            self._made.append(line)
        self._blank, self._last_card = False, frame.card
        self._lines.append(text)
        self._made.append(line)

    # -- elements

    def _special(self, tag: str, attributes: dict[str, str | None]) -> None:
        """Handle the start of a void or dropped element."""
        if tag in _DROPPED:
            self._drop, self._depth = tag, 1
            kind = (attributes.get("type") or "").strip().lower()
            if tag == "script" and kind == "application/ld+json":
                self._start_capture("json-ld")
            elif tag == "script" and kind.startswith("math/tex"):  # (added since)
                self._start_capture("display-math" if "mode=display" in kind else "math")
        elif tag == "br" or tag == "hr":
            self._break()
            self._blank = self._blank or (tag == "hr" and bool(self._lines))
        elif tag == "link" and "canonical" in (attributes.get("rel") or "").lower().split():
            self._embed("canonical", attributes.get("href"))
        elif tag == "meta" and (attributes.get("property") or "").lower() == "og:url":
            self._embed("canonical", attributes.get("content"))

    def _close_implied(self, tag: str) -> None:
        """Close what the start of a *tag* element closes in a browser (see `_IMPLIED`)."""
        holder = self._top.holder
        if holder is not None and (
            (holder.tag == "p" and tag in _CLOSES_P)
            or (tag in _HEADINGS and holder.tag in _HEADINGS)
        ):
            self._pop_to(holder.index)
        if tag not in _IMPLIED:
            return
        (names, bounds), opened, floor, target = _IMPLIED[tag], self._open, -1, -1
        for name in bounds:
            if opened[name]:
                floor = max(floor, opened[name][-1])
        for name in names:
            where = opened[name]
            if where and where[-1] > floor and (target < 0 or where[-1] < target):
                target = where[-1]
        if target >= 0:
            self._pop_to(target)

    def _push(self, tag: str, attributes: dict[str, str | None]) -> None:
        index = len(self._stack)
        frame = _Frame(tag, self._serial, index, self._top)
        frame.mark = self._count
        if attributes:
            classes = frame.classes = attributes.get("class")
            ident = frame.ident = attributes.get("id") or None
            if classes and "card" in classes and _is_card(classes):
                frame.card = frame.serial
            if (classes and ("ookie" in classes or "OOKIE" in classes or "navbar" in classes)) or (
                "role" in attributes or (ident and "cookie" in ident.lower())
            ):
                frame.furniture = _furniture(tag, attributes) or frame.furniture
        if tag in _MARKED:
            self._opened(frame, attributes)
        self._stack.append(frame)
        self._open[tag].append(index)
        self._top = frame

    def _opened(self, frame: _Frame, attributes: dict[str, str | None]) -> None:
        """What the start of an element in `_MARKED` sets going."""
        tag = frame.tag
        if tag == "article":
            frame.card = frame.serial
        elif tag == "nav" or tag == "footer":
            frame.furniture = _furniture(tag, attributes)
        elif tag == "a" and "href" in attributes:
            frame.anchor = self._anchor = _Anchor(attributes["href"] or "")
        elif tag == "li":
            self._item = frame
        elif tag == "pre":
            self._pre_fresh = True
        elif tag == "title":
            self._start_capture("title")
        elif tag == "head":
            self._head = frame.index

    def _pop_to(self, index: int) -> None:
        """Close the open elements from the innermost to the one at stack *index*."""
        stack = self._stack
        while len(stack) > index:
            frame = stack.pop()
            self._open[frame.tag].pop()
            self._top = stack[-1] if stack else self._root
            if frame.holder is frame:
                if self._line is not None or self._anchor is not None:
                    self._break()
                self._blank = self._blank or (
                    frame.mark != self._count and frame.tag in _PARAGRAPHS
                )
            if frame.tag in _MARKED:
                self._closed(frame)

    def _closed(self, frame: _Frame) -> None:
        anchor = frame.anchor
        if anchor is not None:
            self._anchor = None
            anchor.text = " ".join(normalize("".join(anchor.parts)).split()) or None
            if anchor.line is None:
                (self._line.links if self._line else self._pending).append(anchor)
        elif frame is self._item:
            self._item = None
        elif frame.tag == "title" and self._capture_kind == "title":
            self._end_capture()
        elif frame.tag == "head":
            self._head = -1

    # -- hints and embedded data

    def _hint(self, frame: _Frame) -> Hint:
        if frame.hint is None:
            frame.hint = Hint(self._element(frame), self._chain(frame.index))
        return frame.hint

    @staticmethod
    def _element(frame: _Frame) -> Element:
        if frame.element is None:
            classes = frame.classes or ""
            names = classes.split() if classes.isascii() else re.findall(r"[^ \t\n\r\f]+", classes)
            frame.element = Element(frame.tag, tuple(names), frame.ident, frame.serial)
        return frame.element

    def _chain(self, index: int) -> tuple[Element, ...]:
        """The ancestors of the element at stack *index*, shared by siblings: each element's
        tuple for its children is made once."""
        stack, low = self._stack, index - 1
        while low >= 0 and stack[low].inner is None:
            low -= 1
        chain = stack[low].inner or () if low >= 0 else ()
        for frame in stack[low + 1 : index]:
            chain = frame.inner = (*chain, self._element(frame))[-_ANCESTORS:]
        return chain

    def _embed(self, kind: str, data: Any, line: int = 0) -> None:
        if data:
            self._embedded.append(Embedded(kind, data, line or self.getpos()[0]))

    def _start_capture(self, kind: str) -> None:
        if self._capture_kind:
            self._end_capture()
        self._capture, self._capture_kind, self._capture_line = [], kind, self.getpos()[0]

    def _end_capture(self) -> None:
        raw, kind, line = "".join(self._capture or ()), self._capture_kind, self._capture_line
        self._capture, self._capture_kind = None, ""
        if kind == "title":
            self._embed("title", " ".join(normalize(raw).split()), line)
        elif kind in _MATH_MARKS:  # (added since)
            tex = " ".join(raw.split())
            if tex:
                self._data_line = line
                self.handle_data(f"{_MATH_MARKS[kind]}{tex}{_MATH_MARKS[kind]}")
                self._data_line = None
        elif raw.strip():
            valid, value = _load_json(raw)
            self._embed("json-ld" if valid else "json-ld-invalid", value, line)

    def document(self, source: str | None) -> Document:
        """What was read, as a `Document`."""
        lines, made = self._lines, self._made
        held = [(index, made[index]) for index, text in enumerate(lines) if text]
        return Document(
            "\n".join(lines),
            format="html",
            links={
                i: tuple(Link(text=a.text, url=a.url) for a in m.links) for i, m in held if m.links
            },
            headings={i: m.frame.heading for i, m in held if m.frame.heading},
            items=frozenset(i for i, m in held if m.item),
            hints={i: m.hint for i, m in held if m.hint is not None},
            furniture={i: m.frame.furniture for i, m in held if m.frame.furniture is not None},
            origin=tuple(m.origin for m in made),
            embedded=tuple(self._embedded),
            source=source,
        )


def _is_card(classes: str) -> bool:
    """Whether a class attribute names a card: ``card``, ``*-card`` or ``*cards``."""
    return any(name == "card" or name.endswith(("-card", "cards")) for name in classes.split())


def read_html(text: str, *, source: str | None = None) -> Document:
    """Read HTML *text* (decoded, LF line ends) into a `Document` of format ``"html"``.

    Its lines are the text a browser shows, with links, headings, list items, markup hints,
    furniture, input line numbers and embedded data (the rules: see the module docstring).
    Any input gives a Document, in time linear in its size; should `html.parser` still give
    up on one, `ParseError` (code ``html-unreadable``) is raised.
    """
    text, stash = _stash(_tame(text))
    reader = _Reader(stash)
    try:
        reader.feed(text)
        reader.close()
    except AssertionError as exc:  # html.parser's way to give up on a declaration
        raise ParseError(f"HTML could not be read: {exc}", code="html-unreadable") from exc
    return reader.document(source)
