"""The SQLite and Parquet exports: normalised tables with stable keys, and the queries of
docs/database.md run on a database built from the test pages."""

from __future__ import annotations

import functools
import re
import sqlite3
import sys
from pathlib import Path

import pytest

import confparse
from confparse.export.tables import TABLES

from conftest import PAGES, TODAY

DOCS = Path(__file__).parent.parent / "docs" / "database.md"


@functools.cache
def _pages() -> tuple[confparse.Page, ...]:
    """Every distinct test page once: the recaptures are the same pages again (other tools),
    so they would count each talk twice."""
    pages = []
    for path in sorted(PAGES.rglob("*")):
        if (
            path.suffix in (".txt", ".md", ".html")
            and path.name != "README.md"
            and path.parent.name != "recaptured"
        ):
            try:
                pages.append(confparse.parse(path, today=TODAY))
            except confparse.ConfparseError:
                continue
    return tuple(pages)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "pages.db"
    confparse.to_sqlite(_pages(), path)
    return path


def _queries() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)


def test_documented_queries_run_and_find_rows(database: Path) -> None:
    queries = _queries()
    assert len(queries) == 4
    with sqlite3.connect(database) as db:
        results = [db.execute(query).fetchall() for query in queries]
    by_author, in_room, awards, votes = results
    assert len(by_author) >= 2
    assert all(row[0] for row in by_author)
    assert len(in_room) == 70
    assert all(row[3] for row in in_room)
    assert ("Outstanding Paper Honorable Mention" in {row[1] for row in awards}) and any(
        row[0] == 2021 for row in awards
    )
    assert len(votes) == 10
    assert votes[0][2] >= votes[-1][2]


def test_schema_keys_foreign_keys_and_indexes(database: Path) -> None:
    with sqlite3.connect(database) as db:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert names == set(TABLES)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        talks_fks = {row[2] for row in db.execute("PRAGMA foreign_key_list(talks)")}
        assert talks_fks == {"pages", "sessions", "papers"}
        indexes = {row[1] for row in db.execute("PRAGMA index_list(talks)")}
        assert {"talks_room_day", "talks_paper"} <= indexes
        order = db.execute(
            "SELECT name FROM authors WHERE paper_id = "
            "(SELECT paper_id FROM papers WHERE title LIKE 'Understanding self-supervised%') "
            "ORDER BY position"
        ).fetchall()
        assert [name for (name,) in order] == ["Yuandong Tian", "Xinlei Chen", "Surya Ganguli"]
        source = db.execute("SELECT source FROM pages WHERE layout = 'awards'").fetchone()[0]
        assert source.endswith("000_c5631585aaf74821.txt")
        ids = db.execute("SELECT count(*) FROM papers WHERE arxiv_id IS NOT NULL").fetchone()[0]
        assert ids > 0


def test_running_again_adds_nothing(database: Path) -> None:
    with sqlite3.connect(database) as db:
        before = {name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}
    added = confparse.to_sqlite(list(_pages())[:3], database)
    assert set(added.values()) == {0}
    added = confparse.to_sqlite(_pages(), database)
    assert set(added.values()) == {0}
    with sqlite3.connect(database) as db:
        after = {name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}
    assert after == before
    assert before["pages"] == len(_pages())


def test_to_sqlite_checks_its_arguments(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="iterable of Page"):
        confparse.to_sqlite(42, tmp_path / "x.db")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="hold Page records"):
        confparse.to_sqlite(["text"], tmp_path / "x.db")  # type: ignore[list-item]
    with pytest.raises(TypeError, match="path must be"):
        confparse.to_sqlite([], 3)  # type: ignore[arg-type]


def test_parquet_is_an_extra_that_the_tests_install() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))
    extras = project["project"]["optional-dependencies"]
    assert [req.split(">")[0] for req in extras["parquet"]] == ["pyarrow"]
    assert set(extras["parquet"]) <= set(extras["test"])
    assert "pyarrow" not in " ".join(project["project"]["dependencies"])


def test_parquet_without_pyarrow_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    with pytest.raises(ImportError, match=re.escape("pip install 'confparse-pages[parquet]'")):
        confparse.to_parquet(_pages()[:1], tmp_path / "tables")
    assert not (tmp_path / "tables").exists()


def test_parquet_has_the_same_tables(tmp_path: Path) -> None:
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    pages = _pages()[:6]
    files = confparse.to_parquet(pages, tmp_path / "tables")
    assert set(files) == set(TABLES)
    talks = pyarrow_parquet.read_table(files["talks"])
    assert talks.column_names == list(TABLES["talks"])
    confparse.to_parquet(pages, tmp_path / "tables")  # again: replaced, not appended
    assert pyarrow_parquet.read_table(files["talks"]).num_rows == talks.num_rows


def test_a_diagnostic_about_a_run_of_lines_keeps_its_last_line(database: Path) -> None:
    with sqlite3.connect(database) as db:
        runs = db.execute(
            "SELECT line, end_line FROM diagnostics WHERE code = 'widget-text' ORDER BY line"
        ).fetchall()
        ones = db.execute("SELECT COUNT(*) FROM diagnostics WHERE end_line IS NULL").fetchone()
    assert len(runs) == 4 and all(end > line for line, end in runs[1:])
    assert ones[0] > 0
