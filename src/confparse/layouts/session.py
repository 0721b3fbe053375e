"""Session pages: a session header, then one block per time slot.

Header: an optional kind line (``Session``), the title, the room, ``Moderator: A · B``, and
furniture. Each slot starts at a time line (``Wed 21 July 17:00 - 17:20 PDT``) followed by
a head paragraph (kind, award, title; any may be missing), the authors, and the abstract.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from itertools import compress
from typing import NamedTuple

import attrs

from ..capture.document import Document
from ..errors import RenderError
from ..models import Link, Page, Paper, Person, Session, Span, Talk
from ..times import TimeLine, format_session_time, infer_year, zone_for
from .detail import furniture_rule
from .kit.blocks import (
    PageTimes,
    author_paragraph,
    check_abstract,
    check_line,
    check_not_cut,
    check_wall_times,
    cut_short,
    join_abstract,
    links_on,
    reject_unsupported,
)
from .kit.fields import (
    is_award,
    is_kind,
    is_room,
    join_authors,
    kind_text,
    looks_like_authors,
    split_authors,
)
from .kit.heads import (
    Reading,
    Token,
    heading_text,
    is_author_line,
    is_banner,
    is_page_end,
    is_position,
    is_title_form,
    read_line,
    read_text,
)
from .kit.ledger import Ledger, LineState
from .kit.pagestart import cut_second_page
from .kit.records import Records
from .kit.scan import Facts, scan, time_end, time_line
from .kit.vocabulary import VIRTUAL_SITE, VIRTUAL_SITE_MENU, WEEKDAYS, without_bullet

__all__ = ["api_version", "detect", "detect_text", "name", "parse", "render"]

name = "session"
api_version = 2
vocabulary = VIRTUAL_SITE
"""The site whose furniture this layout's ledger knows (see `Vocabulary`)."""
_FURNITURE = VIRTUAL_SITE.lines
_MENU_RULES = {str(year): "site-navigation" for year in range(1900, 2100)} | {
    line: "site-navigation" if rule == "navigation-menu" else rule
    for line, rule in (VIRTUAL_SITE | VIRTUAL_SITE_MENU).furniture.items()
}
"""`_menu_rule` of the lines that `furniture_rule` knows by their whole text, and of the
menu's year list (``2025``, ``2024``, ...): a menu's items are looked up here, and only the
rest (``Select Year: (2025)``, ``TZ: ...``) go through its patterns."""

_MODERATOR_PREFIXES = ("Moderator:", "Moderators:")
_NAVIGATION_MARKERS = ("Main Navigation", "Select Year:")
_WEEKDAYS = frozenset(WEEKDAYS)


# -- detection ----------------------------------------------------------------------------
def detect_text(text: str) -> float:
    """Scores session pages: time lines or card positions (``#W-100``), a moderator line,
    author lines. Authors before any time line, with no moderator and no cards, is how a
    detail page (one paper, then its slots) reads: that scores low. Three or more slots
    with authors under them make the page certain.

    Works from the shared scan of the page's start (`confparse._scan`): a few searches in
    C and a check of the candidate lines, never a loop over every line.
    """
    facts = scan(text)
    times = facts.time_lines(3)
    cards = facts.positions(3 - len(times)) if len(times) < 3 else []
    if not times and len(cards) < 2:
        return 0.0
    slots = len(times) + len(cards)  # at most 3: the score stops counting there
    author = facts.first_author_line()
    authors_first = author is not None and (not times or author < times[0])
    if slots == 3 and author is not None and not authors_first:
        return 1.0
    moderator = facts.moderator() is not None
    if authors_first and not moderator and not facts.positions(1):
        return 0.3  # one paper, then its time slots: a detail page
    if author is None and times and not _detect_zoned(facts, times):
        return 0.3  # a conference's own programme: times without a zone, nobody's names
    score = 0.5 + 0.1 * slots + (0.1 if moderator else 0.0)
    return score + (0.1 if author is not None else 0.0)


def _detect_zoned(facts: Facts, times: list[int]) -> bool:
    """Whether one of the time lines at *times* prints its zone, as the platform always does
    (``Wed 21 July 17:00 - 17:20 PDT``)."""
    for at in times:
        parts = time_line(facts.line_at(at))
        if parts is not None and parts.zone is not None:
            return True
    return False


def detect(document: Document) -> float:
    """How sure this layout is that *document* is its page (see `detect_text`)."""
    return detect_text(document.head())


# -- parsing ------------------------------------------------------------------------------
def _short_label(line: str) -> bool:
    return len(line) <= 30 and len(line.split()) <= 3 and not line.endswith((".", ":", "?"))


def classify_head(
    head: Sequence[str], *, allow_kind: bool = True
) -> tuple[str | None, str | None, str | None, tuple[int, ...]]:
    """Split a slot's head lines into ``(kind, award, title, unexplained line positions)``.

    Each line is read for what it is, in whatever order the head prints them: a known kind
    (or, first in the head, a short label followed by more lines; not when *allow_kind* is
    false because a card already printed it) is the kind, an award line the award (each
    once); the last other line is the title, and the other lines before it are unexplained.
    """
    count = len(head)
    kind = award = None
    others: list[int] = []
    for pos, line in enumerate(head):
        if (
            kind is None
            and allow_kind
            and (
                is_kind(line)
                or (pos == 0 and count >= 2 and _short_label(line) and not is_award(line))
            )
        ):
            kind = kind_text(line)
        elif award is None and is_award(line):
            award = line
        else:
            others.append(pos)
    if not others:
        return kind, award, None, ()
    return kind, award, head[others[-1]], tuple(others[:-1])


_PARTS_KEPT = 1024
"""How many distinct time lines `_Blocks` keeps the parts of; the parts of any other are
read again when their slot is parsed (a schedule prints far fewer distinct times)."""


class _Blocks:
    """Every slot start of a page, in page order (see `_find_slots`).

    A page of nothing but time lines has a slot on every line, and a tuple of each slot's
    first line, its int and the `TimeLine` of its time line cost about 200 bytes, several
    times the 30-byte line, for as long as the talks are being built. Here a slot start is
    a flag byte on its line; the parts of each distinct time line are kept by the line's
    text, up to `_PARTS_KEPT` of them (any other is read again), and a card's position line
    by the card's first line (cards are few).
    """

    __slots__ = ("broken", "heads", "parts", "positions", "starts")

    def __init__(self, lines: int) -> None:
        self.starts = bytearray(lines)
        """1 on the first line of each slot (its time line, or its card's kind or position)."""
        self.parts: dict[str, TimeLine] = {}
        """The parts of time lines, by their stripped text."""
        self.positions: dict[int, int] = {}
        """The position line of each card, by the card's first line."""
        self.broken: dict[int, tuple[int, TimeLine]] = {}
        """The time lines that a capture broke at their dash (`time_end`), by their first
        line: the line of the time's end, and the parts of the two lines read as one."""
        self.heads: dict[int, int] = {}
        """The time line of each slot whose head starts above its time (`_heads_above`), by
        the slot's first line (`time_at` and `opening_end` are asked before, of slots that
        start at their time)."""

    def time_at(self, stripped: Sequence[str], first: int) -> TimeLine | None:
        """The parts of the time line that the slot at line *first* starts with; ``None``
        for a card."""
        if first in self.positions:
            return None
        broken = self.broken.get(first)
        if broken is not None:
            return broken[1]
        line = stripped[first]
        return self.parts.get(line) or time_line(line)

    def opening_end(self, first: int) -> int:
        """The last line of the time line that the slot at line *first* starts with (the
        line of its end when a capture broke it in two)."""
        broken = self.broken.get(first)
        return first if broken is None else broken[0]

    def stop(self, first: int, footer: int) -> int:
        """Where the slot that starts at line *first* stops: at the next slot's first line,
        or at *footer*."""
        following = self.starts.find(1, first + 1)
        return following if following >= 0 else footer


class _Slots:
    """The talks of the slots of a page from the one at line *first* on, *count* of them,
    each parsed when it is asked for: an iterator that tells its length, so that `tuple`
    allocates the page's tuple of talks once, at its size, instead of growing it a quarter
    at a time or copying a list (a talk a line makes that tuple a fifth of the page's size).
    """

    __slots__ = ("_blocks", "_first", "_footer", "_left", "_state", "_times")

    def __init__(
        self,
        state: LineState,
        blocks: _Blocks,
        first: int,
        count: int,
        footer: int,
        times: PageTimes,
    ) -> None:
        self._state, self._blocks, self._times = state, blocks, times
        self._first, self._left, self._footer = first, count, footer

    def __iter__(self) -> _Slots:
        return self

    def __length_hint__(self) -> int:
        return self._left

    def __next__(self) -> Talk:
        if not self._left:
            raise StopIteration
        first = self._first
        blocks, state = self._blocks, self._state
        following = blocks.starts.find(1, first + 1)
        self._first, self._left = following, self._left - 1
        position = blocks.positions.get(first)
        parts = None
        timed = blocks.heads.get(first, first) if blocks.heads else first
        opened = timed  # the time line's last line
        if position is None:  # a time line (`_Blocks.time_at`, written out)
            broken = blocks.broken.get(timed) if blocks.broken else None
            if broken is None:
                line = state.stripped[timed]
                parts = blocks.parts.get(line) or time_line(line)
            else:
                opened, parts = broken
        return _parse_slot(
            state,
            first,
            following if following >= 0 else self._footer,
            self._times,
            parts,
            position,
            (timed, opened),
        )


def _header_start(state: LineState, stop: int) -> int:
    """Where the session's own header starts. A capture of the whole page begins with the
    site's navigation menu ("Main Navigation", "Select Year: (2025)", years, links); the
    session header is then the kind line closest before the first slot."""
    stripped = state.stripped
    # the last line before *stop* that starts the menu or its year list, looked for from
    # *stop* upwards: the menu ends a few lines above the session's header
    marker = state.last_starting(_NAVIGATION_MARKERS, stop)
    if marker < 0:
        return 0
    seen = 0
    marks = state.marks
    for index in range(stop - 1, marker, -1):
        line = stripped[index]
        if not line or marks[index] or line in _FURNITURE or time_line(line) is not None:
            continue  # (a marked line is read already: the session's time range)
        seen += 1
        if is_kind(line):
            above = index - 1  # a room printed above the kind is the header's too
            while above > marker and not stripped[above]:
                above -= 1
            return above if above > marker and is_room(stripped[above]) else index
        if seen >= 4:
            break
    return 0


def _account_name(stripped: Sequence[str], index: int) -> bool:
    """Whether line *index* is a short line right above ``My Stuff`` or right below ``Log
    Out``, as list items too (``* My Stuff``): where the account menu prints the signed-in
    user's name (reported, as info)."""
    if len(stripped[index]) > 40:
        return False
    below = next((line for line in stripped[index + 1 : index + 4] if line), "")
    above = next((line for line in reversed(stripped[max(0, index - 3) : index]) if line), "")
    return without_bullet(below) == "My Stuff" or without_bullet(above) == "Log Out"


class _Header(NamedTuple):
    """The session's own fields, read from the lines above its first slot."""

    title: str | None
    kind: str | None
    location: str | None
    moderators: tuple[Person, ...]


def _menu_rule(line: str) -> str | None:
    """The rule that skips non-blank *line* of the menu above a session's header: its
    `furniture_rule`, the navigation menu's named ``site-navigation``."""
    rule = furniture_rule(line)
    return "site-navigation" if rule == "navigation-menu" else rule


def _skip_menu(state: LineState, stop: int, title: str | None) -> None:
    """Account for the site's menu, the lines above line *stop* (the session's header),
    line by line by each line's own text: furniture is skipped (`_menu_rule`; the page's
    ``<title>``, which names the session's *title*, and the conference banner, both of which
    an extractor prints first: `_title_rule`), the signed-in user's name reported as info,
    any other line as unknown furniture. Only the non-blank lines are visited, and the
    skipped ones are marked in one go."""
    stripped = state.stripped
    known = _MENU_RULES.get
    rules: dict[int, str] = {}
    for index in compress(range(stop), stripped):
        line = stripped[index]
        rule = known(line) or _menu_rule(line) or _title_rule(line, title)
        if rule is not None:
            rules[index] = rule
        elif _account_name(stripped, index):
            message = "the signed-in user's name in the account menu"
            state.report(index, "account-name", message, severity="info")
        else:
            message = "line above the session's header is no known menu item"
            state.report(index, "unknown-furniture", message, severity="warning")
    state.skip_lines(rules)


def _title_rule(line: str, title: str | None) -> str | None:
    """``page-title`` for a line that titles the page with the session's *title* (``Track:
    Poster Session 3 West``: `is_title_form`), ``conference-banner`` for the conference's
    name and year (``ICML 2025``: `is_banner`); else ``None``."""
    if title is not None and is_title_form(line, title):
        return "page-title"
    return "conference-banner" if is_banner(line) else None


def _parse_header(state: LineState, stop: int) -> _Header:
    stripped = state.stripped
    first = _header_start(state, stop)
    moderators: list[Person] = []
    others: list[int] = []
    for index in range(first, stop):
        line = stripped[index]
        if not line or state.marks[index] or state.is_boilerplate(index):
            continue
        if line.startswith(_MODERATOR_PREFIXES):
            moderators.extend(split_authors(line.partition(":")[2]))
            state.use(index)
        else:
            others.append(index)
    kind = title = location = None
    # the kind is the first line that is no room (a capture may print the room first)
    named = others[0] if len(others) >= 2 else None
    if named is not None and not is_kind(stripped[named]) and is_room(stripped[named]):
        named = next((index for index in others if not is_room(stripped[index])), None)
    if named is not None and is_kind(stripped[named]):
        kind = kind_text(stripped[named])
        state.use(named)
        others.remove(named)
    for index in others:
        line = stripped[index]
        if location is None and is_room(line):
            location = line
        elif title is None and not is_room(line):
            title = line
        else:
            state.report(index, "unparsed-line", "unexpected line in the session header")
            continue
        state.use(index)
    _skip_menu(state, first, title)  # the lines above the header, once its title is known
    return _Header(title, kind, location, tuple(moderators))


class _Part(enum.Enum):
    """Where the reading of a slot's paragraphs stands (see `_read_head`)."""

    HEAD = enum.auto()
    """Kind, award and title lines: the first paragraph, and the paragraphs after it while
    the head has no title yet and they read as head lines (a heading, a linked title, a
    kind or an award, or one line with the authors right after it)."""
    AUTHORS = enum.auto()
    """The head is complete (or the first paragraph is an author line): the authors next."""


_HEAD, _AUTHORS = _Part.HEAD, _Part.AUTHORS


class _Logical(NamedTuple):
    """One head line as the page meant it: a title that a capture wrapped over several
    heading lines is one line (`heading_text`)."""

    text: str
    first: int
    last: int


def _logical_lines(state: LineState, first: int, last: int) -> list[_Logical]:
    """The lines *first*..*last* of one paragraph, with runs of headings of one level (a
    wrapped title) joined into one."""
    stripped, headings = state.stripped, state.document.headings
    if not headings:
        return [_Logical(stripped[index], index, index) for index in range(first, last + 1)]
    out: list[_Logical] = []
    index = first
    while index <= last:
        level = headings.get(index) if headings else None
        end = index
        if level is not None:
            while end < last and headings.get(end + 1) == level:
                end += 1
            text = heading_text(stripped[index : end + 1])
        else:
            text = stripped[index]
        out.append(_Logical(text, index, end))
        index = end + 1
    return out


def _continues_head(lines: Sequence[tuple[str, Reading]], following: str | None) -> bool:
    """Whether a paragraph after a head without a title continues the head: each of its
    *lines* (text and `Reading`) is a strong title (a heading, a link to the paper's page),
    a kind or an award; or it ends with one other line (the title) and an author line
    (*following*, the next paragraph's first line) comes right after it."""
    for _text, (token, strong) in lines[:-1]:
        if not (token is Token.KIND or token is Token.AWARD or (token is Token.TITLE and strong)):
            return False
    text, (token, strong) = lines[-1]
    if token is Token.KIND or token is Token.AWARD or (token is Token.TITLE and strong):
        return True
    # the title, over the authors
    return following is not None and is_author_line(following) and not is_author_line(text)


_Classified = tuple[str | None, str | None, str | None, tuple[int, ...]]
_NO_HEAD: _Classified = (None, None, None, ())


def _head_texts(state: LineState, first: int, last: int) -> list[str]:
    """The head lines of one paragraph as text (`_logical_lines`; the lines themselves when
    the capture has no headings)."""
    if not state.document.headings:
        return state.stripped[first : last + 1]
    return [line.text for line in _logical_lines(state, first, last)]


def _read_head(
    state: LineState, paragraphs: list[tuple[int, int]], allow_kind: bool
) -> tuple[int, _Classified]:
    """How many of *paragraphs* hold the slot's head, and the head's ``(kind, award, title,
    unexplained)`` (`classify_head` of its lines, `_head_texts`).

    The head is assembled over as many paragraphs as the platform spreads it: MLSys prints
    the talk's number, an award line, a blank line, then the title as a heading.
    """
    count = len(paragraphs)
    if not count:
        return 0, _NO_HEAD
    stripped = state.stripped
    first, last = paragraphs[0]
    line = stripped[first]
    if first == last:
        if ("\u00b7" in line or "\u22c5" in line) and is_author_line(line):
            return 0, _NO_HEAD  # no head: the slot starts with its authors
        headings = state.document.headings
        if headings and first in headings:  # a heading of one line (`_logical_lines`)
            line = heading_text(stripped[first : first + 1])
        if not (allow_kind and is_kind(line)) and not is_award(line):
            # one line, no kind, no award: a title alone (`classify_head` of it)
            return 1, (None, None, line, ())
    texts = _head_texts(state, first, last)
    classified = classify_head(texts, allow_kind=allow_kind)
    part = _HEAD if classified[2] is None else _AUTHORS
    taken = 1
    while part is _HEAD and taken < count:
        first, last = paragraphs[taken]
        line = stripped[first]
        if ("\u00b7" in line or "\u22c5" in line) and is_author_line(line):
            break  # the authors end the head
        following = stripped[paragraphs[taken + 1][0]] if taken + 1 < count else None
        if not _continues_head(_readings(state, first, last), following):
            break
        texts += _head_texts(state, first, last)
        taken += 1
        classified = classify_head(texts, allow_kind=allow_kind)
        if classified[2] is not None:
            part = _AUTHORS
    return taken, classified


_HEAD_LINES = 3
"""The most lines a card's head takes above its authors (an award, a title wrapped)."""


def _head_apart(state: LineState, first: int, last: int, *, card: bool) -> list[tuple[int, int]]:
    """The slot's first paragraph, lines *first*..*last*, as the paragraphs of its head and
    of what follows it: a capture that prints no blank line between a card's parts (each
    text node on its line) runs the title, the author line and the abstract into one
    paragraph. An author line (names joined by ``·`` or ``⋅``) below the first line ends
    the head there; in a *card* (its kind and position printed above), so does a line of
    one name (``Qian Qi``, `read_text`) within `_HEAD_LINES` of the top with text below
    it, where the head ran into the abstract."""
    stripped = state.stripped
    for index in range(first + 1, last + 1):
        line = stripped[index]
        if ("\u00b7" in line or "\u22c5" in line) and is_author_line(line):
            return [(first, index - 1), (index, last)]
    if card:
        for index in range(first + 1, min(first + _HEAD_LINES, last - 1) + 1):
            if read_text(stripped[index]).token is Token.AUTHORS:
                return [(first, index - 1), (index, last)]
    return [(first, last)]


def _readings(state: LineState, first: int, last: int) -> list[tuple[str, Reading]]:
    """The head lines of one paragraph with what the kit's recogniser reads each as."""
    document = state.document
    return [
        (line.text, read_line(document, line.first, line.text))
        for line in _logical_lines(state, first, last)
    ]


def _parse_slot(
    state: LineState,
    first: int,
    stop: int,
    times: PageTimes,
    parts: TimeLine | None,
    position_line: int | None,
    time_lines: tuple[int, int],
) -> Talk:
    """The talk of the slot on lines *first* to *stop* (exclusive), which has a time line
    of *parts* (on the lines *time_lines*, first and last: a capture may break it in two),
    at its top or below a head printed above it (`_heads_above`), or is a card with its
    position on line *position_line*.

    Every line of the slot is read into a field (or skipped as furniture, or reported) and
    blank lines follow its last paragraph: the ledger marks the slot's lines used in one
    go, at the end (a line already skipped or reported keeps its mark).
    """
    stripped = state.stripped
    cursor = first
    start = end = zone = None
    timed, opened = time_lines
    if parts is not None:
        start, end, zone = times.resolve(state, timed, parts)
        cursor = opened + 1
    card_kind = position = None
    if position_line is not None:
        for index in range(cursor, position_line):
            if stripped[index] and not state.is_boilerplate(index):
                card_kind = kind_text(stripped[index])
        position = stripped[position_line]
        cursor = position_line + 1
    paragraphs = state.paragraphs(cursor, stop)
    last = paragraphs[-1][1] if paragraphs else max(cursor - 1, first)
    if timed > first:  # the head's lines above the time come first
        paragraphs[:0] = state.paragraphs(first, timed)
    if paragraphs and paragraphs[0][0] < paragraphs[0][1]:
        paragraphs[:1] = _head_apart(state, *paragraphs[0], card=position_line is not None)
    kind, award, title = card_kind, None, None
    links: tuple[Link, ...] = ()
    taken, classified = _read_head(state, paragraphs, card_kind is None)
    if taken:
        head_kind, award, title, unexplained = classified
        kind = card_kind or head_kind
        if unexplained:
            spans = [
                line
                for head_first, head_last in paragraphs[:taken]
                for line in _logical_lines(state, head_first, head_last)
            ]
            for offset in unexplained:
                state.report(
                    spans[offset].first, "unparsed-line", "unexpected line in the slot's head"
                )
        if state.document.links:
            # a reference whose link table the capture lost has no URL: it is no link
            found = links_on(state, paragraphs[0][0], paragraphs[taken - 1][1])
            links = tuple(link for link in found if link.url) if found else ()
        paragraphs = paragraphs[taken:] if taken < len(paragraphs) else []
    authors: tuple[Person, ...] = ()
    if paragraphs:
        para_first, para_last = paragraphs[0]
        authors, used_until = author_paragraph(state, para_first, para_last)
        if authors:
            if used_until < para_last:
                paragraphs[0] = (used_until + 1, para_last)
            else:
                del paragraphs[0]
    abstract, truncated = join_abstract(state, paragraphs) if paragraphs else (None, False)
    state.use(first, last)  # the slot's lines: each was read above
    paper: Paper | None = Paper(
        title=title, authors=authors, abstract=abstract, abstract_truncated=truncated, links=links
    )
    if not authors and abstract is None and not links and (title is None or title == kind):
        paper = None  # a Q&A or break: the slot's title line only repeats its kind
    return Talk(
        start=start,
        end=end,
        zone=zone,
        kind=kind,
        award=award,
        paper=paper,
        position=position,
        span=state.span(first, last),  # one int for both ends of a one-line span
    )


_SLOT_FIRST = frozenset(weekday[0] for weekday in WEEKDAYS) | {"#"}
"""The first characters of the lines that can open a slot: a weekday's (time lines) or
``#`` (cards)."""


def _slot_openers(stripped: Sequence[str]) -> Iterator[int]:
    """The indexes of the *stripped* lines that start like a slot, with a weekday or ``#``,
    in page order: a test or two a line, where a search of the text would look at every
    character and count line ends. A line that the capture knows as its own furniture
    reads blank (`Ledger`): no slot starts there."""
    weekdays, first = _WEEKDAYS, _SLOT_FIRST
    for index, line in enumerate(stripped):
        if line and line[0] in first and (line[0] == "#" or line[:3] in weekdays):
            yield index


def _find_slots(state: LineState, found: _Blocks) -> Iterator[TimeLine]:
    """Mark every slot start in *found*, in page order: time lines, and cards (an optional
    kind line, then a position line such as ``#W-100``); only lines that start like one are
    looked at. Yields the parts of each time line as it is found, for `PageTimes` to count
    the page's year from (without a list of them all).
    """
    stripped = state.stripped
    starts, kept, positions = found.starts, found.parts, found.positions
    for index in _slot_openers(stripped):
        line = stripped[index]
        if line[0] != "#":
            parts = time_line(line)
            if parts is not None:
                starts[index] = 1
                if len(kept) < _PARTS_KEPT:
                    kept.setdefault(line, parts)
                yield parts
            else:
                parts = _broken_time(stripped, index, found)  # kept by its line's index
                if parts is not None:
                    starts[index] = 1
                    yield parts
        elif is_position(line):
            previous = index - 1  # the last non-blank line before the card's position
            while previous >= 0 and not stripped[previous]:
                previous -= 1
            first = index
            if previous >= 0 and not starts[previous] and is_kind(stripped[previous]):
                first = previous
            starts[first] = 1
            positions[first] = index


_HEAD_ABOVE_LINES = 3
"""The most lines of a head printed above its time line: a kind, an award, a title."""


def _head_above(stripped: Sequence[str], starts: bytearray, index: int) -> int | None:
    """The first line of a head printed above the time line at *index*: the first line
    of the run of lines right above it when the run starts with a kind line (``Oral`` / an
    award / the title, over the time), else the nearest non-blank line above it when that
    is a kind line (``Oral`` over the time); ``None`` when neither."""
    above = index - 1
    while above >= 0 and not stripped[above]:
        above -= 1
    if above < 0 or starts[above]:
        return None
    top = above
    while top > 0 and above - top < _HEAD_ABOVE_LINES - 1 and stripped[top - 1]:
        if starts[top - 1]:
            break
        top -= 1
    if is_kind(stripped[top]):
        return top
    return above if top < above and is_kind(stripped[above]) else None


def _kind_below(stripped: Sequence[str], starts: bytearray, index: int) -> bool:
    """Whether the nearest non-blank line below the time line at *index* is a kind line."""
    below = index + 1
    count = len(stripped)
    while below < count and not stripped[below]:
        below += 1
    return below < count and not starts[below] and is_kind(stripped[below])


def _timed_starts(blocks: _Blocks, begin: int) -> Iterator[int]:
    """The first lines of the slots from line *begin* on that start at a time line (not a
    card), in page order."""
    starts, positions = blocks.starts, blocks.positions
    index = starts.find(1, begin)
    while index >= 0:
        if index not in positions:
            yield index
        index = starts.find(1, index + 1)


def _heads_above(stripped: Sequence[str], blocks: _Blocks, begin: int) -> int:
    """Move each slot's start up to its head when the page prints its talks' heads above
    their time lines (`_head_above`), and return where the first slot (at line *begin*, the
    first below the session's own time range) now starts. The page decides its order: the
    first slot's head must stand above its time, and a kind above more time lines than
    below them; else every slot starts at its time line, as the platform prints it (a
    talk's kind line under its time, or none)."""
    starts = blocks.starts
    first = next(_timed_starts(blocks, begin), None)
    if first is None or _head_above(stripped, starts, first) is None:
        return begin
    heads: dict[int, int] = {}
    below = 0
    for index in _timed_starts(blocks, begin):
        top = _head_above(stripped, starts, index)
        if top is not None:
            heads[top] = index
        below += _kind_below(stripped, starts, index)
    if len(heads) <= below:
        return begin
    for top, index in heads.items():
        starts[index], starts[top] = 0, 1
    blocks.heads.update(heads)
    return next(iter(heads)) if begin == first else begin


def _broken_time(stripped: Sequence[str], index: int, found: _Blocks) -> TimeLine | None:
    """The parts of the time line at *index* that a capture broke at its dash, its end on
    the next line (`time_end`), kept in *found*; ``None`` when the line is no such time."""
    end = time_end(stripped, index, len(stripped))
    if end is None:
        return None
    parts = time_line(f"{stripped[index]} {stripped[end]}")
    if parts is not None:
        found.broken[index] = (end, parts)
    return parts


def _is_furniture_only(state: LineState, first: int, stop: int) -> bool:
    return all(
        not line or line in _FURNITURE or line.startswith(_MODERATOR_PREFIXES)
        for line in state.stripped[first:stop]
    )


_COOKIE = re.compile(r"\|?\s*[A-Za-z]{2,20} uses cookies\b.{0,400}")
_FOOTER_FIRST = frozenset("ST|M")
"""How a line that starts the footer starts: ``Successful Page Load``, ``The MLSys Logo
...``, a cookie notice (``MLSys uses cookies ...``; ``| ...`` in a text browser's box)."""


def _footer_start(stripped: Sequence[str], first: int) -> int:
    """The index of the first line from *first* on where the site's footer starts, else the
    number of lines. Blank lines and lines that start otherwise are passed over with one
    set lookup each."""
    footer_first = _FOOTER_FIRST
    for index in range(first, len(stripped)):
        line = stripped[index]
        if line[:1] in footer_first and (is_page_end(line) or _COOKIE.fullmatch(line)):
            return index
    return len(stripped)


def _footer(state: LineState, last: int) -> int:
    """Where the site's footer starts below the last slot's start *last* (``Successful Page
    Load``, ``The MLSys Logo above may be used ...``, a cookie notice), else the page's end.
    Every footer line is skipped as ``site-footer``: none of it is the last talk's abstract."""
    stripped = state.stripped
    count = len(stripped)
    start = _footer_start(stripped, last + 1)
    marks = state.marks
    rules: dict[int, str] = {}
    for index in range(start, count):
        line = stripped[index]
        if line and not marks[index]:
            rule = furniture_rule(line)
            if rule is None and (_COOKIE.fullmatch(line) or is_page_end(line)):
                rule = "site-footer"
            if rule is not None:
                rules[index] = rule
            else:
                message = "line below the page's end is no known footer text"
                state.report(index, "unknown-furniture", message, severity="warning")
    state.skip_lines(rules)  # the footer's furniture, marked in one go
    return start


def parse(document: Document, state: Ledger) -> Records:
    """The session of a session page."""
    cut_second_page(state)  # a second page pasted below: reported, not read
    options = state.options
    blocks = _Blocks(len(state))
    times = PageTimes(options, _find_slots(state, blocks))  # the year, as slots are found
    stripped, starts = state.stripped, blocks.starts
    slots = starts.count(1)
    state.check_records(slots)
    count = len(state)
    footer = _footer(state, starts.rfind(1) if slots else count)
    session_range: tuple[datetime | None, datetime | None, str | None] = (None, None, None)
    begin = header_stop = starts.find(1) if slots else count  # the first slot's first line
    opening = blocks.time_at(stripped, begin) if slots else None
    opened = blocks.opening_end(begin) if slots else begin
    if (
        opening is not None
        and _is_furniture_only(state, opened + 1, blocks.stop(begin, footer))
        and (slots > 1 or begin > 0)
    ):
        # a time line with nothing under it, before the slots: the session's own range
        session_range = times.resolve(state, begin, opening)
        state.use(begin, opened)
        begin = header_stop = blocks.stop(begin, footer)
        slots -= 1
    if slots:
        begin = header_stop = _heads_above(stripped, blocks, begin)
    header = _parse_header(state, header_stop)
    talks = tuple(_Slots(state, blocks, begin, slots, footer, times))
    del blocks  # the slot starts: the evolve below copies the talks
    final = talks[-1] if talks else None
    if final is not None and final.paper is not None and final.span is not None:
        last_line = state.document.line_index(final.span.last, last=True)
        paper = cut_short(state, final.paper, last_line)
        if paper is not final.paper:
            talks = (*talks[:-1], attrs.evolve(final, paper=paper))
    sessions: tuple[Session, ...] = ()
    start, end, zone = session_range
    if any(header) or talks or start is not None:
        page = state.span(0, max(count - 1, 0))  # the whole page, in the input's lines
        final_span = talks[-1].span if talks else None
        last = final_span.last if final_span else page.last
        session = Session(
            title=header.title,
            kind=header.kind,
            location=header.location,
            moderators=header.moderators,
            talks=talks,
            start=start,
            end=end,
            zone=zone,
            span=Span(first=page.first, last=max(last, page.first)),
        )
        sessions = (session,)
    return Records(sessions=sessions)


# -- rendering ----------------------------------------------------------------------------
def _render_time(
    start: datetime | None, end: datetime | None, zone: str | None, with_year: bool
) -> str:
    if start is None or end is None or zone is None:
        raise RenderError("a time range needs a start, an end and a zone")
    if start.second or start.microsecond or end.second or end.microsecond:
        raise RenderError(f"times with seconds cannot be printed: {start.isoformat()}")
    if start.year < 1000:  # a year is read back only with four digits
        raise RenderError(f"year {start.year} has fewer than four digits and cannot be printed")
    tz = zone_for(zone, {}, start.replace(tzinfo=None))
    # offsets, not datetimes: an aware datetime in the repeated autumn hour never equals one
    # of another tzinfo, and either fold of that hour is a wall time of the zone
    if tz is not None and start.utcoffset() not in (
        start.replace(tzinfo=tz, fold=0).utcoffset(),
        start.replace(tzinfo=tz, fold=1).utcoffset(),
    ):
        raise RenderError(f"start {start.isoformat()} is not a wall time in zone {zone!r}")
    if end.utcoffset() != start.utcoffset():
        raise RenderError("a slot across a daylight-saving change cannot be printed")
    wall_end = end.astimezone(start.tzinfo)
    day = start.date() if wall_end.time() >= start.time() else start.date() + timedelta(days=1)
    expected = datetime(day.year, day.month, day.day, wall_end.hour, wall_end.minute)
    if expected.replace(tzinfo=start.tzinfo) != end or wall_end.date() != day:
        raise RenderError(f"slot {start.isoformat()} - {end.isoformat()} is 24 hours or longer")
    check_wall_times(start, wall_end, zone)
    return format_session_time(start, wall_end, zone, with_year=with_year)


def _years_needed(starts: Sequence[datetime], today: date) -> bool:
    """Print years unless every date is in one year that its weekday gives back."""
    this_year = today.year
    return len({s.year for s in starts}) > 1 or any(
        infer_year(s.month, s.day, s.weekday(), this_year) != s.year for s in starts
    )


_TALK_FIELDS = frozenset({"start", "end", "zone", "kind", "award", "paper", "position"})
_PAPER_FIELDS = frozenset({"title", "authors", "abstract", "abstract_truncated"})
_SESSION_FIELDS = frozenset(
    {"title", "kind", "location", "moderators", "talks", "start", "end", "zone"}
)


def _render_opening(talk: Talk, with_year: bool) -> list[str]:
    """The line(s) a slot starts with: its time line, or a card's kind and position."""
    if talk.start is not None:
        if talk.position is not None:
            raise RenderError("a slot with both a time and a position cannot be printed")
        return [_render_time(talk.start, talk.end, talk.zone, with_year), ""]
    if talk.position is None:
        raise RenderError("a slot needs a time or a position (#W-100) to start its block")
    if not is_position(talk.position):
        raise RenderError(f"position {talk.position!r} does not read as a position")
    if talk.kind is None:
        return [talk.position, ""]
    if not is_kind(talk.kind):
        raise RenderError(f"card kind {talk.kind!r} would not be read back as a kind")
    return [talk.kind, "", talk.position, ""]


def _render_slot(talk: Talk, with_year: bool) -> list[str]:
    reject_unsupported(talk, _TALK_FIELDS, name)
    out = _render_opening(talk, with_year)
    card = talk.start is None
    paper = talk.paper
    if paper is not None:
        reject_unsupported(paper, _PAPER_FIELDS, name)
    title = paper.title if paper is not None else None
    if paper is None:
        title = None if card else talk.kind
    elif title is not None and title == talk.kind and not paper.authors and not paper.abstract:
        raise RenderError(f"a paper titled like its slot kind ({title!r}) reads as no paper")
    head_kind = None if card else talk.kind
    head = [line for line in (head_kind, talk.award, title) if line is not None]
    for line in head:
        check_line(line, "title, kind or award")
        if is_position(line):
            raise RenderError(f"head line {line!r} reads as a position")
    if head:
        got = classify_head(head, allow_kind=not card)[:3]
        if got != (head_kind, talk.award, title):
            raise RenderError(f"the slot head {head!r} would not be read back as it is")
        if len(head) == 1 and is_author_line(head[0]):
            raise RenderError(f"head line {head[0]!r} would be read back as an author line")
        out += [*head, ""]
    if paper is None:
        return out
    if paper.title is None and not paper.authors and paper.abstract is None:
        raise RenderError("an empty Paper cannot be told apart from no paper")
    if paper.authors:
        line = join_authors(paper.authors)
        check_line(line, "author line")
        if title is None and len(paper.authors) == 1:
            # under no head or a head without a title (a kind, an award), one name alone
            # reads as the title
            raise RenderError("a lone single-author line reads as a title")
        if not looks_like_authors(line):
            raise RenderError(f"author line {line!r} would not be read as authors")
        out += [line, ""]
    if paper.abstract is not None:
        if not head and not paper.authors:
            raise RenderError("an abstract with no title, kind, award or authors reads as a title")
        lines = check_abstract(paper, authors_before=bool(paper.authors))
        if title is None and not paper.authors:
            paragraphs = [line for line in lines if line]
            following = paragraphs[1] if len(paragraphs) > 1 else None
            if _continues_head([(paragraphs[0], read_text(paragraphs[0]))], following):
                raise RenderError("the abstract after a head without a title reads as its title")
        out += lines
        out.append("")
    return out


def _render_header(session: Session, with_year: bool) -> list[str]:
    out: list[str] = []
    if session.kind is not None:
        if not is_kind(session.kind) or (session.title is None and session.location is None):
            raise RenderError(f"session kind {session.kind!r} would not be read back as a kind")
        out += [session.kind, ""]
    if session.title is not None:
        if is_room(session.title) or is_kind(session.title) or is_position(session.title):
            raise RenderError(f"session title {session.title!r} reads as a room or a kind")
        out += [session.title, ""]
    if session.location is not None:
        if not is_room(session.location) or is_position(session.location):
            raise RenderError(f"location {session.location!r} does not read as a room")
        out += [session.location, ""]
    for line in out:
        if line:
            check_line(line, "session header line")
            if line.startswith(_MODERATOR_PREFIXES + _NAVIGATION_MARKERS):
                raise RenderError(f"header line {line!r} reads as a moderator or menu line")
    if session.moderators:
        names = join_authors(session.moderators)
        prefix = "Moderators: " if len(session.moderators) > 1 else "Moderator: "
        check_line(names, "moderator line")
        out += [prefix + names, ""]
    if session.start is not None:
        out += [_render_time(session.start, session.end, session.zone, with_year), ""]
    return out


def render(page: Page, *, today: date | None = None) -> str:
    """Write a one-session `Page` as a session page. A date's year is left out when its
    weekday gives it back, counting back from *today* (default: today)."""
    if len(page.sessions) > 1 or page.awards or page.papers:
        raise RenderError("the session layout holds one session and nothing else")
    if not page.sessions:
        return ""
    session = page.sessions[0]
    reject_unsupported(session, _SESSION_FIELDS, name)
    if session == Session():
        raise RenderError("an empty session cannot be told apart from a page with no session")
    talks = session.talks
    if session.start is not None and not (
        talks or session.title or session.kind or session.location or session.moderators
    ):
        raise RenderError("a lone time range reads as a slot, not as the session's range")
    if session.start is None and talks and talks[0].start is not None:
        first = talks[0]
        if first.paper is None and first.kind is None and first.award is None:
            raise RenderError("a first slot with only a time reads as the session's time range")
    starts = [t.start for t in talks if t.start is not None]
    if session.start is not None:
        starts.append(session.start)
    with_year = _years_needed(starts, today if today is not None else date.today())
    if talks:
        check_not_cut(talks[-1].paper)
    out = _render_header(session, with_year)
    for talk in talks:
        if talk.start is None and talk.kind is None:
            last = next((line for line in reversed(out) if line), "")
            if is_kind(last):
                raise RenderError(f"a card without a kind after {last!r} would take it as its kind")
        out += _render_slot(talk, with_year)
    return "\n".join(out).rstrip("\n")
