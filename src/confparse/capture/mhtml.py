"""A page saved as one web archive file: MHTML ("Webpage, Single File" in Chrome and Edge).

The file is a MIME message (RFC 2557): a header that names the page (``From: <Saved by
Blink>``, ``Snapshot-Content-Location: https://…``, ``Subject: <title>``), then the page's
HTML and each of its pictures and style sheets as one part each, between boundary lines.
The HTML part is mostly quoted-printable: ``=3D`` for ``=``, and a line longer than 76
characters broken by a soft line break, ``=`` at its end. `read_mhtml` decodes that part
and reads it as HTML (`read_html`); each line of the document keeps the line of the file
where it stands, through the soft breaks, so that a diagnostic names the line the user
has. The archive's other parts are no text of the page: they are not read.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re

import attrs

from ..errors import DecodeError
from .document import Document, Embedded
from .html import read_html
from .source import decoded

__all__ = ["looks_like_mhtml", "read_mhtml"]

_HEADER_CHARS = 4096
"""How much of the file's start its MIME header may take."""
_MULTIPART = re.compile(r"^content-type:\s*multipart/related\b", re.IGNORECASE | re.MULTILINE)
_BOUNDARY = re.compile(r"""\bboundary\s*=\s*(?:"([^"\n]{1,200})"|([^\s;"]{1,200}))""", re.I)
_FIELD_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,75}:")
"""A header field's name and its colon, which start a MIME message's first line."""
_LOCATION = re.compile(
    r"^(?:x-)?snapshot-content-location:\s*(\S+)\s*$", re.IGNORECASE | re.MULTILINE
)
"""The page's address in the header (``X-Snapshot-Content-Location`` in older Chrome)."""


def _header(text: str) -> str:
    """The file's MIME header: its lines up to the first blank one (in its first
    `_HEADER_CHARS` characters), folded lines joined."""
    end = text.find("\n\n", 0, _HEADER_CHARS)
    header = text[: end if end >= 0 else _HEADER_CHARS]
    return re.sub(r"\n[ \t]+", " ", header)


def looks_like_mhtml(head: str) -> bool:
    """Whether a capture is a web archive: its first line is a MIME header field and its
    header says ``MIME-Version`` and ``Content-Type: multipart/related`` with a boundary."""
    if _FIELD_NAME.match(head) is None:
        return False
    header = _header(head)
    return (
        "mime-version:" in header.lower()
        and _MULTIPART.search(header) is not None
        and _BOUNDARY.search(header) is not None
    )


@attrs.frozen
class _Part:
    """A part of the archive: its header fields (names in lower case) and the 0-based
    index of its body's first line and of the line after its last."""

    fields: dict[str, str]
    start: int
    stop: int


def _parts(lines: list[str], boundary: str) -> list[_Part]:
    """The parts between the ``--boundary`` lines of *lines*."""
    marker, parts = "--" + boundary, []
    starts = [i for i, line in enumerate(lines) if line.rstrip().startswith(marker)]
    for first, after in zip(starts, [*starts[1:], len(lines)], strict=True):
        fields: dict[str, str] = {}
        index, name = first + 1, ""
        while index < after and lines[index].strip():
            line = lines[index]
            if line[:1] in " \t" and name:
                fields[name] += " " + line.strip()
            elif ":" in line:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                fields[name] = value.strip()
            index += 1
        parts.append(_Part(fields, min(index + 1, after), after))
    return parts


def _decoded(part: _Part, lines: list[str]) -> tuple[str, list[int]]:
    """The text of *part* decoded, and for each of its lines the 0-based index of the line
    of *lines* where it starts: a quoted-printable line that ends with a soft break ``=``
    goes on on the next one. A base64 body maps all its lines to its first line."""
    body = lines[part.start : part.stop]
    encoding = part.fields.get("content-transfer-encoding", "").lower()
    charset = _charset(part.fields.get("content-type", ""))
    if encoding == "base64":
        try:
            data = base64.b64decode("".join(body), validate=False)
        except (binascii.Error, ValueError) as exc:
            raise DecodeError(
                f"the archive's HTML part is no base64: {exc}", code="mhtml-undecodable"
            ) from None
        text = _text(data, charset)
        return text, [part.start] * (text.count("\n") + 1)
    if encoding != "quoted-printable":
        return "\n".join(body), list(range(part.start, part.start + len(body)))
    starts: list[int] = []
    at_start = True
    for index, line in enumerate(body, part.start):
        if at_start:
            starts.append(index)
        at_start = not line.rstrip(" \t").endswith("=")  # a soft break: the line goes on
    data = quopri.decodestring("\n".join(body).encode("utf-8", "surrogateescape"))
    text = _text(data, charset)
    if text.count("\n") + 1 != len(starts):  # an encoded line end (=0A): lines shifted
        starts = [part.start] * (text.count("\n") + 1)
    return text, starts


def _charset(content_type: str) -> str:
    found = re.search(r"""charset\s*=\s*"?([-\w.:]{1,40})""", content_type, re.IGNORECASE)
    return found.group(1) if found is not None else "utf-8"


def _text(data: bytes, charset: str) -> str:
    return decoded(data, charset, "the archive's HTML part", "mhtml-undecodable")


def read_mhtml(text: str) -> Document:
    """Read web archive *text* (normalised) as the `Document` of its HTML part (format
    ``"html"``), its lines mapped to the archive's lines, and the page's address that its
    header names (``Snapshot-Content-Location``) as embedded data (kind ``url``).

    Raises:
        DecodeError: the HTML part cannot be decoded, or the archive holds none.
    """
    header = _header(text)
    boundary = _BOUNDARY.search(header)
    assert boundary is not None  # (`looks_like_mhtml` said so)
    lines = text.split("\n")
    html_parts = [
        part
        for part in _parts(lines, boundary.group(1) or boundary.group(2))
        if part.fields.get("content-type", "").lower().startswith("text/html")
    ]
    if not html_parts:
        raise DecodeError("the web archive holds no HTML part", code="mhtml-without-html")
    html, starts = _decoded(html_parts[0], lines)
    document = read_html(html)
    origin = document.origin or tuple(range(1, len(document.lines) + 1))

    def line_of(number: int) -> int:  # a line of the HTML part -> a line of the archive
        return starts[min(max(number, 1), len(starts)) - 1] + 1

    embedded = tuple(attrs.evolve(item, line=line_of(item.line)) for item in document.embedded)
    location = _LOCATION.search(header)
    if location is not None and location.group(1).startswith(("http://", "https://")):
        number = next(
            (i for i, line in enumerate(lines, 1) if _LOCATION.match(line) is not None), 1
        )
        embedded += (Embedded("url", location.group(1), number),)
    return attrs.evolve(
        document, origin=tuple(line_of(number) for number in origin), embedded=embedded
    )
