"""The calendar layout: one rule at a time, on hand-written boxes shaped like the NeurIPS 2023
calendar (tests/pages/found/30 is the real page, checked in tests/facts), and the round trip
of drawn pages through its markup."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given, settings

import confparse
from confparse import strategies as cs
from confparse.layouts.calendar.recognise import (
    block_kind,
    read_block,
    read_clock,
    read_day,
    read_end,
    read_item,
    read_kind_label,
    read_session_title,
)

TODAY = date(2026, 11, 22)
ZONE = "America/Chicago"

EVENT = """<div class="eventsession pad {css}">
  <div class="hdr-style">{kind}:</div>
  <div class="title-style"><a href="/virtual/2023/{css}/{n}">{title}</a></div>
  {speaker}
  <div class="centered"><span class='end-time'>{end}</span></div>
</div>"""

SESSION = """<div class="oral-session pad room-hall-c2">
  <div class="hdr eventsession">
    <div class="sessiontitle"><a href="/virtual/2023/session/74032">Oral 1A RL
      <span class="sessiontime ">[8:00-8:45]</span></a></div>
    <div class="centered">Chairs: Jean Oh &middot; Isabelle Guyon</div>
  </div>
  <details width="100%"><summary class="centered"></summary>
  <div class="text-begin text-left"><div class="eventblock">
    <div class="subevent-header oral">Oral<span class="eventblock-case oral">s</span>
      8:00-8:45</div>
    <div class="content oral">[8:00] Ordering-based Conditions for Global Convergence</div>
    <div class="content oral">[8:15] When Demonstrations meet Generative World Models</div>
  </div></div></details>
  <div class="hours"><span class='end-time'>(ends 8:45 AM)</span></div>
</div>"""

POSTERS = """<div class="poster-session pad room-great-hall">
  <div class="hdr eventsession">
    <div class="sessiontitle"><a href="/virtual/2023/session/74069">Poster Session 1
      <span class="sessiontime ">[8:45-10:45]</span></a></div>
  </div>
  <details width="100%"><summary class="centered"></summary>
  <div class="text-begin text-left"><div class="eventblock">
    <div class="subevent-header poster">Poster<span class="eventblock-case poster">s</span>
      8:45-10:45</div>
    <div class="content poster"><a href="/virtual/2023/poster/73431">PIXIU: A Benchmark</a></div>
  </div></div></details>
  <div class="hours"><span class='end-time'>(ends 10:45 AM)</span></div>
</div>"""


def _page(*days: tuple[str, list[tuple[str, list[str]]]]) -> str:
    columns = []
    for number, (header, boxes) in enumerate(days, 1):
        times = "".join(
            f'<div class="timebox"><div class="time">{time}</div>{"".join(inside)}</div>'
            for time, inside in boxes
        )
        columns.append(
            f'<div class="container2 day-{number}"><div class="buffer sticky">'
            f'<div class="hdrbox">{header}</div></div><div class="gcol days">{times}</div></div>'
        )
    return (
        "<html><head><title>NeurIPS 2023 Schedule</title></head><body><main>"
        f'<div class="grid">{"".join(columns)}</div></main></body></html>'
    )


def _event(kind: str, title: str, end: str, n: int = 1, speaker: str = "") -> str:
    css = kind.lower().replace(" ", "-")
    shown = f'<div class="speaker-style">{speaker}</div>' if speaker else ""
    return EVENT.format(css=css, kind=kind, title=title, end=end, n=n, speaker=shown)


CALENDAR = _page(
    (
        "MON 11 DEC",
        [
            ("9 a.m.", [_event("Tutorial", "Governance & Accountability", "(ends 11:30 AM)")]),
            (
                "10:15 a.m.",
                ['<div class="eventsession pad break  room-">Lunch (On Your Own)</div>'],
            ),
            (
                "3:25 p.m.",
                [_event("Invited Talk", "NextGenAI", "(ends 4:15 PM)", 2, "Björn Ommer")],
            ),
            ("4 p.m.", [_event("Expo Demonstration", "FlowPilot", "(duration 1.5 hr)", 3)]),
        ],
    ),
    ("TUE 12 DEC", [("8 a.m.", [SESSION]), ("8:45 a.m.", [POSTERS])]),
)


def _parse(text: str, **options: object) -> confparse.Page:
    page = confparse.parse(text, today=TODAY, **options)  # type: ignore[arg-type]
    assert page.layout == "calendar"
    return page


def test_the_days_events_are_one_session_titled_with_its_header() -> None:
    page = _parse(CALENDAR, default_zone=ZONE)
    day = page.sessions[0]
    assert day.title == "MON 11 DEC"
    assert [t.kind for t in day.talks] == ["Tutorial", "Invited Talk", "Expo Demonstration"]
    tutorial, talk, demo = day.talks
    assert tutorial.paper is not None and tutorial.paper.title == "Governance & Accountability"
    assert [link.url for link in tutorial.paper.links] == ["/virtual/2023/tutorial/1"]
    assert tutorial.start is not None and tutorial.start.isoformat() == "2023-12-11T09:00:00-06:00"
    assert tutorial.end is not None and tutorial.end.isoformat() == "2023-12-11T11:30:00-06:00"
    assert talk.paper is not None and [p.name for p in talk.paper.authors] == ["Björn Ommer"]
    assert demo.end is not None and demo.start is not None
    assert (demo.end - demo.start).total_seconds() == 90 * 60  # (duration 1.5 hr)


def test_a_break_is_a_session_of_kind_break_without_talks() -> None:
    page = _parse(CALENDAR, default_zone=ZONE)
    (lunch,) = [s for s in page.sessions if s.kind == "Break"]
    assert (lunch.title, lunch.talks) == ("Lunch (On Your Own)", ())
    assert lunch.start is not None and lunch.start.isoformat() == "2023-12-11T10:15:00-06:00"
    assert sum(len(s.talks) for s in page.sessions) == 6  # the break is no talk


def test_a_day_that_holds_only_a_break_is_still_a_calendar() -> None:
    markup = (
        '<div class="hdrbox">TUE 1 JAN</div>\n<div class="timebox"><div class="time">5 a.m.'
        '</div>\n<div class="eventsession pad break">Break</div></div>'
    )
    page = confparse.parse(markup, today=TODAY, default_zone=ZONE)
    assert page.layout == "calendar"
    assert [(s.title, s.kind) for s in page.sessions] == [("Break", "Break")]


def test_a_session_box_is_a_session_with_its_papers() -> None:
    page = _parse(CALENDAR, default_zone=ZONE)
    oral = next(s for s in page.sessions if s.title == "Oral 1A RL")
    assert [p.name for p in oral.moderators] == ["Jean Oh", "Isabelle Guyon"]
    assert oral.start is not None and oral.start.isoformat() == "2023-12-12T08:00:00-06:00"
    assert oral.end is not None and oral.end.isoformat() == "2023-12-12T08:45:00-06:00"
    first, second = oral.talks
    assert first.kind == "Oral"  # "Orals", the kind with the site's plural "s"
    assert second.start is not None and second.start.isoformat() == "2023-12-12T08:15:00-06:00"
    assert second.end is None  # "[8:15]" prints no end
    assert second.paper is not None
    assert second.paper.title == "When Demonstrations meet Generative World Models"


def test_a_poster_spans_its_list_and_keeps_its_link() -> None:
    page = _parse(CALENDAR, default_zone=ZONE)
    posters = next(s for s in page.sessions if s.title == "Poster Session 1")
    (poster,) = posters.talks
    assert poster.kind == "Poster" and poster.paper is not None
    assert [link.url for link in poster.paper.links] == ["/virtual/2023/poster/73431"]
    assert poster.start is not None and poster.start.isoformat() == "2023-12-12T08:45:00-06:00"
    assert poster.end is not None and poster.end.isoformat() == "2023-12-12T10:45:00-06:00"


def test_without_a_zone_nothing_is_invented() -> None:
    page = _parse(CALENDAR)
    talks = [t for s in page.sessions for t in s.talks]
    assert talks and all(t.start is None and t.zone is None for t in talks)
    unknown = [d for d in page.diagnostics if d.code == "zone-unknown"]
    assert [d.text for d in unknown] == ["9 a.m.", "10:15 a.m.", "3:25 p.m.", "4 p.m.", "8 a.m.",
                                         "8:45 a.m."]  # fmt: skip
    assert "MON 11 DEC" in unknown[0].message
    assert page.sessions[0].title == "MON 11 DEC"  # the day is kept


def test_every_line_is_accounted_for() -> None:
    page = _parse(CALENDAR, default_zone=ZONE)
    assert page.diagnostics == ()


def test_a_line_outside_the_calendar_is_said() -> None:
    text = CALENDAR.replace("<main>", "<main><p>Filter by day</p>")
    page = _parse(text, default_zone=ZONE)
    assert [(d.code, d.severity, d.text) for d in page.diagnostics] == [
        ("outside-calendar", "info", "Filter by day")
    ]


def test_the_year_comes_from_the_links() -> None:
    text = CALENDAR.replace("/virtual/2023/", "/virtual/2022/").replace("MON 11", "SUN 11")
    text = text.replace("TUE 12", "MON 12")
    page = _parse(text, default_zone=ZONE)
    start = page.sessions[0].talks[0].start
    assert start is not None and start.year == 2022


def test_a_calendar_is_not_taken_for_cards_or_a_listing() -> None:
    from confparse import capture
    from confparse.layouts import calendar

    document = capture.read_text(CALENDAR)
    assert calendar.detect(document) == 1.0
    assert calendar.detect(capture.read_text(CALENDAR.replace("hdrbox", "box"))) == 0.0


def test_the_line_readers() -> None:
    assert read_day("SUN 10 DEC") == (6, 10, 12)
    assert read_day("Poster Session") is None
    assert read_clock("9 a.m.") == (9, 0)
    assert read_clock("12:30 p.m.") == (12, 30)
    assert read_clock("noon") == (12, 0)
    assert read_clock("9:50 AM") == (9, 50)
    assert read_clock("13 a.m.") is None
    assert read_end("(ends 4:00 PM)") == ((16, 0), None)
    assert read_end("(duration 1.5 hr)") == (None, 90)
    assert read_session_title("Oral 1A RL [8:00-8:45]") == ("Oral 1A RL", ((8, 0), (8, 45)))
    assert read_block("Orals 8:00-8:45") == ("Oral", ((8, 0), (8, 45)))
    assert read_block("s 4:30-6:00") == (None, ((4, 30), (6, 0)))
    assert read_block("Oral 8:00-8:45") is None  # the site always adds the "s"
    assert block_kind("Posters") == "Poster"
    assert read_item("[8:15] A Title") == ((8, 15), "A Title")
    assert read_item("A Title") is None
    assert read_kind_label("Expo Talk Panel:") == "Expo Talk Panel"
    assert read_kind_label("Abstract: we study the problem of") is None


def _plain(page: confparse.Page) -> confparse.Page:
    return attrs.evolve(page, diagnostics=())


@settings(max_examples=60)
@given(cs.calendar_pages())
def test_calendar_pages_render_as_markup_that_reads_back(page: confparse.Page) -> None:
    try:
        markup = confparse.render(page, today=TODAY)
    except confparse.RenderError:
        return
    back = confparse.parse(markup, today=TODAY, default_zone=cs.calendar_zone(page))
    assert back.layout == "calendar"
    assert _plain(back) == page


def test_the_calendar_property_is_not_vacuous() -> None:
    from conftest import render_outcomes

    outcomes = render_outcomes(cs.calendar_pages(), 40)
    assert sum(outcomes) / len(outcomes) > 0.6


def test_a_page_without_a_zone_does_not_render() -> None:
    page = _parse(CALENDAR)
    with pytest.raises(confparse.RenderError, match="zone"):
        confparse.render(page, today=TODAY)


# -- text captures (excerpts of tools' output for tests/pages/found/30, unedited) -----------
BROWSER_COPY = """TUE 12 DEC
5:30 a.m.
Registration Desk
(ends 4:00 PM)
6:30 a.m.
Invited Talk:
The Many Faces of Responsible AI
Lora Aroyo
(ends 7:20 AM)
7:15 a.m.
Break
8 a.m.
Oral 1A RL [8:00-8:45]
(ends 8:45 AM)
Oral 1B Datasets & Benchmarks [8:00-8:45]
(ends 8:45 AM)
Oral 1C Tractable models [8:00-8:45]
(ends 8:45 AM)
Oral 1D DL Theory [8:00-8:45]
(ends 8:45 AM)
8:45 a.m.
Poster Session 1 [8:45-10:45]
"""
"""Chromium's ``innerText`` of the real page, from ``TUE 12 DEC`` to its end: the collapsed
lists of papers are not shown."""

LYNX = """   TUE 12 DEC
   5:30 a.m.
   Registration Desk
   (ends 4:00 PM)
   6:30 a.m.
   Invited Talk:
   The Many Faces of Responsible AI
   Lora Aroyo
   (ends 7:20 AM)
   7:15 a.m.
   Break
   8 a.m.
   Oral 1A RL [8:00-8:45]
   Orals 8:00-8:45
   [8:00] Ordering-based Conditions for Global Convergence of Policy
   Gradient Methods
   [8:15] When Demonstrations meet Generative World Models: A Maximum
   Likelihood Framework for Offline Inverse Reinforcement Learning
   [8:30] Online RL in Linearly $q^\\pi$-Realizable MDPs Is as Easy as in
   Linear MDPs If You Learn What to Ignore
   (ends 8:45 AM)
"""
"""``lynx -dump -nolist`` of the real page, from ``TUE 12 DEC`` to the first oral session's end:
lines wrapped at 80 columns."""


def test_a_browsers_copy_gives_the_boxes_without_their_papers() -> None:
    page = _parse(BROWSER_COPY, default_zone=ZONE)
    day = page.sessions[0]
    assert day.title == "TUE 12 DEC"
    desk, talk = day.talks
    assert desk.paper is not None and desk.paper.title == "Registration Desk"
    assert talk.kind == "Invited Talk" and talk.paper is not None
    assert [p.name for p in talk.paper.authors] == ["Lora Aroyo"]  # one name, then the end
    assert talk.end is not None and talk.end.isoformat() == "2023-12-12T07:20:00-06:00"
    kinds = [(s.title, s.kind) for s in page.sessions[1:]]
    assert kinds[0] == ("Break", "Break")
    assert [title for title, _kind in kinds[1:]] == [
        "Oral 1A RL", "Oral 1B Datasets & Benchmarks", "Oral 1C Tractable models",
        "Oral 1D DL Theory", "Poster Session 1",
    ]  # fmt: skip
    assert all(not s.talks for s in page.sessions[1:])
    assert [d.code for d in page.diagnostics] == []


def test_a_text_browsers_wrapped_papers_are_joined() -> None:
    page = _parse(LYNX, default_zone=ZONE)
    oral = next(s for s in page.sessions if s.title == "Oral 1A RL")
    titles = [t.paper.title for t in oral.talks if t.paper is not None]
    assert titles == [
        "Ordering-based Conditions for Global Convergence of Policy Gradient Methods",
        "When Demonstrations meet Generative World Models: A Maximum Likelihood Framework "
        "for Offline Inverse Reinforcement Learning",
        "Online RL in Linearly $q^\\pi$-Realizable MDPs Is as Easy as in Linear MDPs If You "
        "Learn What to Ignore",
    ]
    assert [t.start.isoformat() for t in oral.talks if t.start] == [
        "2023-12-12T08:00:00-06:00", "2023-12-12T08:15:00-06:00", "2023-12-12T08:30:00-06:00",
    ]  # fmt: skip


def test_a_text_capture_is_taken_by_its_lines() -> None:
    from confparse import capture
    from confparse.layouts import calendar

    assert calendar.detect(capture.read_text(BROWSER_COPY)) == 0.9
    assert calendar.detect(capture.read_text(BROWSER_COPY.replace("(ends", "(until"))) == 0.0


def test_a_session_end_that_is_not_its_ranges_is_said() -> None:
    text = CALENDAR.replace("(ends 8:45 AM)", "(ends 9:00 AM)")
    page = _parse(text, default_zone=ZONE)
    assert [(d.code, d.text) for d in page.diagnostics] == [("end-mismatch", "(ends 9:00 AM)")]
    oral = next(s for s in page.sessions if s.title == "Oral 1A RL")
    assert oral.end is not None and oral.end.isoformat() == "2023-12-12T08:45:00-06:00"


def test_a_line_of_a_box_that_is_no_field_is_reported() -> None:
    text = CALENDAR.replace(
        '<div class="hdr-style">Tutorial:</div>',
        '<div class="hdr-style">Tutorial:</div><div class="hdr-style">Tutorial:</div>',
    )
    page = _parse(text, default_zone=ZONE)
    assert [(d.code, d.text) for d in page.diagnostics] == [("unparsed-line", "Tutorial:")]


MARKDOWNIFY = """TUE 12 DEC

5:30 a.m.

[Registration Desk](/virtual/2023/registration-desk/66554)

(ends 4:00 PM)

6:30 a.m.

Invited Talk:

[The Many Faces of Responsible AI](/virtual/2023/invited-talk/73993)

Lora Aroyo

(ends 7:20 AM)

7:15 a.m.

Break

8 a.m.

[Oral 1A RL
[8:00-8:45]](/virtual/2023/session/74032)

Orals 8:00-8:45

[8:00]
Ordering-based Conditions for Global Convergence of Policy Gradient
Methods

[8:15]
When Demonstrations meet Generative World Models: A Maximum Likelihood
Framework for Offline Inverse Reinforcement Learning

[8:30]
Online RL in Linearly $q^\\pi$-Realizable MDPs Is as Easy as in Linear
MDPs If You Learn What to Ignore

(ends 8:45 AM)

[Oral 1B Datasets & Benchmarks
[8:00-8:45]](/virtual/2023/session/74033)

Orals 8:00-8:45

[8:00]
LeanDojo: Theorem Proving with Retrieval-Augmented Language Models

[8:15]
OpenAssistant Conversations - Democratizing Large Language Model
Alignment

[8:30]
DecodingTrust: A Comprehensive Assessment of Trustworthiness in GPT
Models

(ends 8:45 AM)

[Oral 1C Tractable models
[8:00-8:45]](/virtual/2023/session/74034)

Orals 8:00-8:45

[8:00]
How to Turn Your Knowledge Graph Embeddings into Generative Models

[8:15]
Exact Bayesian Inference on Discrete Models via Probability Generating
"""


def test_a_converters_markdown_paragraph_is_one_field() -> None:
    """markdownify keeps the page source's line breaks: a paper's time over its title over
    the title's last words, a list's header over its range, a session's title over its
    range inside one link. In markdown a paragraph is one field."""
    page = _parse(MARKDOWNIFY, default_zone=ZONE)
    oral = next(s for s in page.sessions if s.title == "Oral 1A RL")
    assert oral.start is not None and oral.start.isoformat() == "2023-12-12T08:00:00-06:00"
    assert [t.paper.title for t in oral.talks if t.paper is not None] == [
        "Ordering-based Conditions for Global Convergence of Policy Gradient Methods",
        "When Demonstrations meet Generative World Models: A Maximum Likelihood Framework "
        "for Offline Inverse Reinforcement Learning",
        "Online RL in Linearly $q^\\pi$-Realizable MDPs Is as Easy as in Linear MDPs If You "
        "Learn What to Ignore",
    ]
    assert [t.start.strftime("%H:%M") for t in oral.talks if t.start] == ["08:00", "08:15", "08:30"]
    assert [d.code for d in page.diagnostics if d.code != "outside-calendar"] == []


LYNX_POSTERS = """   Oral 1B Datasets & Benchmarks [8:00-8:45]
   Orals 8:00-8:45
   [8:00] LeanDojo: Theorem Proving with Retrieval-Augmented Language
   Models
   [8:15] OpenAssistant Conversations - Democratizing Large Language Model
   Alignment
   [8:30] DecodingTrust: A Comprehensive Assessment of Trustworthiness in
   GPT Models
   (ends 8:45 AM)
   Oral 1C Tractable models [8:00-8:45]
   Orals 8:00-8:45
   [8:00] How to Turn Your Knowledge Graph Embeddings into Generative
   Models
   [8:15] Exact Bayesian Inference on Discrete Models via Probability
   Generating Functions: A Probabilistic Programming Approach
   [8:30] Characteristic Circuits
   (ends 8:45 AM)
   Oral 1D DL Theory [8:00-8:45]
   Orals 8:00-8:45
   [8:00] Sharpness Minimization Algorithms Do Not Only Minimize Sharpness
   To Achieve Better Generalization
   [8:15] Abide by the law and follow the flow: conservation laws for
   gradient flows
   [8:30] A U-turn on Double Descent: Rethinking Parameter Counting in
   Statistical Learning
   (ends 8:45 AM)
   8:45 a.m.
   Poster Session 1 [8:45-10:45]
   Posters 8:45-10:45
   PIXIU: A Comprehensive Benchmark, Instruction Dataset and Large
   Language Model for Finance
   FETV: A Benchmark for Fine-Grained Evaluation of Open-Domain
   Text-to-Video Generation
   Wyze Rule: Federated Rule Dataset for Rule Recommendation Benchmarking
   ChessGPT: Bridging Policy Learning and Language Modeling
   EMBERSim: A Large-Scale Databank for Boosting Similarity Search in
   Malware Analysis
   AllSim: Simulating and Benchmarking Resource Allocation Policies in
   Multi-User Systems
   Disentangled Wasserstein Autoencoder for T-Cell Receptor Engineering
   Fragment-based Pretraining and Finetuning on Molecular Graphs
   Pre-Training Protein Encoder via Siamese Sequence-Structure Diffusion
   Trajectory Prediction
   AbDiffuser: full-atom generation of in-vitro functioning antibodies
   Predicting mutational effects on protein-protein binding via a
   side-chain diffusion probabilistic model
   Density of States Prediction of Crystalline Materials via Prompt-guided
   Multi-Modal Transformer
   Smooth, exact rotational symmetrization for deep learning on point
   clouds
"""
"""The lines of the same dump (``lynx -dump -nolist``) that follow `LYNX`: the other oral
sessions and the start of the list of posters, which prints no link and no time."""


def _poster_titles(page: confparse.Page) -> list[str]:
    posters = next(s for s in page.sessions if s.title == "Poster Session 1")
    return [t.paper.title for t in posters.talks if t.paper is not None]


def test_lines_that_the_capture_joined_are_read_as_the_browser_printed_them() -> None:
    """The capture joins a line to the next where the next one's first word would not have
    fit on it; in a list of posters that also joins two titles (a title that ends near the
    edge, and the next). Without links, the joined text is wrapped again at the dump's
    width, which gives back the printed lines."""
    from confparse import capture

    text = LYNX + LYNX_POSTERS
    joined = capture.read_text(text).lines
    assert any(line.startswith("Wyze Rule") and "ChessGPT" in line for line in joined)
    assert any(line.startswith("Disentangled") and "Pre-Training" in line for line in joined)
    titles = _poster_titles(_parse(text, default_zone=ZONE))
    assert titles[2:5] == [
        "Wyze Rule: Federated Rule Dataset for Rule Recommendation Benchmarking",
        "ChessGPT: Bridging Policy Learning and Language Modeling",  # a name and a colon
        "EMBERSim: A Large-Scale Databank for Boosting Similarity Search in Malware Analysis",
    ]
    assert titles[6:9] == [
        "Disentangled Wasserstein Autoencoder for T-Cell Receptor Engineering",
        "Fragment-based Pretraining and Finetuning on Molecular Graphs",  # half the width
        "Pre-Training Protein Encoder via Siamese Sequence-Structure Diffusion Trajectory "
        "Prediction",  # a short line that goes on with the line above
    ]


def test_a_posters_line_is_its_own_where_its_first_word_would_have_fit_above() -> None:
    titles = _poster_titles(_parse(LYNX + LYNX_POSTERS, default_zone=ZONE))
    assert titles[:2] == [  # "Language" would not have fit after "... Dataset and Large"
        "PIXIU: A Comprehensive Benchmark, Instruction Dataset and Large Language Model for "
        "Finance",  # and "FETV:" would have fit after "... Model for Finance"
        "FETV: A Benchmark for Fine-Grained Evaluation of Open-Domain Text-to-Video Generation",
    ]
    assert titles[5] == (  # the line above ends with "in": the title goes on
        "AllSim: Simulating and Benchmarking Resource Allocation Policies in Multi-User Systems"
    )
    assert titles[9:] == [
        "AbDiffuser: full-atom generation of in-vitro functioning antibodies",
        "Predicting mutational effects on protein-protein binding via a side-chain diffusion "
        "probabilistic model",
        "Density of States Prediction of Crystalline Materials via Prompt-guided Multi-Modal "
        "Transformer",
        "Smooth, exact rotational symmetrization for deep learning on point clouds",  # lower case
    ]


def test_the_rules_of_a_wrapped_posters_line() -> None:
    from confparse.layouts.calendar.text import _goes_on
    from confparse.layouts.kit.wrapping import wrap

    assert wrap("Wyze Rule: Federated Rule Dataset for Rule Recommendation Benchmarking "
                "ChessGPT: Bridging Policy Learning and Language Modeling", 71) == [
        "Wyze Rule: Federated Rule Dataset for Rule Recommendation Benchmarking",
        "ChessGPT: Bridging Policy Learning and Language Modeling",
    ]  # fmt: skip
    assert wrap("a " + "x" * 80 + " b", 10) == ["a", "x" * 80, "b"]
    assert _goes_on("Boosting Similarity Search in") and _goes_on("Sequence-")
    assert _goes_on("A Theory & Practice of") and not _goes_on("Molecular Graphs")


def test_pandocs_plain_text_breaks_no_title_over_a_blank_line() -> None:
    """pandoc's plain text wraps at 72 columns and sets a blank line between the posters
    (the capture is read as a text browser's dump, which joins a line to the next where the
    next one's first word would not have fit): a joined line between blank lines is one
    title, and a line after a blank line starts a title of its own."""
    from conftest import PAGES

    path = PAGES / "recaptured" / "30_neurips2023_calendar_as-served-rewrapped.pandoc-plain.txt"
    page = confparse.parse(path, today=date(2026, 12, 6))
    titles = [t.paper.title for s in page.sessions for t in s.talks if t.paper is not None]
    assert len(titles) == 701
    assert (
        "A Multi-modal Global Instance Tracking Benchmark (MGIT): Better Locating Target in "
        "Complex Spatio-temporal and Causal Relationship"
    ) in titles
    at = titles.index(
        "Uncovering motifs of concurrent signaling across multiple neuronal populations"
    )
    assert titles[at + 1] == "Long Sequence Hopfield Memory"


LYNX_LINKED = """   TUE 12 DEC
   8:45 a.m.
   [89]Poster Session 1 [8:45-10:45]
   Posters 8:45-10:45
   [90]PIXIU: A Comprehensive Benchmark, Instruction Dataset and Large
   Language Model for Finance
   [91]FETV: A Benchmark for Fine-Grained Evaluation of Open-Domain
   Text-to-Video Generation
   [92]Wyze Rule: Federated Rule Dataset for Rule Recommendation
   Benchmarking
   [93]ChessGPT: Bridging Policy Learning and Language Modeling
   [94]EMBERSim: A Large-Scale Databank for Boosting Similarity Search in
   Malware Analysis
   [95]AllSim: Simulating and Benchmarking Resource Allocation Policies in

References

  89. file:///virtual/2023/session/74069
  90. file:///virtual/2023/poster/73431
  91. file:///virtual/2023/poster/73413
  92. file:///virtual/2023/poster/73449
  93. file:///virtual/2023/poster/73461
  94. file:///virtual/2023/poster/73677
  95. file:///virtual/2023/poster/73422
"""
"""``lynx -dump`` of the real page (numbered links): ``TUE 12 DEC`` and ``8:45 a.m.``, then
the start of the list of posters, and the link list's lines for them."""


def test_a_joined_line_that_holds_several_links_is_a_line_per_link() -> None:
    from confparse import capture

    document = capture.read_text(LYNX_LINKED)
    joined = [i for i, line in enumerate(document.lines) if line.startswith("ChessGPT")]
    assert [len(document.links_on(i)) for i in joined] == [2]  # ChessGPT and EMBERSim
    page = confparse.parse(LYNX_LINKED, "calendar", default_zone=ZONE, today=TODAY)
    posters = page.sessions[-1].talks
    shown = [(t.paper.title, t.paper.links[0].url) for t in posters if t.paper is not None]
    assert shown[3:5] == [
        ("ChessGPT: Bridging Policy Learning and Language Modeling",
         "file:///virtual/2023/poster/73461"),
        ("EMBERSim: A Large-Scale Databank for Boosting Similarity Search in Malware Analysis",
         "file:///virtual/2023/poster/73677"),
    ]  # fmt: skip
    assert len(shown) == 6


_WIDE = "Industrial demonstration of popular backbones for Time Series Foundation Models"
_SPEAKER_DUMP = f"""MON 11 DEC
2:15 p.m.
Expo Demonstration:
{_WIDE}
(duration 1.5 hr)
3:25 p.m.
Invited Talk:
NextGenAI: The Delusion of Scaling and the Future of Generative AI
Björn Ommer
(ends 4:15 PM)"""
"""A dump shaped as w3m prints the real page: its widest line, 79 columns, gives its width."""


@pytest.mark.parametrize(
    ("text", "title", "speakers"),
    [
        (_SPEAKER_DUMP, "NextGenAI: The Delusion of Scaling and the Future of Generative AI",
         ["Björn Ommer"]),  # "Björn" would have fit on the title's line: a line of its own
        (_SPEAKER_DUMP.replace(_WIDE, _WIDE[:40]),
         "NextGenAI: The Delusion of Scaling and the Future of Generative AI Björn Ommer",
         []),  # at 66 columns it would not have: the title's last words, as far as one knows
    ],
)  # fmt: skip
def test_one_name_under_a_title_is_the_speakers_where_it_would_have_fit_above(
    text: str, title: str, speakers: list[str]
) -> None:
    from confparse._core import run_layout
    from confparse.capture import Document
    from confparse.layouts import calendar

    options = confparse.ParseOptions(default_zone=ZONE, today=TODAY)
    page = run_layout(calendar, Document(text, "text-browser"), options)
    talk = page.sessions[0].talks[-1]
    assert talk.paper is not None and talk.paper.title == title
    assert [person.name for person in talk.paper.authors] == speakers


def test_the_line_readers_gates_keep_their_longest_lines() -> None:
    """Each reader declines a line by its first or last character, or its length, before
    its regular expression runs; the longest lines that the expressions take pass."""
    assert read_clock("12:30  p. m.") == (12, 30)
    assert read_clock("12:30  p. m. ") is None
    assert read_clock("Noon") == (12, 0) and read_clock("noon 1") is None
    assert read_day("Wednesday., 10  September") is not None
    assert read_day("Wednesday., September  10") is not None
    assert read_day(" SUN 10 DEC") is None
    assert read_end("(ends 9:50 AM)") is not None and read_end(" (ends 9:50 AM)") is None
    assert read_block("s 4:30-6:00") == (None, ((4, 30), (6, 0)))
    assert read_item("[8:15] Title") == ((8, 15), "Title") and read_item("8:15] Title") is None


def test_a_dump_that_ends_on_a_joined_line_takes_no_width_from_it() -> None:
    """The browser's width is that of the widest line the capture did not join; the map back
    to the input cannot say whether the last line was joined, so it is left out. A dump cut
    inside a list of posters ends on one joined line of several titles: taken as printed, it
    made the width 182 and split the wrapped titles above it (470 talks for 399)."""
    from confparse import capture
    from confparse.layouts.kit.wrapping import Printing

    from conftest import PAGES

    path = PAGES / "recaptured" / "30_neurips2023_calendar_as-served-rewrapped.lynx-nolist.txt"
    text = path.read_text(encoding="utf-8")
    full = confparse.parse(text, today=date(2026, 12, 6))
    talks = [talk for session in full.sessions for talk in session.talks]
    starts = sorted(talk.span.first for talk in talks if talk.span is not None)
    lines = text.split("\n")
    cut = "\n".join(lines[: starts[399] - 1])  # up to the 400th talk's first line
    document = capture.read(cut)
    assert document.origin is not None and document.origin[-1] < len(lines)
    assert Printing(document, [line.strip() for line in document.lines]).width == 71
    page = confparse.parse(cut, today=date(2026, 12, 6))
    titles = [t.paper.title if t.paper else None for s in page.sessions for t in s.talks]
    expected = [t.paper.title if t.paper else None for t in talks]
    assert titles[:390] == expected[:390]


def test_a_title_that_reads_as_mojibake_does_not_render() -> None:
    """Every capture reader repairs UTF-8 misread as cp1252 (``Âœ`` is ``œ``), so a title
    that reads so would come back changed: `RenderError`, not a page that reads back other."""
    from datetime import datetime, timedelta, timezone

    from confparse import Page, Paper, Session, Talk

    chicago = timezone(timedelta(hours=-6), "America/Chicago")
    talk = Talk(
        start=datetime(2019, 1, 1, 5, 0, tzinfo=chicago),
        zone="America/Chicago",
        paper=Paper(title="\u00c2\u0153?"),
    )
    page = Page(layout="calendar", sessions=(Session(title="TUE 1 JAN", talks=(talk,)),))
    with pytest.raises(confparse.RenderError, match="mojibake"):
        confparse.render(page, today=TODAY)
    readable = attrs.evolve(page, sessions=(Session(title="TUE 1 JAN", talks=(attrs.evolve(
        talk, paper=Paper(title="\u0153?")),)),))  # fmt: skip
    back = confparse.parse(confparse.render(readable, today=TODAY), today=TODAY,
                           default_zone="America/Chicago")  # fmt: skip
    assert _plain(back) == readable


def test_the_pieces_of_a_session_box_printed_a_text_node_a_line_are_joined() -> None:
    """BeautifulSoup's ``get_text("\\n")`` prints each text node of a session box alone:
    the session's range, the list's kind, plural mark and range, each paper's clock."""
    from confparse.layouts.calendar.recognise import has_lone_piece, piece_of
    from confparse.layouts.calendar.text import _with_pieces_joined
    from confparse.layouts.kit.paragraphs import Field

    assert [piece_of(t) for t in ("[4:30-6:00]", "[4:30]", "4:30-6:00", "s", "Oral")] == [
        "range",
        "clock",
        "block",
        None,
        None,
    ]
    texts = [
        *("Oral 1A RL", "[8:00-8:45]", "Oral", "s", "8:00-8:45", "[8:00]", "A Title"),
        *("Creative AI", "[4:30-6:00]", "Chairs: Jean Oh", "s", "4:30-6:00", "[4:30]"),
    ]
    fields = [Field(at, at, text, ()) for at, text in enumerate(texts)]
    assert [(f.first, f.last, f.text) for f in _with_pieces_joined(fields)] == [
        (0, 1, "Oral 1A RL [8:00-8:45]"),
        (2, 4, "Orals 8:00-8:45"),
        (5, 6, "[8:00] A Title"),
        (7, 8, "Creative AI [4:30-6:00]"),
        (9, 9, "Chairs: Jean Oh"),  # (no kind: the chairs stay apart)
        (10, 11, "s 4:30-6:00"),
        (12, 12, "[4:30]"),  # a clock that ends the page stays
    ]
    # pieces are looked for only where a range or a clock in brackets stands alone
    assert has_lone_piece("Creative AI\n[4:30-6:00]\nChairs: A B")
    assert has_lone_piece("A title\n\t\t[4:30] \nVoice Scroll")
    assert not has_lone_piece("[4:30]\nVoice Scroll")  # (nothing above it)
    assert not has_lone_piece("Creative AI [4:30-6:00]\n[4:30] Voice Scroll\ns 4:30-6:00")


def test_a_line_that_starts_with_the_sources_tabs_goes_on_the_line_above() -> None:
    """``get_text`` keeps a line break that the page source holds inside a title, with the
    source's tabs after it: that line goes on the title; a line after a blank line, or
    indented with spaces only, does not."""
    from confparse.layouts.calendar.text import _tab_indented

    assert _tab_indented("\t\t\tIT Diagnosis")
    assert _tab_indented("  \t\tIT Diagnosis")  # (an indent of spaces before the tabs)
    assert not _tab_indented("    IT Diagnosis")
    assert not _tab_indented("IT\tDiagnosis")
    text = (
        "SUN 10 DEC\n9 a.m.\nExpo Demonstration:\nCutting-Edge AI Approaches for\n"
        "\t\t\t\tIT Diagnosis\n(duration 1.5 hr)\n"
    )
    page = confparse.parse(text, layout="calendar", year=2023)
    talks = [talk for session in page.sessions for talk in session.talks]
    assert [(t.paper.title if t.paper else None, t.paper.authors if t.paper else None)
            for t in talks] == [("Cutting-Edge AI Approaches for IT Diagnosis", ())]  # fmt: skip
