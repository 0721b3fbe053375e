"""Field-level recognisers and printers shared by the layouts.

Each function looks at one stripped line (or a few) with string tests or an anchored,
bounded regular expression; none scans a whole page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Person
from .vocabulary import AUTHOR_SEPARATORS

__all__ = [
    "AUTHOR_SEPARATORS",
    "ELLIPSIS",
    "is_award",
    "is_kind",
    "is_room",
    "join_authors",
    "kind_text",
    "looks_like_authors",
    "single_spaced",
    "split_authors",
    "split_truncation",
]

ELLIPSIS = " \u2026"  # " …", how the sites mark an abstract they cut short

# Slot kinds as the platform prints them. Case-insensitive; not a closed list (see is_kind).
_PRINTED_KINDS = (
    "Oral", "Orals", "Spotlight", "Spotlights", "Poster", "Spotlight Poster", "Oral Poster",
    "Q&A", "Q & A", "Invited Talk", "Keynote", "Talk", "Contributed Talk", "Break",
    "Coffee Break", "Lunch Break", "Tutorial", "Panel", "Panel Discussion", "Workshop",
    "Social", "Demonstration", "Demo", "Opening Remarks", "Closing Remarks", "Remarks",
    "Affinity Poster", "Position Paper", "Position Paper Oral", "Position Paper Spotlight",
    "Expo Talk Panel", "Expo Demonstration", "Expo Workshop", "Session", "Poster Session",
    "Oral Session", "Test Of Time", "Award Talk", "Lightning Talk", "Invited Talks",
    "Affinity Workshop", "AffinityWorkshop", "Town Hall",
    # the platform's other event types, as its pages print them (not its tracks' names,
    # which a page of dates lists too)
    "Affinity Event", "Creative AI", "Breakout", "Mentorship", "Education Outreach",
    "Highlight", "Oral Presentation", "Spotlight Presentation", "Poster Presentation",
    "Symposium",
)  # fmt: skip
KINDS = frozenset(kind.casefold() for kind in _PRINTED_KINDS)
_KIND_CASE = {kind.casefold(): kind for kind in reversed(_PRINTED_KINDS)}
"""Each known kind in the case the platform prints it (the first of equal spellings)."""

_ROOM_WORDS = frozenset(
    w.casefold()
    for w in (
        "Hall", "Halle", "Halls", "Room", "Rooms", "Ballroom", "Auditorium", "Theater", "Theatre",
        "Lobby", "Foyer", "Pavilion", "Salon", "Suite", "Level", "Atrium", "Terrace", "Stolz",
    )
)  # fmt: skip


def is_kind(line: str) -> bool:
    """True when *line* is a slot kind the platform prints (``Oral``, ``Q&A`` ...), maybe
    with its name in parentheses (``Invited Talk (Posner Lecture)``)."""
    if len(line) > 40:
        return False
    if line[-1:] == ")" and " (" in line:
        line = line[: line.index(" (")]
    return line.casefold() in KINDS


def kind_text(line: str) -> str:
    """A kind line's kind as the platform prints it: a kind that a capture wrote in
    capitals (a converter's capital headings, ``POSTER``; a browser's copy of a style
    sheet's ``text-transform: uppercase``) in the case of the known kind (``Poster``,
    ``Creative AI``), or with each word capitalised when it is none. Another line is
    returned as it is."""
    if not line.isupper():
        return line
    return _KIND_CASE.get(line.casefold()) or line.title()


def is_award(line: str) -> bool:
    """True when *line* reads as an award name (``Outstanding Paper Honorable Mention``):
    it names an award, a best (student) paper, outstanding, honorable mention, runner-up, test of
    time or distinguished paper, in any case."""
    if len(line) > 120 or line.endswith(".") or "\u00b7" in line or "\u22c5" in line:
        return False
    lowered = line.casefold()
    return (  # one `in` per phrase, no generator: this runs on every slot's head lines
        "award" in lowered
        or "best paper" in lowered
        or "best student paper" in lowered
        or "outstanding" in lowered
        or "honorable mention" in lowered
        or "honourable mention" in lowered
        or "runner up" in lowered
        or "runner-up" in lowered
        or "test of time" in lowered
        or "distinguished paper" in lowered
    )


_NUMBERED_ROOMS = frozenset(("lehar", "straus", "schubert", "peridot", "garnet"))
"""Rooms that a venue of the platform names in a series, each with its number: Vienna's
(``Lehar 1-4``, ``Straus 3``, ``Schubert 5``: ICML and ICLR 2024), Singapore's
(``Peridot 201``, ``Garnet 218-219``: ICLR 2025). The name alone is no room (a title may
start with it)."""


def is_room(line: str) -> bool:
    """True when *line* reads as a room or poster board (``Hall G``, ``Halle B #274``,
    ``Lehar 1-4``)."""
    if len(line) > 80 or line.endswith("."):
        return False
    words = line.replace(",", " ").split()
    if not words or len(words) > 10:
        return False
    return (
        any(word.casefold() in _ROOM_WORDS for word in words)
        or (words[-1].startswith("#") and words[-1][1:].isdigit())
        or (len(words) > 1 and words[1][:1].isdigit() and words[0].casefold() in _NUMBERED_ROOMS)
    )


def split_authors(line: str) -> tuple[Person, ...]:
    """The people of an author line (``A · B ⋅ C``); empty parts are skipped."""
    if "\u22c5" in line:
        line = line.replace("\u22c5", "\u00b7")
    return tuple([Person(name=name) for name in map(str.strip, line.split("\u00b7")) if name])


NOT_IN_NAMES = re.compile(r"[\d$\\{}\[\]=<>@/|_*#:;?!]")


def looks_like_authors(line: str) -> bool:
    """True when *line* reads as an author line rather than a title or abstract.

    A line with an author separator is one, unless it holds a clock's colon and one of
    its parts starts as a time does (``Sat, Apr 25, 2026 · 12:45 PM``, ``Thu 23 April
    15:15 · Virtual page``: a time line that joins its parts so; a time after the last
    name, which a text browser joined to it, still leaves the names); otherwise a single
    short name: two to six words, no digits, no sentence punctuation, no word such as
    ``and`` or ``of`` (the first one in lower case only: ``A Lee`` is a name).
    """
    if "\u00b7" in line or "\u22c5" in line:
        # (a time line holds a clock's colon: one search for it passes most name lines)
        return ":" not in line or not any(
            _TIME_START.match(part.strip()) for part in _SEPARATED.split(line)
        )
    if len(line) > 60 or line.endswith((".", ":", "?", "!", ",", ";", "\u2026")):
        return False
    words = line.split()
    if not 2 <= len(words) <= 6:
        return False
    if words[0] in _STOPWORDS:  # a title's rest (``and Unknown Classes``): no name starts so
        return False
    return NOT_IN_NAMES.search(line) is None and not any(
        w.casefold() in _STOPWORDS for w in words[1:]
    )


_SEPARATED = re.compile("[\u00b7\u22c5]")
_TIME_START = re.compile(
    r"\d{1,2}:\d\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s{1,3}(?:[A-Z][a-z]{2,8}\.?\s{1,3})?\d"
)
"""How a time starts: a clock (``12:45``), or a weekday and a day (``Thu 23``, ``Sat, Apr
25``), which no name does (``Sun Jian`` is a name)."""

_STOPWORDS = frozenset(
    (
        "a", "an", "the", "of", "for", "and", "in", "on", "with", "to", "from", "by", "via",
        "is", "are", "we", "our", "using", "towards", "toward", "learning", "neural",
        "networks", "network", "model", "models", "data", "deep",
    )
)  # fmt: skip


def join_authors(authors: Sequence[Person]) -> str:
    """Print *authors* the way the sites do: ``A · B · C``."""
    return " \u00b7 ".join(person.name for person in authors)


def single_spaced(text: str) -> str:
    """Stripped *text* with each run of spaces or tabs as one space, as a browser shows the
    page source's text (and as the HTML reader reads it): an extractor that keeps the
    source's whitespace (BeautifulSoup's ``get_text``) prints ``Anil  Vullikanti``. Other
    blanks (a no-break space) are kept, as the HTML reader keeps them."""
    if "\t" in text:
        text = text.replace("\t", " ")
    return " ".join(filter(None, text.split(" "))) if "  " in text else text


def split_truncation(text: str) -> tuple[str, bool]:
    """``(text without a trailing " …", whether it had one)``."""
    if text.endswith(ELLIPSIS):
        return text[: -len(ELLIPSIS)].rstrip(), True
    if text.endswith("\u2026"):
        return text[:-1].rstrip(), True
    return text, False
