"""What one line of a calendar page is, read from its own text (and, in HTML, its markup).

The calendar prints few kinds of lines, each with a shape of its own:

- a day column's header, ``SUN 10 DEC``;
- a time box's time, a 12-hour clock with its half of the day: ``9 a.m.``, ``10:30 a.m.``,
  ``noon``;
- an event box's kind label, ending with a colon (``Expo Talk Panel:``), its title (linked
  to the event's page), the speakers of an invited talk, and its end, ``(ends 9:50 AM)`` or
  ``(duration 1.5 hr)``;
- a session box's title with its time range, ``Oral 1A RL [8:00-8:45]`` (a 12-hour clock
  without its half of the day: the time box gives it), its chairs (``Chairs: Jean Oh ·
  Isabelle Guyon``), the header of its list of papers, ``Orals 8:00-8:45`` (the papers'
  kind with the plural ``s`` the site adds; ``s 4:30-6:00`` where the kind is empty), and
  the papers, ``[8:15] Title`` or a title linked to the paper's page.

Every reader here takes a stripped line and returns ``None`` for a line of another shape.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from enum import Enum
from typing import NamedTuple

from ...capture.document import Hint

__all__ = ["Clock", "Day", "End", "Range", "Role", "SessionHead", "block_kind", "links_year",
           "read_block", "read_chairs", "read_clock", "read_day", "read_end", "read_item",
           "read_kind_label", "read_session_title", "role_of", "short_clock"]  # fmt: skip

Clock = tuple[int, int]
"""An hour (0-23, or 1-12 for a clock printed without its half of the day) and a minute."""

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY = re.compile(
    r"(?P<wd>[A-Za-z]{3,9})\.?,?\s{1,3}(?:(?P<day>\d{1,2})\s{1,3}(?P<mon>[A-Za-z]{3,9})"
    r"|(?P<mon2>[A-Za-z]{3,9})\.?\s{1,3}(?P<day2>\d{1,2}))"
)
_CLOCK = re.compile(r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s{0,2}(?P<half>[aApP])\.?\s?[mM]\.?")
_SHORT_CLOCK = re.compile(r"(\d{1,2}):(\d\d)")
_END = re.compile(r"\(\s*ends\s+(?P<clock>[^)]+?)\s*\)")
_DURATION = re.compile(
    r"\(\s*duration\s+(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>hrs?|hours?|mins?|minutes?)\s*\)"
)
_RANGE = r"(?P<start>\d{1,2}:\d\d)\s{0,3}[-\u2013]\s{0,3}(?P<end>\d{1,2}:\d\d)"
_SESSION_TITLE = re.compile(rf"(?P<title>.+?)\s{{1,3}}\[\s*{_RANGE}\s*\]")
_BLOCK = re.compile(rf"(?P<kind>[^\[\]\d]*?)\s{{0,3}}{_RANGE}")
_ITEM = re.compile(r"\[\s*(?P<clock>\d{1,2}:\d\d)\s*\]\s{0,3}(?P<title>.+)")
_PIECES = (
    ("range", re.compile(rf"\[\s*{_RANGE}\s*\]")),
    ("clock", re.compile(r"\[\s*\d{1,2}:\d\d\s*\]")),
    ("block", re.compile(_RANGE)),
)
"""A piece of a session box's line that an extractor printing a text node a line prints
alone: the session's time range in brackets (``[4:30-6:00]``), a paper's clock in brackets
(``[4:30]``), a list's range (``4:30-6:00``, under the list's kind and plural mark)."""
_CHAIRS = re.compile(r"(?:Chairs?|Moderators?)\s*:\s*(?P<names>.+)")
_KIND_LABEL_CHARS = 40
"""A kind label is short: ``Affinity Poster Session:``."""
_DAY_CHARS = 29
"""The longest line `_DAY` matches (a weekday and a month of nine letters each)."""
_CLOCK_CHARS = 12
"""The longest line `_CLOCK` matches (``12:30  p. m.``)."""


class Day(NamedTuple):
    """A day column's header as printed: weekday (0 = Monday), day and month."""

    weekday: int
    day: int
    month: int


class End(NamedTuple):
    """An event's end: a clock with its half of the day, or a duration in minutes."""

    clock: Clock | None
    minutes: int | None


class Range(NamedTuple):
    """A time range printed without its half of the day: ``8:00-8:45``."""

    start: Clock
    end: Clock


class SessionHead(NamedTuple):
    """A session box's title line: the title and its time range."""

    title: str
    range: Range


class Role(Enum):
    """What the markup says a line of an HTML calendar holds (`role_of`)."""

    DAY = "day"
    TIME = "time"
    KIND = "kind"
    TITLE = "title"
    SPEAKERS = "speakers"
    SESSION_TITLE = "session-title"
    BLOCK = "block"
    ITEM = "item"
    HOURS = "hours"
    OTHER = "other"


_ROLE_CLASSES = {
    "hdrbox": Role.DAY,
    "time": Role.TIME,
    "hdr-style": Role.KIND,
    "title-style": Role.TITLE,
    "speaker-style": Role.SPEAKERS,
    "sessiontitle": Role.SESSION_TITLE,
    "subevent-header": Role.BLOCK,
    "content": Role.ITEM,
    "hours": Role.HOURS,
}
"""The calendar markup's classes, and what a line inside such an element holds."""


def role_of(hint: Hint | None) -> Role:
    """What the classes of the line's element (or the nearest ancestor that has one of
    `_ROLE_CLASSES`, within its box) say the line holds."""
    if hint is None:
        return Role.OTHER
    for element in (hint.element, *reversed(hint.ancestors)):
        for css in element.classes:
            role = _ROLE_CLASSES.get(css)
            if role is not None:
                return role
        if "timebox" in element.classes:
            break
    return Role.OTHER


def read_day(line: str) -> Day | None:
    """A day column's header: ``SUN 10 DEC`` (also ``Sun, Dec 10``)."""
    if len(line) > _DAY_CHARS or not ("A" <= line[:1].upper() <= "Z"):
        return None  # the cheap gate: a header starts with a letter of its weekday
    found = _DAY.fullmatch(line)
    if found is None:
        return None
    weekday = _index(_WEEKDAYS, found.group("wd"))
    month = _index(_MONTHS, found.group("mon") or found.group("mon2"))
    if weekday is None or month is None:
        return None
    return Day(weekday, int(found.group("day") or found.group("day2")), month + 1)


def _index(names: tuple[str, ...], word: str) -> int | None:
    word = word.lower()
    prefix = word[:3]
    if prefix not in names:
        return None
    return names.index(prefix)


def read_clock(line: str) -> Clock | None:
    """A clock with its half of the day: ``9 a.m.``, ``10:30 a.m.``, ``9:50 AM``, ``noon``,
    ``midnight``; the hour on a 24-hour clock."""
    if len(line) > _CLOCK_CHARS:
        return None
    if not line[:1].isdigit():
        lowered = line.lower()
        return (12, 0) if lowered == "noon" else (0, 0) if lowered == "midnight" else None
    found = _CLOCK.fullmatch(line)
    if found is None:
        return None
    hour, minute = int(found.group("h")), int(found.group("m") or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    return (hour % 12 + (12 if found.group("half") in "pP" else 0), minute)


def short_clock(text: str) -> Clock | None:
    """A clock printed without its half of the day, ``8:45`` (hour 1-12)."""
    found = _SHORT_CLOCK.fullmatch(text)
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    if not (hour <= 12 and minute < 60):
        return None
    return (hour, minute)


def read_end(line: str) -> End | None:
    """An event's end: ``(ends 9:50 AM)`` or ``(duration 1.5 hr)``."""
    if line[:1] != "(" or line[-1:] != ")":
        return None
    found = _END.fullmatch(line)
    if found is not None:
        clock = read_clock(found.group("clock"))
        return End(clock, None) if clock is not None else None
    found = _DURATION.fullmatch(line)
    if found is None:
        return None
    amount = float(found.group("amount"))
    per = 60 if found.group("unit").startswith("h") else 1
    return End(None, round(amount * per))


def _range(found: re.Match[str]) -> Range | None:
    start, end = short_clock(found.group("start")), short_clock(found.group("end"))
    if start is None or end is None:
        return None
    return Range(start, end)


def read_session_title(line: str) -> SessionHead | None:
    """A session box's title with its time range: ``Oral 1A RL [8:00-8:45]``."""
    if line[-1:] != "]":
        return None
    found = _SESSION_TITLE.fullmatch(line)
    if found is None:
        return None
    span = _range(found)
    return SessionHead(found.group("title"), span) if span is not None else None


def block_kind(printed: str) -> str | None:
    """The papers' kind in a list header's words: the site prints the kind with an ``s``
    added (``Orals``, ``Posters``; a bare ``s`` where the kind is empty)."""
    printed = printed.strip()
    if printed.endswith("s"):
        printed = printed[:-1].rstrip()
    return printed or None


def read_block(line: str) -> tuple[str | None, Range] | None:
    """The header of a session box's list of papers: ``Orals 8:00-8:45`` (the papers' kind,
    see `block_kind`, and the list's time range)."""
    if not line[-1:].isdigit():
        return None
    found = _BLOCK.fullmatch(line)
    if found is None:
        return None
    kind = found.group("kind")
    if kind and not kind.rstrip().endswith("s"):
        return None  # the site always adds the plural "s"
    span = _range(found)
    return (block_kind(kind), span) if span is not None else None


def read_item(line: str) -> tuple[Clock, str] | None:
    """A paper of a session box with its time: ``[8:15] Title``."""
    if line[:1] != "[":
        return None
    found = _ITEM.fullmatch(line)
    if found is None:
        return None
    clock = short_clock(found.group("clock"))
    return (clock, found.group("title")) if clock is not None else None


_BRACKETED_PIECE = re.compile(
    r"\[[ \t]*\d{1,2}:\d\d(?:[ \t]*[-\u2013][ \t]*\d{1,2}:\d\d)?[ \t]*\][ \t]*(?=\n|$)"
)
"""A session's range or a paper's clock in brackets at a line's end (`has_lone_piece`):
the bracketed `_PIECES`, kept within one line, so that the search for its ``[`` runs in C
and rejects an item's ``[4:30] Title`` there, not in Python."""


def has_lone_piece(text: str) -> bool:
    """Whether *text* holds, after its first line, a session's range or a paper's clock in
    brackets on a line of its own (`piece_of`): where a capture prints those alone, it
    prints a list's range alone too. Only then are the pieces looked for field by field."""
    for found in _BRACKETED_PIECE.finditer(text):
        start = found.start()
        before = text.rfind("\n", 0, start) + 1
        if before and not text[before:start].strip():
            return True
    return False


def piece_of(line: str) -> str | None:
    """Which piece of a session box's line *line* is alone (`_PIECES`): ``"range"`` (the
    session's, in brackets: it ends the title above), ``"clock"`` (a paper's, in brackets:
    it starts the title below), ``"block"`` (a list's range: it ends the list's kind
    and plural mark above); else ``None``."""
    if len(line) > 15 or (line[:1] != "[" and not line[:1].isdigit()):
        return None
    return next((name for name, piece in _PIECES if piece.fullmatch(line)), None)


def read_chairs(line: str) -> str | None:
    """The names of a session box's chairs line, ``Chairs: Jean Oh · Isabelle Guyon``."""
    if line[:1] not in ("C", "M"):
        return None
    found = _CHAIRS.fullmatch(line)
    return found.group("names") if found is not None else None


def read_kind_label(line: str) -> str | None:
    """An event box's kind label: ``Expo Talk Panel:`` (short, ending with a colon)."""
    if len(line) > _KIND_LABEL_CHARS or not line.endswith(":") or len(line) < 3:
        return None
    kind = line[:-1].strip()
    if not kind or kind[0].islower() or any(mark in kind for mark in ":[]()"):
        return None
    return kind


_YEAR_IN_LINK = re.compile(r"/(?:virtual|Conferences)/(\d{4})/")


def links_year(urls: Iterable[str]) -> int | None:
    """The year most of *urls* name (``/virtual/2023/poster/73431``), if any does: the
    calendar's day headers print no year."""
    years = Counter(
        int(found.group(1)) for url in urls if (found := _YEAR_IN_LINK.search(url)) is not None
    )
    return years.most_common(1)[0][0] if years else None
