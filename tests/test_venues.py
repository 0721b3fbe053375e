"""The venue and year a page prints (URL, title, embedded data, banner, site menu), kept on
the page and used by every export where a paper's links name none."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import confparse
from confparse import Link, Page, Paper, Session, Talk
from confparse.capture import Document, Embedded, read
from confparse.capture.document import HEAD_CHARS
from confparse.cli import main
from confparse.venues import (
    Venue,
    _head_lines,
    fall_back,
    page_venue,
    venue_in_text,
    venue_of_url,
)

from conftest import PAGES, TODAY

# Each real page that parses, with the venue and year it prints (checked by hand: the
# comment says where).
PRINTED = [
    ("html/01_icml2025_session_poster-session-3-west.html", "ICML", 2025),  # <title>ICML 2025
    ("session/icml2025_poster-session-3-west.txt", "ICML", 2025),  # Contact ICML, Select Year
    ("html/02_neurips2023_poster_71095.html", "NeurIPS", 2023),  # canonical link, JSON-LD
    ("html/03_neurips2023_poster_70701_via_oral73865.html", "NeurIPS", 2023),
    ("detail/01_neurips2023_poster71095_plain.txt", "NeurIPS", 2023),  # the site's menu
    ("detail/02_neurips2023_poster70701_plain.txt", "NeurIPS", 2023),
    ("detail/03_neurips2023_poster71095_reader.md", "NeurIPS", 2023),  # URL Source:, Title:
    ("found/03_icml2026_cards_journal-track.html", "ICML", 2026),  # <title>ICML 2026 ...
    ("found/04_mlsys2025_session_3155_textdump.md", "MLSys", 2025),  # - URL: mlsys.org/...
    ("found/05_iclr2024_poster_18794_plain.md", "ICLR", 2024),  # **URL:** iclr.cc/...
    ("found/06_icml2026_poster_autotool_markdown.md", "ICML", 2026),  # the site's menu
    ("wild/01_icml2025_poster46593_jina.md", "ICML", 2025),  # "# ICML 2025"
    ("wild/02_icml2025_poster44177_bytez_plain.txt", "ICML", 2025),  # the site's menu
    ("wild/03_icml2025_poster46224_plain.txt", "ICML", 2025),  # the line "ICML 2025"
    # pages that print no conference: Hugging Face listings, bare captures
    ("001_0d9663f37bf93543.txt", None, None),
    ("003_8cf2b43c4247ae07.txt", None, None),
    ("found/07_hf_papers_search_long-context-asr_textdump.md", None, None),
    ("found/08_hf_trending_via-paperswithcode_plain.md", None, None),
    ("html/04_hf_daily_papers_2024-08-01.html", None, None),
    ("html/05_neurips2023_poster-cards_dom-fragment.html", None, None),  # a fragment
    ("wild/04_hf_papers_search_firecrawl.md", None, None),
]


def _parse(name: str) -> Page:
    return confparse.parse(PAGES / name, today=TODAY)


@pytest.mark.parametrize(("name", "venue", "year"), PRINTED, ids=[n for n, _v, _y in PRINTED])
def test_real_pages_give_the_venue_and_year_they_print(
    name: str, venue: str | None, year: int | None
) -> None:
    page = _parse(name)
    assert (page.venue, page.year) == (venue, year)


# -- what each place says ------------------------------------------------------------------
def test_names_are_whole_words_and_need_a_year() -> None:
    assert venue_in_text("NeurIPS 2023 Call for Papers") == Venue("NeurIPS", 2023)
    assert venue_in_text("Poster at neurips 2023") == Venue("NeurIPS", 2023)
    assert venue_in_text("NIPS 2017") == Venue("NeurIPS", 2017)
    assert venue_in_text("MLSys 2025") == Venue("MLSys", 2025)
    for other in ("ICMLA 2024: Call for papers", "ICML Poster Online Robust RL", "AICML 2024",
                  "ICML 20255", "ICML 1870", "ICML-2024"):  # fmt: skip
        assert venue_in_text(other) == Venue(), other


def test_urls_of_a_conference_site() -> None:
    assert venue_of_url("https://neurips.cc/virtual/2023/poster/71095") == Venue("NeurIPS", 2023)
    assert venue_of_url("https://mlsys.org/virtual/2025/session/3155") == Venue("MLSys", 2025)
    assert venue_of_url("https://www.icml.cc/Conferences/2020/Schedule") == Venue("ICML", 2020)
    assert venue_of_url("https://icml.cc/virtual/2026/events/2026-journal-track") == Venue(
        "ICML", 2026
    )
    assert venue_of_url("https://iclr.cc/") == Venue("ICLR", None)
    others = (
        "https://huggingface.co/papers",
        "https://paperswithcode.com",
        "https://arxiv.org/abs/2309.06180",
        "/virtual/2023/poster/1",
        "http://[x",
    )
    for other in others:
        assert venue_of_url(other) == Venue(), other


def test_a_capture_tools_header_keeps_the_url_and_title() -> None:
    reader = read(PAGES / "detail" / "03_neurips2023_poster71095_reader.md")
    assert [(e.kind, e.data, e.line) for e in reader.embedded] == [
        ("title", "NeurIPS 2023", 1),
        ("url", "https://neurips.cc/virtual/2023/poster/71095", 3),
    ]
    clipping = read(PAGES / "found" / "05_iclr2024_poster_18794_plain.md")
    assert [(e.kind, e.data) for e in clipping.embedded] == [
        ("url", "https://iclr.cc/virtual/2024/poster/18794"),
        ("title", "ICLR Poster Efficient Streaming Language Models with Attention Sinks"),
    ]
    # "Title:" on a page without the header's "URL Source:" is page text, not a header
    assert read("Title: ICML 2025\n\nSome text\n").embedded == ()


def _document(text: str = "", *embedded: tuple[str, object], source: str | None = None) -> Document:
    items = tuple(Embedded(kind, data) for kind, data in embedded)
    return Document(text, embedded=items, source=source)


def test_the_url_wins_over_data_title_banner_and_menu() -> None:
    menu = "Contact NeurIPS\nSelect Year: (2022)\nNeurIPS 2021\n"
    places = [
        ("canonical", "https://icml.cc/virtual/2025/poster/1"),
        ("json-ld", {"@type": "ScholarlyArticle", "creditText": "ICLR 2024"}),
        ("title", "MLSys 2023"),
    ]
    expected = [Venue("ICML", 2025), Venue("ICLR", 2024), Venue("MLSys", 2023)]
    for first in range(len(places)):
        assert page_venue(_document(menu, *places[first:])) == expected[first]
    assert page_venue(_document(menu)) == Venue("NeurIPS", 2021)  # the banner, then the menu
    assert page_venue(_document(menu.replace("NeurIPS 2021", ""))) == Venue("NeurIPS", 2022)
    assert page_venue(_document(source="https://iclr.cc/virtual/2022/poster/3")) == Venue(
        "ICLR", 2022
    )


def test_the_2020_sites_banner_names_venue_and_year() -> None:
    assert page_venue(_document("Toggle navigation\nICML | 2020\n")) == Venue("ICML", 2020)
    assert page_venue(_document("ICML || 2020\n")) == Venue()


def test_the_schedules_year_menu_before_2020_names_the_year() -> None:
    """The schedules of 2016 to 2019 head their year menu ``Year (2016)``, under ``Contact
    NIPS`` (pandoc's plain text keeps each entry's bullet): a weekday and a day alone fit
    2016 and 2022."""
    assert page_venue(_document("Year (2016)\n  - 2016\n-    Contact NIPS\n")) == Venue(
        "NeurIPS", 2016
    )
    assert page_venue(_document("  • Contact NeurIPS\nYear (2019)\n")) == Venue("NeurIPS", 2019)
    assert page_venue(_document("Year (2016)\n")) == Venue()  # no venue: no year either
    assert page_venue(_document("Contact NIPS\nThe Year (2016)\n")) == Venue()  # no menu head


def test_a_banner_in_emphasis_marks_that_markdown_keeps_names_venue_and_year() -> None:
    # html2text writes the 2020 banner's bold with the space inside: no emphasis to markdown
    assert page_venue(_document("Menu\n**ICML | 2020 **  \nYear (2020)\n")) == Venue("ICML", 2020)
    assert page_venue(_document("__NeurIPS 2023__\n")) == Venue("NeurIPS", 2023)
    assert page_venue(_document("**\n")) == Venue()
    assert page_venue(_document("**ICML and 2020**\n")) == Venue()


def test_a_banner_broken_before_its_bar_names_venue_and_year() -> None:
    # BeautifulSoup's get_text("\n") prints the year's element on a line of its own
    assert page_venue(_document("Log Out\nICML\n| 2020\nThirty-seventh\n")) == Venue("ICML", 2020)
    assert page_venue(_document("ICML\n\n| 2020\n")) == Venue("ICML", 2020)  # blank lines
    assert page_venue(_document("Tutorials\n| 2020\n")) == Venue()  # no venue's name above


def test_a_year_menu_head_over_its_year_names_the_year() -> None:
    # and the same extractor prints the 2016 schedule's "Year" over its "(2016)"
    menu = "Login\nYear\n(2016)\n2016\n2015\nContact NIPS\n"
    assert page_venue(_document(menu)) == Venue("NeurIPS", 2016)
    assert page_venue(_document("Contact NIPS\nSelect Year:\n\n(2019)\n")) == Venue("NeurIPS", 2019)
    assert page_venue(_document("Contact NIPS\nThe Year\n(2016)\n")) == Venue()  # no head
    assert page_venue(_document("Contact NIPS\nYear\n(2016) and more\n")) == Venue()


def test_the_year_comes_with_its_venue() -> None:
    # the URL names the venue but no year: the year is taken from a place naming the same
    # venue, never from another conference's
    document = _document("ICLR 2020\n", ("url", "https://icml.cc/"), ("title", "ICML 2024"))
    assert page_venue(document) == Venue("ICML", 2024)
    assert page_venue(_document("ICLR 2020\n", ("url", "https://icml.cc/"))) == Venue("ICML")


def test_the_menu_needs_both_lines_and_no_line_inside_a_record_counts() -> None:
    assert page_venue(_document("Contact ICML\nabout us\n")) == Venue()
    assert page_venue(_document("Select Year: (2025)\n")) == Venue()
    # a line "ICLR 2025" in a listing's paper (a tag) is not the page's banner
    assert page_venue(_document("Papers\nA title\nICLR 2025\n"), before=1) == Venue()
    assert page_venue(_document("Papers\nA title\nICLR 2025\n")) == Venue("ICLR", 2025)


def test_a_tag_inside_a_listed_paper_is_not_the_pages_venue() -> None:
    text = confparse.examples.load("hf-papers")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() and i > 10)
    tagged = "\n".join([*lines[: at + 1], "ICLR 2025", *lines[at + 1 :]])
    page = confparse.parse(tagged, layout="listing")
    assert page.papers and (page.venue, page.year) == (None, None)


# -- a paper's links win, the page's facts fill in ------------------------------------------
def test_fall_back() -> None:
    page = Venue("ICML", 2025)
    assert fall_back(Venue(), page) == page
    assert fall_back(Venue("NeurIPS", 2023), page) == Venue("NeurIPS", 2023)
    assert fall_back(Venue(None, 2024), page) == Venue("ICML", 2024)  # a relative link
    assert fall_back(Venue("NeurIPS", None), page) == Venue("NeurIPS", None)  # not ICML's year
    assert fall_back(Venue(), Venue()) == Venue()


def _page_of_icml2025() -> Page:
    linked = Paper(title="Linked", links=(Link(url="https://neurips.cc/virtual/2023/poster/1"),))
    relative = Paper(title="Relative", links=(Link(url="/virtual/2024/poster/2"),))
    bare = Paper(title="Bare", authors=(confparse.Person(name="Ann Lee"),))
    talks = (Talk(paper=linked), Talk(paper=relative), Talk(paper=bare), Talk(kind="Q&A"))
    return Page(layout="session", sessions=(Session(talks=talks),), venue="ICML", year=2025)


def test_rows_take_the_papers_venue_else_the_pages() -> None:
    rows = confparse.to_records(_page_of_icml2025())
    assert [(row["venue"], row["year"]) for row in rows] == [
        ("NeurIPS", 2023),
        ("ICML", 2024),
        ("ICML", 2025),
        ("ICML", 2025),
    ]
    # a record given without its page has only its own
    assert confparse.to_records(_page_of_icml2025().sessions[0])[2]["venue"] is None


def test_dataframe_columns() -> None:
    pytest.importorskip("pandas")
    frame = confparse.to_dataframe([_parse("session/icml2025_poster-session-3-west.txt")])
    assert set(frame["venue"]) == {"ICML"} and set(frame["year"]) == {2025}
    assert str(frame["year"].dtype) == "Int64"


def test_page_fields_are_provenance_and_checked() -> None:
    assert Page(layout="x", venue="ICML", year=2025) == Page(layout="x")
    with pytest.raises(ValueError, match="year must be None or a year"):
        Page(layout="x", year=0)
    with pytest.raises(ValueError, match="year must be None or a year"):
        Page(layout="x", year="2025")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="venue must be a single line"):
        Page(layout="x", venue="ICML\n2025")


def test_json_keeps_them_and_reads_them_back() -> None:
    page = _parse("html/01_icml2025_session_poster-session-3-west.html")
    data = json.loads(confparse.to_json(page))
    assert (data["venue"], data["year"]) == ("ICML", 2025)
    back = confparse.from_json(confparse.to_json(page), Page)
    assert (back.venue, back.year) == ("ICML", 2025)
    schema = confparse.json_schema(Page)["$defs"]["Page"]["properties"]
    assert schema["year"]["anyOf"][0] == {"type": "integer", "minimum": 1, "maximum": 9999}


def test_csv_of_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    page = str(PAGES / "session" / "icml2025_poster-session-3-west.txt")
    assert main(["parse", page, "--format", "csv", "--quiet"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 12
    assert {(row["venue"], row["year"]) for row in rows} == {("ICML", "2025")}


def test_database_pages_and_papers(tmp_path: Path) -> None:
    names = ["session/icml2025_poster-session-3-west.txt", "001_0d9663f37bf93543.txt"]
    db = tmp_path / "pages.db"
    confparse.to_sqlite([_parse(name) for name in names], db)
    with sqlite3.connect(db) as con:
        pages = con.execute("SELECT layout, venue, year FROM pages ORDER BY venue").fetchall()
        papers = con.execute(
            "SELECT venue, year, count(*) FROM papers GROUP BY venue, year ORDER BY venue"
        ).fetchall()
    # the ICML 2021 page prints no venue: its year is its first talk's, as before
    assert pages == [("session", None, 2021), ("session", "ICML", 2025)]
    assert papers == [(None, None, 7), ("ICML", 2025, 12)]


def test_the_same_paper_on_pages_of_two_conferences_is_two_rows(tmp_path: Path) -> None:
    paper = Paper(title="T", authors=(confparse.Person(name="Ann Lee"),))
    pages = [
        Page(layout="listing", papers=(paper,), venue="ICML", year=2025, source="a"),
        Page(layout="listing", papers=(paper,), venue="ICLR", year=2024, source="b"),
        Page(layout="listing", papers=(paper,), venue="ICLR", year=2024, source="c"),
    ]
    rows = confparse.export.tables.tables(pages)["papers"]
    assert sorted((row["venue"], row["year"]) for row in rows) == [("ICLR", 2024), ("ICML", 2025)]


_LINE_LENGTHS = st.sampled_from([0, 1, 5, 50, 3000, HEAD_CHARS - 1, HEAD_CHARS, 20_000])


@example([20_000, 5], 0)  # a long head: no line before line 0
@example([0, 20_000, 5], None)  # the only line end in the head is the very first
@given(
    st.lists(_LINE_LENGTHS, min_size=1, max_size=8),
    st.one_of(st.none(), st.integers(min_value=0, max_value=10)),
)
def test_the_banner_search_reads_the_lines_of_the_head(
    lengths: list[int], before: int | None
) -> None:
    """`page_venue` walks the lines of `Document.head` (counted as it goes, instead of
    counting the head's line ends): the same lines, at the same edges."""
    document = Document("\n".join("x" * length for length in lengths))
    head = document.head().count("\n") + 1
    expected = document.lines[: head if before is None else max(0, min(head, before))]
    assert list(_head_lines(document, before)) == expected


def _menu_lines_reference(lines: list[str]) -> list[Venue]:
    """What `_in_lines` finds, with the menu pattern tried on every short line."""
    from confparse.venues import _MENU_FIRST, _MENU_LINE, NAMES

    found: list[Venue] = []
    contact = select = None
    above = ""
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if text.startswith("|") and above and len(above) <= 12:
            text, above = above + " " + text, text
        else:
            above = text
        if len(text) > 40 or text[0] not in _MENU_FIRST:
            continue
        match = _MENU_LINE.fullmatch(text)
        if match is None:
            continue
        banner, year, named, selected = match.group("banner", "year", "contact", "select")
        if banner is not None:
            found.append(Venue(NAMES[banner.casefold()], int(year)))
        elif named is not None:
            contact = contact or NAMES[named.casefold()]
        elif select is None:
            select = int(selected)
    if contact is not None and select is not None:
        found.append(Venue(contact, select))
    return found


_MENU_PIECES = ["Contact ", "CONTACT ", "contact", "ICML", "icml", "NeurIPS", "nips", "Mlsys",
                " 2025", "\t2023", " 20\u0662\u0665", "(2024)", "Select Year: ", "Select Year:",
                "# ", "## ", " ", "\t", "x", "1", ")", "\u00b2", "Socials", "s", "| "]  # fmt: skip


@given(st.lists(st.lists(st.sampled_from(_MENU_PIECES), max_size=5).map("".join), max_size=12))
@example(["Contact ICML", "  Select Year: (2025)  ", "# NeurIPS 2023"])
@example(["ICML", "| 2025", "| 2020"])
def test_the_menu_search_skips_only_lines_that_the_pattern_refuses(lines: list[str]) -> None:
    from confparse.venues import _in_lines

    assert list(_in_lines(lines)) == _menu_lines_reference(lines)
