"""The export stage: records as rows and DataFrames, BibTeX, iCalendar and JSON Schema."""

from .bibtex import to_bibtex
from .ics import to_ics
from .records import to_dataframe, to_records
from .schema import json_schema

__all__ = ["json_schema", "to_bibtex", "to_dataframe", "to_ics", "to_records"]
