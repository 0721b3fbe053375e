"""From a calendar's boxes to records: sessions of talks, with their times resolved.

- The events of a day that stand in no session box are the talks of one `Session` per day,
  titled with the day column's header as printed (``SUN 10 DEC``), so that the day is kept
  even where the times cannot be resolved.
- A session box is a `Session` (title, chairs as moderators, start and end), whose talks
  are its papers, each with the kind of its list (``Orals`` → ``Oral``).
- A break is a `Session` of kind ``Break`` titled with its text (``Lunch (On Your Own)``),
  without talks: it is a slot of the schedule, not an event.

Sessions stand in the order of their first line.

Times: a time box prints a 12-hour clock with its half of the day (``9 a.m.``); everything
in its boxes counts from it: an end (``(ends 9:50 AM)``, ``(duration 1.5 hr)``) is the
first such clock after the start, a session's range and its papers' times (``[8:15]``),
printed without their half of the day, the first such clock within twelve hours after the
start. The calendar prints no zone: without the ``default_zone`` option nothing is
invented, the talks have no time, and a ``zone-unknown`` diagnostic keeps each time box's
line (with its day in the message). The year comes from the caller, else the event links
(``/virtual/2023/...``), else the weekdays.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs

from ...capture.document import Document
from ...models import Link, Paper, Person, Session, Span, Talk
from ...times import TimeLine
from ..kit.blocks import PageTimes
from ..kit.fields import split_authors
from ..kit.ledger import Ledger
from ..kit.records import Records
from .boxes import Box, TimeBox
from .markup import read_markup
from .recognise import Clock, links_year
from .text import read_text_boxes

__all__ = ["after", "assemble", "parse"]

_DAY = 24 * 60
_HALF_DAY = 12 * 60


def _minutes(clock: Clock) -> int:
    return clock[0] * 60 + clock[1]


def after(start: Clock, clock: Clock, period: int) -> int:
    """Minutes from *start* to the first *clock* at or after it, on a clock of *period*
    minutes (a day for a clock with its half of the day, half a day for one without)."""
    return (_minutes(clock) - _minutes(start)) % period


class _Times:
    """Resolves each time box's start once, or reports that it cannot."""

    def __init__(self, document: Document, ledger: Ledger, boxes: list[Box]) -> None:
        options = ledger.options
        self.zone = options.default_zone
        if self.zone is not None:
            zone = self.zone
            options = attrs.evolve(options, zones={**options.zones, zone: zone})
        days = {box.time.day_index: box.time.day for box in boxes}
        lines = [
            TimeLine(d.weekday, d.day, d.month, None, (0, 0), (0, 0), None) for d in days.values()
        ]
        self.times = PageTimes(
            options,
            lines,
            printed=links_year(link.url for links in document.links.values() for link in links),
        )
        self.ledger = ledger
        self.starts: dict[int, datetime | None] = {}

    def start(self, time: TimeBox) -> datetime | None:
        if time.index in self.starts:
            return self.starts[time.index]
        start: datetime | None = None
        ledger = self.ledger
        if self.zone is None:
            header = ledger.stripped[time.day_index]
            message = (
                f"the calendar prints {ledger.stripped[time.index]!r} on {header!r} without a "
                "zone (the viewer's); pass default_zone= to read its times"
            )
            ledger.report(time.index, "zone-unknown", message, severity="warning")
        else:
            day = time.day
            parts = TimeLine(
                day.weekday, day.day, day.month, None, time.clock, time.clock, self.zone
            )
            start = self.times.resolve(ledger, time.index, parts)[0]
        self.starts[time.index] = start
        return start


def _span(document: Document, first: int, last: int) -> Span:
    return Span(first=document.line_number(first), last=document.line_number(last))


def _paper(title: str | None, url: str | None, speakers: str | None, span: Span) -> Paper:
    links = (Link(text=title, url=url),) if url is not None else ()
    authors: tuple[Person, ...] = split_authors(speakers) if speakers else ()
    return Paper(title=title, authors=authors, links=links, span=span)


def _event(document: Document, times: _Times, box: Box) -> Talk:
    start = times.start(box.time)
    end = None
    if start is not None and box.end is not None:
        _index, printed = box.end
        if printed.clock is not None:
            end = start + timedelta(minutes=after(box.time.clock, printed.clock, _DAY))
        elif printed.minutes is not None:
            end = start + timedelta(minutes=printed.minutes)
    span = _span(document, box.first, box.last)
    paper = _paper(box.title, box.url, box.speakers, span)
    zone = times.zone if start is not None else None
    return Talk(start=start, end=end, zone=zone, kind=box.label, paper=paper, span=span)


def _session(document: Document, ledger: Ledger, times: _Times, box: Box) -> Session:
    start = end = None
    zone = None
    box_start = times.start(box.time)
    clock = box.time.clock
    if box_start is not None and box.range is not None:
        zone = times.zone
        start = box_start + timedelta(minutes=after(clock, box.range.start, _HALF_DAY))
        end = box_start + timedelta(minutes=after(clock, box.range.end, _HALF_DAY))
        if box.end is not None and box.end[1].clock is not None:
            printed = box_start + timedelta(minutes=after(clock, box.end[1].clock, _DAY))
            if printed != end:
                ledger.report(
                    box.end[0],
                    "end-mismatch",
                    "the session box's end is not the end of its time range",
                    severity="warning",
                )
    talks: list[Talk] = []
    for block in box.blocks:
        first = last = None
        if box_start is not None:
            first = box_start + timedelta(minutes=after(clock, block.range.start, _HALF_DAY))
            last = first + timedelta(minutes=after(block.range.start, block.range.end, _HALF_DAY))
        for item in block.items:
            span = _span(document, item.index, item.index)
            paper = _paper(item.title, item.url, None, span)
            talk_start, talk_end = first, last
            if item.clock is not None:
                talk_end = None
                if box_start is not None:
                    talk_start = box_start + timedelta(minutes=after(clock, item.clock, _HALF_DAY))
            talks.append(
                Talk(
                    start=talk_start,
                    end=talk_end,
                    zone=zone if talk_start is not None else None,
                    kind=block.kind,
                    paper=paper,
                    span=span,
                )
            )
    return Session(
        title=box.title,
        moderators=split_authors(box.chairs) if box.chairs else (),
        talks=tuple(talks),
        start=start,
        end=end,
        zone=zone,
        span=_span(document, box.first, box.last),
    )


def _break(document: Document, times: _Times, box: Box) -> Session:
    start = times.start(box.time)
    return Session(
        title=box.title,
        kind="Break",
        start=start,
        zone=times.zone if start is not None else None,
        span=_span(document, box.first, box.last),
    )


def assemble(document: Document, ledger: Ledger, boxes: list[Box]) -> Records:
    """The sessions of *boxes* (see the module's docstring)."""
    ledger.check_records(
        sum(len(block.items) for box in boxes for block in box.blocks)
        + sum(box.shape == "event" for box in boxes)
    )
    times = _Times(document, ledger, boxes)
    placed: list[Session | tuple[int, list[Talk]]] = []
    days: dict[int, list[Talk]] = {}
    for box in boxes:
        if box.shape == "session":
            placed.append(_session(document, ledger, times, box))
        elif box.shape == "break":
            placed.append(_break(document, times, box))
        else:
            talk = _event(document, times, box)
            talks = days.get(box.time.day_index)
            if talks is None:
                talks = days[box.time.day_index] = []
                placed.append((box.time.day_index, talks))
            talks.append(talk)
    sessions: list[Session] = []
    for found in placed:
        if isinstance(found, Session):
            sessions.append(found)
            continue
        day, talks = found
        first, last = talks[0].span, talks[-1].span
        assert first is not None and last is not None
        title = ledger.stripped[day]
        sessions.append(
            Session(title=title, talks=tuple(talks), span=Span(first=first.first, last=last.last))
        )
    return Records(sessions=tuple(sessions))


def parse(document: Document, ledger: Ledger) -> Records:
    """The sessions of a calendar page (see the module's docstring)."""
    if document.format == "html":
        boxes = read_markup(document, ledger)
    else:
        boxes = read_text_boxes(document, ledger)
    return assemble(document, ledger, boxes)
