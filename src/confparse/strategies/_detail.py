"""Strategies for detail pages (the ``detail`` layout): one paper and its time slots."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import strategies as st

from ..models import Link, Page, Paper, Session, Talk
from ..times import localize
from ._common import abstracts, aware_datetimes, people, titles, zones

__all__ = ["detail_pages", "detail_papers"]

_PAGE_KINDS = st.sampled_from(["Poster", "Oral", "Spotlight Poster", "Invited Talk", "Spotlight"])
_SLOT_KINDS = st.sampled_from(["Oral", "Poster", "Spotlight"])
_ROOMS = st.one_of(
    st.sampled_from(
        ["Halle B #274", "HALL A #2108", "Great Hall & Hall B1+B2 (level 1) #410", "Stolz 2"]
    ),
    st.builds(lambda c, n: f"Hall {c} #{n}", st.sampled_from("ABCDE"), st.integers(1, 3000)),
    st.builds(lambda n: f"East Exhibition Hall A-B #E-{n}", st.integers(1, 3000)),
)
_SLOT_ROOMS = st.one_of(_ROOMS, st.sampled_from(["Virtual", "Room 327 - 329", "Hall J #123"]))
"""A timed slot's rooms: also those that the sites printed after its time (``... (PDT) @
Virtual``), which read as no room on a line of their own."""
_EVENTS = st.sampled_from(
    [
        "Oral presentation: Oral 6B",
        "Oral presentation: Oral 1D Datasets & Benchmarks",
        "Workshop: Foundation Models in the Wild",
        "Spotlight presentation: Theory",
        "in Poster Session 5 \u00bb Poster Session 5 (A2)",
        "in Oral Session 3C: Deep Learning",
    ]
)
_KEY_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
_LINK_TEXTS = st.sampled_from(["OpenReview", "Paper", "Poster", "Slides", "Project Page", "Code"])


@st.composite
def _links(draw: st.DrawFn) -> Link:
    key = draw(st.text(_KEY_CHARS, min_size=4, max_size=12))
    url = draw(
        st.sampled_from(
            [
                f"https://openreview.net/forum?id={key}",
                f"https://icml.cc/media/PosterPDFs/ICML%202025/{key}.png",
                f"https://github.com/{key}/{key}",
            ]
        )
    )
    text = None if draw(st.integers(0, 9)) == 0 else draw(_LINK_TEXTS)
    if draw(st.integers(0, 49)) == 23:  # no plain form: brackets in the text, a relative URL;
        # (not the bounds 0 or 49, which hypothesis draws far more often than 1 in 50)
        text, url = draw(st.sampled_from([("[1]", url), ("Code", "/media/x.pdf"), ("a b", "")]))
    return Link(text=text, url=url)


@st.composite
def detail_papers(draw: st.DrawFn) -> Paper:
    """Papers as a detail page prints them: a title, no, one or several authors, an abstract
    (sometimes cut short), a lay summary and links to OpenReview, a poster or code."""
    count = draw(st.integers(0, 9))
    abstract = None if draw(st.integers(0, 5)) == 0 else draw(abstracts())
    title = draw(titles())
    if draw(st.integers(0, 39)) == 0:  # titles that read as a room, a kind or a section
        title = draw(st.sampled_from(["Hall of Mirrors", "Poster", "Video", "Lay Summary"]))
    return Paper(
        title=title,
        authors=draw(people(count, count)),
        abstract=abstract,
        abstract_truncated=abstract is not None and draw(st.integers(0, 4)) == 0,
        lay_summary=None if draw(st.booleans()) else draw(abstracts(max_paragraphs=2)),
        links=tuple(draw(st.lists(_links(), max_size=3))),
    )


@st.composite
def _timed(draw: st.DrawFn, paper: Paper, kind: str | None, first: bool) -> Talk:
    zone = draw(zones())
    start = draw(aware_datetimes(zone))
    minutes = draw(st.one_of(st.sampled_from([15, 60, 90, 120]), st.integers(1, 23 * 60)))
    end = max(start, localize(start.replace(tzinfo=None) + timedelta(minutes=minutes), zone))
    return Talk(
        start=start,
        end=end,
        zone=zone,
        kind=kind,
        paper=paper,
        location=draw(st.one_of(st.none(), _SLOT_ROOMS)),
        event=None if first and draw(st.booleans()) else draw(st.one_of(st.none(), _EVENTS)),
    )


@st.composite
def _detail_page(draw: st.DrawFn, max_slots: int) -> Page:
    paper = draw(detail_papers())
    kind = draw(st.one_of(st.none(), _PAGE_KINDS))
    if len(paper.authors) < 2 and kind is None and draw(st.integers(0, 9)):
        kind = draw(_PAGE_KINDS)  # without an author line, the kind line marks the head
    shape = draw(st.sampled_from(["timed", "timed", "timed", "untimed", "none"]))
    if shape == "none" and kind is not None:
        shape = "untimed"
    talks: list[Talk] = []
    if shape == "timed":
        talks.append(draw(_timed(paper, kind, True)))
        for _ in range(draw(st.integers(0, max_slots - 1))):
            talks.append(draw(_timed(paper, draw(st.one_of(st.none(), _SLOT_KINDS)), False)))
    elif shape == "untimed":
        location = draw(st.one_of(st.none(), _ROOMS))
        event = draw(st.one_of(st.none(), _EVENTS))
        if (kind, location, event) == (None, None, None):
            location = draw(_ROOMS)
        talks.append(Talk(kind=kind, paper=paper, location=location, event=event))
    sessions = (Session(talks=tuple(talks)),) if talks else ()
    return Page(layout="detail", papers=(paper,), sessions=sessions)


def detail_pages(max_slots: int = 3) -> st.SearchStrategy[Page]:
    """Pages of the ``detail`` layout: one paper, and one talk per time slot (poster, oral
    ...) presenting it, with rooms, parent events and slots that cross midnight; or a
    single untimed talk; or the paper alone. No diagnostics."""
    return _detail_page(max_slots)
