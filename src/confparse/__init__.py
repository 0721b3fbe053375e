"""confparse: typed records from captures of ML-conference web pages.

>>> import confparse
>>> page = confparse.parse(confparse.examples.load("icml2021-session"))
>>> page.sessions[0].title
'Deep Learning Optimization'
"""

from . import examples
from . import layouts as _layouts  # noqa: F401  # bind the subpackage before `layouts()` below
from ._api import detect, parse, render
from ._version import __version__
from .bibtex import to_bibtex
from .catalog import Catalog, CatalogEntry, catalog
from .convert import converter, from_dict, from_json, to_dict, to_json
from .dedupe import dedupe, merge_papers, same_paper
from .errors import (
    ConfparseError,
    ConvertError,
    DecodeError,
    InternalError,
    LimitError,
    ParseError,
    RenderError,
    UnknownLayoutError,
)
from .ics import to_ics
from .models import Award, Diagnostic, Link, Page, Paper, Person, Session, Span, Talk
from .options import ParseOptions
from .parallel import parse_many
from .records import to_dataframe, to_records
from .registry import Layout, layouts, register
from .schema import json_schema

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
    "Span",
    "Talk",
    "UnknownLayoutError",
    "__version__",
    "catalog",
    "converter",
    "dedupe",
    "detect",
    "examples",
    "from_dict",
    "from_json",
    "json_schema",
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
    "to_records",
]
