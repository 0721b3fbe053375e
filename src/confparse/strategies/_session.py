"""Strategies for talks, sessions and session pages."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import strategies as st

from ..models import Page, Paper, Session, Talk
from ..times import localize
from ._common import aware_datetimes, names, papers, people, zones

__all__ = ["session_pages", "sessions", "talks"]

_KINDS = st.sampled_from(["Oral", "Spotlight", "Poster", "Invited Talk", "Q&A", "Break"])
_AWARDS = st.sampled_from(
    [
        "Outstanding Paper",
        "Outstanding Paper Honorable Mention",
        "Outstanding Paper Runner Up",
        "Best Paper Award",
        "Test of Time Award",
    ]
)
_ROOMS = st.one_of(
    st.sampled_from(["Hall G", "Hall C 1-3", "Ballroom A", "Room 310", "Halle B #274"]),
    st.builds(lambda n: f"Room {n}", st.integers(1, 999)),
    st.builds(lambda c: f"Hall {c}", st.sampled_from("ABCDEFGH")),
)


@st.composite
def _time_range(draw: st.DrawFn) -> tuple[datetime, datetime, str]:
    zone = draw(zones())
    start = draw(aware_datetimes(zone))
    minutes = draw(st.one_of(st.sampled_from([5, 15, 20, 60]), st.integers(0, 23 * 60)))
    end = localize(start.replace(tzinfo=None) + timedelta(minutes=minutes), zone)
    return start, max(start, end), zone


_POSITIONS = st.one_of(
    st.builds(lambda n: f"#W-{n}", st.integers(1, 1200)),
    st.builds(lambda n: f"#{n}", st.integers(1, 400)),
)


@st.composite
def talks(draw: st.DrawFn, *, timed: bool | None = True) -> Talk:
    """Talks: with or without kind, award, title, authors; Q&A slots without a paper;
    slots that cross midnight. ``timed=False`` draws session cards, which print a poster
    position (``#W-100``) instead of a time; ``None`` draws either."""
    if timed is None:
        timed = draw(st.integers(0, 3)) > 0
    start = end = zone = position = None
    if timed:
        start, end, zone = draw(_time_range())
    else:
        position = draw(_POSITIONS)
    kind = draw(st.one_of(st.none(), _KINDS))
    if kind in ("Q&A", "Break") and draw(st.booleans()):
        return Talk(start=start, end=end, zone=zone, kind=kind, position=position)
    award = draw(st.one_of(st.none(), _AWARDS))
    paper = draw(papers(title=None if kind or award else True))
    return Talk(
        start=start,
        end=end,
        zone=zone,
        kind=kind,
        award=award,
        paper=None if paper == Paper() else paper,
        position=position,
    )


@st.composite
def sessions(draw: st.DrawFn, max_talks: int = 8) -> Session:
    """Sessions with an optional kind, title, room, time range and moderators; their talks
    are timed slots or (for some sessions) cards."""
    title = draw(st.one_of(st.none(), names().map(lambda n: n + " Learning")))
    location = draw(st.one_of(st.none(), _ROOMS))
    kind = None
    if title is not None or location is not None:
        kind = draw(st.one_of(st.none(), st.sampled_from(["Session", "Oral", "Poster Session"])))
    start = end = zone = None
    if draw(st.integers(0, 3)) == 0:
        start, end, zone = draw(_time_range())
    timed = draw(st.sampled_from([True, True, False, None]))
    return Session(
        title=title,
        kind=kind,
        location=location,
        moderators=draw(people(0, 2)),
        talks=tuple(draw(st.lists(talks(timed=timed), max_size=max_talks))),
        start=start,
        end=end,
        zone=zone,
    )


def session_pages(max_talks: int = 8) -> st.SearchStrategy[Page]:
    """Pages of the ``session`` layout (one session, no diagnostics)."""
    return sessions(max_talks).map(lambda s: Page(layout="session", sessions=(s,)))
