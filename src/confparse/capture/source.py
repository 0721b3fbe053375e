"""Inputs to text: `read_source` takes what the caller passed and gives its text.

A ``str`` is page text; bytes are UTF-8 (a BOM is allowed), UTF-16 or UTF-32 with their
BOM, or, in an HTML document that is not valid UTF-8, the charset its head declares; a path
or an open file is read.
"""

from __future__ import annotations

import codecs
import os
import plistlib
import re
from typing import IO, Union

from ..errors import DecodeError, UnreadableSource, WrongSourceType

__all__ = ["Source", "decoded", "read_source", "source_name", "web_codec"]

Source = Union[str, bytes, bytearray, "os.PathLike[str]", IO[str], IO[bytes]]
"""What `confparse.parse` accepts: page text, UTF-8 bytes, a path, or an open file.

A plain ``str`` is always page text, never a file name: pass a `pathlib.Path` for a file.
"""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # (before UTF-16's: it starts with the same two bytes)
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""The byte order marks of the other Unicode encodings, and the codec that reads each (a
page that a Windows shell wrote: PowerShell 5's ``Out-File`` and ``>`` write UTF-16)."""
_DECLARED = re.compile(rb"""<meta\b[^>]{0,500}?\bcharset\s*=\s*["']?\s*([-\w.:]{1,40})""", re.I)
"""The charset that an HTML document's ``<meta>`` declares (``<meta charset="…">``, or the
``content`` of ``http-equiv="Content-Type"``)."""
_DECLARED_BYTES = 1024
"""Where the declaration must stand: in the document's first kilobyte, as a browser's
prescan looks for it."""
_WEB_CHARSETS = {"iso8859-1": "cp1252", "ascii": "cp1252"}
"""Declared charsets that browsers read as another (by Python's codec names): Latin-1 and
ASCII are labels of windows-1252."""


_BINARY_KINDS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an office document, an EPUB or a .zip)"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"\x1f\x8b", "a gzip-compressed file"),
)
"""The starts of files that are no text, and what each is: named in the `DecodeError`."""


def web_codec(label: str) -> str | None:
    """The Python codec that reads text in the charset *label* as a browser reads it
    (Latin-1 and ASCII as windows-1252), or ``None`` for a label Python does not know."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WEB_CHARSETS.get(name, name)


def _declared_charset(data: bytes) -> str | None:
    """The codec of the charset an HTML document declares in its first kilobyte, when it
    is one that Python knows and not UTF-8, else ``None``."""
    found = _DECLARED.search(data, 0, _DECLARED_BYTES)
    name = web_codec(found.group(1).decode("ascii", "replace")) if found is not None else None
    return None if name is None or name.startswith("utf") else name


def _web_archive(data: bytes) -> str:
    """The HTML of a Safari web archive (``.webarchive``, Safari's "Save As" default: a binary
    property list whose main resource holds the page's bytes and their encoding's name)."""
    try:
        archive = plistlib.loads(data)
    except Exception as exc:  # (plistlib raises several kinds on a damaged list)
        raise DecodeError(f"a damaged web archive: {exc}", code="webarchive-unreadable") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise DecodeError("the web archive holds no page", code="webarchive-unreadable")
    label = main.get("WebResourceTextEncodingName")
    label = label if isinstance(label, str) else "utf-8"
    return decoded(
        main["WebResourceData"], label, "the web archive's page", "webarchive-unreadable"
    )


def decoded(data: bytes, label: str, what: str, code: str) -> str:
    """*data* decoded in the charset *label* (`web_codec`); a `DecodeError` with *code*
    that names *what* was read when the label is unknown or the bytes are not in it."""
    codec = web_codec(label)
    if codec is None:
        raise DecodeError(f"{what} names an unknown charset {label!r}", code=code)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{what} is not valid {label} ({exc.reason} at offset {exc.start})", code=code
        ) from None


def _decode(data: bytes) -> str:
    if data.startswith(b"bplist00"):
        return _web_archive(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)  # (the codec takes its BOM off)
            except UnicodeDecodeError as exc:
                good = data[: exc.start].decode(codec, "replace")
                raise DecodeError(
                    f"input is not valid {codec.upper()} after its byte order mark "
                    f"({exc.reason} at offset {exc.start})",
                    line=good.count("\n") + 1,
                    column=len(good) - good.rfind("\n"),
                    code="invalid-encoding",
                ) from None
    try:
        text = data.decode("utf-8")  # C; the "utf-8-sig" codec is Python and half as fast
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data)
        if declared is not None:
            try:  # an HTML document saved in the charset its head declares
                return data.decode(declared)
            except UnicodeDecodeError:
                pass
        for magic, kind in _BINARY_KINDS:
            if data.startswith(magic):
                raise DecodeError(
                    f"the input is {kind}, not a page's text: save the page as text, "
                    "markdown or HTML (or extract its text) and parse that",
                    code="binary-input",
                ) from None
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise DecodeError(
            f"input is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "decode it yourself and pass the text (a str) if you know its encoding",
            line=line,
            column=column,
            code="invalid-utf8",
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def read_source(source: Source) -> str:
    """Return the text of *source*: ``str`` as is, bytes decoded as UTF-8 (BOM optional),
    as UTF-16 or UTF-32 when their BOM starts them, or, when they are no valid UTF-8 and
    declare a charset as an HTML document's head does (``<meta charset="windows-1252">``,
    in the first kilobyte), as that charset. A Safari web archive (a binary property
    list) gives the HTML of its page.

    Raises:
        UnreadableSource: a path or file that cannot be read (also an `OSError`).
        WrongSourceType: *source* is none of text, bytes, a path or an open file (also a
            `TypeError`). Both are `SourceError`.
        DecodeError: bytes that are not UTF-8 (nor in their declared charset, nor in the
            encoding their BOM names); a damaged web archive (``webarchive-unreadable``).
    """
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _decode(bytes(source))
    if isinstance(source, os.PathLike):
        try:
            with open(source, "rb") as handle:
                return _decode(handle.read())
        except OSError as exc:
            raise UnreadableSource(
                f"cannot read {os.fspath(source)!r}: {exc.strerror or exc}"
            ) from exc
    read = getattr(source, "read", None)
    if not callable(read):
        raise WrongSourceType(
            f"a page is text (str), UTF-8 bytes, a path (pathlib.Path) or an open file, "
            f"not {type(source).__name__}"
        )
    try:
        data = read()
    except OSError as exc:
        raise UnreadableSource(f"cannot read the file: {exc}") from exc
    if isinstance(data, str):
        return data
    if isinstance(data, (bytes, bytearray)):
        return _decode(bytes(data))
    raise WrongSourceType(f"the file's read() gave {type(data).__name__}, not text or bytes")


def source_name(source: Source) -> str | None:
    """The file name of *source* when it is a path or a named file, else None."""
    if isinstance(source, (str, bytes, bytearray)):
        return None  # (before the `os.PathLike` check, which is an ABC's and slow)
    if isinstance(source, os.PathLike):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else None
