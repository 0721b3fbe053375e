"""The boxes of a calendar page saved as HTML, read from its markup and its lines' text.

The markup nests a day column (``div.container2``, its header ``div.hdrbox``), its time
boxes (``div.timebox`` with ``div.time``) and in each the boxes: an event box
(``div.eventsession``: ``div.hdr-style`` kind label, ``div.title-style`` title link,
``div.speaker-style`` speakers, an end line), a break (the box's own text, in no element of
its own: ``Break``) or a session box (``div.sessiontitle`` title with its range, a chairs
line, ``div.subevent-header`` and ``div.content`` papers in a collapsed ``details``, and a
``div.hours`` end line). A line's element says what it holds (`role_of`); its text is read
by the readers of `confparse.layouts.calendar.recognise`, which say no to a line of
another shape.
"""

from __future__ import annotations

from ...capture.document import Document, Element, Hint
from ..kit.ledger import Ledger
from ..kit.links import is_paper_link
from .boxes import Block, Box, Item, TimeBox
from .recognise import (
    Day,
    Role,
    read_block,
    read_chairs,
    read_clock,
    read_day,
    read_end,
    read_item,
    read_kind_label,
    read_session_title,
    role_of,
)

__all__ = ["box_element", "read_markup"]


def box_element(hint: Hint) -> tuple[Element, Element] | None:
    """The time box that holds the line of *hint* and the element right inside it (the
    time line's element or the box's), or ``None`` for a line in no time box."""
    chain = (*hint.ancestors, hint.element)
    for at in range(len(chain) - 2, -1, -1):
        if "timebox" in chain[at].classes:
            return chain[at], chain[at + 1]
    return None


def _url(document: Document, index: int) -> str | None:
    return next((link.url for link in document.links_on(index)), None)


def _outside(ledger: Ledger, index: int) -> None:
    if index not in ledger.rules and not ledger.is_boilerplate(index):
        ledger.report(index, "outside-calendar", "line outside the calendar", severity="info")


def _read_line(document: Document, ledger: Ledger, box: Box, index: int, own: bool) -> bool:
    """Read line *index* of *box* into it; False when it is no field of a box. *own* says
    the text stands in the box's element itself, in no element of its own (a break)."""
    line = ledger.stripped[index]
    role = role_of(document.hints.get(index))
    if role is Role.KIND and box.label is None and (label := read_kind_label(line)):
        box.label = label
    elif role is Role.TITLE and box.title is None:
        box.title, box.url = line, _url(document, index)
    elif role is Role.SPEAKERS and box.speakers is None:
        box.speakers = line
    elif role is Role.SESSION_TITLE and box.title is None and (head := read_session_title(line)):
        box.shape, box.title, box.range = "session", head.title, head.range
        box.url = _url(document, index)
    elif role is Role.BLOCK and box.shape == "session" and (block := read_block(line)):
        box.blocks.append(Block(index, block[0], block[1]))
    elif role is Role.ITEM and box.blocks:
        timed = read_item(line)
        url = next((u for link in document.links_on(index) if is_paper_link(u := link.url)), None)
        clock, title = timed if timed is not None else (None, line)
        box.blocks[-1].items.append(Item(index, clock, title, url))
    elif box.end is None and (end := read_end(line)) is not None:
        box.end = (index, end)
    elif box.shape == "session" and box.chairs is None and (chairs := read_chairs(line)):
        box.chairs = chairs
    elif own and box.title is None and box.label is None and not document.links_on(index):
        box.shape, box.title = "break", line
    else:
        return False
    return True


def read_markup(document: Document, ledger: Ledger) -> list[Box]:
    """The boxes of an HTML calendar, in page order. Lines outside the day columns are
    reported (``outside-calendar``, info), or skipped when the site's furniture; a line of
    a box that is no field of it is reported (``unparsed-line``)."""
    boxes: list[Box] = []
    by_serial: dict[int, Box] = {}
    day: tuple[int, Day] | None = None
    time: TimeBox | None = None
    hints = document.hints
    for index, line in enumerate(ledger.stripped):
        if not line:
            continue
        hint = hints.get(index)
        inside = box_element(hint) if hint is not None else None
        if inside is None:
            found = read_day(line) if role_of(hint) is Role.DAY else None
            if found is None:
                _outside(ledger, index)
                continue
            day, time = (index, found), None
            ledger.use(index)
            continue
        _timebox, element = inside
        if role_of(hint) is Role.TIME and (clock := read_clock(line)) is not None:
            if day is None:
                _outside(ledger, index)
                continue
            time = TimeBox(index, clock, day[0], day[1])
            ledger.use(index)
            continue
        if time is None:
            _outside(ledger, index)
            continue
        box = by_serial.get(element.serial)
        if box is None:
            box = by_serial[element.serial] = Box(time, index, index)
            boxes.append(box)
        assert hint is not None
        own = hint.element.serial == element.serial
        if _read_line(document, ledger, box, index, own):
            box.last = index
            ledger.use(index)
        else:
            ledger.report(index, "unparsed-line", "line of a calendar box that is no field")
    return boxes
