"""Pages into a SQLite database (standard library `sqlite3`): `to_sqlite`.

The tables are those of `confparse.export.tables` (pages, sessions, moderators, talks,
awards, page_papers, papers, authors, people, links, diagnostics), with primary keys,
foreign keys and indexes for the usual questions (docs/database.md). Keys are derived
from content, and rows are inserted with ``INSERT OR IGNORE``: storing the same pages
again adds nothing.

>>> import confparse, sqlite3, tempfile, pathlib
>>> page = confparse.parse(confparse.examples.load("icml2021-session"), year=2021)
>>> path = pathlib.Path(tempfile.mkdtemp()) / "icml.db"
>>> confparse.to_sqlite([page], path)["talks"]
8
>>> confparse.to_sqlite([page], path)["talks"]  # again: nothing new
0
>>> with sqlite3.connect(path) as db:
...     db.execute("SELECT count(*) FROM papers").fetchone()
(7,)
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable

from ..models import Page
from .tables import TABLES, tables

__all__ = ["SCHEMA", "to_sqlite"]

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS pages (
    page_id TEXT PRIMARY KEY,
    source TEXT,
    layout TEXT NOT NULL,
    year_source TEXT,
    venue TEXT,
    year INTEGER,
    ok INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS people (name TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS papers (
    paper_id TEXT PRIMARY KEY,
    title TEXT,
    abstract TEXT,
    abstract_truncated INTEGER NOT NULL,
    lay_summary TEXT,
    votes INTEGER,
    comments INTEGER,
    stars INTEGER,
    author_count INTEGER,
    organization TEXT,
    published TEXT,
    submitted_by TEXT,
    arxiv_id TEXT,
    openreview_id TEXT,
    event_id TEXT,
    venue TEXT,
    year INTEGER
);
CREATE TABLE IF NOT EXISTS authors (
    paper_id TEXT NOT NULL REFERENCES papers (paper_id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL REFERENCES people (name),
    PRIMARY KEY (paper_id, position)
);
CREATE TABLE IF NOT EXISTS links (
    paper_id TEXT NOT NULL REFERENCES papers (paper_id),
    position INTEGER NOT NULL,
    text TEXT,
    url TEXT NOT NULL,
    PRIMARY KEY (paper_id, position)
);
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY,
    page_id TEXT NOT NULL REFERENCES pages (page_id),
    position INTEGER NOT NULL,
    title TEXT,
    kind TEXT,
    location TEXT,
    start TEXT,
    "end" TEXT,
    zone TEXT,
    first_line INTEGER,
    last_line INTEGER
);
CREATE TABLE IF NOT EXISTS moderators (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL REFERENCES people (name),
    PRIMARY KEY (session_id, position)
);
CREATE TABLE IF NOT EXISTS talks (
    talk_id TEXT PRIMARY KEY,
    page_id TEXT NOT NULL REFERENCES pages (page_id),
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    position INTEGER NOT NULL,
    start TEXT,
    "end" TEXT,
    start_utc TEXT,
    day TEXT,
    zone TEXT,
    kind TEXT,
    award TEXT,
    location TEXT,
    event TEXT,
    board TEXT,
    paper_id TEXT REFERENCES papers (paper_id),
    first_line INTEGER,
    last_line INTEGER
);
CREATE TABLE IF NOT EXISTS awards (
    award_id TEXT PRIMARY KEY,
    page_id TEXT NOT NULL REFERENCES pages (page_id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    virtual INTEGER NOT NULL,
    paper_id TEXT NOT NULL REFERENCES papers (paper_id),
    first_line INTEGER,
    last_line INTEGER
);
CREATE TABLE IF NOT EXISTS page_papers (
    page_id TEXT NOT NULL REFERENCES pages (page_id),
    position INTEGER NOT NULL,
    paper_id TEXT NOT NULL REFERENCES papers (paper_id),
    first_line INTEGER,
    last_line INTEGER,
    PRIMARY KEY (page_id, position)
);
CREATE TABLE IF NOT EXISTS diagnostics (
    page_id TEXT NOT NULL REFERENCES pages (page_id),
    position INTEGER NOT NULL,
    severity TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER NOT NULL,
    "column" INTEGER NOT NULL,
    text TEXT NOT NULL,
    end_line INTEGER,
    PRIMARY KEY (page_id, position)
);
CREATE INDEX IF NOT EXISTS papers_title ON papers (title);
CREATE INDEX IF NOT EXISTS papers_arxiv ON papers (arxiv_id);
CREATE INDEX IF NOT EXISTS papers_openreview ON papers (openreview_id);
CREATE INDEX IF NOT EXISTS authors_name ON authors (name);
CREATE INDEX IF NOT EXISTS moderators_name ON moderators (name);
CREATE INDEX IF NOT EXISTS sessions_page ON sessions (page_id);
CREATE INDEX IF NOT EXISTS talks_session ON talks (session_id);
CREATE INDEX IF NOT EXISTS talks_paper ON talks (paper_id);
CREATE INDEX IF NOT EXISTS talks_room_day ON talks (location, day);
CREATE INDEX IF NOT EXISTS talks_start ON talks (start_utc);
CREATE INDEX IF NOT EXISTS awards_paper ON awards (paper_id);
CREATE INDEX IF NOT EXISTS awards_page ON awards (page_id);
CREATE INDEX IF NOT EXISTS page_papers_paper ON page_papers (paper_id);
"""
"""The database's tables and indexes (``CREATE ... IF NOT EXISTS``)."""

# parents before children, for the foreign keys
_ORDER = ("pages", "people", "papers", "authors", "links", "sessions", "moderators", "talks",
          "awards", "page_papers", "diagnostics")  # fmt: skip


def _quote(name: str) -> str:
    return f'"{name}"'


def to_sqlite(pages: Iterable[Page], path: str | os.PathLike[str]) -> dict[str, int]:
    """Store *pages* in the SQLite database at *path* (created when missing).

    Creates the tables of `SCHEMA` when missing, then inserts every row of
    `confparse.export.tables.tables` with ``INSERT OR IGNORE``, in one transaction: rows
    whose key is already there are left as they are, so running it again on the same
    pages adds nothing. Returns the number of rows added to each table.

    Raises:
        TypeError: *pages* is not an iterable of pages, or *path* is not a path.
        sqlite3.Error: the database cannot be written.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or a path, not {type(path).__name__}")
    rows = tables(pages)
    assert set(_ORDER) == set(TABLES)
    added: dict[str, int] = {}
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        with db:
            for name in _ORDER:
                columns = TABLES[name]
                sql = (
                    f"INSERT OR IGNORE INTO {name} ({', '.join(map(_quote, columns))}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                )
                before = db.total_changes
                db.executemany(sql, ([row[c] for c in columns] for row in rows[name]))
                added[name] = db.total_changes - before
    finally:
        db.close()
    return added
