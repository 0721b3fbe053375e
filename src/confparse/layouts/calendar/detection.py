"""Whether a document is a calendar page: a day column's header, a time box and a box."""

from __future__ import annotations

import re

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


_DAY_LINE = re.compile(
    r"^[ \t]*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+\w+[ \t]+\w+[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_TIME_WORDS = ("a.m.", "p.m.", "noon", "midnight")
"""What a time box's time holds, one of them at least (``9 a.m.``)."""
_TIME_LOOKS = 64
"""How many of `_TIME_WORDS` found in a page's head `looks_like_calendar` reads the line of."""


def _has_time_line(head: str) -> bool:
    """Whether a line of *head* is a time box's time (``9 a.m.``): the lines around the
    first `_TIME_LOOKS` of `_TIME_WORDS` are read (a search in C finds them)."""
    looks = 0
    for word in _TIME_WORDS:
        at = head.find(word)
        while at >= 0 and looks < _TIME_LOOKS:
            looks += 1
            start = head.rfind("\n", 0, at) + 1
            end = head.find("\n", at)
            end = len(head) if end < 0 else end
            if end - start <= 24 and read_clock(head[start:end].strip()) is not None:
                return True
            at = head.find(word, end)
    return False


def looks_like_calendar(head: str) -> bool:
    """Whether *head* holds what every calendar prints: a line that is a time box's time
    (`_has_time_line`) and a line that may be a day's header. Pages without them are
    declined before their lines are read one by one."""
    return _has_time_line(head) and _DAY_LINE.search(head) is not None


def detect(document: Document) -> float:
    """Fairly sure (`_TEXT_SCORE`) of a text capture that shows a calendar's lines; certain
    (1.0) of an HTML page whose markup shows, among its first `_DETECT_LINES`
    lines, a day column's header (``SUN 10 DEC``), a time box's time (``9 a.m.``) below
    it, and then any text of a box (a title, a session's title, a break's name); 0 for anything
    else."""
    head = document.head()
    if document.format != "html":
        if "(ends " not in head:  # every calendar's text shows ends: the fastest decline
            return 0.0
        return _TEXT_SCORE if looks_like_calendar(head) and is_calendar_text(head) else 0.0
    if not document.hints or not looks_like_calendar(head):
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
        elif seen_time and line and role is not Role.TIME and box_element(hint) is not None:
            return 1.0
    return 0.0
