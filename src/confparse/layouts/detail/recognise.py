"""What each line of a detail page is, by its own text: the slot fields (events, editions,
buttons, links), the section lines, the site's furniture (`furniture_rule`), page titles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import product

from ...models import Link
from ..kit.fields import is_kind, is_room
from ..kit.heads import is_kind_label, is_page_end, split_slot_line
from ..kit.vocabulary import (
    AUTHOR_SEPARATORS,
    IMAGE_ALT,
    LINK_BUTTONS,
    LIST_BULLETS,
    VIRTUAL_SITE,
    VIRTUAL_SITE_MENU,
    WEEKDAYS,
    is_year_menu,
    with_capitals,
    without_bullet,
)

_EVENT_WORDS = frozenset(("presentation", "workshop", "tutorial", "session", "competition",
                          "social", "event", "track"))  # fmt: skip
WEEKDAY_SET = frozenset(WEEKDAYS)
"""How time lines start (`match_time_line` tries no other line)."""

_WORDS = re.compile(r"[a-z]+")
_EVENT = re.compile(r"([A-Z][A-Za-z&/ -]{1,40}?):\s{1,3}(\S.{0,200})")
_EDITION = re.compile(r"((?:19|20)\d\d)\s{1,3}(\S.{0,40})")  # "2025 Poster"
_TOGGLE = re.compile(r"\[\s{0,3}Abstract\s{0,3}\]")
BUTTONS = re.compile(r"(?:\[\s{0,3}[^\[\]]{1,60}\]\s{0,4}){1,12}")  # "[ Poster] [ OpenReview]"
LINK_LINE = re.compile(
    r"(?:\[ (?P<button>[^\[\]\s](?:[^\[\]]{0,78}[^\[\]\s])?)\] "
    r"|(?P<label>[A-Za-z][A-Za-z0-9 .&+/-]{0,38}[A-Za-z0-9]): )?"
    r"(?P<url>https?://\S{1,2000})"
)
"""A link on a line of its own: its URL, after a button's label (``[ OpenReview] https://...``)
or a label and a colon (``Project Page: https://...``), as plain captures print them."""


def read_link_line(line: str) -> Link | None:
    """The link of a `LINK_LINE`, labelled with its button's or label's text."""
    found = LINK_LINE.fullmatch(line)
    if found is None:
        return None
    return Link(text=found.group("button") or found.group("label"), url=found.group("url"))


SPACED_WEEKDAY = re.compile(r" (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
DIGITS = "0123456789"
_SECTION_INITIALS = "ALSVCBbT"
"""The first characters of the lines `section_kind` names."""
_COOKIE = re.compile(r"[A-Za-z]{2,20} uses cookies\b.{0,400}")
LOGIN_PROMPTS = frozenset(("Log in and register to view live content",))
BUTTON_LABELS = LINK_BUTTONS
"""Link buttons as a plain capture prints them, one label a line, without their URLs."""
FLAT_BUTTON_LINES = frozenset(("[", "]", "Poster", "Slides", "Video", "Abstract"))
"""What a button flattened over lines (``[`` / label / ``]``) holds besides `BUTTON_LABELS`."""
COOKIE_TAIL = frozenset(("information.", "Our Privacy Policy »", "Accept", "Accept Cookies"))
_READER_HEADERS = ("URL Source:", "Markdown Content:", "Published Time:")
HEADERS = ("Title: ", *_READER_HEADERS)
NAVIGATION_MAX_CHARS = 60
"""Preamble lines up to this long are the navigation menu; longer ones are reported."""


def is_event(line: str) -> bool:
    """An event line: ``Spotlight presentation: Social Responsibility``, ``Oral: ...`` (a
    kind or an event word before a colon), or the session a slot belongs to, as the sites
    printed it until 2022 (``in Poster Session 5 » Poster Session 5 (A2)``)."""
    if line[:3] == "in ":
        if len(line) > 200:
            return False
        words = _WORDS.findall(line[3:60].casefold())
        return any(word in _EVENT_WORDS for word in words)
    found = _EVENT.fullmatch(line) if line.find(":", 2, 43) > 0 else None  # ":" in reach
    if found is None:
        return False
    prefix = found.group(1).strip()
    return is_kind(prefix) or prefix.split()[-1].casefold() in _EVENT_WORDS


def _edition_year(line: str) -> int | None:
    found = _EDITION.fullmatch(line)
    return int(found.group(1)) if found and is_kind_label(found.group(2)) else None


_SECTION_LINES = with_capitals({
    "Abstract": "abstract", "Abstract:": "abstract",
    "Lay Summary": "lay-summary", "Lay Summary:": "lay-summary",
    "Show more": "show-more", "Show less": "show-more",
    "Video": "media", "Slides": "media", "Video:": "media", "Slides:": "media",
    "Chat is not available.": "chat",
    "Successful Page Load": "tail",
})  # fmt: skip
"""Section lines known by their whole text (in capitals too); `section_kind` knows the
others by their start (``Abstract: ...``, ``bytez``, ``Bytez.com ...``, ``The ... Logo
above may be used ...``)."""


def section_kind(line: str) -> str | None:
    """What a line that starts or ends a section is, or ``None``."""
    kind = _SECTION_LINES.get(line)
    if kind is not None or not line or line[0] not in "ABbT":  # how the others start
        return kind
    if line.startswith("Abstract:") and len(line) > 9:
        # the label and the text, maybe with no space between (``Abstract:This paper``:
        # a converter that joins the label's element to the text's)
        return "abstract-inline"
    if is_bytez(line) or line.startswith("Bytez.com") or is_page_end(line):
        return "tail"
    return None


def head_line(line: str, title: str | None) -> str | None:
    """What a line between the authors and the first section is, or ``None``."""
    if not line:
        return None
    if line == title:
        return "title"
    if split_slot_line(line) is not None:
        return "time"
    return slot_field(line)


def slot_field(line: str) -> str | None:
    """What a non-blank line that is neither the title nor a time line is (see `head_line`)."""
    return _slot_mark(line) or ("room" if is_room(line) else None)


def _slot_mark(line: str) -> str | None:
    """The strong fields of `slot_field`: event, edition, toggle, link, buttons, open-bracket."""
    first = line[0]  # each pattern starts with its own characters
    if ": http" in line and read_link_line(line) is not None:
        return "link"
    if "A" <= first <= "Z":
        return "event" if is_event(line) else None
    if first == "[":
        if _TOGGLE.fullmatch(line):
            return "toggle"
        if LINK_LINE.fullmatch(line):
            return "link"
        if BUTTONS.fullmatch(line):
            return "buttons"
        return "open-bracket" if line == "[" else None
    if first == "h":
        return "link" if LINK_LINE.fullmatch(line) else None
    if first == "i":
        return "event" if is_event(line) else None
    if first in "12" and _edition_year(line) is not None:
        return "edition"
    return None


def is_strong(line: str) -> bool:
    """Whether *line* is a time line or a `_slot_mark` field: a line that only comes below
    a head (a room may be a title: ``Hall of Mirrors``)."""
    return bool(line) and (split_slot_line(line) is not None or _slot_mark(line) is not None)


def is_cookie(line: str) -> bool:
    """``NeurIPS uses cookies to remember ...`` (a substring test before the pattern)."""
    return " uses cookies" in line and _COOKIE.fullmatch(line) is not None


_COOKIE_LINK = re.compile(r"\u00bb\s{0,4}\]\[\d{1,4}\](?:\s{0,200}\u2502\s{0,4}\w{0,12})?")
"""``» ][38]``: the end of the cookie notice's policy link (a text browser may box the notice,
with the cut end of its "Accept" button in the box's next column)."""
_RULE_CHARS = "\u2500\u2501\u2550\u252c\u2534\u253c-=_*~ "
"""Horizontal rules of text browsers, box edges included (``─┬─``, ``─┴─``)."""
_TIME_ZONE_MENU = re.compile(r"TZ: [A-Za-z_]{1,20}(?:/[A-Za-z_+-]{1,30}){0,2}")


_ANYWHERE = dict(VIRTUAL_SITE.lines)
"""The site's furniture that holds anywhere (what the ledger's `is_boilerplate` knows)."""
_SITE_FURNITURE = VIRTUAL_SITE_MENU.lines
_KNOWN = VIRTUAL_SITE | VIRTUAL_SITE_MENU
KNOWN_LINES = dict(_KNOWN.lines)
"""Both tables in one, `VIRTUAL_SITE` winning, for `furniture_rule`'s one lookup."""
_FURNITURE_MAX_CHARS = max(map(len, KNOWN_LINES))
RULE_STARTS: dict[str, tuple[str, ...]] = {
    "1": ("19",), "2": ("20",),  # the menu's years
    "S": ("Select Year:",), "T": ("TZ: ", "The "),  # the time zone menu, the logo notice
    "\u00bb": ("\u00bb",),  # the cookie notice's link
    **{bullet[0]: (bullet,) for bullet in LIST_BULLETS},  # a list item: "+ Help/FAQ"
    **{char: (char,) for char in _RULE_CHARS},  # a rule ("*", "-": a list item's too)
}  # fmt: skip
"""How the lines that `furniture_rule`'s patterns can match start, by their first
character: a line that starts otherwise is known by its whole text or as a cookie notice."""


def furniture_rule(line: str) -> str | None:
    """The rule that knows non-blank *line* as site furniture by its own text, or ``None``:
    a `VIRTUAL_SITE` or `VIRTUAL_SITE_MENU` line, a year of the menu's year list, ``Select
    Year: (2025)``, the time zone menu (``TZ: America/Vancouver``), a cookie notice, the
    logo notice; any of these in a list item whose bullet the capture left on the line
    (``* Help/FAQ``, ``-    Contact ICML``: `without_bullet`); a picture of the site as its
    alternative text in brackets (``[conference_logo]``) or one without any (``[]``)."""
    if len(line) <= _FURNITURE_MAX_CHARS:  # longer lines are no known line: not hashed
        rule = KNOWN_LINES.get(line)
        if rule is not None:
            return rule
    first = line[0]
    if first == "[" and line[-1] == "]":  # a picture: "[conference_logo]", "[]"
        return IMAGE_ALT if line == "[]" else _KNOWN.picture_rule(line)
    starts = RULE_STARTS.get(first)
    if (starts is None or not line.startswith(starts)) and " uses cookies" not in line:
        return None  # no test below can pass: most lines of a page leave here
    if first in "12S" and is_year_menu(line):
        return "navigation-menu"
    if first == "T":  # "TZ: ...", or "The ..." (the logo notice is the page's end)
        if line[1] == "Z" and _TIME_ZONE_MENU.fullmatch(line):
            return "navigation-menu"
        if line[1] == "h" and is_page_end(line):
            return "site-footer"
    if (" uses cookies" in line and is_cookie(line.lstrip("| "))) or (
        first == "\u00bb" and _COOKIE_LINK.fullmatch(line)
    ):
        return "cookie-notice"
    if first in _RULE_CHARS and not line.strip(_RULE_CHARS):
        return "rule-line"  # a text browser's horizontal rule
    if line[:2] in LIST_BULLETS:
        item = without_bullet(line)
        return furniture_rule(item) if item else None
    return None


_PREAMBLE_KNOWN: dict[str, str] = {
    line: rule
    for line, rule in _SITE_FURNITURE.items()
    if not line.startswith(HEADERS)
    and not (len(line) <= 23 and line[-1] in DIGITS)
    and line not in COOKIE_TAIL
    and not is_cookie(line)
    and rule != "cookie-notice"
}
"""The `_SITE_FURNITURE` lines for which `Reader._preamble_rule` can only find their own
rule (no reader header, banner or cookie notice), once the line holds no title: the
preamble looks them up (and the menu's years) first, as most of its lines are menu items."""
PREAMBLE_LINES: dict[str, tuple[str, bool]] = {
    **{str(year): ("navigation-menu", False) for year in range(1900, 2100)},  # `MENU_YEAR`
    **{line: (rule, False) for line, rule in _PREAMBLE_KNOWN.items()},
    **{line: (rule, True) for line, rule in _ANYWHERE.items()},
}
"""The preamble's one lookup: ``(rule, anywhere)`` for the `_ANYWHERE` lines (``anywhere``:
their rule holds even in a line that holds the title), the `_PREAMBLE_KNOWN` lines and the
menu's years (their rule holds once the line holds no title)."""


BYTEZ = frozenset(map("".join, product(*zip("bytez", "BYTEZ", strict=True))))
"""The widget's heading in every case: the lines whose `str.casefold` is ``bytez`` (no
other character folds to one of these five letters)."""


def is_bytez(line: str) -> bool:
    """Whether stripped *line* is the bytez widget's heading (`BYTEZ`). A line of another
    length is not hashed to know it: the widget's copy of the paper is tens of KB of them."""
    return len(line) == 5 and line in BYTEZ


def first_section(lines: Sequence[str]) -> int:
    return next((i for i, line in enumerate(lines) if section_kind(line)), len(lines))


def section_lines(stripped: Sequence[str]) -> list[tuple[int, str]]:
    """``(index, kind)`` of the lines `section_kind` names, down to the first tail line."""
    found: list[tuple[int, str]] = []
    for index, line in enumerate(stripped):
        if line and line[0] in _SECTION_INITIALS:
            kind = section_kind(line)
            if kind is not None and not _in_brackets(stripped, index):
                found.append((index, kind))
                if kind == "tail":
                    break
    return found


def _in_brackets(stripped: Sequence[str], index: int) -> bool:
    """Whether line *index* is a button's label that a capture printed between a ``[``
    line and a ``]`` line (``[`` / ``Abstract`` / ``]``: an extractor writes each text
    node on a line of its own), not a section's heading."""
    return (
        0 < index < len(stripped) - 1 and stripped[index - 1] == "[" and stripped[index + 1] == "]"
    )


def detect_joins_names(line: str) -> bool:
    """Whether an author line joins names: a separator between two of them, not in front of
    one (`` · Submitted by ...``, a byline) or after the last."""
    return line[0] not in _SEPARATOR_CHARS and line[-1] not in _SEPARATOR_CHARS


_SEPARATOR_CHARS = "".join(AUTHOR_SEPARATORS)
