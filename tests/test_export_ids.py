"""Identifiers, venue and year derived from a paper's links, and the page's source, in every
export (JSON, rows, DataFrame, catalog)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import confparse
from confparse.export.ids import arxiv_year, link_facts
from confparse.export.records import COLUMNS
from confparse.models import Link, Paper

PAGES = Path(__file__).parent / "pages"
DETAIL_HTML = PAGES / "html" / "02_neurips2023_poster_71095.html"
CARDS_HTML = PAGES / "html" / "01_icml2025_session_poster-session-3-west.html"


def _facts(url: str) -> tuple[object, ...]:
    return tuple(link_facts((Link(url=url),)))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://arxiv.org/abs/2309.06180", ("2309.06180", None, None, None, None)),
        ("https://arxiv.org/pdf/2309.06180v3.pdf", ("2309.06180", None, None, None, None)),
        ("http://arxiv.org/abs/hep-th/9901001v1", ("hep-th/9901001", None, None, None, None)),
        ("https://huggingface.co/papers/2407.16741", ("2407.16741", None, None, None, None)),
        ("https://openreview.net/forum?id=cOQH8YO255", (None, "cOQH8YO255", None, None, None)),
        ("https://openreview.net/pdf?id=jB4wsc1DQW", (None, "jB4wsc1DQW", None, None, None)),
        ("https://icml.cc/virtual/2025/poster/43481", (None, None, "43481", "ICML", 2025)),
        ("https://neurips.cc/virtual/2023/oral/73865", (None, None, "73865", "NeurIPS", 2023)),
        ("/virtual/2023/poster/70086", (None, None, "70086", None, 2023)),
        (
            "https://proceedings.neurips.cc/paper_files/paper/2023/hash/fc8e-Abstract.html",
            (None, None, None, "NeurIPS", 2023),
        ),
        ("/media/PosterPDFs/NeurIPS%202023/71095.png?t=1", (None, None, "71095", "NeurIPS", 2023)),
        ("https://github.com/vllm-project/vllm", (None, None, None, None, None)),
        ("https://example.org/virtual/2023/poster/1", (None, None, None, None, None)),
        ("https://huggingface.co/papers?date=2025-10-01", (None, None, None, None, None)),
        ("http://[bad", (None, None, None, None, None)),
    ],
)
def test_link_facts(url: str, expected: tuple[object, ...]) -> None:
    assert _facts(url) == expected


def test_first_link_that_says_it_wins() -> None:
    links = (
        Link(url="https://github.com/x/y"),
        Link(url="https://arxiv.org/abs/2101.00001"),
        Link(url="https://huggingface.co/papers/2202.00002"),
        Link(url="https://iclr.cc/virtual/2024/poster/18794"),
    )
    paper = Paper(title="T", links=links)
    assert (paper.arxiv_id, paper.openreview_id, paper.event_id) == ("2101.00001", None, "18794")
    assert (paper.venue, paper.year) == ("ICLR", 2024)
    assert Paper(title="T").arxiv_id is None


def test_arxiv_year() -> None:
    assert [arxiv_year(i) for i in ("2309.06180", "0704.0001", "hep-th/9901001", "x/ab")] == [
        2023,
        2007,
        1999,
        None,
    ]


def test_page_source_is_the_path_or_none() -> None:
    page = confparse.parse(DETAIL_HTML)
    assert page.source == str(DETAIL_HTML)
    text = DETAIL_HTML.read_text(encoding="utf-8")
    again = confparse.parse(text)
    assert again.source is None
    assert again == page  # provenance: no part in equality
    with DETAIL_HTML.open(encoding="utf-8") as handle:
        assert confparse.parse(handle).source == str(DETAIL_HTML)


def test_ids_in_json_and_json_round_trips() -> None:
    page = confparse.parse(DETAIL_HTML)
    data = json.loads(confparse.to_json(page))
    assert data["source"] == str(DETAIL_HTML)
    paper = data["sessions"][0]["talks"][0]["paper"]
    assert paper["openreview_id"] == "cOQH8YO255"
    assert (paper["event_id"], paper["venue"], paper["year"]) == ("71095", "NeurIPS", 2023)
    back = confparse.from_json(confparse.to_json(page), confparse.Page)
    assert back == page
    assert back.source == page.source
    # JSON written by other tools may leave the derived keys out
    del paper["arxiv_id"], paper["year"]
    assert confparse.from_dict(data, confparse.Page) == page


def test_listing_papers_have_arxiv_ids() -> None:
    page = confparse.parse(PAGES / "html" / "04_hf_daily_papers_2024-08-01.html")
    assert page.papers
    assert all(paper.arxiv_id is not None for paper in page.papers)


def test_ids_and_source_in_rows_dataframe_and_catalog() -> None:
    page = confparse.parse(CARDS_HTML)
    assert {"source", "arxiv_id", "openreview_id", "event_id", "venue", "year"} <= set(COLUMNS)
    rows = confparse.to_records([page])
    assert {row["source"] for row in rows} == {str(CARDS_HTML)}
    assert all(row["year"] == 2025 and row["event_id"] for row in rows if row["title"])
    frame = confparse.to_dataframe([page])
    assert str(frame["year"].dtype) == "Int64"
    assert frame["event_id"].notna().sum() == sum(1 for row in rows if row["event_id"])
    book = confparse.build_catalog([page])
    entry = json.loads(confparse.to_json(book))["entries"][0]
    assert entry["paper"]["event_id"] == book.entries[0].paper.event_id is not None
    assert confparse.to_records(book)[0]["year"] == 2025
