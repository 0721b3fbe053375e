"""Pandoc's own markdown: the syntax its ``markdown`` writer adds to CommonMark.

``pandoc -f html -t markdown`` (pandoc's default output) keeps what it cannot say in plain
markdown as its extensions: fenced divs (``::: {#main .container}`` … ``:::``), attribute
blocks after links, images, spans and headings (``[Oral]{.event-type-badge}``,
``### Poster {#poster .text-center}``), whose attributes may run over several lines, and
backslash escapes for characters that its reader would take as syntax (``Don\\'t``,
``\\$``). With its ``smart`` extension, it writes typographic punctuation back as ASCII:
``---`` for an em dash, ``--`` for an en dash, ``...`` for an ellipsis, straight quotes for
curly ones (a straight quote that the page printed is escaped, ``\\"``).

`is_pandoc_markdown` tells such a capture by its fences and attribute blocks;
`without_pandoc_syntax` turns it into the markdown that the markdown reader reads: a fence
line and a bare ``<div>`` or ``</div>`` line read blank, an attribute block goes (the lines
it ran over are taken into the line where it starts, with a map back to the input's lines),
a span is its text, the escapes that pandoc alone makes are taken off, and its ASCII
punctuation is the typographic punctuation it stands for. `pandoc_embedded` keeps the JSON
that a fence line's ``props`` attribute carries (a Hugging Face page's data), as the HTML
reader does.
"""

from __future__ import annotations

import re

from .document import Embedded, props_data
from .pieces import PIECE, pieces

__all__ = ["is_pandoc_markdown", "pandoc_embedded", "without_pandoc_syntax"]

_VALUE = r'(?:"(?:[^"\\]|\\.){0,8000}"|[^\s{}"]+)'
_ATTRIBUTE = rf"(?:[#.][^\s{{}}\"]+|[A-Za-z_][\w:.-]*={_VALUE})"
_ATTRIBUTES = rf"\{{[ \t]*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE}){{0,40}}\s*\}}"
"""An attribute block: ``{#id .class key="value"}``; its values in quotes (with ``\\"``
inside: MathJax's MathML), and the spaces between its attributes, may hold line breaks
(pandoc wraps a long block)."""
_AFTER_LINK = re.compile(rf"(?<=[\])]){_ATTRIBUTES}")
"""An attribute block right after a link, an image or a span (``](url){.nav-link}``)."""
_SPAN = re.compile(rf"\[((?:[^\[\]\\]|\\[\s\S]){{0,2000}})\]{_ATTRIBUTES}")
"""A bracketed span, ``[text]{.class}``, with no bracket inside but escaped ones
(``[\\[4:30-6:00\\]]{.sessiontime}``); spans in spans are read from the inside out."""
_SPAN_ROUNDS = 12
"""How many levels of spans inside spans are read (``[ [ Jul 7 ]{.touchup-time} ]{.meta-pill}``;
MathJax nests seven)."""
_LINE_END = re.compile(rf"[ \t]+{_ATTRIBUTES}[ \t]*$", re.MULTILINE)
"""An attribute block at a line's end: a heading's (``### Poster {#poster .text-center}``)."""
_FENCE = re.compile(rf"^[ \t]*:{{3,}}(?:[ \t]*(?:{_ATTRIBUTES}|[\w-]+))?[ \t]*$", re.MULTILINE)
"""A fenced div's opening or closing line: ``::: container``, ``::: {#main role="main"}``,
``:::`` (indented in a list item)."""
_FENCE_START = re.compile(r"^[ \t]*:::", re.MULTILINE)
_FENCE_LINE = re.compile(r"^[ \t]*:::.*$", re.MULTILINE)
"""A fence line whose attributes `_FENCE` does not read (a value of a hundred kilobytes:
the page's data in a ``props`` attribute): the line goes whole."""
_BARE_DIV = re.compile(r"^[ \t]*</?div>[ \t]*$", re.MULTILINE)
"""A ``<div>`` or ``</div>`` on a line of its own: a div without attributes, which pandoc
writes as raw HTML."""
_ESCAPE = re.compile(r"\\([\\'\"$~^@{}])|(?<=[^\n])\\([-.])(?=[-.])")
"""An escape that pandoc writes and the markdown reader keeps: ``\\'``, ``\\"``, ``\\$`` …,
and the first character of a literal ``--`` or ``...`` (``49\\--50``, ``\\...``); a literal
backslash is ``\\\\``, which the markdown reader reads."""
_PROTECTED = re.compile(r"\]\((?:[^()\n]|\([^()\n]*\))*\)|<[^<>\n]*>|`[^`\n]*`")
"""What keeps its ASCII punctuation: a link's destination and title, an HTML tag, code."""
_DASH = re.compile(r"(?<![\\-])---?(?!-)")
_DOTS = re.compile(r"(?<![\\.])\.\.\.(?!\.)")
_OPEN_DOUBLE = re.compile(r'(?:(?<=^)|(?<=[\s(\[{\u2014\u2013/-]))(?<!\\)"(?=\S)', re.MULTILINE)
_OPEN_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[{\u2014\u2013/-]))(?<!\\)'(?=\w)", re.MULTILINE)
_CLOSE_DOUBLE = re.compile(r'(?<!\\)"')
_CLOSE_SINGLE = re.compile(r"(?<!\\)'")
_SIGNS = 3
"""How many fence lines or attribute blocks make a capture pandoc's markdown."""
_BLOCK_STARTS = frozenset(".#")
"""How pandoc's attribute blocks mostly start: a class or an id (``{.nav-link``, ``{#main``;
a script's ``){`` starts otherwise)."""
_BRACES_LOOKED_AT = 64
"""How many of a head's ``{`` `_brace_after_link` looks at one by one."""


def _brace_after_link(head: str) -> bool:
    """Whether a ``{`` before a class or an id stands after a ``]``, a ``)`` or a fence
    (``::: {``) among the first `_BRACES_LOOKED_AT` ``{`` of *head*: each is found by a
    search for one character (on text past Latin-1 a search for two costs a nanosecond a
    character, a tenth of a short page's parse). Pandoc's markdown has one among its first
    braces; a page whose first braces are LaTeX or a script's has none there."""
    at = head.find("{")
    for _looked in range(_BRACES_LOOKED_AT):
        if at < 0:
            return False
        if (
            at
            and head[at + 1 : at + 2] in _BLOCK_STARTS
            and (head[at - 1] in "])" or head.startswith("::: ", at - 4))
        ):
            return True
        at = head.find("{", at + 1)
    return False


def is_pandoc_markdown(head: str) -> bool:
    """Whether *head*, the start of a markdown capture, holds an attribute block after a
    link or a span and, with it, `_SIGNS` fenced-div lines or such blocks: pandoc's
    markdown, not CommonMark."""
    if not _brace_after_link(head):
        return False  # most pages: no "{" after a "]" or a ")" (LaTeX, JSON have other)
    found = 0
    for pattern in (_FENCE, _AFTER_LINK):
        for _match in pattern.finditer(head):
            found += 1
            if found >= _SIGNS:
                return True
    return False


_MARKS = ("\x00", "\x01", "\ufdd0", "\ufdd1")
"""Characters that stand, while the syntax is taken off, for the line breaks inside an
attribute block: the first of them that the text does not hold (else a line break)."""


def without_pandoc_syntax(text: str) -> tuple[str, tuple[int, ...] | None, frozenset[int]]:
    """*text*, pandoc's markdown, as the markdown it stands for (see the module's
    docstring); the input's 1-based line number of each of its lines (``None`` when they
    are the input's own); and the 0-based indexes of the lines that took in lines of an
    attribute block that pandoc wrapped (their width tells nothing of pandoc's)."""
    mark = next((char for char in _MARKS if char not in text), "\n")
    if len(text) <= PIECE:
        text = _read(text, mark)
    else:  # a piece at a time (see `pieces`), a fence line whole
        cuts = pieces(text, whole_line=_fence_line)
        text = "".join([_read(text[start:stop], mark) for start, stop in cuts])
    if mark == "\n" or mark not in text:
        return text, None, frozenset()
    return _joined(text, mark)


def _fence_line(text: str, line: int) -> bool:
    """Whether the line of *text* that starts at *line* is a fence line (which goes whole)."""
    return text[line : line + 200].lstrip().startswith(":::")


def _read(text: str, mark: str) -> str:
    """One piece of the text without pandoc's syntax, a line break inside an attribute block
    written as *mark*."""

    def breaks(match: re.Match[str], start: int = 0) -> str:
        return mark * match.group().count("\n", start)

    def span(match: re.Match[str]) -> str:  # its text, then its attributes' line breaks
        return match.group(1) + breaks(match, match.end(1) - match.start())

    for _round in range(_SPAN_ROUNDS):
        text, count = _SPAN.subn(span, text)
        if not count:
            break
    text = _AFTER_LINK.sub(breaks, text)
    if _FENCE_START.search(text) is not None:
        text = _FENCE_LINE.sub("", _FENCE.sub(breaks, text))
    if "div>" in text:
        text = _BARE_DIV.sub("", text)
    text = _LINE_END.sub(breaks, text)
    parts: list[str] = []  # the text between protected runs made typographic, the runs kept
    at = 0
    for found in _PROTECTED.finditer(text):
        parts += (_typographic(text[at : found.start()]), found.group())
        at = found.end()
    parts.append(_typographic(text[at:]))
    return _ESCAPE.sub(_escaped, "".join(parts))


_PROPS = re.compile(r'^[ \t]*:::[^\n]*?\bprops="((?:[^"\\\n]|\\.)*)"', re.MULTILINE)
_TARGET = re.compile(r'\bdata-target="([^"\\\n]*)"')
_UNESCAPE = re.compile(r"\\(.)")


def pandoc_embedded(text: str) -> tuple[Embedded, ...]:
    """The JSON that *text*'s fence lines carry in a ``props`` attribute (a page's
    ``data-props``, which pandoc writes without its ``data-`` and with ``\\"`` for each
    quote), with the element's ``data-target``: a Hugging Face page's data, as the HTML
    reader embeds it."""
    if "props=" not in text:
        return ()
    found: list[Embedded] = []
    line, at = 1, 0  # the line where the text up to *at* ends
    for match in _PROPS.finditer(text):
        line += text.count("\n", at, match.start())
        at = match.start()
        target = _TARGET.search(text, match.start(), match.start(1))
        raw = _UNESCAPE.sub(r"\1", match.group(1))
        found.append(props_data(target.group(1) if target else None, raw, line))
    return tuple(found)


def _joined(text: str, mark: str) -> tuple[str, tuple[int, ...], frozenset[int]]:
    """*text* without the *mark* of each line break that an attribute block held, each
    line's input line number, and the lines that took in others (see `without_pandoc_syntax`)."""
    kept: list[str] = []
    origin: list[int] = []
    joined: set[int] = set()
    shift = 0
    for number, line in enumerate(text.split("\n"), 1):
        origin.append(number + shift)
        if mark in line:
            shift += line.count(mark)
            joined.add(len(kept))
            line = line.replace(mark, "")
        kept.append(line)
    return "\n".join(kept), tuple(origin), frozenset(joined)


def _escaped(match: re.Match[str]) -> str:
    char = match.group(1)
    if char is None:
        return match.group(2)  # the first of a literal "--" or "..."
    return "\\\\" if char == "\\" else char


def _typographic(text: str) -> str:
    """The typographic punctuation that pandoc's ``smart`` extension writes as ASCII in
    *text*: dashes (``---``, ``--``), the ellipsis and curly quotes; an escaped one is the
    ASCII character itself."""
    if "-" in text:
        text = _DASH.sub(lambda m: "\u2014" if len(m.group()) == 3 else "\u2013", text)
    if "..." in text:
        text = _DOTS.sub("\u2026", text)
    if '"' in text:
        text = _CLOSE_DOUBLE.sub("\u201d", _OPEN_DOUBLE.sub("\u201c", text))
    if "'" in text:
        text = _CLOSE_SINGLE.sub("\u2019", _OPEN_SINGLE.sub("\u2018", text))
    return text
