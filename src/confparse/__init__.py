"""confparse: typed records from captures of ML-conference web pages.

>>> import confparse
>>> page = confparse.parse(confparse.examples.load("icml2021-session"))
>>> page.sessions[0].title
'Deep Learning Optimization'
"""

from . import examples
from ._api import detect, parse, render
from ._version import __version__
from .convert import converter, from_dict, from_json, to_dict, to_json
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
    "ConfparseError",
    "ConvertError",
    "DecodeError",
    "Diagnostic",
    "InternalError",
    "Layout",
    "Link",
    "LimitError",
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
    "converter",
    "detect",
    "examples",
    "from_dict",
    "from_json",
    "layouts",
    "parse",
    "register",
    "render",
    "to_dict",
    "to_json",
]
