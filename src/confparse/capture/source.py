"""Inputs to text: `read_source` takes what the caller passed and gives its text.

A ``str`` is page text; bytes are UTF-8 (a BOM is allowed); a path or an open file is read.
"""

from __future__ import annotations

import os
from typing import IO, Union

from ..errors import DecodeError, UnreadableSource, WrongSourceType

__all__ = ["Source", "read_source", "source_name"]

Source = Union[str, bytes, bytearray, "os.PathLike[str]", IO[str], IO[bytes]]
"""What `confparse.parse` accepts: page text, UTF-8 bytes, a path, or an open file.

A plain ``str`` is always page text, never a file name: pass a `pathlib.Path` for a file.
"""


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
    """Return the text of *source*: ``str`` as is, bytes decoded as UTF-8 (BOM optional).

    Raises:
        UnreadableSource: a path or file that cannot be read (also an `OSError`).
        WrongSourceType: *source* is none of text, bytes, a path or an open file (also a
            `TypeError`). Both are `SourceError`.
        DecodeError: bytes that are not UTF-8.
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
