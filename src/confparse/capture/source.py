"""The one normalisation step in front of every layout.

`read_source` turns whatever the caller passed (text, bytes, a path, a file) into text;
`normalize` makes line ends and invisible characters uniform. Layouts only ever see the
normalised text, split on ``"\\n"``; line numbers in diagnostics count those lines.
"""

from __future__ import annotations

import os
import unicodedata
from typing import IO, Union

import attrs

from ..errors import DecodeError, LimitError
from ..models import Link
from .markdown import looks_like_markdown, to_plain

__all__ = ["Capture", "Source", "normalize", "prepare", "read_source", "repair_mojibake"]

Source = Union[str, bytes, bytearray, "os.PathLike[str]", IO[str], IO[bytes]]
"""What `confparse.parse` accepts: page text, UTF-8 bytes, a path, or an open file.

A plain ``str`` is always page text, never a file name: pass a `pathlib.Path` for a file.
"""

# Characters that a capture tool leaves in the text but that carry no meaning for us.
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
_SPACES = ("\u00a0", "\u2007", "\u202f", "\u3000")


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8")  # C; the "utf-8-sig" codec is Python and half as fast
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise DecodeError(
            f"input is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            line=line,
            column=column,
            code="invalid-utf8",
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def read_source(source: Source) -> str:
    """Return the text of *source*: ``str`` as is, bytes decoded as UTF-8 (BOM optional)."""
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray)):
        return _decode(bytes(source))
    if isinstance(source, os.PathLike):
        with open(source, "rb") as handle:
            return _decode(handle.read())
    data = source.read()
    return data if isinstance(data, str) else _decode(data)


_MOJIBAKE_MARKS = ("\u00c2", "\u00c3", "\u00c5")
"""Single characters (a one-character test is a fast scan): ``Â``, ``Ã``, ``Å``; ``â€`` is
tested as a pair only when ``€`` occurs."""


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252 (``Â·`` for ``·``, ``Ã¼`` for ``ü``).

    The repair is applied only when it is unambiguous: the whole text encodes as cp1252 and
    the bytes decode as valid UTF-8. Otherwise *text* is returned unchanged.
    """
    if not any(mark in text for mark in _MOJIBAKE_MARKS) and not (
        "\u20ac" in text and "\u00e2\u20ac" in text
    ):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def normalize(text: str, *, max_chars: int | None = None) -> str:
    """Return *text* with uniform line ends, spaces and Unicode forms.

    CRLF and lone CR become LF; a leading BOM, zero-width characters and soft hyphens are
    removed; no-break and other fixed-width spaces become plain spaces; text is put in
    Unicode NFC form (so a decomposed ``u`` + diaeresis equals ``ü``); UTF-8 that was
    misread as cp1252 is repaired when that is unambiguous (`repair_mojibake`). Nothing else
    changes: words, punctuation and LaTeX are kept exactly.
    """
    if max_chars is not None and len(text) > max_chars:
        raise LimitError(
            f"input has {len(text):,} characters, more than the limit of {max_chars:,}",
            code="input-too-large",
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    for char in _SPACES:
        if char in text:
            text = text.replace(char, " ")
    if not text.isascii():
        text = repair_mojibake(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return text


_SNIFF_LINES = 300
_SNIFF_CHARS = 65_536
"""The markdown sniff reads at most this many lines and characters of the start (a split
of the whole text would copy all of it, for three hundred lines)."""


@attrs.frozen
class Capture:
    """A page after the normalisation step: what every layout reads.

    ``text`` is plain text with LF line ends, with the same lines as the input (line numbers
    in diagnostics point into the capture as given); ``links`` holds the links that were
    taken out of markdown lines, by 1-based line number; ``markdown`` says whether the
    input was read as a markdown capture.
    """

    text: str
    links: dict[int, tuple[Link, ...]] = attrs.field(factory=dict)
    markdown: bool = False


def prepare(text: str, *, max_chars: int | None = None) -> Capture:
    """`normalize` *text*, then turn a markdown capture (a reader service's or an
    HTML-to-markdown converter's) into the plain lines a browser's copy would give."""
    text = normalize(text, max_chars=max_chars)
    head = text[:_SNIFF_CHARS].split("\n", _SNIFF_LINES)[:_SNIFF_LINES]
    if not looks_like_markdown(head):
        return Capture(text)
    plain, links = to_plain(text.split("\n"))
    return Capture("\n".join(plain), links, True)
