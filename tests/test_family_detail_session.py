"""Issue 13: detail and session pages read each line for what it is, not where it stands.

Regression tests per failure class, each made from a real page in tests/pages (a page's
lines may be re-ordered here; the file on disk stays as captured), invariants over every
detail and session page, and variants of real pages (CRLF line ends, hard-wrapped
abstracts, the head lines in the orders the platform prints them).
"""

from __future__ import annotations

import itertools
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import confparse
from confparse import Page, Paper
from confparse.layouts.kit import BOILERPLATE, is_room, is_time_line
from confparse.layouts.kit.heads import (
    Token,
    heading_text,
    is_count,
    is_fragment,
    read_text,
    split_slot_line,
)

from conftest import PAGES, TODAY

PDT = timezone(timedelta(hours=-7))
ICML2026 = "found/06_icml2026_poster_autotool_markdown.md"
MLSYS2025 = "found/04_mlsys2025_session_3155_textdump.md"
ICLR2024 = "found/05_iclr2024_poster_18794_plain.md"
TITLE_06 = "AutoTool: Dynamic Tool Selection and Integration for Agentic Reasoning"
AUTHORS_06 = ["Jiaru Zou", "Ling Yang", "Yunzhe Qi", "Sirui Chen", "Mengting Ai", "Ke Shen",
              "Jingrui He", "Mengdi Wang"]  # fmt: skip
KIND_06, TIME_06, ROOM_06 = (
    "Poster",
    "Wed, Jul 8, 2026 \u2022 10:30 PM \u2013 12:15 AM PDT",
    ("HALL A #2108"),
)


def text_of(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def parse(text: str | Path, **kwargs: object) -> Page:
    return confparse.parse(text, today=TODAY, **kwargs)  # type: ignore[arg-type]


def detail_pages() -> list[Path]:
    return [
        *sorted((PAGES / "detail").glob("*_*.*")),
        *sorted((PAGES / "wild").glob("0[123]_*")),
        PAGES / ICML2026,
        PAGES / ICLR2024,
    ]


def session_pages() -> list[Path]:
    return [
        *(next(PAGES.glob(f"{prefix}_*")) for prefix in ("001", "002", "004")),
        PAGES / "session" / "icml2025_poster-session-3-west.txt",
        PAGES / MLSYS2025,
    ]


def names(paper: Paper | None) -> list[str]:
    assert paper is not None
    return [person.name for person in paper.authors]


# -- the kit's head recogniser -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "token"),
    [
        ("Poster", Token.KIND),
        ("POSTER", Token.KIND),
        (TIME_06, Token.TIME),
        (f"Poster  {TIME_06}", Token.KIND_TIME),
        (ROOM_06, Token.ROOM),
        ("#36", Token.POSITION),
        ("#W-100", Token.POSITION),
        ("Outstanding Paper Honorable Mention", Token.AWARD),
        ("Ann Lee \u22c5 Bo Chen", Token.AUTHORS),
        ("12", Token.COUNT),
        ("8 authors", Token.COUNT),
        ("]", Token.FURNITURE),
        ("Skip to main content", Token.FURNITURE),
        ("Successful Page Load", Token.FURNITURE),
        ("We present a method that trains faster than any before it.", Token.TEXT),
    ],
)
def test_each_head_line_is_read_for_what_it_is(line: str, token: Token) -> None:
    assert read_text(line).token is token


def test_structure_is_a_stronger_signal_than_the_text() -> None:
    title = "A Study of Posters"
    paper = confparse.Link(text=title, url="https://icml.cc/virtual/2026/poster/12345")
    button = confparse.Link(text="Project Page", url="https://github.com/x/y")
    assert read_text(title, links=(paper,)) == (Token.TITLE, True)
    assert read_text("Project Page", links=(button,)) == (Token.LINK, True)
    assert read_text(title, heading=5) == (Token.TITLE, True)
    assert read_text("Poster", heading=3).token is Token.KIND  # its text says what it is


def test_a_title_wrapped_over_two_heading_lines_is_one_title() -> None:
    assert heading_text(["**[ScaleFusion: Long", "Video Generation][34]**"]) == (
        "ScaleFusion: Long Video Generation"
    )
    assert heading_text(["Plain Title"]) == "Plain Title"


# -- class 2: ICML 2026, setext head, kind / time across midnight / hall with board / title ---
def check_icml2026(page: Page) -> None:
    assert page.layout == "detail"
    assert page.diagnostics == ()
    (paper,) = page.papers
    assert paper.title == TITLE_06
    assert names(paper) == AUTHORS_06
    assert paper.abstract is not None and paper.lay_summary is not None
    assert paper.abstract.startswith("Agentic reinforcement learning has advanced large")
    assert paper.abstract.endswith("from evolving toolsets during inference.")
    assert paper.lay_summary.startswith("Large language models are increasingly used")
    (talk,) = page.sessions[0].talks
    assert talk.kind == KIND_06
    assert talk.location == ROOM_06  # as the page prints it: Talk.position is a card's number
    assert talk.start == datetime(2026, 7, 8, 22, 30, tzinfo=PDT)
    assert talk.end == datetime(2026, 7, 9, 0, 15, tzinfo=PDT)  # past midnight: the next day
    assert talk.zone == "PDT"
    assert talk.paper == paper


def test_icml2026_setext_poster_page_is_a_detail_page() -> None:
    text = text_of(ICML2026)
    scores = dict(confparse.detect(text))
    assert scores["detail"] > scores["session"]
    check_icml2026(parse(PAGES / ICML2026))


# -- class 1: kind and time on one line before the title, right after the login link ----------
def kind_time_first(text: str, slot: str = f"{KIND_06}  {TIME_06}") -> str:
    """The ICML 2026 page re-ordered as the platform prints it elsewhere: the menu, the
    login link last, then *slot* (``Poster  <time>``) on one line, then the title and the
    authors (the page's own kind, time and room lines taken out)."""
    lines = text.split("\n")
    login = next(i for i, line in enumerate(lines) if line.startswith(" [Login]"))
    title = lines.index(TITLE_06)
    head = [KIND_06, TIME_06, ROOM_06]
    menu = [line for line in lines[:title] if line.strip() not in head and line != lines[login]]
    return "\n".join([*menu, lines[login], "", slot, "", *lines[title:]])


def test_kind_and_time_on_one_line_before_the_title_make_the_talk() -> None:
    page = parse(kind_time_first(text_of(ICML2026)))
    assert page.layout == "detail"
    (paper,) = page.papers
    assert paper.title == TITLE_06
    assert names(paper) == AUTHORS_06
    (talk,) = page.sessions[0].talks
    assert talk.kind == KIND_06
    assert talk.start == datetime(2026, 7, 8, 22, 30, tzinfo=PDT)
    assert talk.end == datetime(2026, 7, 9, 0, 15, tzinfo=PDT)
    assert talk.location is None


def test_kind_time_and_room_on_one_line_make_the_talk_with_its_room() -> None:
    """A note collector prints the head's kind, time and room on one line."""
    page = parse(kind_time_first(text_of(ICML2026), f"{KIND_06} {TIME_06} {ROOM_06}"))
    assert page.layout == "detail"
    (talk,) = page.sessions[0].talks
    assert (talk.kind, talk.location) == (KIND_06, ROOM_06)
    assert talk.start == datetime(2026, 7, 8, 22, 30, tzinfo=PDT)
    assert not [d for d in page.diagnostics if d.severity == "error"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("POSTER Wed, Jul 8, 2026 \u2022 6:30 PM \u2013 8:15 PM PDT HALL A #2801",
         ("POSTER", "HALL A #2801")),
        ("Poster Wed, Jul 8, 2026 \u2022 6:30 PM \u2013 8:15 PM PDT", ("Poster", None)),
        ("Wed 21 July 17:00 - 17:20 PDT Hall G", (None, "Hall G")),
        ("Wed 21 July 17:00 - 17:20 PDT", (None, None)),
        ("Wed 21 July 17:00 - 17:20 PDT and then some words", None),
        ("Hall A #2801", None),
        # until 2022 the sites printed the zone in parentheses and the room after an "@"
        ("Thu Jul 22 09:00 PM -- 11:00 PM (PDT) @ Virtual", (None, "Virtual")),
        ("Tue Jul 19 10:40 AM -- 10:45 AM (EDT) @ Room 327 - 329", (None, "Room 327 - 329")),
        ("Sat Jun 15 10:50 AM -- 11:30 AM (PDT) @ None", (None, None)),
        ("Spotlight Tue Jul 19 10:40 AM -- 10:45 AM (EDT)", ("Spotlight", None)),
        ("Thu Jul 22 09:00 PM -- 11:00 PM (PDT) @", None),
        ("Thu Jul 22 at the hall @ Virtual", None),
    ],
)  # fmt: skip
def test_a_slot_line_may_end_with_its_room(line: str, expected: tuple[str, str] | None) -> None:
    found = split_slot_line(line)
    assert (found and (found.kind, found.room)) == expected


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Project Page: https://github.com/a/b", "Project Page"),
        ("OpenReview: https://openreview.net/forum?id=x", "OpenReview"),
        ("[ OpenReview] https://openreview.net/forum?id=x", "OpenReview"),
        ("https://openreview.net/forum?id=x", None),
    ],
)
def test_a_link_line_keeps_its_label(line: str, text: str | None) -> None:
    from confparse.layouts.detail.recognise import read_link_line

    link = read_link_line(line)
    assert link is not None and (link.text, link.url) == (text, line.rsplit(" ", 1)[-1])
    assert read_link_line("Our code: see https://x.y and more") is None


# -- class 6: MLSys numbered talks, an award between number and title, no times --------------
def test_mlsys_numbered_talks_keep_titles_authors_and_abstracts() -> None:
    page = parse(PAGES / MLSYS2025)
    assert page.layout == "session"
    assert page.diagnostics == ()
    (session,) = page.sessions
    assert (session.kind, session.title) == (
        "Session",
        "Session 8: LLM and Diffusion Model Serving",
    )
    talks = session.talks
    assert [t.position for t in talks] == ["#36", "#37", "#39", "#55", "#58"]
    assert [t.award for t in talks] == ["Outstanding Paper Honorable Mention"] + [None] * 4
    assert all(t.start is None for t in talks)
    papers = [t.paper for t in talks]
    assert all(p is not None for p in papers)
    titles = [p.title for p in papers if p is not None]
    assert titles[0] == "Seesaw: High-throughput LLM Inference via Model Re-sharding"
    assert titles[1] == (  # wrapped over two "#####" lines, its link table cut off
        "ScaleFusion: Scalable Inference of Spatial-Temporal Diffusion Transformers for "
        "High-Resolution Long Video Generation"
    )
    assert names(papers[0])[-2:] == ["Christina Giannoula", "Gennady Pekhimenko"]  # wrapped
    assert len(names(papers[3])) == 8
    last = papers[-1]
    assert last is not None and last.abstract is not None
    assert last.abstract.endswith("the state-of-the-art systems on average.")
    assert not last.abstract_truncated  # the footer is not the abstract's
    assert all(link.url != "" for p in papers if p is not None for link in p.links)


# -- the ICLR 2024 poster inside a storing tool's wrapper --------------------------------------
def test_iclr2024_upper_case_poster_in_a_wrapper_reads_clean() -> None:
    page = parse(PAGES / ICLR2024)
    assert page.layout == "detail"
    assert page.diagnostics == ()
    (paper,) = page.papers
    assert paper.title == "Efficient Streaming Language Models with Attention Sinks"
    assert names(paper)[0] == "Guangxuan Xiao"
    assert page.sessions[0].talks[0].kind == "Poster"  # printed in capitals: the platform's case


# -- invariants over every detail and session page ---------------------------------------------
def furniture_title(title: str) -> bool:
    """A title that is a line of furniture: a count, a date, a room, a bracket, navigation."""
    return (
        is_count(title)
        or is_fragment(title)
        or is_time_line(title)
        or is_room(title)
        or title in BOILERPLATE
        or title.startswith(("[", "]"))
        or title.endswith(("[", "]", "]**"))
        or title.casefold() in ("main navigation", "select year", "login", "my stuff")
    )


def page_papers(page: Page) -> list[Paper]:
    talks = [t.paper for s in page.sessions for t in s.talks if t.paper is not None]
    return [*page.papers, *talks]


@pytest.mark.parametrize(
    "path", [*detail_pages(), *session_pages()], ids=lambda p: p.relative_to(PAGES).as_posix()
)
def test_no_title_is_furniture_and_no_abstract_holds_another_record(path: Path) -> None:
    page = parse(path)
    assert page.layout in ("detail", "session")
    papers = page_papers(page)
    assert papers
    titles = {p.title for p in papers if p.title is not None}
    for paper in papers:
        if paper.title is not None:
            assert not furniture_title(paper.title), paper.title
        abstract = paper.abstract or ""
        for title in titles - {paper.title}:
            assert title not in abstract, (paper.title, title)
        if paper.lay_summary is not None:
            assert paper.lay_summary[:60] not in abstract
        assert "Successful Page Load" not in abstract


@pytest.mark.parametrize("path", detail_pages(), ids=lambda p: p.relative_to(PAGES).as_posix())
def test_detail_pages_are_detected_as_detail(path: Path) -> None:
    assert parse(path).layout == "detail"


# -- variants: the same facts from a page captured another way ---------------------------------
def wrap_paragraphs(text: str, start: str, width: int = 80) -> str:
    """*text* with the paragraph line that starts with *start* hard-wrapped at *width*."""
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(start))
    wrapped = textwrap.wrap(lines[at], width=width, break_long_words=False)
    return "\n".join([*lines[:at], *wrapped, *lines[at + 1 :]])


def reorder_head(text: str, above: tuple[str, ...], below: tuple[str, ...] = ()) -> str:
    """The ICML 2026 page with its kind, time and room lines in the orders *above* (over
    the title) and *below* (under the authors)."""
    lines = text.split("\n")
    head = [KIND_06, TIME_06, ROOM_06]
    kept = [line for line in lines if line.strip() not in head]
    title = kept.index(TITLE_06)
    after = next(i + 1 for i, line in enumerate(kept) if line.startswith("Jiaru Zou"))

    def block(items: tuple[str, ...]) -> list[str]:
        return [line for item in items for line in ("", item, "")]

    return "\n".join(
        [*kept[:title], *block(above), *kept[title:after], *block(below), *kept[after:]]
    )


HEAD_ORDERS = sorted(itertools.permutations((KIND_06, TIME_06, ROOM_06)))


@given(
    order=st.sampled_from(HEAD_ORDERS),
    cut=st.integers(min_value=0, max_value=3),
    crlf=st.booleans(),
    wrap=st.booleans(),
)
def test_icml2026_variants_give_the_same_facts(
    order: tuple[str, ...], cut: int, crlf: bool, wrap: bool
) -> None:
    """The kind, time and room lines in any order, the first *cut* of them above the title
    and the rest under the authors (a room with its board number above the kind is the
    room, not the menu's: it was dropped when the time stood under the authors)."""
    text = reorder_head(text_of(ICML2026), order[:cut], order[cut:])
    if wrap:
        text = wrap_paragraphs(text, "Agentic reinforcement learning")
    if crlf:
        text = text.replace("\n", "\r\n")
    check_icml2026(parse(text))


@given(crlf=st.booleans(), wrap=st.booleans())
def test_mlsys_variants_give_the_same_facts(crlf: bool, wrap: bool) -> None:
    text = text_of(MLSYS2025)
    expected = parse(PAGES / MLSYS2025)
    if wrap:
        text = wrap_paragraphs(text, "To improve the efficiency", width=70)
    if crlf:
        text = text.replace("\n", "\r\n")
    page = parse(text)
    assert page.diagnostics == ()
    got = [(t.position, t.award, t.paper) for t in page.sessions[0].talks]
    want = [(t.position, t.award, t.paper) for t in expected.sessions[0].talks]
    assert [(pos, award, p and (p.title, p.authors)) for pos, award, p in got] == [
        (pos, award, p and (p.title, p.authors)) for pos, award, p in want
    ]


SESSION_WITH_KINDS = ("001_0d9663f37bf93543.txt", "004_d0a5187bc3787582.txt")


def head_above_time(text: str, lines: int, gap: bool) -> str:
    """Each slot's first *lines* head lines (its kind, then an award or the title) moved
    above its time line, with a blank line between them and the time when *gap*; a
    slot whose head has fewer lines moves all of it."""
    paragraphs = text.split("\n\n")
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if is_time_line(paragraph) and following and not is_time_line(following):
            head = following.split("\n")
            moved, kept = head[:lines], head[lines:]
            out.append("\n".join(moved) + ("\n\n" if gap else "\n") + paragraph)
            if kept:
                out.append("\n".join(kept))
            index += 2
            continue
        out.append(paragraph)
        index += 1
    return "\n\n".join(out)


def talk_facts(page: Page) -> list[tuple[object, ...]]:
    return [
        (t.start, t.kind, t.award, t.paper and (t.paper.title, t.paper.authors, t.paper.abstract))
        for t in page.sessions[0].talks
    ]


@given(name=st.sampled_from(SESSION_WITH_KINDS), lines=st.integers(1, 3), gap=st.booleans())
def test_a_session_page_that_prints_its_talks_heads_above_their_times_gives_the_same_facts(
    name: str, lines: int, gap: bool
) -> None:
    """The kind (and the award and title under it) printed above each talk's time line,
    not under it: the slot starts at its kind. The page decides: its first talk's head is
    above its time, and more kinds stand above the time lines than below them."""
    original = parse(PAGES / name)
    page = parse(head_above_time(text_of(name), lines, gap))
    assert talk_facts(page) == talk_facts(original)
    assert [d.code for d in page.diagnostics] == [d.code for d in original.diagnostics]


SESSION_2025 = "recaptured/01_icml2025_session_poster-session-3-west.chromium-innertext.txt"
HEADER_2025 = ("Poster Session", "Poster Session 3 West", "West Exhibition Hall B2-B3")
HEADER_ORDERS = [
    order
    for order in itertools.permutations(HEADER_2025)
    if order.index(HEADER_2025[0]) < order.index(HEADER_2025[1])  # the kind over the title
]


@given(order=st.sampled_from(HEADER_ORDERS))
def test_a_session_headers_kind_title_and_room_are_read_in_any_order(
    order: tuple[str, ...],
) -> None:
    """The session's kind, title and room each read for what they are: a room printed
    above the kind had left the page with no kind and the kind for its title."""
    text = text_of(SESSION_2025)
    printed = "\n".join(HEADER_2025)
    assert text.count(printed) == 1
    page = parse(text.replace(printed, "\n".join(order)))
    (session,) = page.sessions
    assert (session.kind, session.title, session.location) == HEADER_2025
    assert len(session.talks) == len(parse(text).sessions[0].talks)
