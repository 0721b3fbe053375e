"""The session layout on the three real session pages, and its round-trip properties."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import confparse
from confparse import Page, Paper, ParseError, Person, RenderError, Session, Talk
from confparse import strategies as cs

from conftest import TODAY, page_text, render_outcomes

PDT = timezone(timedelta(hours=-7))
REAL = ("001", "002", "004")


def parse_real(prefix: str, **kwargs: object) -> Page:
    return confparse.parse(page_text(prefix), today=TODAY, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("prefix", REAL)
def test_real_pages_detect_as_session_and_parse_clean(prefix: str) -> None:
    page = parse_real(prefix)
    assert page.layout == "session"
    assert page.diagnostics == ()
    assert len(page.sessions) == 1


def test_2021_session_golden_facts() -> None:
    page = parse_real("001")
    session = page.sessions[0]
    assert session.kind == "Session"
    assert session.title == "Deep Learning Optimization"
    assert session.location is None
    assert [p.name for p in session.moderators] == ["Yi Ma"]
    assert len(session.talks) == 8
    first = session.talks[0]
    assert first.kind == "Oral"
    assert first.award == "Outstanding Paper Honorable Mention"
    assert first.paper is not None
    assert first.paper.title == (
        "Understanding self-supervised learning dynamics without contrastive pairs"
    )
    assert [a.name for a in first.paper.authors] == [
        "Yuandong Tian",
        "Xinlei Chen",
        "Surya Ganguli",
    ]
    assert first.start == datetime(2021, 7, 21, 17, 0, tzinfo=PDT)
    assert first.end == datetime(2021, 7, 21, 17, 20, tzinfo=PDT)
    assert first.zone == "PDT"
    assert first.start is not None
    assert first.start.utcoffset() == timedelta(hours=-7)
    assert first.paper.abstract is not None
    assert "\\emph{non-contrastive}" in first.paper.abstract
    assert first.paper.abstract.endswith(
        "\\footnote{\\url{https://github.com/facebookresearch/luckmatters/tree/master/ssl}}."
    )
    assert [t.kind for t in session.talks[1:7]] == ["Spotlight"] * 6
    assert all(t.award is None for t in session.talks[1:])
    qa = session.talks[-1]
    assert (qa.kind, qa.paper) == ("Q&A", None)
    assert qa.start == datetime(2021, 7, 21, 17, 50, tzinfo=PDT)
    assert page.year_source == "weekday"
    # PDF-extraction damage is kept as printed
    gradient_flow = session.talks[6].paper
    assert gradient_flow is not None and gradient_flow.abstract is not None
    assert "dynamics ofthe gradient flow" in gradient_flow.abstract


def test_2022_hall_g_golden_facts() -> None:
    session = parse_real("002").sessions[0]
    assert (session.title, session.kind, session.location) == (None, None, "Hall G")
    assert [p.name for p in session.moderators] == ["Ning Yu"]
    assert len(session.talks) == 15
    assert all(t.kind is None and t.award is None for t in session.talks)
    glam = session.talks[0].paper
    assert glam is not None
    assert glam.title == "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts"
    assert glam.authors[0].name == "Nan Du"
    assert session.talks[0].start == datetime(2022, 7, 21, 12, 30, tzinfo=PDT)
    durations = {t.end - t.start for t in session.talks if t.start and t.end}
    assert durations == {timedelta(minutes=5), timedelta(minutes=20)}
    names = [a.name for t in session.talks if t.paper for a in t.paper.authors]
    assert "yi jing" in names  # lower-case names are kept as printed
    cut = [t.paper.abstract for t in session.talks if t.paper and t.paper.abstract]
    assert any(a.endswith("Our code is available at") for a in cut)


def test_2022_untitled_golden_facts() -> None:
    session = parse_real("004").sessions[0]
    assert [p.name for p in session.moderators] == ["Grigorios Chrysos"]
    assert (session.title, session.location) == (None, None)
    assert len(session.talks) == 15
    assert all(t.paper is not None and t.paper.title is None for t in session.talks)
    first = session.talks[0]
    assert first.kind == "Spotlight"
    assert first.paper is not None
    assert [a.name for a in first.paper.authors] == ["Samy Jelassi", "Yuanzhi Li"]
    assert first.start == datetime(2022, 7, 20, 7, 30, tzinfo=PDT)
    assert first.end == datetime(2022, 7, 20, 7, 35, tzinfo=PDT)
    everyone = [a.name for t in session.talks if t.paper for a in t.paper.authors]
    assert "Rex (Zhitao) Ying" in everyone
    abstracts = [t.paper.abstract for t in session.talks if t.paper and t.paper.abstract]
    assert any("interest.Although" in a for a in abstracts)


@pytest.mark.parametrize("prefix", REAL)
def test_real_pages_are_fixed_points(prefix: str) -> None:
    page = parse_real(prefix)
    again = confparse.parse(confparse.render(page), layout="session", today=TODAY)
    assert again == page
    assert again.diagnostics == ()


@pytest.mark.parametrize("prefix", REAL)
def test_real_pages_json_round_trip_renders_the_same(prefix: str) -> None:
    page = parse_real(prefix)
    back = confparse.from_json(confparse.to_json(page), Page)
    assert back == page
    assert confparse.render(back) == confparse.render(page)


@pytest.mark.parametrize("prefix", REAL)
def test_every_line_is_accounted_for(prefix: str) -> None:
    """Spans of the talks cover every non-blank line after the header."""
    text = page_text(prefix)
    page = parse_real(prefix)
    talks = page.sessions[0].talks
    covered: set[int] = set()
    for talk in talks:
        assert talk.span is not None
        covered.update(range(talk.span.first, talk.span.last + 1))
    first_talk = min(covered)
    lines = text.split("\n")
    numbers = range(first_talk, len(lines) + 1)
    missing = [n for n in numbers if lines[n - 1].strip() and n not in covered]
    assert missing == []


def test_year_argument_wins_and_is_recorded() -> None:
    page = parse_real("001", year=2021)
    assert page.year_source == "argument"
    page = parse_real("001", year=2022)
    talk = page.sessions[0].talks[0]
    assert talk.start is not None and talk.start.year == 2022
    codes = {d.code for d in page.diagnostics}
    assert codes == {"weekday-mismatch"}
    assert all(d.severity == "warning" for d in page.diagnostics)


def test_printed_year_wins_over_inference() -> None:
    text = "Moderator: A B\n\nWed 21 July 2021 17:00 - 17:20 PDT\n\nOral\nA title\n\nAnn Lee · Bo"
    page = confparse.parse(text, today=TODAY)
    assert page.year_source == "page"
    start = page.sessions[0].talks[0].start
    assert start is not None and start.year == 2021


def test_inference_counts_back_from_today() -> None:
    text = "Moderator: A B\n\nWed 21 July 17:00 - 17:20 PDT\n\nOral\nA title"
    from datetime import date

    later = confparse.parse(text, today=date(2027, 12, 31)).sessions[0].talks[0]
    assert later.start is not None and later.start.year == 2027
    earlier = confparse.parse(text, today=date(2026, 12, 31)).sessions[0].talks[0]
    assert earlier.start is not None and earlier.start.year == 2021


def _offset(text: str, **options: Any) -> timedelta | None:
    start = confparse.parse(text, today=TODAY, **options).sessions[0].talks[0].start
    return start.utcoffset() if start is not None else None


def test_zone_override() -> None:
    text = "Moderator: A B\n\nWed 21 July 17:00 - 17:20 CST\n\nOral\nA title"
    assert _offset(text, zones={"CST": "Asia/Shanghai"}) == timedelta(hours=8)
    # the caller's mapping is taken as it is, even where its zone prints CDT that day
    assert _offset(text, zones={"CST": "America/Chicago"}) == timedelta(hours=-5)


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Wed 21 July 17:00 - 17:20 CST", 8),  # Chicago prints CDT in July: China's CST
        ("Fri 21 January 2022 17:00 - 17:20 CST", -6),  # North America's, in winter
        ("Wed 21 July 17:00 - 17:20 CDT", -5),
        ("Wed 21 July 17:00 - 17:20 MST", -7),  # Arizona keeps MST all year
        ("Wed 21 July 17:00 - 17:20 MDT", -6),
        ("Wed 21 July 17:00 - 17:20 EST", -5),
        ("Sun 21 January 2024 17:00 - 17:20 AEST", 10),  # Brisbane, in its summer
        ("Sun 21 January 2024 17:00 - 17:20 AEDT", 11),
        ("Wed 21 July 17:00 - 17:20 +08", 8),  # a zone printed as its offset
        ("Wed 21 July 17:00 - 17:20 -03", -3),
        ("Wed 21 July 17:00 - 17:20 +0530", 5.5),
        ("Wed 21 July 17:00 - 17:20 +05:30", 5.5),
    ],
)
def test_a_zone_label_means_the_offset_it_names_that_day(line: str, hours: float) -> None:
    assert _offset(f"Moderator: A B\n\n{line}\n\nOral\nA title") == timedelta(hours=hours)


def test_slot_crossing_midnight_ends_next_day() -> None:
    text = "Moderator: A B\n\nWed 21 July 23:50 - 0:15 PDT\n\nOral\nA late talk"
    talk = confparse.parse(text, today=TODAY).sessions[0].talks[0]
    assert talk.start == datetime(2021, 7, 21, 23, 50, tzinfo=PDT)
    assert talk.end == datetime(2021, 7, 22, 0, 15, tzinfo=PDT)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Wed 31 February 17:00 - 17:20 PDT", "invalid-date"),
        ("Wed 21 July 25:00 - 25:20 PDT", "invalid-time"),
        ("Wed 21 July 17:00 - 17:20 XYZ", "unknown-zone"),
    ],
)
def test_bad_time_lines_are_diagnosed_with_their_line(line: str, code: str) -> None:
    text = f"Moderator: A B\n\n{line}\n\nOral\nA title\n\nAnn Lee · Bo Chen"
    page = confparse.parse(text, layout="session", today=TODAY)
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.severity) == (code, 3, "error")
    talk = page.sessions[0].talks[0]
    assert talk.start is None
    assert talk.paper is not None and talk.paper.title == "A title"
    with pytest.raises(ParseError) as raised:
        confparse.parse(text, layout="session", today=TODAY, strict=True)
    assert (raised.value.line, raised.value.code) == (3, code)


def test_unrecognised_line_is_reported_not_dropped() -> None:
    text = "Title\n\nHall G\n\nsomething odd\n\nWed 21 July 17:00 - 17:20 PDT\n\nOral"
    page = confparse.parse(text, today=TODAY)
    assert page.sessions[0].title == "Title"
    (diagnostic,) = page.diagnostics
    assert diagnostic.code == "unparsed-line"
    assert diagnostic.line == 5
    assert diagnostic.text == "something odd"


# -- properties ---------------------------------------------------------------------------
REAL_PAGES = [parse_real(prefix) for prefix in REAL]


@given(cs.session_pages())
@example(REAL_PAGES[0])
@example(REAL_PAGES[1])
@example(REAL_PAGES[2])
def test_rendered_session_pages_parse_back_equal(page: Page) -> None:
    try:
        text = confparse.render(page)
    except RenderError:
        return
    assert confparse.parse(text, layout="session") == page


@given(st.one_of(cs.session_pages(), cs.talks(), cs.papers(), cs.people(1, 1).map(lambda t: t[0])))
@example(Page(layout="session"))
@example(Talk())
@example(REAL_PAGES[0])
def test_json_round_trip(obj: object) -> None:
    assert confparse.from_json(confparse.to_json(obj), type(obj)) == obj


def test_session_strategy_mostly_renders() -> None:
    """The round-trip property is not vacuous: most drawn pages render."""
    outcomes = render_outcomes(cs.session_pages())
    assert len(outcomes) >= 100
    assert sum(outcomes) / len(outcomes) > 0.8


def test_one_misprinted_weekday_keeps_the_page_year() -> None:
    text = page_text("001").replace("Wed 21 July 17:25", "Thu 21 July 17:25")
    page = confparse.parse(text, today=TODAY)
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.severity) == ("weekday-mismatch", "warning")
    assert diagnostic.text.startswith("Thu 21 July 17:25")
    years = {t.start.year for t in page.sessions[0].talks if t.start}
    assert years == {2021}


@pytest.mark.parametrize(
    "change",
    [
        {"location": "Hall A"},
        {"event": "Oral 6B"},
    ],
)
def test_fields_the_layout_cannot_print_raise_render_error(change: dict[str, str]) -> None:
    import attrs

    page = parse_real("001")
    session = page.sessions[0]
    talk = attrs.evolve(session.talks[0], **change)
    changed = attrs.evolve(page, sessions=(attrs.evolve(session, talks=(talk,)),))
    with pytest.raises(RenderError, match="cannot print Talk"):
        confparse.render(changed)


def test_paper_fields_the_layout_cannot_print_raise_render_error() -> None:
    import attrs

    page = parse_real("001")
    session = page.sessions[0]
    talk = session.talks[0]
    assert talk.paper is not None
    paper = attrs.evolve(talk.paper, votes=3)
    talk = attrs.evolve(talk, paper=paper)
    changed = attrs.evolve(page, sessions=(attrs.evolve(session, talks=(talk,)),))
    with pytest.raises(RenderError, match=r"cannot print Paper\.votes"):
        confparse.render(changed)


# -- newer years: session ranges, cards, navigation menus ----------------------------------
def test_icml2025_poster_session_golden_facts() -> None:
    page = confparse.parse(page_text("session/icml2025"), today=TODAY)
    assert page.layout == "session"
    # the signed-in user's name in the menu is said, as info (issue 14: furniture by text)
    assert [(d.code, d.text) for d in page.diagnostics] == [("account-name", "Sahar")] * 2
    session = page.sessions[0]
    assert (session.kind, session.title, session.location) == (
        "Poster Session",
        "Poster Session 3 West",
        "West Exhibition Hall B2-B3",
    )
    assert session.start == datetime(2025, 7, 16, 11, 0, tzinfo=PDT)
    assert session.end == datetime(2025, 7, 16, 13, 30, tzinfo=PDT)
    assert session.zone == "PDT"
    assert session.moderators == ()
    assert len(session.talks) == 12
    first = session.talks[0]
    assert (first.kind, first.position, first.start) == ("Poster", "#W-100", None)
    assert first.paper is not None
    assert first.paper.title == (
        "MindLLM: A Subject-Agnostic and Versatile Model for fMRI-to-text Decoding"
    )
    assert [a.name for a in first.paper.authors][-1] == "ZHITAO YING"
    assert first.paper.abstract is not None
    assert "$12.0\\%$" in first.paper.abstract
    assert [t.position for t in session.talks[:3]] == ["#W-100", "#W-1000", "#W-1001"]
    again = confparse.parse(confparse.render(page), layout="session", today=TODAY)
    assert again == attrs.evolve(page, diagnostics=())


ORAL_2024 = """Oral

Oral 2A Representation Learning 1

Hall C 1-3

Tue 23 Jul 7:30 a.m. PDT \u2014 8:30 a.m. PDT

Tue 23 Jul 7:30 a.m. PDT \u2014 7:45 a.m. PDT

Oral
Learning Useful Representations

Ann Lee \u00b7 Bo Chen

We learn representations.

Tue 23 Jul 7:45 a.m. PDT \u2014 8 a.m. PDT

Oral
Another Representation Paper

Cy Dee \u22c5 Di Eve

We learn more representations."""


def test_2024_oral_session_with_range_and_12_hour_times() -> None:
    page = confparse.parse(ORAL_2024, today=TODAY)
    assert page.layout == "session"
    assert page.diagnostics == ()
    session = page.sessions[0]
    assert (session.kind, session.title, session.location) == (
        "Oral",
        "Oral 2A Representation Learning 1",
        "Hall C 1-3",
    )
    assert session.start == datetime(2024, 7, 23, 7, 30, tzinfo=PDT)
    assert session.end == datetime(2024, 7, 23, 8, 30, tzinfo=PDT)
    talks = session.talks
    assert [t.start for t in talks] == [
        datetime(2024, 7, 23, 7, 30, tzinfo=PDT),
        datetime(2024, 7, 23, 7, 45, tzinfo=PDT),
    ]
    assert talks[1].end == datetime(2024, 7, 23, 8, 0, tzinfo=PDT)
    assert talks[1].paper is not None
    assert [a.name for a in talks[1].paper.authors] == ["Cy Dee", "Di Eve"]
    assert confparse.parse(confparse.render(page), today=TODAY) == page


MLSYS = """Session

Efficient Training

Moderator: Ann Lee

#36

Outstanding Paper Award
Fast Training of Big Models

Ann Lee \u00b7 Bo Chen

We train fast.

#37

Slower Training of Small Models

Cy Dee \u00b7 Di Eve

We train slowly."""


def test_numbered_talks_with_award_lines() -> None:
    page = confparse.parse(MLSYS, today=TODAY)
    assert page.layout == "session"
    assert page.diagnostics == ()
    talks = page.sessions[0].talks
    assert [(t.position, t.award, t.start) for t in talks] == [
        ("#36", "Outstanding Paper Award", None),
        ("#37", None, None),
    ]
    assert talks[0].paper is not None
    assert talks[0].paper.title == "Fast Training of Big Models"
    assert confparse.parse(confparse.render(page), today=TODAY) == page


def test_a_time_line_followed_only_by_furniture_is_the_session_range() -> None:
    text = "Orals\n\nDeep Nets\n\nHall A\n\nWed 21 July 17:00 - 18:00 PDT  (Bookmark)\n\n"
    text += "Abstract:\n\nFull  Chat\n\nWed 21 July 17:00 - 17:20 PDT\n\nOral\nA title"
    session = confparse.parse(text, layout="session", today=TODAY).sessions[0]
    assert session.end == datetime(2021, 7, 21, 18, 0, tzinfo=PDT)
    assert len(session.talks) == 1
    assert session.talks[0].end == datetime(2021, 7, 21, 17, 20, tzinfo=PDT)


def test_a_time_broken_at_its_dash_is_one_time_line() -> None:
    # an extractor that prints each text node on its line breaks the time at its dash: the
    # session's range and a slot's time read as if the capture had kept them on one line
    text = "Orals\n\nDeep Nets\n\nHall A\n\nWed 21 July 17:00 PDT\n\u2014 18:00 PDT\n(Bookmark)\n"
    text += "\nWed 21 July 17:00 PDT\n- 17:20 PDT\n\nOral\nA title"
    page = confparse.parse(text, layout="session", today=TODAY)
    session = page.sessions[0]
    assert (session.title, session.kind) == ("Deep Nets", "Orals")
    assert session.end == datetime(2021, 7, 21, 18, 0, tzinfo=PDT)
    assert [talk.end for talk in session.talks] == [datetime(2021, 7, 21, 17, 20, tzinfo=PDT)]
    assert session.talks[0].paper is not None
    assert session.talks[0].paper.title == "A title"
    assert page.diagnostics == ()


def test_the_page_title_and_banner_over_the_menu_are_named_furniture() -> None:
    # an extractor prints the document's <title>s first: the session's title behind a
    # prefix, the conference and year; each is skipped by a rule of its own, and a line
    # that names another title is no page title
    menu = "Main Navigation\n\nSelect Year: (2025)\n\n"
    head = "Poster Session\n\nPoster Session 3 West\n\nHall B\n\n"
    slot = "Wed 16 Jul 11 a.m. PDT \u2014 1:30 p.m. PDT\n\nPoster\n\n#W-100\n\nA title\n"
    text = "Track: Poster Session 3 West\n\nICML 2025\n\nTrack: Oral 1A\n\n" + menu + head + slot
    page = confparse.parse(text, layout="session", today=TODAY)
    session = page.sessions[0]
    assert (session.title, session.kind) == ("Poster Session 3 West", "Poster Session")
    assert [(d.line, d.code) for d in page.diagnostics] == [(5, "unknown-furniture")]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Track: Poster Session 3 West", "page-title"),
        ("ICML 2025 Poster Session 3 West", "page-title"),
        ("Poster Session 3 West", "page-title"),
        ("ICML 2025", "conference-banner"),
        ("NeurIPS  2023", "conference-banner"),
        ("Track: Oral 1A", None),
        ("Poster Session 3 West Hall", None),
        ("Tutorials", None),
    ],
)
def test_a_title_or_banner_line_is_known_by_its_text(line: str, rule: str | None) -> None:
    from confparse.layouts import session

    assert session._title_rule(line, "Poster Session 3 West") == rule
    assert session._title_rule(line, None) == (rule if rule == "conference-banner" else None)


_RUN_ON = (
    "Poster\n#W-1\nA First Title\nAnn Lee \u00b7 Bo Chen\nWe study a first problem at length.\n"
    "Poster\n#W-2\nA Second Title\nQian Qi\nWe study a second problem at length.\n"
)


def test_a_card_run_into_one_paragraph_ends_its_head_at_the_authors() -> None:
    # an extractor that prints each text node on its line leaves no blank line between a
    # card's title, authors and abstract: the author line (or one name) ends the head
    page = confparse.parse(_RUN_ON, layout="session", today=TODAY)
    shown = [
        (t.position, t.paper.title, [a.name for a in t.paper.authors], t.paper.abstract)
        for t in page.sessions[0].talks
        if t.paper is not None
    ]
    assert shown == [
        ("#W-1", "A First Title", ["Ann Lee", "Bo Chen"], "We study a first problem at length."),
        ("#W-2", "A Second Title", ["Qian Qi"], "We study a second problem at length."),
    ]
    assert page.diagnostics == ()


def test_one_name_under_a_timed_slots_title_is_left_to_the_head() -> None:
    # the one-name rule is a card's: a timed slot's paragraph keeps its head as it reads
    from confparse.layouts import session
    from confparse.layouts.kit.ledger import Ledger

    lines = ["A Second Title", "Qian Qi", "We study a second problem at length."]
    state = Ledger(confparse.capture.read("\n".join(lines)), confparse.ParseOptions())
    assert session._head_apart(state, 0, 2, card=False) == [(0, 2)]
    assert session._head_apart(state, 0, 2, card=True) == [(0, 0), (1, 2)]


def test_a_capture_cut_mid_abstract_marks_the_last_abstract_truncated() -> None:
    text = page_text("002")
    cut = text[: text.rindex(" ", 0, len(text) - 40)]  # stop inside the last abstract
    page = confparse.parse(cut, today=TODAY)
    last = page.sessions[0].talks[-1]
    assert last.paper is not None
    assert last.paper.abstract_truncated
    assert all(t.paper and not t.paper.abstract_truncated for t in page.sessions[0].talks[:-1])
    assert page.diagnostics == ()


def test_a_content_truncated_marker_is_skipped_and_marks_the_last_abstract() -> None:
    text = page_text("002") + "\n\n[Content truncated]"
    page = confparse.parse(text, today=TODAY)
    assert page.diagnostics == ()
    last = page.sessions[0].talks[-1]
    assert last.paper is not None
    assert last.paper.abstract_truncated
    assert last.paper.abstract is not None
    assert last.paper.abstract.endswith("between accuracy and efficiency.")
    # the intact page keeps its last abstract whole
    intact = confparse.parse(page_text("002"), today=TODAY).sessions[0].talks[-1]
    assert intact.paper is not None
    assert not intact.paper.abstract_truncated


def test_menu_lines_looked_up_get_the_rule_their_own_text_gives() -> None:
    # the menu table is only a short cut past `furniture_rule`'s patterns: same answers
    from confparse.layouts import session

    table = session._MENU_RULES
    assert "2025" in table and "Help/FAQ" in table
    assert {line: session._menu_rule(line) for line in table} == table


def test_a_capture_header_line_that_starts_like_a_slot_opens_none() -> None:
    # the clipping tool's heading (capture furniture) reads blank: it was taken for a time
    # line's start once, and the parse failed on it with an internal error
    text = (
        "# Wed source\n- URL: https://icml.cc/virtual/2025/session/1\n\nOral\n\n"
        "Wed 21 July 17:00 - 17:20 PDT\n\nA title\n\nAnn Lee \u00b7 Bo Chen\n\nAn abstract."
    )
    page = confparse.parse(text, layout="session", today=TODAY)
    assert page.diagnostics == ()
    assert [talk.paper.title for talk in page.sessions[0].talks if talk.paper] == ["A title"]


# -- memory: slot starts kept as flags, time lines read again past a bound ------------------
def test_time_lines_past_the_kept_parts_are_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page with more distinct time lines than the layout keeps the parts of reads each
    one again when its slot is parsed: the talks are the same as with every part kept."""
    from confparse.layouts import session

    slots = [
        f"Wed {1 + n % 28} July {n % 24:02d}:{n % 60:02d} - {n % 24:02d}:{n % 60:02d} PDT\n\n"
        f"Oral\nTitle {n}\n\nAnn Lee \u00b7 Bo Chen\n"
        for n in range(40)
    ]
    cards = "Poster\n\n#W-100\n\nA poster\n\nAnn Lee \u00b7 Bo Chen\n"
    text = "Moderator: A B\n\n" + "\n".join([*slots[:20], cards, *slots[20:]])
    kept = confparse.parse(text, today=TODAY)
    monkeypatch.setattr(session, "_PARTS_KEPT", 3)
    again = confparse.parse(text, today=TODAY)
    assert again == kept
    talks = kept.sessions[0].talks
    assert len(talks) == 41 and talks[20].position == "#W-100" and talks[21].start is not None
    assert [t.paper.title for t in talks[:2] if t.paper] == ["Title 0", "Title 1"]


def test_a_one_line_slot_has_one_line_number() -> None:
    """A slot of its time line alone spans one line, both ends one int (a page of time
    lines holds a talk per line: the second int was an eighth of a talk's memory). Line
    numbers past 256, which Python does not share by itself."""
    text = "Moderator: A B\n\nOral\n" + "\n" * 300 + "Wed 21 July 17:00 - 17:20 PDT\n" * 3
    talks = confparse.parse(text, today=TODAY).sessions[0].talks
    spans = [talk.span for talk in talks]
    assert [(span.first, span.last) for span in spans if span] == [(305, 305), (306, 306)]
    assert all(span is not None and span.first is span.last for span in spans)


@given(
    st.one_of(
        st.sampled_from(
            ["Poster", "Oral", "Outstanding Paper Award", "A Title", "Q&A", "**[A Title][3]**"]
        ),
        st.text(st.characters(exclude_characters="\n\r"), min_size=1, max_size=60),
    ),
    st.booleans(),
    st.booleans(),
)
def test_a_one_line_head_reads_as_classify_head_reads_it(
    line: str, allow_kind: bool, heading: bool
) -> None:
    from confparse.capture.document import Document
    from confparse.layouts import session
    from confparse.layouts.kit.heads import heading_text
    from confparse.layouts.kit.ledger import Ledger
    from confparse.options import ParseOptions

    line = line.strip()
    if not line:
        return
    text = f"{line}\n\nAnn Lee \u00b7 Bo Chen"
    state = Ledger(Document(text, headings={0: 5} if heading else {}), ParseOptions())
    taken, classified = session._read_head(state, state.paragraphs(0, 3), allow_kind)
    if taken:  # unless the line is an author line: then the slot has no head
        head = heading_text([line]) if heading else line
        expected = session.classify_head([head], allow_kind=allow_kind)
        assert classified[:3] == expected[:3] and list(classified[3]) == list(expected[3])


def test_a_one_line_paragraph_of_site_furniture_is_left_out_of_the_abstract() -> None:
    from confparse.layouts.kit.blocks import join_abstract
    from confparse.layouts.kit.ledger import Ledger
    from confparse.layouts.kit.vocabulary import VIRTUAL_SITE
    from confparse.options import ParseOptions

    state = Ledger(
        "First part.\n\nChat is not available.\n\nSecond part.", ParseOptions(), VIRTUAL_SITE
    )
    assert join_abstract(state, state.paragraphs(0, 5)) == ("First part.\n\nSecond part.", False)
    assert state.rules == {2: "chat-placeholder"}


@pytest.mark.parametrize("wrapped", [False, True])
def test_the_longest_furniture_line_is_left_out_of_the_abstract(wrapped: bool) -> None:
    """Lines longer than every known furniture line are not looked up: the longest one is,
    in a paragraph of its own and in a paragraph of several lines."""
    from confparse.layouts.kit.blocks import join_abstract
    from confparse.layouts.kit.ledger import Ledger
    from confparse.layouts.kit.vocabulary import ALL_SITES
    from confparse.options import ParseOptions

    longest = max(ALL_SITES.lines, key=len)
    middle = f"{longest}\nSecond part." if wrapped else longest
    state = Ledger(f"First part.\n\n{middle}\n\nThird part.", ParseOptions(), ALL_SITES)
    abstract, _truncated = join_abstract(state, state.paragraphs(0, len(state)))
    assert abstract is not None and longest not in abstract
    assert state.rules == {2: ALL_SITES.lines[longest]}


def test_one_name_under_a_head_without_a_title_does_not_render() -> None:
    """Under an award (or a kind) and no title, one name alone reads back as the title:
    rendering it would not round-trip, so it raises."""
    zone = timezone(timedelta(hours=-7), "PDT")
    start = datetime(2021, 7, 21, 17, 0, tzinfo=zone)
    talk = Talk(
        start=start,
        end=start + timedelta(minutes=20),
        zone="PDT",
        award="Outstanding Paper",
        paper=Paper(authors=(Person(name="Ada Lovelace"),)),
    )
    page = Page(layout="session", sessions=(Session(talks=(talk,)),))
    with pytest.raises(RenderError, match="single-author"):
        confparse.render(page)


@pytest.mark.parametrize(
    "head",
    [
        ("Oral", "Outstanding Paper Honorable Mention", "A Title"),
        ("Outstanding Paper Honorable Mention", "Oral", "A Title"),
        ("Oral", "A Title", "Outstanding Paper Honorable Mention"),
    ],
)
def test_a_slot_heads_kind_and_award_are_read_in_any_order(head: tuple[str, ...]) -> None:
    """The kind, the award and the title are each read for what they are, not for where
    they stand: an award above the kind left the kind as the title."""
    from confparse.layouts import session

    read = ("Oral", "Outstanding Paper Honorable Mention", "A Title")
    assert session.classify_head(list(head)) == (*read, ())
    text = "Wed 21 July 17:00 - 17:20 PDT\n\n" + "\n".join(head) + "\n\nAnn Lee \u00b7 Bo Chen"
    (talk,) = confparse.parse(text, layout="session").sessions[0].talks
    assert talk.paper is not None
    assert (talk.kind, talk.award, talk.paper.title) == read


_QA_THEN_TALK = (
    "Wed 21 July 17:00 - 17:20 PDT\n\n{first}\n\nWed 21 July 17:20 - 17:40 PDT\n\n{second}"
    "\n\nAnn Lee \u00b7 Bo Chen\n\nAn abstract."
)


def test_a_kind_under_one_time_and_over_the_next_stays_with_the_talk_the_page_gives_it() -> None:
    """Where the kind stands is the page's choice, made once for all its talks: a slot that
    is only its kind (``Q&A``) above the next time line keeps it when the page prints kinds
    under the times, and gives it to the next talk when it prints them above."""
    below = _QA_THEN_TALK.format(first="Q&A\nQ&A", second="Oral\nA Title")
    headed = "Oral Session\n\n" + below  # a kind over the first time too: the session's
    talks = confparse.parse(headed, layout="session").sessions[0].talks
    assert [(t.kind, t.paper and t.paper.title) for t in talks] == [
        ("Q&A", None),
        ("Oral", "A Title"),
    ]
    above = ("Q&A\n" + below.replace("\n\nQ&A\nQ&A\n\n", "\n\nOral\nA Title\n")).replace(
        "\n\nOral\nA Title\n\nAnn", "\n\nAnn"
    )
    assert above.startswith("Q&A\nWed 21 July 17:00 - 17:20 PDT\n\nOral\nA Title\nWed 21")
    talks = confparse.parse(above, layout="session").sessions[0].talks
    assert [(t.kind, t.paper and t.paper.title) for t in talks] == [
        ("Q&A", None),
        ("Oral", "A Title"),
    ]
    assert [t.paper.authors for t in talks if t.paper] == [
        (Person(name="Ann Lee"), Person(name="Bo Chen"))
    ]


def test_a_title_that_reads_as_mojibake_does_not_render_in_a_text_layout() -> None:
    """`check_line`, which every text layout's renderer asks of its lines: ``Ã¼ber`` is
    what a reader repairs to ``über``, so the page would read back with another title."""
    start = datetime(2021, 7, 21, 17, 0, tzinfo=PDT)
    talk = Talk(
        start=start,
        end=start + timedelta(minutes=20),
        zone="PDT",
        paper=Paper(title="\u00c3\u00bcber Graphs", authors=(Person(name="Ann Lee"),)),
    )
    page = Page(layout="session", sessions=(Session(talks=(talk,)),))
    with pytest.raises(RenderError, match="mojibake"):
        confparse.render(page)
    readable = attrs.evolve(talk, paper=attrs.evolve(talk.paper, title="\u00fcber Graphs"))
    back = confparse.parse(
        confparse.render(attrs.evolve(page, sessions=(Session(talks=(readable,)),)))
    )
    assert back.sessions[0].talks[0].paper is not None
    assert back.sessions[0].talks[0].paper.title == "\u00fcber Graphs"
