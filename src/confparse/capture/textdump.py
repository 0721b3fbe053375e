"""Text-mode browsers' dumps: their lines unwrapped, their numbered links resolved.

A text-mode browser (lynx, elinks, w3m) prints a page at a fixed width of about 80
columns: a longer line (a title, an author list, an abstract) is broken where its next word
would pass the right edge, and its continuation is indented as its first line. lynx and
elinks also print a number before each link (``[80]MindLLM: ...``) and list the URLs at the
end of the dump, under ``References``. An HTML-to-text converter that prints a page as a
text browser does (Node's html-to-text: wrapped at 80 columns, lists bulleted ``*``,
rules drawn with dashes) writes each link's URL in brackets after its text instead
(``Title [/virtual/2025/poster/45933]``, a picture's alt text and source so too).

`wrap_width` tells a wrapped dump by its lines (a browser's copy or a converter's output
keeps a paragraph on one line); `unwrap` joins each broken line again, so that layouts see
a title or an author list whole, and keeps the input line where each joined line began.
`read_text_browser` reads a dump with numbered links: unwrapped, with each ``[N]`` taken
off its line and kept as the line's link to the URL that the list numbers ``N`` (or each
bracketed URL taken off and kept as the link of the text before it), and list bullets
(``*``, ``+``, ``o``, ``#``, ``@``) taken off as list items.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import compress, islice
from types import MappingProxyType

from ..models import Link, read_link
from ..times import (
    WEEKDAY_INITIALS,
    WEEKDAYS,
    is_card_time_line,
    is_time_rest,
    match_card_time,
)
from .document import Document
from .edges import MAX_WIDTH, MIN_WIDTH, ends_sentence
from .wrappers import header_data, wrapper_lines

__all__ = [
    "has_bracketed_urls",
    "looks_like_text_browser",
    "numbered_below_top",
    "read_text_browser",
    "unwrap",
    "wrap_width",
]

_MAX_WIDTH = MAX_WIDTH
"""A dump wider than this is no text browser's (they print 80 columns, or 120 or 132 when
asked): its lines are not unwrapped."""
_MIN_WIDTH = MIN_WIDTH
"""Nor is a page whose widest line is narrower than a browser prints (a menu)."""
_NEAR_EDGE = 12
"""A line broken at the edge ends within this many columns of the width."""
_MIN_BREAKS = 4
_BREAK_SHARE = 0.3
"""A wrapped dump: at least `_MIN_BREAKS` lines broken at the edge, and among the lines that
reach near the edge, at least this share broken (a copy's long lines end where they end)."""

_MARKER = re.compile(r"(?<![\]\w])\[(\d{1,5})\]")
"""A link number as lynx and elinks print it, before the link's text."""
_MARKER_CHARS = 4096
"""lynx numbers the page's first link within this many characters of the top."""
_SNIFF_LINES = 400
_BULLETS = "*+o#@\u2022\u25a1\u2606\u25cb\u25a0\u25cf\u25e6\u25aa"
"""List bullets, one character per level of nesting: lynx's ``*``, ``+``, ``o``, ``#``,
``@`` (links prints ``*``, ``o``, ``+``); w3m's ``•``, ``□``, ``☆``, ``○``, ``■`` (``○``,
``□``, ``●`` for a list typed circle, square, disc); elinks' ``•``, ``◦``, ``▪``."""
_BULLET = re.compile(rf"(\s*)[{_BULLETS}] {{1,3}}(?=\S)")
_REFERENCE = re.compile(r"\s{0,6}(\d{1,5})\.\s{1,3}(\S(?:[^\n]{0,2000}\S)?)\s*")
_WIDGET = frozenset(("(BUTTON)", "(submit)", "(reset)", "[BUTTON]"))
_LABELS = _WIDGET | {"IFRAME:"}
"""Lines that stand alone in a dump: a widget's label, and the line over a frame's URL."""
_LABEL_ENDS = frozenset(label[-1] for label in _LABELS)
_ALONE_MARKS = ("(BUTTON)", "IFrame", "[ Submit ]", "[IMG]")
"""Marks that only a text browser prints, each on an indented line of its own: lynx's
button, links' frame, the label that elinks and links give a form's button that names
none, and the picture without a text that lynx, links and elinks print so. A markdown
converter writes none (a picture is ``![](src)``), and a browser's copy holds none."""
_BRACKETED_MARKS = tuple(mark for mark in _ALONE_MARKS if mark[0] == "[")
_FRAME = re.compile(r"(?:IFRAME|IFrame)(?::(?: \S{1,2000})?)?")
"""A frame as lynx (``IFRAME: URL``), elinks (``IFrame: name``) or links (``IFrame``)
prints it in place of its page."""
_FORM_FIELD = re.compile(r"\s*_{8,}\s*|\[(?: {2,200}| _{2,200} )\](?: {1,3}\[ _{2,200} \]){0,9}")
"""A form's text field: lynx, elinks and links draw it as ``________`` (elinks boxes a
select as ``[ ___ ]``, several in a row on one line), w3m as ``[                    ]``."""
_DEFAULT_BUTTONS = frozenset(("[ Submit ]", "[ Reset ]", "[SUBMIT]", "[RESET]"))
"""The label a browser gives a form's button that names none: elinks and links print
``[ Submit ]``, w3m ``[SUBMIT]``."""
_RULE = re.compile(r"\u2501{8,}|\u2500{8,}|\u2550{8,}|-{8,}")
"""A horizontal rule (``<hr>``): w3m draws it as ``━━━━`` (``────`` in a table), elinks as
``════``, links as ``----``; lynx as ``____``, which reads as a field (`_FORM_FIELD`)."""
_RULE_STARTS = frozenset("\u2501\u2500\u2550-")
_SENTENCE_ENDS = (".", "\u2026", "!", "?")
"""How a line that may end a sentence ends (`ends_sentence` tells an abbreviation's stop)."""
_BLOCK_LINES = 3
"""How many lines a block that follows a sentence's end without a blank line may take
to be read as a block of its own (a card's title, wrapped)."""
_URL = re.compile(r"[a-z]{2,10}://\S{1,2000}(?: \S{1,40})?")
"""A frame's URL as a dump prints it under ``IFRAME:`` (its last piece maybe broken off)."""
_BRACKETED_URL = re.compile(
    r"(?<!\S)\[((?:https?://|/)[^\s\[\]]{0,2000}) ?\]"
    r"(?: ((?:https?://|/)[^\s\[\]]{0,2000})(?!\S))?"
)
"""A link's URL in brackets after its text, as html-to-text prints it: a web address or a
path on the page's site (``Login [/accounts/login?nextp=/ ]``, a space kept before the
bracket), after a space or at a line's start. A URL printed bare after it is the URL of a
link whose text is a picture (``[thumb.png] /papers/2407.21721``, ``Jobs [https://…] /``)."""
_SITE_PATH = r"/[A-Za-z][^\s\[\]/?]{0,200}[/?][^\s\[\]]{0,2000}"
_LINK_MARK = re.compile(
    _BRACKETED_URL.pattern + rf"|^ *({_SITE_PATH})(?= )|(?<= )({_SITE_PATH}) *$"
)
"""`_BRACKETED_URL`, or a site path (two parts at least) printed bare at a line's start or
end: the link of a picture (``/papers?date=2024-07-31 Aug 1 /papers?date=2024-08-02``, a
day's arrows)."""
_URL_END = re.compile(r"(?<!\S)\[(?:https?://|/)[^\s\[\]]{0,2000} ?\]\Z")


def _ends_with_url(line: str) -> bool:
    """Whether stripped *line* ends with a bracketed URL (`_BRACKETED_URL`), searched for
    in its end only."""
    return _URL_END.search(line, max(0, len(line) - 2010)) is not None


_BARE_TARGET = re.compile(r"(?:https?://|/)[^\s\[\]]{1,2000}")
"""A URL or a site path alone, which a dump that brackets URLs prints for a link whose text
is a picture."""
_BRACKETED_SIGNS = 3
"""How many bracketed URLs in a page's start make it a dump that prints links so."""


def _edge_breaks(
    lines: Sequence[str], *, followed: bool = False, optional: Sequence[int] = ()
) -> tuple[int, int, int]:
    """The widest line that holds a space (its width), how many lines reach near that
    edge, and how many of those are broken there: a line of text with the same indent
    follows, whose first word would not have fit on the line (a line that the page
    repeats, above or below a break, counts once; one that ends a sentence, not at all).
    Broken lines are counted until there
    are as many as a wrapped dump needs (`_width`), then no further. When *followed*, only
    the lines near the edge that a non-blank line follows are counted. The lines
    *optional* (indexes) count only when they are no wider than the others."""
    # the width of each line that holds a space (3 at least), 0 for the others
    widths = [len(line.rstrip()) if " " in line.strip() else 0 for line in lines]
    if optional:
        kept = [widths[index] for index in optional]
        for index in optional:
            widths[index] = 0
        others = max(widths, default=0)
        for index, width in zip(optional, kept, strict=True):
            if width <= others:
                widths[index] = width
    width = max(widths, default=0)
    if not width:
        return 0, 0, 0
    edge = max(width - _NEAR_EDGE, 1)
    near = list(compress(range(len(lines) - 1), map(edge.__le__, widths)))
    if followed:
        near = [index for index in near if lines[index + 1]]
    needed = max(_MIN_BREAKS, math.ceil(_BREAK_SHARE * len(near)))
    broken = 0
    # a line that the page repeats, above or below a break, is one piece of evidence
    above: set[str] = set()
    below: set[str] = set()
    for index in near:
        line, following = lines[index], lines[index + 1]
        if line.rstrip().endswith(_SENTENCE_ENDS) and ends_sentence(line):
            continue  # a break after a sentence's end is no sign: a line may end there
        if line not in above and following not in below and _continues(line, following, width):
            above.add(line)
            below.add(following)
            broken += 1
            if broken == needed:
                break
    return width, len(near), broken


_WEEKDAY_START = re.compile(rf"\s*(?:{'|'.join(WEEKDAYS)})")
"""How a card's time line starts (`_time_line_ends`), found without a copy of the line."""


def _whole_time(line: str) -> bool:
    """Whether *line* is a card's whole time line (`is_card_time_line`), which starts with
    a weekday's letter: a text browser prints it on a line of its own."""
    text = line.strip()
    return text[:1] in WEEKDAY_INITIALS and is_card_time_line(text)


_ROOM_REST = 25
"""How short a line under a card's time line with its room may be to be the room's rest
that a browser broke off (``+ C #22``); a title is longer (a short one, joined, is taken
apart again where the card layout reads the line as printed)."""


def _time_line_ends(line: str, following: str) -> bool:
    """Whether *line*, a card's time line (a card time at its start, its zone or its room
    after it: ``Tue Dec 10th 10:45 AM -- 12:45 PM @ East Exhibition Hall B + C #22``), ends
    above *following*: a browser prints the time line as a block of its own, so the line
    under it goes on with it only as the rest of its time (``(CEST)``) or of its room."""
    text = line.strip()
    if match_card_time(text) is None:
        return False
    rest = following.strip()
    return not (is_time_rest(rest) or (len(rest) < _ROOM_REST and not is_card_time_line(text)))


def _continues(line: str, following: str, width: int) -> bool:
    """Whether *following* goes on with the text of *line*, which the browser broke at
    *width* columns (its first word would have passed the edge)."""
    words = following.split(None, 1)
    end = line.rstrip()
    # the commonest answer first: the next word would have fit, so no break was made here
    if not words or len(end) + 1 + len(words[0]) <= width:
        return False
    if end[-1:] == "]" and _ends_with_url(end):
        return False  # a link's bracketed URL ends its block (html-to-text: a title's link)
    if _whole_time(following):
        return False  # a card's time stands on a line of its own (under the names)
    first = line[:1]
    if first == " ":
        first = line.lstrip()[:1]
    if (
        first in WEEKDAY_INITIALS
        and _WEEKDAY_START.match(line)
        and _time_line_ends(line, following)
    ):
        return False  # and ends where it ends: the title under it is no rest of it
    if end[-1:] in _LABEL_ENDS and end.lstrip() in _LABELS:
        return False  # a widget's label stands on a line of its own
    if words[0][0] in _RULE_STARTS and len(words) == 1 and _RULE.fullmatch(words[0]):
        return False  # and so does a rule (w3m indents it as the list item's text above)
    first = following[0]  # (a bullet starts with one of its characters or with whitespace)
    if (first in _BULLETS or first.isspace()) and _BULLET.match(following) is not None:
        return False
    indent = len(following) - len(following.lstrip(" "))
    if indent == len(line) - len(line.lstrip(" ")):
        return True
    bullet = _BULLET.match(line)  # or it is indented as the text after the line's bullet
    return bullet is not None and indent == bullet.end()


def wrap_width(
    lines: Sequence[str], *, followed: bool = False, optional: Sequence[int] = ()
) -> int | None:
    """The width at which a text browser wrapped *lines*, or ``None`` when they are not a
    wrapped dump (a line wider than a browser prints, or too few lines broken at an edge).
    *followed*, *optional*: see `_edge_breaks`."""
    return _width(*_edge_breaks(lines, followed=followed, optional=optional))


def _width(width: int, near: int, broken: int) -> int | None:
    """`wrap_width` of lines whose `_edge_breaks` are *width*, *near* and *broken*."""
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    if broken < _MIN_BREAKS or broken < _BREAK_SHARE * near:
        return None
    return width


def _names_at_initial(line: str) -> bool:
    """Whether stripped *line* is a list of names broken after an initial (``… · Bruno
    C.``): its full stop ends no sentence."""
    return line[-3:-2] == " " and line[-2:-1].isupper() and ("\u00b7" in line or "\u22c5" in line)


def _stands_alone(lines: Sequence[str], index: int, width: int) -> bool:
    """Whether the short line *index*, which may continue the line above, is rather a line
    of its own: the next line follows it at once and does not continue it (a card's kind
    line under an abstract, ``Poster`` over ``#W-204``). A paragraph's last line is mostly
    followed by a blank line and a list item's by the next bullet; where neither is, a
    layout joins the paragraph's lines anyway."""
    line = lines[index]
    if len(line.strip()) >= width // 2 or index + 1 >= len(lines):
        return False
    if line.rstrip()[-1:] == "]" and _ends_with_url(line.rstrip()):
        return False  # the end of a link whose text starts above, and its bracketed URL
    following = lines[index + 1]
    if not following.strip() or _BULLET.match(following) is not None:
        return False  # a paragraph's or a list item's end
    above = lines[index - 1]
    if line.lstrip()[:1].islower() and ("\u00b7" in above or "\u22c5" in above):
        return False  # a name's end in lower case under the names (``Bruno C.`` / ``da Silva``)
    return not _continues(line, following, width)


def _block_after_sentence(lines: Sequence[str], index: int, width: int) -> bool:
    """Whether line *index*, which may continue a line that ends a sentence, starts a block
    of its own: it and the lines that go on from it (`_BLOCK_LINES` at most) are followed
    at once by a line of text that does not go on from them. A block printed without a
    margin (a card's title, wrapped, over its kind line) looks so; a paragraph's last
    line is mostly followed by a blank line, and one that is not keeps a layout's
    paragraph reading (the lines of a field are joined again)."""
    count = len(lines)
    for at in range(index, min(index + _BLOCK_LINES, count - 1)):
        if not _continues(lines[at], lines[at + 1], width):
            following = lines[at + 1]
            return bool(following.strip()) and _BULLET.match(following) is None
    return False


def unwrap(lines: Sequence[str], width: int) -> tuple[list[str], list[int]]:
    """*lines* with each line that the browser broke at *width* joined to its continuation
    (by one space), and the 0-based index in *lines* where each joined line begins."""
    joined: list[str] = []
    starts: list[int] = []
    index, count = 0, len(lines)
    while index < count:
        start, parts = index, [lines[index].rstrip()]
        # each printed line decides its own break: the pairs tested are the input's lines
        while index + 1 < count and _continues(lines[index], lines[index + 1], width):
            if _stands_alone(lines, index + 1, width):
                break
            line = lines[index].rstrip()
            if (
                line.endswith(_SENTENCE_ENDS)
                and ends_sentence(line)
                and not _names_at_initial(line)
                and _block_after_sentence(lines, index + 1, width)
            ):
                break
            index += 1
            parts.append(lines[index].strip())
        joined.append(parts[0] if len(parts) == 1 else " ".join(parts))
        starts.append(start)
        index += 1
    return joined, starts


def numbered_below_top(text: str) -> bool:
    """Whether a dump that was cut below its top (the navigation left out: a part of the
    page kept) numbers its links (`first_numbers`): its end lists the first of its link
    numbers in its ``References``, with its URL (``  32. https://…``, or elinks' title over
    the URL indented by a tab), or, with no list (the capture was cut above it too), each of
    its first three numbers is glued to its link's text (``[103]Position: …``), as a
    citation in a sentence (``[4], [5]``) is not."""
    first = first_numbers(text)
    if first is None or first < 2:
        return False
    listed = re.compile(rf"\n\s{{0,6}}{first}\.\s{{1,3}}(?:[^\n]{{0,2000}}\n\t)?[a-z]{{2,8}}://")
    return listed.search(text, max(0, len(text) - _LIST_CHARS)) is not None or _glued(text)


def _glued(text: str) -> bool:
    """Whether the first three link numbers near the top of *text* are glued to their
    links' texts (``[103]Position: …``) or end their lines (a link whose text is a picture,
    which the dump leaves out), one at least glued, as citations in a sentence (``[4],
    [5]``) are not."""
    after = [
        text[m.end() : m.end() + 1] for m in islice(_MARKER.finditer(text, 0, _MARKER_CHARS), 3)
    ]
    return all(c.isalnum() or c in "\n" for c in after) and any(c.isalnum() for c in after)


def _first_marker(text: str) -> re.Match[str] | None:
    """`_MARKER`'s first match at a ``[`` before a digit near the top of *text* (both
    within `_MARKER_CHARS`), else ``None``. Each ``[`` is found by `str.find`, a scan in C:
    the look-behind of `_MARKER` keeps the pattern engine from scanning for its ``[``
    quickly, and a pattern for a ``[`` before a digit is scanned a character at a time (a
    plain page's sniff asked twice: 10 instructions a character)."""
    at = text.find("[", 0, _MARKER_CHARS - 1)
    while at >= 0:
        if text[at + 1 : at + 2].isdecimal():
            marker = _MARKER.match(text, at)
            if marker is not None:
                return marker
        at = text.find("[", at + 1, _MARKER_CHARS - 1)
    return None


def first_numbers(text: str) -> int | None:
    """The first link number of a dump whose first three numbers, near the top of *text*,
    follow one another (``[32]``, ``[33]``, ``[34]``), else ``None``."""
    marker = _first_marker(text)
    if marker is None:
        return None
    first = int(marker.group(1))
    following = _MARKER.search(text, marker.end(), _MARKER_CHARS)
    if following is None or int(following.group(1)) != first + 1:
        return None
    third = _MARKER.search(text, following.end(), _MARKER_CHARS)
    return first if third is not None and int(third.group(1)) == first + 2 else None


_LIST_CHARS = 65_536
"""How far from a dump's end its list of links is looked for."""

_NUMBER_STEP = 50
"""How far a link number may pass the one before it, in a dump without its list of links
(elinks numbers its form fields too, and a hidden link takes a number)."""


def _numbers_off(line: str, last: int) -> tuple[str, int]:
    """*line* of a dump that numbers its links but lost their list (a copy of its top part,
    a capture cut short) without the numbers that go on from the one before (*last*, the
    highest taken off so far), and the highest taken off now: ``[64]Title`` reads
    ``Title``. A bracketed number out of that run (a citation ``[1]`` in an abstract)
    stays."""
    pieces: list[str] = []
    at = 0
    for marker in _MARKER.finditer(line):
        number = int(marker.group(1))
        if last < number <= last + _NUMBER_STEP:
            pieces.append(line[at : marker.start()])
            at = marker.end()
            last = number
    if not at:
        return line, last
    pieces.append(line[at:])
    return "".join(pieces), last


def _drawn_rule(head: str, lines: Sequence[str], end: int) -> bool:
    """Whether one of *lines* (which end at *end* in *head*) is a horizontal rule drawn
    with a box-drawing character, maybe in a list item: w3m's ``━━━━``, elinks'
    ``════`` (no converter or copy draws a rule so)."""
    if head.find("\u2501", 0, end) < 0 and head.find("\u2550", 0, end) < 0:
        return False  # (a search in C; the lines are read only when one is there)
    for line in lines:
        text = line.strip()
        if text[:1] in _BULLETS:
            text = text[1:].lstrip()
        if text[:1] in "\u2501\u2550" and _RULE.fullmatch(text) is not None:
            return True
    return False


_MARKS_MAX_WIDTH = 1024
"""The widest a browser prints when asked (``lynx -width``): a page with a wider line of
text is not looked at for `_ALONE_MARKS` (a browser's copy holds its abstract on a line)."""
_BRACKETS_LOOKED_AT = 64
"""How many of a head's ``[`` `_alone_mark` looks at for a bracketed mark."""


def _alone_mark(head: str, lines: Sequence[str], end: int) -> bool:
    """Whether one of `_ALONE_MARKS` stands alone on an indented line of *lines* (which end
    at *end* in *head*). The lines are read one by one only when the head holds a mark at
    all: a search for each mark that starts with a letter or ``(``, and a look at each of
    the first ``[`` for the others (a search for one character is quick; a plain page holds
    few brackets, and a dump with many is known by its link numbers first)."""
    found: set[str] = set()
    for mark in _ALONE_MARKS:
        if mark[0] != "[" and head.find(mark, 0, end) >= 0:
            found.add(mark)
    at = head.find("[", 0, end)
    for _ in range(_BRACKETS_LOOKED_AT):
        if at < 0:
            break
        for mark in _BRACKETED_MARKS:
            if head.startswith(mark, at):
                found.add(mark)
        at = head.find("[", at + 1, end)
    else:  # more brackets than were looked at: searched for
        found.update(mark for mark in _BRACKETED_MARKS if head.find(mark, 0, end) >= 0)
    return bool(found) and any(line[:1] == " " and line.strip() in found for line in lines)


_URL_BRACKETS_LOOKED_AT = 16
"""How many of a head's ``[`` `has_bracketed_urls` looks at."""


def has_bracketed_urls(head: str, end: int | None = None) -> bool:
    """Whether `_BRACKETED_SIGNS` of the first `_URL_BRACKETS_LOOKED_AT` ``[`` of *head* (up
    to *end*) open a bracketed URL (`_BRACKETED_URL`): a dump that prints each link's URL
    after its text. A markdown link's ``[`` opens its text, a numbered link's its number."""
    found = 0
    at = head.find("[", 0, end)
    for _ in range(_URL_BRACKETS_LOOKED_AT):
        if at < 0:
            return False
        if head.startswith(("/", "http"), at + 1) and _BRACKETED_URL.match(head, at):
            found += 1
            if found == _BRACKETED_SIGNS:
                return True
        at = head.find("[", at + 1, end)
    return False


def looks_like_text_browser(head: str, lines: Sequence[str], *, end: int | None = None) -> bool:
    """Whether a page is a text browser's dump, from its start (*head*, and *lines*, its
    first lines): its first link numbers are ``[1]``, ``[2]``, ``[3]`` (`first_numbers`),
    a mark that only a text browser prints stands alone on an indented line
    (`_ALONE_MARKS`: lynx's ``(BUTTON)``, links' ``IFrame`` ...), a rule is drawn as
    w3m and elinks draw one (``━━━━``, ``════``), its links' URLs stand in brackets after
    their texts (`has_bracketed_urls`), or its lines are wrapped at a browser's width.
    *end*, when the caller knows it, is where *lines* end in *head*."""
    if first_numbers(head) == 1:
        return True
    if has_bracketed_urls(head, end):
        return True
    if end is None:
        end = sum(map(len, lines)) + len(lines)
    widest = max(lines, key=len, default="")
    text_line = " " in widest.strip()  # (a URL's line is as wide as it is)
    if (len(widest) <= _MARKS_MAX_WIDTH or not text_line) and _alone_mark(head, lines, end):
        return True  # a browser's own mark: a dump at a width asked for, numbered or not
    if _drawn_rule(head, lines, end):
        return True
    if len(widest) > _MAX_WIDTH and text_line:
        return False  # a line of text wider than a browser prints (most pages: quickly)
    return wrap_width(lines) is not None


def _link_table(lines: Sequence[str]) -> dict[str, str]:
    """The URLs of a dump's ``References`` list, by their number."""
    table: dict[str, str] = {}
    for index, line in enumerate(lines):
        entry = _REFERENCE.fullmatch(line)
        if entry is None:
            continue
        number, value = entry.group(1, 2)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if following.startswith("\t") and "://" in following:
            value = following.strip()  # elinks: the link's title, its URL under it
        table[number] = value
    return table


def _links(line: str, table: dict[str, str], last: int) -> tuple[str, tuple[Link, ...]]:
    """*line* without the numbers of its links, and those links: each link's text runs
    from its number to the next number or the end of the line. A number that the list
    skips, below its *last* number, is a form field's: elinks numbers its fields as it
    numbers links, and lists no URL for them; it is taken off too, with no link."""
    found: list[Link] = []
    pieces: list[str] = []
    at = 0
    markers = [m for m in _MARKER.finditer(line) if m.group(1) in table or int(m.group(1)) < last]
    for position, marker in enumerate(markers):
        pieces.append(line[at : marker.start()])
        at = marker.end()
        url = table.get(marker.group(1))
        if url is None:
            continue
        stop = markers[position + 1].start() if position + 1 < len(markers) else len(line)
        text = line[at:stop].strip()
        found.append(read_link(text or None, url))
    pieces.append(line[at:])
    return "".join(pieces), tuple(found)


def _bracketed_links(line: str) -> tuple[str, tuple[Link, ...], bool]:
    """*line* without its bracketed URLs (`_BRACKETED_URL`, and the spaces before each) and
    the site paths printed bare at its ends (`_LINK_MARK`), their links, and whether a URL
    was printed bare (a picture's link). Each link's text runs from the URL before it (or
    the line's start) to its URL, without the bracket of a button around it (``[ Paper
    [https://…]]``)."""
    bare = False
    found: list[Link] = []
    pieces: list[str] = []
    at = 0
    for marker in _LINK_MARK.finditer(line):
        before = line[at : marker.start()].rstrip()
        if at and before[:1].isalnum() and pieces[-1]:
            before = " " + before  # ``BY [/by.png]AK``: the words on both sides stay apart
        pieces.append(before)
        if marker.group(1) is not None:
            found.append(read_link(before.lstrip("[ ") or None, marker.group(1)))
        target = marker.group(2) or marker.group(3) or marker.group(4)
        if target is not None:
            found.append(read_link(None, target))
            bare = True
        at = marker.end()
    if not found:
        return line, (), False
    rest = line[at:]
    pieces.append(" " + rest if rest[:1].isalnum() and pieces[-1] else rest)
    return "".join(pieces), tuple(found), bare


def read_text_browser(text: str, lines: list[str]) -> Document:
    """Read a text browser's dump (normalised *text*) into a `Document` of format
    ``"text-browser"``: wrapped lines joined (each keeps the input line where it began),
    link numbers resolved through the ``References`` list, bullets taken off as list
    items, and the browser's own widgets (``(BUTTON)``, ``IFRAME:``, form fields) and the
    list itself marked as its furniture. *lines* are the lines of *text*."""
    raw = lines
    wrapper = wrapper_lines(text, lambda: raw)
    table_start = min((i for i, rule in wrapper.items() if rule == "link-table"), default=len(raw))
    table = _link_table(raw[table_start:])
    last = max(map(int, table), default=0)
    # link numbers without their list: from [1], or cut above too and glued to their texts
    first_number = None if table else first_numbers(text)
    numbered = first_number == 1 or (first_number is not None and _glued(text))
    # the highest number taken off so far
    numbers_off = first_number - 1 if numbered and first_number is not None else 0
    bracketed = not table and not numbered and has_bracketed_urls(text)
    above: int | None = None  # the last line of text read, which a line of URLs goes with
    body = raw[:table_start]
    widest, near, broken = _edge_breaks(body)
    width = _width(widest, near, broken)
    if width is None and broken and _MIN_WIDTH <= widest <= _MAX_WIDTH:
        width = widest  # a dump without many long lines: the widest that broke is the width
    if width is not None:
        lines, starts = unwrap(body, width)
    else:
        lines, starts = body, list(range(len(body)))
    lines.extend(raw[table_start:])
    starts.extend(range(table_start, len(raw)))
    del body
    links: dict[int, tuple[Link, ...]] = {}
    items: set[int] = set()
    furniture: dict[int, str] = {}
    position = {start: index for index, start in enumerate(starts)}
    for start, rule in wrapper.items():
        if start in position:
            furniture[position[start]] = rule
    frame = False  # the line before was "IFRAME:": this one is the frame's URL
    for index in range(len(lines)):
        line = lines[index]
        if index in furniture or not line.strip():
            frame = False
            continue
        bullet = _BULLET.match(line)
        if bullet is not None:
            items.add(index)
            mark, line = line[bullet.end(1)], line[bullet.end() :]
            if line[:2] == f"{mark} ":  # links prints an empty item and the next on one line
                line = line[2:].lstrip()
        elif line[:1] == " " and len(alone := line.strip()) == 1 and alone in _BULLETS:
            items.add(index)  # an empty item: its bullet alone
            furniture[index] = "empty-list-item"
            lines[index] = ""
            frame = False
            continue
        if "[" in line and table:
            line, found = _links(line, table, last)
            if found:
                links[index] = found
        elif "[" in line and numbered:
            line, numbers_off = _numbers_off(line, numbers_off)
        elif bracketed:
            line, found, pictured = (
                _bracketed_links(line) if "[" in line or "/" in line else (line, (), False)
            )
            if found and not pictured and above is not None and not line.strip(" []"):
                # the URLs alone, wrapped below their text: the links of the line above
                text_above = lines[above].lstrip("[ ") or None
                links[above] = links.get(above, ()) + tuple(
                    link if link.text else read_link(text_above, link.url) for link in found
                )
                furniture[index] = "text-browser-link"
                lines[index] = ""
                frame = False
                continue
            if found:
                links[index] = found
            bare = line.strip()
            if bare[:1] in "/h" and _BARE_TARGET.fullmatch(bare) is not None:
                # a link's URL printed alone (its text a picture, which the page left out)
                links[index] = (*found, read_link(None, bare))
                line = ""
        line = line.strip()
        first = line[:1]
        if line in _WIDGET or (
            first in "_[" and (line in _DEFAULT_BUTTONS or _FORM_FIELD.fullmatch(line))
        ):
            furniture[index] = "text-browser-widget"
        elif first in _RULE_STARTS and _RULE.fullmatch(line) is not None:
            furniture[index] = "text-browser-rule"
        elif line[:1] == "I" and _FRAME.fullmatch(line) is not None:
            furniture[index] = "text-browser-frame"
        elif frame and (_URL.fullmatch(line) is not None or " " not in line):
            furniture[index] = "text-browser-frame"  # the URL, its broken-off end included
        elif line.startswith("(BUTTON) "):
            line = line[len("(BUTTON) ") :]
        frame = line == "IFRAME:" or (furniture.get(index) == "text-browser-frame" and frame)
        lines[index] = line
        if index not in furniture:
            above = index
    document = Document(
        "\n".join(lines),
        "text-browser",
        links=MappingProxyType(links),
        items=frozenset(items),
        furniture=MappingProxyType(furniture),
        origin=tuple(start + 1 for start in starts) if width is not None else None,
        embedded=header_data(raw, wrapper) if wrapper else (),
    )
    document.keep_lines(lines)
    return document
