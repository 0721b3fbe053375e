"""The exception hierarchy: everything confparse raises on bad input is a `ConfparseError`."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

__all__ = [
    "ConfparseError",
    "ConvertError",
    "DecodeError",
    "InternalError",
    "LimitError",
    "ParseError",
    "RenderError",
    "SourceError",
    "UnknownLayoutError",
    "UnreadableSource",
    "WrongSourceType",
]


class ConfparseError(Exception):
    """Base class of every error that confparse raises on bad input."""


class ParseError(ConfparseError):
    """A page could not be parsed (or, with ``strict=True``, had an error diagnostic).

    Attributes:
        line: 1-based line number of the offending line (0 when not tied to a line).
        column: 1-based column (1 when the whole line is meant).
        text: the offending line as it was after line-end normalisation.
        code: a stable machine-readable code such as ``"unparsed-line"``.
    """

    def __init__(
        self, message: str, *, line: int = 0, column: int = 1, text: str = "", code: str = "error"
    ) -> None:
        self.message = message
        self.line = line
        self.column = column
        self.text = text
        self.code = code
        where = f"line {line}, column {column}: " if line else ""
        shown = f"\n    {text[:120]!r}" if text else ""
        super().__init__(f"{where}{message} [{code}]{shown}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild from the keyword arguments: the default would call the class with the
        # formatted message alone (worker processes send errors back by pickling).
        rebuild = functools.partial(
            type(self), line=self.line, column=self.column, text=self.text, code=self.code
        )
        return rebuild, (self.message,)


class DecodeError(ParseError):
    """Bytes input that cannot be decoded: not valid UTF-8 (code ``invalid-utf8``), or not
    valid in the encoding that its byte order mark names (``invalid-encoding``)."""


class LimitError(ParseError):
    """Input exceeded a configured limit (total size, line length or record count)."""


class SourceError(ConfparseError):
    """What was passed as a page cannot be read: a path or file that cannot be read (its
    `OSError` is kept as ``__cause__``), or a value that is no page at all (not text,
    bytes, a path or an open file), which is also a `TypeError`."""


class WrongSourceType(SourceError, TypeError):
    """A value passed as a page that is not text, bytes, a path or an open file."""


class UnreadableSource(SourceError, OSError):
    """A path or open file that cannot be read; also an `OSError`."""


class UnknownLayoutError(ConfparseError):
    """No registered layout recognised the page, or the requested layout does not exist.

    Attributes:
        scores: ``(layout name, score)`` pairs, best first.
    """

    def __init__(self, message: str, scores: Sequence[tuple[str, float]] = ()) -> None:
        self.scores = tuple(scores)
        if self.scores:
            listed = ", ".join(f"{name}={score:.2f}" for name, score in self.scores)
            message = f"{message} (scores: {listed})"
        super().__init__(message)


class RenderError(ConfparseError):
    """A layout cannot express a record unambiguously as page text."""


class ConvertError(ConfparseError):
    """Data given to `from_dict`/`from_json` does not describe a valid record.

    Attributes:
        problems: one message per problem, each starting with the path to the bad value
            (for example ``$.sessions[0].talks[2].start``).
    """

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        self.problems = tuple(problems)
        if self.problems:
            message = message + ":\n  " + "\n  ".join(self.problems)
        super().__init__(message)


class InternalError(ConfparseError):
    """A bug in confparse or in a layout plugin, met while parsing.

    Raised instead of the original exception (kept as ``__cause__``) so that callers only
    ever have to catch `ConfparseError`. Please report it with the input that caused it.
    """
