"""Markdown captures to plain lines, one line at a time.

Reader services and HTML-to-markdown converters wrap the same page text in markdown:
headings, bullets, rules, links, images, emphasis, escapes and hard breaks. `to_plain` turns
each line into what a browser's copy would show, keeping the line count (so line numbers in
diagnostics still point into the capture) and collecting the links it removes.

HTML-to-markdown converters add their own habits, read here as the page showed its text:
html2text writes an icon (``<i class="fa ..."></i>``) as an empty emphasis, ``__``
(`_ICON`), and ASCII for some entities, an author line's ``·`` as ``*`` (`_ascii_authors`);
at its default width it wraps every paragraph, heading and link at 78 columns (`_unwrap`,
after `_wrap_width` has told the width); markdownify keeps the page source's line breaks
inside a paragraph, so that a time range goes on over a line that its dash starts
(`_DASH_STARTS`). Where lines are joined, the joined line stands on the first of them and
the others read blank.

Every pattern here is anchored or bounded and runs on one line.

Speed: most lines of a capture are plain text, and most markdown lines are one link (alone,
in a bullet or in a heading). Both take a quick path (`to_plain`'s plain-line test, then
`_one_link`) that gives exactly what the general steps of `_plain_line` give; other helpers
stand in for slow patterns (`_heading_text` for `_HEADING`'s lazy scan, `_close_link` for
`_CLOSE_LINK`'s) and cheap string tests skip the patterns that cannot match. The tests check
each of them against what it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain, compress

from ..models import Link, read_link
from .textdump import wrap_width

__all__ = ["looks_like_markdown", "read_lines", "read_markdown", "to_plain"]

_ANCHOR = re.compile(r"\s{0,8}<a\s[^<>]{0,200}>\s{0,3}</a>\s{0,8}")
_HEADING = re.compile(r"\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*")
_RULE = re.compile(r"\s{0,3}(?:(?:\*\s{0,3}){3,}|(?:-\s{0,3}){3,}|(?:_\s{0,3}){3,}|={3,})\s*")
_BULLET = re.compile(r"\s{0,12}(?:[*+]|-(?=\s))\s{1,8}(?=\S)")
_DEFINITION = re.compile(r"\s{0,3}\[([^\]]{1,100})\]:\s{0,4}(\S{1,2000})(?:\s.{0,300})?")
_IMAGE = re.compile(r"!\[([^\]]{0,300})\]\([^()\s]{0,2000}(?:\s\"[^\"]{0,300}\")?\)")
# An image that opens a link's text, followed by the link's own words: the link's icon (a
# user's or an organisation's avatar, "[![occ-ai](a.png)OCC](url)"), named by those words.
_LINK_ICON = re.compile(
    r"\[!\[[^\]]{0,300}\]\([^()\s]{0,2000}(?:\s\"[^\"]{0,300}\")?\)"
    r"(?=\s{0,3}[^\s\[\]][^\[\]]{0,1000}\]\()"
)
_PLACEHOLDER = re.compile(r"\[(?:图片|圖片|Image|image)[:\uff1a][^\]]{0,200}\]\s?")
_LINK = re.compile(
    r"\[([^\[\]]{0,1000})\]\((<[^<>\n]{0,2000}>|[^()\s]{0,2000})(?:\s\"[^\"]{0,300}\")?\s{0,3}\)"
)
"""A markdown link; its target may end in spaces (``[Login](/accounts/login?nextp=... )``:
the site's own href does, and converters keep them), or stand in angle brackets, spaces
and all (turndown: ``[Login](</accounts/login?nextp=/Downloads/2026 >)``)."""
_REFERENCE = re.compile(r"\[([^\[\]\n]{1,1000})\]\[([^\[\]\n]{0,100})\]")
_OPEN_LINK = re.compile(r"\s{0,8}\[(?=[^\]]{0,5000}$)")
_CLOSE_LINK = re.compile(
    r"(.{0,50000}?)\]\(([^()\s]{0,2000})(?:\s\"[^\"]{0,300}\")?\s{0,3}\)\s{0,8}"
)
_STRONG = re.compile(r"\*\*(?=\S)(.{1,2000}?)(?<=\S)\*\*|__(?=\S)(.{1,2000}?)(?<=\S)__")
# One "*" or "_" each side of a text, outside words (``the _Local Spaces_ (LIVS)``); never
# across a "$" (``$x^*$ and $y^*$`` is math), a backslash or another mark.
_EMPHASIS = re.compile(r"(?<![\w\\*])([*_])(?![\s*_])([^*_$\\\n]{1,500}?)(?<!\s)\1(?![\w*])")
# An empty emphasis, which is how html2text writes an icon (``<i class="fa ..."></i>``):
# ``[Full __](url)``, ``[ __ ](/search)``, ``[[ __Paper](url)]``, ``__Email``; not the
# start of a word that holds "_" further on (``__init__``), nor the start of a strong
# emphasis (``This __position paper__ argues``, never across a link text's end), which
# group 1 keeps for `_inline`.
_ICON = re.compile(
    r"(__(?=[^\s\]])[^\n\]]{1,2000}?(?<=\S)__(?!\w))|(?<![^\s\[])__(?=[^\W_]{0,100}(?:[\s\]]|\Z))"
)
# A table's delimiter row (``---|---``, ``| :-- | --: |``): no text of the table's
_TABLE_RULE = re.compile(
    r"\s{0,3}\|?(?:\s{0,3}:?-{1,200}:?\s{0,3}\|){1,50}(?:\s{0,3}:?-{1,200}:?)?\s{0,8}"
)
# Only what converters escape in running text; LaTeX in abstracts keeps \%, \{, \$ ...
_ESCAPE = re.compile(r"\\([*\[\]`_|<> \\])")
"""A character escaped in running text: ``\\*``, ``\\_``, ``\\[`` ...; and ``\\\\``, a
backslash that a converter escaped (turndown writes the page's ``$q^\\pi$`` as
``$q^\\\\pi$``), read as one, as every markdown renderer shows it."""
_SENTENCE_ENDS = ".\u2026!?"
_NUMBER_ESCAPE = re.compile(r"\\(?=#\d)")
"""``\\#`` before a digit: a number sign that a converter escaped inside a line (pandoc writes
the page's ``#410`` as ``\\#410``). LaTeX's ``\\#`` stands before a command or a letter."""
_MID_ESCAPE = re.compile(r"(?<=\s)\\(?=[-+]\s)")
"""``\\-`` or ``\\+`` between spaces: a line start that a converter escaped before it joined
the page source's lines (``Models \\- A Critical Investigation``). LaTeX's ``\\-`` stands
inside a word."""
_START_ESCAPE = re.compile(r"\s*(?:\\[-+#=>]|\d{1,9}\\\.)")
"""A line start that converters escape so that it starts no list, heading or quote (``\\-``,
``\\+``, ``\\#``, ``\\=``, ``\\>``, ``1\\.``): html2text, turndown and markdownify write
it for text that the page shows starting so. Only there: elsewhere a backslash before these
characters is the page's own (LaTeX's ``\\#``)."""
_HARD_BREAK = re.compile(r"(?:\\\\|\\)\s{0,4}$")
_BARE_URL = re.compile(r"\s{0,8}(https?://\S{1,2000})\s{0,8}")

_UNRESOLVED = "\x00ref:"  # marks a reference link whose table entry comes later

_HEADING_SIGNAL = re.compile(r"\s{0,3}#{1,6}\s")
_HEADING_OPEN = re.compile(r"\s{0,3}#{1,6}(?:\s+|\Z)")  # what _HEADING takes before its text
# _CLOSE_LINK without its text: searched for near the end of a line instead of a lazy scan
_CLOSE = re.compile(r"\]\(([^()\s]{0,2000})(?:\s\"[^\"]{0,300}\")?\s{0,3}\)")
"""``](url)``: the end of a link, with its URL (and maybe a title)."""
_CLOSE_TAIL = re.compile(_CLOSE.pattern + r"\s{0,8}\Z")
_CLOSE_TAIL_MAX = 2 + 2000 + 303 + 3 + 1 + 8  # the longest text _CLOSE_TAIL can match
_LINK_TEXT_MAX = 1000  # _LINK's bound on a link text
_PLACEHOLDER_WORDS = ("图片", "圖片", "Image", "image")  # see _PLACEHOLDER
# The commonest markdown line: one link, alone or as a bullet or a heading (what `_BULLET`
# and `_HEADING` would take off before it, followed by `_LINK`), with no other "[" in its
# text or URL (no image or placeholder) and no placeholder's word at its text's start. The URL
# is taken whole at once ("(?=(...))\2": a shorter one never fits), so a line that is no
# such link fails fast.
_ONE_LINK_LINE = re.compile(
    r"(?:\s{0,12}(?:[*+]|-(?=\s))\s{1,8}|\s{0,3}#{1,6}\s+)?"
    rf"\[(?!{'|'.join(_PLACEHOLDER_WORDS)})([^\[\]]{{0,1000}})\]"
    r"\((?=([^()\s\[]{0,2000}))\2(?:\s\"[^\"]{0,300}\")?\)"
)
_RULES = frozenset(("* * *", "***", "---", "___", "- - -", "_ _ _"))  # the usual _RULE lines
_CLOSE_TEXT_MAX = 50_000  # _CLOSE_LINK's bound on the text before "]("

# Lines that start with none of these (nor with "http"; nor, after whitespace, with ":")
# and hold none of "[", "]", "\\", "*", "_" are plain text already: the fast path of
# `to_plain`. (A dash starts a line that may go on with the one above: see `read_markdown`.)
_MARKUP_FIRST = "#*+-=_<[|\u2014\u2013"
_QUOTE = re.compile(r"(?:>[ ]?)+")
"""The markers of a block quote's line, at its start (nested quotes too)."""
# The first characters of the lines that can carry a signal other than "](http".
_SIGNAL_FIRST = frozenset(" #*-_=TUM")


_LINKS_TO = re.compile(r"\]\(<?(?:https?:/|file:/)?/").search
"""A link's target after its text: a web address or a path on the page's own site
(``](/virtual/2026/poster/1)``, as converters write a page's relative links; a saved
page's converted against its ``file://`` address, ``](file:///virtual/...)``), maybe in
angle brackets (``](</virtual/...>)``)."""


def looks_like_markdown(lines: list[str], limit: int = 300) -> bool:
    """True when the first *limit* lines carry several markdown signals (headings, links,
    rules, reader-service headers), or one title heading (`_ATX_TITLE`, `_setext_title`)."""
    signals = 0
    underline = False  # whether a line starts with "=": maybe a setext title's underline
    for line in lines[:limit]:
        # Cheap tests first: most lines of a plain page start with a letter or a digit and
        # hold no "]", so they are passed over without a regex or a substring search.
        if line and line[0] in _SIGNAL_FIRST:
            first = line[0]
            if first == "#":
                if _ATX_TITLE.match(line) is not None:
                    return True  # a converter's title heading: a plain page has none
            elif first == "=":
                underline = True
            if first in "TUM" and line.startswith(("Title: ", "URL Source: ", "Markdown Content:")):
                signals += 2
            elif ("]" in line and _LINKS_TO(line)) or (first in " #*-_=" and _marked(line)):
                signals += 1
            else:
                continue
        elif "]" in line and _LINKS_TO(line):
            signals += 1
        else:
            continue
        if signals >= 3:
            return True
    # a title decides wherever it stands, so the rarer setext one is looked for at the end,
    # with the line above it, and only when some line starts with "="
    return underline and _setext_title(lines[:limit])


_ATX_TITLE = re.compile(r"#{1,3} [^\W\d_]")
_SETEXT_LINE = re.compile(r"={3,}\s*")


def _setext_title(lines: list[str]) -> bool:
    """Whether a ``===`` line stands under a line of text in *lines*: a markdown title
    heading, which a plain capture does not print (a rule of ``=`` stands between blank
    lines). An ATX title (``# Title``: one to three ``#``, a space, a letter) is the
    other kind; a card position (``#36``) is none."""
    for index in range(1, len(lines)):
        line = lines[index]
        if line[:1] == "=" and lines[index - 1].strip() and _SETEXT_LINE.fullmatch(line):
            return True
    return False


def _marked(line: str) -> bool:
    """Whether *line* (starting with one of " #*-_=") is a heading or a rule."""
    if line[0] in " #" and _HEADING_SIGNAL.match(line) is not None:
        return True
    last = line[-1]  # a rule line ends with its character or with whitespace
    return (
        line[0] != "#" and (last in "*-_=" or last.isspace()) and _RULE.fullmatch(line) is not None
    )


def _heading_text(line: str) -> str | None:
    """What ``_HEADING.fullmatch(line)`` keeps of an ATX heading line (``""`` for none),
    or None when *line* is no heading, without the pattern's backtracking (its lazy text
    before an optional closing ``#`` run is quadratic on a long line that ends in ``#``)."""
    opened = _HEADING_OPEN.match(line)
    if opened is None:
        return None
    if "\n" in line:  # "." stops there: leave that case to the pattern itself
        heading = _HEADING.fullmatch(line)
        return None if heading is None else heading.group(1) or ""
    body = line[opened.end() :].rstrip()
    if body.endswith("#"):
        bare = body.rstrip("#")
        if bare and bare[-1].isspace():  # a closing sequence: " ##" after the text
            body = bare.rstrip()
    return body


def _close_link(line: str) -> tuple[str, str] | None:
    """The text and URL of ``_CLOSE_LINK.fullmatch(line)``: the end of a link whose
    opening "[" is on an earlier line. Its tail is at most ``_CLOSE_TAIL_MAX`` characters,
    so the leftmost tail that ends the line, which the lazy pattern finds by trying every
    position from the start, is searched for from there on."""
    if "\n" in line:  # "." stops there: leave that case to the pattern itself
        closed = _CLOSE_LINK.fullmatch(line)
        return None if closed is None else (closed.group(1), closed.group(2))
    tail = _CLOSE_TAIL.search(line, max(0, len(line) - _CLOSE_TAIL_MAX))
    if tail is None or tail.start() > _CLOSE_TEXT_MAX:
        return None
    return line[: tail.start()], tail.group(1)


def _has(line: str, pair: str) -> bool:
    """``pair in line`` for a two-character *pair*, searched for from the first occurrence
    of its first character on (one-character searches are much quicker)."""
    at = line.find(pair[0])
    return at >= 0 and line.find(pair, at) >= 0


_PLACEHOLDER_OPENINGS = tuple("[" + word for word in _PLACEHOLDER_WORDS)
_BRACKETS_LOOKED_AT = 8
_LONG_LINE = 256


def _may_hold_placeholder(line: str) -> bool:
    """False when `_PLACEHOLDER` cannot match in *line*: it holds none of its words, or, in a
    long line (where a search for "mage" is slow), none of its first few "[" opens one (a
    search for "[" is a fast scan)."""
    if len(line) < _LONG_LINE:
        return "[" in line and ("图片" in line or "圖片" in line or "mage" in line)
    at = line.find("[")
    for _ in range(_BRACKETS_LOOKED_AT):
        if at < 0:
            return False
        if line.startswith(_PLACEHOLDER_OPENINGS, at):
            return True
        at = line.find("[", at + 1)
    return at >= 0  # many brackets: the pattern itself will tell


def _may_link(line: str) -> bool:
    """False when `_LINK` cannot match in *line*: no "](" has its "[" close enough before it
    with no bracket in between. Saves `_LINK` scanning a long text that is no link text."""
    at = line.find("](", max(0, line.find("]")))
    for _ in range(4):  # then give up: the pattern itself will tell
        if at < 0:
            return False
        opening = line.rfind("[", max(0, at - _LINK_TEXT_MAX - 1), at)
        if opening >= 0 and line.find("]", opening, at) < 0:
            return True
        at = line.find("](", at + 2)
    return True


_MANY_LINKS = 32
"""A line with more links than this shares equal links as one object (`_link_keeper`)."""


def _link_keeper(found: list[Link]) -> Callable[[re.Match[str]], str]:
    """The replacement function of `_LINK` that keeps each link in *found*. Past
    `_MANY_LINKS` links on a line, a link equal to one kept before is that one (a bounded
    memory of them): a line of a hundred thousand equal links holds one `Link`, not one
    with its own URL for each (16 times the line's size)."""
    kept: dict[tuple[str | None, str], Link] = {}

    def keep(match: re.Match[str]) -> str:
        text = match.group(1)
        link = read_link(_shown(text), _destination(match.group(2)))
        if len(found) >= _MANY_LINKS:
            link = kept.setdefault((link.text, link.url), link)
            if len(kept) > _SHARED_MAX:
                kept.clear()
        found.append(link)
        start = match.start()
        if start and text[:1].isdigit() and match.string[start - 1].isdigit():
            return " " + text  # "May 29[6](#community)": a count glued to a date
        return text

    return keep


def _strong_text(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


def _escaped(match: re.Match[str]) -> str:
    return match.group(1)


def _emphasis_text(match: re.Match[str]) -> str:
    return match.group(2)


_NICKNAME = r"\([\"'\u201c\u2018]?[^\W\d_][\w.'\u2019-]{0,40}[\"'\u201d\u2019]?\)"
_NAME_WORD = re.compile(rf"[^\W\d_][\w.'\u2019-]{{0,40}}(?:{_NICKNAME})?|{_NICKNAME}")
"""A word of a person's name: a letter, then letters, dots, apostrophes or hyphens; or a
nickname in parentheses, in quotes too, alone or right after such a word (``(Zhitao)``,
``Hao(Jackson)``, ``("Mido")``)."""
_NAMES_MAX = 6
"""The most words a name of an author line may have."""


_ASCII_SEPARATORS = re.compile(r" \*(?: \*)* ")
"""html2text's separators between two names: one, or a run of them around an empty name."""


def _ascii_names(line: str) -> list[str] | None:
    """The names of *line* when it is an author line whose names an HTML-to-markdown
    converter joined by ``*`` (html2text writes ASCII for ``&middot;``), else None: every
    part between two `` * `` is a name of one to six words, each a letter followed by
    letters, dots, apostrophes or hyphens, and one name at least has two words. (A `` * ``
    between spaces is no emphasis mark.) An empty name between two others is left out:
    the page's own (``Moritz Hardt &middot;   &middot; Eric Price``, the 2016 schedule)."""
    names = [part.strip() for part in _ASCII_SEPARATORS.split(line)]
    several = False
    for name in names:
        words = name.split()
        if not 0 < len(words) <= _NAMES_MAX:
            return None
        for word in words:
            if _NAME_WORD.fullmatch(word) is None:
                return None
        several = several or len(words) > 1
    return names if several and len(names) > 1 else None


def _ascii_authors(line: str) -> str:
    """*line* with its names joined by `` · `` when it is an author line that a converter
    joined by ``*`` (`_ascii_names`); any other line as it is."""
    names = _ascii_names(line)
    return line if names is None else " \u00b7 ".join(names)


def _plain_line(
    line: str,
    found: list[Link],
    references: dict[str, str],
    keep: Callable[[re.Match[str]], str],
    keep_reference: Callable[[re.Match[str]], str],
) -> str:
    """The plain version of a non-empty markdown *line*. Its links go to *found* (inline
    links through *keep*, reference links through *keep_reference*: the `_link_keeper` and
    `_reference_keeper` of *found*), link table entries to *references*."""
    if "<" in line and _ANCHOR.fullmatch(line):
        return ""
    first = line[0]
    start = line
    if first.isspace():
        start = line.lstrip()
        if not start:
            return ""
        first = start[0]
    # A rule line holds its character and whitespace only, so it ends with one of them.
    last = line[-1]
    if (
        first in "*-_="
        and (last == first or last.isspace())
        and (line in _RULES or _RULE.fullmatch(line))
    ):
        return ""
    if first in "|-:" and "|" in line and _TABLE_RULE.fullmatch(line) is not None:
        return ""
    if first == "#":
        heading = _heading_text(line)
        if heading is not None:
            line = heading
    elif first in "*+-":
        bullet = _BULLET.match(line)
        if bullet is not None:
            line = line[bullet.end() :]
        elif start.rstrip() in ("*", "+") or (start.rstrip() == "-" and last.isspace()):
            return ""  # an empty list item (pandoc writes one for an item of markup only)
    elif first == "[":
        closing = line.find("]")  # a definition's label holds no "]": the first one ends it
        definition = _DEFINITION.fullmatch(line) if line[closing + 1 : closing + 2] == ":" else None
        if definition is not None:
            references[definition.group(1).casefold()] = definition.group(2)
            # the link's title, or words a writer put after the URL: text, not markup
            return _definition_text(line[definition.end(2) :])
    elif first == "h" and start.startswith("http") and not _has(line, "]("):
        bare = _BARE_URL.fullmatch(line)
        if bare is not None:  # exporters put each link's URL on a line of its own
            found.append(read_link(None, bare.group(1)))
            return ""
    if "_" in line and "__" in line:  # (a search for one character is a fast scan)
        line = _ICON.sub(_strong_kept, line)
    if "[" in line or "]" in line:
        line = _take_links(line, found, keep, keep_reference)
    return _inline(line)


def _strong_kept(match: re.Match[str]) -> str:
    """`_ICON`'s replacement: a strong emphasis as it stands, an icon taken out."""
    return match.group(1) or ""


def _definition_text(rest: str) -> str:
    """The text after a link table entry's URL, without the quotes or parentheses of a
    title (``[1]: http://x "Title"``); "" when there is none."""
    rest = rest.strip()
    if len(rest) >= 2 and rest[0] + rest[-1] in ('""', "''", "()"):
        rest = rest[1:-1].strip()
    return rest


def _link_text(match: re.Match[str]) -> str:
    return match.group(1)


def _image_text(match: re.Match[str]) -> str:
    """An image's alt text, which takes the image's place in its line (a screen reader's
    reading; what a text browser prints)."""
    return match.group(1).strip()


def _one_link(line: str, found: list[Link]) -> str | None:
    """The plain version of a line that is one link, alone or as a bullet or a heading
    (the commonest markdown line), with the link added to *found*; None for any other line.
    What `_plain_line` makes of such a line, with one pattern instead of its steps. A line
    without a ``[`` that ends a link begun above is read quickly too (`_link_end`)."""
    if line[-1] != ")":
        return None
    if "[" not in line:
        return _link_end(line, found)
    if "\n" in line:  # where _HEADING's text stops
        return None
    linked = _ONE_LINK_LINE.fullmatch(line)
    if linked is None:
        return None
    text, url = linked.groups()
    # With one "[": no rule, anchor, definition, bare URL, image or placeholder, and the text
    # holds no bracket: only emphasis and escapes are left.
    if "_" in text and "__" in text:
        return None  # (an icon in the text: `_plain_line` takes it out)
    plain = _inline(text)
    found.append(read_link(_spaced(plain), _destination(url)))
    return plain


_NO_LINK_END_FIRST = frozenset(_MARKUP_FIRST + ":>")
"""How a line starts whose markup is read before a link's end: a heading, a bullet, a
rule, a table's row, an anchor, a quote."""


def _link_end(line: str, found: list[Link]) -> str | None:
    """The plain version of a line without ``[`` that is the end of a link begun on a line
    above, ``533 authors](/papers/2407.21783)`` (the commonest line of a Hugging Face
    listing after a one-link line), with the link added to *found*; None for a line that
    starts with markup or whitespace, holds an icon's ``__``, or is no such end: what
    `_plain_line` makes of it, without its steps."""
    first = line[0]
    if first in _NO_LINK_END_FIRST or first.isspace() or "__" in line:
        return None
    closed = _close_link(line)
    if closed is None:
        return None
    text, url = closed
    plain = _inline(text)
    found.append(read_link(_spaced(plain), _destination(url)))
    return plain


def _destination(url: str) -> str:
    """A link's URL as written, without the angle brackets that may enclose it
    (``[Title](</virtual/2023/poster/1>)``: html2text's ``protect_links``)."""
    return url[1:-1].strip() if url[:1] == "<" and url[-1:] == ">" else url


def _shown(text: str) -> str | None:
    """A link's text as the page shows it: without emphasis marks and escapes (`_inline`),
    its runs of spaces one space (a reader service keeps a title's source line break as
    ``\\`` and two spaces), ``None`` when that is blank."""
    return _spaced(_inline(text))


def _spaced(shown: str) -> str | None:
    """`_shown` of a text that `_inline` has read already."""
    if "  " in shown or "\t" in shown:
        shown = " ".join(shown.split())
    return shown.strip() or None


def _inline(line: str) -> str:
    """*line* without emphasis marks, hard breaks and escapes, and with the names of an
    author line that html2text joined by ``*`` joined by ``·`` again (`_ascii_authors`)."""
    if "*" in line or "_" in line:
        if ("*" in line and "**" in line) or ("_" in line and "__" in line):
            line = _STRONG.sub(_strong_text, line)
        if "*" in line and " * " in line:
            line = _ascii_authors(line)
        # an emphasis has two marks (two searches are quicker than a count)
        if line.find("*", line.find("*") + 1) > 0 or line.find("_", line.find("_") + 1) > 0:
            line = _EMPHASIS.sub(_emphasis_text, line)
    if "\\" in line:
        if "\\" in line[-7:]:  # a hard break: one or two "\", 4 spaces, maybe a line end
            line = _HARD_BREAK.sub("", line)
        start = _START_ESCAPE.match(line)
        if start is not None:
            at = line.index("\\", 0, start.end())
            line = line[:at] + line[at + 1 :]
        if "\\" in line:
            line = _ESCAPE.sub(_escaped, line)
            if " \\-" in line or " \\+" in line:
                line = _MID_ESCAPE.sub("", line)
            if "\\#" in line:
                line = _NUMBER_ESCAPE.sub("", line)
    return line


def _take_links(
    line: str,
    found: list[Link],
    keep: Callable[[re.Match[str]], str],
    keep_reference: Callable[[re.Match[str]], str],
) -> str:
    """*line* with its images replaced by their alt text, placeholders dropped and its
    links replaced by their text (the links go to *found*, see `_plain_line`)."""
    if "!" in line and "![" in line:
        # an image leaves its alt text in its place, alone on its line or beside other
        # text ("![Figure 1: overview](f.png) Our method ..."): nothing written is lost;
        # only a link's icon gives way to the words of its link, which name the same thing
        if "[![" in line:
            line = _LINK_ICON.sub("[", line)
        line = _IMAGE.sub(_image_text, line)
    if _may_hold_placeholder(line):
        line = _PLACEHOLDER.sub("", line)
    for _ in range(3):  # nested links such as [[OpenReview](url)]
        if "[" not in line or "]" not in line or (len(line) > 300 and not _may_link(line)):
            break
        replaced = _LINK.sub(keep, line)
        if replaced == line:
            break
        line = replaced
    if _has(line, "]["):
        line = _REFERENCE.sub(keep_reference, line)
    if "]" not in line:  # _OPEN_LINK's look-ahead fails on any "]" after its "["
        opened = _OPEN_LINK.match(line)
        return line if opened is None else line[opened.end() :]
    closed = _close_link(line) if _has(line, "](") else None
    if closed is not None:
        text, url = closed
        if text[:9].lstrip().startswith("[") and (
            "]" not in text or text.count("[") > text.count("]")
        ):
            text = text.lstrip()[1:]  # the opening "[" of a link text too long for _LINK
        found.append(read_link(_shown(text), _destination(url)))
        line = text
    elif _has(line, "]("):
        line = _close_before_text(line, found)
    return line


def _close_before_text(line: str, found: list[Link]) -> str:
    """*line* with the end of a link whose ``[`` stood lines above (its text crossed a blank
    line, which ends a paragraph) read as that link, when other text follows it on the line:
    ``533 authors](/papers/2407.21783)  5`` (the next link, ``[5](…#community)``, already read
    as its text), which a converter wrote for a list of avatars ending in the count of
    authors. The link goes first in *found*, as it starts the line; *line* as it is when the
    text before ``](`` holds a ``[`` or nothing, or no URL and ``)`` follow."""
    at = line.find("](")
    text = line[:at]
    if "[" in text or not text.strip():
        return line
    closed = _CLOSE.match(line, at)
    if closed is None:
        return line
    found.insert(0, read_link(_shown(text), _destination(closed.group(1))))
    rest = line[closed.end() :]
    return text.rstrip() + " " + rest.lstrip() if rest.strip() else text


_DASH_STARTS = ("\u2014 ", "\u2013 ")
_DASHES = "\u2014\u2013"  # the first characters of `_DASH_STARTS`
"""How a line starts that goes on with the paragraph line above it (markdown reads no
line break inside a paragraph): ``— 10:45 a.m. PST`` under ``Tue 12 Dec 8:45 a.m. PST``,
where a converter kept the line break of the page's source (markdownify does)."""

_CONNECTORS = frozenset(
    (
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
        "the", "to", "via", "vs", "with", "without",
    )
)  # fmt: skip


def _continued(first: str, second: str) -> bool:
    """Whether heading *second* carries on heading *first* rather than starting another:
    it starts in lower case, or *first* stops on a connecting word or a colon."""
    first, second = first.rstrip(), second.strip()
    if not first or not second:
        return False
    last_word = first.rsplit(None, 1)[-1].casefold()
    return second[0].islower() or last_word in _CONNECTORS or first.endswith((":", "-", "\u2013"))


def _heading_level(line: str) -> int:
    """How many ``#`` open an ATX heading line (0 when it is none)."""
    stripped = line.lstrip(" ")
    if not stripped.startswith("#") or len(line) - len(stripped) > 3:
        return 0
    level = len(stripped) - len(stripped.lstrip("#"))
    return level if level <= 6 and stripped[level : level + 1] in (" ", "") else 0


def _reference_keeper(
    found: list[Link], references: dict[str, str], waiting: list[str]
) -> Callable[[re.Match[str]], str]:
    """The replacement function of `_REFERENCE` that keeps each link in *found*, resolved
    against *references* if it can be already; the labels still to resolve go to *waiting*."""

    def keep(match: re.Match[str]) -> str:
        text = match.group(1)
        label = (match.group(2) or text).casefold()
        url = references.get(label)
        if not url:
            waiting.append(label)
            url = _UNRESOLVED + label
        found.append(read_link(_shown(text), url))
        return text

    return keep


# -- paragraphs wrapped at a fixed width -----------------------------------------------------
# html2text (at its default width) wraps each paragraph, heading and link of a page at a
# fixed width (78 columns), breaking after a space or a word's hyphen, and leaves list
# items, indented code, tables and link tables as they are. `_unwrap` joins each broken
# line to its continuation again, on the line where it began (the others read blank),
# before the lines are read: a link broken over two lines is one link again. (Pandoc wraps
# paragraphs at 72 columns after spaces only, and read so too; its wrapped list items, each
# continuation indented, are left as they are.)

_WRAP_SNIFF_LINES = 1000
"""The width is told from the capture's first lines, at most this many."""
_WRAP_MAX = 132
"""No converter wraps wider (as for text browsers, see `wrap_width`)."""
_ORDERED = re.compile(r"\d{1,9}[.)]\s")
# textwrap's break after a hyphen: two letters (or letter, hyphen, letter) before it, a
# letter (maybe after a hyphen) and a letter after it
_HYPHEN_END = re.compile(r"(?:[^\W\d]{2}|[^\W\d]-[^\W\d])-\Z")
_HYPHEN_NEXT = re.compile(r"[^\W\d]-?[^\W\d]")
# and around a run of hyphens between words ("RMDPs---when"): no space either
_RUN_NEXT = re.compile(r"-{2,}\w")
_WORD_PUNCT = frozenset("!\"'&.,?_")


def _paragraph_line(line: str) -> bool:
    """Whether non-blank *line* is one that a fixed-width converter wraps: no list item, no
    indented line (code, a nested item), no table row, rule, link table entry or box edge
    (``───┬──``, drawn by a text browser)."""
    first = line[0]
    if first in " \t" or "|" in line or "\u2500" <= first <= "\u257f":
        return False
    if first in "*+-" and line[1:2] in (" ", "\t", ""):
        return False  # a list item, or a rule such as "* * *"
    if first in "-=_*" and _RULE.fullmatch(line) is not None:
        return False
    if first.isdigit() and _ORDERED.match(line) is not None:
        return False
    return first != "[" or _DEFINITION.fullmatch(line) is None


def _wrap_width(
    lines: list[str], joined: frozenset[int] = frozenset()
) -> tuple[int | None, list[str]]:
    """The width at which a converter wrapped *lines*, or None when it did not: told as a
    text browser's dump is (`wrap_width`), from the first lines that it wraps; and those
    first lines with every line that is no paragraph line blank (`_paragraph_line`; none
    when it tells at once). The lines *joined* (0-based indexes) are a block's lines that
    the capture stage joined: they tell nothing of the width."""
    head = lines[:_WRAP_SNIFF_LINES]
    widest = max(
        (line for index, line in enumerate(head) if index not in joined) if joined else head,
        key=len,
        default="",
    )
    if (
        len(widest) > _WRAP_MAX
        and " " in widest.strip()
        and _paragraph_line(widest)
        and (widest[0] != "#" or _HEADING_SIGNAL.match(widest) is None)
    ):
        return None, []  # a paragraph on one line, wider than any wrap: most captures, at once
    # (a line that starts with a letter and holds no "|" is a paragraph line, without a call)
    paragraphs = [
        line if line and ((line[0].isalpha() and "|" not in line) or _paragraph_line(line)) else ""
        for line in head
    ]
    # some converters wrap headings (html2text), others write them on one line however
    # long (pandoc): a heading wider than every other paragraph line does not tell the width
    headings = [
        index
        for index, line in enumerate(paragraphs)
        if line[:1] == "#" and _HEADING_SIGNAL.match(line) is not None
    ]
    told = paragraphs
    if joined:
        told = ["" if index in joined else line for index, line in enumerate(paragraphs)]
    return wrap_width(told, followed=True, optional=headings), paragraphs


def _separator(end: str, following: str) -> str:
    """What joins a line that ends with *end* to its *following* line: a space, or nothing
    where the converter broke a word after its hyphen or at a run of hyphens."""
    last = end[-1:]
    if (
        (_hyphen_end(end) and _HYPHEN_NEXT.match(following) is not None)
        or (_word_end(last) and _RUN_NEXT.match(following) is not None)
        or (last == "-" and following[:1].isalnum() and _run_end(end))
    ):
        return ""
    return " "


def _hyphen_end(text: str) -> bool:
    """Whether *text* ends with a hyphen that textwrap breaks after (`_HYPHEN_END`)."""
    return text[-1:] == "-" and _HYPHEN_END.search(text[-4:]) is not None


def _word_end(char: str) -> bool:
    """Whether *char* may stand before a run of hyphens that textwrap breaks at."""
    return char.isalnum() or char in _WORD_PUNCT


def _run_end(text: str) -> bool:
    """Whether *text* ends with a run of two or more hyphens after a word."""
    bare = text.rstrip("-")
    return len(text) - len(bare) >= 2 and _word_end(bare[-1:])


def _unwrap(lines: list[str], width: int, known: Sequence[str] = ()) -> None:
    """Join each paragraph line of *lines* that was broken at *width* to its continuation,
    in place: the joined line stands where it began, its other lines become blank. A
    continuation is a paragraph line, or a list item that is a name of an author line
    joined by ``*`` (html2text wraps ``A * B *`` / ``* C``). *known* holds the first lines
    with those that are no paragraph lines blank, as `_wrap_width` found them."""
    count, told = len(lines), len(known)
    after = 0  # the first line that no paragraph read so far holds
    # the paragraph lines among the first ones, as known, then every other line
    for index in chain(compress(range(told), known), range(told, count)):
        if index < after:
            continue
        line = lines[index]
        if index >= told and not (line and _paragraph_line(line)):
            continue
        end = line.rstrip()
        if not end:  # only whitespace (a form feed, an en space): reads blank, joins nothing
            continue
        pieces = [end]
        last = index
        while last + 1 < count:
            # the line was broken at the width: it ends no paragraph (no hard break), and
            # the next line's first word would have passed the edge, after a space (none
            # after a hyphen that the converter broke after: told only where it decides)
            given = lines[last + 1]
            if not given or given[0] in " \t" or lines[last].endswith(("  ", "\\")):
                break
            words = given.split(None, 1)
            if not words:  # only whitespace, but for no space or tab: no continuation
                break
            reach = len(end) + len(words[0])
            if reach < width or (reach == width and _hyphen_end(end)):
                break
            following = given.rstrip()
            if following[0] == "#" and _HEADING_SIGNAL.match(following) is not None:
                break
            if _link_block(end, following):
                break
            if not (
                known[last + 1]
                if last + 1 < told and len(following) == len(given)
                else _paragraph_line(following)
            ) and (
                following[:2] != "* "
                or _ascii_names(f"{''.join(pieces)} {following.removesuffix(' *')}") is None
            ):  # fmt: skip  (its last separator may end it: "* C * D *" / "E")
                break
            # (most lines neither end nor start with a hyphen: a space, without a call)
            dash = end[-1] == "-" or following[0] == "-"
            pieces += (_separator(end, following) if dash else " ", following)
            end = following
            last += 1
        if last > index and _block_end(lines, index - 1) and _block_end(lines, last):
            lines[index] = "".join(pieces)
            for blank in range(index + 1, last + 1):
                lines[blank] = ""
        after = last + 1


def _link_block(end: str, following: str) -> bool:
    """Whether *following*, under a line that ends with *end*, is a link of its own line
    (``[LINK: GitHub 50.8k](https://github.com/…)``) under a sentence's end: a block (a
    button), not the sentence's continuation, however far its first word would have
    reached."""
    return (
        following[:1] == "["
        and end[-1:] in _SENTENCE_ENDS
        and _ONE_LINK_LINE.fullmatch(following.rstrip()) is not None
    )


def _block_end(lines: list[str], index: int) -> bool:
    """Whether a paragraph of *lines* may end with line *index* (-1: before the first):
    it is the last line, or has a hard break, or the next line is blank or no paragraph
    line (a heading, a list item ...), or *index* is a heading. The lines that `_unwrap`
    joins must be a whole paragraph (or a whole piece between hard breaks): a paragraph
    that was not all wrapped at the width (an editor's wrap inside a wrapped capture) is
    left as it is, not cut in two by a blank line where a part of it was joined."""
    if index < 0 or index + 1 >= len(lines):
        return True
    line, following = lines[index], lines[index + 1]
    if not line or not following or line.endswith(("  ", "\\")):
        return True
    if line[0] == "#" and _HEADING_SIGNAL.match(line) is not None:
        return True
    if _link_block(line.rstrip(), following):
        return True
    return not _paragraph_line(following) or (
        following[0] == "#" and _HEADING_SIGNAL.match(following) is not None
    )


def to_plain(lines: list[str]) -> tuple[list[str], dict[int, tuple[Link, ...]]]:
    """Plain versions of markdown *lines* (same count) and the links of each line (by
    1-based line number); see `read_lines`, which also gives headings and list items."""
    plain, links, _headings, _items = read_lines(lines)
    return plain, links


def read_lines(
    lines: list[str],
) -> tuple[list[str], dict[int, tuple[Link, ...]], dict[int, int], set[int]]:
    """Plain versions of markdown *lines* (same count), the links of each line (by
    1-based line number), the heading level of heading lines and the list-item lines (both
    by 0-based index; a setext underline makes the line above it a heading). Reference links
    are resolved against the link table, wherever it stands in the capture. A heading
    continued on the next line as a heading of the same level (a long title wrapped by the
    writer: the next part starts in lower case, or the first stops on "with", "of", ":" ...)
    is one heading on the first line; the second line becomes blank. So is a paragraph line
    and the line under it that a dash starts (`_DASH_STARTS`), and, in a capture wrapped at a
    fixed width, each broken line and its continuation (`_unwrap`).
    """
    plain, links, headings, items = read_markdown(list(lines))  # (read_markdown overwrites)
    return plain, {index + 1: found for index, found in links.items()}, headings, set(items)


_SHARED_MAX = 4096
"""How many distinct plain lines and links `read_markdown` shares before it starts afresh."""
_SHARE_FROM = 2048
"""`read_markdown` shares equal lines and links in a capture of more lines than this."""


def read_markdown(
    lines: list[str], blocks: frozenset[int] = frozenset()
) -> tuple[list[str], dict[int, tuple[Link, ...]], dict[int, int], list[int]]:
    """What `read_lines` gives, with everything by 0-based line index (links too) and the
    list-item lines as a sorted list: the form a `Document` holds, built without copies.

    The plain lines are written over *lines*, which is returned as them: each markdown
    line is let go as soon as it is read, instead of all of them being held until the end
    beside their plain versions (a capture of lines that all differ held both, 3x its size).

    In a long capture (more than `_SHARE_FROM` lines), equal plain lines and equal
    one-link tuples are shared as one object (a bounded memory of recent ones): a capture
    of short repeated markdown lines would otherwise hold several objects per line, many
    times its size. A shorter one cannot grow so large that sharing pays for its lookups.

    *blocks*: the lines that join a block's lines (*joined* of `_wrap_width`).
    """
    width, known = _wrap_width(lines, blocks)
    if width is not None:
        _unwrap(lines, width, known)
    del known
    share = len(lines) > _SHARE_FROM
    references: dict[str, str] = {}
    plain = lines  # each line is overwritten by its plain version once it is read
    links: dict[int, tuple[Link, ...]] = {}
    found: list[Link] = []  # the links of the current line
    keep = _link_keeper(found)
    waiting: list[str] = []  # labels of reference links used before the link table
    keep_reference = _reference_keeper(found, references, waiting)
    odd = False  # whether a line held a NUL, which an inline link's URL could start with
    closes: _OuterCloses | None = None  # made when a capture first needs it
    previous_level = 0  # heading level of the line before, 0 when it was no heading
    headings: dict[int, int] = {}
    items: list[int] = []
    shared_lines: dict[str, str] = {}
    shared_links: dict[str | tuple[str | None, str], tuple[Link, ...]] = {}
    for number, line in enumerate(lines, 1):
        if not line:
            previous_level = 0
            continue
        first = line[0]
        if first == ">":  # a block quote's line: its text (``> Source: https://…``)
            quoted = _QUOTE.match(line)
            line = line[quoted.end() :] if quoted is not None else line
            plain[number - 1] = line  # (what the steps that read the lines again see)
            if not line:
                previous_level = 0
                continue
            first = line[0]
        if first.isspace():
            # indented: plain too when its text starts no markup, no table's delimiter row
            # (which may start with ":") and no bare URL, and holds none
            start = line.lstrip()
            text_first = start[:1]
            plain_start = (
                text_first not in _MARKUP_FIRST  # ("" is: a blank line reads "")
                and text_first != ":"
                and not start.startswith("http")
            )
        else:
            plain_start = first not in _MARKUP_FIRST and (
                first != "h" or not line.startswith("http")
            )
        if plain_start:
            # Plain text (most lines of a capture), maybe with a hard break: a "\\" or "\"
            # at the very end, which _HARD_BREAK takes off, is then all there is to take out.
            body = line if line[-1] != "\\" else line[:-2] if line[-2:] == "\\\\" else line[:-1]
            if (
                "[" not in body
                and "]" not in body
                and "\\" not in body
                and "*" not in body
                and "_" not in body
            ):
                plain[number - 1] = body
                previous_level = 0
                continue
        if line[-1] not in ")]" and "]" in line:  # (a search for one character is quick)
            opened = line.rfind("](")
            if opened >= 0 and line.find(")", opened) < 0:
                line = _join_destination(lines, number - 1)  # a link's URL over a line end
        if (
            line[-1] not in ")]"  # (most lines with a link end it: no call for them)
            and "[" in line
            and line.count("[") == line.count("]") + 1
            and number < len(lines)
        ):
            joined = _join_open_link(lines, number - 1)  # a link text over line ends
            if joined is not None:
                line = joined
            else:
                if closes is None:
                    closes = _OuterCloses(lines)
                if not closes.within(number, number + _CLOSE_LINES):  # (the lines below)
                    line = _literal_open(line)  # a bracket that opens no link: text
        if first in "*-_=" and (line in _RULES or (first in "-=" and _RULE.fullmatch(line))):
            # a rule, such as "* * *"; "===" or "---" under a text line underlines a heading
            if first in "-=" and number > 1 and plain[number - 2] and number - 2 not in headings:
                headings[number - 2] = 1 if first == "=" else 2
            plain[number - 1] = ""
            previous_level = 0
            continue
        text = _one_link(line, found) if line[-1] == ")" else None  # (saves a call)
        one_link = text is not None
        if text is None:
            text = _plain_line(line, found, references, keep, keep_reference)
        odd = odd or "\x00" in line
        level = _heading_level(line) if first == "#" or (first == " " and "#" in line) else 0
        index = number - 1  # one int object for the line's entries in headings, items, links
        if level:
            above = plain[index - 1] if level == previous_level else ""
            if above and text and _continued(above, text):
                _join_above(plain, links, found, index, text)  # (the level stays)
                continue
            previous_level = level
            if text:
                headings[index] = level
        else:
            if previous_level:
                previous_level = 0
            elif first in _DASHES and line[:2] in _DASH_STARTS and number > 1 and plain[index - 1]:
                _join_above(plain, links, found, index, text)
                continue
            if (first in "*+-" or (first == " " and line.lstrip()[:1] in ("*", "+", "-"))) and (
                one_link or _BULLET.match(line) is not None
            ):  # (its pattern read the bullet)
                items.append(index)
        if not share:
            plain[index] = text
            if found:
                links[index] = tuple(found)
                found.clear()
            continue
        if text is not line:
            text = shared_lines.setdefault(text, text)
            if len(shared_lines) > _SHARED_MAX:
                shared_lines.clear()
        plain[index] = text
        if found:
            if len(found) == 1:
                link = found[0]
                # by URL: no key tuple a line (a capture of links that all differ left
                # 2,000 of them in the free list); the same URL under other words by both
                key: str | tuple[str | None, str] = link.url
                one = shared_links.get(key)
                if one is not None and one[0].text != link.text:
                    key = (link.text, link.url)
                    one = shared_links.get(key)
                if one is None:
                    one = shared_links[key] = (link,)
                    if len(shared_links) > _SHARED_MAX:
                        shared_links.clear()
                links[index] = one
            else:
                links[index] = tuple(found)
            found.clear()
    if waiting or odd:  # a link table after the links that use it
        for index, found_links in links.items():
            if any(link.url.startswith(_UNRESOLVED) for link in found_links):
                links[index] = tuple(_resolve(link, references) for link in found_links)
    return plain, links, headings, items


_LINK_END = re.compile(r"\]\([^()\s]{0,2000}(?:\s\"[^\"]{0,300}\")?\)")
"""The end of an inline link: ``](url)``, maybe with a title."""
_OPEN_LINK_LINES = 3
"""How many lines below the line that opens a link `_join_open_link` looks at for its end."""


def _hard_break(line: str) -> bool:
    """Whether markdown *line* ends with a hard line break: a backslash (spaces after it
    too) or two spaces."""
    return line.endswith("  ") or line.rstrip(" \t").endswith("\\")


def _starts_block(line: str) -> bool:
    """Whether stripped markdown *line* starts a block of its own, which no paragraph line
    carries on into: a list item (``- 7 authors``), a heading, a quote."""
    return line[0] in "#>" or _BULLET.match(line) is not None


def _join_open_link(lines: list[str], index: int) -> str | None:
    """Line *index* with the lines that carry on the link it opens, when its one unclosed
    ``[`` opens a link whose ``](url)`` stands on one of the next `_OPEN_LINK_LINES` lines of
    its paragraph: the link text crosses line ends, as markdown allows (a converter keeps the
    page source's line breaks inside a link: ``[PIXIU: A Comprehensive ... and Large`` over
    ``Language Model for Finance](/virtual/2023/poster/73431)``). The lines joined in are
    emptied in *lines*; ``None`` (and *lines* unchanged) when no such end follows, when a
    line of the link ends with a hard break (``\\``, two spaces), or when a line between
    starts a block of its own (`_starts_block`): the link's text then shows on lines of its
    own, as each line is read (a reader service's abstract and its count of authors,
    ``[- ![](avatar.svg)\\`` over ``- 6 authors](url)``). The line that closes the link may
    start as a list item does: a converter's line break before ``- A Critical
    Investigation](url)`` in a title."""
    opening = lines[index]
    if _hard_break(opening):
        return None
    parts = [opening.rstrip()]
    for below in range(index + 1, min(index + 1 + _OPEN_LINK_LINES, len(lines))):
        line = lines[below].strip()
        if not line or line[0] in "#>":
            return None  # a paragraph ends, or a heading or quote starts: no link was opened
        at = line.find("](")
        if at < 0:
            if "[" in line or "]" in line or _hard_break(lines[below]) or _starts_block(line):
                return None
            parts += (_separator(parts[-1], line), line)
            continue
        text = line[:at]
        if text.count("[") != text.count("]") or _LINK_END.match(line, at) is None:
            return None
        parts += (_separator(parts[-1], line), line)
        for joined in range(index + 1, below + 1):
            lines[joined] = ""
        return "".join(parts)
    return None


def _join_destination(lines: list[str], index: int) -> str:
    """Line *index* with the next line joined on when the line ends inside a link's URL
    (``Submitted by ![](https://cdn-`` over ``avatars.huggingface.co/a.png)``): a
    converter that wraps its lines (html2text) breaks a URL after a hyphen, and a capture
    too short to tell its width is not unwrapped (`_wrap_width`). The next line, which must
    start with the rest of the URL and its ``)``, is emptied in *lines*; the line as it is
    (and *lines* unchanged) otherwise."""
    line = lines[index]
    rest = line[line.rfind("](") + 2 :]
    if not rest or index + 1 >= len(lines) or not _URL_PART.fullmatch(rest):
        return line
    following = lines[index + 1].strip()
    end = following.find(")")
    if end <= 0 or not _URL_PART.fullmatch(following, 0, end):
        return line
    lines[index + 1] = ""
    return line + following


_URL_PART = re.compile(r"[^()\s]{1,2000}")
"""A piece of a link's URL: no bracket, no whitespace (a search in C, however long)."""


_CLOSE_LINES = 400
"""How far below a line that opens a bracket a link's end may stand (`_OuterCloses`): a
link around a list of avatars runs over a dozen lines, an abstract that a converter wrapped
at 60 columns over fifty."""


class _OuterCloses:
    """Whether a link's end whose ``]`` closes a bracket opened above it (`_closes_outer`)
    stands on a line in a range below a line that opens a bracket (``[`` over a list of
    avatars over ``](/papers/1)``, or over ``- 6 authors](url)``); else its ``[`` is text.
    The lines are looked at forward, each once at most: the last such line found, and how
    far the lines were looked at, answer the later questions, whose *start* never goes
    down (a capture's lines are read forward)."""

    __slots__ = ("_found", "_lines", "_looked")

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._found = -1  # the last line found that holds such an end
        self._looked = 0  # the lines between _found and this index hold none

    def within(self, start: int, stop: int) -> bool:
        """Whether a line with index in ``[start, stop)`` holds such an end."""
        if self._found >= start:
            return self._found < stop
        lines = self._lines
        stop = min(stop, len(lines))
        for index in range(max(start, self._looked), stop):
            line = lines[index]
            if "]" in line and _closes_outer(line):
                self._found, self._looked = index, index + 1
                return True
        self._looked = max(self._looked, stop)
        return False


def _closes_outer(line: str) -> bool:
    """Whether a ``]`` of *line* that a ``(`` or a ``[`` follows (a link's end) has more
    ``]`` than ``[`` up to it: each ``]`` is found, and the ``[`` before it counted, in C."""
    depth = 0
    counted = 0  # the brackets before this index are counted in depth
    at = line.find("]")
    while at >= 0:
        depth += line.count("[", counted, at) - 1
        if depth < 0 and line[at + 1 : at + 2] in ("(", "["):
            return True
        counted = at + 1
        at = line.find("]", counted)
    return False


def _literal_open(line: str) -> str:
    """*line* with its unclosed ``[`` escaped, so that it reads as the text it is: a
    button's bracket that a converter wrote over lines (``[`` / ``Abstract`` / ``]``), no
    link's opening. A ``[`` that the converter escaped already (``\\[`` over ``Abstract
    \\]``: pandoc) is left as it is, which its escape makes text."""
    at = line.rfind("[")
    if at and line[at - 1] == "\\":
        return line
    return line[:at] + "\\" + line[at:]


def _join_above(
    plain: list[str], links: dict[int, tuple[Link, ...]], found: list[Link], index: int, text: str
) -> None:
    """Line *index* (its plain *text* and the links *found* on it) goes on with the line
    above it (a heading continued on a second heading line, or a line that a dash starts):
    one line, the second emptied."""
    plain[index - 1] = plain[index - 1] + " " + text.strip()
    if found:
        links[index - 1] = links.get(index - 1, ()) + tuple(found)
        found.clear()
    plain[index] = ""


def _resolve(link: Link, references: dict[str, str]) -> Link:
    if not link.url.startswith(_UNRESOLVED):
        return link
    return read_link(link.text, references.get(link.url[len(_UNRESOLVED) :], ""))
