"""Block-level machinery shared by the layouts: author runs, abstracts, years, render checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import attrs

from ...capture.normalize import repair_mojibake
from ...errors import RenderError
from ...models import Link, Paper, Person, YearSource
from ...options import ParseOptions
from ...times import (
    WEEKDAY_INITIALS,
    TimeLine,
    TimeProblem,
    infer_year,
    match_card_time,
    match_time_line,
    resolve,
    wall_time_gap,
    weekday_mismatch,
)
from .fields import (
    AUTHOR_SEPARATORS,
    NOT_IN_NAMES,
    is_room,
    looks_like_authors,
    split_authors,
    split_truncation,
)
from .ledger import LineState
from .vocabulary import ALL_SITES

__all__ = ["PageTimes", "author_paragraph", "check_abstract", "check_characters", "check_line",
           "check_wall_times", "join_abstract"]  # fmt: skip


class PageTimes:
    """Resolves the time lines of one page, sharing one year between them.

    The year of a line is, in order: the caller's ``year=``; a year printed in the line;
    a year the page prints elsewhere (*printed*, such as a conference banner); the page
    year, which is the most common year that the page's weekdays imply (so one misprinted
    weekday cannot move its slot to another year: it is reported as a ``weekday-mismatch``
    instead). How each year was found is noted on the ledger (`Ledger.note_year`).
    """

    __slots__ = ("options", "page_year", "printed", "today")

    def __init__(
        self, options: ParseOptions, lines: Iterable[TimeLine], *, printed: int | None = None
    ) -> None:
        self.options = options
        self.today = options.reference_date()
        self.printed = printed
        votes = Counter(
            infer_year(p.month, p.day, p.weekday, self.today.year)
            for p in lines
            if p.year is None and p.weekday is not None
        )
        votes.pop(None, None)
        self.page_year = votes.most_common(1)[0][0] if votes else None

    def resolve(
        self, state: LineState, index: int, parts: TimeLine
    ) -> tuple[datetime | None, datetime | None, str | None]:
        """``(start, end, zone)`` of the time line at *index*; problems become diagnostics."""
        options = self.options
        year: int | None
        source: YearSource
        if options.year is not None:
            year, source = options.year, "argument"
        elif parts.year is not None:
            year, source = parts.year, "page"
        elif self.printed is not None:
            year, source = self.printed, "page"
        else:
            year, source = self.page_year, "weekday"
        try:
            start, end, zone, inferred = resolve(
                parts, year=year, zones=options.zones, today=self.today
            )
        except TimeProblem as problem:
            state.report(index, problem.code, problem.message)
            return None, None, None
        state.note_year(source)
        mismatch = None if inferred else weekday_mismatch(parts, start)
        if mismatch:
            state.report(index, "weekday-mismatch", mismatch, severity="warning")
        gap = wall_time_gap(parts, start, options.zones)
        if gap:
            state.report(index, "nonexistent-time", gap, severity="warning")
        return start, end, zone


def _continues(state: LineState, previous: str, line: str, closes_paragraph: bool) -> bool:
    """Whether *line* carries on the author list of *previous* (wrapped at a fixed width).

    A line with a separator does; so does a line after a dangling separator. A few words of
    a name with no separator (``Surya Ganguli``) do only when they close the paragraph:
    on pages that run the authors straight into other lines, such a line is something else.
    Such a name starts with a capital, or, in a capture hard-wrapped at a width
    (`Document.wrap_width`, asked only here), with any letter when *previous* was broken
    there (`_broken_at`: ``… · Alexandre`` over ``d'Aspremont``).
    """
    if "\u00b7" in line or "\u22c5" in line or previous.endswith(AUTHOR_SEPARATORS):
        return True
    if not closes_paragraph or ("\u00b7" not in previous and "\u22c5" not in previous):
        return False
    if not _name_fragment(line):
        return False
    if line[:1].isupper():
        return True
    width = state.document.wrap_width()
    return width is not None and _broken_at(previous, line, width)


def _broken_at(previous: str, line: str, width: int) -> bool:
    """Whether stripped *previous* ends where a capture hard-wrapped at *width* breaks a
    line: it fits, and the first word of *line* would not have fit after it."""
    word = line.split(None, 1)[0]
    return len(previous) <= width < len(previous) + 1 + len(word)


def _name_fragment(line: str) -> bool:
    """The end of a wrapped author list: a few words of a name (``Surya Ganguli``), its
    first a letter's (a capital's unless the caller knows the line broken)."""
    return (
        line[:1].isalpha()
        and len(line) <= 40
        and len(line.split()) <= 4
        and not is_room(line)
        and not line.endswith((".", ":", "?", "!", ",", ";", "\u2026"))
        and NOT_IN_NAMES.search(line) is None
    )


def _closes(stripped: Sequence[str], index: int, last: int) -> bool:
    """Whether line *index* is the last of the author list's paragraph (ending at *last*),
    or stands right over a card's time line (``Tue 12 Dec 05:45 PM CET``: no name)."""
    if index == last:
        return True
    following = stripped[index + 1]
    return following[:1] in WEEKDAY_INITIALS and match_card_time(following) is not None


def author_paragraph(state: LineState, first: int, last: int) -> tuple[tuple[Person, ...], int]:
    """People named on lines *first*.. (at most *last*) while they read as author lines.

    Returns the people and the index of the last author line (``first - 1`` when the first
    line is not an author line). An author list wrapped over several lines (a separator at
    the end of one line or the start of the next) is read as one list.
    """
    stripped = state.stripped
    if not looks_like_authors(stripped[first]):
        return (), first - 1
    end = first
    while end < last and _continues(
        state, stripped[end], stripped[end + 1], _closes(stripped, end + 1, last)
    ):
        end += 1
    joined = stripped[first] if end == first else " ".join(stripped[first : end + 1])
    return split_authors(joined), end


_BOILERPLATE_LINES = ALL_SITES.lines.keys()
_BOILERPLATE_MAX = max(map(len, _BOILERPLATE_LINES))
"""The longest of `_BOILERPLATE_LINES`: an abstract's longer one-line paragraphs are not
hashed to know that they are none of them (the lines of a longer paragraph are looked up
at once, in C)."""


def join_abstract(
    state: LineState, paragraphs: Sequence[tuple[int, int]]
) -> tuple[str | None, bool]:
    """The abstract made of *paragraphs*: the lines of a paragraph joined by a space (a
    capture that hard-wraps text at a fixed width gives the same abstract as one that does
    not), paragraphs by a blank line.

    Known boilerplate lines among them are skipped. Returns ``(abstract, truncated)``; a
    trailing `` …`` marks a truncated abstract and is removed.
    """
    stripped = state.stripped
    texts: list[str] = []
    for first, last in paragraphs:
        if first == last:  # one line, the commonest paragraph: no list of its lines
            line = stripped[first]
            if (
                len(line) <= _BOILERPLATE_MAX
                and line in _BOILERPLATE_LINES
                and state.is_boilerplate(first)
            ):
                continue
            state.use(first)
            texts.append(line)
            continue
        lines = stripped[first : last + 1]
        if not _BOILERPLATE_LINES.isdisjoint(lines):
            lines = [
                stripped[index]
                for index in range(first, last + 1)
                if not state.is_boilerplate(index)
            ]
        state.use(first, last)
        if lines:  # a paragraph's lines are one text wrapped by the capture: unwrap it
            texts.append(lines[0] if len(lines) == 1 else " ".join(lines))
    if not texts:
        return None, False
    abstract, truncated = split_truncation("\n\n".join(texts))
    return (abstract or None), truncated


def links_on(state: LineState, first: int, last: int) -> tuple[Link, ...]:
    """The links the capture had on lines *first*..*last* (0-based, inclusive)."""
    return state.document.links_on(first, last)


def reject_unsupported(record: Any, supported: frozenset[str], layout: str) -> None:
    """Raise `RenderError` when *record* sets a field that *layout* cannot print.

    Every attrs field not named in *supported* (and not ``span``) must hold its default.
    """
    for field in attrs.fields(type(record)):
        if field.name in supported or field.name == "span" or not field.eq:
            continue
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if getattr(record, field.name) != default:
            raise RenderError(
                f"the {layout} layout cannot print {type(record).__name__}.{field.name}"
            )


def check_wall_times(start: datetime, wall_end: datetime, zone: str) -> None:
    """Raise `RenderError` when *start* or *wall_end* (the end in the start's offset) is a
    wall time that *zone* skips (the spring-forward hour): printed, the slot would read back
    with a ``nonexistent-time`` warning (`wall_time_gap`, the parser's own test)."""
    parts = TimeLine(None, start.day, start.month, start.year, (start.hour, start.minute),
                     (wall_end.hour, wall_end.minute), zone)  # fmt: skip
    gap = wall_time_gap(parts, start, {})
    if gap:
        raise RenderError(f"the slot cannot be printed: {gap}")


def check_line(line: str, what: str) -> None:
    """Raise `RenderError` unless *line* would be read back as the same single line."""
    if not line.strip() or line != line.strip() or "\n" in line or "\r" in line:
        raise RenderError(f"{what} {line!r} is not a single trimmed line")
    if line in ALL_SITES:
        raise RenderError(f"{what} {line!r} reads as site boilerplate")
    if line[0] in "MTWFS" and match_time_line(line) is not None:
        raise RenderError(f"{what} {line!r} reads as a time line")
    check_characters(line, what)


def check_characters(text: str, what: str) -> None:
    """Raise `RenderError` when reading *text* back would change its characters: text that
    reads as UTF-8 misread as cp1252 (``Â·``) is repaired by every capture reader."""
    if not text.isascii() and repair_mojibake(text) != text:
        raise RenderError(f"{what} {text!r} reads as mojibake, and would be read back repaired")


def check_abstract(paper: Paper, *, authors_before: bool) -> list[str]:
    """The lines of *paper*'s abstract as rendered; `RenderError` if they would not read back."""
    abstract = paper.abstract
    if abstract is None:
        return []
    if not paper.abstract_truncated and split_truncation(abstract)[1]:
        raise RenderError("an abstract that ends in '…' reads as truncated")
    text = abstract + " \u2026" if paper.abstract_truncated else abstract
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n\n")):
        if number:
            lines.append("")
        if "\n" in paragraph:
            raise RenderError("a line break inside an abstract paragraph reads as a wrapped line")
        check_line(paragraph, "abstract line")
        lines.append(paragraph)
    if not authors_before and looks_like_authors(lines[0]):
        raise RenderError(f"abstract line {lines[0]!r} reads as an author line")
    return lines


_SENTENCE_ENDS = (".", "!", "?", ")", "]", "}", '"', "'", "\u201d", "\u2019", "\u2026", "$")


def ends_mid_sentence(text: str) -> bool:
    """True when *text* stops where no sentence ends (``... our code is available at``)."""
    return not text.rstrip().endswith(_SENTENCE_ENDS)


def cut_short(state: LineState, paper: Paper, last_line: int) -> Paper:
    """*paper* marked truncated when the capture was cut inside its abstract.

    A capture tool's marker (``[Content truncated]``) as the page's last line, or an abstract
    that is the end of the page and stops mid-sentence, means the page was cut there.
    *last_line* is the index of the record's last line (0-based).
    """
    if paper.abstract is None or paper.abstract_truncated:
        return paper
    stripped, rules = state.stripped, state.rules
    end = len(stripped) - 1
    while end > 0 and not stripped[end] and rules.get(end) != "capture-truncated":
        end -= 1
    if rules.get(end) == "capture-truncated":
        return attrs.evolve(paper, abstract_truncated=True)
    if end <= last_line and ends_mid_sentence(paper.abstract):
        return attrs.evolve(paper, abstract_truncated=True)
    return paper


def check_not_cut(paper: Paper | None) -> None:
    """`RenderError` for a last abstract that would read as a capture cut mid-sentence."""
    if (
        paper is not None
        and paper.abstract is not None
        and not paper.abstract_truncated
        and ends_mid_sentence(paper.abstract)
    ):
        raise RenderError("a page's last abstract that stops mid-sentence reads as cut short")
