"""Papers from a page's embedded data, and their merge with the papers read from its text."""

from __future__ import annotations

from datetime import date

import confparse
from confparse import Paper, Person, Span
from confparse.capture import Document, Embedded
from confparse.layouts.kit import Ledger
from confparse.layouts.kit.embedded import embedded_papers, merge_embedded

PROPS = {
    "date": "2024-08-01T00:00:00.000Z",
    "dailyPapers": [
        {
            "paper": {
                "id": "2407.21783",
                "title": "The Llama 3 Herd of Models",
                "summary": "Modern artificial intelligence\nsystems are powered by models.",
                "upvotes": 94,
                "publishedAt": "2024-07-31T17:54:27.000Z",
                "authors": [
                    {"name": "Abhimanyu Dubey", "hidden": False},
                    {"name": "Hidden Person", "hidden": True},
                    {"name": "Abhinav Jauhri"},
                ],
            },
            "numComments": 5,
            "submittedBy": {"name": "akhaliq", "fullname": "AK"},
        },
        {"paper": {"id": "2407.0001", "title": "Only In Data", "summary": "Text."}},
    ],
}


def _document() -> Document:
    data = {"target": "DailyPapers", "props": PROPS}
    return Document("a\nb\nc", "html", embedded=(Embedded("data-props", data, line=7),))


def test_papers_come_from_the_data_props() -> None:
    (line, llama), (_, other) = embedded_papers(_document())
    assert line == 7
    assert llama.title == "The Llama 3 Herd of Models"
    assert [p.name for p in llama.authors] == ["Abhimanyu Dubey", "Abhinav Jauhri"]
    assert llama.abstract == "Modern artificial intelligence systems are powered by models."
    assert (llama.votes, llama.comments, llama.author_count) == (94, 5, 3)  # hidden ones count
    assert llama.published == date(2024, 7, 31)
    assert llama.submitted_by == "akhaliq"
    assert llama.links[0].url == "https://huggingface.co/papers/2407.21783"
    assert other.title == "Only In Data"


def test_no_data_no_papers() -> None:
    assert embedded_papers(Document("x")) == []
    junk = Document("x", embedded=(Embedded("data-props", {"props": [1, "a", {"b": None}]}),))
    assert embedded_papers(junk) == []


def test_the_fuller_data_wins_and_a_disagreement_is_reported() -> None:
    document = _document()
    ledger = Ledger(document, confparse.ParseOptions())
    shown = Paper(
        title="The  Llama 3 Herd of Models",
        authors=(Person(name="A. Dubey"),),
        votes=93,
        span=Span(first=2, last=3),
    )
    merged = merge_embedded(ledger, [shown], embedded_papers(document))
    assert [p.title for p in merged] == ["The  Llama 3 Herd of Models", "Only In Data"]
    assert merged[0].votes == 94
    assert [p.name for p in merged[0].authors] == ["Abhimanyu Dubey", "Abhinav Jauhri"]
    assert [(d.code, d.line) for d in ledger.diagnostics] == [("embedded-mismatch", 2)]
