"""confparse: typed records from captures of ML-conference web pages.

>>> import confparse
>>> page = confparse.parse(confparse.examples.load("icml2021-session"))
>>> page.sessions[0].title
'Deep Learning Optimization'
"""

from . import catalog, examples, layouts
from ._api import detect, parse, render
from ._version import __version__
from .catalog import Catalog, CatalogEntry, build_catalog, dedupe, merge_papers, same_paper
from .convert import converter, from_dict, from_json, to_dict, to_json
from .errors import (
    ConfparseError,
    ConvertError,
    DecodeError,
    InternalError,
    LimitError,
    ParseError,
    RenderError,
    SourceError,
    UnknownLayoutError,
    UnreadableSource,
    WrongSourceType,
)
from .export.bibtex import to_bibtex
from .export.ics import to_ics
from .export.parquet import to_parquet
from .export.records import to_dataframe, to_records
from .export.schema import json_schema
from .export.sqlite import to_sqlite
from .models import Award, Diagnostic, Link, Page, Paper, Person, Session, Span, Talk
from .options import ParseOptions
from .parallel import parse_many
from .registry import Layout, layout_names, register

__all__ = [
    "Award",
    "Catalog",
    "CatalogEntry",
    "ConfparseError",
    "ConvertError",
    "DecodeError",
    "Diagnostic",
    "InternalError",
    "Layout",
    "LimitError",
    "Link",
    "Page",
    "Paper",
    "ParseError",
    "ParseOptions",
    "Person",
    "RenderError",
    "Session",
    "SourceError",
    "Span",
    "Talk",
    "UnknownLayoutError",
    "UnreadableSource",
    "WrongSourceType",
    "__version__",
    "build_catalog",
    "catalog",
    "converter",
    "dedupe",
    "detect",
    "examples",
    "from_dict",
    "from_json",
    "json_schema",
    "layout_names",
    "layouts",
    "merge_papers",
    "parse",
    "parse_many",
    "register",
    "render",
    "same_paper",
    "to_bibtex",
    "to_dataframe",
    "to_dict",
    "to_ics",
    "to_json",
    "to_parquet",
    "to_records",
    "to_sqlite",
]
