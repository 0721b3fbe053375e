"""How a text-mode browser printed a page's lines: at what width, and which lines.

A browser (lynx, w3m, elinks, links) breaks a line where its next word would pass the right
edge, and prints the fields of a calendar's box or of an event card on lines of their own,
at one indent, without a blank line between them. The capture stage
(`confparse.capture.textdump`) joins a broken line to the next by the only sign a dump
gives, that the next line's first word would not have fit on it; in a calendar or a card
that sign also holds where a long field simply ended, and the capture joined two fields
(two posters' titles, one after the other; a card's time and the title under it). The
calendar and cards readers take back the lines as the browser printed them
(`Printing.lines`) and read each:

- where a capture keeps links, a joined line that holds several links is a line per link
  (every title starts with its link); a line without links is wrapped again at the
  browser's width: each line a browser prints is the longest run of words that fits, so
  wrapping the joined text again gives back its lines; a line with one link is wrapped
  again with the link's number back in front of its text;
- whether a line's first word would have fit on the line above (`Printing.fits`) says that
  the browser did not break the line above there: the line is a field of its own. Where it
  would not have fit, the line above may be broken there or may end there: the width does
  not say which.

The width is that of the widest line the capture did not join (without a link: a link's
number, which the capture takes off, took room on its line); a line with a link may have
had a number of up to `Printing.marker` characters before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ...capture.document import Document
from ...models import Link

__all__ = ["WRAPPED_WIDTH", "Printed", "Printing", "first_word"]


WRAPPED_WIDTH = 25
"""The least width of a title's line that a capture wrapped: its lines above the last run
close to the capture's width (a browser's edge, a converter's width, a page source's line
of markup), where the last line of an abstract above it may be short (``HELM codebase``,
a link's text): such a line is the abstract's end, not the title's start."""


class Printed(NamedTuple):
    """A line as the browser printed it: its text, and the links on it."""

    text: str
    links: tuple[Link, ...]


def first_word(line: str) -> str:
    """The first word of *line* (``""`` for a blank line)."""
    words = line.split(None, 1)
    return words[0] if words else ""


class Printing:
    """The width at which a text-mode browser printed a capture's lines (``None`` when the
    capture is no wrapped dump) and the widest link number it printed before a link."""

    __slots__ = ("document", "marker", "width")

    def __init__(self, document: Document, lines: Sequence[str]) -> None:
        self.document = document
        links = sum(map(len, document.links.values()))
        self.marker = len(f"[{links}]") if links else 0
        self.width = _width(document, lines) if document.format == "text-browser" else None

    def joined(self, index: int) -> int:
        """How many printed lines the capture joined into line *index*."""
        origin = self.document.origin
        if origin is None or index + 1 >= len(origin):
            return 1
        return max(origin[index + 1] - origin[index], 1)

    def lines(self, index: int, line: str) -> list[Printed]:
        """The lines the browser printed that the capture joined into line *index* (stripped
        *line*): one line per link when it holds several, else the text wrapped again at
        the width when that gives as many lines as were joined; else the line itself."""
        links = self.document.links_on(index)
        count = self.joined(index)
        if count > 1 and len(links) > 1:
            return _at_links(line, links)
        if count > 1 and self.width is not None:
            if not links:
                parts = [Printed(part, ()) for part in wrap(line, self.width)]
            else:
                parts = _around_link(line, links[0], self.width, self.marker)
            if len(parts) == count:
                return parts
        return [Printed(line, links)]

    def fits(self, above: Printed, line: str) -> bool | None:
        """Whether the first word of *line* would have fit on the line *above*, so that the
        browser did not break *above* there; ``None`` when the width is not known."""
        if self.width is None:
            return None
        room = self.marker if above.links else 0
        return len(above.text) + room + 1 + len(first_word(line)) <= self.width


def wrap(text: str, width: int) -> list[str]:
    """*text* broken as a browser breaks it: each line the longest run of its words that
    fits in *width* columns (a longer word on a line of its own)."""
    parts: list[str] = []
    current = ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = f"{current} {word}"
        else:
            parts.append(current)
            current = word
    if current:
        parts.append(current)
    return parts


_MARK = "\x00"
"""What stands for a link's number while a line is wrapped again (no text holds it)."""


def _around_link(line: str, link: Link, width: int, marker: int) -> list[Printed]:
    """*line*, which holds one *link*, wrapped again at *width* with the link's number
    (*marker* characters, glued to the link's first word as the browser prints it) back in
    front of its text: the line with the number has the link. A parent session's link that
    ends its line, over the names that the capture joined to it, is so taken apart (``In
    [120]Algorithms -- … PCA)`` over ``Wei Wang · …``). Only a link whose text runs from
    within the line to its end is read so, as a dump that numbers its links gives it (the
    text runs from the number to the next one); a link whose text starts the line or stops
    before its end (a converter that writes the URL after the text) leaves the line as it
    is."""
    text = link.text
    start = len(line) - len(text) if text and line.endswith(text) else 0
    if start <= 0 or line[start - 1] != " ":
        return [Printed(line, (link,))]
    parts = wrap(f"{line[:start]}{_MARK * marker}{line[start:]}", width)
    return [
        Printed(part.replace(_MARK, ""), (link,)) if _MARK in part else Printed(part, ())
        for part in parts
    ]


def _at_links(line: str, links: tuple[Link, ...]) -> list[Printed]:
    """*line* split where each of its *links* after the first starts (its text, which runs
    to the next link); the text before the second link stays with the first."""
    starts = [0]
    at = 0
    for link in links[1:]:
        found = line.find(link.text, at) if link.text else -1
        if found <= at:
            return [Printed(line, links)]  # a link whose text is not where it should be
        starts.append(found)
        at = found
    starts.append(len(line))
    return [
        Printed(line[start:stop].strip(), (link,))
        for start, stop, link in zip(starts[:-1], starts[1:], links, strict=True)
    ]


def _width(document: Document, lines: Sequence[str]) -> int | None:
    """The widest of *lines* (the document's, stripped) that holds a space, that the capture
    did not join and that holds no link, outside the capture tool's own lines. The last
    line is left out when the capture joined lines: the map back to the input does not say
    whether it was joined (a dump that ends inside a list of titles ends on a joined one)."""
    origin = document.origin
    links = document.links
    furniture = document.furniture
    last = len(lines) - 1
    widest = 0
    for index, line in enumerate(lines):
        if len(line) <= widest or index in links or index in furniture or " " not in line:
            continue
        if origin is not None and (index == last or origin[index + 1] - origin[index] != 1):
            continue
        widest = len(line)
    return widest or None
