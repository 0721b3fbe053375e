"""Pages as normalised tables with stable keys: `tables`, the rows that `to_sqlite` and
`to_parquet` store.

Every key is derived from content, so that storing the same pages again finds the same
keys: a page is the digest of its source and its JSON; a paper the digest of its JSON
without its span, with the venue and year its page gives it (two pages that print the
same paper the same way, of the same conference, share its row); a
session, talk, award or listed paper is its page's key and its position in the page
(``3f2a…:s0:t4``). Authors are people (by name) in the order the paper lists them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from ..convert import to_dict, to_json
from ..models import Page, Paper, Span
from ..venues import Venue, fall_back
from .records import PAPER_VALUES

__all__ = ["TABLES", "tables"]

TABLES: dict[str, tuple[str, ...]] = {
    "pages": ("page_id", "source", "layout", "year_source", "venue", "year", "ok"),
    "papers": (
        "paper_id",
        "title",
        "abstract",
        "abstract_truncated",
        "lay_summary",
        *PAPER_VALUES,
    ),
    "people": ("name",),
    "authors": ("paper_id", "position", "name"),
    "links": ("paper_id", "position", "text", "url"),
    "sessions": (
        "session_id",
        "page_id",
        "position",
        "title",
        "kind",
        "location",
        "start",
        "end",
        "zone",
        "first_line",
        "last_line",
    ),
    "moderators": ("session_id", "position", "name"),
    "talks": (
        "talk_id",
        "page_id",
        "session_id",
        "position",
        "start",
        "end",
        "start_utc",
        "day",
        "zone",
        "kind",
        "award",
        "location",
        "event",
        "board",
        "paper_id",
        "first_line",
        "last_line",
    ),
    "awards": (
        "award_id",
        "page_id",
        "position",
        "name",
        "virtual",
        "paper_id",
        "first_line",
        "last_line",
    ),
    "page_papers": ("page_id", "position", "paper_id", "first_line", "last_line"),
    "diagnostics": (
        "page_id",
        "position",
        "severity",
        "code",
        "message",
        "line",
        "column",
        "text",
        "end_line",
    ),
}
"""Each table's columns, in order; the first (or first two, for position tables) is the key."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _utc(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).isoformat() if value is not None else None


def _span(span: Span | None) -> dict[str, Any]:
    return {"first_line": span.first if span else None, "last_line": span.last if span else None}


def _page_year(page: Page) -> int | None:
    """The year the page prints, else the year of its first dated talk or paper link."""
    if page.year is not None:
        return page.year
    for session in page.sessions:
        for talk in session.talks:
            if talk.start is not None:
                return talk.start.year
            if talk.paper is not None and talk.paper.year is not None:
                return talk.paper.year
    for paper in (*(award.paper for award in page.awards), *page.papers):
        if paper.year is not None:
            return paper.year
    return None


class _Builder:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.papers: set[str] = set()
        self.people: set[str] = set()

    def add(self, table: str, **row: Any) -> None:
        self.rows[table].append(row)

    def person(self, name: str) -> None:
        if name not in self.people:
            self.people.add(name)
            self.add("people", name=name)

    def paper(self, paper: Paper | None, printed: Venue) -> str | None:
        """The key of *paper*'s row (added when new); its venue and year are its links',
        else those the page prints (*printed*), and take part in the key."""
        if paper is None:
            return None
        data = to_dict(paper)
        data.pop("span", None)
        data["venue"], data["year"] = fall_back(Venue(data["venue"], data["year"]), printed)
        key = _digest(json.dumps(data, sort_keys=True, ensure_ascii=False))
        if key in self.papers:
            return key
        self.papers.add(key)
        self.add(
            "papers",
            paper_id=key,
            **{name: data[name] for name in TABLES["papers"][1:]},
        )
        for position, person in enumerate(paper.authors):
            self.person(person.name)
            self.add("authors", paper_id=key, position=position, name=person.name)
        for position, link in enumerate(paper.links):
            self.add("links", paper_id=key, position=position, text=link.text, url=link.url)
        return key

    def page(self, page: Page) -> None:
        key = _digest(json.dumps([page.source, to_json(page)]))
        printed = Venue(page.venue, page.year)
        self.add(
            "pages",
            page_id=key,
            source=page.source,
            layout=page.layout,
            year_source=page.year_source,
            venue=page.venue,
            year=_page_year(page),
            ok=page.ok,
        )
        for s, session in enumerate(page.sessions):
            session_id = f"{key}:s{s}"
            self.add(
                "sessions",
                session_id=session_id,
                page_id=key,
                position=s,
                title=session.title,
                kind=session.kind,
                location=session.location,
                start=_time(session.start),
                end=_time(session.end),
                zone=session.zone,
                **_span(session.span),
            )
            for position, person in enumerate(session.moderators):
                self.person(person.name)
                self.add("moderators", session_id=session_id, position=position, name=person.name)
            for t, talk in enumerate(session.talks):
                self.add(
                    "talks",
                    talk_id=f"{session_id}:t{t}",
                    page_id=key,
                    session_id=session_id,
                    position=t,
                    start=_time(talk.start),
                    end=_time(talk.end),
                    start_utc=_utc(talk.start),
                    day=talk.start.date().isoformat() if talk.start is not None else None,
                    zone=talk.zone,
                    kind=talk.kind,
                    award=talk.award,
                    location=talk.location,
                    event=talk.event,
                    board=talk.position,
                    paper_id=self.paper(talk.paper, printed),
                    **_span(talk.span),
                )
        for a, award in enumerate(page.awards):
            self.add(
                "awards",
                award_id=f"{key}:a{a}",
                page_id=key,
                position=a,
                name=award.name,
                virtual=award.virtual,
                paper_id=self.paper(award.paper, printed),
                **_span(award.span),
            )
        for p, paper in enumerate(page.papers):
            self.add(
                "page_papers",
                page_id=key,
                position=p,
                paper_id=self.paper(paper, printed),
                **_span(paper.span),
            )
        for d, diagnostic in enumerate(page.diagnostics):
            self.add(
                "diagnostics",
                page_id=key,
                position=d,
                severity=diagnostic.severity,
                code=diagnostic.code,
                message=diagnostic.message,
                line=diagnostic.line,
                column=diagnostic.column,
                text=diagnostic.text,
                end_line=diagnostic.end_line,
            )


def tables(pages: Iterable[Page]) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table of `TABLES` for *pages*, every row with that table's columns.

    Values are SQL-ready: text, integers, booleans, ``None``; times are ISO 8601 text with
    their offset (``start``), in UTC (``start_utc``, which sorts), and the talk's local
    ``day``; ``board`` is the talk's `position` (a poster board), ``position`` the record's
    index in its page or session. A paper, person or page shown twice gets one row.

    Raises:
        TypeError: *pages* is not an iterable of `Page` records.
    """
    if isinstance(pages, Page):
        pages = [pages]
    if not isinstance(pages, Iterable) or isinstance(pages, (str, bytes)):
        raise TypeError(f"pages must be an iterable of Page records, not {type(pages).__name__}")
    builder = _Builder()
    for page in pages:
        if not isinstance(page, Page):
            raise TypeError(f"pages must hold Page records, not {type(page).__name__}")
        builder.page(page)
    return {name: _dedupe(name, rows) for name, rows in builder.rows.items()}


def _key(name: str, row: dict[str, Any]) -> tuple[Any, ...]:
    columns = TABLES[name]
    if len(columns) > 1 and columns[1] == "position":
        return (row[columns[0]], row["position"])
    return (row[columns[0]],)


def _dedupe(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for row in rows:
        key = _key(name, row)
        if key not in seen:
            seen.add(key)
            kept.append({column: row.get(column) for column in TABLES[name]})
    return kept
