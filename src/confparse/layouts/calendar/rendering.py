"""Writing a page back as calendar markup (HTML) that reads back to the same page.

The calendar prints no zone: the markup is read back with ``default_zone=`` set to the zone
of the page's times, which must be one. A page the markup cannot say unambiguously raises
`RenderError`: times without a zone, sessions out of the order of their first box, a day
session whose title is not its day's header, a field that would read back as another.
"""

from __future__ import annotations

import html
from collections import Counter
from datetime import date, datetime, timedelta

from ...errors import RenderError
from ...models import Link, Page, Paper, Session, Talk
from ...times import infer_year
from ..kit.blocks import check_characters
from ..kit.fields import join_authors, split_authors
from ..kit.links import is_paper_link
from .recognise import (
    Range,
    links_year,
    read_block,
    read_chairs,
    read_day,
    read_end,
    read_item,
    read_kind_label,
    read_session_title,
)

__all__ = ["day_header", "render", "time_box_clock"]

_DAY_MINUTES = 24 * 60
_HALF_DAY = 12 * 60
_esc = html.escape


def day_header(moment: datetime) -> str:
    """A day column's header as the calendar prints it: ``SUN 10 DEC``."""
    return f"{moment:%a} {moment.day} {moment:%b}".upper()


def _half(hour: int) -> int:
    return hour % 12 or 12


def time_box_clock(moment: datetime) -> str:
    """A time box's time: ``9 a.m.``, ``10:30 a.m.``, ``noon``, ``midnight``."""
    if (moment.hour, moment.minute) == (12, 0):
        return "noon"
    if (moment.hour, moment.minute) == (0, 0):
        return "midnight"
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{_half(moment.hour)}{minutes} {'p.m.' if moment.hour >= 12 else 'a.m.'}"


def _clock(moment: datetime) -> str:
    return f"{_half(moment.hour)}:{moment.minute:02d} {'PM' if moment.hour >= 12 else 'AM'}"


def _short(moment: datetime) -> str:
    return f"{_half(moment.hour)}:{moment.minute:02d}"


def _wall(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def _minutes(start: datetime, end: datetime, limit: int, what: str) -> int:
    delta = end - start
    minutes, rest = divmod(delta, timedelta(minutes=1))
    if rest or not 0 <= minutes < limit:
        raise RenderError(f"{what} is not whole minutes within {limit // 60} hours of its start")
    return int(minutes)


def _later(start: datetime, minutes: int) -> datetime:
    """The wall clock *minutes* after *start*'s, as the page prints it."""
    return _wall(start) + timedelta(minutes=minutes)


def _check_start(moment: datetime | None, zone: str | None, page_zone: str) -> datetime:
    if moment is None or zone is None:
        raise RenderError("a calendar box needs its start and its zone")
    if zone != page_zone:
        raise RenderError("the calendar prints no zone: its times must share one")
    if moment.second or moment.microsecond:
        raise RenderError("the calendar prints whole minutes")
    return moment


def _expect(ok: bool, what: str) -> None:
    if not ok:
        raise RenderError(f"{what} would not read back as itself")


def _one_line(text: str | None, what: str) -> str:
    if not text or text != text.strip() or "\n" in text or "\r" in text:
        raise RenderError(f"{what} must be one line of text")
    check_characters(text, what)
    return text


def _title_link(paper: Paper, *, papers_only: bool) -> str | None:
    links = paper.links
    if not links:
        return None
    (link,) = links if len(links) == 1 else (None,)
    if link is None or link != Link(text=paper.title, url=link.url):
        raise RenderError("a calendar box links its title and nothing else")
    if papers_only and not is_paper_link(link.url):
        raise RenderError("a session's paper links to its own page only")
    return link.url


def _bare(paper: Paper, url: str | None, *, authors: bool) -> None:
    links = (Link(text=paper.title, url=url),) if url is not None else ()
    shown = Paper(title=paper.title, authors=paper.authors if authors else (), links=links)
    if shown != paper:
        raise RenderError("a calendar box shows a title, its link and speakers only")


def _plain_talk(talk: Talk) -> None:
    if talk.location or talk.event or talk.award or talk.position:
        raise RenderError("a calendar box shows no room, event, award or position")


def _event_box(talk: Talk, zone: str) -> tuple[datetime, str]:
    start = _check_start(talk.start, talk.zone, zone)
    _plain_talk(talk)
    paper = talk.paper
    if paper is None:
        raise RenderError("an event box needs a title")
    title = _one_line(paper.title, "an event's title")
    url = _title_link(paper, papers_only=False)
    _bare(paper, url, authors=True)
    parts = ['<div class="eventsession pad">']
    if talk.kind is not None:
        label = f"{_one_line(talk.kind, 'a kind')}:"
        _expect(read_kind_label(label) == talk.kind, "the kind label")
        parts.append(f'<div class="hdr-style">{_esc(label)}</div>')
    head = f'<a href="{_esc(url)}">{_esc(title)}</a>' if url is not None else _esc(title)
    parts.append(f'<div class="title-style">{head}</div>')
    if paper.authors:
        speakers = join_authors(paper.authors)
        _expect(split_authors(speakers) == paper.authors, "the speakers")
        parts.append(f'<div class="speaker-style">{_esc(speakers)}</div>')
    if talk.end is not None:
        minutes = _minutes(start, talk.end, _DAY_MINUTES, "an event's end")
        ends = f"(ends {_clock(_later(start, minutes))})"
        parts.append(f"<div class=\"centered\"><span class='end-time'>{ends}</span></div>")
    parts.append("</div>")
    return start, "\n".join(parts)


def _break_box(session: Session, zone: str) -> tuple[datetime, str]:
    start = _check_start(session.start, session.zone, zone)
    text = _one_line(session.title, "a break's text")
    _expect(read_end(text) is None, "the break")
    if session.end is not None or session.moderators or session.location:
        raise RenderError("a break shows its text and its start only")
    return start, f'<div class="eventsession pad break">{_esc(text)}</div>'


def _range(start: datetime, end: datetime) -> tuple[str, Range]:
    text = f"{_short(start)}-{_short(end)}"
    return text, Range((_half(start.hour), start.minute), (_half(end.hour), end.minute))


def _blocks(session: Session, start: datetime, end: datetime, span: str, zone: str) -> list[str]:
    """The session's papers, a list per run of one kind, each under its header."""
    runs: list[tuple[str | None, list[Talk]]] = []
    for talk in session.talks:
        if not runs or runs[-1][0] != talk.kind:
            runs.append((talk.kind, []))
        runs[-1][1].append(talk)
    out: list[str] = []
    for kind, talks in runs:
        header = f"{_one_line(kind, 'a kind') if kind is not None else ''}s {span}"
        found = read_block(header)
        _expect(found is not None and found[0] == kind, "a list's kind")
        out.append('<div class="eventblock">')
        out.append(f'<div class="subevent-header">{_esc(header)}</div>')
        for talk in talks:
            _plain_talk(talk)
            paper = talk.paper
            if paper is None:
                raise RenderError("a session's paper needs a title")
            title = _one_line(paper.title, "a paper's title")
            url = _title_link(paper, papers_only=True)
            _bare(paper, url, authors=False)
            moment = _check_start(talk.start, talk.zone, zone)
            if talk.end is None:
                shown_at = _later(start, _minutes(start, moment, _HALF_DAY, "a paper's time"))
                text = f"[{_short(shown_at)}] {title}"
                printed = (_half(shown_at.hour), shown_at.minute)
                _expect(read_item(text) == (printed, title), "a paper's time and title")
            else:
                if (moment, talk.end) != (start, end):
                    raise RenderError("an untimed paper spans its session")
                text = title
                _expect(read_item(text) is None, "a paper's title")
            shown = f'<a href="{_esc(url)}">{_esc(text)}</a>' if url is not None else _esc(text)
            out.append(f'<div class="content">{shown}</div>')
        out.append("</div>")
    return out


def _session_box(session: Session, zone: str) -> tuple[datetime, str]:
    start = _check_start(session.start, session.zone, zone)
    if session.end is None or session.kind is not None or session.location:
        raise RenderError("a session box has an end, and no kind or room")
    title = _one_line(session.title, "a session's title")
    minutes = _minutes(start, session.end, _HALF_DAY, "a session's end")
    end = _later(start, minutes)
    span, printed = _range(_wall(start), end)
    head = f"{title} [{span}]"
    _expect(read_session_title(head) == (title, printed), "the session's title")
    parts = [
        '<div class="oral-session pad">',
        '<div class="hdr eventsession">',
        f'<div class="sessiontitle">{_esc(head)}</div>',
    ]
    if session.moderators:
        chairs = f"Chairs: {join_authors(session.moderators)}"
        names = read_chairs(chairs)
        _expect(names is not None and split_authors(names) == session.moderators, "the chairs")
        parts.append(f'<div class="centered">{_esc(chairs)}</div>')
    parts.append("</div>")
    if session.talks:
        parts.append("<details><summary></summary><div>")
        parts.extend(_blocks(session, start, session.end, span, zone))
        parts.append("</div></details>")
    parts.append(f"<div class=\"hours\"><span class='end-time'>(ends {_clock(end)})</span></div>")
    parts.append("</div>")
    return start, "\n".join(parts)


def _day_session(session: Session) -> bool:
    return (
        session.kind is None
        and session.start is None
        and session.end is None
        and not session.moderators
        and not session.location
    )


def _day(session: Session, zone: str) -> list[tuple[datetime, str]]:
    """The event boxes of a day's session: one day's events, in the order of their times,
    the session titled with the day's header."""
    if not session.talks:
        raise RenderError("a day's session holds its events")
    boxes = [_event_box(talk, zone) for talk in session.talks]
    starts = [_wall(start) for start, _markup in boxes]
    if starts != sorted(starts) or starts[0].date() != starts[-1].date():
        raise RenderError("a day's session holds one day's events in the order of their times")
    header = day_header(starts[0])
    _expect(read_day(header) is not None, "the day's header")
    if session.title != header:
        raise RenderError("a day's session is titled with its day's header")
    return boxes


def _check_year(page: Page, boxes: list[tuple[datetime, int, str]], today: date) -> None:
    """Raise unless the markup's year is the one its reader finds: the calendar prints
    none, so it is the year of the event links, else the one the weekdays imply."""
    years = {start.year for start, _number, _markup in boxes}
    urls = [
        link.url
        for session in page.sessions
        for talk in session.talks
        if talk.paper is not None
        for link in talk.paper.links
    ]
    read = links_year(urls)
    if read is None:
        days = {start.date() for start, _number, _markup in boxes}
        votes = Counter(infer_year(d.month, d.day, d.weekday(), today.year) for d in days)
        read = votes.most_common(1)[0][0] if votes else None
    if years and years != {read}:
        raise RenderError("the calendar prints no year: its links or weekdays must give it")


def render(page: Page, *, today: date | None = None) -> str:
    """Write *page* as the calendar's markup (HTML): read it back with ``default_zone=``
    the zone of its times."""
    if page.awards or page.papers:
        raise RenderError("the calendar layout holds sessions only")
    zones = {s.zone for s in page.sessions if s.zone} | {
        t.zone for s in page.sessions for t in s.talks if t.zone
    }
    if len(zones) != 1:
        raise RenderError("the calendar prints no zone: its times must share one")
    (zone,) = zones
    boxes: list[tuple[datetime, int, str]] = []  # (wall start, session, markup)
    dates: set[date] = set()
    for number, session in enumerate(page.sessions):
        if session.kind == "Break" and not session.talks:
            start, markup = _break_box(session, zone)
            boxes.append((_wall(start), number, markup))
        elif _day_session(session):
            boxes.extend((_wall(start), number, markup) for start, markup in _day(session, zone))
            date = _wall(boxes[-1][0]).date()
            if date in dates:
                raise RenderError("a day's events stand in one session")
            dates.add(date)
        else:
            start, markup = _session_box(session, zone)
            boxes.append((_wall(start), number, markup))
    _check_year(page, boxes, today if today is not None else date.today())
    ordered = sorted(boxes, key=lambda box: box[0])
    firsts: list[int] = []
    for _start, number, _markup in ordered:
        if number not in firsts:
            firsts.append(number)
    if firsts != list(range(len(page.sessions))):
        raise RenderError("the sessions must stand in the order of their first box")
    out = ["<!DOCTYPE html>", "<html><body>", '<div class="grid">']
    day = time = None
    for start, _number, markup in ordered:
        if start.date() != day:
            if day is not None:
                out.append("</div></div></div>")  # the time box, the column, the day
            day, time = start.date(), None
            out.append('<div class="container2"><div class="buffer sticky">')
            out.append(f'<div class="hdrbox">{day_header(start)}</div></div>')
            out.append('<div class="gcol days">')
        if start != time:
            if time is not None:
                out.append("</div>")
            time = start
            out.append(f'<div class="timebox"><div class="time">{time_box_clock(start)}</div>')
        out.append(markup)
    if day is not None:
        out.append("</div></div></div>")
    out.append("</div></body></html>")
    return "\n".join(out)
