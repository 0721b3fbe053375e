"""Session pages: a session header, then one block per time slot.

Header: an optional kind line (``Session``), the title, the room, ``Moderator: A · B``, and
furniture. Each slot starts at a time line (``Wed 21 July 17:00 - 17:20 PDT``) followed by
a head paragraph (kind, award, title; any may be missing), the authors, and the abstract.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from .._blocks import (
    PageTimes,
    author_paragraph,
    check_abstract,
    check_line,
    join_abstract,
    reject_unsupported,
)
from .._fields import (
    is_award,
    is_kind,
    is_room,
    join_authors,
    looks_like_authors,
    split_authors,
)
from .._lines import LineState
from ..errors import RenderError
from ..models import Page, Paper, Person, Session, Span, Talk
from ..options import ParseOptions
from ..times import TimeLine, format_session_time, infer_year, match_time_line, zone_for

__all__ = ["detect", "name", "parse", "render"]

name = "session"

_MODERATOR_PREFIXES = ("Moderator:", "Moderators:")


# -- detection ----------------------------------------------------------------------------
def detect(text: str) -> float:
    """Scores session pages: several time lines, a moderator line, author lines."""
    time_lines = moderators = authors = 0
    for line in text.split("\n", 600)[:600]:
        stripped = line.strip()
        if not stripped:
            continue
        if match_time_line(stripped) is not None:
            time_lines += 1
        elif stripped.startswith(_MODERATOR_PREFIXES):
            moderators += 1
        elif "\u00b7" in stripped or "\u22c5" in stripped:
            authors += 1
    if time_lines == 0:
        return 0.0
    score = 0.5 + 0.1 * min(time_lines, 3) + (0.1 if moderators else 0.0)
    return score + (0.1 if authors else 0.0)


# -- parsing ------------------------------------------------------------------------------
def _short_label(line: str) -> bool:
    return len(line) <= 30 and len(line.split()) <= 3 and not line.endswith((".", ":", "?"))


def classify_head(head: Sequence[str]) -> tuple[str | None, str | None, str | None, range]:
    """Split a slot's head lines into ``(kind, award, title, unexplained line positions)``.

    The kind comes first (a known kind, or a short label followed by more lines), then an
    optional award line; the last remaining line is the title.
    """
    count, pos = len(head), 0
    kind = award = title = None
    if count and (
        is_kind(head[0]) or (count >= 2 and _short_label(head[0]) and not is_award(head[0]))
    ):
        kind, pos = head[0], 1
    if pos < count and is_award(head[pos]):
        award, pos = head[pos], pos + 1
    if pos < count:
        title = head[-1]
        return kind, award, title, range(pos, count - 1)
    return kind, award, title, range(0)


def _parse_header(state: LineState, stop: int) -> tuple[Session, bool]:
    stripped = state.stripped
    moderators: list[Person] = []
    others: list[int] = []
    for index in range(stop):
        line = stripped[index]
        if not line or state.is_boilerplate(index):
            continue
        if line.startswith(_MODERATOR_PREFIXES):
            moderators.extend(split_authors(line.partition(":")[2]))
            state.use(index)
        else:
            others.append(index)
    kind = title = location = None
    if len(others) >= 2 and is_kind(stripped[others[0]]):
        kind = stripped[others[0]]
        state.use(others[0])
        others = others[1:]
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
    found = bool(moderators or kind or title or location)
    span = Span(first=1, last=max(stop, 1))
    session = Session(
        title=title, kind=kind, location=location, moderators=tuple(moderators), span=span
    )
    return session, found


def _parse_slot(state: LineState, first: int, stop: int, parts: TimeLine, times: PageTimes) -> Talk:
    start, end, zone = times.resolve(state, first, parts)
    state.use(first)
    stripped = state.stripped
    paragraphs = list(state.paragraphs(first + 1, stop))
    last = paragraphs[-1][1] if paragraphs else first
    kind = award = title = None
    if paragraphs:
        head_first, head_last = paragraphs[0]
        single_author_line = head_first == head_last and looks_like_authors(stripped[head_first])
        has_separator = any(sep in stripped[head_first] for sep in "\u00b7\u22c5")
        if not (single_author_line and has_separator):
            head = stripped[head_first : head_last + 1]
            kind, award, title, unexplained = classify_head(head)
            for offset in unexplained:
                state.report(
                    head_first + offset, "unparsed-line", "unexpected line in the slot's head"
                )
            state.use(head_first, head_last)
            paragraphs = paragraphs[1:]
    authors: tuple[Person, ...] = ()
    if paragraphs:
        para_first, para_last = paragraphs[0]
        authors, used_until = author_paragraph(state, para_first, para_last)
        if authors:
            state.use(para_first, used_until)
            if used_until < para_last:
                paragraphs[0] = (used_until + 1, para_last)
            else:
                paragraphs = paragraphs[1:]
    abstract, truncated = join_abstract(state, paragraphs)
    paper: Paper | None = Paper(
        title=title, authors=authors, abstract=abstract, abstract_truncated=truncated
    )
    if not authors and abstract is None and (title is None or title == kind):
        paper = None  # a Q&A or break: the slot's title line only repeats its kind
    return Talk(
        start=start,
        end=end,
        zone=zone,
        kind=kind,
        award=award,
        paper=paper,
        span=Span(first=first + 1, last=last + 1),
    )


def parse(text: str, options: ParseOptions) -> Page:
    """Parse a session page."""
    state = LineState(text, options)
    starts: list[int] = []
    parts: list[TimeLine] = []
    for index, line in enumerate(state.stripped):
        if line and line[0] in "MTWFS":
            matched = match_time_line(line)
            if matched is not None:
                starts.append(index)
                parts.append(matched)
    state.check_records(len(starts))
    count = len(state)
    session, found = _parse_header(state, starts[0] if starts else count)
    times = PageTimes(options, parts)
    talks = tuple(
        _parse_slot(state, first, starts[k + 1] if k + 1 < len(starts) else count, parts[k], times)
        for k, first in enumerate(starts)
    )
    sessions: tuple[Session, ...] = ()
    if found or talks:
        last = talks[-1].span.last if talks and talks[-1].span else max(count, 1)
        span = Span(first=1, last=max(last, 1))
        sessions = (
            Session(
                title=session.title,
                kind=session.kind,
                location=session.location,
                moderators=session.moderators,
                talks=talks,
                span=span,
            ),
        )
    return Page(
        layout=name, sessions=sessions, diagnostics=state.finish(), year_source=times.source()
    )


# -- rendering ----------------------------------------------------------------------------
def _render_time(talk: Talk, with_year: bool) -> str:
    start, end, zone = talk.start, talk.end, talk.zone
    if start is None or end is None or zone is None:
        raise RenderError("the session layout needs a start, an end and a zone for every talk")
    if start.second or start.microsecond or end.second or end.microsecond:
        raise RenderError(f"times with seconds cannot be printed: {start.isoformat()}")
    tz = zone_for(zone, {})
    if tz is not None and start.replace(tzinfo=tz) != start:
        raise RenderError(f"start {start.isoformat()} is not a wall time in zone {zone!r}")
    wall_end = end.astimezone(start.tzinfo)
    day = start.date() if wall_end.time() >= start.time() else start.date() + timedelta(days=1)
    expected = datetime(day.year, day.month, day.day, wall_end.hour, wall_end.minute)
    if expected.replace(tzinfo=start.tzinfo) != end or wall_end.date() != day:
        raise RenderError(f"slot {start.isoformat()} - {end.isoformat()} is 24 hours or longer")
    return format_session_time(start, wall_end, zone, with_year=with_year)


def _years_needed(talks: Sequence[Talk]) -> bool:
    """Print years unless every slot is in one year that its weekday gives back."""
    this_year = date.today().year
    years = {t.start.year for t in talks if t.start is not None}
    return len(years) > 1 or any(
        infer_year(t.start.month, t.start.day, t.start.weekday(), this_year) != t.start.year
        for t in talks
        if t.start is not None
    )


_TALK_FIELDS = frozenset({"start", "end", "zone", "kind", "award", "paper"})
_PAPER_FIELDS = frozenset({"title", "authors", "abstract", "abstract_truncated"})
_SESSION_FIELDS = frozenset({"title", "kind", "location", "moderators", "talks"})


def _render_slot(talk: Talk, with_year: bool) -> list[str]:
    reject_unsupported(talk, _TALK_FIELDS, name)
    out = [_render_time(talk, with_year), ""]
    paper = talk.paper
    if paper is not None:
        reject_unsupported(paper, _PAPER_FIELDS, name)
    title = paper.title if paper is not None else None
    if paper is None:
        title = talk.kind
    elif title is not None and title == talk.kind and not paper.authors and not paper.abstract:
        raise RenderError(f"a paper titled like its slot kind ({title!r}) reads as no paper")
    head = [line for line in (talk.kind, talk.award, title) if line is not None]
    for line in head:
        check_line(line, "title, kind or award")
    if head:
        if classify_head(head)[:3] != (talk.kind, talk.award, title):
            raise RenderError(f"the slot head {head!r} would not be read back as it is")
        out += [*head, ""]
    if paper is None:
        return out
    if paper.title is None and not paper.authors and paper.abstract is None:
        raise RenderError("an empty Paper cannot be told apart from no paper")
    if paper.authors:
        line = join_authors(paper.authors)
        check_line(line, "author line")
        if not head and len(paper.authors) == 1:
            raise RenderError("a lone single-author line reads as a title")
        if not looks_like_authors(line):
            raise RenderError(f"author line {line!r} would not be read as authors")
        out += [line, ""]
    if paper.abstract is not None:
        if not head and not paper.authors:
            raise RenderError("an abstract with no title, kind, award or authors reads as a title")
        out += check_abstract(paper, authors_before=bool(paper.authors))
        out.append("")
    return out


def _render_header(session: Session) -> list[str]:
    out: list[str] = []
    if session.kind is not None:
        if not is_kind(session.kind) or (session.title is None and session.location is None):
            raise RenderError(f"session kind {session.kind!r} would not be read back as a kind")
        out += [session.kind, ""]
    if session.title is not None:
        if is_room(session.title) or is_kind(session.title):
            raise RenderError(f"session title {session.title!r} reads as a room or a kind")
        out += [session.title, ""]
    if session.location is not None:
        if not is_room(session.location):
            raise RenderError(f"location {session.location!r} does not read as a room")
        out += [session.location, ""]
    for line in out:
        if line:
            check_line(line, "session header line")
            if line.startswith(_MODERATOR_PREFIXES):
                raise RenderError(f"header line {line!r} reads as a moderator line")
    if session.moderators:
        names = join_authors(session.moderators)
        prefix = "Moderators: " if len(session.moderators) > 1 else "Moderator: "
        check_line(names, "moderator line")
        out += [prefix + names, ""]
    return out


def render(page: Page) -> str:
    """Write a one-session `Page` as a session page."""
    if len(page.sessions) > 1 or page.awards or page.papers:
        raise RenderError("the session layout holds one session and nothing else")
    if not page.sessions:
        return ""
    session = page.sessions[0]
    reject_unsupported(session, _SESSION_FIELDS, name)
    if session == Session():
        raise RenderError("an empty session cannot be told apart from a page with no session")
    with_year = _years_needed(session.talks)
    out = _render_header(session)
    for talk in session.talks:
        out += _render_slot(talk, with_year)
    return "\n".join(out).rstrip("\n")
