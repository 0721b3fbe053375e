"""Facts about the start of a page, found once and shared by the built-in detectors.

Detection must cost little next to parsing: the registry hands every detector the same
prefix, and most of what the detectors ask about it is the same (is there a time line? a
moderator line? where is the first author line?). `scan` answers those questions with
searches that run in C (a regular expression anchored on the newline, `str.find`), checks
only the few candidate lines in Python, and remembers the answers for that prefix, so the
detectors that ask share one look. Each fact is computed on first use.

Only the first `PREFIX_CHARS` characters are read, whatever the caller passes.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ...registry import DETECT_PREFIX
from ...times import WEEKDAYS, TimeLine, is_time_line, match_time_line
from .fields import AUTHOR_SEPARATORS

__all__ = [
    "POSITION",
    "PREFIX_CHARS",
    "Facts",
    "scan",
    "time_end",
    "time_line",
    "without_bookmark",
]

PREFIX_CHARS = DETECT_PREFIX
"""How much of a page detection reads (`confparse.registry.DETECT_PREFIX`)."""

POSITION = r"#[^\S\n]?[A-Za-z]{0,4}-?\d{1,6}"
"""A poster board or talk number as cards print it (``#W-100``, ``#36``); the blank after
``#`` is never a newline."""

_SEPARATORS = AUTHOR_SEPARATORS
_BOOKMARK = "(Bookmark)"
# Every pattern starts with a newline: the regex engine then jumps from newline to newline.
# One pass finds the three kinds of line that the detectors look for by how they start.
_MARKED_LINE = re.compile(
    r"\n[^\S\n]*(?:(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    rf"|(?P<position>{POSITION}[^\S\n]*(?=\n))"
    r"|(?P<moderator>Moderators?:))"
)
# A paragraph starts on a line with text after a blank line, or on the first line.
_PARAGRAPH_START = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?=\S)")
_FIRST_PARAGRAPH = re.compile(r"\n[^\S\n]*\S")


def without_bookmark(line: str) -> str:
    """Stripped *line* without the ``(Bookmark)`` button that session pages print after a
    time line."""
    return line[: -len(_BOOKMARK)].rstrip() if line.endswith(_BOOKMARK) else line


def time_line(line: str) -> TimeLine | None:
    """The parts of stripped *line* as a time line (`match_time_line`), a trailing
    ``(Bookmark)`` button ignored; the one test of a session slot's time line."""
    return match_time_line(without_bookmark(line))


_TIME_DASHES = ("\u2014", "\u2013", "-")
_WEEKDAY_SET = frozenset(WEEKDAYS)


def time_end(stripped: Sequence[str], index: int, stop: int) -> int | None:
    """The line below line *index* that goes on with its time when an extractor broke the
    time's range at its dash (``Tue 12 Dec 8:45 a.m. PST`` over ``— 10:45 a.m. PST``: the
    page's element holds a line break there): the next line, when it starts with a dash
    and *index* with a weekday; else ``None``. The caller reads the two lines as one."""
    following = index + 1
    if following >= stop or not stripped[following].startswith(_TIME_DASHES):
        return None
    return following if stripped[index][:3] in _WEEKDAY_SET else None


def _time_line(line: str) -> bool:
    """Whether `time_line` finds parts in *line* (without building them)."""
    return is_time_line(without_bookmark(line))


class Facts:
    """What the start of one page holds. Offsets count in `lined`: the prefix with a newline
    put in front, so that every line, the first included, starts after a ``"\\n"`` (at the
    offset of that newline)."""

    __slots__ = ("_authors", "_checked", "_marked", "_pending", "_times", "lined", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lined = "\n" + text[:PREFIX_CHARS] + "\n"
        self._marked: dict[str | None, list[int]] = {"weekday": [], "position": [], "moderator": []}
        self._pending: Iterator[re.Match[str]] | None = _MARKED_LINE.finditer(self.lined)
        self._checked = 0
        self._times: list[int] = []
        self._authors: list[int] | None = None

    def line_at(self, offset: int) -> str:
        """The stripped line whose newline is at *offset*."""
        end = self.lined.find("\n", offset + 1)
        return self.lined[offset + 1 : end].strip()

    def _marks(self, kind: str, limit: int | None = None) -> list[int]:
        """The offsets of the first *limit* (default: all) lines that start like *kind*
        (weekday, position, moderator). The search runs on only as far as that takes: a
        detector that is sure after three slots does not pay for the rest of the prefix."""
        found, marked = self._marked[kind], self._marked
        while self._pending is not None and (limit is None or len(found) < limit):
            match = next(self._pending, None)
            if match is None:
                self._pending = None
            else:
                marked[match.lastgroup].append(match.start())
        return found if limit is None else found[:limit]

    def time_lines(self, limit: int = 3) -> list[int]:
        """The offsets of the first *limit* time lines (``Wed 21 July 17:00 - 17:20 PDT``).

        Candidates (lines that start with a weekday) are found in C; only as many are
        checked as it takes to find *limit* time lines.
        """
        times = self._times
        while len(times) < limit:
            candidates = self._marks("weekday", self._checked + 1)
            if self._checked >= len(candidates):
                break
            offset = candidates[self._checked]
            self._checked += 1
            if _time_line(self.line_at(offset)):
                times.append(offset)
        return times[:limit]

    def positions(self, limit: int | None = None) -> list[int]:
        """The offsets of the first *limit* (default: all) lines that are a poster board or
        talk number (``#W-100``)."""
        return self._marks("position", limit)

    def moderator(self) -> int | None:
        """The offset of the first ``Moderator:`` line, or ``None``."""
        found = self._marks("moderator", 1)
        return found[0] if found else None

    def line_starting(self, start: str) -> int | None:
        """The offset of the first line that starts with *start* (after blanks), or ``None``.

        *start* is found by a plain search (a tenth of the cost of a pattern that stops at
        every line), and each of its first `_STARTS_TRIED` places is checked for a line
        start; past them (a common *start*), the pattern searches."""
        lined = self.lined
        at = lined.find(start)
        for _ in range(_STARTS_TRIED):
            if at < 0:
                return None
            newline = lined.rfind("\n", 0, at)
            if newline + 1 == at or lined[newline + 1 : at].isspace():
                return newline
            at = lined.find(start, at + 1)
        if at < 0:
            return None
        found = _starting(start).search(lined, lined.rfind("\n", 0, at))
        return found.start() if found else None

    def separator_lines(self) -> list[int]:
        """The offsets of the lines holding an author separator (``·`` or ``⋅``), in order."""
        if self._authors is None:
            lined, starts = self.lined, set()
            for separator in _SEPARATORS:
                at = lined.find(separator)
                while at >= 0:
                    start = lined.rfind("\n", 0, at)
                    starts.add(start)
                    at = lined.find(separator, lined.find("\n", at))
            self._authors = sorted(starts)
        return self._authors

    def _separator_starts(self) -> Iterator[int]:
        """`separator_lines`, found one at a time (the whole list when it is known)."""
        if self._authors is not None:
            yield from self._authors
            return
        lined = self.lined
        middle, dot = lined.find(_SEPARATORS[0]), lined.find(_SEPARATORS[1])
        while middle >= 0 or dot >= 0:
            at = middle if dot < 0 or 0 <= middle < dot else dot
            yield lined.rfind("\n", 0, at)
            after = lined.find("\n", at)
            if 0 <= middle < after:
                middle = lined.find(_SEPARATORS[0], after)
            if 0 <= dot < after:
                dot = lined.find(_SEPARATORS[1], after)

    def first_author_line(self) -> int | None:
        """The offset of the first line with a separator that is not a moderator, time or
        position line (those may hold a ``·`` too)."""
        for start in self._separator_starts():
            marked = _MARKED_LINE.match(self.lined, start)
            if marked is not None and marked.lastgroup != "weekday":
                continue  # a moderator or position line
            if not _time_line(self.line_at(start)):
                return start
        return None

    def paragraphs(self) -> int:
        """How many paragraphs (runs of lines that are not blank) the prefix holds; unlike
        a count of lines, it does not change when a capture hard-wraps its text."""
        lined = self.lined
        first = _FIRST_PARAGRAPH.match(lined) is not None
        return first + len(_PARAGRAPH_START.findall(lined))

    def previous(self, offset: int) -> int:
        """The offset of the line right above the line at *offset* (-1 for the first)."""
        return self.lined.rfind("\n", 0, offset) if offset > 0 else -1

    def line_above(self, offset: int) -> str:
        """The stripped line right above the line at *offset* (``""`` for the first line)."""
        if offset <= 0:
            return ""
        return self.line_at(self.lined.rfind("\n", 0, offset))


_STARTS_TRIED = 8
"""How many places of its text `Facts.line_starting` checks before it searches by pattern."""


@lru_cache(maxsize=64)
def _starting(start: str) -> re.Pattern[str]:
    return re.compile(r"\n[^\S\n]*" + re.escape(start))


class _Recent(threading.local):
    """The facts last computed, per thread: a `Facts` fills itself in lazily, so two threads
    detecting the same string object at once must not share one."""

    facts: Facts | None = None


_recent = _Recent()


def scan(text: str) -> Facts:
    """The facts of *text*; asking again about the same string object (in the same thread)
    reuses them."""
    facts = _recent.facts
    if facts is None or facts.text is not text:
        facts = _recent.facts = Facts(text)
    return facts
