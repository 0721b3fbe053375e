"""Conferences by name and host, and the venue and year a page says it belongs to.

A page of a conference's site names the conference and its year in several places: its
URL (``https://neurips.cc/virtual/2023/poster/71095``, kept from a ``<link
rel="canonical">`` or a capture tool's ``URL Source:`` header), its title
(``<title>ICML 2025</title>``, ``Title: NeurIPS 2023``), its embedded data (a JSON-LD
article's ``"creditText": "NeurIPS 2023"``), a banner line (``ICML 2025``) and the site's
menu (``Contact ICML`` with ``Select Year: (2025)``). `page_venue` reads them;
`confparse.Page` keeps what it finds as ``venue`` and ``year``.

>>> venue_in_text("ICML 2026 2026 Journal Track")
Venue(venue='ICML', year=2026)
>>> venue_in_text("ICMLA 2024: Call for papers")
Venue(venue=None, year=None)
>>> venue_of_url("https://iclr.cc/virtual/2024/poster/18794")
Venue(venue='ICLR', year=2024)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from .capture.document import HEAD_CHARS

if TYPE_CHECKING:
    from .capture.document import Document

__all__ = ["NAMES", "VENUES", "YEAR_MENU_HEAD", "Venue", "fall_back", "host", "page_urls",
           "page_venue", "venue_in_text", "venue_of_url"]  # fmt: skip

VENUES: dict[str, str] = {
    "icml.cc": "ICML",
    "neurips.cc": "NeurIPS",
    "nips.cc": "NeurIPS",
    "proceedings.neurips.cc": "NeurIPS",
    "papers.nips.cc": "NeurIPS",
    "iclr.cc": "ICLR",
    "mlsys.org": "MLSys",
    "proceedings.mlsys.org": "MLSys",
}
"""The conference each known host belongs to (``www.`` is ignored)."""

NAMES: dict[str, str] = {name.casefold(): name for name in VENUES.values()} | {"nips": "NeurIPS"}
"""Each conference's name as printed, in any case (``nips`` is NeurIPS's old name)."""

_NAME = "|".join(sorted(NAMES, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_PAIR = re.compile(rf"(?<![\w.-])({_NAME})[ \t\u00a0]+({_YEAR})(?![\w.-])", re.IGNORECASE)
YEAR_MENU_HEAD = r"(?:Select )?Year:?[ \t]{0,3}"
"""How the head of the platform's year menu starts, before the year it shows in parentheses:
``Select Year: (2025)`` (the virtual site), ``Year (2016)`` (the schedules of 2016 to
2019)."""
_MENU_LINE = re.compile(
    rf"(?i:(?:#{{1,6}}[ \t]*)?(?P<banner>{_NAME})[ \t\u00a0]+(?:\|[ \t\u00a0]+)?(?P<year>{_YEAR}))"
    rf"|(?i:Contact (?P<contact>{_NAME}))"
    rf"|{YEAR_MENU_HEAD}\((?P<select>{_YEAR})\)"
)
"""A banner line (``ICML 2025``, ``# NeurIPS 2023``, the 2020 site's ``ICML | 2020``) or a
menu line of the platform (``Contact ICML``, ``Select Year: (2025)``, ``Year (2016)``): one
pattern, tried once a line."""
_YEAR_HEAD = re.compile(YEAR_MENU_HEAD)
"""A year menu's head printed alone, over its year (an extractor that prints each text
node on a line of its own: ``Year`` over ``(2016)``)."""
_MENU_FIRST = frozenset("#SsY") | {name[0] for key in NAMES for name in (key, key.upper())}
_MENU_FIRST |= frozenset("Cc")
"""How a `_MENU_LINE` line starts."""
_URL_YEAR = re.compile(rf"^/(?:virtual|conferences|paper_files/paper|paper)/({_YEAR})(?:/|$)", re.I)


class Venue(NamedTuple):
    """A conference (``"ICML"``, ``"NeurIPS"``, ``"ICLR"``, ``"MLSys"``) and its year;
    ``None`` where nothing says it."""

    venue: str | None = None
    year: int | None = None


_NONE = Venue()


def host(netloc: str) -> str:
    """The host of a URL's network location, in lower case, without ``www.``, a port or
    a user."""
    name = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return name[4:] if name.startswith("www.") else name


def venue_in_text(text: str) -> Venue:
    """The first conference name followed by a year in *text* (``NeurIPS 2023``), as a
    whole word (``ICMLA 2024`` is another conference)."""
    found = _PAIR.search(text)
    if found is None:
        return _NONE
    return Venue(NAMES[found.group(1).casefold()], int(found.group(2)))


def venue_of_url(url: str) -> Venue:
    """The conference whose site *url* is on, and the year its path names
    (``/virtual/2025/...``, ``/Conferences/2023/...``, proceedings'
    ``/paper_files/paper/2023/...``); nothing for other hosts."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return _NONE
    venue = VENUES.get(host(parts.netloc))
    if venue is None:
        return _NONE
    found = _URL_YEAR.match(parts.path)
    return Venue(venue, int(found.group(1)) if found else None)


def _in_json_ld(data: Any) -> Venue:
    """What a JSON-LD item says in ``creditText`` or ``isPartOf`` (a text or a named
    item)."""
    for item in data if isinstance(data, list) else [data]:
        if not isinstance(item, dict):
            continue
        for key in ("creditText", "isPartOf"):
            value = item.get(key)
            if isinstance(value, dict):
                value = value.get("name")
            if isinstance(value, str) and (found := venue_in_text(value)).venue is not None:
                return found
    return _NONE


_BULLETS = "-+\u2022 \t"
"""A list item's bullet before a menu line, as an extractor prints it (pandoc's plain text:
``-    Contact NIPS``; w3m: ``•``)."""
_MARKS = frozenset("*_-+\u2022")
"""How a line starts whose emphasis marks (html2text's ``**ICML | 2020 **``) or list bullet
`_in_lines` takes off."""
_BROKEN_BANNER = 12
"""How long a line over ``| 2020`` may be to be the name of a banner broken before its bar
(an extractor that prints each text node on a line of its own: ``ICML`` over ``| 2020``,
where the year is an element of its own)."""


def _in_lines(lines: Iterable[str]) -> Iterator[Venue]:
    """A banner line (``ICML 2025``, ``# NeurIPS 2023``, or ``ICML`` over ``| 2020``; in
    emphasis marks that a converter left, ``**ICML | 2020 **``), then the site menu: a
    ``Contact ICML`` line with a ``Select Year: (2025)`` line (the virtual site's; ``Contact
    NIPS`` with ``Year (2016)`` on the schedules of 2016 to 2019, or ``Year`` over
    ``(2016)``)."""
    contact = select = None
    above = ""  # the line above, for a banner broken before its bar
    for text in filter(None, map(str.strip, lines)):  # blank lines are passed over in C
        if text[0] in _MARKS and len(text) <= 44:  # bold that markdown does not take off
            text = text.strip("*_ \t").lstrip(_BULLETS) or text  # ("**ICML | 2020 **")
        if (text[0] == "|" and 0 < len(above) <= _BROKEN_BANNER) or (
            text[0] == "(" and _YEAR_HEAD.fullmatch(above)  # "Year" over "(2016)"
        ):
            text, above = f"{above} {text}", text
        else:
            above = text
        if len(text) > 40:
            continue
        first, last = text[0], text[-1]
        if first not in _MENU_FIRST or not (
            last.isdigit() or last == ")" or (first in "Cc" and text[:8].lower() == "contact ")
        ):
            continue  # ends in no year (banner), no "(year)" (select) and no contact line
        found = _MENU_LINE.fullmatch(text)
        if found is None:
            continue
        banner, year, named, selected = found.group("banner", "year", "contact", "select")
        if banner is not None:
            yield Venue(NAMES[banner.casefold()], int(year))
        elif named is not None:
            contact = contact or NAMES[named.casefold()]
        elif select is None:
            select = int(selected)
    if contact is not None and select is not None:
        yield Venue(contact, select)


def page_urls(document: Document) -> list[str]:
    """The URLs that *document* says it was captured from, in order: its canonical link,
    the URL a capture tool's header names (``URL Source:``), its source when that is a URL."""
    urls = [
        item.data
        for item in document.embedded
        if item.kind in ("canonical", "url") and isinstance(item.data, str)
    ]
    source = document.source
    if source is not None and source.startswith(("http://", "https://")):
        urls.append(source)
    return urls


def page_venue(document: Document, *, before: int | None = None) -> Venue:
    """The conference and year that *document* says it belongs to.

    Read, in this order (the first that names a venue decides it; the year comes from the
    first that names the same venue with a year): the page's URL (a canonical link, a
    capture tool's ``URL Source:``, or the document's source when it is a URL), a JSON-LD
    article's ``creditText`` or ``isPartOf``, the page's titles (``<title>``, a capture
    tool's ``Title:``) when they name a conference with a year, a banner line that is a
    conference and a year and nothing else, and the virtual site's menu (``Contact ICML``
    and ``Select Year: (2025)``). Banner and menu are looked for in the page's head
    (`Document.head`) and, when *before* is given, on the lines before that 0-based
    index only (the first record's): a line inside a record is the record's.
    """
    venue: str | None = None
    for found in _venues(document, before):
        if venue is None:
            venue = found.venue
        if venue is not None and found.venue == venue and found.year is not None:
            return Venue(venue, found.year)  # nothing later can change either
    return Venue(venue, None) if venue is not None else _NONE


def _venues(document: Document, before: int | None) -> Iterator[Venue]:
    """What each place that `page_venue` reads says, in its order, read as it is asked
    for (most pages settle venue and year with their URL)."""
    embedded = document.embedded
    yield from map(venue_of_url, page_urls(document))
    for item in embedded:
        if item.kind == "json-ld":
            yield _in_json_ld(item.data)
    for item in embedded:
        if item.kind == "title" and isinstance(item.data, str):
            yield venue_in_text(item.data)
    yield from _in_lines(_head_lines(document, before))


def _head_lines(document: Document, before: int | None) -> list[str]:
    """The lines of `Document.head` (whole lines within its first `HEAD_CHARS`
    characters, at least one), and only those before line *before* when it is given."""
    lines = document.lines
    stop = min(len(lines), HEAD_CHARS + 1)  # a line takes a character at least
    if before is not None:
        stop = max(0, min(stop, before))
    head = lines[:stop]
    if len(document.text) <= HEAD_CHARS or sum(map(len, head)) + stop <= HEAD_CHARS:
        return head  # every line's end is in the head (most pages cut at a record's line)
    ends = list(accumulate(map(len, head)))  # ends[i] + i: where line i's "\n" is
    cut = bisect_left(range(stop), HEAD_CHARS, key=lambda index: ends[index] + index)
    if cut == 1 and ends[0] == 0:
        cut = 2  # no line end in the head but the very first: its next line is in it
    return lines[: min(max(1, cut), stop)]


def fall_back(own: Venue, page: Venue) -> Venue:
    """A record's venue and year: its own (from its links), else the page's; the page's
    year only goes with the page's venue (a paper linked to another conference does not
    take the page's year)."""
    venue = own.venue if own.venue is not None else page.venue
    year = own.year
    if year is None and venue == page.venue:
        year = page.year
    return Venue(venue, year)
