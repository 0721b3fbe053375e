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
from functools import lru_cache

from .times import is_time_line

__all__ = ["PREFIX_CHARS", "Facts", "scan"]

PREFIX_CHARS = 16_384
"""How much of a page detection reads (`confparse.registry.DETECT_PREFIX`)."""

_SEPARATORS = ("\u00b7", "\u22c5")
_BOOKMARK = "(Bookmark)"
# Every pattern starts with a newline: the regex engine then jumps from newline to newline.
# One pass finds the three kinds of line that the detectors look for by how they start.
_MARKED_LINE = re.compile(
    r"\n[^\S\n]*(?:(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"|(?P<position>#[^\S\n]?[A-Za-z]{0,4}-?\d{1,6}[^\S\n]*(?=\n))"
    r"|(?P<moderator>Moderators?:))"
)
_POSITION_LINE = re.compile(r"\n[^\S\n]*#[^\S\n]?[A-Za-z]{0,4}-?\d{1,6}[^\S\n]*(?=\n)")
_MODERATOR_LINE = re.compile(r"\n[^\S\n]*Moderators?:")
# A paragraph starts on a line with text after a blank line, or on the first line.
_PARAGRAPH_START = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?=\S)")
_FIRST_PARAGRAPH = re.compile(r"\n[^\S\n]*\S")


def _time_line(line: str) -> bool:
    """A stripped line that is a time line (a trailing ``(Bookmark)`` button ignored)."""
    if line.endswith(_BOOKMARK):
        line = line[: -len(_BOOKMARK)].rstrip()
    return is_time_line(line)


class Facts:
    """What the start of one page holds. Offsets count in `lined`: the prefix with a newline
    put in front, so that every line, the first included, starts after a ``"\\n"`` (at the
    offset of that newline)."""

    __slots__ = ("_authors", "_checked", "_marked", "_times", "lined", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lined = "\n" + text[:PREFIX_CHARS] + "\n"
        self._marked: dict[str, list[int]] | None = None
        self._checked = 0
        self._times: list[int] = []
        self._authors: list[int] | None = None

    def line_at(self, offset: int) -> str:
        """The stripped line whose newline is at *offset*."""
        end = self.lined.find("\n", offset + 1)
        return self.lined[offset + 1 : end].strip()

    def _marks(self, kind: str) -> list[int]:
        """The offsets of the lines that start like *kind* (weekday, position, moderator)."""
        if self._marked is None:
            marked: dict[str, list[int]] = {"weekday": [], "position": [], "moderator": []}
            for found in _MARKED_LINE.finditer(self.lined):
                marked[found.lastgroup or ""].append(found.start())
            self._marked = marked
        return self._marked[kind]

    def time_lines(self, limit: int = 3) -> list[int]:
        """The offsets of the first *limit* time lines (``Wed 21 July 17:00 - 17:20 PDT``).

        Candidates (lines that start with a weekday) are found in C; only as many are
        checked as it takes to find *limit* time lines.
        """
        times, candidates = self._times, self._marks("weekday")
        while len(times) < limit and self._checked < len(candidates):
            offset = candidates[self._checked]
            self._checked += 1
            if _time_line(self.line_at(offset)):
                times.append(offset)
        return times[:limit]

    def positions(self) -> list[int]:
        """The offsets of lines that are a poster board or talk number (``#W-100``)."""
        return self._marks("position")

    def moderator(self) -> int | None:
        """The offset of the first ``Moderator:`` line, or ``None``."""
        found = self._marks("moderator")
        return found[0] if found else None

    def line_starting(self, start: str) -> int | None:
        """The offset of the first line that starts with *start* (after blanks), or ``None``."""
        found = _starting(start).search(self.lined)
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

    def first_author_line(self) -> int | None:
        """The offset of the first line with a separator that is not a moderator, time or
        position line (those may hold a ``·`` too)."""
        for start in self.separator_lines():
            if _MODERATOR_LINE.match(self.lined, start) or _POSITION_LINE.match(self.lined, start):
                continue
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


@lru_cache(maxsize=64)
def _starting(start: str) -> re.Pattern[str]:
    return re.compile(r"\n[^\S\n]*" + re.escape(start))


_last: Facts | None = None


def scan(text: str) -> Facts:
    """The facts of *text*; asking again about the same string object reuses them."""
    global _last
    facts = _last
    if facts is None or facts.text is not text:
        facts = _last = Facts(text)
    return facts
