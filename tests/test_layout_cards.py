"""The cards layout on the 2019-2020 `maincard` schedule markup: one rule at a time, on
hand-written cards shaped like the ICML 2020 schedule (tests/pages/found/02 is the real page,
checked in tests/facts)."""

from __future__ import annotations

from datetime import date

import confparse

CARD = """<div class="maincard narrower {kind}" id="maincard_{n}">
  <div class="pull-right maincardHeader maincardType">{kind}</div>
  <div class="maincardHeader">{time}</div>
  <div class="maincardBody">{title}</div>
  {parent}
  <div class="maincardFooter">Ada Lovelace · Alan Turing</div>
</div>"""


def _page(*cards: str) -> str:
    return "<html><body>" + "\n".join(cards) + "</body></html>"


def _card(n: int, kind: str, time: str, title: str, parent: str = "") -> str:
    return CARD.format(n=n, kind=kind, time=time, title=title, parent=parent)


def test_a_maincard_schedule_gives_one_talk_per_card() -> None:
    html = _page(
        _card(1, "Break", "Tue Jul 14 02:45 AM -- 03:00 AM (CEST)", "Coffee Break"),
        _card(
            2,
            "Poster",
            "Tue Jul 14 06:00 PM -- 06:45 PM &amp; Wed Jul 15 07:00 AM -- 07:45 AM (CEST)",
            "A Paper Title",
            '<div class="pull-right maincardHeader maincardType">In '
            '<a href="https://icml.cc/Conferences/2020/Schedule?showParentSession=5764">'
            "Poster Session 1</a></div>",
        ),
    )
    page = confparse.parse(html, today=date(2026, 11, 22))
    assert page.layout == "cards"
    coffee, poster = page.sessions[0].talks
    assert (coffee.kind, coffee.zone, coffee.paper and coffee.paper.title) == (
        "Break",
        "CEST",
        "Coffee Break",
    )
    # the kind is the card type, not the parent-session line of the same class
    assert (poster.kind, poster.event) == ("Poster", "Poster Session 1")
    assert poster.start is not None and poster.start.isoformat() == "2020-07-14T18:00:00+02:00"
    assert poster.paper is not None
    assert [p.name for p in poster.paper.authors] == ["Ada Lovelace", "Alan Turing"]
    (second,) = [d for d in page.diagnostics if d.code == "second-slot"]
    assert "Wed Jul 15 07:00 AM -- 07:45 AM" in second.message
    assert poster.location is None  # "(CEST)" is the zone, not a room


TUTORIAL_CARD = """<div class="event-card touchup-date" id="event-75374"
     data-event-type="Tutorial" data-event-id="75374">
  <span class="event-type-badge">Tutorial</span>
  <h3 class="event-title">
    <a href="/virtual/2026/75374">Diffusion and Flow-Matching: From Memorization to
      Generalization &amp; Beyond</a>
  </h3>
  <div class="event-speakers">
    Mathurin Massias \u22c5 Quentin Bertrand
  </div>
  <a href="/virtual/2026/75374" class="view-details-link">View full details</a>
</div>"""


def test_an_event_link_without_its_kind_is_the_cards_link() -> None:
    # tests/pages/found/12: the ICML 2026 tutorials link /virtual/2026/<id>, not
    # /virtual/2026/tutorial/<id>; the link was dropped before
    page = confparse.parse(_page(TUTORIAL_CARD, TUTORIAL_CARD.replace("75374", "75372")))
    assert page.layout == "cards"
    first, second = page.sessions[0].talks
    assert first.paper is not None and second.paper is not None
    assert [link.url for link in first.paper.links] == ["/virtual/2026/75374"]
    assert [link.url for link in second.paper.links] == ["/virtual/2026/75372"]
    assert first.paper.title.startswith("Diffusion and Flow-Matching")
