"""Strategies for calendar pages (the ``calendar`` layout).

A calendar prints no zone: a drawn page's times share one zone, an IANA name, and it is
read back with ``default_zone=`` that zone (`calendar_zone` gives it).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from ..models import Link, Page, Paper, Person, Session, Talk
from ..times import localize
from ._common import names, titles

__all__ = ["calendar_pages", "calendar_zone"]

_ZONES = ("America/Chicago", "Europe/Vienna", "UTC", "Asia/Singapore")
_KINDS = (None, "Tutorial", "Invited Talk", "Expo Talk Panel", "Affinity Workshop")
_PAPER_KINDS = (None, "Oral", "Poster", "Spotlight")
_BREAKS = ("Break", "Lunch (On Your Own)", "Coffee Break")


def calendar_zone(page: Page) -> str | None:
    """The zone of *page*'s times (what ``default_zone=`` reads it back with)."""
    for session in page.sessions:
        if session.zone:
            return session.zone
        for talk in session.talks:
            if talk.zone:
                return talk.zone
    return None


def _header(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}".upper()


@st.composite
def _paper(draw: st.DrawFn, url: str | None, speakers: bool) -> Paper:
    title = draw(titles())
    links = (Link(text=title, url=url),) if url is not None else ()
    authors = tuple(draw(st.lists(names(), max_size=2))) if speakers else ()
    return Paper(title=title, authors=tuple(Person(name=n) for n in authors), links=links)


@st.composite
def calendar_pages(draw: st.DrawFn, max_days: int = 3) -> Page:
    """Pages of the ``calendar`` layout, as it reads them: per day, the events in one session
    titled with the day's header, breaks as sessions of kind ``Break``, session boxes with
    their papers; sessions in the order of their first box, times in one zone."""
    zone = draw(st.sampled_from(_ZONES))
    first = draw(st.dates(date(2019, 1, 1), date(2026, 11, 1)))
    serial = iter(range(70000, 80000))
    entries: list[tuple[datetime, int, Session | Talk]] = []  # (wall start, day, record)
    for day_number in range(draw(st.integers(1, max_days))):
        day = first + timedelta(days=day_number)
        minutes = sorted(draw(st.lists(st.integers(5 * 60, 22 * 60), min_size=1, max_size=4)))
        for minute in minutes:
            wall = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
            start = localize(wall, zone, {zone: zone})
            for _ in range(draw(st.integers(1, 3))):
                shape = draw(st.sampled_from(["event", "event", "break", "session"]))
                if shape == "event":
                    kind = draw(st.sampled_from(_KINDS))
                    url = draw(
                        st.sampled_from([None, f"/virtual/{first.year}/tutorial/{next(serial)}"])
                    )
                    paper = draw(_paper(url, kind == "Invited Talk"))
                    end = draw(st.none() | st.integers(0, 600).map(lambda m: timedelta(minutes=m)))
                    talk = Talk(
                        start=start,
                        end=start + end if end is not None else None,
                        zone=zone,
                        kind=kind,
                        paper=paper,
                    )
                    entries.append((wall, day_number, talk))
                elif shape == "break":
                    text = draw(st.sampled_from(_BREAKS))
                    entries.append(
                        (
                            wall,
                            day_number,
                            Session(title=text, kind="Break", start=start, zone=zone),
                        )
                    )
                else:
                    length = timedelta(minutes=draw(st.integers(15, 240)))
                    talks = []
                    for _ in range(draw(st.integers(0, 4))):
                        kind = draw(st.sampled_from(_PAPER_KINDS))
                        if draw(st.booleans()):  # "[8:15] Title": a time, no end
                            offset = timedelta(minutes=draw(st.integers(0, 200)))
                            talk_start, talk_end, url = start + offset, None, None
                        else:  # a poster: the session's span, a link to its page
                            talk_start, talk_end = start, start + length
                            url = f"/virtual/{first.year}/poster/{next(serial)}"
                        talks.append(
                            Talk(
                                start=talk_start,
                                end=talk_end,
                                zone=zone,
                                kind=kind,
                                paper=draw(_paper(url, False)),
                            )
                        )
                    chairs = tuple(Person(name=n) for n in draw(st.lists(names(), max_size=2)))
                    session = Session(
                        title=draw(titles()),
                        moderators=chairs,
                        talks=tuple(talks),
                        start=start,
                        end=start + length,
                        zone=zone,
                    )
                    entries.append((wall, day_number, session))
    sessions: list[Session] = []
    days: dict[int, list[Talk]] = {}
    order: list[Session | int] = []
    for _wall, day_number, record in entries:
        if isinstance(record, Session):
            order.append(record)
            continue
        if day_number not in days:
            days[day_number] = []
            order.append(day_number)
        days[day_number].append(record)
    for placed in order:
        if isinstance(placed, Session):
            sessions.append(placed)
            continue
        talks = days[placed]
        assert talks[0].start is not None
        sessions.append(Session(title=_header(talks[0].start), talks=tuple(talks)))
    return Page(layout="calendar", sessions=tuple(sessions))
