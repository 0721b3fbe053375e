"""The boxes of a calendar page in a text capture: a browser's copy, a text-mode browser's dump.

Without the markup, each line is read by its own text (`confparse.layouts.calendar.recognise`):
a day's header, a time box's time, a kind label (which opens an event box), a session's
title with its range (which opens a session box), its chairs, a list's header, a paper
with its time, an end (which closes the box). Any other line is the title of the box that
is open and has none, or opens a box of its own (``Registration Desk``, ``Break``).

A text-mode browser's dump is read as the browser printed it (see
`confparse.layouts.kit.wrapping`): the lines that the capture joined are taken apart
again, and where a line's first word would have fit on the line above, the browser did not
break the line above there, so the line is a field of its own.

Under a title, a line of names followed by the box's end is the speakers (one name alone
only on a line of its own: in a text-mode browser's dump, where its first word would not
have fit on the title's line, it may be the title's last words); another line is the rest
of a title that the capture tool wrapped. In a list of papers, a line is a paper; where the
capture keeps links, a line without one is the rest of the paper above, and in a list of
timed papers, a line without its time. In a wrapped dump's list of papers without links or
times, a line whose first word would not have fit on the line above goes on with it where
that line stops in the middle of a title or the line starts in lower case, and where it is
short; see `_Reader._rest_of_paper`. A box without a kind label and without an end, that
holds one line, is a break.

A browser's copy keeps the collapsed lists of papers closed: it shows the sessions without
their papers.
"""

from __future__ import annotations

import re

from ...capture.document import Document
from ..kit.fields import looks_like_authors
from ..kit.ledger import Ledger
from ..kit.links import is_paper_link
from ..kit.paragraphs import Field, markdown_fields
from ..kit.wrapping import Printed, Printing
from .boxes import Block, Box, Item, TimeBox
from .recognise import (
    Day,
    has_lone_piece,
    piece_of,
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


_OPEN_WORDS = frozenset(
    ("a", "an", "the", "of", "for", "and", "or", "in", "on", "with", "via", "to", "from",
     "by", "at", "as", "into", "than", "its", "their", "&", "vs.")
)  # fmt: skip
"""Words that a title does not end with: a line that ends with one goes on below."""
_NAMED = re.compile(r"\S+:\s|\S+ \S+:\s")
"""A title that starts with its name, ``FETV: A Benchmark ...``."""


def _goes_on(above: str) -> bool:
    """Whether the line *above* stops in the middle of a title: it ends with a word that no
    title ends with (`_OPEN_WORDS`), or a hyphen, colon or comma."""
    if above[-1:] in "-:,":
        return True
    words = above.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _OPEN_WORDS


def _outside(ledger: Ledger, index: int) -> None:
    if index not in ledger.rules and not ledger.is_boilerplate(index):
        ledger.report(index, "outside-calendar", "line outside the calendar", severity="info")


class _Reader:
    """Reads the fields of a text capture into boxes, one field at a time."""

    def __init__(self, document: Document, printing: Printing) -> None:
        self.document = document
        self.printing = printing
        self.linked = bool(document.links)
        self.unwrapped = document.format != "text-browser"
        """A text-mode browser wraps long lines: there one name under a title may be the
        title's last words (``Generative AI``); it is read as the speakers where its first
        word would have fit on the title's line (`Printing.fits`)."""
        self.boxes: list[Box] = []
        self.day: tuple[int, Day] | None = None
        self.time: TimeBox | None = None
        self.box: Box | None = None  # the open box
        self.previous = ""  # what the last line of the open box was read as
        self.above: Printed | None = None  # the last field of the open box
        self.after_blank = False  # whether a blank line stands above the field being read

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

    @staticmethod
    def _url(field: Field, papers: bool) -> str | None:
        for link in field.links:
            if not papers or is_paper_link(link.url):
                return link.url
        return None

    def read(self, field: Field, following: str) -> bool:
        """Read *field* (*following*: the text of the next field); False when it is no
        field of the calendar."""
        index, line = field.first, field.text
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
        read = self._in_box(field, following)
        self.above = Printed(line, field.links) if self.box is not None else None
        return read

    def _in_box(self, field: Field, following: str) -> bool:
        index, line = field.first, field.text
        box = self.box
        if (label := read_kind_label(line)) is not None:
            self._close()
            box = self._open(index)
            box.label, self.previous = label, "label"
        elif (head := read_session_title(line)) is not None:
            self._close()
            box = self._open(index)
            box.shape, box.title, box.range = "session", head.title, head.range
            box.url, self.previous = self._url(field, False), "session"
        elif box is not None and (end := read_end(line)) is not None:
            box.end = (index, end)
            box.last = field.last
            self._close()
            return True
        elif box is not None and box.shape == "session":
            return self._in_session(box, field)
        elif box is not None and box.title is None:
            box.title, box.url, self.previous = line, self._url(field, False), "title"
        elif box is not None and self.previous == "title" and self._speakers(box, line, following):
            box.speakers, self.previous = line, "speakers"
        elif box is not None and self.previous == "title":
            assert box.title is not None
            box.title = f"{box.title} {line}"  # the rest of a wrapped title
        else:
            self._close()
            box = self._open(index)
            box.title, box.url, self.previous = line, self._url(field, False), "title"
        assert box is not None
        box.last = field.last
        return True

    def _own_line(self, line: str) -> bool:
        """Whether *line* stands on a line of its own, not the rest of the line above: the
        capture does not wrap lines, or the browser would have had room for its first word
        on the line above (`Printing.fits`)."""
        above = self.above
        return self.unwrapped or (above is not None and self.printing.fits(above, line) is True)

    def _speakers(self, box: Box, line: str, following: str) -> bool:
        """Whether *line*, under the title, is the speakers: names joined by `` · ``, or one
        name (see `_one_name`) on a line of its own (`_own_line`), with the box's end right
        under it."""
        named = any(mark in line for mark in SEPARATORS) or (
            _one_name(line) and self._own_line(line)
        )
        return (
            box.speakers is None
            and named
            and looks_like_authors(line)
            and read_end(following) is not None
        )

    def _rest_of_paper(self, line: str, url: str | None, timed: bool) -> bool:
        """Whether *line* of a list of papers goes on with the paper above. Every paper of a
        timed list starts with its time, and where the capture keeps links, with its link.
        Else, in a wrapped dump, a line is a paper of its own where its first word would
        have fit on the line above (`Printing.fits`); where it would not have, the line
        above ended there or was broken there, and the line goes on with it where the line
        above stops in the middle of a title (`_goes_on`) or the line starts in lower case;
        it is a paper of its own where it starts with a name and a colon (``FETV: ...``) or
        holds half the width or more (a title's last words mostly fill less). A line
        after a blank line is a paper of its own: the blank line ended the paragraph."""
        if timed or self.linked:
            return timed or url is None
        if self.after_blank:
            return False  # a capture breaks no title over a blank line (pandoc's plain text)
        above, width = self.above, self.printing.width
        if above is None or width is None or self.printing.fits(above, line) is not False:
            return False
        if _goes_on(above.text) or line[:1].islower():
            return True
        return _NAMED.match(line) is None and 2 * len(line) < width

    def _in_session(self, box: Box, field: Field) -> bool:
        index, line = field.first, field.text
        if box.chairs is None and not box.blocks and (chairs := read_chairs(line)):
            box.chairs = chairs
        elif (block := read_block(line)) is not None:
            box.blocks.append(Block(index, block[0], block[1]))
        elif not box.blocks:
            return False
        elif _NEXT_ITEM.search(line) is not None:  # papers a capture tool joined on one line
            for part in _NEXT_ITEM.split(line):
                self._in_session(box, field._replace(text=part))
        elif (timed := read_item(line)) is not None:
            box.blocks[-1].items.append(Item(index, timed[0], timed[1]))
        else:
            url = self._url(field, True)
            items = box.blocks[-1].items
            if items and self._rest_of_paper(line, url, items[0].clock is not None):
                items[-1].title = f"{items[-1].title} {line}"  # the rest of a wrapped title
            else:
                items.append(Item(index, None, line, url))
        box.last = field.last
        return True


def read_text_boxes(document: Document, ledger: Ledger) -> list[Box]:
    """The boxes of a calendar's text capture, in page order; a line that is no field is
    reported (outside the day columns as ``outside-calendar``, info)."""
    reader = _Reader(document, Printing(document, ledger.stripped))
    fields = _fields(document, ledger, reader.printing)
    for number, field in enumerate(fields):
        following = fields[number + 1].text if number + 1 < len(fields) else ""
        reader.after_blank = number > 0 and field.first > fields[number - 1].last + 1
        if reader.read(field, following):
            ledger.use(field.first, field.last)
        elif reader.time is None:
            for at in range(field.first, field.last + 1):
                _outside(ledger, at)
        else:
            for at in range(field.first, field.last + 1):
                ledger.report(at, "unparsed-line", "line of a calendar box that is no field")
    reader._close()
    return reader.boxes


def _fields(document: Document, ledger: Ledger, printing: Printing) -> list[Field]:
    """The fields of the capture, in order. Each non-blank line is one, or, in a text-mode
    browser's dump, each line the browser printed (`Printing.lines`: the capture may have
    joined two fields). In markdown, each paragraph (`markdown_fields`): a converter that
    keeps the page source's line breaks splits a field over lines (``[8:00]`` over a title
    over the title's last word; ``s`` over ``4:30-6:00``)."""
    if document.format == "markdown":
        return markdown_fields(document, ledger)
    fields = _line_fields(document, ledger, printing)
    return _with_pieces_joined(fields) if has_lone_piece(document.text) else fields


def _line_fields(document: Document, ledger: Ledger, printing: Printing) -> list[Field]:
    """The fields of a capture that is no markdown: a field a line (see `_fields`); in a
    plain capture, a line that starts with a tab right under another line goes on that
    line: an extractor that keeps the page source's text nodes as they are (BeautifulSoup's
    ``get_text``) keeps a line break inside one with the source's indentation after it
    (``Cutting-Edge AI Approaches for`` over tabs and ``IT Diagnosis``), where the source's
    whitespace between two elements gives a blank line."""
    stripped, raw = ledger.stripped, document.lines
    plain = document.format == "plain" and "\t" in document.text  # (searched in C)
    last = len(stripped) - 1
    fields: list[Field] = []
    for index, line in enumerate(stripped):
        if not line:
            continue
        if plain and fields and fields[-1].last == index - 1 and _tab_indented(raw[index]):
            above = fields[-1]
            text = f"{above.text} {line}"
            fields[-1] = Field(above.first, index, text, above.links + document.links_on(index))
            continue
        if printing.joined(index) > 1 and not (
            0 < index < last and not stripped[index - 1] and not stripped[index + 1]
        ):
            fields.extend(Field(index, index, *printed) for printed in printing.lines(index, line))
        else:
            fields.append(Field(index, index, line, document.links_on(index)))
    return fields


def _tab_indented(line: str) -> bool:
    """Whether *line* starts with whitespace that holds a tab (the page source's)."""
    return line[:1] in " \t" and "\t" in line[: len(line) - len(line.lstrip())]


_PLURAL = "s"
"""The plural mark that the site adds to a list's kind (``Oral`` and ``s``: ``Orals``),
which an extractor prints on a line of its own, over the list's range."""
_BLOCK_KIND = re.compile(r"[A-Za-z][A-Za-z \-]{0,23}")
"""The papers' kind over the plural mark (``Oral``, ``Spotlight Poster``): words only."""


def _with_pieces_joined(fields: list[Field]) -> list[Field]:
    """*fields* with the pieces of a session box's lines that an extractor printing a text
    node a line (BeautifulSoup's ``get_text``) prints alone (`piece_of`) joined back: the
    session's range to its title above (``Creative AI Performances 1`` over
    ``[4:30-6:00]``), a list's range to its plural mark above and the papers' kind over
    that (``Oral`` over ``s`` over ``8:00-8:45``: ``Orals 8:00-8:45``), a paper's clock
    to its title below (``[4:30]`` over ``Voice Scroll``)."""
    joined: list[Field] = []
    clock: Field | None = None  # a paper's clock, waiting for its title
    for field in fields:
        piece = piece_of(field.text)
        if clock is not None:
            if piece is None:
                field = _joined(clock, field, " ")
            else:
                joined.append(clock)
            clock = None
        if piece == "clock":
            clock = field
            continue
        above = joined[-1] if joined else None
        if piece == "range" and above is not None:
            joined[-1] = _joined(above, field, " ")
            continue
        if piece == "block" and above is not None and above.text == _PLURAL:
            joined[-1] = _joined(above, field, " ")
            if len(joined) > 1 and _BLOCK_KIND.fullmatch(joined[-2].text):
                kind = joined.pop(-2)
                joined[-1] = _joined(kind, joined[-1], "")
            continue
        joined.append(field)
    if clock is not None:
        joined.append(clock)
    return joined


def _joined(first: Field, second: Field, space: str) -> Field:
    """Fields *first* and *second* as one, their texts joined by *space*."""
    text = f"{first.text}{space}{second.text}"
    return Field(first.first, second.last, text, first.links + second.links)
