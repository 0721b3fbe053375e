"""The reader of one parse: the preamble above the head, the slots below it, the sections
and the tail (`Reader`), and the time slots it groups (`Slot`, `_group`)."""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Sequence
from itertools import compress

import attrs

from ...models import Link
from ...times import TimeLine, match_time_line
from ..kit.blocks import join_abstract
from ..kit.heads import (
    BANNER,
    SlotLine,
    Token,
    is_fragment,
    is_title_form,
    read_line,
    split_slot_line,
)
from ..kit.ledger import Ledger, LineState
from ..kit.pagestart import STOP_CHARS
from ..kit.scan import time_end, without_bookmark
from ..kit.vocabulary import SELECT_YEAR
from .recognise import (
    BUTTON_LABELS,
    BUTTONS,
    BYTEZ,
    COOKIE_TAIL,
    DIGITS,
    FLAT_BUTTON_LINES,
    HEADERS,
    KNOWN_LINES,
    LINK_LINE,
    LOGIN_PROMPTS,
    NAVIGATION_MAX_CHARS,
    PREAMBLE_LINES,
    RULE_STARTS,
    WEEKDAY_SET,
    furniture_rule,
    is_bytez,
    is_cookie,
    read_link_line,
    slot_field,
)

_TAIL_TEXTS = frozenset((*KNOWN_LINES, *COOKIE_TAIL, *BYTEZ))
"""The whole lines that the tail reads one by one in the widget (see `_widget_lines`)."""
_TAIL_TEXT_MAX = max(map(len, _TAIL_TEXTS))
"""The longest of `_TAIL_TEXTS`: a longer line is none of them, and is not hashed to know
it (the widget's copy of the paper is tens of KB of such lines)."""


def _tail_lines(
    stripped: Sequence[str], start: int, title: str | None, widget: WidgetScan | None = None
) -> list[int]:
    """The lines at or below *start* that `Reader.tail` reads one by one, in page order:
    every non-blank line down to the bytez widget's ``bytez`` heading, and below it the
    widget's lines that a rule may know (`_widget_lines`). *widget* is the scan of the
    widget below that heading when the parse has made it already (`widget_scan`)."""
    read: list[int] = []
    for index in range(start, len(stripped)):
        line = stripped[index]
        if line:
            read.append(index)
            if is_bytez(line):
                if widget is not None and widget[0] == index:
                    read += _with_title(stripped, index + 1, title, list(widget[1]))
                else:
                    read += _widget_lines(stripped, index + 1, title)
                break
    return read


WidgetScan = tuple[int, list[int]]
"""The bytez widget's ``bytez`` heading and the lines below it that `_scan_widget` found."""


def widget_scan(stripped: Sequence[str], heading: int) -> WidgetScan:
    """The scan of the bytez widget below its heading, line *heading* (`_scan_widget`), made
    before the second-page search so that the search reads its result (`second_page`'s
    *known*: it holds every line that starts with one of `STOP_CHARS`)."""
    return heading, _scan_widget(stripped, heading + 1)


def _scan_widget(stripped: Sequence[str], start: int) -> list[int]:
    """The lines at or below *start* that a furniture rule may know (`furniture_rule`: by
    the first character, the whole text or a cookie notice in it), a ``bytez`` heading or
    the cookie notice's tail, and those that may start a second page (by their first
    character, `STOP_CHARS`). No rule knows the others: they are the widget's copy of the
    paper (hundreds of lines, tested without a call each)."""
    texts, starts, most = _TAIL_TEXTS, _WIDGET_STARTS, _TAIL_TEXT_MAX
    return [
        index
        for index, line in enumerate(stripped[start:], start)
        if line
        and (line[0] in starts or (len(line) <= most and line in texts) or " uses cookies" in line)
    ]


_WIDGET_STARTS = frozenset((*RULE_STARTS, *STOP_CHARS))
"""How the lines start that `_scan_widget` takes by their first character."""


def _widget_lines(stripped: Sequence[str], start: int, title: str | None) -> list[int]:
    """The lines at or below *start*, in the bytez widget, that `Reader.tail` reads: those of
    `_scan_widget` and the copies of the *title*."""
    return _with_title(stripped, start, title, _scan_widget(stripped, start))


def _with_title(
    stripped: Sequence[str], start: int, title: str | None, found: list[int]
) -> list[int]:
    """*found* (lines at or below *start*, in order) with the copies of *title* among them."""
    if title is None or title in _TAIL_TEXTS:
        return found
    at = start  # found in C (instead of a set of the texts with the title)
    while True:
        try:
            at = stripped.index(title, at)
        except ValueError:
            return found
        if at not in found:
            insort(found, at)
        at += 1


@attrs.define
class Slot:
    """One time slot while it is being read: its time line and its field lines."""

    time: tuple[int, str | None, TimeLine] | None = None
    fields: dict[str, int] = attrs.field(factory=dict)  # "location" / "event" -> line index
    texts: dict[str, str] = attrs.field(factory=dict)
    """The fields that are part of a line (a room after the time), by name."""

    def add(self, state: LineState, field: str, index: int, text: str | None = None) -> None:
        """Take line *index* (or *text*, part of it) as *field*; report it when the slot
        already has one."""
        if field in self.fields:
            state.report(index, "duplicate-field", f"a second {field} line for one time slot")
        else:
            self.fields[field] = index
            if text is not None:
                self.texts[field] = text

    def values(self, stripped: Sequence[str]) -> dict[str, str]:
        """Each field's text: its line, or the part of a line it is."""
        texts = self.texts
        return {field: texts.get(field) or stripped[index] for field, index in self.fields.items()}

    def lines(self) -> list[int]:
        return ([self.time[0]] if self.time else []) + sorted(self.fields.values())


class Reader:
    """One parse call: the line state, the links of a markdown capture, printed years."""

    def __init__(self, state: Ledger) -> None:
        self.state = state
        self.options = state.options
        self.document = state.document
        self.years: dict[str, int] = {}
        self.links: list[Link] = []
        self.kind: int | None = None
        """The kind line below the head, when the head has none (`_other`)."""

    # -- preamble and tail ------------------------------------------------------------------
    def preamble(self, stop: int, title: str | None) -> None:
        """Page titles, reader headers, the banner and the navigation menu before the head."""
        skip, known = self.state.skip, PREAMBLE_LINES
        lines = self.state.stripped[:stop]
        cookie = False
        for index in compress(range(stop), lines):  # the non-blank lines
            line = lines[index]
            entry = known.get(line)
            if entry is not None:
                rule, anywhere = entry  # `anywhere`: what `LineState.is_boilerplate` knows
                if anywhere:
                    skip(index, rule)
                    continue
                if title is None or title not in line:  # else perhaps a page title
                    cookie = False
                    skip(index, rule)
                    continue
            found = self._preamble_rule(line, title, cookie)
            cookie = found == "cookie-notice"
            if found is not None:
                skip(index, found)
            elif len(line) <= NAVIGATION_MAX_CHARS and (
                line[:3] not in WEEKDAY_SET or match_time_line(line) is None
            ):  # where the menu stands, but no menu item: said, not skipped
                message = "line above the paper's head is no known menu item"
                self.state.report(index, "unknown-furniture", message, severity="warning")

    def _title_or_banner(self, line: str, title: str | None) -> str | None:
        if title is not None and is_title_form(line, title):
            return "page-title"
        banner = BANNER.fullmatch(line) if len(line) <= 23 and line[-1:] in DIGITS else None
        if banner is not None:
            self.years.setdefault("banner", int(banner.group(1)))
            return "conference-banner"
        return None

    def _preamble_rule(self, line: str, title: str | None, cookie: bool) -> str | None:
        """The rule for a non-blank preamble line. Each test is tried only on the lines that
        can pass it: a page title is at least as long as the title, a banner ends in a digit."""
        if line.startswith(HEADERS):
            if line.startswith("Title: "):  # a reader service's header: the page title
                return self._title_or_banner(line[7:].strip(), title)
            return "reader-header"
        if (title is not None and len(line) >= len(title)) or line[-1] in DIGITS:
            rule = self._title_or_banner(line, title)
            if rule is not None:
                return rule
        if (cookie and line in COOKIE_TAIL) or is_cookie(line):
            return "cookie-notice"
        if line[0] == "S" and line.startswith("Select Year:"):
            selected = SELECT_YEAR.fullmatch(line)
            if selected is not None:
                self.years.setdefault("menu", int(selected.group(1)))
        return furniture_rule(line)

    def tail(self, start: int, title: str | None, scan: WidgetScan | None = None) -> None:
        """The page-load marker, the cookie notice, the footer and the bytez widget. A line
        is skipped only when its own text is known furniture; the others are reported: the
        widget's copy of the paper's text as ``widget-text`` (info, one diagnostic for each
        run of its lines), anything else (a second page, a note) as ``unknown-furniture``.

        In the widget only the lines that a rule may know are read (`_tail_lines`; *scan*:
        the widget's scan when the parse made it already): the lines between them join the
        run that the next furniture line (or the end) reports."""
        state, stripped = self.state, self.state.stripped
        widget = cookie = False
        run: int | None = None  # in the widget: the first line since the last furniture line
        plain = start  # the first line below the last one read
        for index in _tail_lines(stripped, start, title, scan):
            if cookie and any(stripped[plain:index]):
                cookie = False  # the widget's text ends a cookie notice
            plain = index + 1
            line = stripped[index]
            if line == "Successful Page Load":
                rule: str | None = "page-load-marker"
            else:
                rule = furniture_rule(line)
                if rule is None and cookie and line in COOKIE_TAIL:
                    rule = "cookie-notice"
                cookie = rule == "cookie-notice"
                if rule is None and is_bytez(line):
                    widget, rule = True, "bytez-widget"  # it repeats the paper's whole text
                if rule is None and line == title:
                    rule = "repeated-title"
            if rule is not None:
                if run is not None and run < index:
                    self._widget_text(run, index)
                state.skip(index, rule)
                run = index + 1 if widget else None
            elif not widget:
                message = "line below the page's end is no known footer text"
                state.report(index, "unknown-furniture", message, severity="warning")
        if run is not None:
            self._widget_text(run, len(stripped))

    def _widget_text(self, start: int, stop: int) -> None:
        """Report the bytez widget's lines *start*..*stop*-1, a run of its copy of the
        paper's text between two furniture lines, as one diagnostic (when not all blank)."""
        stripped = self.state.stripped
        count = stop - start - stripped[start:stop].count("")
        if count:
            while not stripped[start]:
                start += 1
            lines = f"{count:,} line{'s' if count > 1 else ''}"
            message = f"the bytez widget's copy of the paper's text is not read ({lines})"
            last = _last_text(stripped, start, stop)
            self.state.report(start, "widget-text", message, severity="info", last=last)

    # -- between the head and the sections --------------------------------------------------
    def slots(
        self, first: int, stop: int, title: str | None, head: Sequence[tuple[str, int]] = ()
    ) -> list[Slot]:
        """Time slots, rooms, events, awards and link buttons below the head, after the slot
        lines *head* that the head holds (`Head.above`); returns the slots in page order."""
        state, stripped = self.state, self.state.stripped
        items: list[tuple[str, int]] = list(head)
        times: dict[int, SlotLine] = {}
        for field, index in head:
            if field == "time":
                timed = split_slot_line(without_bookmark(stripped[index]))
                assert timed is not None
                times[index] = timed
        index, joined = first, -1
        while index < stop:
            line = stripped[index]
            if not line or index == joined or state.is_boilerplate(index):
                index += 1
                continue
            timed = split_slot_line(line) if line != title else None
            end = time_end(stripped, index, stop) if timed is None else None
            if end is not None:  # the time's end on a line of its own: one time line
                timed = split_slot_line(f"{line} {stripped[end]}")
                if timed is not None:
                    state.use(end)
                    joined = end
            if timed is not None:
                times[index] = timed  # parsed once, for `_group`
            tag = "title" if line == title else "time" if timed is not None else slot_field(line)
            if tag == "title":
                state.skip(index, "repeated-title")
            elif tag in ("time", "event", "room"):
                items.append((tag, index))
            elif tag == "edition":  # its first four characters are the year (`_EDITION`)
                self.years.setdefault("edition", int(line[:4]))
                state.skip(index, "edition-line")
            elif tag == "toggle":
                state.skip(index, "abstract-toggle")
            elif tag == "link":
                link = read_link_line(line)
                assert link is not None
                self.links.append(link)
                state.use(index)
            elif tag == "buttons" or (tag == "open-bracket" and _closing(stripped, index, stop)):
                last = index if tag == "buttons" else _closing(stripped, index, stop)
                self._buttons(index, last)
                index = last
            elif line in COOKIE_TAIL or is_cookie(line):
                state.skip(index, "cookie-notice")
            else:
                self._other(index, line, items)
            index += 1
        return _group(state, items, times)

    def _other(self, index: int, line: str, items: list[tuple[str, int]]) -> None:
        """A line below the head that no slot rule took, read by the kit's head recogniser:
        the kind (when the head printed none), an award, a button that is a link or a known
        label, a flattened bracket; else it is reported."""
        if line in BUTTON_LABELS:  # at once: the recogniser reads no label as a kind or award
            self._buttons(index, index)
            return
        state = self.state
        token = read_line(self.document, index, line).token
        if token is Token.KIND and self.kind is None:
            self.kind = index
            state.use(index)
        elif token is Token.AWARD:
            items.append(("award", index))
        elif token is Token.LINK:
            self._buttons(index, index)
        elif token is Token.FURNITURE and is_fragment(line):
            state.skip(index, "link-buttons")
        else:
            state.report(index, "unparsed-line", "unexpected line between authors and abstract")

    def _buttons(self, first: int, last: int) -> None:
        """Link buttons: their links when the capture kept URLs, else furniture (labels)."""
        found = [
            link
            for link in self.document.links_on(first, last)
            if link.text != "Abstract" and not link.url.startswith("#") and link.url
        ]
        if found:
            self.links.extend(found)
        state, stripped = self.state, self.state.stripped
        for index in range(first, last + 1):  # each line by its own text: a button or not
            line = stripped[index]
            if not line:
                continue
            if not (
                line in FLAT_BUTTON_LINES
                or line in BUTTON_LABELS
                or is_fragment(line)
                or _button_piece(line)
                or BUTTONS.fullmatch(line)
                or (found and (LINK_LINE.fullmatch(line) or self.document.links_on(index, index)))
            ):
                message = "line among the link buttons is no button"
                state.report(index, "unknown-furniture", message, severity="warning")
            elif found:
                state.use(index)
            else:
                state.skip(index, "link-buttons")

    # -- sections ---------------------------------------------------------------------------
    def sections(
        self, marks: Sequence[tuple[int, str]], start: int, stop: int
    ) -> tuple[str | None, bool, str | None, int]:
        """``(abstract, truncated, lay summary, last line used)`` of the sections in lines
        *start*..*stop*-1, whose section lines are among *marks* (`section_lines`)."""
        state, stripped = self.state, self.state.stripped
        kinds = dict(marks)
        starts = [index for index, _kind in marks]
        texts: dict[str, tuple[str | None, bool]] = {}
        ends: dict[str, int] = {}
        last_used = start - 1  # *start* may be *stop*, one past the page's last line
        index = start
        while index < stop:
            line = stripped[index]
            kind = kinds.get(index)
            if kind in ("abstract", "abstract-inline", "lay-summary"):
                following = bisect_right(starts, index)
                end = min(starts[following], stop) if following < len(starts) else stop
                key = "lay-summary" if kind == "lay-summary" else "abstract"
                if key in texts:
                    state.report(index, "duplicate-section", f"a second {line!r} section")
                else:
                    first = index if kind == "abstract-inline" else index + 1
                    state.use(index)
                    texts[key] = join_abstract(state, list(state.paragraphs(first, end)))
                    ends[key] = _last_text(stripped, index, end)
                    last_used = max(last_used, ends[key])
                index = end
                continue
            if kind == "show-more":
                state.skip(index, "show-more-button")
            elif kind == "media":
                state.skip(index, "media-heading")
            elif not line or state.is_boilerplate(index):
                pass
            elif line in COOKIE_TAIL or is_cookie(line):
                state.skip(index, "cookie-notice")
            elif line in LOGIN_PROMPTS:
                state.skip(index, "login-prompt")
            elif is_fragment(line) or (
                len(line) <= 30 and index + 1 < stop and stripped[index + 1] == "]"
            ):
                state.skip(index, "link-buttons")  # a button flattened over lines: label, "]"
            index += 1
        abstract, truncated = texts.get("abstract", (None, False))
        if abstract is not None and abstract.startswith("Abstract:"):
            abstract = abstract[9:].lstrip(" ") or None
            truncated = truncated and abstract is not None
        lay, lay_cut = texts.get("lay-summary", (None, False))
        if lay_cut:  # Paper has no flag for it: the " …" is dropped, and said so
            message = "the lay summary ends in '…'; the mark is not kept"
            state.report(ends["lay-summary"], "lay-summary-truncated", message, severity="warning")
        return abstract, truncated, lay, last_used

    # -- years ------------------------------------------------------------------------------
    def page_year(self) -> int | None:
        """The year the page prints: ``2025 Poster``, then ``ICML 2025``, then the menu."""
        for source in ("edition", "banner", "menu"):
            if source in self.years:
                return self.years[source]
        return None


def _last_text(stripped: Sequence[str], first: int, stop: int) -> int:
    """The last non-blank line of *first*..*stop*-1 below *first*, else *first*."""
    last = stop - 1
    while last > first and not stripped[last]:
        last -= 1
    return last


def _closing(stripped: Sequence[str], index: int, stop: int) -> int:
    """The ``]`` line that closes a button flattened over lines (``[`` / label / ``]``), or 0."""
    for close in range(index + 1, min(stop, index + 5)):
        line = stripped[close]
        if line == "]" or (line[-1:] == "]" and _button_piece(line)):
            return close
    return 0


def _button_piece(line: str) -> bool:
    """Whether *line* is a button's label with the bracket that an extractor printed on its
    line (``Paper]``, ``[ Poster``): the page source breaks the line inside the button."""
    label = line.strip("[] ")
    return label in BUTTON_LABELS or label in FLAT_BUTTON_LINES


def _group(
    state: LineState, items: list[tuple[str, int]], parsed: dict[int, SlotLine]
) -> list[Slot]:
    """Attach rooms, events and awards to time lines.

    An event (or award) line heads the slot below it. A room belongs to the next time line when the
    first room comes before the first time line (NeurIPS 2023: room, buttons, time), else
    to the time line above it. Fields after the last time line go to the last slot;
    without time lines there is one slot.
    """
    times = [index for tag, index in items if tag == "time"]
    rooms = [index for tag, index in items if tag == "room"]
    rooms_below = bool(times) and (not rooms or rooms[0] > times[0])
    slots: list[Slot] = []
    pending = Slot()  # the fields waiting for the next time line
    for tag, index in items:
        if tag == "time":
            kind, parts, room = parsed[index]
            pending.time = (index, kind, parts)
            if room is not None:  # printed on the time's line: this slot's
                pending.add(state, "location", index, room)
            slots.append(pending)
            pending = Slot()
        elif tag in ("event", "award"):
            pending.add(state, tag, index)
        else:
            (slots[-1] if rooms_below else pending).add(state, "location", index)
    if pending.fields and not slots:
        slots.append(pending)
    elif pending.fields:
        for field, index in pending.fields.items():
            slots[-1].add(state, field, index)
    return slots
