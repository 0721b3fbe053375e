"""The capture stage: readers that turn an input into a `Document`.

`read` takes what the caller passed (text, bytes, a path, a file), decodes and normalises
it, recognises its capture format (`FORMATS`) and reads it into lines with the structure
the format gave. Layouts receive the `Document` and nothing else of the input.
"""

from __future__ import annotations

from .document import Document, Element, Embedded, Format, Hint
from .formats import FORMATS, CaptureFormat, CaptureText, read_document, read_text
from .normalize import normalize_chars
from .source import Source, read_source, source_name

__all__ = ["FORMATS", "CaptureFormat", "CaptureText", "Document", "Element", "Embedded",
           "Format", "Hint", "Source", "read", "read_document", "read_text"]  # fmt: skip


def read(source: Source, *, max_chars: int | None = None) -> Document:
    """The `Document` of *source*: its text decoded, normalised and read in its format.

    Raises:
        DecodeError: bytes that are not UTF-8.
        LimitError: more than *max_chars* characters.
    """
    text = normalize_chars(read_source(source), max_chars=max_chars, wide_space=False)
    return read_text(text, source=source_name(source))
