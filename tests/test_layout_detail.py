"""The detail layout on six real captures and hand-written variants, and its round trips."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import confparse
from confparse import Link, Page, ParseError, Person, RenderError, Session, Talk, registry
from confparse import strategies as cs
from confparse.capture import Document
from confparse.capture import read as prepare
from confparse.layouts.detail.head import find_head
from confparse.layouts.detail.lines import Listed, Prefix
from confparse.layouts.detail.reader import _TAIL_TEXTS, _scan_widget, _tail_lines
from confparse.layouts.detail.recognise import (
    BUTTON_LABELS,
    BYTEZ,
    COOKIE_TAIL,
    KNOWN_LINES,
    first_section,
    is_bytez,
)
from confparse.layouts.kit.heads import Token, read_text, separator_lines
from confparse.layouts.kit.ledger import BLANK, BOILER, REPORTED, USED, LineState
from confparse.layouts.kit.pagestart import second_page
from confparse.layouts.kit.scan import PREFIX_CHARS, scan
from mutants import mutants

from conftest import PAGES, TODAY, best_times, page_text, render_outcomes

detail: Any = registry.get_layout("detail")  # the module, wherever the layouts live
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))

WILD = {  # the platform's own captures (no time slots)
    "wild/01": "wild/01_icml2025_poster46593_jina.md",
    "wild/02": "wild/02_icml2025_poster44177_bytez_plain.txt",
    "wild/03": "wild/03_icml2025_poster46224_plain.txt",
}
DERIVED = {  # captures we made from saved HTML (see tests/pages/detail/README.md)
    "detail/01": "detail/01_neurips2023_poster71095_plain.txt",
    "detail/02": "detail/02_neurips2023_poster70701_plain.txt",
    "detail/03": "detail/03_neurips2023_poster71095_reader.md",
}
REAL = {**WILD, **DERIVED}


def real_text(key: str) -> str:
    return (PAGES / REAL[key]).read_text(encoding="utf-8")


def parse_real(key: str, **kwargs: object) -> Page:
    return confparse.parse(real_text(key), today=TODAY, **kwargs)  # type: ignore[arg-type]


def parse_detail(text: str, **kwargs: object) -> Page:
    return confparse.parse(text, layout="detail", today=TODAY, **kwargs)  # type: ignore[arg-type]


def ledger(text: str, **kwargs: object) -> tuple[Page, LineState]:
    """Parse *text* and keep the line state, to see which rule took which line."""
    states: list[LineState] = []
    original = LineState.finish

    def finish(self: LineState) -> tuple[confparse.Diagnostic, ...]:
        states.append(self)
        return original(self)

    with mock.patch.object(LineState, "finish", finish):
        page = parse_detail(text, **kwargs)
    return page, states[0]


def names(people: tuple[Person, ...]) -> list[str]:
    return [person.name for person in people]


# -- the real captures --------------------------------------------------------------------------
@pytest.mark.parametrize("key", sorted(REAL))
def test_real_pages_detect_as_detail_and_parse_clean(key: str) -> None:
    page = parse_real(key)
    assert page.layout == "detail"
    # the bytez widget's copy of the paper text is said (info), not skipped (issue 14)
    assert {d.code for d in page.diagnostics} <= {"widget-text"}
    (paper,) = page.papers
    (session,) = page.sessions
    assert all(talk.paper == paper for talk in session.talks)


@pytest.mark.parametrize("key", sorted(REAL))
def test_real_pages_are_fixed_points(key: str) -> None:
    page = parse_real(key)
    again = parse_detail(confparse.render(page))
    assert again == attrs.evolve(page, diagnostics=())
    assert again.diagnostics == ()


@pytest.mark.parametrize("key", sorted(REAL))
def test_real_pages_json_round_trip(key: str) -> None:
    page = parse_real(key)
    back = confparse.from_json(confparse.to_json(page), Page)
    assert back == page
    assert confparse.render(back) == confparse.render(page)


@pytest.mark.parametrize("key", sorted(REAL))
def test_every_line_is_used_skipped_by_a_named_rule_or_blank(key: str) -> None:
    page, state = ledger(real_text(key))
    assert {d.code for d in page.diagnostics} <= {"widget-text"}
    widget = {line - 1 for d in page.diagnostics for line in d.lines}
    assert all(
        mark in (BLANK, USED, BOILER) for i, mark in enumerate(state.marks) if i not in widget
    )
    unclaimed = [i for i, mark in enumerate(state.marks) if not mark and state.stripped[i]]
    assert unclaimed == []
    assert all(state.rules[i] for i, mark in enumerate(state.marks) if mark == BOILER)


def test_icml2025_jina_golden_facts() -> None:
    page = parse_real("wild/01")
    (paper,) = page.papers
    assert paper.title == (
        "The Berkeley Function Calling Leaderboard (BFCL): From Tool Use to Agentic Evaluation "
        "of Large Language Models"
    )  # printed three times: reader header, HTML title, heading
    assert names(paper.authors) == [
        "Shishir G. Patil", "Huanzhi Mao", "Fanjia Yan", "Charlie Ji", "Vishnu Suresh",
        "Ion Stoica", "Joseph E Gonzalez",
    ]  # fmt: skip
    assert paper.abstract is not None and paper.lay_summary is not None
    assert paper.abstract.startswith("Function calling, also called tool use, refers to an LLM")
    assert paper.abstract.endswith("can be accessed at gorilla.cs.berkeley.edu/leaderboard.html.")
    assert not paper.abstract_truncated
    assert "Show more" not in paper.abstract and "Imagine" not in paper.abstract
    assert paper.lay_summary.startswith("Imagine a helpful AI that can look up the weather")
    assert paper.lay_summary.endswith("watch the field improve in real time.")
    assert paper.links == (
        Link(text="OpenReview", url="https://openreview.net/forum?id=2GmDdhBdDk"),
    )  # the menu's links and the Login link are not the paper's
    (talk,) = page.sessions[0].talks
    assert (talk.kind, talk.start, talk.location, talk.event) == ("Poster", None, None, None)
    assert page.year_source is None


def test_icml2025_bytez_golden_facts() -> None:
    page, state = ledger(real_text("wild/02"))
    (paper,) = page.papers
    assert paper.title == "Online Robust Reinforcement Learning Through Monte-Carlo Planning"
    assert names(paper.authors) == ["Tuan Dam", "Kishan Panaganti", "Brahim Driss", "Adam Wierman"]
    assert paper.abstract is not None and paper.lay_summary is not None
    assert paper.abstract.startswith("Monte Carlo Tree Search (MCTS) is a powerful framework")
    assert paper.abstract.endswith("in the underlying reward distribution and transition dynamics.")
    assert "O ( n \u2212 1 / 2 )" in paper.abstract  # the page's own abstract, not the widget's
    assert "\n" not in paper.abstract
    assert paper.lay_summary.startswith("Imagine you're learning to play a video game")
    assert paper.links == ()  # "[ Poster] [ OpenReview]" are labels without URLs
    (talk,) = page.sessions[0].talks
    assert talk.kind == "Poster" and talk.start is None
    # the widget (second title, second "Abstract", the paper text) is reported as info
    # (issue 14: furniture by text only), one diagnostic for each run of its lines between
    # lines that are furniture by their own text; its "bytez" heading is a named rule
    lines = state.stripped
    widget = [i for i, rule in state.rules.items() if rule == "bytez-widget"]
    runs = [d for d in page.diagnostics if d.code == "widget-text"]
    assert len(runs) == 4 and sum(len(d.lines) for d in runs) > 780
    widget += [line - 1 for d in runs for line in d.lines]
    assert all(state.marks[i] in (REPORTED, BLANK, BOILER) for i in widget)
    assert "(592 lines)" in runs[1].message and runs[1].end_line == runs[1].line + 591
    assert lines[min(widget)] == "bytez"
    token = lines[max(widget)]  # an opaque 2,254-character line just before the footer
    assert len(token) > 2000 and " " not in token
    assert lines.index("Abstract", 80) in widget
    rules = Counter(state.rules.values())
    menu = [i for i, rule in state.rules.items() if rule == "navigation-menu" and i < 68]
    assert len(menu) == 63 and rules["link-buttons"] == 1  # the footer repeats a few items
    assert state.rules[0] == "page-title" and state.rules[68] == "edition-line"


def test_icml2025_plain_golden_facts() -> None:
    page, state = ledger(real_text("wild/03"))
    (paper,) = page.papers
    assert paper.title == (
        "RZ-NAS: Enhancing LLM-guided Neural Architecture Search via Reflective Zero-Cost Strategy"
    )
    assert names(paper.authors) == ["Zipeng Ji", "Guanghui Zhu", "Chunfeng Yuan", "Yihua Huang"]
    assert paper.abstract is not None and paper.lay_summary is not None
    assert paper.abstract.startswith("LLM-to-NAS is a promising field at the intersection")
    assert paper.abstract.endswith("achieving SOTA performance across multiple downstream tasks.")
    assert paper.lay_summary.startswith("We introduce a novel framework that combines the text-")
    assert paper.links == ()
    assert page.sessions[0].talks[0].kind == "Poster"
    # "[" / "OpenReview" / "]": one button flattened over three lines
    assert [state.rules[i] for i in (6, 7, 8)] == ["link-buttons"] * 3
    assert state.rules[1] == "conference-banner"


def test_neurips2023_golden_facts() -> None:
    page = parse_real("detail/01")
    (paper,) = page.papers
    assert paper.title == (
        "The Curious Price of Distributional Robustness in Reinforcement Learning with a "
        "Generative Model"
    )
    assert names(paper.authors) == [
        "Laixi Shi", "Gen Li", "Yuting Wei", "Yuxin Chen", "Matthieu Geist", "Yuejie Chi",
    ]  # fmt: skip
    assert paper.abstract is not None
    # "Abstract: This paper ..." on one line: the heading is not part of the abstract
    assert paper.abstract.startswith("This paper investigates model robustness in reinforcement")
    assert paper.abstract.endswith(
        "with respect to the uncertainty level when it approaches infinity."
    )
    assert "$\\chi^2$ divergence" in paper.abstract
    assert paper.lay_summary is None and paper.links == ()
    (talk,) = page.sessions[0].talks
    assert talk.kind == "Poster"
    assert talk.location == "Great Hall & Hall B1+B2 (level 1) #410"
    assert talk.start == datetime(2023, 12, 12, 8, 45, tzinfo=PST)
    assert talk.end == datetime(2023, 12, 12, 10, 45, tzinfo=PST)
    assert talk.zone == "PST" and talk.event is None
    assert page.year_source == "page"  # "Select Year: (2023)" in the menu


def test_neurips2023_second_page_golden_facts() -> None:
    page = parse_real("detail/02")
    (paper,) = page.papers
    assert paper.title == (
        "Hierarchical Adaptive Value Estimation for Multi-modal Visual Reinforcement Learning"
    )
    assert names(paper.authors) == [
        "Yangru Huang", "Peixi Peng", "Yifan Zhao", "Haoran Xu", "Mengyue Geng", "Yonghong Tian",
    ]  # fmt: skip
    assert paper.abstract is not None
    # "Abstract:" on a line of its own here
    assert paper.abstract.startswith("Integrating RGB frames with alternative modality inputs")
    assert paper.abstract.endswith("the effectiveness of its distinct components.")
    (talk,) = page.sessions[0].talks
    assert talk.location == "Great Hall & Hall B1+B2 (level 1) #515"
    assert (talk.start, talk.zone) == (datetime(2023, 12, 12, 8, 45, tzinfo=PST), "PST")


def test_neurips2023_markdown_golden_facts() -> None:
    page = parse_real("detail/03")
    plain = parse_real("detail/01")
    (paper,) = page.papers
    assert attrs.evolve(paper, links=()) == plain.papers[0]
    assert paper.links == (
        Link(
            text="Paper",
            url="https://proceedings.neurips.cc/paper_files/paper/2023/hash/"
            "fc8ee7c7ab5b5f6b1615045dfb617ed6-Abstract-Conference.html",
        ),
        Link(
            text="Poster",
            url="https://neurips.cc/media/PosterPDFs/NeurIPS%202023/71095.png?t=1701415176.1424458",
        ),
        Link(text="OpenReview", url="https://openreview.net/forum?id=cOQH8YO255"),
    )  # the "[ Abstract ]" toggle is a link too, but not a paper link
    assert [t.location for t in page.sessions[0].talks] == [
        t.location for t in plain.sessions[0].talks
    ]
    assert page.year_source == "page"  # "Title: NeurIPS 2023"


def test_links_render_as_labels_with_urls() -> None:
    text = confparse.render(parse_real("detail/03"))
    assert "[ OpenReview] https://openreview.net/forum?id=cOQH8YO255" in text.split("\n")


# -- detection ----------------------------------------------------------------------------------
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_detector_leaves_other_pages_alone(prefix: str) -> None:
    assert detail.detect_text(page_text(prefix)) < 0.5


@pytest.mark.parametrize("key", sorted(REAL))
def test_detail_pages_beat_the_session_detector(key: str) -> None:
    scores = dict(confparse.detect(real_text(key)))
    assert scores["detail"] >= 0.9
    assert scores["detail"] - max(v for k, v in scores.items() if k != "detail") >= 0.2


@pytest.mark.parametrize(
    "name", ["04_hf_papers_search_firecrawl.md", "05_hf_papers_search_plain_export.txt"]
)
def test_detector_leaves_listings_alone(name: str) -> None:
    assert detail.detect_text((PAGES / "wild" / name).read_text(encoding="utf-8")) < 0.5


# -- what detection reads ----------------------------------------------------------------------
def test_detector_reads_the_first_800_lines_of_the_prefix() -> None:
    text = real_text("detail/01")  # kind, title and authors on lines 60-62, "Abstract: " on 67
    assert detail.detect_text(text) == 1.0  # kind, abstract and furniture: certain
    assert detail.detect_text("\n" * 733 + text) == 1.0
    assert detail.detect_text("\n" * 735 + text) == pytest.approx(0.8)  # the abstract is out
    assert detail.detect_text("\n" * 738 + text) == pytest.approx(0.65)  # the buttons too
    assert detail.detect_text("\n" * 800 + text) == 0.0
    assert detail.detect_text("x" * PREFIX_CHARS + "\n" + text) == 0.0  # beyond the scanned prefix


def test_a_certain_detail_page_ends_detection() -> None:
    """With every sign of the platform (kind, abstract, furniture), the detail page is
    certain: the layouts registered after it are not asked; with fewer, they are."""
    text = real_text("detail/01")
    names = [name for name, _score in registry.detect(prepare(text), stop_when_certain=True)]
    assert names[0] == "detail"  # best first
    assert set(names) == set(registry.layout_names()[: registry.layout_names().index("detail") + 1])
    shifted = [
        name for name, _ in registry.detect(prepare("\n" * 735 + text), stop_when_certain=True)
    ]
    assert set(shifted) == set(registry.layout_names())


def test_detector_reads_only_the_lines_around_the_head(monkeypatch: pytest.MonkeyPatch) -> None:
    """On the NeurIPS page, detection strips only the last line of the 58-line menu above the
    head: the line that tells the walk up from the authors that the head ends below it."""
    text = Document(real_text("detail/01")).head()
    read: list[int] = []
    line, lines = Prefix.line, Prefix.lines

    def spy_line(self: Any, at: int) -> str:
        read.append(at)
        return line(self, at)  # type: ignore[no-any-return]

    def spy_lines(self: Any, after: int, stop: int) -> Iterator[tuple[int, str]]:
        for at, stripped in lines(self, after, stop):
            read.append(at)
            yield at, stripped

    monkeypatch.setattr(Prefix, "line", spy_line)
    monkeypatch.setattr(Prefix, "lines", spy_lines)
    assert detail.detect_text(text) >= 0.9
    numbers = {("\n" + text).count("\n", 0, at) + 1 for at in read}  # 1-based line numbers
    assert numbers == set(range(59, 68))  # the menu's last line, the head, slots, abstract


def views_agree(text: str) -> None:
    """Detection's view of the lines (offsets into the scan) and parsing's (a list) find the
    same head, and the same first section line."""
    stripped = [line.strip() for line in text.split("\n")]
    limit = first_section(stripped)
    listed = find_head(Listed(stripped), limit)
    prefix = Prefix(scan(text))
    found = find_head(prefix, prefix.section_limit())

    def number(at: int | None) -> int | None:
        return None if at is None else prefix.lined.count("\n", 0, at)

    assert number(prefix.section) == (limit if limit < len(stripped) else None)
    if found is None or listed is None:
        assert found is listed is None
        return
    fields = (found.kind, found.title, found.authors)
    assert tuple(map(number, fields)) == (listed.kind, listed.title, listed.authors)
    assert [number(at) for at in found.repeats] == list(listed.repeats)
    assert found.separated == listed.separated


HEAD_LINES = [
    "", " ", "Poster", "Oral", "Invited Talk", "Orals", "A Paper on Posters", "Hall of Mirrors",
    "Ann Lee \u00b7 Bo Chen", "Ann Lee", "\u00b7", "Halle B #274", "Oral presentation: Oral 6B",
    "Tue 23 Jul 7:30 a.m. PDT \u2014 8:30 a.m. PDT", "Poster  Wed, Dec 3, 2025 \u2022 4:30 PM -"
    " 7:30 PM PST", "[ Abstract ]", "2025 Poster", "https://x.org", "Abstract", "Show more",
]  # fmt: skip


@given(st.lists(st.sampled_from(HEAD_LINES), max_size=30))
@example(["Poster", "A Paper on Posters", "", "Show more"])  # no name line above a section
@example(["Orals", "Poster", "A Paper on Posters", "Ann Lee", "", "[ Abstract ]"])
def test_both_views_of_the_lines_find_the_same_head(lines: list[str]) -> None:
    views_agree("\n".join(lines))


@pytest.mark.parametrize("key", sorted(set(REAL) - {"wild/02"}))  # wild/02 is 70 KB
def test_both_views_find_the_same_head_on_real_pages(key: str) -> None:
    text = prepare(real_text(key)).text
    assert len(text) < PREFIX_CHARS
    views_agree(text)


def test_detection_costs_a_small_fraction_of_parsing_a_detail_page() -> None:
    """Every detector on the NeurIPS page (a fresh string each time, so that the scan is
    not reused) against parsing it: 15 % when first measured with four detectors (35 % when
    the detail detector read every line), 28 % on 2026-12-06 with six (the cards and
    calendar detectors), in CPU time, best of seven on an idle machine; 35 % allowed (the
    30 % of four detectors left no room for a busy machine: CI once measured 38 %)."""
    text = real_text("detail/01")
    prefix = Document(prepare(text).text).head()
    fresh = iter(["".join([prefix[:1], prefix[1:]]) for _ in range(7 * 40)])
    detecting, parsing = best_times(
        lambda: registry.detect(Document(next(fresh))),
        lambda: confparse.parse(text, layout="detail"),
        (40, 40),
    )
    assert detecting < 0.35 * parsing, (detecting, parsing)


# -- hand-written variants ----------------------------------------------------------------------
TWO_SLOTS = """\
Poster
Learning to Rank Posters
Ann Lee · Bo Chen ⋅ Cy Dunn
Halle B #274
Tue 23 Jul 7:30 a.m. PDT — 8:30 a.m. PDT
Oral presentation: Oral 6B
Stolz 2
Thu 25 Jul 2:30 p.m. PDT \u2013 2:45 p.m. PDT
Abstract
We rank posters.
Show more"""


def test_two_slots_give_two_talks_in_page_order() -> None:
    page = parse_detail(TWO_SLOTS)
    assert page.diagnostics == ()
    (paper,) = page.papers
    assert names(paper.authors) == ["Ann Lee", "Bo Chen", "Cy Dunn"]
    poster, oral = page.sessions[0].talks
    assert (poster.kind, poster.location, poster.event) == ("Poster", "Halle B #274", None)
    assert poster.start == datetime(2024, 7, 23, 7, 30, tzinfo=PDT)
    assert poster.end == datetime(2024, 7, 23, 8, 30, tzinfo=PDT)
    # the room and the event above a time line belong to it
    assert (oral.kind, oral.location, oral.event) == (None, "Stolz 2", "Oral presentation: Oral 6B")
    assert oral.start == datetime(2024, 7, 25, 14, 30, tzinfo=PDT)
    assert poster.paper is paper and oral.paper is paper
    assert page.year_source == "weekday"


def test_two_slots_render_canonical_text() -> None:
    assert confparse.render(parse_detail(TWO_SLOTS)) == (
        "Poster\n"
        "Learning to Rank Posters\n"
        "Ann Lee · Bo Chen · Cy Dunn\n"
        "\n"
        "Halle B #274\n"
        "Tue, Jul 23, 2024 • 7:30 AM \u2013 8:30 AM PDT\n"
        "Oral presentation: Oral 6B\n"
        "Stolz 2\n"
        "Thu, Jul 25, 2024 • 2:30 PM \u2013 2:45 PM PDT\n"
        "\n"
        "Abstract\n"
        "We rank posters."
    )


NEW_STYLE = """\
NeurIPS 2025
Poster
Learning to Rank Posters
 Ann Lee · Bo Chen\u0020
Poster  Wed, Dec 3, 2025 • 4:30 PM \u2013 7:30 PM PST
Exhibit Hall C,D,E #1109
Oral  Thu, Dec 4, 2025 • 10:00 AM \u2013 10:20 AM PST
Upper Level Ballroom 20AB
Abstract
We rank posters."""


def test_kind_on_the_time_line_and_rooms_below_it() -> None:
    page = parse_detail(NEW_STYLE)
    assert page.diagnostics == ()
    poster, oral = page.sessions[0].talks
    assert (poster.kind, poster.location) == ("Poster", "Exhibit Hall C,D,E #1109")
    assert poster.start == datetime(2025, 12, 3, 16, 30, tzinfo=PST)
    assert poster.end == datetime(2025, 12, 3, 19, 30, tzinfo=PST)
    assert (oral.kind, oral.location) == ("Oral", "Upper Level Ballroom 20AB")
    assert oral.start == datetime(2025, 12, 4, 10, 0, tzinfo=PST)
    assert page.year_source == "page"
    assert parse_detail(confparse.render(page)) == page


def test_an_event_line_heads_the_slot_below_it() -> None:
    text = (
        "Poster\nA Title\nAnn Lee · Bo Chen\n"
        "Tue 23 Jul 7:30 a.m. PDT — 8:30 a.m. PDT\n"
        "Oral presentation: Oral 6B\n"
        "Thu 25 Jul 2:30 p.m. PDT — 2:45 p.m. PDT\n"
        "Halle B #274"  # a room under the first time line: rooms below their slots
    )
    page = parse_detail(text)
    assert page.diagnostics == ()
    poster, oral = page.sessions[0].talks
    assert (poster.event, poster.location) == (None, None)
    assert (oral.event, oral.location) == ("Oral presentation: Oral 6B", "Halle B #274")
    assert parse_detail(confparse.render(page)) == page


def test_the_head_the_sites_printed_until_2022() -> None:
    """Kind, then the slot with its zone in parentheses and its room after an ``@``, then
    the session the slot belongs to (``in ...``), then the title: each line read by its
    text, the slot's session as the talk's event."""
    text = (
        "Poster\n"
        "Thu Jul 22 09:00 PM -- 11:00 PM (PDT) @ Virtual\n"
        "in Poster Session 5 \u00bb Poster Session 5 (A2)\n"
        "A Gradient Based Strategy for Tuning\n"
        "Ann Lee \u00b7 Bo Chen\n"
        "[ Paper ] [ Visit Poster at Spot A2 in Virtual World ]\n"
        "Abstract: We tune.\n"
    )
    page = parse_detail(text)
    assert page.diagnostics == ()
    (talk,) = page.sessions[0].talks
    assert (talk.kind, talk.location, talk.event) == (
        "Poster",
        "Virtual",
        "in Poster Session 5 \u00bb Poster Session 5 (A2)",
    )
    assert talk.start == datetime(2021, 7, 22, 21, 0, tzinfo=PDT)
    assert talk.paper is not None and talk.paper.title == "A Gradient Based Strategy for Tuning"
    rendered = confparse.render(page)
    assert "PDT @ Virtual" in rendered  # a room that reads as none on a line of its own
    assert parse_detail(rendered) == page


@pytest.mark.parametrize(
    ("line", "event"),
    [
        ("in Poster Session 5 \u00bb Poster Session 5 (A2)", True),
        ("in Oral Session 3C: Deep Learning", True),
        ("in Poster Session 1", True),
        ("in Workshop: Foundation Models", True),
        ("in this paper we study how people meet", False),
        ("in the wild", False),
    ],
)
def test_a_slots_session_after_in_is_an_event(line: str, event: bool) -> None:
    from confparse.layouts.detail.recognise import is_event

    assert is_event(line) is event


def test_split_kind_time() -> None:
    found = detail.split_kind_time("Poster  Wed, Dec 3, 2025 • 4:30 PM \u2013 7:30 PM PST")
    assert found is not None
    kind, parts = found
    assert (kind, parts.start, parts.end, parts.year) == ("Poster", (16, 30), (19, 30), 2025)
    assert detail.split_kind_time("Wed, Dec 3, 2025 • 4:30 PM \u2013 7:30 PM PST") is not None
    assert detail.split_kind_time("Spotlight Poster Tue 23 Jul 8 a.m. PDT — noon PDT") is not None
    assert detail.split_kind_time("Halle B Wed, Dec 3, 2025 • 4:30 PM \u2013 7:30 PM PST") is None
    assert detail.split_kind_time("Poster") is None


_KIND_TIME_PIECES = ["Poster", "Oral", "Spotlight Poster", "Monte-Carlo", " ", "  ", "Mon",
                     " Mon", " Tue", "Wed, Dec 3, 2025 • 4:30 PM \u2013 7:30 PM PST",
                     "Tue 23 Jul 8 a.m. PDT — noon PDT", "Sun", "x" * 30]  # fmt: skip


def _split_kind_time_reference(line: str) -> tuple[str | None, object] | None:
    """`split_kind_time` as it read before it tried only the weekdays the line holds:
    each weekday in turn, at its first place within the first 48 characters."""
    from confparse.layouts.kit.heads import is_kind_label
    from confparse.layouts.kit.vocabulary import WEEKDAYS
    from confparse.times import match_time_line

    if not line or len(line) > 200:
        return None
    parts = match_time_line(line) if line[:3] in WEEKDAYS else None
    if parts is not None:
        return None, parts
    for weekday in WEEKDAYS:
        cut = line.find(" " + weekday, 0, 48)
        if cut > 0:
            kind, rest = line[:cut].strip(), line[cut:].strip()
            parts = match_time_line(rest)
            if parts is not None and is_kind_label(kind):
                return kind, parts
    return None


@given(st.lists(st.sampled_from(_KIND_TIME_PIECES), max_size=6).map("".join))
@example("Online Robust Reinforcement Learning Through Monte-Carlo Planning")
@example("Poster Mon Tue 23 Jul 8 a.m. PDT — noon PDT")
def test_split_kind_time_tries_the_weekdays_in_order(line: str) -> None:
    """Trying only the weekdays that stand in the line finds what trying all seven finds."""
    assert detail.split_kind_time(line) == _split_kind_time_reference(line)


def test_untimed_page_with_a_parent_event() -> None:
    text = "Oral\nLearning to Rank Posters\nAnn Lee · Bo Chen\nWorkshop: Foundation Models\n"
    page = parse_detail(text + "Abstract\nWe rank posters.")
    assert page.diagnostics == ()
    (talk,) = page.sessions[0].talks
    assert (talk.kind, talk.event, talk.start) == ("Oral", "Workshop: Foundation Models", None)
    assert parse_detail(confparse.render(page)) == page


def test_a_title_printed_three_times_is_one_title() -> None:
    text = (
        "Title: ICML Poster Learning to Rank Posters\n"
        "ICML Poster Learning to Rank Posters\n"
        "Poster\n"
        "Learning to Rank Posters\n"
        "Learning to Rank Posters\n"
        "Ann Lee · Bo Chen\n"
        "Abstract\n"
        "We rank posters."
    )
    page, state = ledger(text)
    assert page.diagnostics == ()
    assert page.papers[0].title == "Learning to Rank Posters"
    assert page.sessions[0].talks[0].kind == "Poster"
    assert [state.rules[i] for i in (0, 1, 3)] == ["page-title", "page-title", "repeated-title"]


@pytest.mark.parametrize(
    ("line", "form"),
    [
        ("Learning to Rank Posters", True),
        ("ICML Poster Learning to Rank Posters", True),
        ("Learning to Rank Posters Poster", True),
        ("NeurIPS 2023 Learning to Rank Posters Poster", True),  # an HTML <title>, printed
        ("NeurIPS 2023 Learning to Rank Posters and More", False),
        ("A page that here names Learning to Rank Posters", False),  # five words before it
        ("ICML PosterLearning to Rank Posters", False),
    ],
)
def test_the_forms_a_page_titles_itself_in(line: str, form: bool) -> None:
    from confparse.layouts.kit.heads import is_title_form

    assert is_title_form(line, "Learning to Rank Posters") is form


def test_crlf_capture_parses_like_lf() -> None:
    text = real_text("wild/03")
    assert confparse.parse(text.replace("\n", "\r\n"), today=TODAY) == parse_real("wild/03")


def test_a_year_printed_on_the_page_wins_over_inference() -> None:
    text = TWO_SLOTS.replace("Halle B #274", "2025 Poster\nHalle B #274")
    page = parse_detail(text)
    poster, oral = page.sessions[0].talks
    assert poster.start == datetime(2025, 7, 23, 7, 30, tzinfo=PDT)  # weekday says 2024
    assert oral.start is not None and oral.start.year == 2025
    assert page.year_source == "page"
    codes = [(d.code, d.severity, d.line) for d in page.diagnostics]
    assert codes == [("weekday-mismatch", "warning", 6), ("weekday-mismatch", "warning", 9)]
    # ... a year in the time line itself wins over the page's, and the caller's over both
    own = parse_detail(text.replace("Thu 25 Jul", "Thu 25 Jul 2024"))
    assert own.sessions[0].talks[1].start == datetime(2024, 7, 25, 14, 30, tzinfo=PDT)
    given_year = parse_detail(text, year=2024)
    assert given_year.year_source == "argument" and given_year.diagnostics == ()


def test_banner_year_is_a_page_year() -> None:
    page = parse_detail("ICML 2024\n" + TWO_SLOTS)
    assert page.year_source == "page" and page.diagnostics == ()


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Fri 13 Dec 11 p.m. PST — 1 a.m. PST", (2024, 12, 13, 23, 0), (2024, 12, 14, 1, 0)),
        ("Wed 11 Dec noon PST — 2 p.m. PST", (2024, 12, 11, 12, 0), (2024, 12, 11, 14, 0)),
        ("Wed 11 Dec 8 a.m. PST - midnight PST", (2024, 12, 11, 8, 0), (2024, 12, 12, 0, 0)),
        ("Wed, Dec 3, 2025 • 11:30 PM — 12:30 AM PST", (2025, 12, 3, 23, 30), (2025, 12, 4, 0, 30)),
    ],
)
def test_django_and_newer_time_forms(
    line: str, start: tuple[int, ...], end: tuple[int, ...]
) -> None:
    page = parse_detail(f"Poster\nA Title\nAnn Lee · Bo Chen\n{line}\nAbstract\nText.")
    assert page.diagnostics == ()
    (talk,) = page.sessions[0].talks
    assert talk.start == datetime(*start, tzinfo=PST)
    assert talk.end == datetime(*end, tzinfo=PST)
    assert parse_detail(confparse.render(page)) == page


def test_single_speaker_invited_talk() -> None:
    text = "Invited Talk\nThe Future of Posters\nJane Doe\nHall A\nAbstract\nA talk."
    page = parse_detail(text)
    assert page.diagnostics == ()
    assert names(page.papers[0].authors) == ["Jane Doe"]
    (talk,) = page.sessions[0].talks
    assert (talk.kind, talk.location) == ("Invited Talk", "Hall A")
    assert parse_detail(confparse.render(page)) == page


def test_missing_title_is_none() -> None:
    page = parse_detail("Poster\nAnn Lee · Bo Chen\nAbstract\nText.")
    assert page.papers[0].title is None
    assert page.sessions[0].talks[0].kind == "Poster"
    with pytest.raises(RenderError, match="needs a title"):
        confparse.render(page)


def test_lay_summary_is_its_own_field() -> None:
    text = "Poster\nA Title\nAnn Lee · Bo Chen\nAbstract\nOne.\n\nTwo.\nLay Summary\nPlain words."
    paper = parse_detail(text).papers[0]
    assert (paper.abstract, paper.lay_summary) == ("One.\n\nTwo.", "Plain words.")


def test_page_without_a_head_keeps_every_line_reported() -> None:
    page = parse_detail("just some words\nand more words")
    assert page.papers == () and page.sessions == ()
    assert [(d.code, d.line) for d in page.diagnostics] == [
        ("unparsed-line", 1),
        ("unparsed-line", 2),
    ]
    assert confparse.render(page) == ""


# -- diagnostics --------------------------------------------------------------------------------
def test_unexpected_line_between_authors_and_abstract_is_reported() -> None:
    text = "Poster\nA Title\nAnn Lee · Bo Chen\nsomething odd here\nAbstract\nText."
    page = parse_detail(text)
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.text) == (
        "unparsed-line",
        4,
        "something odd here",
    )
    with pytest.raises(ParseError) as raised:
        parse_detail(text, strict=True)
    assert (raised.value.line, raised.value.code) == (4, "unparsed-line")


def test_a_second_room_for_one_slot_is_reported() -> None:
    text = "Poster\nA Title\nAnn Lee · Bo Chen\nHall A\nHall B\nWed 11 Dec noon PST — 2 p.m. PST"
    page = parse_detail(text)
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.line) == ("duplicate-field", 5)
    assert page.sessions[0].talks[0].location == "Hall A"


def test_a_kind_contradicting_the_first_slot_is_a_warning() -> None:
    page = parse_detail(
        "Oral\nA Title\nAnn Lee · Bo Chen\nPoster  Wed, Dec 3, 2025 • 4 PM \u2013 5 PM PST"
    )
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.severity, diagnostic.line) == (
        "kind-mismatch",
        "warning",
        1,
    )
    assert page.sessions[0].talks[0].kind == "Poster"


def test_a_bad_time_line_is_diagnosed_and_the_slot_kept() -> None:
    page = parse_detail(
        "Poster\nA Title\nAnn Lee · Bo Chen\nHall A\nWed 11 Dec 9 a.m. XYZ — 2 p.m. XYZ"
    )
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.line) == ("unknown-zone", 5)
    (talk,) = page.sessions[0].talks
    assert (talk.start, talk.location) == (None, "Hall A")


def test_a_second_abstract_section_is_reported_not_merged() -> None:
    page = parse_detail("Poster\nA Title\nAnn Lee · Bo Chen\nAbstract\nOne.\nAbstract\nTwo.")
    assert page.papers[0].abstract == "One."
    assert [(d.code, d.line) for d in page.diagnostics] == [
        ("duplicate-section", 6),
        ("unparsed-line", 7),
    ]


def test_a_cut_lay_summary_is_reported() -> None:
    page = parse_detail("Poster\nA Title\nAnn Lee · Bo Chen\nLay Summary\nPlain words \u2026")
    assert page.papers[0].lay_summary == "Plain words"
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.severity) == ("lay-summary-truncated", "warning")


# -- rendering ----------------------------------------------------------------------------------
def _page_with(**changes: object) -> Page:
    page = parse_detail(TWO_SLOTS)
    paper = attrs.evolve(page.papers[0], **{k: v for k, v in changes.items() if k != "talk"})
    talks = tuple(attrs.evolve(t, paper=paper) for t in page.sessions[0].talks)
    if "talk" in changes:
        talks = (attrs.evolve(talks[0], **changes["talk"]), *talks[1:])  # type: ignore[arg-type]
    return attrs.evolve(page, papers=(paper,), sessions=(Session(talks=talks),))


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"votes": 3}, "cannot print Paper.votes"),
        ({"talk": {"award": "Best Paper"}}, "cannot print Talk.award"),
        ({"talk": {"start": None, "end": None, "zone": None}}, "single slot"),
        ({"links": (Link(text="x]", url="https://a.b"),)}, "no plain-text form"),
        ({"links": (Link(text="Code", url="/relative"),)}, "no plain-text form"),
        ({"lay_summary": "Cut short \u2026"}, "cut short"),
        ({"title": "Lay Summary"}, "would not be read back"),
        ({"title": "Oral presentation: Oral 6B"}, "would not be read back"),
        ({"abstract": "Fine.\n\nShow more"}, "section heading"),
    ],
)
def test_what_the_layout_cannot_print_raises(changes: dict[str, object], match: str) -> None:
    with pytest.raises(RenderError, match=match):
        confparse.render(_page_with(**changes))


@pytest.mark.parametrize(
    "end",
    [
        datetime(2024, 7, 23, 8, 30, 30, tzinfo=PDT),  # seconds
        datetime(2024, 7, 24, 7, 30, tzinfo=PDT),  # 24 hours
    ],
)
def test_unprintable_times_raise(end: datetime) -> None:
    start = datetime(2024, 7, 23, 7, 30, tzinfo=PDT)
    with pytest.raises(RenderError, match="cannot be printed"):
        detail.format_slot_time(Talk(start=start, end=end, zone="PDT"))


def test_page_shapes_the_layout_cannot_hold() -> None:
    page = parse_detail(TWO_SLOTS)
    paper = page.papers[0]
    with pytest.raises(RenderError, match="one paper"):
        confparse.render(attrs.evolve(page, papers=(paper, paper)))
    other = attrs.evolve(page.sessions[0].talks[0], paper=attrs.evolve(paper, title="Other"))
    with pytest.raises(RenderError, match="page's paper"):
        confparse.render(attrs.evolve(page, sessions=(Session(talks=(other,)),)))
    with pytest.raises(RenderError, match="without talks"):
        confparse.render(attrs.evolve(page, sessions=(Session(),)))
    no_head = Page(layout="detail", papers=(attrs.evolve(paper, authors=()),))
    with pytest.raises(RenderError, match="would not be read back"):
        confparse.render(no_head)  # no kind and no author line: nothing marks the title


# -- properties ---------------------------------------------------------------------------------
@given(cs.detail_pages())
@example(Page(layout="detail"))
def test_drawn_pages_round_trip_through_json_and_text(page: Page) -> None:
    """JSON always round-trips; render raises `RenderError` or parses back equal (and
    detection finds the head where parsing does)."""
    assert confparse.from_json(confparse.to_json(page), Page) == page
    try:
        text = confparse.render(page)
    except RenderError:
        return
    assert confparse.parse(text, layout="detail") == page
    views_agree(text)


def test_detail_strategy_mostly_renders() -> None:
    """The round-trip property is not vacuous: most drawn pages render."""
    outcomes = render_outcomes(cs.detail_pages())
    assert len(outcomes) >= 100
    assert sum(outcomes) / len(outcomes) > 0.8


@pytest.mark.parametrize("key", sorted(REAL))
def test_mutants_never_crash_and_never_lose_a_line(key: str) -> None:
    """Damaged copies of the real pages: every line ends up used inside a record's span,
    skipped by a named rule, reported, or blank."""
    outcomes: Counter[str] = Counter()
    for mutant in mutants(real_text(key), 60, 20261122):
        try:
            page, state = ledger(mutant.source)
        except confparse.InternalError:
            raise
        except confparse.ConfparseError:
            outcomes["raised"] += 1
            continue
        outcomes["parsed"] += 1
        records = [*page.papers, *(t for s in page.sessions for t in s.talks)]
        spans = [r.span for r in records if r.span is not None]
        reported = {line for d in page.diagnostics for line in d.lines}
        for index, mark in enumerate(state.marks):
            where = f"{mutant.name}: line {index + 1} {state.lines[index][:60]!r}"
            if mark == USED:
                assert any(s.first <= index + 1 <= s.last for s in spans), where
            elif mark == BOILER:
                assert state.rules[index], where
            elif mark == REPORTED:
                assert index + 1 in reported, where
            else:
                assert not state.stripped[index], where
    assert outcomes["parsed"] > outcomes["raised"]


def test_reference_date_does_not_matter_when_the_page_prints_its_year() -> None:
    later = confparse.parse(real_text("detail/01"), today=date(2031, 1, 1))
    assert later == parse_real("detail/01")


@given(
    st.one_of(
        st.text(min_size=1).filter(str.strip).map(str.strip),
        st.sampled_from(sorted(KNOWN_LINES)),
        st.sampled_from(
            [
                "bytez",
                "BYTEZ",
                "bYtEz",
                "2024",
                "Select Year: (2025)",
                "TZ: UTC",
                "----",
                "Accept",
                "information.",
                "| ICML uses cookies for all.",
                "Successful Page Load",
                "The ICML Logo above may be used on presentations.",
                "» ][38]",
            ]
        ),
    )
)
def test_the_tail_reads_every_line_that_a_rule_may_know(line: str) -> None:
    """A widget line that `_tail_lines` passes over is plain text: no furniture rule, no
    widget heading, no cookie tail, no title; above the widget every line is read."""
    if _tail_lines(["bytez", line], 0, None) == [0]:
        assert detail.furniture_rule(line) is None and line.casefold() != "bytez"
        assert line not in COOKIE_TAIL and line != "Successful Page Load"
    assert _tail_lines(["bytez", line, "", line], 0, line) == [0, 1, 3]
    assert _tail_lines([line, "", line], 0, None) == [0, 2]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("* Help/FAQ", "navigation-menu"),  # inscriptis: "*" over "+"
        ("+ 2024", "navigation-menu"),
        ("-    Contact ICML", "navigation-menu"),  # pandoc's plain text
        ("o Papers", "navigation-menu"),  # lynx's third level
        ("\u2022 Login", "navigation-menu"),
        ("[conference_logo]", "image-alt-text"),  # the logo as pandoc's plain text prints it
        ("[]", "image-alt-text"),  # a picture without alternative text
        ("* A Title of a Paper", None),
        ("- Helpful Things", None),
        ("[ Hall A ]", None),
        ("[Help/FAQ", None),
        ("---", "rule-line"),
        ("***", "rule-line"),
    ],
)
def test_a_menu_entry_is_furniture_after_its_list_bullet(line: str, rule: str | None) -> None:
    """A plain capture keeps a menu's list bullets (inscriptis, pandoc's plain text): the
    entry is known by its text after the bullet; a picture by its alternative text."""
    assert detail.furniture_rule(line) == rule


def test_widget_runs_end_at_furniture_lines_only() -> None:
    """In the bytez widget, a run of its text ends at a line that is furniture by its own
    text (a cookie notice, its "Accept" right below it, a menu year); an "Accept" that no
    cookie notice precedes is the widget's text."""
    widget = [
        "bytez", "A copy of the paper.", "", "Its second line.",
        "NeurIPS uses cookies to remember that you are logged in.", "", "Accept",
        "More of the paper.", "Accept", "Theorem 1. A line that starts like a footer.",
        "2025", "", "The last line.", "",
    ]  # fmt: skip
    base = real_text("detail/01").rstrip("\n").split("\n")
    page, state = ledger("\n".join([*base, *widget]))
    first = len(base)
    rules = {i - first: rule for i, rule in state.rules.items() if i >= first}
    assert rules == {0: "bytez-widget", 4: "cookie-notice", 6: "cookie-notice",
                     10: "navigation-menu"}  # fmt: skip
    runs = [(d.line - 1 - first, d.lines[-1] - 1 - first, d.message.rpartition("(")[2])
            for d in page.diagnostics if d.code == "widget-text"]  # fmt: skip
    assert runs == [(1, 3, "2 lines)"), (7, 9, "3 lines)"), (12, 12, "1 line)")]


@pytest.mark.parametrize("label", sorted(BUTTON_LABELS))
def test_a_button_label_is_no_kind_and_no_award(label: str) -> None:
    """`Reader._other` takes a known button label as a button without reading it: no
    reading of it, with or without a heading or a link on its line, is a kind or an award."""
    link = Link(text=label, url="https://example.org/")
    for reading in (read_text(label), read_text(label, links=(link,), heading=2)):
        assert reading.token not in (Token.KIND, Token.AWARD)


def test_the_widget_heading_in_every_case() -> None:
    """`BYTEZ` is every line whose casefold is ``bytez``: only ASCII letters fold to these
    five letters."""
    assert all(len(line) == 5 and line.casefold() == "bytez" for line in BYTEZ)
    assert len(BYTEZ) == 2**5
    folding = [chr(c) for c in range(0x110000) if chr(c).casefold() in ("b", "y", "t", "e", "z")]
    assert sorted(folding) == sorted("bytezBYTEZ")


def test_the_widget_scan_finds_every_whole_line_the_tail_knows() -> None:
    """In the bytez widget, each line that the tail knows by its whole text is read, the
    longest too; a long line of the paper's copy that starts with no rule's letter is not."""
    texts = sorted(_TAIL_TEXTS)
    lines = [*texts, "x" * 300]
    assert _scan_widget(lines, 0) == list(range(len(texts)))


@given(st.text(alphabet="bytezBYTEZ .", max_size=7))
@example("ByTeZ")
@example("bytez.")
def test_is_bytez_is_membership_of_the_heading_in_every_case(line: str) -> None:
    """`is_bytez` skips the hash of a line of another length, and says what `BYTEZ` says."""
    assert is_bytez(line) == (line in BYTEZ)


@given(st.lists(st.text(alphabet="ab \u00b7\u22c5", max_size=6), max_size=8))
def test_separator_lines_are_the_lines_that_hold_a_separator(lines: list[str]) -> None:
    """The search over the joined text finds exactly the lines a line-by-line test finds."""
    expected = [i for i, line in enumerate(lines) if "\u00b7" in line or "\u22c5" in line]
    assert list(separator_lines("\n".join(lines))) == expected


@given(st.lists(st.sampled_from(["", "A Title", "Ann Lee \u00b7 Bo Li", "\u00b7 Bo Li", "Help/FAQ",
                                 "ICML", "Moderator: Ann", "Title: A Title", "URL Source: x"]),
                max_size=12))  # fmt: skip
def test_the_second_page_search_reads_the_ledger_text_as_its_lines(lines: list[str]) -> None:
    """`second_page` given a ledger's text finds the page start it finds from the lines."""
    state = LineState("\n".join(lines), confparse.ParseOptions())
    assert second_page(state.stripped, state.text) == second_page(state.stripped)


_PAGE_START_LINES = ["", "A Title", "Ann Lee \u00b7 Bo Li", "\u00b7 Bo Li", "Help/FAQ", "ICML",
                     "Moderator: Ann", "Title: A Title", "URL Source: x", "Main Navigation",
                     "Skip to yearly menu bar", "Some text."]  # fmt: skip


@given(st.lists(st.sampled_from(_PAGE_START_LINES), max_size=14), st.integers(0, 14))
def test_the_second_page_search_reads_a_scan_it_is_given(lines: list[str], after: int) -> None:
    """Given the lines below *after* that start with one of `STOP_CHARS` (a widget scan,
    with other lines among them), `second_page` finds the start it finds reading them all;
    a `known` that starts above the first record is not used."""
    from confparse.layouts.kit.pagestart import STOP_CHARS

    after = min(after, len(lines) - 1)  # a line of the page
    known = [i for i in range(after + 1, len(lines)) if lines[i][:1] in (*STOP_CHARS, "A")]
    assert second_page(lines, known=(after, known)) == second_page(lines)


def test_the_detail_layout_reads_the_widget_once_for_a_second_page_below_it() -> None:
    """A second page pasted below a page that ends in the bytez widget is found from the
    widget's scan, and the widget above it is read as before."""
    first = page_text("wild/02_icml2025_poster44177_bytez_plain.txt")
    second = page_text("detail/01_neurips2023_poster71095_plain.txt")
    alone = confparse.parse(first, layout="detail")
    both = confparse.parse(first.rstrip("\n") + "\n" + second, layout="detail")
    [found] = [d for d in both.diagnostics if d.code == "second-page"]
    assert found.line == first.rstrip("\n").count("\n") + 2
    assert both.papers == alone.papers
    widget = [d for d in both.diagnostics if d.code == "widget-text"]
    assert widget == [d for d in alone.diagnostics if d.code == "widget-text"]


@pytest.mark.parametrize("name", ["ICML", "NeurIPS", "MLSys", "Main", "Help", "Title:"])
@pytest.mark.parametrize("blanks", [0, 1, 2])
def test_a_second_page_starts_at_the_site_name_over_its_help_link(name: str, blanks: int) -> None:
    """The site's name over ``Help/FAQ`` (blank lines between) starts the second page,
    whatever its first letters: it is found from the ``Help/FAQ`` line."""
    lines = ["Poster", "A Title", "Ann Lee \u00b7 Bo Li", "Some text.", name, *[""] * blanks]
    assert second_page([*lines, "Help/FAQ"]) == 4
    assert second_page([*lines, "", "", "", "Help/FAQ"]) is None  # too far below


# -- an extractor's text nodes, a line each -------------------------------------------------
def test_a_bracketed_abstract_button_is_no_section() -> None:
    from confparse.layouts.detail.recognise import section_lines

    lines = ["[", "Abstract", "]", "[", "Paper", "]", "Abstract:", "Text of it."]
    assert section_lines(lines) == [(6, "abstract")]
    assert section_lines(["Abstract", "Text of it."]) == [(0, "abstract")]


@pytest.mark.parametrize(
    ("lines", "end"),
    [
        (["Tue 12 Dec 8:45 a.m. PST", "\u2014 10:45 a.m. PST"], 1),
        (["Tue 12 Dec 8:45 a.m. PST", "- 10:45 a.m. PST"], 1),
        (["Tue 12 Dec 8:45 a.m. PST", "10:45 a.m. PST"], None),
        (["Great Hall", "\u2014 10:45 a.m. PST"], None),
    ],
)
def test_a_time_whose_end_stands_on_the_next_line(lines: list[str], end: int | None) -> None:
    from confparse.layouts.kit.scan import time_end

    assert time_end(lines, 0, len(lines)) == end


@pytest.mark.parametrize(
    ("line", "piece"),
    [("Paper]", True), ("[ Poster", True), ("OpenReview]", True), ("Our method]", False)],
)
def test_a_button_label_with_its_bracket(line: str, piece: bool) -> None:
    from confparse.layouts.detail.reader import _button_piece

    assert _button_piece(line) is piece
