"""What a calendar page holds before its times are resolved: days, time boxes and boxes.

Both readers (the HTML markup's, `confparse.layouts.calendar.markup`, and the text
captures', `confparse.layouts.calendar.text`) fill these; `confparse.layouts.calendar.assemble`
turns them into records.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .recognise import Clock, Day, End, Range

__all__ = ["Block", "Box", "Item", "TimeBox"]


@attrs.define
class TimeBox:
    """A time box of a day column: its time line and the day's header line."""

    index: int
    clock: Clock
    day_index: int
    day: Day


@attrs.define
class Item:
    """A paper listed in a session box: its line, its time (``[8:15]``) if printed, its
    title and the link to its page."""

    index: int
    clock: Clock | None
    title: str
    url: str | None = None


@attrs.define
class Block:
    """A session box's list of papers under its header (``Orals 8:00-8:45``)."""

    index: int
    kind: str | None
    range: Range
    items: list[Item] = attrs.field(factory=list)


@attrs.define
class Box:
    """One box of a time box: an event, a break, or a session with its papers."""

    time: TimeBox
    first: int
    last: int
    shape: Literal["event", "break", "session"] = "event"
    label: str | None = None
    title: str | None = None
    url: str | None = None
    speakers: str | None = None
    end: tuple[int, End] | None = None
    range: Range | None = None
    chairs: str | None = None
    blocks: list[Block] = attrs.field(factory=list)
