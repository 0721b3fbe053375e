"""Awards pages: one block per award, in page order.

A block is the award name (``Outstanding Paper``), the author line (``A · B · C``), an
optional ``[ Virtual ]`` line (below the authors, or above them; a room in brackets stands
there too, ``[ Exhibit Hall 1 ]``, reported ``award-room``) and the abstract. The page of
ICML 2021 prints no titles; the event cards that other awards pages are made of print the
paper's title above the award name (a ``titled`` block), and its time under the authors
(reported ``award-time``: an `Award` has no time).

Blocks are found by their structure, not by blank lines (`block_starts`): an award name
directly followed by an author line starts a block. A known award name (`is_award`) does so
anywhere, even right after the previous abstract; an unseen name (a short label) only at a
block boundary, after a blank line. Damaged blocks are recognised too, so that their
diagnostics stay inside them and the blocks around them parse intact:

- any other line directly followed by a ``·``-separated author line is kept as the award
  name, reported ``award-name-unrecognised``;
- a known award name at a boundary without an author line: ``award-without-authors``;
- an author line at a boundary with no name above it: ``award-name-missing``; that block
  gives no record, and its other lines are reported ``unparsed-line``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Literal

import attrs

from ..capture.document import Document
from ..capture.edges import ends_sentence
from ..errors import RenderError
from ..models import Award, Page, Paper, Person
from ..times import is_card_time_line, match_time_line
from .cards.card import BUTTONS
from .kit.blocks import (
    author_paragraph,
    check_abstract,
    check_line,
    check_not_cut,
    cut_short,
    join_abstract,
    reject_unsupported,
)
from .kit.fields import (
    is_award,
    is_kind,
    is_room,
    join_authors,
    looks_like_authors,
    split_authors,
)
from .kit.heads import is_author_line
from .kit.ledger import Ledger, LineState
from .kit.records import Records
from .kit.scan import scan
from .kit.vocabulary import VIRTUAL_SITE, WEEKDAYS
from .kit.wrapping import WRAPPED_WIDTH

__all__ = ["VIRTUAL", "api_version", "block_starts", "detect", "detect_text", "is_virtual", "name",
           "parse", "render"]  # fmt: skip

name = "awards"
api_version = 2
vocabulary = VIRTUAL_SITE
"""The site whose furniture this layout's ledger knows (see `Vocabulary`)."""
_FURNITURE = VIRTUAL_SITE.lines

VIRTUAL = "[ Virtual ]"
"""The line that marks an award as virtual, as rendered."""

_VIRTUAL = re.compile(r"\[\s{0,3}virtual\s{0,3}\]", re.IGNORECASE)
_LABEL_ENDINGS = (".", ",", ";", ":", "?", "!", "\u2026")
_NOT_IN_NAMES = frozenset("0123456789$\\{}[]=<>@/|_*#;:?!.,")

Start = Literal["award", "titled", "odd-name", "no-authors", "no-name"]
"""How a block starts: an award name followed by authors; a paper's title over a known
award name and its authors; a line that does not read as an award name but is followed by
an author line; a known award name with no author line; an author line with no award name
above it."""


# -- line recognisers -----------------------------------------------------------------------
def is_virtual(line: str) -> bool:
    """True when *line* is the ``[ Virtual ]`` marker (spacing and case may vary)."""
    return len(line) <= 20 and _VIRTUAL.fullmatch(line) is not None


_BRACKETED = re.compile(r"\[\s{0,3}([^\[\]]{1,80}?)\s{0,3}\]")


def _room_mark(line: str) -> str | None:
    """The room of *line* when it is a room in brackets (``[ Exhibit Hall 1 ]``), which the
    platform prints where a virtual award prints ``[ Virtual ]``; else ``None``."""
    if line[:1] != "[" or len(line) > 90:
        return None
    bracketed = _BRACKETED.fullmatch(line)
    return bracketed.group(1) if bracketed is not None and is_room(bracketed.group(1)) else None


def _is_mark(line: str) -> bool:
    """True when *line* is the ``[ Virtual ]`` marker or a room in brackets."""
    return is_virtual(line) or _room_mark(line) is not None


def _is_label(line: str) -> bool:
    """True when *line* could be an award name that `is_award` does not know."""
    return (
        len(line) <= 100
        and len(line.split()) <= 12
        and not line.endswith(_LABEL_ENDINGS)
        and "\u00b7" not in line
        and "\u22c5" not in line
        and not is_virtual(line)
        and not is_kind(line)
        and line not in _FURNITURE
        and line not in BUTTONS
        and not (line[0] in "MTWFS" and match_time_line(line) is not None)
    )


def _is_name(text: str) -> bool:
    """True when *text* reads as one person's name (``Ann Lee``, ``Mausam``)."""
    if " " not in text:
        return len(text) <= 30 and not any(ch in _NOT_IN_NAMES for ch in text)
    return looks_like_authors(text)


def _is_name_list(line: str) -> bool:
    """An author line (`is_author_line`) whose parts all read as names, one at least of
    several words: the stricter test that an award block's first line must pass, where a
    label with a separator (``Outstanding Paper · Honorable Mention``) also stands."""
    if "\u00b7" not in line and "\u22c5" not in line:
        return False  # no separator (`is_author_line`'s first test, without its call): most lines
    if len(line) > 2_000 or not is_author_line(line):
        return False
    parts = line.replace("\u22c5", "\u00b7").split("\u00b7")  # what `split_authors` splits
    names = [name for part in parts if (name := part.strip())]
    return any(" " in n for n in names) and all(_is_name(n) for n in names)


def _named(line: str) -> bool:
    """Whether author line *line* names people as an unseen award's authors must: names
    and separators only (`_is_name_list`), when it holds a separator (an abstract's line
    may: ``Dall·E``)."""
    return _is_name_list(line) if "\u00b7" in line or "\u22c5" in line else True


def _start(boundary: bool, line: str, following: str) -> Start | None:
    """How a block starts at *line* (see `Start`), given the line after it, *following*,
    which is not blank (`block_starts` reads a line over blank lines itself)."""
    authors_next = looks_like_authors(following)
    if authors_next and (is_award(line) or (boundary and _is_label(line) and _named(following))):
        return "award"
    if boundary and is_award(line):
        return "no-authors"
    if boundary and _is_name_list(line):
        return "no-name"
    if (
        _is_name_list(following)
        and "\u00b7" not in line
        and "\u22c5" not in line
        and not _is_mark(line)
    ):
        return "odd-name"
    return None


def _two_sentences(line: str) -> bool:
    """Whether a sentence of *line* ends before its last word (`ends_sentence`, which knows
    the full stops of abbreviations: ``… Localization vs. Knowledge Editing``)."""
    cut = line.find(". ")
    while cut >= 0:
        if ends_sentence(line[: cut + 1]):
            return True
        cut = line.find(". ", cut + 2)
    return False


def _is_title(line: str) -> bool:
    """True when *line*, at a block boundary over a known award name, reads as the paper's
    title: not the end of an abstract (the site's cut ``…``, a URL, two sentences), no
    author separator, no award name, marker or furniture."""
    return (
        len(line) <= 300
        and not line.endswith("\u2026")
        and "://" not in line
        and not _two_sentences(line)
        and "\u00b7" not in line
        and "\u22c5" not in line
        and line not in _FURNITURE
        and line not in BUTTONS
        and not _is_mark(line)
        and not (line[:3] in _WEEKDAYS and _time_mark(line))
        and not is_award(line)
    )


def _titled(lines: Sequence[str], index: int) -> int:
    """The award name's line when the block at line *index* is a ``titled`` one: its title
    (up to `_TITLE_LINES` lines, as a capture wrapped it) right over a known award name
    over the authors (below the marker when it stands first); else -1."""
    count = len(lines)
    name = index + 1
    while True:  # the run's lines down to a known name (an author line ends it at once)
        if name + 1 >= count or name - index > _TITLE_LINES - 1:
            return -1
        line = lines[name]
        if not line or "\u00b7" in line or "\u22c5" in line:
            return -1
        if is_award(line):
            break
        name += 1
    if not all(_is_title(line) for line in lines[index:name]):
        return -1
    authors = lines[name + 1]
    if authors[:1] == "[" and name + 2 < count and _is_mark(authors):
        authors = lines[name + 2]
    return name if looks_like_authors(authors) else -1


def _next_text(lines: Sequence[str], index: int) -> int:
    """The index of the first line from *index* on that is not blank (-1 when none is);
    only the line above a run of blank lines looks over it, so the walks stay linear."""
    for at in range(index, len(lines)):
        if lines[at]:
            return at
    return -1


def block_starts(lines: Sequence[str]) -> list[tuple[int, Start]]:
    """The (0-based) indexes at which blocks start in stripped *lines*, with how they start.

    A line is at a block boundary when it is the first line or follows a blank or
    boilerplate line. Renderers check their output with this same function.
    """
    starts: list[tuple[int, Start]] = []
    count = len(lines)
    # a line that the block above holds: the author line of a name over blank lines, or
    # the award name of a titled block (only blank lines stand between it and its start)
    taken = -1
    for index, line in enumerate(lines):
        if not line or line in _FURNITURE or index == taken:
            continue
        previous = lines[index - 1] if index else ""
        boundary = not previous or previous in _FURNITURE
        following = lines[index + 1] if index + 1 < count else ""
        start: Start | None
        named = _titled(lines, index) if boundary and following else -1
        if named >= 0:
            start, taken = "titled", named
        elif following:
            marker = following[0] == "[" and index + 2 < count and _is_mark(following)
            if marker and lines[index + 2]:
                following = lines[index + 2]  # the marker above the authors
            start = _start(boundary, line, following)
        elif is_award(line):  # a known name takes its authors over blank lines (get_text)
            at = _next_text(lines, index + 1)
            if at >= 0 and looks_like_authors(lines[at]):
                start, taken = "award", at
            else:
                start = "no-authors" if boundary else None
        else:  # nothing follows: only a nameless block may start here
            start = "no-name" if boundary and _is_name_list(line) else None
        if start is not None:
            starts.append((index, start))
    return _titles_apart(lines, starts)


_TITLE_LINES = 3
"""The most lines a title that a capture wrapped takes above its award name."""


def _title_above(lines: Sequence[str], name: int, starts: set[int]) -> int | None:
    """The first line of the title above the award name at *name*, when the lines there
    read as one (`_is_title`) and start no block: a paragraph of one line over blank
    lines, or the lines right above the name (a text browser's dump, which prints no blank
    line between a card's abstract and the next card's title, wraps a long title), up to
    a line that ends a sentence, the abstract's."""
    above = name - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above < 0 or above in starts or not _is_title(lines[above]):
        return None
    spaced = above < name - 1  # over blank lines: a paragraph of its own
    top = above
    while top > 0 and above - top < _TITLE_LINES - 1 and top - 1 not in starts:
        line = lines[top - 1]
        if len(line) < WRAPPED_WIDTH or ends_sentence(line) or not _is_title(line):
            break  # (a blank line, or a paragraph's short last line: an abstract's end)
        top -= 1
    if spaced and top > 0 and lines[top - 1] and lines[top - 1] not in _FURNITURE:
        return None  # a paragraph's last lines over blank lines: an abstract's
    return top


def _titles_apart(lines: Sequence[str], starts: list[tuple[int, Start]]) -> list[tuple[int, Start]]:
    """*starts* with each block of a known award name that prints its title apart from the
    name (over blank lines, or right under the abstract above) started at that title: a
    converter's paragraphs or a text browser's dump of the event cards. The page decides:
    most of its known names must have a title above them (`_title_above`), two at least."""
    every = {index for index, _kind in starts}
    if sum(_title_above(lines, index, every) is not None for index in every) < 2:
        return starts  # (cheap: most pages print no such title, and are done here)
    names = [index for index, kind in starts if kind == "award" and is_award(lines[index])]
    if len(names) < 2:
        return starts
    # a block of an unseen name may be a title's lines, its "authors" a wrapped title's end
    kept = {index for index, kind in starts if kind != "award"}.union(names)
    above = {name: _title_above(lines, name, kept) for name in names}
    found = sum(title is not None for title in above.values())
    if found < 2 or 2 * found <= len(names):
        return starts
    inside = {index for name, top in above.items() if top is not None for index in range(top, name)}
    return [
        (title, "titled")
        if kind == "award" and (title := above.get(index)) is not None
        else (index, kind)
        for index, kind in starts
        if index not in inside
    ]


# -- detection ------------------------------------------------------------------------------
_WEEKDAYS = frozenset(WEEKDAYS)


def detect_text(text: str) -> float:
    """Scores pages made of repeated award blocks (award name, then an author line).

    A known award name counts one, an unseen one (a short label after a blank line) a
    half; two are needed to reach the threshold, and one must be known. Blocks that
    explain few of the lines lower the score; a time line rules the page out.

    Works from the shared scan of the page's start (`confparse._scan`): only the lines
    right above author lines are looked at.
    """
    facts = scan(text)
    if facts.time_lines(1):
        return 0.0  # a schedule: session or detail page (awards pages print no times)
    known = unseen = 0
    for start in facts.separator_lines():
        above = facts.previous(start)
        name = facts.line_at(above) if above >= 0 else ""
        apart = False  # over a run of blank lines (get_text): only a known name counts
        while not name and above >= 0:
            above, apart = facts.previous(above), True
            name = facts.line_at(above) if above >= 0 else ""
        if _is_mark(name):  # the marker above the authors
            above = facts.previous(above)
            name = facts.line_at(above) if above >= 0 else ""
        if not name or "\u00b7" in name or "\u22c5" in name:
            continue
        if is_award(name):
            known += 1
        elif not apart and not facts.line_at(facts.previous(above)) and _is_label(name):
            unseen += 1
    if not known:
        return 0.0
    score = 0.2 + 0.2 * min(known + unseen / 2, 4.0)
    blocks = known + unseen
    if 10 * blocks >= facts.lined.count("\n"):
        return score  # a block for every ten lines or more: dense whatever the paragraphs
    density = blocks / max(facts.paragraphs(), 1)  # about 1/2 on a real page
    return score * min(1.0, density * 10)


def detect(document: Document) -> float:
    """How sure this layout is that *document* is its page (see `detect_text`)."""
    return detect_text(document.head())


# -- parsing --------------------------------------------------------------------------------
def _parse_block(state: LineState, top: int, stop: int, kind: Start) -> Award:
    stripped = state.stripped
    title = None
    start = top  # the award name's line
    if kind == "titled":  # its lines down to the name (over blank lines, maybe)
        end = top + 1
        while end < stop and stripped[end] and not is_award(stripped[end]):
            end += 1
        title, start = " ".join(stripped[top:end]), _next_text(stripped, end)
        state.use(top, end - 1)
    state.use(start)
    head = start + 1  # the authors' line, below the virtual marker when it stands first
    marked = head < stop and is_virtual(stripped[head])
    if marked:
        state.use(head)
        head += 1
    elif head < stop and _room_mark(stripped[head]) is not None:
        _report_room(state, head)
        head += 1
    pieces = state.paragraphs(head, stop)
    last = pieces[-1][1] if pieces else head - 1
    authors: tuple[Person, ...] = ()
    if kind == "odd-name":
        state.report(start, "award-name-unrecognised", "line does not read as an award name")
    if pieces and (pieces[0][0] == head or kind in ("award", "titled")):  # over blank lines
        first, end = pieces[0]
        authors, used_until = author_paragraph(state, first, end)
        if used_until >= first:
            state.use(first, used_until)
            pieces[0] = (used_until + 1, end)
    if not authors:
        state.report(start, "award-without-authors", "the award name has no author line after it")
    if pieces and pieces[0][0] > pieces[0][1]:
        del pieces[0]  # all author lines (only the first paragraph can be used up)
    # an event card's lines between the authors and the abstract, each by its own text and
    # in any order: the virtual marker or a room, the time, the Abstract toggle, furniture
    virtual = marked
    while pieces:
        first, end = pieces[0]
        line = stripped[first]
        if not virtual and is_virtual(line):
            virtual = True
            state.use(first)
        elif not virtual and _room_mark(line) is not None:
            _report_room(state, first)
        elif line[:3] in _WEEKDAYS and _time_mark(line):
            _report_time(state, first)
        elif line in BUTTONS:
            state.skip(first, BUTTONS[line])
        elif not state.is_boilerplate(first):
            break
        pieces = [(first + 1, end), *pieces[1:]] if first < end else pieces[1:]
    abstract, truncated = join_abstract(state, pieces)
    paper = Paper(title=title, authors=authors, abstract=abstract, abstract_truncated=truncated)
    return Award(
        name=stripped[start],
        paper=paper,
        virtual=virtual,
        span=state.span(top, last),
    )


def _time_mark(line: str) -> bool:
    """True when *line* is an event card's time under the authors (``Tue 12 Dec 05:45 PM
    CET``, ``Wed 21 July 17:00 - 17:20 PDT``)."""
    return len(line) <= 120 and is_card_time_line(line)


def _report_time(state: LineState, index: int) -> None:
    """Report line *index*, an award card's time, which `Award` has no field for."""
    message = "the award's time is kept in this diagnostic only: an Award has no time"
    state.report(index, "award-time", message, severity="info")


def _report_room(state: LineState, index: int) -> None:
    """Report line *index*, an award's room in brackets, which `Award` has no field for (it
    is no part of the abstract)."""
    message = "the award's room is kept in this diagnostic only: an Award has no room"
    state.report(index, "award-room", message, severity="info")


def _report_nameless(state: LineState, start: int, stop: int) -> None:
    state.report(start, "award-name-missing", "author line with no award name before it")
    for index in range(start + 1, stop):
        if state.stripped[index] and not state.is_boilerplate(index):
            state.report(index, "unparsed-line", "line of an award block that has no award name")


def parse(document: Document, state: Ledger) -> Records:
    """The awards of an awards page."""
    starts = block_starts(state.stripped)
    state.check_records(len(starts))
    count = len(state)
    for index in range(starts[0][0] if starts else count):
        if state.stripped[index] and not state.is_boilerplate(index):
            state.report(index, "unparsed-line", "line before the first award block")
    awards: list[Award] = []
    for number, (start, kind) in enumerate(starts):
        stop = starts[number + 1][0] if number + 1 < len(starts) else count
        if kind == "no-name":
            _report_nameless(state, start, stop)
        else:
            awards.append(_parse_block(state, start, stop, kind))
    if awards and awards[-1].span is not None:
        last = awards[-1]
        assert last.span is not None
        last_line = state.document.line_index(last.span.last, last=True)
        paper = cut_short(state, last.paper, last_line)
        if paper is not last.paper:
            awards[-1] = attrs.evolve(last, paper=paper)
    return Records(awards=tuple(awards))


# -- rendering ------------------------------------------------------------------------------
_AWARD_FIELDS = frozenset({"name", "paper", "virtual"})
_PAPER_FIELDS = frozenset({"title", "authors", "abstract", "abstract_truncated"})


def _render_block(award: Award) -> list[str]:
    reject_unsupported(award, _AWARD_FIELDS, name)
    paper = award.paper
    reject_unsupported(paper, _PAPER_FIELDS, name)
    check_line(award.name, "award name")
    if not paper.authors:
        raise RenderError(f"award {award.name!r} has no authors; its block needs an author line")
    authors = join_authors(paper.authors)
    check_line(authors, "author line")
    if not looks_like_authors(authors) or split_authors(authors) != paper.authors:
        raise RenderError(f"author line {authors!r} would not be read back as the same authors")
    out = [award.name, authors, ""]
    if paper.title is not None:
        check_line(paper.title, "title")
        if not is_award(award.name):
            raise RenderError(
                f"a title is read back only over a known award name, not {award.name!r}"
            )
        out.insert(0, paper.title)
    if award.virtual:
        out += [VIRTUAL, ""]
    abstract = check_abstract(paper, authors_before=True)
    if abstract:
        if _is_mark(abstract[0]):
            raise RenderError(
                f"abstract line {abstract[0]!r} reads as the virtual marker or a room"
            )
        out += [*abstract, ""]
    return out


def render(page: Page, *, today: date | None = None) -> str:
    """Write a `Page` of awards as an awards page (``""`` when it has none)."""
    if page.layout != name or page.sessions or page.papers:
        raise RenderError("the awards layout holds awards only, on a page of layout 'awards'")
    out: list[str] = []
    expected: list[tuple[int, Start]] = []
    if page.awards:
        check_not_cut(page.awards[-1].paper)
    for award in page.awards:
        expected.append((len(out), "award" if award.paper.title is None else "titled"))
        out += _render_block(award)
    found = block_starts(out)
    if found != expected:
        index = min(set(found) ^ set(expected))[0]
        raise RenderError(f"line {out[index]!r} would not be read back as it is (block structure)")
    return "\n".join(out).rstrip("\n")
