"""The export stage: records as rows and DataFrames, BibTeX, iCalendar, JSON Schema, and
normalised tables in SQLite or Parquet."""

from .bibtex import to_bibtex
from .ics import to_ics
from .parquet import to_parquet
from .records import to_dataframe, to_records
from .schema import json_schema
from .sqlite import to_sqlite

__all__ = ["json_schema", "to_bibtex", "to_dataframe", "to_ics", "to_parquet", "to_records",
           "to_sqlite"]  # fmt: skip
