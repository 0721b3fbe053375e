"""Records from the data a page embeds, and their cross-check against its visible text.

Hugging Face paper pages carry their whole listing as JSON in a ``data-props`` attribute
(full author names, the abstract as ``summary``, dates, counts), and virtual-site pages
carry JSON-LD in their head. The HTML reader keeps both as `Document.embedded`; this module
turns them into records (`embedded_papers`) and merges them with the papers a layout read
from the text (`merge_embedded`): the fuller data wins, and where it disagrees with what
the page shows, a diagnostic says where.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import attrs

from ...capture.document import Document
from ...models import Link, Paper, Person, Span
from .ledger import Ledger
from .links import is_paper_link

__all__ = ["check_article", "embedded_papers", "merge_embedded"]

_HF = "https://huggingface.co/papers/"
_MAX_DEPTH = 6


def _entries(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The paper entries in a ``data-props`` value: dicts that hold a ``paper`` dict, or
    that are one (an ``id``, a ``title`` and a ``summary``), searched a few levels deep."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        paper = value.get("paper")
        if isinstance(paper, dict) and isinstance(paper.get("title") or value.get("title"), str):
            yield value
            return
        if isinstance(value.get("id"), str) and isinstance(value.get("summary"), str):
            yield {"paper": value}
            return
        for inner in value.values():
            yield from _entries(inner, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _entries(item, depth + 1)


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    joined = " ".join(value.split())
    return joined or None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _day(value: Any) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _paper(entry: dict[str, Any]) -> Paper | None:
    paper: dict[str, Any] = entry["paper"]
    title = _text(paper.get("title")) or _text(entry.get("title"))
    if title is None:
        return None
    authors = tuple(
        Person(name=name)
        for author in paper.get("authors") or ()
        if isinstance(author, dict)
        and not author.get("hidden")
        and (name := _text(author.get("name"))) is not None
    )
    submitter = entry.get("submittedBy")
    identifier = paper.get("id")
    return Paper(
        title=title,
        authors=authors,
        abstract=_text(paper.get("summary")),
        links=(Link(text=title, url=_HF + identifier),) if isinstance(identifier, str) else (),
        votes=_count(paper.get("upvotes")),
        comments=_count(entry.get("numComments")),
        author_count=len(paper.get("authors") or ()) or None,  # hidden ones count too
        published=_day(paper.get("publishedAt")),
        submitted_by=_text(submitter.get("name")) if isinstance(submitter, dict) else None,
    )


def embedded_papers(document: Document) -> list[tuple[int, Paper]]:
    """The papers of the page's embedded ``data-props`` JSON, each with the input line where
    its data stands, in the data's order."""
    found: list[tuple[int, Paper]] = []
    for item in document.embedded:
        if item.kind != "data-props" or not isinstance(item.data, dict):
            continue
        for entry in _entries(item.data.get("props")):
            paper = _paper(entry)
            if paper is not None:
                found.append((item.line, paper))
    return found


def _fold(title: str) -> str:
    return "".join(title.casefold().split())


_COMPARED = ("votes", "comments", "author_count")


def _merge_one(ledger: Ledger, shown: Paper, data: Paper) -> Paper:
    """*shown* (read from the text) with the fuller *data*; a disagreement is reported at
    the paper's first line."""
    document = ledger.document
    line = document.line_index(shown.span.first) if shown.span is not None else None
    for field in _COMPARED:
        seen, embedded = getattr(shown, field), getattr(data, field)
        if seen is not None and embedded is not None and seen != embedded and line is not None:
            ledger.report(
                line,
                "embedded-mismatch",
                f"the page shows {field} {seen}, its embedded data {embedded}",
                severity="warning",
            )
    values: dict[str, Any] = {
        "authors": data.authors or shown.authors,
        "abstract": data.abstract or shown.abstract,
        "abstract_truncated": shown.abstract_truncated if not data.abstract else False,
        "links": _merge_links(shown.links, data.links),
    }
    for field in (*_COMPARED, "published", "submitted_by"):
        values[field] = (
            getattr(data, field) if getattr(data, field) is not None else getattr(shown, field)
        )
    return attrs.evolve(shown, **values)


def _merge_links(shown: tuple[Link, ...], data: tuple[Link, ...]) -> tuple[Link, ...]:
    """The links of the text, then those of the data that the text lacks. A link of the
    text given as a path on the site (``/papers/2407.21783``) is the data's link to the
    same page, which names it in full."""
    merged: list[Link] = []
    for link in shown:
        if link.url.startswith("/"):
            for full in data:
                url = full.url
                if url.endswith(link.url) and url[: len(url) - len(link.url)].count("/") == 2:
                    link = full  # "https://host" + the path
                    break
        if link not in merged:
            merged.append(link)
    merged += (link for link in data if link not in merged)
    return tuple(merged)


def _links_to_a_paper(paper: Paper) -> bool:
    return any(is_paper_link(link.url) for link in paper.links)


def _settled(ledger: Ledger, span: Span, code: str) -> None:
    """Withdraw the diagnostics *code* on the lines of *span*: the embedded data settled
    what they said."""
    first, last = span.first, span.last  # input lines, as a diagnostic's
    ledger.diagnostics[:] = [
        d for d in ledger.diagnostics if d.code != code or not first <= d.line <= last
    ]


def merge_embedded(
    ledger: Ledger, shown: Sequence[Paper], embedded: Sequence[tuple[int, Paper]]
) -> tuple[Paper, ...]:
    """The papers read from the text, each merged with the embedded paper of the same
    title; embedded papers that the text does not show are added after them. The data
    lists every paper of the page: a text "paper" that matches none and links to no paper
    page is furniture (a ``not-a-paper`` diagnostic keeps its line), and a
    ``missing-abstract`` of a paper whose abstract the data holds is withdrawn."""
    if not embedded:
        return tuple(shown)
    by_title = {_fold(paper.title): paper for _line, paper in embedded if paper.title}
    used: set[str] = set()
    merged: list[Paper] = []
    for paper in shown:
        key = _fold(paper.title) if paper.title else ""
        data = by_title.get(key)
        if data is None:
            if _links_to_a_paper(paper) or paper.span is None:
                merged.append(paper)
            else:  # the data lists every paper: a "title" it lacks is the page's furniture
                _settled(ledger, paper.span, "missing-abstract")
                document = ledger.document
                ledger.report(
                    document.line_index(paper.span.first),
                    "not-a-paper",
                    f"{paper.title!r} is in none of the page's embedded papers",
                    severity="info",
                    last=document.line_index(paper.span.last),  # its lines, all of them
                )
            continue
        used.add(key)
        merged.append(_merge_one(ledger, paper, data))
        if data.abstract and paper.span is not None:
            _settled(ledger, paper.span, "missing-abstract")
    merged.extend(
        paper for _line, paper in embedded if paper.title and _fold(paper.title) not in used
    )
    return tuple(merged)


def _article(document: Document) -> dict[str, Any] | None:
    """The page's JSON-LD ``ScholarlyArticle`` (the virtual site puts one in the head)."""
    for item in document.embedded:
        if item.kind == "json-ld" and isinstance(item.data, dict):
            kind = item.data.get("@type")
            if kind == "ScholarlyArticle" or (
                isinstance(kind, list) and "ScholarlyArticle" in kind
            ):
                return item.data
    return None


def check_article(ledger: Ledger, paper: Paper) -> Paper:
    """*paper* (read from a detail page's text) checked against the page's JSON-LD article:
    a title or author list that disagrees is reported (``embedded-mismatch``) at the
    paper's first line; a title or authors the text lacks are taken from the data."""
    article = _article(ledger.document)
    if article is None:
        return paper
    title = _text(article.get("name"))
    names = tuple(
        name
        for author in article.get("author") or ()
        if isinstance(author, dict) and (name := _text(author.get("name"))) is not None
    )
    line = ledger.document.line_index(paper.span.first) if paper.span is not None else 0
    values: dict[str, Any] = {}
    if title is not None:
        if paper.title is None:
            values["title"] = title
        elif _fold(paper.title) != _fold(title):
            message = f"the page shows the title {paper.title!r}, its JSON-LD {title!r}"
            ledger.report(line, "embedded-mismatch", message, severity="warning")
    shown = tuple(person.name for person in paper.authors)
    if names:
        if not shown:
            values["authors"] = tuple(Person(name=name) for name in names)
        elif tuple(map(_fold, shown)) != tuple(map(_fold, names)):
            message = f"the page shows {len(shown)} authors, its JSON-LD {len(names)}"
            if len(shown) == len(names):
                message = "the page's authors differ from its JSON-LD's"
            ledger.report(line, "embedded-mismatch", message, severity="warning")
    return attrs.evolve(paper, **values) if values else paper
