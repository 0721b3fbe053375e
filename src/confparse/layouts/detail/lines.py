"""Two views of a page's lines for the head search: `Listed` (the parse's list of stripped
lines) and `Prefix` (detection's scanned prefix, stripped only where it is read)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from ...times import match_time_line
from ..kit.heads import is_author_line, separator_lines
from ..kit.scan import Facts
from .recognise import detect_joins_names, section_kind


class Lines(Protocol):
    """Stripped lines, each at a position that grows down the page.

    `parse` reads a page's list of lines (`Listed`: the position is the index); `detect`
    reads the scanned prefix (`Prefix`: the position is an offset), and so strips only the
    lines it looks at. `find_head` works on either.
    """

    def line(self, at: int) -> str:
        """The line at *at*."""
        ...

    def lines(self, after: int, stop: int) -> Iterator[tuple[int, str]]:
        """``(position, line)`` for the lines below *after* (-1: from the top) and above *stop*."""
        ...

    def before(self, at: int) -> int | None:
        """The position of the last non-blank line above *at*."""
        ...

    def previous(self, at: int) -> tuple[int, str] | None:
        """``(position, line)`` of the last non-blank line above *at*."""
        ...

    def after(self, at: int, stop: int) -> int | None:
        """The position of the first non-blank line below *at* and above *stop*."""
        ...

    def first_author(self, stop: int) -> int | None:
        """The position of the first author line (`is_author_line`) above *stop*."""
        ...


class Listed:
    """`Lines` over a list of stripped lines."""

    __slots__ = ("stripped",)

    def __init__(self, stripped: Sequence[str]) -> None:
        self.stripped = stripped

    def line(self, at: int) -> str:
        return self.stripped[at]

    def lines(self, after: int, stop: int) -> Iterator[tuple[int, str]]:
        return enumerate(self.stripped[after + 1 : stop], after + 1)

    def before(self, at: int) -> int | None:
        stripped = self.stripped
        at -= 1
        while at >= 0 and not stripped[at]:
            at -= 1
        return at if at >= 0 else None

    def previous(self, at: int) -> tuple[int, str] | None:
        found = self.before(at)
        return None if found is None else (found, self.stripped[found])

    def after(self, at: int, stop: int) -> int | None:
        stripped = self.stripped
        at += 1
        while at < stop and not stripped[at]:
            at += 1
        return at if at < stop else None

    def first_author(self, stop: int) -> int | None:
        stripped = self.stripped
        for index in separator_lines("\n".join(stripped[:stop])):
            if is_author_line(stripped[index]):
                return index
        return None


_DETECT_LINES = 800
"""`detect` reads at most this many lines of the prefix."""
_SECTION_LINE = re.compile(
    r"\n[^\S\n]*(?:Abstract|Lay Summary|Show (?:more|less)|Video|Slides|Chat is not available\."
    r"|Successful Page Load|Bytez\.com|[Bb][Yy][Tt][Ee][Zz]|The [A-Za-z]{2,20} Logo above)"
)
"""Where a line may start that `section_kind` names: found in C, then checked."""
_MORE_SECTION = re.compile(r"\n[^\S\n]*(?:Show (?:more|less)|Lay Summary)")
"""The same for the sections that only detail pages have."""


class Prefix:
    """`Lines` over the first `_DETECT_LINES` lines of a scanned prefix: a line is at the
    offset of its newline in ``facts.lined``, and is stripped only when it is read."""

    __slots__ = ("facts", "lined", "section")

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.lined = facts.lined
        self.section: int | None = None
        """The first section line (`section_kind`), once `section_limit` found it."""

    def line(self, at: int) -> str:
        return self.facts.line_at(at)

    def lines(self, after: int, stop: int) -> Iterator[tuple[int, str]]:
        lined = self.lined
        at = lined.find("\n", after + 1)
        if 0 <= at < stop:
            for raw in lined[at + 1 : stop].split("\n"):  # one split in C for the whole run
                yield at, raw.strip()
                at += len(raw) + 1

    def before(self, at: int) -> int | None:
        lined = self.lined
        while at > 0:
            at = lined.rfind("\n", 0, at)
            if self.line(at):
                return at
        return None

    def previous(self, at: int) -> tuple[int, str] | None:
        lined = self.lined
        while at > 0:
            at = lined.rfind("\n", 0, at)
            line = self.line(at)
            if line:
                return at, line
        return None

    def after(self, at: int, stop: int) -> int | None:
        lined = self.lined
        while True:
            at = lined.find("\n", at + 1)
            if not 0 <= at < stop:
                return None
            if self.line(at):
                return at

    def first_author(self, stop: int) -> int | None:
        for at in self.facts.separator_lines():  # the lines that hold a "·" or "⋅"
            if at >= stop:
                return None
            line = self.line(at)
            if is_author_line(line) and detect_joins_names(line):
                return at
        return None

    # -- what only detection asks -------------------------------------------------------------
    def read(self, at: int) -> bool:
        """Whether the line at *at* is one of the lines `detect` reads."""
        return at < _DETECT_LINES or self.lined.count("\n", 0, at) < _DETECT_LINES

    def end(self) -> int:
        """The position right below the last line read (the newline that ends it)."""
        lined = self.lined
        rest = lined.split("\n", _DETECT_LINES + 1)  # ["", line 0, ..., line 799, the rest]
        return len(lined) - 1 - (len(rest[-1]) if len(rest) > _DETECT_LINES + 1 else 0)

    def section_limit(self) -> int:
        """The position of the first section line, else `end`: where the head must end."""
        for found in _SECTION_LINE.finditer(self.lined):
            at = found.start()
            if section_kind(self.line(at)) is not None:
                if self.read(at):
                    self.section = at
                    return at
                break
        return self.end()

    def more_sections(self, start: int) -> bool:
        """Whether a "Show more" or "Lay Summary" line is read at or below *start*."""
        for found in _MORE_SECTION.finditer(self.lined, start):
            at = found.start()
            if not self.read(at):
                return False
            if section_kind(self.line(at)) in ("show-more", "lay-summary"):
                return True
        return False

    def authors_above(self, stop: int) -> int:
        """How many author lines lie above *stop* (counted up to four)."""
        count = 0
        for at in self.facts.separator_lines():
            if at >= stop or count > 3:
                break
            count += is_author_line(self.line(at))
        return count

    def time_line_above(self, stop: int) -> bool:
        """Whether a line above *stop* is a time line (`match_time_line`).

        The scan's time lines are the candidates: they are the lines that are time lines
        once a ``(Bookmark)`` button is cut off, so each is checked again whole.
        """
        facts, seen, wanted = self.facts, 0, 1
        while True:
            found = facts.time_lines(wanted)
            for at in found[seen:]:
                if at >= stop:
                    return False
                if match_time_line(self.line(at)) is not None:
                    return True
            if len(found) < wanted:
                return False
            seen, wanted = wanted, wanted * 4
