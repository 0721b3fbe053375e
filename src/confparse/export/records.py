"""Records as flat rows for notebooks and data tools: `to_records`, `to_dataframe`, `html_table`.

One row per talk, per award and per paper of a page, every row with the same keys
(`COLUMNS`), so that ``pandas.DataFrame(to_records(page))`` takes them as they are:

>>> import confparse
>>> page = confparse.parse(confparse.examples.load("icml2021-session"), year=2021)
>>> rows = confparse.to_records(page)
>>> len(rows), rows[0]["record"], rows[0]["kind"], rows[0]["start"].isoformat()
(8, 'talk', 'Oral', '2021-07-21T17:00:00-07:00')
>>> rows[0]["authors"], rows[0]["author_list"]
('Yuandong Tian, Xinlei Chen, Surya Ganguli', ['Yuandong Tian', 'Xinlei Chen', 'Surya Ganguli'])

`html_table` renders a record as the small HTML table that notebooks show.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeAlias

from ..catalog import Catalog, CatalogEntry
from ..models import Award, Page, Paper, Session, Talk
from ..venues import Venue, fall_back
from .ids import link_facts

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "Recordable", "html_table", "to_dataframe", "to_records"]

PAPER_VALUES: tuple[str, ...] = (
    "votes",
    "comments",
    "stars",
    "author_count",
    "organization",
    "published",
    "submitted_by",
    "arxiv_id",
    "openreview_id",
    "event_id",
    "venue",
    "year",
)
"""A paper's one-value fields after its texts, as rows and the database's papers table hold
them (`COLUMNS`, `confparse.export.tables.TABLES`)."""

COLUMNS: tuple[str, ...] = (
    "record",
    "page",
    "source",
    "layout",
    "session",
    "start",
    "end",
    "zone",
    "kind",
    "award",
    "virtual",
    "location",
    "event",
    "position",
    "title",
    "authors",
    "author_list",
    "abstract",
    "abstract_truncated",
    "lay_summary",
    "links",
    *PAPER_VALUES,
    "first_line",
    "last_line",
)
"""The keys of every row, in order. ``record`` is ``"talk"``, ``"award"``, ``"paper"`` (a
paper of a page's own list) or ``"entry"`` (a catalog entry); ``page`` is the position of
the page in the input (``None`` for records given without their page) and ``source`` its
file name or URL (`Page.source`); ``arxiv_id`` ... ``year`` are the paper's identifiers,
venue and year derived from its links (`confparse.export.ids`), where the links name no
venue or year the page's (`Page.venue`, `Page.year`; `confparse.venues.fall_back`);
an entry's ``source`` is the sources of the pages that show it, joined by ``"; "``, and
its venue and year `CatalogEntry.venue` and ``year``; ``authors`` is the
names joined by ``", "`` and ``author_list`` the same names as a list; ``links`` is the list
of the paper's URLs; ``first_line`` and ``last_line`` are the record's span."""

Record: TypeAlias = Page | Session | Talk | Paper | Award | Catalog | CatalogEntry
Recordable: TypeAlias = Record | Iterable[Record]
"""What `to_records` takes: a record, a catalog, or any iterable of them (a list of pages)."""

_COUNTS = ("votes", "comments", "stars", "author_count", "year", "first_line", "last_line")
_FLAGS = ("virtual", "abstract_truncated")


def _paper_fields(paper: Paper | None) -> dict[str, Any]:
    if paper is None:
        return {}
    names = [person.name for person in paper.authors]
    return {
        "title": paper.title,
        "authors": ", ".join(names) if names else None,
        "author_list": names,
        "abstract": paper.abstract,
        "abstract_truncated": paper.abstract_truncated,
        "lay_summary": paper.lay_summary,
        "links": [link.url for link in paper.links],
        "votes": paper.votes,
        "comments": paper.comments,
        "stars": paper.stars,
        "author_count": paper.author_count,
        "organization": paper.organization,
        "published": paper.published,
        "submitted_by": paper.submitted_by,
        **link_facts(paper.links)._asdict(),
    }


def _row(record: str, page: int | None, layout: str | None, **fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row["author_list"] = []
    row["links"] = []
    row.update(record=record, page=page, layout=layout)
    row.update(fields)
    return row


def _span(record: Talk | Paper | Award) -> dict[str, Any]:
    span = record.span
    return {} if span is None else {"first_line": span.first, "last_line": span.last}


def _talk_row(
    talk: Talk, session: Session | None, page: int | None, layout: str | None
) -> dict[str, Any]:
    return _row(
        "talk",
        page,
        layout,
        session=session.title if session is not None else None,
        start=talk.start,
        end=talk.end,
        zone=talk.zone,
        kind=talk.kind,
        award=talk.award,
        location=talk.location,
        event=talk.event,
        position=talk.position,
        **_paper_fields(talk.paper),
        **_span(talk),
    )


def _award_row(award: Award, page: int | None, layout: str | None) -> dict[str, Any]:
    fields = {**_paper_fields(award.paper), **_span(award)}
    return _row("award", page, layout, award=award.name, virtual=award.virtual, **fields)


def _paper_row(paper: Paper, page: int | None, layout: str | None) -> dict[str, Any]:
    return _row("paper", page, layout, **_paper_fields(paper), **_span(paper))


def _entry_row(entry: CatalogEntry) -> dict[str, Any]:
    talk = next((talk for talk in entry.talks if talk.start is not None), None)
    names = entry.award_names
    return _row(
        "entry",
        None,
        None,
        start=talk.start if talk else None,
        end=talk.end if talk else None,
        zone=talk.zone if talk else None,
        kind=talk.kind if talk else None,
        location=talk.location if talk else None,
        award="; ".join(names) if names else None,
        virtual=any(award.virtual for award in entry.awards) if entry.awards else None,
        **{
            **_paper_fields(entry.paper),
            "source": "; ".join(entry.sources) if entry.sources else None,
            "venue": entry.venue,
            "year": entry.year,
        },
    )


def _page_rows(page: Page, index: int) -> Iterator[dict[str, Any]]:
    printed = Venue(page.venue, page.year)
    for row in _page_record_rows(page, index):
        row["source"] = page.source
        row["venue"], row["year"] = fall_back(Venue(row["venue"], row["year"]), printed)
        yield row


def _page_record_rows(page: Page, index: int) -> Iterator[dict[str, Any]]:
    for session in page.sessions:
        for talk in session.talks:
            yield _talk_row(talk, session, index, page.layout)
    for award in page.awards:
        yield _award_row(award, index, page.layout)
    for paper in page.papers:
        yield _paper_row(paper, index, page.layout)


def _rows(obj: Recordable) -> Iterator[dict[str, Any]]:
    if isinstance(obj, Page):
        yield from _page_rows(obj, 0)
    elif isinstance(obj, Session):
        for talk in obj.talks:
            yield _talk_row(talk, obj, None, None)
    elif isinstance(obj, Talk):
        yield _talk_row(obj, None, None, None)
    elif isinstance(obj, Award):
        yield _award_row(obj, None, None)
    elif isinstance(obj, Paper):
        yield _paper_row(obj, None, None)
    elif isinstance(obj, Catalog):
        yield from map(_entry_row, obj.entries)
    elif isinstance(obj, CatalogEntry):
        yield _entry_row(obj)
    elif isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        pages = 0
        for item in obj:
            if isinstance(item, Page):
                yield from _page_rows(item, pages)
                pages += 1
            else:
                yield from _rows(item)
    else:
        raise TypeError(f"cannot make records of {type(obj).__name__}")


def to_records(obj: Recordable) -> list[dict[str, Any]]:
    """Flat rows, one per talk, award and paper, each with the keys of `COLUMNS`.

    *obj* is a `Page` (its sessions' talks, then its awards, then its papers, in page
    order), a `Session` (its talks), a `Talk`, `Award` or `Paper` (one row), a `Catalog`
    (one ``"entry"`` row per paper: the merged paper, its award names joined by ``"; "``,
    and the time, kind and room of its first timed talk), or an iterable of any of these
    (``page`` then counts the pages in it). Values keep their Python types: ``start`` and
    ``end`` are timezone-aware datetimes, ``published`` a date, unknown values ``None``.

    Raises:
        TypeError: *obj* is not a record or an iterable of records.
    """
    return list(_rows(obj))


def _time_column(values: pandas.Series[Any]) -> pandas.Series[Any]:
    import pandas

    zones = {value.tzinfo for value in values if isinstance(value, datetime)}
    converted = pandas.to_datetime(values, utc=True)
    return converted.dt.tz_convert(zones.pop()) if len(zones) == 1 else converted


def to_dataframe(obj: Recordable) -> pandas.DataFrame:
    """`to_records` as a `pandas.DataFrame` with the columns of `COLUMNS` and exact dtypes.

    ``start`` and ``end`` are ``datetime64`` in the rows' time zone when they share one,
    in UTC otherwise; counts (``votes`` ... ``last_line``, ``page``) are nullable
    ``Int64``; ``virtual`` and ``abstract_truncated`` nullable ``boolean``; ``published``
    ``datetime64`` (midnight, no zone); text columns ``string``. Needs pandas
    (``pip install 'confparse-pages[pandas]'``).

    Raises:
        ImportError: pandas is not installed.
    """
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            "to_dataframe needs pandas: pip install 'confparse-pages[pandas]'"
        ) from exc
    frame = pandas.DataFrame.from_records(to_records(obj), columns=list(COLUMNS))
    for column in ("start", "end"):
        frame[column] = _time_column(frame[column])
    frame["published"] = pandas.to_datetime(frame["published"])
    dtypes = {column: "Int64" for column in (*_COUNTS, "page")}
    dtypes.update({column: "boolean" for column in _FLAGS})
    lists = {"author_list", "links", "start", "end", "published"}
    dtypes.update(
        {column: "string" for column in COLUMNS if column not in lists and column not in dtypes}
    )
    typed: pandas.DataFrame = frame.astype(dtypes)
    return typed


# -- HTML for notebooks -------------------------------------------------------------------
_MAX_ROWS = 20
_MAX_TEXT = 240


def _cut(text: str, limit: int = _MAX_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M %Z").strip()
    elif isinstance(value, (list, tuple)):
        text = ", ".join(map(str, value))
    else:
        text = str(value)
    return html.escape(_cut(text))


def _table(header: Iterable[str], rows: Iterable[Iterable[Any]], total: int) -> str:
    head = "".join(f"<th>{html.escape(name)}</th>" for name in header)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    more = f"<p>… and {total - _MAX_ROWS} more</p>" if total > _MAX_ROWS else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _fields(pairs: Iterable[tuple[str, Any]]) -> str:
    body = "".join(
        f"<tr><th>{html.escape(name)}</th><td>{_cell(value)}</td></tr>"
        for name, value in pairs
        if value not in (None, "", (), [])
    )
    return f"<table><tbody>{body}</tbody></table>"


_ROW_COLUMNS = ("record", "start", "kind", "award", "title", "authors")


def _rows_table(rows: list[dict[str, Any]]) -> str:
    shown = ([row[name] for name in _ROW_COLUMNS] for row in rows[:_MAX_ROWS])
    return _table(_ROW_COLUMNS, shown, len(rows))


def _caption(text: str) -> str:
    return f"<p><strong>{html.escape(text)}</strong></p>"


def _paper_pairs(paper: Paper) -> list[tuple[str, Any]]:
    abstract = paper.abstract
    if abstract is not None and paper.abstract_truncated:
        abstract += " …"
    return [
        ("title", paper.title),
        ("authors", [person.name for person in paper.authors]),
        ("abstract", abstract),
        ("links", [link.url for link in paper.links]),
    ]


def html_table(obj: Page | Session | Talk | Paper | Award) -> str:
    """A small HTML table of *obj*, for notebooks (the records' ``_repr_html_``).

    A page shows its layout, its counts, up to 20 rows of `to_records` (record, start,
    kind, award, title, authors) and its first diagnostics; a session its header and its
    talks; a talk, paper or award its fields. Long texts are cut at 240 characters; all
    text is HTML-escaped.

    Raises:
        TypeError: *obj* is none of these records.
    """
    if isinstance(obj, Page):
        counts = (
            f"{len(obj.sessions)} sessions, {sum(len(s.talks) for s in obj.sessions)} talks, "
            f"{len(obj.awards)} awards, {len(obj.papers)} papers, "
            f"{len(obj.diagnostics)} diagnostics"
        )
        parts = [_caption(f"Page ({obj.layout}): {counts}"), _rows_table(to_records(obj))]
        if obj.diagnostics:
            found = obj.diagnostics
            shown = ([d.line, d.column, d.severity, d.code, d.message] for d in found[:_MAX_ROWS])
            parts.append(
                _table(("line", "column", "severity", "code", "message"), shown, len(found))
            )
        return "".join(parts)
    if isinstance(obj, Session):
        head = _fields(
            [
                ("title", obj.title),
                ("kind", obj.kind),
                ("location", obj.location),
                ("moderators", [person.name for person in obj.moderators]),
                ("start", obj.start),
                ("end", obj.end),
            ]
        )
        return _caption(f"Session: {len(obj.talks)} talks") + head + _rows_table(to_records(obj))
    if isinstance(obj, Talk):
        pairs: list[tuple[str, Any]] = [
            ("start", obj.start),
            ("end", obj.end),
            ("kind", obj.kind),
            ("award", obj.award),
            ("location", obj.location),
            ("event", obj.event),
        ]
        paper = _paper_pairs(obj.paper) if obj.paper is not None else []
        return _caption("Talk") + _fields(pairs + paper)
    if isinstance(obj, Award):
        award: list[tuple[str, Any]] = [("award", obj.name), ("virtual", obj.virtual or None)]
        return _caption("Award") + _fields(award + _paper_pairs(obj.paper))
    if isinstance(obj, Paper):
        return _caption("Paper") + _fields(_paper_pairs(obj))
    raise TypeError(f"no HTML table for {type(obj).__name__}")
