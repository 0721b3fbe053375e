"""Lines that a capture tool wraps around a page, known by their own text.

A reader service starts its markdown with ``Title:``, ``URL Source:`` (and sometimes
``Published Time:``) and ``Markdown Content:``; note-taking and clipping tools put the page
under a header of their own (``# Web source`` / ``- URL:`` / ``- Captured (UTC):`` and a
code fence; or ``# **Title**`` / ``**URL:**`` / ``**Page Title:**``); capture tools mark a cut
with ``[Content truncated]``; a text-mode browser ends its dump with a numbered
``References`` list of URLs. These lines are furniture of the capture, not of the page:
`wrapper_lines` names each, once, for every layout, by its own text, and `header_data`
keeps the page's URL and title that a header names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .document import Embedded

__all__ = ["header_data", "wrapper_lines"]

_HEADER_FIELDS = ("Title:", "URL Source:", "Published Time:", "Warning:", "Markdown Content:")
_HEADER_LINES = 12
"""A reader-service header stands in the first lines of a capture."""
_TRUNCATED = frozenset(("[Content truncated]", "[content truncated]", "[Truncated]"))
_REFERENCE = re.compile(r"\s{0,6}\d{1,5}\.\s{1,3}(?:https?|file|mailto|ftp):\S{1,2000}\s*")


def _reader_header(lines: list[str]) -> dict[int, str]:
    """The reader-service header: its ``Title:`` and ``URL Source:`` lines (both must be
    there, so that a page line that happens to start with "Title:" is not taken), the other
    fields of the header, and the ``Markdown Content:`` line that ends it."""
    head = lines[:_HEADER_LINES]
    if not any(line.startswith("URL Source:") for line in head):
        return {}
    found: dict[int, str] = {}
    for index, line in enumerate(head):
        if line.startswith(_HEADER_FIELDS):
            found[index] = "capture-header"
            if line.startswith("Markdown Content:"):
                break
        elif line.strip():
            break
    return found if any(lines[i].startswith("Title:") for i in found) or len(found) > 1 else {}


_CLIP_FIELDS = ("- URL:", "- Title:", "- Captured", "**URL:**", "**Page Title:**",
                "### (Raw Extraction Fallback)")  # fmt: skip
_FENCE = "```"


def _clipping_header(lines: list[str]) -> dict[int, str]:
    """A clipping tool's header: a heading line (``# Web source``, ``# **Title**``)
    followed by its ``URL:`` field, the other fields, a rule, and a code fence that wraps
    the page (its closing fence at the end is the wrapper's too)."""
    head = lines[:_HEADER_LINES]
    second = next((line for line in head[1:] if line.strip()), "")
    if not head[0].startswith("# ") or not second.startswith(_CLIP_FIELDS):
        return {}
    found = {0: "capture-header"}
    fenced = False
    for index in range(1, len(head)):
        line = head[index].strip()
        if line.startswith(_CLIP_FIELDS) or (line and set(line) <= set("-=*_") and len(line) >= 3):
            found[index] = "capture-header"
        elif line.startswith(_FENCE):
            found[index], fenced = "capture-header", True
            break
        elif line:
            break
    if fenced:
        last = len(lines) - 1
        while last > 0 and not lines[last].strip():
            last -= 1
        if lines[last].strip() == _FENCE:
            found[last] = "capture-header"
    return found


def _reference_list(lines: list[str]) -> dict[int, str]:
    """A text-mode browser's ``References`` list at the end: the heading and the numbered
    URL lines after it (a numbered line that is not a bare URL ends the list's claim)."""
    found: dict[int, str] = {}
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line.strip():
            continue
        if _REFERENCE.fullmatch(line):
            found[index] = "link-table"
            continue
        if found and line.strip() in ("References", "Visible links", "Hidden links:",
                                      "Visible links:", "Hidden links"):  # fmt: skip
            found[index] = "link-table"
            continue
        break
    return found if len(found) >= 2 else {}


def wrapper_lines(text: str, lines: list[str]) -> dict[int, str]:
    """The capture tool's own lines among *lines* (the lines of *text*), by 0-based index,
    with their rule names."""
    found = _reader_header(lines) if "URL Source:" in text[:4096] else {}
    if text.startswith("# "):
        found.update(_clipping_header(lines))
    if "runcated]" in text:
        for index, line in enumerate(lines):
            if line[:1] == "[" and line.strip() in _TRUNCATED:
                found[index] = "capture-truncated"
    tail = text[-2048:]  # a reference list ends the dump: its last line is a URL
    if "http" in tail or ":" in tail[-300:]:
        found.update(_reference_list(lines))
    return found


_URL_FIELDS = ("URL Source:", "- URL:", "**URL:**")
_TITLE_FIELDS = ("Title:", "- Title:", "**Page Title:**")


def header_data(lines: list[str], found: Mapping[int, str]) -> tuple[Embedded, ...]:
    """The page's URL and title that a capture tool's header names (*found*: the wrapper
    lines of `wrapper_lines`), as `Embedded` data of kinds ``url`` and ``title`` at their
    1-based line, as the HTML reader keeps a page's canonical link and ``<title>``."""
    data: list[Embedded] = []
    for index in sorted(found):
        if found[index] != "capture-header":
            continue
        line = lines[index].strip()
        for kind, fields in (("url", _URL_FIELDS), ("title", _TITLE_FIELDS)):
            field = next((field for field in fields if line.startswith(field)), None)
            value = line[len(field) :].strip() if field is not None else ""
            if value:
                data.append(Embedded(kind, value.split()[0] if kind == "url" else value, index + 1))
    return tuple(data)
