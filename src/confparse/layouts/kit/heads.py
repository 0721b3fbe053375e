"""Head lines of detail and session pages, read for what they are, not where they stand.

The platform prints a paper's head (kind, time, room, award, title, authors) in orders that
vary by year and by capture tool: the kind above the title or on the time line, the time
above or below the title, a room with a board number, an award between a talk's number and
its title. `read_line` classifies one line into a `Token` from the strongest signals first:

1. the capture's structure: a link to a paper's own page on the line (`is_paper_link`)
   makes it a strong title; a heading (markdown ``#`` or setext) makes it a strong title
   unless its own text says otherwise;
2. the line's own text, through the kit's recognisers (`match_time_line`, `is_kind`,
   `is_award`, `is_room`, `looks_like_authors`) and the few added here (`split_kind_time`,
   `is_position`, `is_author_line`, `is_count`, `is_fragment`);
3. nothing else: where a line stands is the assembler's business (``detail.head``,
   ``session.py``), which builds the head from tokens in whatever order they come.

Each test is a string test or an anchored, bounded regular expression on one line.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from ...capture.document import Document
from ...models import Link
from ...times import TimeLine, match_time_line
from .fields import is_award, is_kind, is_room, looks_like_authors
from .links import is_paper_link
from .scan import POSITION, without_bookmark
from .vocabulary import ALL_SITES, WEEKDAYS

__all__ = [
    "BANNER",
    "Reading",
    "Token",
    "heading_text",
    "is_author_line",
    "is_banner",
    "is_count",
    "is_fragment",
    "is_kind_label",
    "is_page_end",
    "is_position",
    "is_title_form",
    "read_line",
    "read_text",
    "separator_lines",
    "split_kind_time",
    "split_slot_line",
]


class Token(enum.Enum):
    """What one head line is."""

    BLANK = "blank"
    TITLE = "title"
    AUTHORS = "authors"
    TIME = "time"
    KIND = "kind"
    KIND_TIME = "kind-time"
    ROOM = "room"
    POSITION = "position"
    AWARD = "award"
    COUNT = "count"
    LINK = "link"
    FURNITURE = "furniture"
    TEXT = "text"


class Reading(NamedTuple):
    """A line's token, and whether a strong signal (a link, a heading, a separator) gave it."""

    token: Token
    strong: bool = False


# -- recognisers ----------------------------------------------------------------------------
_KIND_WORDS = frozenset(
    ("poster", "oral", "talk", "spotlight", "demonstration", "demo", "keynote", "tutorial",
     "workshop", "panel", "session", "competition", "lecture")
)  # fmt: skip
_WEEKDAYS = WEEKDAYS
_ANY_SITE = ALL_SITES.lines
_WEEKDAY_SET = frozenset(_WEEKDAYS)
_SPACED_WEEKDAY = re.compile(r" (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
_SPACED_WEEKDAYS = tuple(" " + weekday for weekday in _WEEKDAYS)
"""The weekdays as `split_kind_time` looks for them after a kind, in `WEEKDAYS` order."""
_POSITION = re.compile(POSITION)
_COUNT = re.compile(
    r"\d{1,6}(?:\s{1,3}(?:authors?|papers?|comments?|upvotes?|votes?|stars?|talks?|posters?|"
    r"more|others?))?",
    re.IGNORECASE,
)
_FRAGMENTS = frozenset(("[", "]", "[ ]", "[]", "(", ")", "|", "•", "·", "\u22c5", "-", "*"))
_LOGO = re.compile(r"The [A-Za-z]{2,20} Logo above may be used.{0,300}")
_LINKED_HEADING = re.compile(
    r"\*{0,2}\[([^\[\]]{1,400})\](?:\[\d{1,5}\]|\([^()\s]{0,400}\))?\*{0,2}"
)


def is_kind_label(line: str) -> bool:
    """True when *line* names an event kind (``Poster``, ``Spotlight Poster``, ``Oral``): a
    known kind (`is_kind`), maybe followed by its name in parentheses (``Invited Talk
    (Posner Lecture)``), or a short label of up to four words ending in one."""
    if len(line) > 40:
        return False
    if is_kind(line):  # (a known kind with its name in parentheses too)
        return True
    words = line.split()
    return 0 < len(words) <= 4 and words[-1].casefold() in _KIND_WORDS


def is_title_form(line: str, title: str) -> bool:
    """``<title>``, ``ICML Poster <title>``, ``<title> Poster`` or both, ``NeurIPS 2023
    <title> Poster``, ``Track: <title>`` (the HTML ``<title>`` that a text browser, a
    converter or an extractor prints first): how pages title themselves. A prefix is up to
    four words; a suffix names a kind."""
    if line == title:
        return True
    at = line.find(title)
    if at < 0:
        return False
    prefix, suffix = line[:at], line[at + len(title) :]
    if prefix and not (prefix.endswith(" ") and len(prefix) <= 41 and len(prefix.split()) <= 4):
        return False
    return not suffix or (suffix[0] == " " and is_kind_label(suffix.strip()))


BANNER = re.compile(r"[A-Z][A-Za-z]{1,15}\s{1,3}((?:19|20)\d\d)")
"""The conference banner, its name and year (``ICML 2025``): the page's other ``<title>``."""


def is_banner(line: str) -> bool:
    """Whether stripped *line* is the conference banner (`BANNER`); the regex runs only on
    a short line that ends in a digit."""
    return len(line) <= 23 and line[-1:].isdigit() and BANNER.fullmatch(line) is not None


def _zone_unbracketed(line: str) -> str:
    """*line* with a zone in parentheses at its end printed bare: ``Thu Jul 22 09:00 PM --
    11:00 PM (PDT)`` (how the virtual sites printed a slot until 2022) as ``... 11:00 PM
    PDT``, the form `match_time_line` reads. Any other line is returned as it is."""
    if line[-1:] != ")":
        return line
    at = line.rfind(" (")
    return line if at < 0 else f"{line[:at]} {line[at + 2 : -1].strip()}"


def split_kind_time(line: str) -> tuple[str | None, TimeLine] | None:
    """``(kind, time parts)`` of a time line, which a kind may lead (``Poster  Wed, ...``);
    its zone may stand in parentheses (``Thu Jul 22 09:00 PM -- 11:00 PM (PDT)``)."""
    if not line or len(line) > 200:
        return None
    line = _zone_unbracketed(line)
    parts = match_time_line(line) if line[:3] in _WEEKDAY_SET else None
    if parts is not None:
        return None, parts
    spaced = _SPACED_WEEKDAY.findall(line, 0, 48)  # in C: the weekdays that can cut it
    if not spaced:
        return None
    for weekday in _SPACED_WEEKDAYS:
        cut = line.find(weekday, 0, 48) if weekday in spaced else -1
        if cut > 0:
            kind, rest = line[:cut].strip(), line[cut:].strip()
            parts = match_time_line(rest)
            if parts is not None and is_kind_label(kind):
                return kind, parts
    return None


class SlotLine(NamedTuple):
    """A slot's line (`split_slot_line`): the kind that leads it, its time, and the room
    that follows it (``None`` when the line prints none)."""

    kind: str | None
    time: TimeLine
    room: str | None


_CLOCK = re.compile(r"\d:\d\d")
_NO_ROOM = frozenset(("", "None"))
"""What the sites print after ``@`` for a slot without a room (``@ None``)."""
_ROOM_WORDS_MAX = 6
"""How many words a room that follows a slot's time on its line may take (``HALL A
#2801``, ``West Exhibition Hall B2-B3 #W-100``)."""


def split_slot_line(line: str) -> SlotLine | None:
    """The kind, time and room of a slot's line: a time line (`split_kind_time`), or one
    that a room (`is_room`) follows, as a capture prints a head's fields on one line
    (``POSTER Wed, Jul 8, 2026 • 6:30 PM - 8:15 PM PDT HALL A #2801``), or one that names
    its room after an ``@`` (``Thu Jul 22 09:00 PM -- 11:00 PM (PDT) @ Virtual``, as the
    sites printed a slot until 2022; ``@ None`` is no room)."""
    timed = split_kind_time(line)
    if timed is not None:
        return SlotLine(timed[0], timed[1], None)
    if not line or len(line) > 200:
        return None
    if line[:3] not in _WEEKDAY_SET and _SPACED_WEEKDAY.search(line, 0, 48) is None:
        return None  # no weekday where a time line has one: most lines leave here
    if _CLOCK.search(line) is None:
        return None  # no clock: no time line, with a room or without
    at = line.find(" @ ")
    if at > 0:  # "... 11:00 PM (PDT) @ Room 327 - 329": the room after its sign
        timed = split_kind_time(line[:at].rstrip())
        if timed is not None:
            room = line[at + 3 :].strip()
            return SlotLine(timed[0], timed[1], room if room not in _NO_ROOM else None)
    words = line.split()
    for cut in range(len(words) - 1, max(len(words) - _ROOM_WORDS_MAX, 1) - 1, -1):
        room = " ".join(words[cut:])
        if is_room(room):
            timed = split_kind_time(" ".join(words[:cut]))
            if timed is not None:
                return SlotLine(timed[0], timed[1], room)
    return None


def is_position(line: str) -> bool:
    """True for a poster board or talk number as printed on cards: ``#W-100``, ``#36``."""
    return line[:1] == "#" and _POSITION.fullmatch(line) is not None


def is_author_line(line: str) -> bool:
    """A line of names joined by separators, with at least one name (not just a ``·``)."""
    if "\u00b7" not in line and "\u22c5" not in line:
        return False
    return bool(line.replace("\u22c5", "\u00b7").replace("\u00b7", "").strip())


def separator_lines(text: str) -> Iterator[int]:
    """The 0-based indexes of the lines of *text* (lines joined by ``\\n``) that hold an
    author separator (``·`` or ``⋅``), in order: the candidates for `is_author_line`, each
    separator found by `str.find` over the whole text instead of a test on every line."""
    middle, dot = text.find("\u00b7"), text.find("\u22c5")
    index = at = 0
    while middle >= 0 or dot >= 0:
        found = middle if dot < 0 or 0 <= middle < dot else dot
        index += text.count("\n", at, found)
        yield index
        at = text.find("\n", found)
        if at < 0:
            return
        if 0 <= middle < at:
            middle = text.find("\u00b7", at)
        if 0 <= dot < at:
            dot = text.find("\u22c5", at)


def is_count(line: str) -> bool:
    """A bare count (``12``) or a counted thing (``8 authors``, ``3 comments``)."""
    return len(line) <= 20 and line[:1].isdigit() and _COUNT.fullmatch(line) is not None


def is_fragment(line: str) -> bool:
    """A piece of markup that a capture flattened onto its own line (``[``, ``]``, ``|``)."""
    return len(line) <= 3 and line in _FRAGMENTS


def is_page_end(line: str) -> bool:
    """The line where the platform's page ends and its footer starts: ``Successful Page
    Load`` or ``The ICML Logo above may be used ...``."""
    return line == "Successful Page Load" or (
        line[:4] == "The " and _LOGO.fullmatch(line) is not None
    )


def heading_text(lines: Sequence[str]) -> str:
    """One title from heading lines that a capture wrapped (``**[Title of a``, ``Paper][34]**``):
    the lines joined by a space, without the emphasis and link brackets that the capture
    could not read because the link's text was cut in two."""
    # one line is the common case: a title that the capture did not wrap
    text = lines[0].strip() if len(lines) == 1 else " ".join(filter(None, map(str.strip, lines)))
    found = _LINKED_HEADING.fullmatch(text) if text[:1] in "*[" else None
    return found.group(1).strip() if found is not None else text


# -- the recogniser -------------------------------------------------------------------------
_KIND = Reading(Token.KIND)


def _line_is_link(line: str, links: Sequence[Link]) -> Link | None:
    """The link whose text is the whole line, if any (a linked title, a button)."""
    for link in links:
        if link.text is not None and link.text.strip() == line:
            return link
    return None


def read_text(line: str, *, links: Sequence[Link] = (), heading: int | None = None) -> Reading:
    """The token of stripped *line*, given the links on it and its heading level (if any).

    Strong signals first: a link to a paper's page that is the whole line (a strong title),
    a time line, a position, an author separator; then the line's own text (furniture,
    counts, kinds, awards, rooms); then a heading (a strong title) or a link (a button);
    a short run of names (a weak author line); else text.
    """
    if not line:
        return Reading(Token.BLANK)
    if not links and len(line) <= 40 and is_kind(line):  # the commonest head line, at once
        return _KIND
    link = _line_is_link(line, links) if links else None
    if link is not None and is_paper_link(link.url):
        return Reading(Token.TITLE, True)
    first = line[0]
    if first in "MTWFS" or _SPACED_WEEKDAY.search(line, 0, 48) is not None:
        timed = split_slot_line(without_bookmark(line))
        if timed is not None:
            return Reading(Token.TIME if timed.kind is None else Token.KIND_TIME, True)
    if first == "#" and is_position(line):
        return Reading(Token.POSITION, True)
    if is_author_line(line):
        return Reading(Token.AUTHORS, True)
    if line in _ANY_SITE or is_fragment(line) or is_page_end(line):
        return Reading(Token.FURNITURE, True)
    if is_count(line):
        return Reading(Token.COUNT, True)
    if is_kind_label(line):
        return _KIND
    if is_award(line):
        return Reading(Token.AWARD)
    if is_room(line):
        return Reading(Token.ROOM)
    if heading is not None:
        return Reading(Token.TITLE, True)
    if link is not None:
        return Reading(Token.LINK, True)
    if looks_like_authors(line):
        return Reading(Token.AUTHORS)
    return Reading(Token.TEXT)


def read_line(document: Document, index: int, line: str) -> Reading:
    """The token of line *index* of *document* (*line* is that line, stripped)."""
    headings: Mapping[int, int] = document.headings
    return read_text(
        line,
        links=document.links_on(index) if document.links else (),
        heading=headings.get(index) if headings else None,
    )
