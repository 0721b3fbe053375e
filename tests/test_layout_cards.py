"""The cards layout on the 2019-2020 `maincard` schedule markup: one rule at a time, on
hand-written cards shaped like the ICML 2020 schedule (tests/pages/found/02 is the real page,
checked in tests/facts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import confparse
from confparse import Span, capture

from conftest import PAGES

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


# -- text captures of the event-card grid (tests/pages/recaptured/12_*) ---------------------
COPY = """Tutorials
10 Events
TUTORIAL
Diffusion and Flow-Matching: From Memorization to Generalization & Beyond
Mathurin Massias \u22c5 Quentin Bertrand
Jul 6, 9:00 AM - 11:30 AM
HALL D1
View full details
TUTORIAL
Probabilistic Numerics \u2014 Computation is Machine Learning
Philipp Hennig \u22c5 Marvin P\u00f6rtner \u22c5 Tim Weiland
Jul 6, 9:00 AM - 11:30 AM
HALL D2
Machine learning is the process of estimating latent representations or variables from data.

But what actually happens inside of a Learning Machine is the solution of a numerical problem.
Show more
View full details
TUTORIAL
Unifying Attention and Diffusion with Kan Extension Transformers
Sridhar Mahadevan
Jul 6, 9:00 AM - 11:30 AM
HALL C
View full details
Privacy Policy
"""
"""A browser's copy of the ICML 2026 tutorials (Chromium's ``innerText``: the kind in
capitals, the room on a line of its own)."""


def _talks(text: str) -> list[confparse.Talk]:
    page = confparse.parse(text, today=date(2026, 11, 22))
    assert page.layout == "cards"
    return list(page.sessions[0].talks)


def _page_of(banner: str, card: str, *fills: str) -> str:
    """A cards page: *banner*, then *card* filled with each of *fills* (``{n}`` its number,
    ``{rest}`` the fill), one card after the other."""
    return f"{banner}\n\n" + "\n".join(
        card.format(n=number, rest=fill) for number, fill in enumerate(fills)
    )


def _authors(text: str) -> list[list[str]]:
    """The names of each card's speakers on the cards page *text* (`_talks`)."""
    return [[p.name for p in t.paper.authors] for t in _talks(text) if t.paper]


def test_a_page_of_card_heads_is_no_detail_page() -> None:
    from confparse.layouts.detail.detection import detect_text

    one = COPY.split("TUTORIAL\nProbabilistic")[0]
    assert detect_text(one) > 0.5  # one event's head: a detail page may start so
    assert detect_text(COPY) < 0.5  # several: a page of cards, read by the cards layout


def test_a_browsers_copy_of_event_cards_gives_one_talk_per_card() -> None:
    page = confparse.parse(COPY, today=date(2026, 11, 22))
    first, second, third = _talks(COPY)
    assert first.paper is not None and second.paper is not None and third.paper is not None
    assert (first.kind, first.location) == ("Tutorial", "HALL D1")  # capitals: the CSS's
    assert [p.name for p in first.paper.authors] == ["Mathurin Massias", "Quentin Bertrand"]
    assert first.paper.abstract is None
    assert second.paper.abstract == (
        "Machine learning is the process of estimating latent representations or variables "
        "from data.\n\nBut what actually happens inside of a Learning Machine is the "
        "solution of a numerical problem."
    )
    assert [p.name for p in third.paper.authors] == ["Sridhar Mahadevan"]  # one name
    unzoned = [d for d in page.diagnostics if d.code == "zone-unknown"]
    assert len(unzoned) == 3 and first.start is None  # no zone printed: none invented
    outside = {d.text for d in page.diagnostics if d.code == "outside-cards"}
    assert outside == {"Tutorials", "10 Events", "Privacy Policy"}  # after the closing button


def test_one_name_over_an_abstract_down_to_the_cards_button_is_the_speaker() -> None:
    """A card that prints no time (the position papers') has one name under its title over
    the abstract: the name is the speaker where the abstract runs down to the card's button;
    without the button nothing tells the name from the abstract's first line."""
    card = (
        "Poster\n\nA Study of Things\n\nAnn Lee\n\nWe study things.\nThey matter.\n\n"
        "Show more\n\nView full details\n\n"
    )
    page = confparse.parse(card + card.replace("Ann Lee", "Bo Chen \u22c5 Cy Dee"), "cards")
    talks = page.sessions[0].talks
    assert [[p.name for p in t.paper.authors] for t in talks if t.paper] == [
        ["Ann Lee"],
        ["Bo Chen", "Cy Dee"],
    ]
    assert talks[0].paper is not None and talks[0].paper.abstract == "We study things. They matter."
    from confparse.layouts.cards.text import _head

    lines = ["Poster", "A Study of Things", "Ann Lee", "We study things.", "Poster"]
    assert _head(lines, 0) is None  # the next card's kind line before any button
    assert _head([*lines[:4], "View full details"], 0) is not None


def test_a_text_browsers_dump_has_the_room_after_the_time() -> None:
    dump = """Tutorial

Unlearning Data at Scale

   Vinith Suriyakumar \u22c5 Gautam Kamath \u22c5 Ashia
   Wilson
   Jul 6, 9:00 AM - 11:30 AM AUDITORIUM
   View full details
   Tutorial

Calibration: From Predictions to Decisions

   Aaron Roth \u22c5 Natalie Collina
   Jul 6, 1:30 PM - 4:00 PM HALL D2
   View full details
"""
    first, second = _talks(dump)
    assert first.location == "AUDITORIUM" and second.location == "HALL D2"
    assert first.paper is not None  # the last name wrapped on a line of its own
    assert [p.name for p in first.paper.authors][-1] == "Ashia Wilson"


def test_html2text_icons_and_wrapped_titles_are_read() -> None:
    markdown = """# Tutorials

__10 Events

Tutorial

###  [Diffusion and Flow-Matching: From Memorization to Generalization & Re-
examination](/virtual/2026/75374)

Mathurin Massias \u22c5 Quentin Bertrand

__ Jul 6, 9:00 AM - 11:30 AM  __ HALL D1

[ View full details __](/virtual/2026/75374)

Tutorial

###  [Unlearning Data at Scale](/virtual/2026/75372)

Vinith Suriyakumar \u22c5 Gautam Kamath

__ Jul 6, 9:00 AM - 11:30 AM  __ AUDITORIUM

[ View full details __](/virtual/2026/75372)
"""
    first, second = _talks(markdown)
    assert capture.read(markdown).format == "markdown"
    assert first.paper is not None
    assert first.paper.title == (
        "Diffusion and Flow-Matching: From Memorization to Generalization & Re-examination"
    )
    assert [link.url for link in first.paper.links] == ["/virtual/2026/75374"]
    assert (first.location, second.location) == ("HALL D1", "AUDITORIUM")


_TITLE_FIRST = """Renku: a platform for sustainable data science
Poster
Rok Ro\u0161kar \u00b7 Chandrasekhar Ramakrishnan
Tue 12 Dec 05:45 PM CET

[ Great Hall & Hall B1+B2 (level 1) ]

Abstract

Data and code working together is fundamental to machine learning.
Implicit Bias of Gradient Descent for Logistic Regression at the
Edge of Stability
Spotlight Poster
Jingfeng Wu \u00b7 Vladimir Braverman \u00b7 Jason Lee Tue 12 Dec 05:45 PM CET

[ Great Hall & Hall B1+B2 (level 1) ]
Abstract
Recent research has observed that gradient descent operates at the edge of stability \u2026
Semi-Supervised Domain Generalization with Known and Unknown Classes
Spotlight Poster
Lei Zhang \u00b7 Ji-Fu Li \u00b7 Wei Wang
Tue 12 Dec 05:45 PM CET
"""


def test_cards_with_the_title_over_the_kind_are_read() -> None:
    """The 2023 cards print the title first, then the kind, the speakers, the time, the
    room in brackets and an ``Abstract`` toggle: the head's order is not fixed. A paragraph
    that runs into the next title (no blank line between) stays out of it, and so does a
    time that a text browser joined to the last names."""
    first, second, third = _talks(_TITLE_FIRST)
    assert [t.kind for t in (first, second, third)] == ["Poster"] + ["Spotlight Poster"] * 2
    assert first.paper is not None and second.paper is not None and third.paper is not None
    assert second.paper.title == (
        "Implicit Bias of Gradient Descent for Logistic Regression at the Edge of Stability"
    )
    assert third.paper.title.startswith("Semi-Supervised")
    assert first.location == "Great Hall & Hall B1+B2 (level 1)"
    assert (
        first.paper.abstract == "Data and code working together is fundamental to machine learning."
    )
    assert [p.name for p in second.paper.authors][-1] == "Jason Lee"
    assert second.start is not None and second.start.hour == 17
    assert second.paper.abstract_truncated
    page = confparse.parse(_TITLE_FIRST)
    assert [d.code for d in page.diagnostics] == []


def test_the_2020_cards_kind_time_title_are_read() -> None:
    # the 2020 schedule's text: kind, time, title, the parent session, names; a break's
    # title names a kind; a single speaker under a title is no title of the next card
    from confparse.layouts.cards.text import card_heads, is_card_page

    schedule = "\n".join(
        f"Poster\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\nTitle {n}\nIn AcceptedPapersParent\n"
        "Ada Lee \u00b7 Al Turing"
        for n in range(4)
    )
    text = (
        "ICML | 2020\n\n"
        + schedule
        + "\nBreak\nTue Jul 14 05:00 PM -- 05:15 PM (CEST)\nCoffee Break"
        + "\nTutorial\nMon Jul 13 10:00 AM -- 01:00 PM (CEST)\nA Tutorial\nMihaela van der Schaar"
        + "\nWorkshop\nA Workshop\nAda Lovelace \u00b7 Alan Turing"
    )
    assert card_heads(text, 5) == 5  # the heads over an author run
    assert is_card_page(text)
    page = confparse.parse(text, layout="cards", today=date(2026, 12, 5))
    talks = page.sessions[0].talks
    assert [(t.kind, t.paper.title if t.paper else None) for t in talks] == [
        *[("Poster", f"Title {n}") for n in range(4)],
        ("Break", "Coffee Break"),
        ("Tutorial", "A Tutorial"),
        ("Workshop", "A Workshop"),
    ]
    first, tutorial = talks[0], talks[5]
    assert first.event == "AcceptedPapersParent"
    assert first.paper is not None
    assert [p.name for p in first.paper.authors] == ["Ada Lee", "Al Turing"]
    assert tutorial.paper is not None
    assert [p.name for p in tutorial.paper.authors] == ["Mihaela van der Schaar"]
    # the year is the banner's: Jul 13 is a Monday in 2020 and in 2026
    assert tutorial.start is not None and tutorial.start.year == 2020
    assert [d.code for d in page.diagnostics] == ["outside-cards"]


def test_the_2020_cards_parent_session_over_two_lines_is_read() -> None:
    """BeautifulSoup's ``get_text("\\n")`` prints each text node on a line of its own: a
    card's ``In <a>AcceptedPapersParent</a>`` as ``In`` over the session's name. The title
    ends above ``In``, and the session is the line under it."""
    text = "ICML | 2020\n" + "\n".join(
        f"Poster\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\nTitle {n}\nIn\n"
        "AcceptedPapersParent\nAda Lee \u00b7 Al Turing"
        for n in range(3)
    )
    talks = _talks(text)
    assert [t.paper.title for t in talks if t.paper] == [f"Title {n}" for n in range(3)]
    assert [t.event for t in talks] == ["AcceptedPapersParent"] * 3
    assert [[p.name for p in t.paper.authors] for t in talks if t.paper] == [
        ["Ada Lee", "Al Turing"]
    ] * 3


def test_a_parent_session_under_a_lone_in_is_the_cards_even_when_named_like_a_kind() -> None:
    """BeautifulSoup's ``get_text()`` keeps the source's indentation: ``In`` stands over
    blank lines and the session's name, which the 2016 schedule may name like a kind
    (``Award Talk``, ``Invited Talks (Thu)``). That name is the card's session, never the
    head of a card whose title is ``In``."""
    card = (
        "{kind}\nWed Dec 7th 09:50  -- 10:10 AM @ Area 1 + 2\nTitle {n}\nIn\n"
        "                    \n                    {rest}\n\nAda Lee \u00b7 Al Turing\n\n\n"
    )
    events = ["Invited Talks (Thu)", "Oral Session 1", "Award Talk", "Oral Session 2"]
    text = "Year (2016)\nContact NIPS\n\n" + "\n".join(
        card.format(kind=("Oral", "Invited Talk (Breiman Lecture)")[n % 2], n=n, rest=event)
        for n, event in enumerate(events)
    )
    talks = _talks(text)
    assert [(t.kind, t.paper.title if t.paper else None, t.event) for t in talks] == [
        (("Oral", "Invited Talk (Breiman Lecture)")[n % 2], f"Title {n}", event)
        for n, event in enumerate(events)
    ]
    assert _authors(text) == [["Ada Lee", "Al Turing"]] * len(events)

    # one speaker under the session: the name could be a title, the session a kind line
    text = text.replace("Ada Lee \u00b7 Al Turing\n\n\n", "Irina Rish\n")
    page = confparse.parse(text, layout="cards", today=date(2026, 11, 22))
    talks = page.sessions[0].talks
    assert [(t.event, t.paper.title if t.paper else None) for t in talks] == [
        (event, f"Title {n}") for n, event in enumerate(events)
    ]
    assert [[p.name for p in t.paper.authors] for t in talks if t.paper] == [["Irina Rish"]] * 4


def test_a_parent_session_joined_to_a_titles_end_is_taken_off() -> None:
    """A text browser prints a title up to its edge and ``In AcceptedPapersParent`` under
    it: the capture reads that line as the title's rest. The page prints the same parent
    session on a line of its own in other cards, so the title's end is the session; a
    title that ends in ``In`` and words no other card prints so keeps them."""
    card = "Poster\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\n{title}\nAda Lee \u00b7 Al Turing\n"
    titles = [f"Title {n}\nIn AcceptedPapersParent" for n in range(3)]
    joined = ["Title 3 In AcceptedPapersParent", "Learning In Context"]
    text = "ICML | 2020\n\n" + "".join(card.format(title=t) for t in [*titles, *joined])
    talks = _talks(text)
    assert [t.paper.title for t in talks if t.paper] == [
        *(f"Title {n}" for n in range(4)),
        "Learning In Context",
    ]
    assert [t.event for t in talks] == [*["AcceptedPapersParent"] * 4, None]

    # a session that the browser wrapped: the page prints its first line alone
    wrapped = "In Deep Learning -- Visualization or Exposition Techniques for Deep\nNetworks"
    titles = [f"Title {n}\n{wrapped}" for n in range(3)]
    joined = [f"Title 3 {wrapped}"]
    text = "NeurIPS 2019\n\n" + "".join(card.format(title=t) for t in [*titles, *joined])
    talks = _talks(text)
    assert [(t.paper.title if t.paper else None, t.event) for t in talks] == [
        (f"Title {n}", "Deep Learning -- Visualization or Exposition Techniques for Deep Networks")
        for n in range(4)
    ]


def test_a_names_last_word_does_not_go_on_over_a_blank_line() -> None:
    """A wrapped author run goes on on the next line: a short line over a blank line is not
    its last name (the next card's kind, ``Poster``, where the capture was cut right under
    it)."""
    from confparse.layouts.cards.text import _continues_names

    assert _continues_names("Poster")  # (the rule the blank line comes before)
    card = (
        "Poster\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\nTitle {n}\nIn AcceptedPapersParent\n"
        "Ada Lee \u00b7 Al Turing\n"
    )
    text = "ICML | 2020\n\n" + "\n".join(card.format(n=n) for n in range(3)) + "\nPoster\n"
    talks = _talks(text)
    assert [[p.name for p in t.paper.authors] for t in talks if t.paper] == [
        ["Ada Lee", "Al Turing"]
    ] * 3


def test_a_kind_over_a_cards_time_is_a_card_whatever_its_title() -> None:
    """pandoc's ``markdown_strict`` writes a title's typeset math as the page's raw markup,
    over many lines: no title. The kind over the time still starts a card (its kind, time,
    parent session and speakers read, the markup reported); before, the card's lines went
    into the abstract of the card above."""
    card = (
        "Poster\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\n{title}\nIn AcceptedPapersParent\n"
        "Ada Lee \u00b7 Al Turing\n"
    )
    markup = (  # its paragraph, one line of more than 300 characters: no title
        'Projections onto <span class="MathJax_Preview" style="color: inherit; display: none;">'
        '</span><span id="MathJax-Element-1-Frame" class="mjx-chtml MathJax_CHTML" tabindex="0"'
        ' mathml="&lt;math xmlns=&quot;http://www.w3.org/1998/Math/MathML&quot;&gt;&lt;msub&gt;'
        '&lt;mi&gt;&amp;#x2113;&lt;/mi&gt;&lt;/msub&gt;&lt;/math&gt;" role="presentation">'
    )
    titles = ["Title 0", "Title 1", markup, "Title 3"]
    text = "ICML | 2020\n\n" + "\n".join(card.format(title=t) for t in titles)
    page = confparse.parse(text, today=date(2026, 11, 22))
    talks = page.sessions[0].talks
    assert [t.paper.title if t.paper else None for t in talks] == [
        "Title 0",
        "Title 1",
        None,
        "Title 3",
    ]
    assert talks[1].paper is not None and talks[1].paper.abstract is None
    assert talks[2].kind == "Poster" and talks[2].start == talks[0].start
    assert talks[2].paper is not None and talks[2].event == "AcceptedPapersParent"
    assert [p.name for p in talks[2].paper.authors] == ["Ada Lee", "Al Turing"]
    assert [d.line for d in page.diagnostics if d.code == "unparsed-line"] == [17]


def test_a_long_parent_session_is_the_cards_session() -> None:
    """The 2019 schedule's parent sessions run to 89 characters (``In Neuroscience and
    Cognitive Science -- Brain--Computer Interfaces and Neural Prostheses``): such a line
    under the title is the session, not the title's rest."""
    session = (
        "Neuroscience and Cognitive Science -- Brain--Computer Interfaces and Neural Prostheses"
    )
    card = (
        "Poster\nTue Dec 10th 10:45 AM -- 12:45 PM @ East Exhibition Hall B + C #{n}\n"
        "Title {n}\nIn {session}\nAda Lee \u00b7 Al Turing\n"
    )
    text = "NeurIPS | 2019\n\n" + "\n".join(card.format(n=n, session=session) for n in range(3))
    talks = _talks(text)
    assert [t.paper.title for t in talks if t.paper] == [f"Title {n}" for n in range(3)]
    assert [t.event for t in talks] == [session] * 3


def test_names_joined_to_the_parent_sessions_line_are_the_names() -> None:
    """lynx joins a card's names to the parent session's line above them where the first
    name would not have fit on it: a session that the page prints on a line of its own is
    the session, and the rest of the line the names (a session's own longer name, ``In Deep
    Learning 2`` beside ``In Deep Learning``, is not split)."""
    card = "Poster\nTue Dec 10th 10:45 AM -- 12:45 PM @ Hall #{n}\nTitle {n}\n{event}\n{names}\n"
    cards = [
        card.format(
            n=0, event="In Algorithms -- Bandit Algorithms", names="Ada Lee \u00b7 Al Turing"
        ),
        card.format(n=1, event="In Deep Learning 2", names="Kenji Kawaguchi"),
        card.format(n=2, event="In Deep Learning", names="Ada Lee \u00b7 Al Turing"),
    ]
    joined = "Poster\nTue Dec 10th 10:45 AM -- 12:45 PM @ Hall #3\nTitle 3\n"
    joined += "In Algorithms -- Bandit Algorithms Sivan Sabato \u00b7 Bo Chen\n"
    talks = _talks("NeurIPS | 2019\n\n" + "\n".join([*cards, joined]))
    assert [t.event for t in talks] == [
        "Algorithms -- Bandit Algorithms",
        "Deep Learning 2",
        "Deep Learning",
        "Algorithms -- Bandit Algorithms",
    ]
    assert [[p.name for p in t.paper.authors] for t in talks if t.paper] == [
        ["Ada Lee", "Al Turing"],
        ["Kenji Kawaguchi"],
        ["Ada Lee", "Al Turing"],
        ["Sivan Sabato", "Bo Chen"],
    ]


def test_a_parent_session_wrapped_over_two_lines_is_one_session() -> None:
    """lynx wraps a long parent session over two lines, the names right under its end: the
    end is the session's, and one name under a session is the speaker."""
    card = (
        "Poster\nTue Dec 10th 10:45 AM -- 12:45 PM @ Hall #{n}\nTitle {n}\n"
        "In Deep Learning -- Visualization or Exposition Techniques for Deep\n{rest}\n"
    )
    text = _page_of(
        "NeurIPS | 2019",
        card,
        "Networks\nAda Lee \u00b7 Al Turing",
        "Amir-massoud Farahmand",
        "Networks\nSara Hooker \u00b7 Been Kim",
    )
    session = "Deep Learning -- Visualization or Exposition Techniques for Deep"
    assert [t.event for t in _talks(text)] == [
        f"{session} Networks",
        session,
        f"{session} Networks",
    ]
    assert _authors(text) == [
        ["Ada Lee", "Al Turing"],
        ["Amir-massoud Farahmand"],
        ["Sara Hooker", "Been Kim"],
    ]


def test_a_cards_button_to_another_page_is_no_name() -> None:
    """The 2016 schedule's ``Spotlight Video »`` under the names: on a line of its own (w3m,
    lynx without its links) or joined to the names where it would not have fit after them
    (html-to-text), it is the card's button, not the last name's end; so are the platform's
    link buttons (``OpenReview``, ``PDF``), one under the other."""
    card = (
        "Poster\nMon Dec 5th 06:00 -- 09:30 PM @ Area 5+6+7+8 #{n}\nTitle {n}\n"
        "In Monday Posters\nZhe Li \u00b7 Boqing Gong{rest}\n"
    )
    text = _page_of(
        "NIPS 2016",
        card,
        "\nSpotlight Video \u00bb",
        " Spotlight Video \u00bb",
        "",
        "\nOpenReview\nPDF",  # the platform's link buttons, one label a line
    )
    assert _authors(text) == [["Zhe Li", "Boqing Gong"]] * 4
    last = _talks(text)[3].paper
    assert last is not None and last.abstract is None  # (no "PDF" either)


def test_a_zone_in_parentheses_before_the_room_is_the_zone() -> None:
    """The schedules' event pages print the zone in parentheses and then the room (``Sat Jun
    15 10:50 AM -- 11:30 AM (PDT) @ None``, ``None`` for a talk without a room); the zone
    had been read as the room's start, and the time was left without one."""
    card = (
        "Poster\nThu Apr 24th 07:00 PM -- 09:30 PM (PDT) @ {room}\nTitle {n}\n"
        "Ada Lee \u00b7 Al Turing\n"
    )
    rooms = ["Hall 3 + Hall 2B #1", "None", "Hall 3 (Online)"]
    talks = _talks(
        "ICLR | 2025\n\n" + "\n".join(card.format(room=r, n=n) for n, r in enumerate(rooms))
    )
    assert [(t.zone, t.location) for t in talks] == [
        ("PDT", "Hall 3 + Hall 2B #1"),
        ("PDT", None),
        ("PDT", "Hall 3 (Online)"),
    ]
    assert talks[0].start is not None and talks[0].start.isoformat() == "2025-04-24T19:00:00-07:00"


def test_two_pasted_event_pages_are_not_a_page_of_cards() -> None:
    # a text-mode browser's dump of a poster page, pasted twice: the second page's menu
    # ("• NeurIPS" over "□ Help/FAQ") lies between the two heads
    page = """  \u2022 NeurIPS
      \u25a1 Help/FAQ

Poster

The Curious Price of Distributional Robustness

Laixi Shi \u00b7 Gen Li \u00b7 Yuting Wei

Tue 12 Dec 8:45 a.m. PST \u2014 10:45 a.m. PST

Abstract: We study the price of robustness.
"""
    from confparse.layouts.cards.text import card_heads

    assert card_heads(page + page, 2) == 1
    assert card_heads(page + page.replace("Help/FAQ", "Help"), 2) == 2  # a page of cards


def test_a_second_page_of_cards_pasted_below_is_reported_not_read() -> None:
    text = f"Skip to yearly menu bar Skip to main content\n{COPY}\n"
    page = confparse.parse(text + text, today=date(2026, 11, 22))
    assert page.layout == "cards"
    assert len(page.sessions[0].talks) == 3
    (second,) = [d for d in page.diagnostics if d.code == "second-page"]
    assert second.line == text.count("\n") + 1


def test_an_event_page_pasted_below_the_cards_is_a_second_page() -> None:
    # a text-mode browser prints the next page's menu as "• NeurIPS" over "□ Help/FAQ",
    # which starts no line the way a copy's menu does
    poster = (
        "  \u2022 NeurIPS\n      \u25a1 Help/FAQ\n\nPoster\n\nA Poster Title\n\n"
        "Ada Lee \u00b7 Al Turing\n\nTue 12 Dec 8:45 a.m. PST \u2014 10:45 a.m. PST\n"
    )
    page = confparse.parse(f"{COPY}\n{poster}", today=date(2026, 11, 22))
    assert page.layout == "cards"
    assert len(page.sessions[0].talks) == 3
    (second,) = [d for d in page.diagnostics if d.code == "second-page"]
    assert second.text.strip() == "\u25a1 Help/FAQ"


def test_cards_without_their_kind_lines_are_no_detail_page() -> None:
    # trafilatura keeps a card's title, speakers and button, and drops its kind line
    from confparse.layouts.detail.detection import detect_text

    card = "Poster\n\n# {0}\n\nAda Lee \u00b7 Al Turing\n\nWe study {0}.\n\nView full details\n"
    one = card.format("Ranking Posters")
    assert detect_text(one) > 0.5
    assert detect_text(one + "\n" + card.format("Sorting Posters").replace("Poster\n", "")) < 0.5


@pytest.mark.parametrize("picture", ["thumbnail", "[thumbnail]"])
def test_a_cards_poster_thumbnail_is_furniture_in_every_format(picture: str) -> None:
    # a converter and a text browser print the poster image's alt text where it stood;
    # pandoc's plain text puts it in brackets
    text = "\n\n".join(
        [
            f"Title {n}\nPoster\nAda Lee \u00b7 Al Turing\nTue 12 Dec 05:45 PM CET\n\n"
            f"[ Great Hall ]\n\n{picture}\n\nAbstract\n\n"
            "We study the price of robustness in this work."
            for n in range(3)
        ]
    )
    page = confparse.parse(text, layout="cards", today=date(2026, 12, 5))
    talks = page.sessions[0].talks
    assert [t.paper.abstract for t in talks if t.paper] == [
        "We study the price of robustness in this work."
    ] * 3
    assert [t.location for t in talks] == ["Great Hall"] * 3
    assert page.diagnostics == ()


_LYNX_CARDS = """   [1]Skip to main content

   [2]Renku: a platform for sustainable data science
   Poster
   Rok Ro\u0161kar \u00b7 Chandrasekhar Ramakrishnan
   Tue 12 Dec 05:45 PM CET

   [ Great Hall & Hall B1+B2 (level 1) ]

   thumbnail
   Abstract

   Data and code are read by the code at
   https://github.com/stanford-crfm/helm, which is integrated with the
   HELM codebase
   [3]ResShift: Efficient Diffusion Model for Image Super-resolution by
   Residual Shifting
   Spotlight Poster
   Zongsheng Yue \u00b7 Jianyi Wang \u00b7 Chen Change Loy
   Tue 12 Dec 05:45 PM CET

   [ Great Hall & Hall B1+B2 (level 1) ]

References

   1. https://neurips.cc/virtual/2023/poster/71244#main
   2. https://neurips.cc/virtual/2023/poster/73464
   3. https://neurips.cc/virtual/2023/poster/71244
"""


def test_a_title_linked_to_its_page_starts_below_a_paragraph_without_its_end() -> None:
    """lynx prints a card's linked title right under the abstract before it, whose last
    line ends without a full stop: the line that starts with the link to a paper page is
    the title's first. The card picture's alternative text is the site's furniture."""
    first, second = _talks(_LYNX_CARDS)
    assert first.paper is not None and second.paper is not None
    assert second.paper.title == (
        "ResShift: Efficient Diffusion Model for Image Super-resolution by Residual Shifting"
    )
    assert first.paper.abstract is not None
    assert first.paper.abstract.endswith("integrated with the HELM codebase")
    page = confparse.parse(_LYNX_CARDS)
    assert {d.text for d in page.diagnostics if d.code != "zone-unknown"} == set()


def test_the_sites_menu_outside_the_cards_is_furniture_where_it_is_a_list() -> None:
    """A text browser prints the menu as list items: each entry is furniture by its own
    text (``Help/FAQ``, the year menu); the page's heading, which is no list item, is
    reported though it reads as a menu entry (``Orals``)."""
    menu = (
        "   [1]Skip to yearly menu bar [2]Skip to main content\n\nMain Navigation\n\n"
        "   [3]conference_logo\n     * [4]ICML\n          + [5]Help/FAQ\n"
        "     * [6]Select Year: (2026)\n          + [7]2026\n          + [8]2025\n"
        "     *\n\nOrals\n\n"
    )
    body, table = _LYNX_CARDS.split("References\n\n")
    body = body.replace("   [1]Skip to main content\n\n", "")
    table = (
        "".join(f"   {n}. https://icml.cc/{n}\n" for n in range(1, 9))
        + table[table.index("   2.") :]
    )
    page = confparse.parse(menu + body + "References\n\n" + table)
    assert page.layout == "cards" and len(page.sessions[0].talks) == 2
    outside = [d.text.strip() for d in page.diagnostics if d.code == "outside-cards"]
    assert outside == ["Orals"]


def test_a_converters_markdown_paragraph_is_one_field_of_a_card() -> None:
    """markdownify keeps the page source's line breaks inside a card's fields: ``In`` over
    the link to the parent session, the names over three lines. In markdown a paragraph is
    one field; a heading is one of its own."""
    card = (
        "Poster\n\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\n\nTitle {n}\n\nIn\n"
        "[AcceptedPapersParent](https://icml.cc/Conferences/2020/Schedule?showParentSession=5764)"
        "\n\nAda Lee \u00b7 Al Turing \u00b7\nGrace Hopper \u00b7 Barbara\nLiskov\n"
    )
    text = "**ICML | 2020**\n\n" + "\n".join(card.format(n=n) for n in range(4))
    text += (
        "\nPoster\n\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\n\n"
        "### [Title 4](https://icml.cc/virtual/2020/poster/4)\nAda Lee \u00b7 Al Turing\n"
    )
    document = capture.read_document(text)
    assert document.format == "markdown"
    page = confparse.parse(text, today=date(2026, 12, 5))
    assert page.layout == "cards"
    talks = page.sessions[0].talks
    assert [(t.kind, t.paper.title if t.paper else None) for t in talks] == [
        *[("Poster", f"Title {n}") for n in range(5)]
    ]
    first = talks[0]
    assert first.event == "AcceptedPapersParent"
    assert first.paper is not None
    assert [p.name for p in first.paper.authors] == [
        "Ada Lee",
        "Al Turing",
        "Grace Hopper",
        "Barbara Liskov",
    ]
    assert first.start is not None and first.start.isoformat() == "2020-07-14T16:00:00+02:00"
    assert first.paper.span == Span(first=3, last=14)  # (1-based: the names' last line)
    heading = talks[4].paper  # a heading is a field of its own: the names under it are not
    assert heading is not None and [p.name for p in heading.authors] == ["Ada Lee", "Al Turing"]
    assert [d.code for d in page.diagnostics] == ["outside-cards"]  # (the banner)


def test_a_dumps_time_line_broken_before_its_zone_is_read_with_it() -> None:
    # lynx breaks the 2020 cards' time line at its width before the zone, and a title
    # wrapped over two lines may end in words that look like names: the parent session
    # ("In ...") stands between the title and the speakers, never above the title's rest
    card = (
        "Poster\nTue Jul 14 04:00 PM -- 04:45 PM & Wed Jul 15 03:00 AM -- 03:45 AM\n(CEST)\n"
        "{title}\nIn AcceptedPapersParent\nAda Lee \u00b7 Al Turing\n"
    )
    titles = [f"Title {n}" for n in range(3)]
    wrapped = (
        "Dynamic Knapsack Optimization Towards Efficient Multi-Channel\nSequential Advertising"
    )
    text = "ICML | 2020\n\n" + "".join(card.format(title=t) for t in [*titles, wrapped])
    page = confparse.parse(text, today=date(2026, 12, 5))
    assert page.layout == "cards"
    talks = page.sessions[0].talks
    assert [t.paper.title for t in talks if t.paper] == [
        *titles,
        "Dynamic Knapsack Optimization Towards Efficient Multi-Channel Sequential Advertising",
    ]
    assert {(t.zone, t.location) for t in talks} == {("CEST", None)}
    assert talks[3].paper is not None
    assert [p.name for p in talks[3].paper.authors] == ["Ada Lee", "Al Turing"]
    assert talks[0].start is not None and talks[0].start.isoformat() == "2020-07-14T16:00:00+02:00"


def test_a_dumps_lines_joined_across_a_cards_fields_are_read_as_printed() -> None:
    # w3m prints the time and the title under it, the title and the names under it, on
    # lines of their own; where the next line's first word would not have fit, the capture
    # joined them (one line of the document for two or three the browser printed)
    from confparse import ParseOptions
    from confparse.capture.document import Document
    from confparse.layouts.cards.text import _View
    from confparse.layouts.kit import Ledger

    time = "Mon Jul 13 10:00 AM -- 01:00 PM & Mon Jul 13 08:00 PM -- 11:00 PM (CEST)"
    title = "Inductive Biases, Invariances and Generalization in Reinforcement Learning"
    names = " \u00b7 ".join(("Anirudh Goyal", "Rosemary Nan Ke", "Jane Wang", "Stefan Bauer"))
    names += " \u00b7 Theo Weber"
    lines = [
        "Workshop",
        f"{title} {names} \u00b7 Fabio Viola",  # three printed lines
        "Tutorial",
        f"{time} Machine Learning for Healthcare: Challenges, Methods, Frontiers",  # two
        "Mihaela van der Schaar",
        "Tutorial",
        "Mon Jul 13 10:00 AM -- 01:00 PM & Mon Jul 13 08:00 PM -- 11:00 PM (CEST) xx",
        "Mihaela van der Schaar",
    ]  # (the line before the last, unjoined, is as wide as the browser printed: 80 columns;
    # whether the last line was joined, the map back to the input does not say)
    document = Document("\n".join(lines), format="text-browser", origin=(1, 2, 5, 6, 8, 9, 10, 11))
    view = _View(document, Ledger(document, ParseOptions()))
    printed = [
        "Workshop",
        title,
        f"{names} \u00b7",  # (broken after a separator)
        "Fabio Viola",
        "Tutorial",
        time,
        "Machine Learning for Healthcare: Challenges, Methods, Frontiers",
        *lines[4:],
    ]
    assert view.lines == printed
    assert [view.span(at) for at in range(len(view.lines))][1:4] == [(1, 1)] * 3


def test_a_browsers_copy_of_typeset_math_in_a_title_is_one_title() -> None:
    # MathJax prints a title's math as the page's text and again as glyphs; a browser's
    # copy gives a line per token, under the text before the math (which keeps its space)
    card = (
        "Poster\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\n{title}\nIn AcceptedPapersParent\n"
        "Ada Lee \u00b7 Al Turing\n"
    )
    titles = [
        "On Implicit Regularization in \n\u03b2\n\U0001d6fd\n-VAEs",
        "Latent \nk\n\u2212\n\U0001d458\n\u2212\npolytopes and applications",
        "Models of \nk\n\U0001d458\nNearest Neighbours",  # (goes on after a space)
        "Title",
    ]
    text = "ICML | 2020\n\n" + "".join(card.format(title=t) for t in titles)
    page = confparse.parse(text, layout="cards", today=date(2026, 12, 5))
    talks = page.sessions[0].talks
    assert [t.paper.title for t in talks if t.paper] == [
        "On Implicit Regularization in \u03b2\u03b2-VAEs",
        "Latent k\u2212k\u2212polytopes and applications",
        "Models of kk Nearest Neighbours",
        "Title",
    ]
    assert talks[0].paper is not None and talks[0].paper.span == Span(first=3, last=10)
    assert [d.code for d in page.diagnostics] == ["outside-cards"]


def test_a_mark_alone_under_a_spaced_line_is_no_math() -> None:
    # a page's dialog closes with U+00D7 under the last card; a line that keeps its space over
    # it is no math: one token alone is math only when it is a letter or a digit, or when
    # the text goes on right after it. The mark ends the card: the dialog's text is no
    # abstract of it
    card = "Break\nSat Dec 10th 03:00  -- 03:30 PM @ \n{title} \n"
    page = confparse.parse(
        "Year (2016) \nContact NIPS \n\n"
        + card.format(title="Regularization in")
        + "\u03b2\n-VAEs\n"
        + "".join(card.format(title=t) for t in ("Lunch", "Coffee Break"))
        + "\u00d7\nSchedule Help\n",
        layout="cards",
        today=date(2026, 12, 5),
    )
    talks = page.sessions[0].talks
    assert [t.paper.title for t in talks if t.paper] == [
        "Regularization in \u03b2-VAEs",
        "Lunch",
        "Coffee Break",
    ]
    assert [t.paper.abstract for t in talks if t.paper] == [None] * 3
    assert [(d.line, d.code) for d in page.diagnostics][-1] == (16, "outside-cards")
    assert all(d.line != 15 for d in page.diagnostics)  # the mark: the dialog's furniture


_MATH_TOKEN_A_LINE = (
    # BeautifulSoup's get_text("\n"): a token a line, under the text before it, whose line
    # keeps no space; a single line of one character is not taken for math
    "ICML | 2020\n\n",
    "Poster\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\n{title}\nIn AcceptedPapersParent\n"
    "Ada Lee \u00b7 Al Turing\n",
    {
        "Projections onto\n\u2113\n1\n,\n\u221e\n-norm Ball": (
            "Projections onto \u21131,\u221e-norm Ball"
        ),
        "On Implicit Regularization in\n\u03b2\n\u03b2\n-VAEs": (
            "On Implicit Regularization in \u03b2\u03b2-VAEs"
        ),
        "Title": "Title",
    },
)
_MATH_TOKEN_A_PARAGRAPH = (
    # pandoc's gfm: a paragraph a token, the text before and after it paragraphs of their
    # own; one token only where a paragraph goes on right after it
    "# ICML | 2020\n\n",
    "Poster\n\nTue Jul 14 04:00 PM -- 04:45 PM (CEST)\n\n{title}\n\nIn\n"
    "[AcceptedPapersParent](https://icml.cc/Conferences/2020/Schedule?showParentSession=5)"
    "\n\nAda Lee \u00b7 Al Turing\n\n",
    {
        "Projections onto\n\n\u2113\n\n1\n\n,\n\n\u221e\n\n\u21131,\u221e-norm Ball": (
            "Projections onto \u21131,\u221e\u21131,\u221e-norm Ball"
        ),
        "Submodular and\n\nk\n\nk-Submodular Functions": "Submodular and kk-Submodular Functions",
        "Title": "Title",
    },
)


@pytest.mark.parametrize(
    ("banner", "card", "titles"),
    [_MATH_TOKEN_A_LINE, _MATH_TOKEN_A_PARAGRAPH],
    ids=["token-a-line", "token-a-paragraph"],
)
def test_a_titles_math_printed_a_token_at_a_time_is_one_title(
    banner: str, card: str, titles: dict[str, str]
) -> None:
    """A title's typeset math, which extractors print a token a line and pandoc's gfm a
    token a paragraph, is joined back into the title."""
    text = banner + "".join(card.format(title=printed) for printed in titles)
    talks = confparse.parse(text, layout="cards", today=date(2026, 12, 5)).sessions[0].talks
    assert [t.paper.title for t in talks if t.paper] == list(titles.values())
    assert [t.event for t in talks] == ["AcceptedPapersParent"] * len(titles)


def test_a_cards_parts_over_runs_of_blank_lines_are_one_head() -> None:
    """BeautifulSoup's ``get_text`` keeps the page source's newlines: a card's kind, title,
    speakers and time stand over runs of blank lines (seven here), each run one gap."""
    gap = "\n" + "   \n" * 6
    cards = [
        ("Unifying Attention and Diffusion", "Sridhar Mahadevan"),
        ("Proving Theorems with Lean", "R\u00e9my Degenne \u22c5 Wenda Li"),
        ("Unlearning Data at Scale", "Vinith Suriyakumar \u22c5 Gautam Kamath"),
    ]
    text = gap.join(
        gap.join(["Tutorial", title, f"   {names}", "      Jul 6, 9:00 AM - 11:30 AM", "HALL C"])
        + gap
        + "   View full details"
        for title, names in cards
    )
    talks = _talks(text)
    assert [t.paper.title for t in talks if t.paper] == [title for title, _ in cards]
    assert [[p.name for p in t.paper.authors] for t in talks if t.paper] == [
        ["Sridhar Mahadevan"],
        ["R\u00e9my Degenne", "Wenda Li"],
        ["Vinith Suriyakumar", "Gautam Kamath"],
    ]
    assert [(t.kind, t.location) for t in talks] == [("Tutorial", "HALL C")] * 3


def test_a_link_that_ends_an_abstract_on_its_own_line_is_no_title() -> None:
    """BeautifulSoup's text of a 2023 card prints the link that ends an abstract on a line
    of its own, right over the next card's title (wrapped over two lines, then the kind):
    a bare web address is the abstract's, never a title's first line."""
    card = (
        "{0}\nof Empirical Risk\nSpotlight Poster\nGil Kur \u00b7 Eli Putterman\n"
        "Wed 13 Dec 12:15 AM CET\n[ Great Hall ]\nAbstract\n"
        "We study the variance. Our code is available at\n"
        "https://github.com/ArthurConmy/Automatic-Circuit-Discovery"
    )
    first_lines = [f"On the Variance, Admissibility, and Stability {n}" for n in range(3)]
    text = "\n".join(card.format(line) for line in first_lines)
    talks = _talks(text)
    assert [t.paper.title for t in talks if t.paper] == [
        f"{line} of Empirical Risk" for line in first_lines
    ]
    first = talks[0].paper
    assert first is not None and first.abstract == (
        "We study the variance. Our code is available at "
        "https://github.com/ArthurConmy/Automatic-Circuit-Discovery"
    )


def test_a_titles_and_a_names_run_of_spaces_is_one_space() -> None:
    """BeautifulSoup's ``get_text`` keeps the page source's whitespace, which a browser
    shows as one space: ``Prediction:  Spectral`` in a title, ``Anil  Vullikanti`` in the
    names."""
    text = "\n".join(
        f"Tutorial\nSequence Prediction:  Spectral Filtering {n}\n"
        "Alireza Khayatian \u22c5 Anil  Vullikanti\nJul 6, 9:00 AM - 11:30 AM\nHALL D2\n"
        "View full details"
        for n in range(3)
    )
    talks = _talks(text)
    assert [t.paper.title for t in talks if t.paper] == [
        f"Sequence Prediction: Spectral Filtering {n}" for n in range(3)
    ]
    assert [[p.name for p in t.paper.authors] for t in talks if t.paper] == [
        ["Alireza Khayatian", "Anil Vullikanti"]
    ] * 3


def test_the_2016_schedule_cards_give_their_times_rooms_and_videos() -> None:
    """The NIPS 2016 schedule (``Tue Dec 6th 06:00  -- 09:30 PM @ Area 5+6+7+8 #141``): the
    time in the venue's time (no zone printed: read with ``default_zone``, kept in a
    ``zone-unknown`` diagnostic without it), the room after ``@``, and a card's
    ``Spotlight Video »`` button as its paper's link; every line is read."""
    path = Path(__file__).parent / "pages" / "found" / "63_nips2016_schedule_cards.html"
    page = confparse.parse(path, default_zone="Europe/Madrid")
    talks = page.sessions[0].talks
    assert len(talks) == 717
    poster = talks[358]
    assert poster.start is not None and poster.end is not None
    assert (poster.start.isoformat(), poster.end.isoformat()) == (
        "2016-12-06T18:00:00+01:00",
        "2016-12-06T21:30:00+01:00",
    )
    assert poster.location == "Area 5+6+7+8 #141"
    assert poster.paper is not None and [link.url for link in poster.paper.links] == [
        "https://youtu.be/iq9HKmeDCMI"
    ]
    assert sum(1 for talk in talks if talk.paper and talk.paper.links) == 178
    assert talks[716].location is None  # "@ " and no room
    assert {d.code for d in page.diagnostics} == {"outside-cards"}
    unzoned = confparse.parse(path)
    assert unzoned.sessions[0].talks[358].start is None
    assert sum(d.code == "zone-unknown" for d in unzoned.diagnostics) == 717


def test_the_schedule_cards_read_the_same_in_bootstrap_5_markup() -> None:
    """ICLR's schedules of 2025 and 2026 print the same ``maincard`` cards with Bootstrap 5's
    ``float-end`` for the type badge and the card's type in lower case
    (``maincard narrower poster``): the 2019 schedule so changed reads to the same talks."""
    path = Path(__file__).parent / "pages" / "found" / "64_neurips2019_schedule-posters.html"
    html = path.read_text(encoding="utf-8")
    changed = html.replace("pull-right maincardHeader", "float-end maincardHeader").replace(
        'class="maincard narrower Poster"', 'class="maincard narrower poster"'
    )
    assert changed != html

    def shown(text: str) -> list[tuple[object, ...]]:
        page = confparse.parse(text, default_zone="America/Vancouver")
        return [
            (t.kind, t.start, t.location, t.event, t.paper and t.paper.title)
            for session in page.sessions
            for t in session.talks
        ]

    assert shown(changed) == shown(html)
    assert len(shown(html)) == 299


@pytest.mark.parametrize(
    ("text", "line", "joined"),
    [
        ("Re-", "examination of Learning", "Re-examination of Learning"),
        ("A Multi-", "Agent View", "A Multi-Agent View"),
        # the 2019 schedule's "Neural Network --- Statistical Mechanical Analysis", broken
        # after its dash: the dash stays apart from the next word
        (
            "Learning with Neural Network ---",
            "Statistical Mechanical Analysis",
            "Learning with Neural Network --- Statistical Mechanical Analysis",
        ),
        ("Learning with Neural Network -", "Analysis", "Learning with Neural Network - Analysis"),
    ],
)
def test_a_wrapped_titles_lines_join_at_a_hyphen_but_not_at_a_dash(
    text: str, line: str, joined: str
) -> None:
    from confparse.layouts.cards.text import _unwrap

    assert _unwrap(text, line) == joined


def test_a_joined_line_with_one_link_is_wrapped_again_with_its_number() -> None:
    """lynx prints a link's number glued to its text (``In [120]Algorithms ...``): the line
    that the capture joined is wrapped again with that number back in front of the link's
    text, which gives the lines the browser printed."""
    from confparse.layouts.kit.wrapping import _around_link

    session = "Algorithms -- Components Analysis (e.g., CCA, ICA, LDA, PCA)"
    names = "Wei Wang \u00b7 Zheng Dang \u00b7 Yinlin Hu"
    link = confparse.Link(text=f"{session} {names}", url="https://nips.cc/s?showParentSession=1")
    parts = _around_link(f"In {session} {names}", link, 71, 5)
    assert [(part.text, part.links) for part in parts] == [
        (f"In {session}", (link,)),  # 63 columns, 68 with "[120]": "Wei" would not fit
        (names, ()),
    ]
    # without the number the first name's word fits: the number is what broke the line
    assert _around_link(f"In {session} {names}", link, 71, 0)[0].text.endswith("PCA) Wei")
    other = confparse.Link(text="elsewhere", url="https://nips.cc/")
    assert [p.text for p in _around_link("In A Session", other, 71, 5)] == ["In A Session"]
    # html-to-text writes the URL after a link's text: a link that starts the line (the
    # names and a button joined) or stops before its end is left as it is
    button = f"{names} Spotlight Video \u00bb"
    whole = confparse.Link(text=button, url="https://youtu.be/x")
    assert [p.text for p in _around_link(button, whole, 40, 5)] == [button]
    inner = confparse.Link(text="Applications", url="https://nips.cc/s")
    assert len(_around_link(f"In Applications {names}", inner, 30, 5)) == 1


def test_a_time_line_with_its_room_is_a_cards_time_line() -> None:
    from confparse.layouts.cards.text import _is_time_line

    assert _is_time_line("Wed Dec 11th 10:45 AM -- 12:45 PM @ East Exhibition Hall B + C #139")
    assert _is_time_line("Tue Jul 14 04:00 PM -- 04:45 PM (CEST)")
    assert not _is_time_line("Wed Dec 11th 10:45 AM -- 12:45 PM and a title")


def test_a_sessions_one_word_rest_over_one_speaker_goes_on_the_session() -> None:
    """lynx wraps a long session over two lines; under it, one speaker without a separator
    ends the card: the one word between is the session's end (``Processes``), not a name.
    Two words there are the speaker, and so is one word over a button."""
    card = (
        "Poster\nTue Dec 10th 10:45 AM -- 12:45 PM @ Hall B #{n}\nTitle {n}\n"
        "In Reinforcement Learning and Planning -- Markov Decision\n{rest}\n"
    )
    text = "NeurIPS 2019\n\n" + "".join(
        card.format(n=n, rest=rest)
        for n, rest in enumerate(
            ["Processes\nWang Chi Cheung", "Processes\nAda Lee \u00b7 Al Turing", "Amir Farahmand"]
        )
    )
    talks = confparse.parse(text, layout="cards", today=date(2026, 11, 22)).sessions[0].talks
    wrapped = "Reinforcement Learning and Planning -- Markov Decision Processes"
    assert [(t.event, [p.name for p in t.paper.authors] if t.paper else None) for t in talks] == [
        (wrapped, ["Wang Chi Cheung"]),
        (wrapped, ["Ada Lee", "Al Turing"]),
        (wrapped[: -len(" Processes")], ["Amir Farahmand"]),
    ]
    from confparse.layouts.cards.text import _event_goes_on

    lines = ["Processes", "Wang Chi Cheung", "Spotlight Video \u00bb"]
    assert not _event_goes_on("Processes", lines, 0, 3)  # (a button under the name)
    assert _event_goes_on("Processes", lines[:2], 0, 2)
    assert not _event_goes_on("Two Words", ["Two Words", "Wang Chi Cheung"], 0, 2)


def test_a_part_of_the_2020_schedule_whose_times_wrap_is_a_page_of_cards() -> None:
    """pandoc's markdown of the 2020 schedule wraps a card's two slots before ``(CEST)``: a
    part cut from a card on, whose first cards all print their time so, is known as a page
    of cards by the time's start above its rest (the head had been no card's: refused)."""
    path = (
        Path(__file__).parent
        / "pages"
        / "recaptured"
        / "02_icml2020_schedule_cards.pandoc-markdown.txt"
    )
    lines = path.read_text(encoding="utf-8").split("\n")
    first = lines.index('::: {onclick="showDetail(5993)"}')
    whole = confparse.parse("\n".join(lines), today=date(2026, 12, 7)).sessions
    page = confparse.parse("\n".join(lines[first:]), today=date(2026, 12, 7))
    assert page.layout == "cards"
    talks = [t for s in page.sessions for t in s.talks]
    shown = [t for s in whole for t in s.talks]
    assert talks[0].paper is not None
    assert talks[0].paper.title == "Provably Efficient Exploration in Policy Optimization"
    assert [t.paper.title for t in talks if t.paper] == [
        t.paper.title for t in shown[len(shown) - len(talks) :] if t.paper
    ]


def test_detail_and_cards_detection_read_each_author_run_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # detail detection (`shows_cards`) and the cards' own (`is_card_page`) ask about the
    # same author runs of the same page: each run's head is read once, and the answers
    # are those of reading it anew
    from confparse.layouts.cards import text as cards_text

    page = (PAGES / "recaptured" / "13_icml2026_cards_orals.chromium-innertext.txt").read_text()
    calls: list[int] = []
    read_head = cards_text._head_over

    def counted(facts: object, offset: int) -> bool:
        calls.append(offset)
        return read_head(facts, offset)  # type: ignore[arg-type]

    monkeypatch.setattr(cards_text, "_head_over", counted)
    assert cards_text.card_heads(page, 2) == 2  # (what `shows_cards` asks)
    assert cards_text.is_card_page(page)
    assert calls and len(calls) == len(set(calls))
    monkeypatch.setattr(cards_text._known, "facts", None)
    assert cards_text.is_card_page(page)  # the facts of a new page: read again
    assert len(calls) > len(set(calls))
