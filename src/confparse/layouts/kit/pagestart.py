"""Where a second page starts in a file that holds several (two captures pasted into one).

A page of the virtual conference platform starts with lines that no page prints in its
middle: the site's ``Skip to yearly menu bar`` link, a reader service's header (``Title:
...`` over ``URL Source: ...`` or over the page title again), a clipping tool's field that
names the page's address (``Source: https://…``, ``URL: https://…``; the page starts at
the heading above it, its title), the navigation menu (``Main Navigation``; the site's name
over ``Help/FAQ``). A session page's header (``Session``, its
title, ``Moderator: ...``) never comes after a talk either. Seen below the first page's
records (its first author line), any of them starts a second page.

`cut_second_page` is what a layout calls first in its ``parse``: it reports the line where
the second page starts (``second-page``, an error: the file should be split) and ends the
parse's lines there (the rest is skipped under the rule ``second-page``), so that the
second page's header does not end up in the first page's last abstract and its times do
not date the first page's talks.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from ...times import is_time_line
from .fields import is_kind
from .heads import is_author_line, separator_lines
from .ledger import Ledger

__all__ = [
    "STOP_CHARS",
    "cut_second_page",
    "first_page_start",
    "is_page_start",
    "report_second_page",
    "second_page",
]

_SKIP_LINK = "Skip to yearly menu bar"
_READER_URL = "URL Source:"
_MODERATOR = ("Moderator:", "Moderators:")
_MENU_SECOND = "Help/FAQ"
_SOURCE_FIELDS = ("Source: http", "URL: http")
"""The field of a clipping or extraction tool's header that names the page's address, as
the markdown reader leaves it (``> Source: https://…``, ``- URL: https://…``,
``**URL:** https://…``)."""
_HEADER_LINES = 3
"""How many lines a session header prints above its moderator line (kind, title, room)."""
_HEADER_CHARS = 100


def _next(stripped: Sequence[str], index: int) -> str:
    for line in stripped[index + 1 : index + 4]:
        if line:
            return line
    return ""


def _previous(stripped: Sequence[str], index: int) -> int | None:
    for at in range(index - 1, max(index - 4, -1), -1):
        if stripped[at]:
            return at
    return None


def is_page_start(stripped: Sequence[str], index: int) -> bool:
    """Whether line *index* is a line that only a page's start prints."""
    line = stripped[index]
    if line.startswith(_SKIP_LINK) or line.startswith(_READER_URL) or line == "Main Navigation":
        return True
    if line.startswith(_SOURCE_FIELDS):
        return True  # a clipping or extraction tool's header, which names the page's URL
    if line.startswith("Title: "):  # a reader service's header: the URL or the title next
        following = _next(stripped, index)
        return following.startswith(_READER_URL) or following == line[7:].strip()
    return len(line) <= 20 and " " not in line and _next(stripped, index) == _MENU_SECOND


_START_MARKS = (_SKIP_LINK, _READER_URL, "Main Navigation")


def first_page_start(text: str) -> int | None:
    """The 0-based index of the first line below the first that starts a page of the
    platform, or ``None``: the site's ``Skip to yearly menu bar`` link (anywhere in its
    line: a tool may print its own words before it), ``Main Navigation``, or a reader
    service's header (its ``Title:`` line over ``URL Source:``). This is where a page
    starts in a file that holds other material above it, such as a search tool's
    sources."""
    found = [at for at in (text.find(mark) for mark in _START_MARKS) if at >= 0]
    if not found:
        return None
    at = min(found)
    index = text.count("\n", 0, at)
    if text.startswith(_READER_URL, at):  # the header's title line, up to 3 lines above
        lines = [line for line in text[max(at - 2000, 0) : at].split("\n")[-4:-1] if line]
        if lines and lines[-1].startswith("Title: "):
            index = text.count("\n", 0, text.rfind("Title: ", 0, at))
    return index or None


def _names(line: str) -> bool:
    return is_author_line(line) and line[0] not in "\u00b7\u22c5" and line[-1] not in "\u00b7\u22c5"


def _header_start(stripped: Sequence[str], moderator: int) -> int:
    """The first line of the session header that ends at the line *moderator*: up to three
    short lines above it (kind, title, room), not a time, author or slot-kind line."""
    start, at = moderator, moderator
    for _ in range(_HEADER_LINES):
        found = _previous(stripped, at)
        if found is None:
            break
        line = stripped[found]
        if len(line) > _HEADER_CHARS or line[-1] in ".!?" or is_time_line(line) or _names(line):
            break  # an abstract's sentence, the last slot's time or authors
        if is_kind(line) and "session" not in line.casefold():
            break  # "Q&A", "Oral": the last slot's head, not a session's kind
        start = at = found
        if is_page_start(stripped, found):
            break
    return start


_STOPS = (
    _SKIP_LINK, _READER_URL, "Main Navigation", *_MODERATOR, "Title: ", _MENU_SECOND,
    *_SOURCE_FIELDS,
)  # fmt: skip
"""How the lines start that `second_page` stops at (``Skip to ...``, ``URL Source:``, ``Main
Navigation``, ``Moderator:``, ``Title: ``, ``Source: http``, ``URL: http``) or looks back
from (``Help/FAQ``, under the site's name): other lines are passed over. A short line that
`is_page_start` takes for the site's name is found from the ``Help/FAQ`` line below it (the
first line below that is not blank), so no line starts a page that `_start_at` does not
reach this way."""
STOP_CHARS = "".join(sorted({stop[0] for stop in _STOPS}))
"""The first characters of `_STOPS`: most lines are passed over after this one test (a
caller that has read a page's lines already can name the lines that start with one of
them: `second_page`'s *known*)."""


def _first_record(stripped: Sequence[str], text: str) -> int | None:
    """The index of the first author line joined by middots (a page's first record)."""
    for index in separator_lines(text):
        line = stripped[index]
        if line and _names(line):
            return index
    return None


def _start_at(stripped: Sequence[str], index: int, first: int) -> int | None:
    """Where the second page starts if non-blank line *index* (below line *first*, the
    first record) shows one: the line itself, the ``Title:`` line above a ``URL Source:``
    line, the site's name above ``Help/FAQ``, the header above a moderator line."""
    line = stripped[index]
    if line == _MENU_SECOND:
        above = _previous(stripped, index)
        if above is not None and above > first and is_page_start(stripped, above):
            return above
        return None
    if is_page_start(stripped, index):
        above = _previous(stripped, index)
        if (
            line.startswith(_READER_URL)
            and above is not None
            and stripped[above].startswith("Title: ")
        ):
            return above
        return index
    if line.startswith(_MODERATOR):
        return _header_start(stripped, index)
    return None


def second_page(
    stripped: Sequence[str],
    text: str | None = None,
    *,
    known: tuple[int, Sequence[int]] | None = None,
) -> int | None:
    """The index of the line where a second page starts, or ``None`` for one page.

    *text* is the page's lines joined by ``"\\n"`` (a ledger's ``text``, whose lines
    *stripped* are, stripped), when the caller has it: the first author line is searched
    for in it, in C (it is joined from *stripped* otherwise).

    *known* is ``(after, lines)`` when the caller has read the lines below line *after*
    already (the detail layout's widget scan): *lines* holds, in page order, every one of
    them that starts with one of `STOP_CHARS` (others may be among them). Only those are
    tested below *after*, instead of every line a second time."""
    first = _first_record(stripped, "\n".join(stripped) if text is None else text)
    if first is None:
        return None
    stop: int = len(stripped)
    rest: Sequence[int] = ()
    if known is not None and known[0] >= first:
        stop, rest = known
        stop += 1
    chars, stops = STOP_CHARS, _STOPS
    for index in chain(range(first + 1, stop), rest):
        line = stripped[index]
        if line and line[0] in chars and line.startswith(stops):
            start = _start_at(stripped, index, first)
            if start is not None:
                return start
    return None


def report_second_page(state: Ledger, start: int) -> None:
    """Report that a second page starts at line *start* and skip its lines: the file
    holds several pages, and only the first is read."""
    stripped = state.stripped
    line = state.document.line_number(start)
    message = (
        f"a second page starts at line {line}: this file holds several pages; only the "
        "first is read (parse each page on its own)"
    )
    state.report(start, "second-page", message)
    for index in range(start + 1, len(stripped)):
        if stripped[index]:
            state.skip(index, "second-page")


def cut_second_page(state: Ledger, known: tuple[int, Sequence[int]] | None = None) -> int | None:
    """Report where a second page starts and hide it from the parse (see the module);
    *known* as for `second_page`."""
    stripped = state.stripped
    start = second_page(stripped, state.text, known=known)
    if start is None:
        return None
    if stripped[start].startswith(_SOURCE_FIELDS):
        above = _previous(stripped, start)
        if above is not None and above in state.document.headings:
            start = above  # the clipping's title, a heading over its fields
    report_second_page(state, start)
    # The parse sees the first page only; the marks keep every line, so `finish` reports
    # nothing more of the second page.
    state.lines = state.lines[:start]
    state.stripped = stripped[:start]
    state.text = "\n".join(state.lines)
    return start
