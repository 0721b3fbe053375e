"""Whether a document is a calendar page: a day column's header, a time box and a box."""

from __future__ import annotations

from ...capture.document import Document
from .markup import box_element
from .recognise import Role, read_clock, read_day, role_of
from .text import is_calendar_text

__all__ = ["detect"]

_TEXT_SCORE = 0.9
"""How sure detection is of a text capture that shows a calendar's lines (`is_calendar_text`):
less than of the markup, whose classes say it."""
_DETECT_LINES = 2000
"""How many lines of an HTML capture detection reads."""


def detect(document: Document) -> float:
    """Fairly sure (`_TEXT_SCORE`) of a text capture that shows a calendar's lines; certain
    (1.0) of an HTML page whose markup shows, among its first `_DETECT_LINES`
    lines, a day column's header (``SUN 10 DEC``), a time box's time (``9 a.m.``) below
    it, and then a box's title or a session box's title; 0 for anything else."""
    if document.format != "html":
        return _TEXT_SCORE if is_calendar_text(document.head()) else 0.0
    if not document.hints:
        return 0.0
    hints = document.hints
    lines = document.lines
    seen_day = seen_time = False
    for index in range(min(len(lines), _DETECT_LINES)):
        hint = hints.get(index)
        if hint is None:
            continue
        role = role_of(hint)
        line = lines[index].strip()
        if role is Role.DAY and box_element(hint) is None:
            seen_day = seen_day or read_day(line) is not None
        elif role is Role.TIME and seen_day and box_element(hint) is not None:
            seen_time = seen_time or read_clock(line) is not None
        elif (
            role in (Role.TITLE, Role.SESSION_TITLE) and seen_time and box_element(hint) is not None
        ):
            return 1.0
    return 0.0
