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


def _detail_html(title: str, authors: str) -> str:
    """The platform's JSON-LD head and poster body, reduced to what this rule reads."""
    import json

    article = {
        "@context": "https://schema.org/",
        "@type": "ScholarlyArticle",
        "name": "A Study of Things",
        "author": [{"@type": "Person", "name": n} for n in ("Ann Lee", "Bo Chen")],
    }
    return (
        '<!DOCTYPE html><html><head><script type="application/ld+json">'
        f"{json.dumps(article)}</script></head><body>"
        '<h3 class="text-center">Poster</h3>'
        f'<h2 class="card-title main-title text-center">{title}</h2>'
        f'<h3 class="card-subtitle mb-2 text-muted text-center">{authors}</h3>'
        '<div id="abstractExample"><p>Abstract:</p><p>We study things at length.</p></div>'
        "</body></html>"
    )


def test_a_detail_page_agreeing_with_its_json_ld_has_no_mismatch() -> None:
    page = confparse.parse(_detail_html("A Study of Things", "Ann Lee &middot; Bo Chen"))
    assert page.papers[0].title == "A Study of Things"
    assert not [d for d in page.diagnostics if d.code == "embedded-mismatch"]


def test_a_detail_page_disagreeing_with_its_json_ld_is_reported() -> None:
    page = confparse.parse(
        _detail_html("A Study of Other Things", "Ann Lee &middot; Bo Chen &middot; Cy Dee")
    )
    messages = [d.message for d in page.diagnostics if d.code == "embedded-mismatch"]
    assert len(messages) == 2
    assert "title" in messages[0] and "3 authors, its JSON-LD 2" in messages[1]
    assert page.papers[0].title == "A Study of Other Things"  # what the page shows stays


def test_the_real_detail_pages_agree_with_their_json_ld() -> None:
    from conftest import PAGES

    for name in (
        "02_neurips2023_poster_71095.html",
        "03_neurips2023_poster_70701_via_oral73865.html",
    ):
        page = confparse.parse(PAGES / "html" / name)
        assert not [d for d in page.diagnostics if d.code == "embedded-mismatch"], name


def test_a_page_that_only_embeds_its_listing_is_a_listing() -> None:
    """Hugging Face pages that build their list by JavaScript show little text: the
    embedded listing alone makes the page a listing, and gives its papers."""
    import html
    import json

    props = html.escape(json.dumps(PROPS), quote=True)
    page = confparse.parse(
        "<!DOCTYPE html><html><body><nav><a href='/'>Hugging Face</a></nav>"
        f'<div data-target="DailyPapers" data-props="{props}"></div></body></html>'
    )
    assert page.layout == "listing"
    assert [p.title for p in page.papers] == ["The Llama 3 Herd of Models", "Only In Data"]
    assert page.papers[0].votes == 94
