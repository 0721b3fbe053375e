"""Pages as Parquet files, one per table: `to_parquet` (needs pyarrow).

The tables and columns are those of the SQLite database (`confparse.export.tables`);
``DIR/papers.parquet``, ``DIR/talks.parquet`` ... Writing again replaces the files, so
nothing is stored twice.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..models import Page
from .tables import TABLES, tables

__all__ = ["to_parquet"]

_INTS = {"position", "year", "votes", "comments", "stars", "author_count", "first_line",
         "last_line", "line", "column"}  # fmt: skip
_BOOLS = {"ok", "abstract_truncated", "virtual"}


def _type(pyarrow: Any, column: str) -> Any:
    if column in _INTS:
        return pyarrow.int64()
    if column in _BOOLS:
        return pyarrow.bool_()
    return pyarrow.string()


def to_parquet(pages: Iterable[Page], directory: str | os.PathLike[str]) -> dict[str, Path]:
    """Write the tables of *pages* as Parquet files in *directory* (created when missing);
    return each table's file. Needs pyarrow (``pip install 'confparse-pages[parquet]'``).

    Raises:
        ImportError: pyarrow is not installed.
        TypeError: *pages* is not an iterable of pages, or *directory* is not a path.
    """
    if not isinstance(directory, (str, os.PathLike)):
        raise TypeError(f"directory must be a str or a path, not {type(directory).__name__}")
    try:
        import pyarrow  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]
    except ImportError as exc:
        raise ImportError(
            "to_parquet needs pyarrow: pip install 'confparse-pages[parquet]'"
        ) from exc
    rows = tables(pages)
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, columns in TABLES.items():
        schema = pyarrow.schema([(column, _type(pyarrow, column)) for column in columns])
        table = pyarrow.Table.from_pylist(rows[name], schema=schema)
        path = folder / f"{name}.parquet"
        pyarrow.parquet.write_table(table, path)
        written[name] = path
    return written
