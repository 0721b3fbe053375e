"""Invariants of the listing layout over every real Hugging Face listing in tests/pages
(daily, trending, search; a browser's copy, scraper and converter markdown, a plain export,
a text-mode browser's dump), and the count recognisers of the kit (issue 13: read each line
for what it is, not where it stands)."""

from __future__ import annotations

import re
import textwrap
from itertools import pairwise
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import confparse
from confparse import Page, Paper
from confparse._core import choose_layout
from confparse.layouts import listing
from confparse.layouts.kit import BOILERPLATE
from confparse.layouts.kit.counts import (
    is_comments_link,
    is_vote_link,
    read_author_count,
    read_bracketed_votes,
    read_count,
    read_repository,
    read_stars,
    voted_paper,
)
from test_recaptured import KNOWN_WRONG

from conftest import PAGES, TODAY


def _listing_pages() -> list[Path]:
    """Every text page that detection gives to the listing layout, but re-captures known to
    be read wrong (their list: tests/test_recaptured.py). Detected, not parsed: this runs
    when the tests are collected, in every worker (a parse of every page took 13 s)."""
    paths = [*PAGES.rglob("*.txt"), *PAGES.rglob("*.md")]
    found: list[Path] = []
    for path in sorted(p for p in paths if p.name != "README.md" and p.name not in KNOWN_WRONG):
        try:
            layout = choose_layout(confparse.capture.read(path), None)
        except confparse.ConfparseError:
            continue
        if layout.name == "listing":
            found.append(path)
    return found


LISTINGS = _listing_pages()
TWICE = (
    "06_hf_trending_html2md_export.md",
    "08_hf_trending_via-paperswithcode_plain.md",
    "10_hf_trending_structured-extract_markdown.md",
)
"""Trending captures that print every entry twice in a row."""


def test_every_known_listing_is_found() -> None:
    names = {path.name[:2] if path.parent != PAGES else path.name[:3] for path in LISTINGS}
    assert names == {"003", "01", "04", "05", "06", "07", "08", "09", "10", "11", "20", "21",
                     "60", "61"}  # fmt: skip


@pytest.fixture(scope="module", params=LISTINGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def parsed(request: pytest.FixtureRequest) -> tuple[Path, Page]:
    path: Path = request.param
    return path, confparse.parse(path, today=TODAY)


_DATE = re.compile(r"(?:[A-Z][a-z]{2}\s\d{1,2}(?:,\s\d{4})?)(?:\s+\d+)?")
_WRAPPER = re.compile(r"(?:URL|Title|Page Title|Captured(?: \(UTC\))?):\s.*|Web source|`{3}.*")


def furniture_reason(title: str) -> str | None:
    """Why *title* is furniture rather than a paper's title, or ``None``."""
    if read_count(title) is not None or read_bracketed_votes(title) is not None:
        return "a bare count"
    if _DATE.fullmatch(title):
        return "a date"
    if title in ("View all", "Upvote") or title in BOILERPLATE:
        return "furniture text"
    if read_author_count(title) is not None:
        return "N authors"
    if read_repository(title)[0] or "GitHub" in title:
        return "a link label (stars)"
    if title[:1] in "[]" or title[-1:] in "[]" or "][" in title:
        return "a link fragment"
    if listing.furniture_rule(title) is not None or listing.header_rule(title) is not None:
        return "listing furniture or navigation"
    if _WRAPPER.fullmatch(title):
        return "a wrapper line"
    return None


def test_no_title_is_furniture(parsed: tuple[Path, Page]) -> None:
    _path, page = parsed
    wrong = {p.title: furniture_reason(p.title) for p in page.papers if p.title is not None}
    assert {title: why for title, why in wrong.items() if why is not None} == {}


def test_every_record_has_a_title(parsed: tuple[Path, Page]) -> None:
    _path, page = parsed
    assert page.papers
    assert all(p.title for p in page.papers)


def test_no_abstract_holds_another_records_title(parsed: tuple[Path, Page]) -> None:
    _path, page = parsed
    titles = {p.title for p in page.papers if p.title is not None and len(p.title) >= 20}
    for paper in page.papers:
        abstract = paper.abstract or ""
        for title in titles - {paper.title}:
            assert not abstract.startswith(title), (paper.title, title)
            assert not abstract.endswith(title), (paper.title, title)


def test_entries_listed_twice_merge_into_one(parsed: tuple[Path, Page]) -> None:
    path, page = parsed
    papers = page.papers
    for first, second in pairwise(papers):
        if first.title == second.title:
            assert len(confparse.dedupe([first, second])) == 1
    if path.name in TWICE:
        assert len(papers) % 2 == 0
        assert all(papers[i].title == papers[i + 1].title for i in range(0, len(papers), 2))
        assert len(confparse.dedupe(papers)) == len(papers) // 2
    else:
        assert len(confparse.dedupe(papers)) == len(papers)


def test_no_line_is_unparsed(parsed: tuple[Path, Page]) -> None:
    _path, page = parsed
    assert [d for d in page.diagnostics if d.code == "unparsed-line"] == []


# -- variants: the same facts from the same page captured differently ------------------------
def _facts(page: Page) -> list[Paper]:
    """The papers without their spans (line numbers change with the capture)."""
    return [attrs.evolve(paper, span=None) for paper in page.papers]


def _wrap_markdown(text: str, width: int) -> str:
    """*text* with every long plain-text line (a paragraph of an abstract) hard-wrapped at
    *width* columns, as an editor or a text exporter wraps it."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > width and line[:1].isalpha() and "[" not in line and "](" not in line:
            pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            kept = pieces[:1]
            for piece in pieces[1:]:  # a wrapped line may not start like markdown syntax
                if piece[:1] in "-*+#>=_`|!\\" or piece[:1].isdigit():
                    kept[-1] += " " + piece
                else:
                    kept.append(piece)
            out += kept
        else:
            out.append(line)
    return "\n".join(out)


MARKDOWN_LISTINGS = [path for path in LISTINGS if path.suffix == ".md"]


@pytest.mark.parametrize("path", LISTINGS, ids=lambda p: p.name)
def test_crlf_capture_gives_the_same_papers(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    page = confparse.parse(text, today=TODAY)
    crlf = confparse.parse(text.replace("\n", "\r\n").encode("utf-8"), today=TODAY)
    assert _facts(crlf) == _facts(page)


@given(
    path=st.sampled_from(MARKDOWN_LISTINGS),
    width=st.integers(min_value=60, max_value=100),
    crlf=st.booleans(),
)
def test_hard_wrapped_abstracts_give_the_same_papers(path: Path, width: int, crlf: bool) -> None:
    """A markdown listing re-captured with its abstract lines hard-wrapped (at 80 columns or
    so, and with CRLF line ends) gives the same titles, abstracts and counts."""
    text = path.read_text(encoding="utf-8")
    page = confparse.parse(text, today=TODAY)
    wrapped = _wrap_markdown(text, width)
    if crlf:
        wrapped = wrapped.replace("\n", "\r\n")
    variant = confparse.parse(wrapped, today=TODAY)
    assert variant.layout == "listing"
    assert _facts(variant) == _facts(page)


# -- the kit's count recognisers ----------------------------------------------------------------
def test_read_count() -> None:
    assert [read_count(t) for t in ("12", "1,024", "-", "0")] == [12, 1024, 0, 0]
    assert [read_count(t) for t in ("12a", "1,02", "", "--", "3.29k")] == [None] * 5


def test_read_bracketed_votes() -> None:
    assert read_bracketed_votes("[-] 12") == 12
    assert read_bracketed_votes("[-] -") == 0
    assert read_bracketed_votes("[12]") is None


def test_read_stars_is_exact() -> None:
    assert [read_stars(t) for t in ("3.29k", "11.3k", "110k", "82", "1.5K")] == [
        3290, 11300, 110000, 82, 1500
    ]  # fmt: skip
    assert read_stars("3.291k") is None
    assert read_stars("k") is None


def test_read_repository_labels() -> None:
    assert read_repository("GitHub 3.29k arXiv Page") == (True, 3290)
    assert read_repository("LINK: GitHub 11.3k") == (True, 11300)
    assert read_repository("GitHub 82") == (True, 82)
    assert read_repository("arXiv Page") == (True, None)
    assert read_repository("11.3k") == (True, 11300)
    assert read_repository("GitHub stars of a project") == (False, None)


def test_read_author_count() -> None:
    assert [read_author_count(t) for t in ("3 authors", "- 10 authors", "\u00b7 1 authors")] == [
        3, 10, 1
    ]  # fmt: skip
    assert read_author_count("* 8 authors") == 8
    # a list item of an extractor that joins items with commas, the dot against the number
    assert read_author_count("* \u00b7533 authors,") == 533
    assert read_author_count("\u00b7533 authors") == 533
    assert read_author_count("3 authors wrote it") is None


def test_vote_and_comment_links() -> None:
    vote = "https://huggingface.co/login?next=%2Fpapers%2F2606.00683"
    assert is_vote_link(vote) and voted_paper(vote) == "2606.00683"
    assert not is_vote_link("https://huggingface.co/login") and voted_paper("x") is None
    # a converter of the saved page keeps the site's own path
    relative = "/login?next=%2Fpapers%2F2407.21783"
    assert is_vote_link(relative) and voted_paper(relative) == "2407.21783"
    assert not is_vote_link("/login?next=%2Fpapers") and not is_vote_link("")
    assert is_comments_link("https://huggingface.co/papers/2606.00683#community")
    assert not is_comments_link("https://huggingface.co/papers/2606.00683")
