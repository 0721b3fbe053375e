"""Round trips through HTML: the same records come out of a page's text and of its markup.

- Event cards render as the platform's card markup, which reads back to the same page.
- A detail page drawn by the shipped strategies reads the same from its text form and from
  the virtual site's poster markup written from its records (tests/platform_markup.py).
"""

from __future__ import annotations

from datetime import date, datetime

import attrs
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import confparse
from confparse import Page, Paper, Session, Talk
from confparse import strategies as cs
from confparse.times import localize
from platform_markup import detail_html

TODAY = date(2026, 11, 22)


def _plain(page: Page) -> Page:
    """*page* without what depends on where its lines stood (spans are provenance)."""
    return attrs.evolve(page, diagnostics=())


@st.composite
def card_pages(draw: st.DrawFn) -> Page:
    talks = []
    for number in range(draw(st.integers(1, 5))):
        paper = draw(cs.papers())
        if paper.title is None:
            paper = attrs.evolve(paper, title=draw(cs.titles()))
        url = f"/virtual/2023/poster/{70000 + number}"
        paper = attrs.evolve(paper, links=(confparse.Link(text=paper.title, url=url),))
        timed = draw(st.booleans())
        start = end = zone = None
        if timed:
            zone = draw(st.sampled_from(["CET", "PST", "EDT", "UTC"]))
            wall = draw(
                st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1))
            )
            start = localize(wall.replace(second=0, microsecond=0), zone)
            end = None
        kind = draw(st.sampled_from([None, "Poster", "Spotlight Poster", "Oral"]))
        room = draw(st.sampled_from([None, "Great Hall & Hall B1+B2 (level 1)", "Hall A"]))
        talks.append(Talk(start=start, end=end, zone=zone, kind=kind, location=room, paper=paper))
    return Page(layout="cards", sessions=(Session(talks=tuple(talks)),))


@settings(max_examples=60)
@given(card_pages())
def test_cards_render_as_markup_that_reads_back(page: Page) -> None:
    try:
        markup = confparse.render(page, today=TODAY)
    except confparse.RenderError:
        return
    back = confparse.parse(markup, today=TODAY)
    assert back.layout == "cards"
    assert _plain(back) == page


def test_the_card_property_is_not_vacuous() -> None:
    from conftest import render_outcomes

    outcomes = render_outcomes(card_pages(), 40)
    assert sum(outcomes) / len(outcomes) > 0.6


def _one_slot(page: Page) -> bool:
    talks = [talk for session in page.sessions for talk in session.talks]
    paper = page.papers[0] if page.papers else None
    return (
        paper is not None
        and paper.title is not None
        and paper.lay_summary is None
        and len(talks) <= 1
        and all(talk.event is None for talk in talks)
    )


def _plain_head(page: Page) -> Page:
    """*page* without what the markup of `detail_html` does not print: a lay summary, the
    talks' parent events (drawing them away instead of filtering keeps the draws cheap)."""
    paper = page.papers[0] if page.papers else None
    if paper is None or (paper.lay_summary is None and not page.sessions):
        return page
    plain = attrs.evolve(paper, lay_summary=None)
    sessions = tuple(
        attrs.evolve(
            session,
            talks=tuple(attrs.evolve(t, event=None, paper=plain) for t in session.talks),
        )
        for session in page.sessions
    )
    return attrs.evolve(page, papers=(plain,), sessions=sessions)


@settings(max_examples=60)
@given(cs.detail_pages(max_slots=1).map(_plain_head))
def test_a_detail_page_reads_the_same_from_its_text_and_its_markup(page: Page) -> None:
    assume(_one_slot(page))
    try:
        text = confparse.render(page, today=TODAY)
    except confparse.RenderError:
        return
    from_text = confparse.parse(text, layout="detail", today=TODAY)
    from_markup = confparse.parse(detail_html(page), layout="detail", today=TODAY)
    assert from_markup.papers[0].title == from_text.papers[0].title
    assert from_markup.papers[0].authors == from_text.papers[0].authors
    assert from_markup.papers[0].abstract == from_text.papers[0].abstract
    assert [
        (t.kind, t.start, t.end, t.zone, t.location) for s in from_markup.sessions for t in s.talks
    ] == [(t.kind, t.start, t.end, t.zone, t.location) for s in from_text.sessions for t in s.talks]
    assert isinstance(from_markup.papers[0], Paper)
