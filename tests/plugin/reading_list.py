"""A third-party layout written only against the public kit, for the plugin test.

Its page shape is one confparse has no layout for: a reading list, one paper a line,
``Title — Author One, Author Two``, under a ``Reading list`` heading.
"""

from __future__ import annotations

from datetime import date

from confparse import Page, Paper, Person, RenderError
from confparse.layouts.kit import Document, Ledger, Records

name = "reading-list"
api_version = 2

_HEADING = "Reading list"
_DASH = " \u2014 "


def detect(document: Document) -> float:
    head = document.head()
    return 1.0 if head.startswith(_HEADING + "\n") else 0.0


def parse(document: Document, ledger: Ledger) -> Records:
    papers: list[Paper] = []
    for index, line in enumerate(ledger.stripped):
        if not line:
            continue
        if line == _HEADING:
            ledger.skip(index, "reading-list-heading")
            continue
        title, dash, names = line.partition(_DASH)
        if not dash or not title or not names.strip():
            ledger.report(index, "not-an-entry", "line is no 'Title \u2014 Authors' entry")
            continue
        authors = tuple(Person(name=n.strip()) for n in names.split(",") if n.strip())
        papers.append(Paper(title=title, authors=authors))
        ledger.use(index)
    return Records(papers=tuple(papers))


def render(page: Page, *, today: date) -> str:
    lines = [_HEADING]
    for paper in page.papers:
        if paper.title is None or not paper.authors:
            raise RenderError("a reading-list entry needs a title and authors")
        lines.append(paper.title + _DASH + ", ".join(a.name for a in paper.authors))
    return "\n".join(lines)
