"""What one event card holds, and how its time line is read, whatever the capture format."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...capture.document import Document
from ...models import Link
from ...times import CardTime, match_card_time
from ..kit.ledger import Ledger
from ..kit.vocabulary import with_capitals

__all__ = ["BUTTONS", "CLOSING", "DIALOG_CLOSE", "ROOM", "Card", "Fields", "is_more_link",
           "is_zone", "read_time", "read_zone", "room_text", "whole_link"]  # fmt: skip

BUTTONS = with_capitals(
    {
        "Show more": "show-more-button",
        "Show less": "show-more-button",
        "View full details": "details-button",
        "Abstract": "abstract-toggle",
    }
)
"""The cards' buttons, known by their own text (in capitals too), whatever the capture
format."""
CLOSING = "View full details"
"""The button that ends a card."""
DIALOG_CLOSE = "\u00d7"
"""The close mark of a dialog (the multiplication sign, U+00D7), which the schedules of
2016 to 2019 print under the last card, over their help dialog's text: it ends the card,
and no card holds it."""
ROOM = re.compile(r"\[\s*(.+?)\s*\]")
"""A room in brackets, as the 2023 cards print it: ``[ Great Hall & Hall B1+B2 (level 1) ]``."""


_MORE_LINK_CHARS = 40


def is_more_link(text: str) -> bool:
    """Whether stripped *text* is the label of a card's button to another page, which ends
    with ``»`` (the 2016 schedule's ``Spotlight Video »``): no name, title or abstract."""
    return text[-1:] == "\u00bb" and len(text) <= _MORE_LINK_CHARS


def whole_link(document: Document, index: int, line: str) -> Link | None:
    """The link that line *index* (stripped *line*) is all of, when the line is one link's
    text: a card's button to a page of its own (the 2016 schedule's ``Spotlight Video »``
    to the talk's video)."""
    return next((link for link in document.links_on(index) if link.text == line), None)


def room_text(line: str) -> str:
    """A card's room as its line prints it, without the brackets some cards put around it
    (``[ Great Hall & Hall B1+B2 (level 1) ]``)."""
    bracketed = ROOM.fullmatch(line)
    return line if bracketed is None else bracketed.group(1)


_ZONE_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z]{1,5}(?:[+-]\d{1,2}(?::\d\d)?)?)\s*\)")
"""A zone printed after the time range, in parentheses: ``(CEST)``; a room may follow it
(``(PDT) @ Hall 3``)."""
_NO_ROOM = "None"
"""What the schedules print after ``@`` for an event without a room."""


class Card(NamedTuple):
    """The lines of one card (0-based indexes, in page order); ``first`` is the first."""

    first: int
    lines: list[int]


class Fields:
    """What one card's lines said, before times are resolved."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.url: str | None = None
        self.kind: str | None = None
        self.authors: str | None = None
        self.time: tuple[int, CardTime] | None = None
        self.room: str | None = None
        self.event: str | None = None
        self.abstract: list[str] = []
        self.links: list[Link] = []


def read_time(ledger: Ledger, index: int, line: str, fields: Fields) -> bool:
    """Read *line* into *fields* when it starts with a card time: the time, a second slot
    (said in an ``info`` diagnostic, not read), a zone in parentheses after the range, and
    what follows as the room (after an ``@``, as older schedules print it). False when the
    line holds no card time."""
    found = match_card_time(line)
    if found is None:
        return False
    rest = line[found.stop :].strip()
    if rest.startswith("&"):  # a second slot (a poster shown twice): said, not read
        second = rest[1:].strip()
        again = match_card_time(second)
        stop = again.stop if again is not None else len(second)
        message = f"the card's second time slot {second[:stop]!r} is not read"
        ledger.report(index, "second-slot", message, severity="info")
        rest = second[stop:].strip()
    zone = _ZONE_AFTER.match(rest)
    after = rest[zone.end() :].strip() if zone is not None else ""
    if zone is not None and found.parts.zone is None and after[:1] in ("", "@"):
        found = found._replace(parts=found.parts._replace(zone=zone.group(1)))
        rest = after  # "(PDT)", a room after it ("(PDT) @ Hall 3") or none
    if rest[:1] == "@":  # the schedules of 2016 to 2019: "08:30 -- 10:30 AM @ Room 211"
        rest = rest[1:].strip()
        if rest == _NO_ROOM:
            rest = ""  # "(PDT) @ None": the event page of a talk that has no room
    fields.time = (index, found)
    if rest:
        fields.room = rest
    return True


def is_zone(line: str) -> bool:
    """Whether *line* is a zone in parentheses, as a card prints it after its time range:
    ``(CEST)``."""
    return _ZONE_AFTER.fullmatch(line) is not None


def read_zone(line: str, fields: Fields) -> bool:
    """Read *line*, under the card's time, as the zone in parentheses that ends the time
    line (``(CEST)``), where a text-mode browser broke the line before it: what `read_time`
    reads after the range on one line. False when the line is no zone, or the time has
    one."""
    if fields.time is None:
        return False
    zone = _ZONE_AFTER.fullmatch(line)
    index, found = fields.time
    if zone is None or found.parts.zone is not None:
        return False
    fields.time = (index, found._replace(parts=found.parts._replace(zone=zone.group(1))))
    return True
