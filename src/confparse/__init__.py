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
from .models import Award, Diagnostic, Link, Page, Paper, Person, Session, Span, Talk
from .options import ParseOptions
from .registry import Layout, layouts, register

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
    "layouts",
    "merge_papers",
    "parse",
    "register",
    "render",
    "same_paper",
    "to_dict",
    "to_json",
]
