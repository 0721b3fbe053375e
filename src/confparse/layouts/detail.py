"""Detail pages: one poster, oral or invited talk of the virtual conference sites.

icml.cc, neurips.cc, iclr.cc, mlsys.org and cvpr.thecvf.com print the same page per event::

    Poster
    The Curious Price of Distributional Robustness in Reinforcement Learning with a ...
    Laixi Shi · Gen Li · Yuting Wei · Yuxin Chen · Matthieu Geist · Yuejie Chi
    Great Hall & Hall B1+B2 (level 1) #410
    [ Abstract ]
    [ Paper]  [ Poster]  [ OpenReview]
    Tue 12 Dec 8:45 a.m. PST — 10:45 a.m. PST
    Abstract: This paper investigates model robustness in reinforcement learning ...
    Chat is not available.

The **head** is the kind line, the title and the author line. It is found at the first
author line (names joined by ``·`` or ``⋅``): the title is the line above it (copies of
the title right above are one title), the kind the line above that. A page without such a
line needs a kind line, a title and at most one name. Everything before the head is the
**preamble**: page titles (``ICML Poster <title>``, ``Title: ...``), the conference banner
(``ICML 2025``) and the navigation menu. Between the head and the first section lie the
**slots**: time lines (a kind may lead them: ``Oral  Thu, Dec 4, 2025 • ...``), rooms or
poster boards and parent events (``Oral presentation: Oral 6B``), plus the link buttons.
Then the **sections** (``Abstract``, ``Lay Summary``, ``Video`` ...) and the **tail**
(page-load marker, cookie notice, footer, the "bytez" widget that repeats the paper).

The page becomes ``Page(papers=(paper,), sessions=(Session(talks=...),))`` with one `Talk`
per time slot in page order, each carrying the same paper. A page with a kind, room or
event but no time has one untimed talk; a page with none of these has no session.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date
from itertools import product
from typing import Protocol

import attrs

from ..capture.document import Document
from ..capture.markdown import looks_like_markdown
from ..errors import RenderError
from ..models import Link, Page, Paper, Person, Session, Span, Talk
from ..times import TimeLine, TimeProblem, match_time_line, resolve
from ..venues import page_urls
from .kit.blocks import (
    PageTimes,
    author_paragraph,
    check_abstract,
    check_line,
    check_wall_times,
    join_abstract,
    reject_unsupported,
)
from .kit.embedded import check_article
from .kit.fields import (
    is_kind,
    is_room,
    join_authors,
    looks_like_authors,
    split_authors,
    split_truncation,
)
from .kit.heads import (
    Token,
    is_author_line,
    is_fragment,
    is_kind_label,
    is_page_end,
    read_line,
    read_text,
    split_kind_time,
)
from .kit.ledger import Ledger, LineState
from .kit.links import is_paper_link
from .kit.pagestart import cut_second_page
from .kit.records import Records
from .kit.scan import Facts, scan, without_bookmark
from .kit.vocabulary import AUTHOR_SEPARATORS, MONTHS, VIRTUAL_SITE, VIRTUAL_SITE_MENU, WEEKDAYS

__all__ = [
    "api_version",
    "detect",
    "detect_text",
    "format_slot_time",
    "is_kind_label",
    "name",
    "parse",
    "render",
    "split_kind_time",
    "vocabulary",
]

name = "detail"
api_version = 2
vocabulary = VIRTUAL_SITE
"""The site whose furniture this layout's ledger knows (see `Vocabulary`)."""

# -- line recognisers -----------------------------------------------------------------------
_EVENT_WORDS = frozenset(("presentation", "workshop", "tutorial", "session", "competition",
                          "social", "event", "track"))  # fmt: skip
_WEEKDAY_SET = frozenset(WEEKDAYS)
"""How time lines start (`match_time_line` tries no other line)."""

_EVENT = re.compile(r"([A-Z][A-Za-z&/ -]{1,40}?):\s{1,3}(\S.{0,200})")
_EDITION = re.compile(r"((?:19|20)\d\d)\s{1,3}(\S.{0,40})")  # "2025 Poster"
_BANNER = re.compile(r"[A-Z][A-Za-z]{1,15}\s{1,3}((?:19|20)\d\d)")  # "ICML 2025"
_SELECT_YEAR = re.compile(r"Select Year:\s{0,3}\(((?:19|20)\d\d)\)")
_TOGGLE = re.compile(r"\[\s{0,3}Abstract\s{0,3}\]")
_BUTTONS = re.compile(r"(?:\[\s{0,3}[^\[\]]{1,60}\]\s{0,4}){1,12}")  # "[ Poster] [ OpenReview]"
_LINK_LINE = re.compile(r"(?:\[ ([^\[\]\s](?:[^\[\]]{0,78}[^\[\]\s])?)\] )?(https?://\S{1,2000})")
_SPACED_WEEKDAY = re.compile(r" (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
_DIGITS = "0123456789"
_SECTION_INITIALS = "ALSVCBbT"
"""The first characters of the lines `_section_kind` names."""
_COOKIE = re.compile(r"[A-Za-z]{2,20} uses cookies\b.{0,400}")
_LOGIN_PROMPTS = frozenset(("Log in and register to view live content",))
_BUTTON_LABELS = frozenset(("Project Page", "OpenReview", "Paper", "PDF", "Code", "Website"))
"""Link buttons as a plain capture prints them, one label a line, without their URLs."""
_FLAT_BUTTON_LINES = frozenset(("[", "]", "Poster", "Slides", "Video", "Abstract"))
"""What a button flattened over lines (``[`` / label / ``]``) holds besides `_BUTTON_LABELS`."""
_COOKIE_TAIL = frozenset(("information.", "Our Privacy Policy »", "Accept", "Accept Cookies"))
_READER_HEADERS = ("URL Source:", "Markdown Content:", "Published Time:")
_HEADERS = ("Title: ", *_READER_HEADERS)
_NAVIGATION_MAX_CHARS = 60
"""Preamble lines up to this long are the navigation menu; longer ones are reported."""


def _event(line: str) -> bool:
    found = _EVENT.fullmatch(line) if line.find(":", 2, 43) > 0 else None  # ":" in reach
    if found is None:
        return False
    prefix = found.group(1).strip()
    return is_kind(prefix) or prefix.split()[-1].casefold() in _EVENT_WORDS


def _edition_year(line: str) -> int | None:
    found = _EDITION.fullmatch(line)
    return int(found.group(1)) if found and is_kind_label(found.group(2)) else None


_SECTION_LINES = {
    "Abstract": "abstract", "Abstract:": "abstract",
    "Lay Summary": "lay-summary", "Lay Summary:": "lay-summary",
    "Show more": "show-more", "Show less": "show-more",
    "Video": "media", "Slides": "media", "Video:": "media", "Slides:": "media",
    "Chat is not available.": "chat",
    "Successful Page Load": "tail",
}  # fmt: skip
"""Section lines known by their whole text; `_section_kind` knows the others by their start
(``Abstract: ...``, ``bytez``, ``Bytez.com ...``, ``The ... Logo above may be used ...``)."""


def _section_kind(line: str) -> str | None:
    """What a line that starts or ends a section is, or ``None``."""
    kind = _SECTION_LINES.get(line)
    if kind is not None or not line or line[0] not in "ABbT":  # how the others start
        return kind
    if line.startswith("Abstract: "):
        return "abstract-inline"
    if line in _BYTEZ or line.startswith("Bytez.com") or is_page_end(line):
        return "tail"
    return None


def _head_line(line: str, title: str | None) -> str | None:
    """What a line between the authors and the first section is, or ``None``."""
    if not line:
        return None
    if line == title:
        return "title"
    if split_kind_time(line) is not None:
        return "time"
    return _slot_field(line)


def _slot_field(line: str) -> str | None:
    """What a non-blank line that is neither the title nor a time line is (see `_head_line`)."""
    return _slot_mark(line) or ("room" if is_room(line) else None)


def _slot_mark(line: str) -> str | None:
    """The strong fields of `_slot_field`: event, edition, toggle, link, buttons, open-bracket."""
    first = line[0]  # each pattern starts with its own characters
    if "A" <= first <= "Z":
        return "event" if _event(line) else None
    if first == "[":
        if _TOGGLE.fullmatch(line):
            return "toggle"
        if _LINK_LINE.fullmatch(line):
            return "link"
        if _BUTTONS.fullmatch(line):
            return "buttons"
        return "open-bracket" if line == "[" else None
    if first == "h":
        return "link" if _LINK_LINE.fullmatch(line) else None
    if first in "12" and _edition_year(line) is not None:
        return "edition"
    return None


def _is_strong(line: str) -> bool:
    """Whether *line* is a time line or a `_slot_mark` field: a line that only comes below
    a head (a room may be a title: ``Hall of Mirrors``)."""
    return bool(line) and (split_kind_time(line) is not None or _slot_mark(line) is not None)


def _is_cookie(line: str) -> bool:
    """``NeurIPS uses cookies to remember ...`` (a substring test before the pattern)."""
    return " uses cookies" in line and _COOKIE.fullmatch(line) is not None


_MENU_YEAR = re.compile(r"(?:19|20)\d\d")
_COOKIE_LINK = re.compile(r"\u00bb\s{0,4}\]\[\d{1,4}\](?:\s{0,200}\u2502\s{0,4}\w{0,12})?")
"""``» ][38]``: the end of the cookie notice's policy link (a text browser may box the notice,
with the cut end of its "Accept" button in the box's next column)."""
_RULE_CHARS = "\u2500\u2501\u2550\u252c\u2534\u253c-=_*~ "
"""Horizontal rules of text browsers, box edges included (``─┬─``, ``─┴─``)."""
_TIME_ZONE_MENU = re.compile(r"TZ: [A-Za-z_]{1,20}(?:/[A-Za-z_+-]{1,30}){0,2}")


_ANYWHERE = dict(VIRTUAL_SITE.furniture)
"""The site's furniture that holds anywhere (what the ledger's `is_boilerplate` knows)."""
_SITE_FURNITURE = VIRTUAL_SITE_MENU.furniture
_KNOWN_LINES = dict((VIRTUAL_SITE | VIRTUAL_SITE_MENU).furniture)
"""Both tables in one, `VIRTUAL_SITE` winning, for `furniture_rule`'s one lookup."""
_FURNITURE_MAX_CHARS = max(map(len, _KNOWN_LINES))
_RULE_STARTS: dict[str, tuple[str, ...]] = {
    "1": ("19",), "2": ("20",),  # the menu's years
    "S": ("Select Year:",), "T": ("TZ: ", "The "),  # the time zone menu, the logo notice
    "\u00bb": ("\u00bb",),  # the cookie notice's link
    **{char: (char,) for char in _RULE_CHARS},  # a rule
}  # fmt: skip
"""How the lines that `furniture_rule`'s patterns can match start, by their first
character: a line that starts otherwise is known by its whole text or as a cookie notice."""


def furniture_rule(line: str) -> str | None:
    """The rule that knows non-blank *line* as site furniture by its own text, or ``None``:
    a `VIRTUAL_SITE` or `VIRTUAL_SITE_MENU` line, a year of the menu's year list, ``Select
    Year: (2025)``, the time zone menu (``TZ: America/Vancouver``), a cookie notice, the
    logo notice."""
    if len(line) <= _FURNITURE_MAX_CHARS:  # longer lines are no known line: not hashed
        rule = _KNOWN_LINES.get(line)
        if rule is not None:
            return rule
    first = line[0]
    starts = _RULE_STARTS.get(first)
    if (starts is None or not line.startswith(starts)) and " uses cookies" not in line:
        return None  # no test below can pass: most lines of a page leave here
    if first in "12" and len(line) == 4 and _MENU_YEAR.fullmatch(line):
        return "navigation-menu"
    if first == "S" and _SELECT_YEAR.fullmatch(line):
        return "navigation-menu"
    if first == "T" and (_TIME_ZONE_MENU.fullmatch(line) or is_page_end(line)):
        return "navigation-menu" if line[1] == "Z" else "site-footer"
    if (" uses cookies" in line and _is_cookie(line.lstrip("| "))) or (
        first == "\u00bb" and _COOKIE_LINK.fullmatch(line)
    ):
        return "cookie-notice"
    if first in _RULE_CHARS and not line.strip(_RULE_CHARS):
        return "rule-line"  # a text browser's horizontal rule
    return None


_PREAMBLE_KNOWN: dict[str, str] = {
    line: rule
    for line, rule in _SITE_FURNITURE.items()
    if not line.startswith(_HEADERS)
    and not (len(line) <= 23 and line[-1] in _DIGITS)
    and line not in _COOKIE_TAIL
    and not _is_cookie(line)
    and rule != "cookie-notice"
}
"""The `_SITE_FURNITURE` lines for which `_Reader._preamble_rule` can only find their own
rule (no reader header, banner or cookie notice), once the line holds no title: the
preamble looks them up (and the menu's years) first, as most of its lines are menu items."""


_BYTEZ = frozenset(map("".join, product(*zip("bytez", "BYTEZ", strict=True))))
"""The widget's heading in every case: the lines whose `str.casefold` is ``bytez`` (no
other character folds to one of these five letters)."""
_TAIL_TEXTS = frozenset((*_KNOWN_LINES, *_COOKIE_TAIL, *_BYTEZ))
"""The whole lines that the tail reads one by one in the widget (see `_widget_lines`)."""


def _tail_lines(stripped: Sequence[str], start: int, title: str | None) -> list[int]:
    """The lines at or below *start* that `_Reader.tail` reads one by one, in page order:
    every non-blank line down to the bytez widget's ``bytez`` heading, and below it the
    widget's lines that a rule may know (`_widget_lines`)."""
    read: list[int] = []
    for index in range(start, len(stripped)):
        line = stripped[index]
        if line:
            read.append(index)
            if line in _BYTEZ:
                read += _widget_lines(stripped, index + 1, title)
                break
    return read


def _widget_lines(stripped: Sequence[str], start: int, title: str | None) -> list[int]:
    """The lines at or below *start*, in the bytez widget, that a furniture rule may know
    (`furniture_rule`: by the first character, the whole text or a cookie notice in it), a
    ``bytez`` heading, the cookie notice's tail and the *title*. No rule knows the others:
    they are the widget's copy of the paper (hundreds of lines, tested without a call each)."""
    texts = _TAIL_TEXTS if title is None else _TAIL_TEXTS | {title}
    starts = _RULE_STARTS
    return [
        index
        for index, line in enumerate(stripped[start:], start)
        if line and (line[0] in starts or line in texts or " uses cookies" in line)
    ]


def _is_title_form(line: str, title: str) -> bool:
    """``<title>``, ``ICML Poster <title>`` or ``<title> Poster``: how pages title themselves."""
    if line == title:
        return True
    if line.endswith(title):
        prefix = line[: -len(title)]
        return prefix.endswith(" ") and len(prefix) <= 41 and len(prefix.split()) <= 4
    if line.startswith(title):
        return line[len(title)] == " " and is_kind_label(line[len(title) :].strip())
    return False


# -- the head -------------------------------------------------------------------------------
@attrs.frozen
class _Head:
    """Positions of the head (see `_Lines`): kind, title (and its copies right above), first
    author line, and the slot lines printed among them (``above``: time, room, award and
    event lines above the authors, as ``(tag, position)`` in page order)."""

    kind: int | None
    title: int | None
    repeats: tuple[int, ...]
    authors: int | None
    separated: bool
    above: tuple[tuple[str, int], ...] = ()

    @property
    def first(self) -> int:
        found = [i for i in (self.kind, self.title, *self.repeats, self.authors) if i is not None]
        return min([*found, *(at for _tag, at in self.above)])

    @property
    def last(self) -> int:
        found = [i for i in (self.kind, self.title, self.authors) if i is not None]
        return max(found)


class _Lines(Protocol):
    """Stripped lines, each at a position that grows down the page.

    `parse` reads a page's list of lines (`_Listed`: the position is the index); `detect`
    reads the scanned prefix (`_Prefix`: the position is an offset), and so strips only the
    lines it looks at. `_find_head` works on either.
    """

    def line(self, at: int) -> str:
        """The line at *at*."""
        ...

    def lines(self, after: int, stop: int) -> Iterator[tuple[int, str]]:
        """``(position, line)`` for the lines below *after* (-1: from the top) and above *stop*."""
        ...

    def before(self, at: int) -> int | None:
        """The position of the last non-blank line above *at*."""
        ...

    def previous(self, at: int) -> tuple[int, str] | None:
        """``(position, line)`` of the last non-blank line above *at*."""
        ...

    def after(self, at: int, stop: int) -> int | None:
        """The position of the first non-blank line below *at* and above *stop*."""
        ...

    def first_author(self, stop: int) -> int | None:
        """The position of the first author line (`is_author_line`) above *stop*."""
        ...


class _Listed:
    """`_Lines` over a list of stripped lines."""

    __slots__ = ("stripped",)

    def __init__(self, stripped: Sequence[str]) -> None:
        self.stripped = stripped

    def line(self, at: int) -> str:
        return self.stripped[at]

    def lines(self, after: int, stop: int) -> Iterator[tuple[int, str]]:
        return enumerate(self.stripped[after + 1 : stop], after + 1)

    def before(self, at: int) -> int | None:
        stripped = self.stripped
        at -= 1
        while at >= 0 and not stripped[at]:
            at -= 1
        return at if at >= 0 else None

    def previous(self, at: int) -> tuple[int, str] | None:
        found = self.before(at)
        return None if found is None else (found, self.stripped[found])

    def after(self, at: int, stop: int) -> int | None:
        stripped = self.stripped
        at += 1
        while at < stop and not stripped[at]:
            at += 1
        return at if at < stop else None

    def first_author(self, stop: int) -> int | None:
        for index, line in enumerate(self.stripped[:stop]):
            if ("\u00b7" in line or "\u22c5" in line) and is_author_line(line):
                return index
        return None


_DETECT_LINES = 800
"""`detect` reads at most this many lines of the prefix."""
_SECTION_LINE = re.compile(
    r"\n[^\S\n]*(?:Abstract|Lay Summary|Show (?:more|less)|Video|Slides|Chat is not available\."
    r"|Successful Page Load|Bytez\.com|[Bb][Yy][Tt][Ee][Zz]|The [A-Za-z]{2,20} Logo above)"
)
"""Where a line may start that `_section_kind` names: found in C, then checked."""
_MORE_SECTION = re.compile(r"\n[^\S\n]*(?:Show (?:more|less)|Lay Summary)")
"""The same for the sections that only detail pages have."""


class _Prefix:
    """`_Lines` over the first `_DETECT_LINES` lines of a scanned prefix: a line is at the
    offset of its newline in ``facts.lined``, and is stripped only when it is read."""

    __slots__ = ("facts", "lined", "section")

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.lined = facts.lined
        self.section: int | None = None
        """The first section line (`_section_kind`), once `section_limit` found it."""

    def line(self, at: int) -> str:
        return self.facts.line_at(at)

    def lines(self, after: int, stop: int) -> Iterator[tuple[int, str]]:
        lined = self.lined
        at = lined.find("\n", after + 1)
        if 0 <= at < stop:
            for raw in lined[at + 1 : stop].split("\n"):  # one split in C for the whole run
                yield at, raw.strip()
                at += len(raw) + 1

    def before(self, at: int) -> int | None:
        lined = self.lined
        while at > 0:
            at = lined.rfind("\n", 0, at)
            if self.line(at):
                return at
        return None

    def previous(self, at: int) -> tuple[int, str] | None:
        lined = self.lined
        while at > 0:
            at = lined.rfind("\n", 0, at)
            line = self.line(at)
            if line:
                return at, line
        return None

    def after(self, at: int, stop: int) -> int | None:
        lined = self.lined
        while True:
            at = lined.find("\n", at + 1)
            if not 0 <= at < stop:
                return None
            if self.line(at):
                return at

    def first_author(self, stop: int) -> int | None:
        for at in self.facts.separator_lines():  # the lines that hold a "·" or "⋅"
            if at >= stop:
                return None
            line = self.line(at)
            if is_author_line(line) and _detect_joins_names(line):
                return at
        return None

    # -- what only detection asks -------------------------------------------------------------
    def read(self, at: int) -> bool:
        """Whether the line at *at* is one of the lines `detect` reads."""
        return at < _DETECT_LINES or self.lined.count("\n", 0, at) < _DETECT_LINES

    def end(self) -> int:
        """The position right below the last line read (the newline that ends it)."""
        lined = self.lined
        rest = lined.split("\n", _DETECT_LINES + 1)  # ["", line 0, ..., line 799, the rest]
        return len(lined) - 1 - (len(rest[-1]) if len(rest) > _DETECT_LINES + 1 else 0)

    def section_limit(self) -> int:
        """The position of the first section line, else `end`: where the head must end."""
        for found in _SECTION_LINE.finditer(self.lined):
            at = found.start()
            if _section_kind(self.line(at)) is not None:
                if self.read(at):
                    self.section = at
                    return at
                break
        return self.end()

    def more_sections(self, start: int) -> bool:
        """Whether a "Show more" or "Lay Summary" line is read at or below *start*."""
        for found in _MORE_SECTION.finditer(self.lined, start):
            at = found.start()
            if not self.read(at):
                return False
            if _section_kind(self.line(at)) in ("show-more", "lay-summary"):
                return True
        return False

    def authors_above(self, stop: int) -> int:
        """How many author lines lie above *stop* (counted up to four)."""
        count = 0
        for at in self.facts.separator_lines():
            if at >= stop or count > 3:
                break
            count += is_author_line(self.line(at))
        return count

    def time_line_above(self, stop: int) -> bool:
        """Whether a line above *stop* is a time line (`match_time_line`).

        The scan's time lines are the candidates: they are the lines that are time lines
        once a ``(Bookmark)`` button is cut off, so each is checked again whole.
        """
        facts, seen, wanted = self.facts, 0, 1
        while True:
            found = facts.time_lines(wanted)
            for at in found[seen:]:
                if at >= stop:
                    return False
                if match_time_line(self.line(at)) is not None:
                    return True
            if len(found) < wanted:
                return False
            seen, wanted = wanted, wanted * 4


def _section_limit(lines: Sequence[str]) -> int:
    return next((i for i, line in enumerate(lines) if _section_kind(line)), len(lines))


def _section_lines(stripped: Sequence[str]) -> list[tuple[int, str]]:
    """``(index, kind)`` of the lines `_section_kind` names, down to the first tail line."""
    found: list[tuple[int, str]] = []
    for index, line in enumerate(stripped):
        if line and line[0] in _SECTION_INITIALS:
            kind = _section_kind(line)
            if kind is not None:
                found.append((index, kind))
                if kind == "tail":
                    break
    return found


def _plausible_title(line: str) -> bool:
    return not is_kind_label(line) and _section_kind(line) is None and not _is_strong(line)


class _Walk(enum.Enum):
    """Where the walk up from the first author line stands (see `_walk_up`)."""

    BELOW_TITLE = enum.auto()
    """Between the authors and the title: only strong slot lines (time, event, a room with
    its board number) may stand there; the first other line is the title."""
    ABOVE_TITLE = enum.auto()
    """Above the title (and its copies): the kind and the slot lines, each at most once."""
    DONE = enum.auto()
    """A line that no head holds: the head starts below it."""


_BELOW_TITLE, _ABOVE_TITLE, _DONE = _Walk.BELOW_TITLE, _Walk.ABOVE_TITLE, _Walk.DONE


def _head_field(line: str) -> str | None:
    """What a line of a head's slot part is: ``kind``, ``time``, ``room``, ``award``,
    ``event``, or ``None`` (read by `read_text`, the kit's head recogniser)."""
    if _event(line):
        return "event"
    token = read_text(line).token
    if token is Token.KIND:
        return "kind"
    if token is Token.TIME or token is Token.KIND_TIME:
        return "time"
    if token is Token.ROOM:
        return "room"
    return "award" if token is Token.AWARD else None


def _strong_field(line: str) -> str | None:
    """The slot lines that no title reads as: ``time`` (a time line, a kind may lead it),
    ``event``, ``room`` with its board number (``HALL A #2108``); else ``None``. Only these
    may stand between a title and its authors."""
    if split_kind_time(without_bookmark(line)) is not None:
        return "time"
    if _event(line):
        return "event"
    cut = line.rfind(" #")
    if cut > 0 and line[cut + 2 :].isdigit() and is_room(line):
        return "room"
    return None


def _walk_up(lines: _Lines, author: int) -> _Head:
    """The head that ends at the first author line *author*, assembled from the lines above
    it in whatever order the page prints them: slot lines (a time, an event, a room with a
    board) between the title and the authors; the title and its copies; the kind and the
    slot lines above the title. Slot lines above the title are kept only with a kind or a
    time among them: a room or an award alone there is the navigation menu's; above the
    kind line, only strong slot lines (`_strong_field`) belong to the head."""
    state = _BELOW_TITLE
    title: int | None = None
    text = ""
    kind: int | None = None
    repeats: list[int] = []
    below: list[tuple[str, int]] = []
    above: list[tuple[str, int]] = []
    seen: set[str] = set()
    found = lines.previous(author)
    while found is not None and state is not _DONE:
        at, line = found
        if state is _BELOW_TITLE:
            field = _strong_field(line)
            if field is not None:
                if field in seen:
                    break
                seen.add(field)
                below.append((field, at))
            else:
                title, text, state = at, line, _ABOVE_TITLE
                if is_kind_label(line):  # the title is missing: this is the kind line
                    kind, title = at, None
                    seen.add("kind")
        elif title is not None and line == text and not above and kind is None:
            repeats.append(at)
        else:  # above a kind line, only the lines no menu prints: times, events, boards
            field = _head_field(line) if kind is None else _strong_field(line)
            if field is None or field in seen:
                state = _DONE
                break
            seen.add(field)
            if field == "kind":
                kind = at
            else:
                above.append((field, at))
        found = lines.previous(at)
    if (
        above
        and not any(tag == "time" for tag, _at in above)
        and (kind is None or kind > min(at for _tag, at in above))
    ):
        above = []  # no time above the title, and no kind on top of the fields
    if not above and not below:
        return _Head(kind, title, tuple(repeats), author, True)
    fields = tuple(sorted(above + below, key=lambda item: item[1]))
    return _Head(kind, title, tuple(repeats), author, True, fields)


def _find_head(lines: _Lines, limit: int) -> _Head | None:
    """Locate the head among *lines* above *limit* (the first section line)."""
    author = lines.first_author(limit)
    if author is not None:
        return _walk_up(lines, author)
    # No author line with a separator: the last kind line before the slots, then the title.
    # One pass finds the slots (the first strong line) and the kind lines above them.
    anchor, kinds = limit, []
    for at, line in lines.lines(-1, limit):
        if not line:
            continue
        if _is_strong(line):
            anchor = at
            break
        if len(line) <= 40 and is_kind_label(line):
            kinds.append(at)
    kind = None
    for at in reversed(kinds):
        following = lines.after(at, anchor)
        if following is not None and _plausible_title(lines.line(following)):
            kind = at
            break
    if kind is None:
        return None
    title = lines.after(kind, anchor)
    assert title is not None
    text = lines.line(title)
    name_line = lines.after(title, anchor)
    while name_line is not None and lines.line(name_line) == text:
        name_line = lines.after(name_line, anchor)
    single = (
        name_line is not None
        and looks_like_authors(lines.line(name_line))
        and _head_line(lines.line(name_line), text) is None
    )
    return _Head(kind, title, (), name_line if single else None, False)


# -- detection ------------------------------------------------------------------------------
def _detect_joins_names(line: str) -> bool:
    """Whether an author line joins names: a separator between two of them, not in front of
    one (`` · Submitted by ...``, a byline) or after the last."""
    return line[0] not in _SEPARATOR_CHARS and line[-1] not in _SEPARATOR_CHARS


_SEPARATOR_CHARS = "".join(AUTHOR_SEPARATORS)


def _detect_slot(head: _Head, times: int, maybe_times: Sequence[str]) -> bool:
    """Whether the head prints a time slot: in it (the ICML 2026 head) or below it."""
    if times or any(tag == "time" for tag, _at in head.above):
        return True
    return any(split_kind_time(line) is not None for line in maybe_times)


_FURNITURE = frozenset(("edition", "toggle", "buttons", "open-bracket", "link"))
_FURNITURE_INITIALS = "[h12"
"""How furniture lines start: ``[ Poster]``, ``https://...``, ``2025 Poster``."""


def detect_text(text: str) -> float:
    """Scores detail pages: a kind / title / authors head, an abstract, detail furniture.

    Pages with a moderator line, a time line above the head, or several author lines
    (session and award pages) score low. Reads the first 800 lines of the shared scan's
    prefix, and of those only the lines around the head: the rest is searched in C.
    """
    facts = scan(text)
    if facts.moderator() is not None:
        return 0.0
    lines = _Prefix(facts)
    limit = lines.section_limit()
    head = _find_head(lines, limit)
    if head is None or head.title is None:
        return 0.0
    if lines.authors_above(limit) > 3 or lines.time_line_above(head.first):
        return 0.1
    # Below the head: more than six time lines rule the page out, furniture scores. Only a
    # line that may be the first furniture is classified at once; the lines that may be time
    # lines are read only when there are enough of them to pass six.
    title = lines.line(head.title)
    times, furnished, maybe_times = 0, False, []
    for _at, line in lines.lines(head.last, limit):
        if not line or line == title:
            continue
        if not furnished and line[0] in _FURNITURE_INITIALS:
            tag = _head_line(line, title)
            times += tag == "time"
            furnished = tag in _FURNITURE
        elif line[:3] in _WEEKDAY_SET or _SPACED_WEEKDAY.search(line, 0, 48):
            maybe_times.append(line)
    if times + len(maybe_times) > 6:
        times += sum(split_kind_time(line) is not None for line in maybe_times)
        if times > 6:
            return 0.1
    kind = head.kind is not None
    opening = _section_kind(lines.line(lines.section)) if lines.section is not None else None
    abstract = opening in ("abstract", "abstract-inline")
    furnished = furnished or lines.more_sections(limit)
    # A kind line over the title and names is the platform's head; else two more signs of a
    # detail page are wanted, three when the head is a kind line over a line (no names).
    evidence = kind + abstract + furnished
    needed = (1 if kind else 2) if head.separated else 3
    if evidence < needed and not (
        evidence + 1 == needed and _detect_slot(head, times, maybe_times)
    ):
        return 0.3  # a title over names, or a menu's "Talk" over a line: too little to go on
    return 0.5 + 0.15 * (kind + abstract + furnished)


def detect(document: Document) -> float:
    """How sure this layout is that *document* is its page (see `detect_text`)."""
    return detect_text(document.head())


# -- parsing --------------------------------------------------------------------------------
@attrs.define
class _Slot:
    """One time slot while it is being read: its time line and its field lines."""

    time: tuple[int, str | None, TimeLine] | None = None
    fields: dict[str, int] = attrs.field(factory=dict)  # "location" / "event" -> line index

    def add(self, state: LineState, field: str, index: int) -> None:
        """Take line *index* as *field*; report it when the slot already has one."""
        if field in self.fields:
            state.report(index, "duplicate-field", f"a second {field} line for one time slot")
        else:
            self.fields[field] = index

    def lines(self) -> list[int]:
        return ([self.time[0]] if self.time else []) + sorted(self.fields.values())


class _Reader:
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
        skip = self.state.skip
        cookie = False
        for index, line in enumerate(self.state.stripped[:stop]):
            if not line:
                continue
            rule = _ANYWHERE.get(line)  # what `LineState.is_boilerplate` looks up
            if rule is None and (title is None or title not in line):
                rule = _PREAMBLE_KNOWN.get(line)  # what `_preamble_rule` would find
                if rule is None and len(line) == 4 and _MENU_YEAR.fullmatch(line):
                    rule = "navigation-menu"  # the menu's list of years
                if rule is not None:
                    cookie = False
            if rule is None:
                rule = self._preamble_rule(line, title, cookie)
                cookie = rule == "cookie-notice"
            if rule is not None:
                skip(index, rule)
            elif len(line) <= _NAVIGATION_MAX_CHARS and (
                line[:3] not in _WEEKDAY_SET or match_time_line(line) is None
            ):  # where the menu stands, but no menu item: said, not skipped
                message = "line above the paper's head is no known menu item"
                self.state.report(index, "unknown-furniture", message, severity="warning")

    def _title_or_banner(self, line: str, title: str | None) -> str | None:
        if title is not None and _is_title_form(line, title):
            return "page-title"
        banner = _BANNER.fullmatch(line) if len(line) <= 23 and line[-1:] in _DIGITS else None
        if banner is not None:
            self.years.setdefault("banner", int(banner.group(1)))
            return "conference-banner"
        return None

    def _preamble_rule(self, line: str, title: str | None, cookie: bool) -> str | None:
        """The rule for a non-blank preamble line. Each test is tried only on the lines that
        can pass it: a page title is at least as long as the title, a banner ends in a digit."""
        if line.startswith(_HEADERS):
            if line.startswith("Title: "):  # a reader service's header: the page title
                return self._title_or_banner(line[7:].strip(), title)
            return "reader-header"
        if (title is not None and len(line) >= len(title)) or line[-1] in _DIGITS:
            rule = self._title_or_banner(line, title)
            if rule is not None:
                return rule
        if (cookie and line in _COOKIE_TAIL) or _is_cookie(line):
            return "cookie-notice"
        if line[0] == "S" and line.startswith("Select Year:"):
            selected = _SELECT_YEAR.fullmatch(line)
            if selected is not None:
                self.years.setdefault("menu", int(selected.group(1)))
        return furniture_rule(line)

    def tail(self, start: int, title: str | None) -> None:
        """The page-load marker, the cookie notice, the footer and the bytez widget. A line
        is skipped only when its own text is known furniture; the others are reported: the
        widget's copy of the paper's text as ``widget-text`` (info, one diagnostic for each
        run of its lines), anything else (a second page, a note) as ``unknown-furniture``.

        In the widget only the lines that a rule may know are read (`_tail_lines`): the
        lines between them join the run that the next furniture line (or the end) reports."""
        state, stripped = self.state, self.state.stripped
        widget = cookie = False
        run: int | None = None  # in the widget: the first line since the last furniture line
        plain = start  # the first line below the last one read
        for index in _tail_lines(stripped, start, title):
            if cookie and any(stripped[plain:index]):
                cookie = False  # the widget's text ends a cookie notice
            plain = index + 1
            line = stripped[index]
            if line == "Successful Page Load":
                rule: str | None = "page-load-marker"
            else:
                rule = furniture_rule(line)
                if rule is None and cookie and line in _COOKIE_TAIL:
                    rule = "cookie-notice"
                cookie = rule == "cookie-notice"
                if rule is None and line in _BYTEZ:
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
    ) -> list[_Slot]:
        """Time slots, rooms, events, awards and link buttons below the head, after the slot
        lines *head* that the head holds (`_Head.above`); returns the slots in page order."""
        state, stripped = self.state, self.state.stripped
        items: list[tuple[str, int]] = list(head)
        times: dict[int, tuple[str | None, TimeLine]] = {}
        for field, index in head:
            if field == "time":
                timed = split_kind_time(without_bookmark(stripped[index]))
                assert timed is not None
                times[index] = timed
        index = first
        while index < stop:
            line = stripped[index]
            if not line or state.is_boilerplate(index):
                index += 1
                continue
            timed = split_kind_time(line) if line != title else None
            if timed is not None:
                times[index] = timed  # parsed once, for `_group`
            tag = "title" if line == title else "time" if timed is not None else _slot_field(line)
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
                found = _LINK_LINE.fullmatch(line)
                assert found is not None
                self.links.append(Link(text=found.group(1), url=found.group(2)))
                state.use(index)
            elif tag == "buttons" or (tag == "open-bracket" and _closing(stripped, index, stop)):
                last = index if tag == "buttons" else _closing(stripped, index, stop)
                self._buttons(index, last)
                index = last
            elif line in _COOKIE_TAIL or _is_cookie(line):
                state.skip(index, "cookie-notice")
            else:
                self._other(index, line, items)
            index += 1
        return _group(state, items, times)

    def _other(self, index: int, line: str, items: list[tuple[str, int]]) -> None:
        """A line below the head that no slot rule took, read by the kit's head recogniser:
        the kind (when the head printed none), an award, a button that is a link or a known
        label, a flattened bracket; else it is reported."""
        if line in _BUTTON_LABELS:  # at once: the recogniser reads no label as a kind or award
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
                line in _FLAT_BUTTON_LINES
                or line in _BUTTON_LABELS
                or is_fragment(line)
                or _BUTTONS.fullmatch(line)
                or (found and (_LINK_LINE.fullmatch(line) or self.document.links_on(index, index)))
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
        *start*..*stop*-1, whose section lines are among *marks* (`_section_lines`)."""
        state, stripped = self.state, self.state.stripped
        kinds = dict(marks)
        starts = [index for index, _kind in marks]
        texts: dict[str, tuple[str | None, bool]] = {}
        ends: dict[str, int] = {}
        last_used = start
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
            elif line in _COOKIE_TAIL or _is_cookie(line):
                state.skip(index, "cookie-notice")
            elif line in _LOGIN_PROMPTS:
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
        if stripped[close] == "]":
            return close
    return 0


def _group(
    state: LineState, items: list[tuple[str, int]], parsed: dict[int, tuple[str | None, TimeLine]]
) -> list[_Slot]:
    """Attach rooms, events and awards to time lines.

    An event (or award) line heads the slot below it. A room belongs to the next time line when the
    first room comes before the first time line (NeurIPS 2023: room, buttons, time), else
    to the time line above it. Fields after the last time line go to the last slot;
    without time lines there is one slot.
    """
    times = [index for tag, index in items if tag == "time"]
    rooms = [index for tag, index in items if tag == "room"]
    rooms_below = bool(times) and (not rooms or rooms[0] > times[0])
    slots: list[_Slot] = []
    pending = _Slot()  # the fields waiting for the next time line
    for tag, index in items:
        if tag == "time":
            kind, parts = parsed[index]
            pending.time = (index, kind, parts)
            slots.append(pending)
            pending = _Slot()
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


def _with_page_link(links: tuple[Link, ...], document: Document) -> tuple[Link, ...]:
    """*links*, and the page's own URL when it is a paper's page (a detail page is the page
    of its paper) and no link of *links* is one (`page_urls`)."""
    if any(is_paper_link(link.url) for link in links):
        return links
    for url in map(str.strip, page_urls(document)):
        if url.startswith(("http://", "https://")) and is_paper_link(url):
            return (*links, Link(url=url))
    return links


def parse(document: Document, state: Ledger) -> Records:
    """The paper and talks of a detail page."""
    cut_second_page(state)  # a second page pasted below: reported, not read
    options = state.options
    reader = _Reader(state)
    stripped = state.stripped
    count = len(stripped)
    marks = _section_lines(stripped)
    limit = marks[0][0] if marks else count
    head = _find_head(_Listed(stripped), limit)
    # the first tail line: below the head, since the head is above every section line
    tail = marks[-1][0] if marks and marks[-1][1] == "tail" else count
    if head is None:
        reader.tail(tail, None)
        for index in range(tail):
            state.is_boilerplate(index)
        return Records()

    title = stripped[head.title] if head.title is not None else None
    reader.tail(tail, title)
    head_first = head.first
    reader.preamble(head_first, title)
    for index in head.repeats:
        state.skip(index, "repeated-title")
    authors: tuple[Person, ...] = ()
    head_last = head.last
    if head.authors is not None:
        if head.separated:
            authors, head_last = author_paragraph(state, head.authors, max(limit - 1, head.authors))
        else:
            authors = (Person(name=stripped[head.authors]),)
    for line_index in (head.kind, head.title):
        if line_index is not None:
            state.use(line_index)
    if head.authors is not None:
        state.use(head.authors, head_last)

    sections = next((index for index, _kind in marks if index > head_last), tail)
    slots = reader.slots(head_last + 1, sections, title, head.above)
    abstract, truncated, lay, last_used = reader.sections(marks, sections, tail)
    paper = Paper(
        title=title,
        authors=authors,
        abstract=abstract,
        abstract_truncated=truncated,
        lay_summary=lay,
        links=_with_page_link(tuple(reader.links), document),
        span=Span(first=head_first + 1, last=max(last_used, head_last) + 1),
    )
    state.check_records(len(slots))

    kind_line = head.kind if head.kind is not None else reader.kind
    kind = stripped[kind_line] if kind_line is not None else None
    if kind_line is not None and not slots:
        slots.append(_Slot())  # the kind line needs a talk to live in
    if kind_line is not None and slots[0].time and slots[0].time[1] not in (None, kind):
        message = f"the page kind {kind!r} is not the kind printed on its first time slot"
        state.report(kind_line, "kind-mismatch", message, severity="warning")
    parts = [slot.time[2] for slot in slots if slot.time is not None]
    printed = reader.page_year() if options.year is None else None
    times = PageTimes(options, parts, printed=printed)
    talks: list[Talk] = []
    for number, slot in enumerate(slots):
        start = end = zone = None
        slot_kind = kind if number == 0 else None
        if slot.time is not None:
            index, printed_kind, line_parts = slot.time
            slot_kind = printed_kind or slot_kind
            start, end, zone = times.resolve(state, index, line_parts)
        lines = slot.lines() or [kind_line if kind_line is not None else head_first]
        for index in slot.lines():
            state.use(index)
        fields = {field: stripped[index] for field, index in slot.fields.items()}
        talks.append(
            Talk(
                start=start,
                end=end,
                zone=zone,
                kind=slot_kind,
                paper=paper,
                location=fields.get("location"),
                event=fields.get("event"),
                award=fields.get("award"),
                span=Span(first=min(lines) + 1, last=max(lines) + 1),
            )
        )
    sessions: tuple[Session, ...] = ()
    if talks:
        first_talk, last_talk = talks[0].span, talks[-1].span
        assert first_talk is not None and last_talk is not None
        span = Span(first=first_talk.first, last=max(first_talk.last, last_talk.last))
        sessions = (Session(talks=tuple(talks), span=span),)
    checked = check_article(state, paper)  # the JSON-LD of a saved page, when it has one
    if checked is not paper:
        sessions = tuple(
            attrs.evolve(
                session,
                talks=tuple(attrs.evolve(talk, paper=checked) for talk in session.talks),
            )
            for session in sessions
        )
    return Records(papers=(checked,), sessions=sessions)


# -- rendering ------------------------------------------------------------------------------
def format_slot_time(talk: Talk) -> str:
    """A slot as ``Tue, Dec 12, 2023 • 8:45 AM \u2013 10:45 AM PST`` (the year is always printed).

    Raises `RenderError` unless the line reads back as the same start, end and zone.
    """
    start, end, zone = talk.start, talk.end, talk.zone
    if start is None or end is None or zone is None:
        raise RenderError("the detail layout needs a start, an end and a zone for a time slot")
    wall_end = end.astimezone(start.tzinfo)

    def clock(hour: int, minute: int) -> str:
        return f"{hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"

    line = (
        f"{WEEKDAYS[start.weekday()]}, {MONTHS[start.month - 1]} {start.day}, {start.year} "
        f"\u2022 {clock(start.hour, start.minute)} \u2013 {clock(wall_end.hour, wall_end.minute)}"
        f" {zone}"
    )
    parts = match_time_line(line)
    try:
        back = resolve(parts, year=None, zones={}, today=start.date()) if parts else None
    except TimeProblem:
        back = None
    if back is None or back[:3] != (start, end, zone):
        raise RenderError(f"slot {start.isoformat()} - {end.isoformat()} {zone} cannot be printed")
    check_wall_times(start, wall_end, zone)
    return line


_PAPER_FIELDS = frozenset({"title", "authors", "abstract", "abstract_truncated", "lay_summary",
                           "links"})  # fmt: skip
_TALK_FIELDS = frozenset({"start", "end", "zone", "kind", "paper", "location", "event"})
_SESSION_FIELDS = frozenset({"talks"})


def _talks(page: Page, paper: Paper) -> tuple[Talk, ...]:
    if len(page.sessions) > 1:
        raise RenderError("the detail layout holds at most one session")
    if not page.sessions:
        return ()
    session = page.sessions[0]
    reject_unsupported(session, _SESSION_FIELDS, name)
    if not session.talks:
        raise RenderError("a session without talks cannot be told apart from no session")
    for talk in session.talks:
        reject_unsupported(talk, _TALK_FIELDS, name)
        if talk.paper != paper:
            raise RenderError("every talk of a detail page presents the page's paper")
    timed = [talk.start is not None for talk in session.talks]
    if not all(timed) and len(timed) > 1:
        raise RenderError("only a page with a single slot may leave out its time")
    only = session.talks[0]
    if not any(timed) and (only.kind, only.location, only.event) == (None, None, None):
        raise RenderError("an untimed slot without kind, room or event reads as no slot")
    return session.talks


def _slot_lines(talks: Sequence[Talk], title: str) -> list[tuple[str, str]]:
    """``(line, expected tag)`` for the slots: the event above its time line, the rooms
    above theirs when the first slot has a room, else below."""
    above = bool(talks) and talks[0].location is not None
    out: list[tuple[str, str]] = []
    for number, talk in enumerate(talks):
        event = [(talk.event, "event")] if talk.event is not None else []
        room = [(talk.location, "room")] if talk.location is not None else []
        time: list[tuple[str, str]] = []
        if talk.start is not None:
            line = format_slot_time(talk)
            if number and talk.kind is not None:
                prefixed = f"{talk.kind}  {line}"
                if split_kind_time(prefixed) != (talk.kind, match_time_line(line)):
                    raise RenderError(f"slot kind {talk.kind!r} would not be read back")
                line = prefixed
            time = [(line, "time")]
        elif number:
            raise RenderError("only a page with a single slot may leave out its time")
        out += [*event, *room, *time] if above else [*event, *time, *room]
    for line, tag in out:
        if tag != "time":  # a time line is built, not taken from the record
            check_line(line, f"{tag} line")
        if _head_line(line, title) != tag:
            raise RenderError(f"{tag} line {line!r} would not be read back as one")
    return out


def _link_lines(links: Sequence[Link], title: str) -> list[str]:
    out: list[str] = []
    for link in links:
        line = link.url if link.text is None else f"[ {link.text}] {link.url}"
        found = _LINK_LINE.fullmatch(line)
        if found is None or (found.group(1), found.group(2)) != (link.text, link.url):
            raise RenderError(f"link {link.text!r} {link.url!r} has no plain-text form")
        if _head_line(line, title) != "link":
            raise RenderError(f"link line {line!r} would not be read back as a link")
        out.append(line)
    return out


def _text_lines(text: str, what: str) -> list[str]:
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n\n")):
        if number:
            lines.append("")
        for line in paragraph.split("\n"):
            check_line(line, what)
            lines.append(line)
    return lines


def render(page: Page, *, today: date | None = None) -> str:
    """Write a one-paper `Page` as a detail page (see ``docs/layouts/detail.md``)."""
    if page.awards or len(page.papers) > 1:
        raise RenderError("the detail layout holds one paper and its time slots")
    if not page.papers:
        if page.sessions:
            raise RenderError("a detail page without a paper cannot print time slots")
        return ""
    paper = page.papers[0]
    reject_unsupported(paper, _PAPER_FIELDS, name)
    talks = _talks(page, paper)
    title = paper.title
    if title is None:
        raise RenderError("a detail page needs a title")
    kind = talks[0].kind if talks else None
    head = [kind] if kind is not None else []
    head.append(title)
    if paper.authors:
        head.append(join_authors(paper.authors))
    for line in head:
        check_line(line, "head line")
    out = [*head, ""]
    out += [line for line, _tag in _slot_lines(talks, title)]
    out += _link_lines(paper.links, title)
    texts: list[str] = []
    if paper.abstract is not None:
        texts = check_abstract(paper, authors_before=True)
        out += ["", "Abstract", *texts]
    if paper.lay_summary is not None:
        if split_truncation(paper.lay_summary)[1]:
            raise RenderError("a lay summary that ends in '…' reads as cut short")
        lay = _text_lines(paper.lay_summary, "lay summary line")
        texts += lay
        out += ["", "Lay Summary", *lay]
    for line in texts:
        if line and _section_kind(line) is not None:
            raise RenderError(f"text line {line!r} reads as a section heading")
    if looks_like_markdown(out):
        raise RenderError("the page would read as a markdown capture")
    _check_head(out, kind, title, paper.authors)
    return "\n".join(out).rstrip("\n")


def _check_head(lines: list[str], kind: str | None, title: str, authors: Sequence[Person]) -> None:
    """Raise `RenderError` unless the head is found where it was printed."""
    head = _find_head(_Listed(lines), _section_limit(lines))
    has_kind = kind is not None
    expected = _Head(
        0 if has_kind else None,
        int(has_kind),
        (),
        int(has_kind) + 1 if authors else None,
        len(authors) > 1 or (bool(authors) and is_author_line(lines[int(has_kind) + 1])),
    )
    if head != expected:
        raise RenderError(f"the head (kind {kind!r}, title {title!r}) would not be read back")
    if authors and split_authors(lines[int(has_kind) + 1]) != tuple(authors):
        raise RenderError("the author line would not be read back as the same people")
