"""The one normalisation of text that every capture format shares.

Line ends, invisible characters (the delete control character too), fixed-width spaces,
Unicode NFC form and UTF-8 that was misread as cp1252: after `normalize`, the same page
captured by different tools compares equal character for character.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import filterfalse

from ..errors import LimitError

__all__ = ["is_normal", "normalize", "normalize_chars", "repair_mojibake"]

# Characters that a capture tool leaves in the text but that carry no meaning for us.
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
_SPACES = ("\u00a0", "\u2007", "\u202f", "\u3000")
_DELETE = "\x7f"
"""The delete control character: a page's source may hold it, and a browser shows nothing
for it (lynx drops it too); it is taken out like the invisible characters."""


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


_MARK_RUN = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u1ab0-\u1aff"
    "\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{32,}"
)
"""A run of combining marks longer than any script writes (32 and more)."""
_MARK_PIECE = 16


def _nfc(text: str) -> str:
    """``unicodedata.normalize("NFC", text)``, in linear time.

    Canonical reordering is quadratic in the length of a run of combining marks (a long
    run in non-canonical order takes minutes per megabyte). Such runs occur in no writing
    system; they are normalised in pieces of 16 marks, which orders the marks within each
    piece only. Every other part of the text is exactly NFC.
    """
    if _MARK_RUN.search(text) is None:
        return unicodedata.normalize("NFC", text)
    pieces: list[str] = []
    at = 0
    for run in _MARK_RUN.finditer(text):
        pieces.append(unicodedata.normalize("NFC", text[at : run.start() + _MARK_PIECE]))
        for start in range(run.start() + _MARK_PIECE, run.end(), _MARK_PIECE):
            pieces.append(
                unicodedata.normalize("NFC", text[start : min(start + _MARK_PIECE, run.end())])
            )
        at = run.end()
    pieces.append(unicodedata.normalize("NFC", text[at:]))
    return "".join(pieces)


def normalize(text: str, *, max_chars: int | None = None) -> str:
    """Return *text* with uniform line ends, spaces and Unicode forms.

    CRLF and lone CR become LF; a leading BOM, zero-width characters and soft hyphens are
    removed; no-break and other fixed-width spaces become plain spaces; text is put in
    Unicode NFC form (so a decomposed ``u`` + diaeresis equals ``ü``); UTF-8 that was
    misread as cp1252 is repaired when that is unambiguous (`repair_mojibake`). Nothing else
    changes: words, punctuation and LaTeX are kept exactly.
    """
    text = normalize_chars(text, max_chars=max_chars, wide_space=True)
    return text if is_normal(text) else _nfc(text)


_WIDE_SPACE = "\u3000"
"""The ideographic space: in a text of two-byte characters, a search for it is a slow scan
(its low byte, 0, is every ASCII character's high byte: 2.6 µs on an awards page, where
the other characters take 0.1 µs each)."""


def normalize_chars(text: str, *, max_chars: int | None = None, wide_space: bool) -> str:
    """The steps of `normalize` that change characters: line ends, invisible characters,
    fixed-width spaces and mojibake, in that order; not the Unicode form (`is_normal`).

    *wide_space* false leaves the ideographic space (``U+3000``) too, for the capture stage:
    it looks for it, with the form, on the lines that it splits anyway (`is_normal`). The
    mojibake repair of a text that holds it changes nothing (cp1252 has no such character),
    so `normalize` of the text this gives is `normalize` of *text*.

    Raises:
        LimitError: more than *max_chars* characters.
    """
    if max_chars is not None and len(text) > max_chars:
        raise LimitError(
            f"input has {len(text):,} characters, more than the limit of {max_chars:,}",
            code="input-too-large",
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _DELETE in text:  # a control character that no browser shows (a name's "Y\x7faniv")
        text = text.replace(_DELETE, "")
    if text.isascii():
        return text
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    for char in _SPACES:
        if (wide_space or char != _WIDE_SPACE) and char in text:
            text = text.replace(char, " ")
    return repair_mojibake(text)


_PIECE = 4096
"""`is_normal` reads a text without its lines in pieces of about this many characters."""


def is_normal(text: str, lines: list[str] | None = None) -> bool:
    """Whether *text*, after `normalize_chars`, is all that `normalize` makes of it: in
    Unicode NFC form, and without an ideographic space. *lines*, when given, are its lines.

    A line end neither composes with a neighbour nor takes part in reordering, so a text
    is NFC when each of its lines is; and ASCII is NFC. Only the lines that are not ASCII
    are read, joined (an awards page: 12 µs → 5 µs); without *lines*, the pieces between
    line ends that are not ASCII (a 250 kB listing with two such lines: 270 µs → 50 µs),
    one at a time, so that no more than a piece is copied.
    """
    if text.isascii():
        return True
    if lines is not None:
        return _is_normal_piece("\n".join(filterfalse(str.isascii, lines)))
    start = 0
    while True:
        end = text.find("\n", start + _PIECE)
        piece = text[start:] if end < 0 else text[start:end]
        if not piece.isascii() and not _is_normal_piece(piece):
            return False
        if end < 0:
            return True
        start = end + 1


def _is_normal_piece(piece: str) -> bool:
    return _WIDE_SPACE not in piece and unicodedata.is_normalized("NFC", piece)
