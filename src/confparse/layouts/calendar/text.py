"""The boxes of a calendar page in a text capture: a browser's copy, a text-mode browser's dump.

Without the markup, each line is read by its own text (`confparse.layouts.calendar.recognise`):
a day's header, a time box's time, a kind label (which opens an event box), a session's
title with its range (which opens a session box), its chairs, a list's header, a paper
with its time, an end (which closes the box). Any other line is the title of the box that
is open and has none, or opens a box of its own (``Registration Desk``, ``Break``).

Under a title, a line of names followed by the box's end is the speakers (one name alone
only where the capture does not wrap lines: in a text-mode browser's dump it may be the
title's last words); another line is the rest of a title that the capture tool wrapped. In
a list of papers, a line is a paper; where the capture keeps links, a line without one is
the rest of the paper above, and in a list of timed papers, a line without its time. A box
without a kind label and without an end, that holds one line, is a break.

A browser's copy keeps the collapsed lists of papers closed: it shows the sessions without
their papers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...capture.document import Document
from ..kit.fields import looks_like_authors
from ..kit.ledger import Ledger
from ..kit.links import is_paper_link
from .boxes import Block, Box, Item, TimeBox
from .recognise import (
    Day,
    read_block,
    read_chairs,
    read_clock,
    read_day,
    read_end,
    read_item,
    read_kind_label,
    read_session_title,
)

__all__ = ["is_calendar_text", "read_text_boxes"]

_DETECT_TIMES = 2
"""How many time boxes (a time line under a day's header) detection wants to see."""
_DETECT_ENDS = 2
"""How many end lines, ``(ends 9:50 AM)``, detection wants to see."""


def is_calendar_text(text: str) -> bool:
    """Whether the start of *text* is a calendar's text: a day's header, then time lines
    (`_DETECT_TIMES`) and end lines (`_DETECT_ENDS`)."""
    day = False
    times = ends = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or len(line) > 24:
            continue
        if not day:
            day = read_day(line) is not None
        elif read_clock(line) is not None:
            times += 1
        elif read_end(line) is not None:
            ends += 1
        if times >= _DETECT_TIMES and ends >= _DETECT_ENDS:
            return True
    return False


_NEXT_ITEM = re.compile(r"\s+(?=\[\d{1,2}:\d\d\]\s)")
"""Where a line holds the next paper of a timed list: a text-mode browser's dump, its
wrapped lines joined again by the capture stage, may hold two (``... Learning [8:30]
Online RL ...``)."""
SEPARATORS = ("\u00b7", "\u22c5")
"""What joins the speakers of an event: `` · `` (`` ⋅ `` on later sites)."""
_NAME_WORDS = 4


def _one_name(line: str) -> bool:
    """Whether *line* is one person's name (``Björn Ommer``): two to `_NAME_WORDS` words,
    each starting with a capital, without commas or ampersands (the rest of a wrapped title,
    ``Efforts, & Future Directions``, has them)."""
    words = line.split()
    return (
        2 <= len(words) <= _NAME_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(mark in line for mark in ",&:;")
    )


def _next_line(lines: list[str], index: int) -> str:
    for line in lines[index + 1 :]:
        if line:
            return line
    return ""


def _outside(ledger: Ledger, index: int) -> None:
    if index not in ledger.rules and not ledger.is_boilerplate(index):
        ledger.report(index, "outside-calendar", "line outside the calendar", severity="info")


class _Reader:
    """Reads the lines of a text capture into boxes, one line at a time."""

    def __init__(self, document: Document, ledger: Ledger) -> None:
        self.document = document
        self.ledger = ledger
        self.lines = ledger.stripped
        self.linked = bool(document.links)
        self.unwrapped = document.format != "text-browser"
        """A text-mode browser wraps long lines: there one name under a title may be the
        title's last words (``Generative AI``), and only names joined by `` · `` are read
        as the speakers."""
        self.boxes: list[Box] = []
        self.day: tuple[int, Day] | None = None
        self.time: TimeBox | None = None
        self.box: Box | None = None  # the open box
        self.previous = ""  # what the last line of the open box was read as

    def _open(self, index: int) -> Box:
        assert self.time is not None
        box = Box(self.time, index, index)
        self.boxes.append(box)
        self.box = box
        return box

    def _close(self) -> None:
        box = self.box
        if (
            box is not None
            and (box.shape, box.label, box.end, box.url) == ("event", None, None, None)
            and box.title is not None
            and box.first == box.last
        ):
            box.shape = "break"
        self.box = None

    def _url(self, index: int, papers: bool) -> str | None:
        for link in self.document.links_on(index):
            if not papers or is_paper_link(link.url):
                return link.url
        return None

    def read(self, index: int, line: str) -> bool:
        """Read line *index*; False when it is no field."""
        day = read_day(line)
        if day is not None and len(line) <= 24:
            self._close()
            self.day, self.time = (index, day), None
            return True
        if self.day is None:
            return False
        clock = read_clock(line)
        if clock is not None:
            self._close()
            self.time = TimeBox(index, clock, *self.day)
            return True
        if self.time is None:
            return False
        return self._in_box(index, line)

    def _in_box(self, index: int, line: str) -> bool:
        box = self.box
        if (label := read_kind_label(line)) is not None:
            self._close()
            box = self._open(index)
            box.label, self.previous = label, "label"
        elif (head := read_session_title(line)) is not None:
            self._close()
            box = self._open(index)
            box.shape, box.title, box.range = "session", head.title, head.range
            box.url, self.previous = self._url(index, False), "session"
        elif box is not None and (end := read_end(line)) is not None:
            box.end = (index, end)
            box.last = index
            self._close()
            return True
        elif box is not None and box.shape == "session":
            return self._in_session(box, index, line)
        elif box is not None and box.title is None:
            box.title, box.url, self.previous = line, self._url(index, False), "title"
        elif box is not None and self.previous == "title" and self._speakers(box, index, line):
            box.speakers, self.previous = line, "speakers"
        elif box is not None and self.previous == "title":
            assert box.title is not None
            box.title = f"{box.title} {line}"  # the rest of a wrapped title
        else:
            self._close()
            box = self._open(index)
            box.title, box.url, self.previous = line, self._url(index, False), "title"
        assert box is not None
        box.last = index
        return True

    def _speakers(self, box: Box, index: int, line: str) -> bool:
        """Whether *line*, under the title, is the speakers: names joined by `` · ``, or one
        name (see `_one_name`), with the box's end right under it."""
        named = any(mark in line for mark in SEPARATORS) or (self.unwrapped and _one_name(line))
        return (
            box.speakers is None
            and named
            and looks_like_authors(line)
            and read_end(_next_line(self.lines, index)) is not None
        )

    def _in_session(self, box: Box, index: int, line: str) -> bool:
        if box.chairs is None and not box.blocks and (chairs := read_chairs(line)):
            box.chairs = chairs
        elif (block := read_block(line)) is not None:
            box.blocks.append(Block(index, block[0], block[1]))
        elif not box.blocks:
            return False
        elif _NEXT_ITEM.search(line) is not None:  # papers a capture tool joined on one line
            for part in _NEXT_ITEM.split(line):
                self._in_session(box, index, part)
        elif (timed := read_item(line)) is not None:
            box.blocks[-1].items.append(Item(index, timed[0], timed[1]))
        else:
            url = self._url(index, True)
            items = box.blocks[-1].items
            if items and (items[0].clock is not None or (self.linked and url is None)):
                # the rest of a wrapped title: every paper of a timed list starts with its
                # time, and where the capture keeps links, every paper starts with its link
                items[-1].title = f"{items[-1].title} {line}"
            else:
                items.append(Item(index, None, line, url))
        box.last = index
        return True


def read_text_boxes(document: Document, ledger: Ledger) -> list[Box]:
    """The boxes of a calendar's text capture, in page order; a line that is no field is
    reported (outside the day columns as ``outside-calendar``, info)."""
    reader = _Reader(document, ledger)
    for index, last, line in _fields(document, ledger):
        if reader.read(index, line):
            ledger.use(index, last)
        elif reader.time is None:
            for at in range(index, last + 1):
                _outside(ledger, at)
        else:
            for at in range(index, last + 1):
                ledger.report(at, "unparsed-line", "line of a calendar box that is no field")
    reader._close()
    return reader.boxes


def _fields(document: Document, ledger: Ledger) -> Iterator[tuple[int, int, str]]:
    """The fields of the capture as (first line, last line, text). Each non-blank line is
    one, but in markdown, where a blank line ends a paragraph, the lines of a paragraph are
    one: a converter that keeps the page source's line breaks splits a field over lines
    (``[8:00]`` over a title over the title's last word; ``s`` over ``4:30-6:00``)."""
    stripped = ledger.stripped
    if document.format == "markdown":
        for first, last in ledger.paragraphs(0, len(stripped)):
            if first == last:
                yield first, last, stripped[first]
            else:
                yield first, last, " ".join(stripped[first : last + 1])
        return
    for index, line in enumerate(stripped):
        if line:
            yield index, index, line
