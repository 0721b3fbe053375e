"""Read saved HTML into a `Document`: the text a browser shows, the markup kept as hints.

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
    Typeset math is read once, as its TeX source between ``$`` (``$$`` for a display):
    MathJax 2's rendering and preview and KaTeX's rendering and MathML are dropped, and a
    ``math/tex`` script or KaTeX's ``application/x-tex`` annotation gives the source.
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
    ``data-target``), titles and canonical URLs, at the input line of their tag, and the
    URL that a browser's "Save page as" notes in a comment before the markup
    (``<!-- saved from url=(0042)https://... -->``) as a ``url``.
Markup
    The reader finds markup itself, in one pass of a few regular expressions, and reads it
    as `html.parser` does with ``convert_charrefs`` (tests compare their events on every
    page and on generated markup): tag and attribute names fold to lower case; attribute
    values are double-, single- or unquoted, or absent (``None``); character references
    are decoded as `html.unescape` does, in text and in attribute values; ``script`` and
    ``style`` bodies are raw text up to their end tag; a comment ends at ``--`` and ``>``
    (spaces between them allowed); ``<!...>``, ``<?...>`` and ``</...>`` naming no tag are
    skipped up to their ``>``. As in html.parser and unlike a browser, an attribute named
    twice keeps its last value, and a start tag that html.parser cannot finish (a stray
    quote) is text up to its next ``>``. A construct that the end of the input cuts (a
    tag, comment, declaration, processing instruction, ``script`` or ``style`` body) ends
    the document there, as in a browser. Where this reader differs from the earlier one,
    which cut and rewrote its input for html.parser first: a ``<!--`` that nothing closes
    inside a script or style body or an attribute value is no comment (that reader cut
    the page there), and ``<![`` there is kept as it stands (it became ``<!-[``).
Hostile input
    End tags are implied as a browser does for ``p``, ``li``, ``dt``/``dd``, table parts,
    ``option``, headings and ``a``; end tags of elements not open are ignored and an inline
    end tag closes no block. Each construct is read once (a tag with many attributes in
    batches), so time stays linear in the size of the input, also for a tag, comment or
    ``<![`` left open to the end and for nesting 10,000 deep.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from ..errors import ParseError
from ..models import Link
from .document import Document, Element, Embedded, Hint, props_data
from .normalize import normalize

__all__ = ["looks_like_html", "read_html"]

_ANCESTORS = 24  # enclosing elements kept in a hint: deep nesting stays linear
_SPACES = " \t\n\r\f"
_DOCUMENT_TAG = re.compile(r"(?i)<(?:!doctype[ \t\r\n]+html|html|head|body)[\s>]")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)([^\s>]+?)\s*-->")
"""The "mark of the web" a browser writes at the top of a saved page: the page's URL."""
_SAVED_FROM_CHARS = 2048  # the mark stands before the markup: looked for in the head only
_ANY_TAG = re.compile(r"<[A-Za-z][A-Za-z0-9]{0,20}[\s>/]")
"""A start tag, any element's (``<html``, ``<div>``, ``<br/``)."""
_TAG_AFTER_DOCTYPE = 4096
"""How far after a doctype `is_html_document` looks for a tag."""
_BLOCK_TAG = re.compile(r"(?i)<(?:div|p|article|section|table|li)[\s>/]")
_ENTITIES = (("&quot;", '"'), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))
_COMMON_FIRST = ("&quot;", "&amp;", "&lt;", "&gt;", "&#39;")

# The markup, as html.parser finds it (its patterns, joined into one): a tag name runs to
# whitespace, "/", ">" or NUL; an attribute name follows a quote, whitespace or "/".
_NAME = r"[a-zA-Z][^\t\n\r\f />\x00]*"


def _attribute(group: str) -> str:
    """The pattern of one attribute with three groups opened by *group* (``"("`` to capture
    them, ``"(?:"`` not to): its name; its ``=`` and value; its value. It takes the
    whitespace and ``/`` after the attribute, but not a ``/`` before ``>``: html.parser's
    ``(?:\\s|/(?!>))*``, in a form whose time is linear in the length of a run."""
    name = rf"""{group}(?<=['"\s/])[^\s/>][^\s/=>]*)"""
    value = rf"""{group}'[^']*'|"[^"]*"|(?!['"])[^>\s]*)"""
    return rf"{name}{group}\s*=+\s*{value})?(?:[\s/]*(?:\s|/(?!>)))?"


_BATCH = 32
"""How many attributes one match reads: a regular expression's time grows faster than the
count of what a group repeats, so a tag with more is read in batches."""
_ATTRIBUTES = re.compile(_attribute("("))
"""One attribute: its name, its ``=`` and value (empty when it has none), its value."""
_PLAIN_ATTRIBUTE = re.compile(r'([a-z][-a-z0-9_:.]*)="([^"&]*)"')
_PLAIN_ATTRIBUTES = re.compile(rf"(?:\s+{_PLAIN_ATTRIBUTE.pattern})+\s*")
"""Attributes that need no decoding: lower-case names, double-quoted values without ``&``,
whitespace between them."""
_TOKEN = re.compile(
    r"([^<]+)"  # 1: text
    + rf"|<({_NAME})((?:[\s/]*(?:{_attribute('(?:')}){{0,{_BATCH}}})?\s*)(/?>)?"
    + r"|</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>"  # 5: an end tag
    + rf"|</({_NAME})[^>]*>"  # 6: an end tag with more before its ">"
    + r"|(<!--(?s:.*?)--\s*>|</[^>]*>|<[!?](?!--)[^>]*>)"  # 7: comment, declaration, ...
    + r"|(<[/!?])"  # 8: one of those left open to the end of the input
    + r"|(<)"  # 9: a "<" that opens nothing
)
"""The next token; groups 2-4 are a start tag's name, attributes and end (``>`` or
``/>``; none when html.parser cannot finish the tag)."""
_MORE_ATTRIBUTES = re.compile(rf"((?:{_attribute('(?:')}){{0,{_BATCH}}}\s*)(/?>)?")
"""The attributes of a start tag after a batch, and its end."""
_SEEN_LENGTH, _SEEN_COUNT = 512, 2048
"""The longest markup of attributes kept once read, and how many are kept."""
_TEXT, _OPEN_TAG, _START_TAG, _END_TAG, _LOOSE_END_TAG = 1, 3, 4, 5, 6
_LEFT_OPEN, _LONE_LT = 8, 9  # group 7, what is skipped, needs no name
_UNFINISHED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/")
"""What follows a start tag that html.parser takes as cut by the end of its input."""
_RAW_TEXT = {tag: re.compile(rf"</\s*{tag}\s*>", re.IGNORECASE) for tag in ("script", "style")}
"""The end of a raw-text element's content, by its tag."""

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
_RENDERED_MATH = re.compile(r"(?<!\S)(?:MathJax_Preview|katex-html)(?!\S)")
"""The class of an element that shows typeset math whose TeX source stands beside it: a
MathJax 2 preview, KaTeX's HTML rendering (the source is in a ``math/tex`` script or a
``application/x-tex`` annotation)."""
_MATHJAX_FRAME = re.compile(r"MathJax-Element-\d{1,9}-Frame")
"""The id of MathJax 2's rendering of one formula (its script follows it)."""
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
_CLOSABLE = frozenset({"p", *_HEADINGS})
"""The blocks that a start tag may close besides those in `_IMPLIED`."""
_NONE: dict[str, str | None] = {}
_CLASS_NAME = re.compile(r"[^ \t\n\r\f]+")
"""A class name: a class attribute splits at ASCII whitespace only."""
_CARD = re.compile(r"(?<!\S)(?:card|\S*-card|\S*cards)(?!\S)")
"""A class name of a card, among the names of a class attribute (split at whitespace)."""


_SPARSE = 1024
"""`_document_tags` visits the ``<`` of a text one by one while they average at least
this many characters apart."""
_TAG_FIRST = frozenset("!hHbB")
"""The characters that can follow the ``<`` of a `_DOCUMENT_TAG`."""


def _document_tags(head: str) -> Iterator[int]:
    """Where *head* holds a doctype or an ``<html``, ``<head`` or ``<body`` tag.

    Plain and markdown text holds few ``<`` or none: they are visited one by one (a search
    for one character is a fast scan, a pattern search is not). Where they stand closer
    (markup), the rest of the text is searched at once."""
    at = head.find("<")
    visited = 0
    while at >= visited * _SPARSE:
        if head[at + 1 : at + 2] in _TAG_FIRST and _DOCUMENT_TAG.match(head, at):
            yield at
        visited += 1
        at = head.find("<", at + 1)
    if at >= 0:
        for tag in _DOCUMENT_TAG.finditer(head, at):
            yield tag.start()


def is_html_document(head: str) -> bool:
    """Whether a line of *head* starts with a doctype or an ``<html``, ``<head`` or
    ``<body`` tag: a whole HTML document, not a fragment (`looks_like_html`). A doctype
    counts only with a tag after it (`_TAG_AFTER_DOCTYPE`), or nothing: a converter may
    copy the page's doctype into its markdown as a line of text (node-html-markdown)."""
    for at in _document_tags(head):  # one first on its line (a multiline "^" pattern
        # tries every position, which costs more than the parse)
        if head[head.rfind("\n", 0, at) + 1 : at].strip(" \t\ufeff"):
            continue
        if head[at + 1 : at + 2] != "!":
            return True
        end = head.find(">", at) + 1
        if end and (
            not head[end : end + _TAG_AFTER_DOCTYPE].strip()
            or _ANY_TAG.search(head, end, end + _TAG_AFTER_DOCTYPE) is not None
        ):
            return True
    return False


def looks_like_html(head: str) -> bool:
    """Whether *head* (the first ~64 KB of a text) is HTML rather than plain text or markdown.

    True when a line starts with a doctype or an ``<html``, ``<head`` or ``<body`` tag, or
    when the text starts with ``<`` and its first 8 KB hold three or more block tags
    (``div``, ``p``, ``article``, ``section``, ``table``, ``li``): a few inline tags or an
    ``<a id="...">`` line in markdown are not enough. Regular expressions only, no parse.
    """
    head = head[:65_536]
    if is_html_document(head):
        return True
    start = head.lstrip(_SPACES + "\ufeff")
    return start.startswith("<") and len(_BLOCK_TAG.findall(start, 0, 8_192)) >= 3


def _unescape(value: str) -> str:
    """*value* with its character references decoded as `html.unescape` does, with str
    methods when all of them are ``&quot;``, ``&#39;``, ``&lt;``, ``&gt;`` or ``&amp;``
    (the JSON of a ``data-props`` attribute holds thousands)."""
    left, found = value.count("&"), set()
    for entity in _COMMON_FIRST:  # a long value holds one or two kinds: count no more
        count = value.count(entity)
        if count:
            left -= count
            found.add(entity)
            if not left:
                break
    if left:
        return html.unescape(value)
    for entity, char in _ENTITIES:  # "&amp;" last: what it gives is not read again
        if entity in found:
            value = value.replace(entity, char)
    return value


def _attributes(markup: str) -> dict[str, str | None]:
    """The attributes of a start tag's *markup* after its name, by lower-cased name (the
    last of a name given twice), their values unquoted and decoded."""
    if _PLAIN_ATTRIBUTES.fullmatch(markup):  # most tags: one C call makes the dict
        return dict(_PLAIN_ATTRIBUTE.findall(markup))
    found: dict[str, str | None] = {}
    for name, given, value in _ATTRIBUTES.findall(markup):
        if not given:
            found[name.lower()] = None
            continue
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found[name.lower()] = _unescape(value) if "&" in value else value
    return found


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


_MATH_MARKS = {"math": "$", "katex": "$", "display-math": "$$"}
"""The marks around a formula's TeX source, by the capture that read it."""
_CAPTURED_IN_DROP = frozenset({"json-ld", *_MATH_MARKS})
"""The captures whose text a dropped element holds: they end with it."""


def _typeset(attributes: dict[str, str | None]) -> bool:
    """Whether a ``span`` shows typeset math whose TeX source a sibling holds, so that the
    formula is read once, as its source: MathJax 2's rendering (its id) and preview,
    KaTeX's HTML rendering and its MathML (whose annotation is read). Each is a ``span``
    in every output that MathJax 2 and KaTeX write."""
    ident = attributes.get("id")
    if ident and ident[-1] == "e" and _MATHJAX_FRAME.fullmatch(ident):
        return True
    classes = attributes.get("class")
    if not classes or ("MathJax_Preview" not in classes and "katex-" not in classes):
        return False  # (searches in C: most elements leave here)
    return _RENDERED_MATH.search(classes) is not None or "katex-mathml" in classes.split()


def _is_tex(attributes: dict[str, str | None]) -> bool:
    return (attributes.get("encoding") or "").strip().lower() == "application/x-tex"


def _is_card(classes: str) -> bool:
    """Whether a class attribute names a card: ``card``, ``*-card`` or ``*cards``."""
    return _CARD.search(classes) is not None


def _shown(text: str) -> str:
    """A link's text as shown: normalised, its whitespace runs one space, trimmed."""
    if not text.isascii():  # ASCII needs no normalising: line ends are whitespace here
        text = normalize(text)
    return " ".join(text.split())


class _Tokenizer:
    """Finds the markup of an HTML text and calls the handlers for it, as `html.parser`
    does with ``convert_charrefs`` (see the module docstring), in one pass.

    `handle_data` receives text with its character references decoded (a ``script`` or
    ``style`` body as it stands); `input_line` gives the input line of the token being
    handled.
    """

    def __init__(self) -> None:
        self._text = ""
        self._at = self._counted = 0  # the token's start; where lines were counted to
        self._line_number = 1
        self._seen: dict[str, dict[str, str | None]] = {}  # attributes by their markup
        self._tags: dict[str, str] = {}  # lower-cased tag names by the name as written

    def handle_starttag(self, tag: str, attributes: dict[str, str | None]) -> None:
        """A start tag, its name and attributes lower-cased (*attributes* may be shared:
        do not change it)."""

    def handle_startendtag(self, tag: str, attributes: dict[str, str | None]) -> None:
        """A start tag that ends in ``/>``."""

    def handle_endtag(self, tag: str) -> None:
        """An end tag, its name lower-cased."""

    def handle_data(self, data: str) -> None:
        """Text (never empty)."""

    def input_line(self) -> int:
        """The 1-based input line where the token being handled starts."""
        at = self._at
        self._line_number += self._text.count("\n", self._counted, at)
        self._counted = at
        return self._line_number

    def feed(self, text: str) -> None:
        """Read all of *text* (once: a tokenizer reads one text)."""
        self._text, end = text, len(text)
        at = 0
        while at < end:
            at = self._tokens(at)

    def _tokens(self, at: int) -> int:
        """Handle the tokens from *at* on, up to one after which reading goes on elsewhere
        (a raw-text body, a long or unfinished start tag); where it goes on."""
        text, seen, tags = self._text, self._seen, self._tags
        data, start_tag, end_tag = self.handle_data, self.handle_starttag, self.handle_endtag
        for token in _TOKEN.finditer(text, at):
            kind = token.lastindex
            if kind == _TEXT:
                self._at = token.start()
                chunk = token.group(1)
                data(_unescape(chunk) if "&" in chunk else chunk)
            elif kind in (_START_TAG, _OPEN_TAG):
                self._at = token.start()
                name, markup, close = token.group(2, 3, 4)
                resume = -1  # or where reading goes on after a tag read in batches
                if close is None:
                    markup, close, resume = self._rest_of_tag(markup, token.end())
                    if close is None:
                        return self._unfinished_tag(token.start(), resume)
                tag = tags.get(name) or self._tag(name)
                attributes = seen.get(markup) if markup else _NONE
                if attributes is None:
                    attributes = self._attributes(markup)
                if close == "/>" or (not attributes and markup.endswith("/")):
                    self.handle_startendtag(tag, attributes)
                else:
                    start_tag(tag, attributes)
                    if tag in _RAW_TEXT:
                        return self._raw_text(tag, token.end() if resume < 0 else resume)
                if resume >= 0:
                    return resume
            elif kind in (_END_TAG, _LOOSE_END_TAG):
                name = token.group(kind)
                end_tag(tags.get(name) or self._tag(name))
            elif kind == _LONE_LT:
                self._at = token.start()
                data("<")
            elif kind == _LEFT_OPEN:
                break
        return len(text)

    def _tag(self, name: str) -> str:
        """The lower-cased tag *name*, one string for all tags of a name (a hint holds the
        tag of each element)."""
        tags = self._tags
        if len(tags) >= _SEEN_COUNT:  # hostile input: a name per tag
            tags.clear()
        lowered = name.lower()
        tag = tags[name] = tags.setdefault(lowered, lowered)
        return tag

    def _attributes(self, markup: str) -> dict[str, str | None]:
        """The attributes in *markup* (`_attributes`), kept when the markup is short: pages
        repeat the same few class attributes on thousands of tags."""
        found = _attributes(markup)
        if len(markup) <= _SEEN_LENGTH and len(self._seen) < _SEEN_COUNT:
            self._seen[markup] = found
        return found

    def _rest_of_tag(self, markup: str, at: int) -> tuple[str, str | None, int]:
        """The attributes of a start tag whose first batch of attributes is *markup*, up to
        *at*: all of them, the tag's close (``None`` when html.parser cannot finish the
        tag) and where they end."""
        text, parts = self._text, [markup]
        while True:
            more = _MORE_ATTRIBUTES.match(text, at)
            if more is None or more.end() == at:
                return markup, None, at
            parts.append(more.group(1))
            at = more.end()
            if more.group(2):
                return "".join(parts), more.group(2), at

    def _raw_text(self, tag: str, at: int) -> int:
        """Handle the body and end tag of a ``script`` or ``style`` element starting at
        *at*; where reading goes on (the end of the input when it never ends)."""
        text = self._text
        end = _RAW_TEXT[tag].search(text, at)
        if end is None:
            return len(text)
        if end.start() > at:
            self._at = at
            self.handle_data(text[at : end.start()])
        self.handle_endtag(tag)
        return end.end()

    def _unfinished_tag(self, start: int, stop: int) -> int:
        """Handle a start tag from *start* that html.parser cannot finish (its attributes
        end at *stop*) as the text html.parser made of it: up to its next ``>`` when the
        tag stops before a letter, ``=``, ``/`` or the end of the input (which html.parser
        takes for a cut), else up to *stop*; where reading goes on."""
        text = self._text
        if stop < len(text) and text[stop] not in _UNFINISHED:
            self.handle_data(text[start:stop])
            return stop
        end = text.find(">", start + 1)
        if end < 0:  # a tag left open to the end of the input
            return len(text)
        self.handle_data(_unescape(text[start : end + 1]))
        return end + 1


class _Anchor:
    """An ``<a href>``: its URL, its text and the line where that text began."""

    __slots__ = ("line", "text", "url")

    def __init__(self, url: str) -> None:
        self.url = url
        self.text: str | None = None
        self.line: _Line | None = None


class _Line:
    """A line being built; *frame* is the element where its text began."""

    __slots__ = ("frame", "hint", "item", "links", "origin", "parts", "space")

    def __init__(self, origin: int, frame: _Frame, hint: Hint | None, item: bool) -> None:
        self.origin, self.frame, self.hint, self.item = origin, frame, hint, item
        self.parts: list[str] = []
        self.links: list[_Anchor] = []
        self.space = False  # whitespace seen after the last text


class _Frame:
    """An open element, and what its content inherits from it and its ancestors; *mark* is
    the reader's count of texts at its start (it holds text if the count moved)."""

    __slots__ = (
        *("anchor", "card", "classes", "element", "furniture", "heading", "hint", "holder"),
        *("ident", "index", "inner", "mark", "mute", "pre", "serial", "tag"),
    )

    def __init__(self, tag: str, serial: int, index: int, parent: _Frame | None, mark: int) -> None:
        self.tag, self.serial, self.index, self.mark = tag, serial, index, mark
        self.classes: str | None = None
        self.ident: str | None = None
        self.anchor: _Anchor | None = None
        self.element: Element | None = None
        self.inner: tuple[Element, ...] | None = None  # its children's ancestors
        self.hint: Hint | None = None
        if parent is None:  # the root, above the outermost element
            self.holder: _Frame | None = None  # the innermost block: itself if a block
            self.card, self.heading, self.mute, self.pre = 0, 0, False, False
            self.furniture: str | None = None
            return
        self.holder = self if tag in _BLOCKS else parent.holder
        self.card, self.furniture = parent.card, parent.furniture
        self.heading = _HEADINGS.get(tag, parent.heading)
        self.mute = parent.mute or tag == "head" or tag == "title"
        self.pre = parent.pre or tag in _PRE


class _Reader(_Tokenizer):
    """Turns the tokenizer's events into lines and their structure; `document` gives them."""

    def __init__(self) -> None:
        super().__init__()
        self._root = self._top = _Frame("", 0, -1, None, 0)
        self._stack: list[_Frame] = []
        self._open: defaultdict[str, list[int]] = defaultdict(list)  # stack indexes by tag
        self._serial = self._count = self._depth = self._capture_line = 0
        self._head, self._last_card = -1, -1
        self._drop: str | None = None  # the dropped element we are in
        self._capture: list[str] | None = None  # the text of a title or JSON-LD script
        self._capture_kind = ""
        self._tex = False  # in KaTeX's annotation that holds a formula's TeX source
        self._data_line: int | None = None  # where text handled now begins, when not here
        self._line: _Line | None = None
        self._anchor: _Anchor | None = None
        self._anchor_parts: list[str] = []  # the open anchor's text so far
        self._pending: list[_Anchor] = []  # anchors without text, for the next line
        self._item: _Frame | None = None  # an li whose first line is still to come
        self._pre_fresh = self._blank = False
        # the document so far, by 0-based line index (a blank line: the next line's origin)
        self._lines: list[str] = []
        self._origin: list[int] = []
        self._links: dict[int, tuple[Link, ...]] = {}
        self._open_links: dict[int, list[_Anchor]] = {}  # of lines an open anchor is on
        self._headings: dict[int, int] = {}
        self._items: list[int] = []
        self._hints: dict[int, Hint] = {}
        self._furniture: dict[int, str] = {}
        self._embedded: list[Embedded] = []
        self._classes: dict[str, tuple[str, ...]] = {}  # class names by class attribute

    # -- tokenizer events

    def handle_starttag(self, tag: str, attributes: dict[str, str | None]) -> None:
        self._serial += 1
        if self._drop is not None:
            self._depth += tag == self._drop
            if tag == "annotation" and self._capture_kind == "katex":
                self._tex = _is_tex(attributes)  # KaTeX's source of the formula
            return
        if tag == "span" and attributes and _typeset(attributes):
            self._drop, self._depth = tag, 1
            if "katex-mathml" in (attributes.get("class") or "").split():
                self._start_capture("katex")
            return
        if self._head >= 0 and tag not in _IN_HEAD:
            self._pop_to(self._head)
        if "data-props" in attributes:
            self._embed_props(attributes)
        if tag in _SPECIAL:
            self._special(tag, attributes)
            return
        holder = self._top.holder
        if holder is not None and holder.tag in _CLOSABLE:
            self._close_block(tag, holder)
        implied = _IMPLIED.get(tag)
        if implied is not None:
            self._close_implied(*implied)
        if tag in _BLOCKS and (self._line is not None or self._anchor is not None):
            self._break()
        self._push(tag, attributes)

    def handle_startendtag(self, tag: str, attributes: dict[str, str | None]) -> None:
        self.handle_starttag(tag, attributes)
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
        text = core if "  " not in core and core.isprintable() else _collapse(core)
        if line is None:
            origin = self.input_line() if self._data_line is None else self._data_line
            if data[0] in _SPACES:  # the text begins on the line of its first character
                origin += data.count("\n", 0, len(data) - len(data.lstrip(_SPACES)))
            line = self._start_line(origin)
        elif line.space or data[0] in _SPACES:
            text = " " + text
        self._add(line, text)
        line.space = data[-1] in _SPACES

    def close(self) -> None:
        """End what is still open at the end of the input."""
        if self._capture_kind in _CAPTURED_IN_DROP:  # a script left open to the end
            self._end_capture()
        self._pop_to(0)
        self._break()
        if self._pending and self._lines:  # links without text after the last line
            last = len(self._lines) - 1
            anchors = self._open_links.pop(last, [])
            self._links[last] = self._links.get(last, ()) + self._records(
                anchors + self._pending, self._lines[last]
            )
        for index, anchors in self._open_links.items():
            self._links[index] = self._records(anchors, self._lines[index])

    # -- lines

    def _pre_data(self, data: str) -> None:
        """Text in a ``pre``: its line breaks are kept, an empty line is a blank line."""
        data = data.replace("\r\n", "\n").replace("\r", "\n") if "\r" in data else data
        first = self.input_line() if self._data_line is None else self._data_line
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
            self._anchor_parts.append(text)

    def _start_line(self, origin: int) -> _Line:
        top, item = self._top, self._item is not None
        holder = top.holder
        hint = None if holder is None else holder.hint or self._hint(holder)
        line = self._line = _Line(origin, top, hint, item)
        self._item = None
        if self._pending:
            line.links, self._pending = self._pending, []
        return line

    def _break(self) -> None:
        """End the line being built, if any; emit it unless it is empty."""
        if self._anchor is not None:
            self._anchor_parts.append(" ")
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
        self._emit(line, text)

    def _emit(self, line: _Line, text: str) -> None:
        """Add *text*, the text of *line*, to the document, after a blank line if due."""
        lines, frame = self._lines, line.frame
        if lines and (self._blank or frame.card != self._last_card):
            lines.append("")
            self._origin.append(line.origin)
        self._blank, self._last_card = False, frame.card
        index = len(lines)
        lines.append(text)
        self._origin.append(line.origin)
        if line.links:  # made into records once their anchors are closed: no copies
            if self._anchor is not None and self._anchor in line.links:
                self._open_links[index] = line.links
            else:
                self._links[index] = self._records(line.links, text)
        if frame.heading:
            self._headings[index] = frame.heading
        if line.item:
            self._items.append(index)
        if line.hint is not None:
            self._hints[index] = line.hint
        if frame.furniture is not None:
            self._furniture[index] = frame.furniture

    # -- elements

    def _special(self, tag: str, attributes: dict[str, str | None]) -> None:
        """Handle the start of a void or dropped element."""
        if tag in _DROPPED:
            self._drop, self._depth = tag, 1
            kind = (attributes.get("type") or "").strip().lower()
            if tag == "script" and kind == "application/ld+json":
                self._start_capture("json-ld")
            elif tag == "script" and kind.startswith("math/tex"):
                self._start_capture("display-math" if "mode=display" in kind else "math")
        elif tag == "br" or tag == "hr":
            self._break()
            self._blank = self._blank or (tag == "hr" and bool(self._lines))
        elif tag == "link" and "canonical" in (attributes.get("rel") or "").lower().split():
            self.embed("canonical", attributes.get("href"))
        elif tag == "meta" and (attributes.get("property") or "").lower() == "og:url":
            self.embed("canonical", attributes.get("content"))

    def _close_block(self, tag: str, holder: _Frame) -> None:
        """Close the ``p`` or heading *holder* if the start of a *tag* element closes it in a
        browser (a block closes a ``p``, a heading a heading)."""
        if (holder.tag == "p" and tag in _CLOSES_P) or (
            tag in _HEADINGS and holder.tag in _HEADINGS
        ):
            self._pop_to(holder.index)

    def _close_implied(self, names: tuple[str, ...], bounds: tuple[str, ...]) -> None:
        """Close the innermost open element of each of *names* (from the outermost of them)
        unless one of *bounds* stands between it and the start tag (see `_IMPLIED`)."""
        opened = self._open
        for name in names:
            if opened.get(name):
                break
        else:  # the usual case: none of them is open
            return
        floor = max((where[-1] for where in map(opened.get, bounds) if where), default=-1)
        above = [where[-1] for where in map(opened.get, names) if where and where[-1] > floor]
        if above:
            self._pop_to(min(above))

    def _push(self, tag: str, attributes: dict[str, str | None]) -> None:
        index = len(self._stack)
        frame = _Frame(tag, self._serial, index, self._top, self._count)
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
        stack, opened = self._stack, self._open
        while len(stack) > index:
            frame = stack.pop()
            tag = frame.tag
            opened[tag].pop()
            if frame.holder is frame:
                if self._line is not None or self._anchor is not None:
                    self._break()
                if frame.mark != self._count and tag in _PARAGRAPHS:
                    self._blank = True
            if tag in _MARKED:
                self._closed(frame)
        self._top = stack[-1] if stack else self._root

    def _closed(self, frame: _Frame) -> None:
        """What the end of an element in `_MARKED` finishes."""
        anchor = frame.anchor
        if anchor is not None:
            self._anchor = None
            anchor.text = _shown("".join(self._anchor_parts)) or None
            self._anchor_parts = []
            if anchor.line is None:
                (self._line.links if self._line else self._pending).append(anchor)
            anchor.line = None  # its line, once emitted, is not kept for it
        elif frame is self._item:
            self._item = None
        elif frame.tag == "title" and self._capture_kind == "title":
            self._end_capture()
        elif frame.tag == "head":
            self._head = -1

    # -- hints and embedded data

    def _hint(self, frame: _Frame) -> Hint:
        """The hint of the lines whose text is in the block *frame* (made once)."""
        hint = frame.hint
        if hint is None:
            index = frame.index
            chain = self._stack[index - 1].inner if index else ()
            if chain is None:
                chain = self._chain(index)
            hint = frame.hint = Hint(self._element(frame), chain)
        return hint

    def _element(self, frame: _Frame) -> Element:
        """The `Element` of *frame* (made once)."""
        element = frame.element
        if element is None:
            names = self._class_names(frame.classes) if frame.classes else ()
            element = frame.element = Element(frame.tag, names, frame.ident, frame.serial)
        return element

    def _class_names(self, classes: str) -> tuple[str, ...]:
        """The names in a class attribute: one tuple for equal attributes (pages repeat a
        few thousands of times)."""
        names = self._classes.get(classes)
        if names is None:
            found = classes.split() if classes.isascii() else _CLASS_NAME.findall(classes)
            names = tuple(found)
            if len(self._classes) < _SEEN_COUNT:
                self._classes[classes] = names
        return names

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

    def embed(self, kind: str, data: Any, line: int = 0) -> None:
        """Keep *data* of *kind* found at input *line* (the current token's by default)."""
        if data:
            self._embedded.append(Embedded(kind, data, line or self.input_line()))

    def _embed_props(self, attributes: dict[str, str | None]) -> None:
        """Embed the JSON of a ``data-props`` attribute, with its ``data-target``."""
        raw = attributes["data-props"] or ""
        self._embedded.append(props_data(attributes.get("data-target"), raw, self.input_line()))

    def _start_capture(self, kind: str) -> None:
        if self._capture_kind:
            self._end_capture()
        self._capture, self._capture_kind, self._capture_line = [], kind, self.input_line()

    def _end_capture(self) -> None:
        raw, kind, line = "".join(self._capture or ()), self._capture_kind, self._capture_line
        self._capture, self._capture_kind = None, ""
        if kind == "title":
            self.embed("title", " ".join(normalize(raw).split()), line)
        elif kind in _MATH_MARKS:
            tex = " ".join(raw.split())
            if tex:  # the formula as its TeX source, between the marks TeX writes around it
                mark = _MATH_MARKS[kind]
                self._data_line = line  # (where its element starts)
                self.handle_data(f"{mark}{tex}{mark}")
                self._data_line = None
        elif raw.strip():
            valid, value = _load_json(raw)
            self.embed("json-ld" if valid else "json-ld-invalid", value, line)

    def document(self, source: str | None) -> Document:
        """What was read, as a `Document` (its lines are the reader's: no second copy)."""
        lines = self._lines
        document = Document(
            "\n".join(lines),
            format="html",
            links=MappingProxyType(self._links),
            headings=MappingProxyType(self._headings),
            items=frozenset(self._items),
            hints=MappingProxyType(self._hints),
            furniture=MappingProxyType(self._furniture),
            origin=tuple(self._origin),
            embedded=tuple(self._embedded),
            source=source,
        )
        if lines:  # no lines: the text "" is one empty line
            document.keep_lines(lines)
        return document

    @staticmethod
    def _records(anchors: list[_Anchor], line: str) -> tuple[Link, ...]:
        """The links of *anchors* on a line of text *line* (a link's text that equals the
        line is the line's string)."""
        return tuple([Link(text=line if a.text == line else a.text, url=a.url) for a in anchors])


def read_html(text: str, *, source: str | None = None) -> Document:
    """Read HTML *text* (decoded, LF line ends) into a `Document` of format ``"html"``.

    Its lines are the text a browser shows, with links, headings, list items, markup hints,
    furniture, input line numbers and embedded data (the rules: see the module docstring).
    Any input gives a Document, in time linear in its size; an assertion that fails while
    reading (a bug) is raised as `ParseError` (code ``html-unreadable``).
    """
    reader = _Reader()
    try:
        reader.feed(text)
        reader.close()
    except AssertionError as exc:
        raise ParseError(f"HTML could not be read: {exc}", code="html-unreadable") from exc
    saved = _SAVED_FROM.search(text, 0, _SAVED_FROM_CHARS)
    if saved is not None and saved.group(1).startswith(("http://", "https://")):
        # after the page's own canonical link, which names the page when both are there
        reader.embed("url", saved.group(1), text.count("\n", 0, saved.start()) + 1)
    return reader.document(source)
