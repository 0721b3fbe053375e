"""Event-card listings: the virtual site's grid of cards, in saved HTML and as text.

The conference platform shows many pages as a grid of event cards: "Papers", the journal
track, award winners, a day's posters. Each card holds a kind (``Poster``), a title linked
to the event's page, the authors joined by `` · `` or `` ⋅ ``, a time in the viewer's zone
(``Tue 12 Dec 05:45 PM CET``, ``Jul 7, 10:30 AM - 12:15 PM``), a room, and the abstract,
which the site may cut short with ``…``. Three generations of the markup are read: the
``maincard`` schedule (2019-2020: ``Tue Jul 14 06:00 PM -- 06:45 PM (CEST)``, a poster's
second slot after ``&``), the ``displaycards`` grid (2021-2024) and the ``event-card`` grid
(2025-).

Lines are read for what they are. The markup says it first (the classes of the line's
element and its ancestors, such as ``author-str`` or ``abstract-text``); a line whose link
points at an event page is the title; then the line's own text (a known kind, a time, a
bracketed room, an author run). Each card becomes a `Talk` with its `Paper`, all in one
`Session` without a title.

Times: a card prints the viewer's time, often without a zone and without a year. The year
comes from the event links (``/virtual/2026/...``), else from the banner a text capture
keeps (``ICML | 2020``), else from the weekday; the zone from the
line, else from the ``default_zone`` option. Without one, nothing is invented: the talk has
no time, and a ``zone-unknown`` diagnostic keeps the line.

Text captures of the 2025- grid (a browser's copy, a text-mode browser's dump, markdown)
have no markup: their cards are known by their heads and read line by line in
`confparse.layouts.cards.text`.

Rendering writes the card markup (HTML) back, so that a page read from HTML round-trips.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date

import attrs

from ...capture.document import Document, Element, Hint
from ...errors import RenderError
from ...models import Link, Page, Paper, Session, Talk
from ...venues import page_venue
from ..kit.blocks import PageTimes
from ..kit.fields import is_kind, join_authors, looks_like_authors, split_authors, split_truncation
from ..kit.ledger import Ledger
from ..kit.links import is_paper_link
from ..kit.pagestart import cut_second_page
from ..kit.records import Records
from ..kit.vocabulary import VIRTUAL_SITE
from .card import BUTTONS, ROOM, Card, Fields, read_time, whole_link
from .text import is_card_page, read_cards

__all__ = ["api_version", "detect", "name", "parse", "render"]

name = "cards"
api_version = 2
vocabulary = VIRTUAL_SITE
"""The site whose furniture this layout's ledger knows (see `Vocabulary`)."""

_CARD_CLASSES = ("displaycards", "event-card", "maincard")
_FIELD_CLASSES = {
    "maincardBody": "title",
    "maincardType": "kind",
    "maincardFooter": "authors",
    "maincardHeader": "time",
    "small-title": "title",
    "event-title": "title",
    "type_display_name_virtual_card": "kind",
    "event-type-badge": "kind",
    "author-str": "authors",
    "event-speakers": "authors",
    "touchup-date-div": "time",
    "touchup-time": "time",
    "event-meta-row": "time",
    "abstract-display": "abstract",
    "abstract-text": "abstract",
    "event-abstract": "abstract",
    "abstract-link": "abstract-toggle",
}
"""The card markup's classes, and the field a line inside such an element holds (where an
element has two, the one named first here wins: ``maincardHeader maincardType`` is a kind)."""
_PRIORITY = {css: order for order, css in enumerate(_FIELD_CLASSES)}
_DETECT_LINES = 4000
_YEAR_IN_LINK = re.compile(r"/(?:virtual|Conferences)/(\d{4})/")


# -- detection ------------------------------------------------------------------------------
def _card_of(hint: Hint) -> Element | None:
    for card_class in _CARD_CLASSES:
        card = hint.within(card_class)
        if card is not None:
            return card
    return None


_TEXT_SCORE = 0.7
"""How sure detection is of a text capture with two or more card heads: less than of the
markup's cards, and less than a session page's layout is of its own (whose posters may
look like cards)."""


def detect(document: Document) -> float:
    """Certain for a page whose markup holds two or more event cards with a title, sure
    (0.9) of one; fairly sure (`_TEXT_SCORE`) of a text capture that shows two or more
    card heads (see `is_card_page`)."""
    if document.format != "html":
        return _TEXT_SCORE if is_card_page(document.head()) else 0.0
    if not document.hints:
        return 0.0
    cards: set[int] = set()
    for index in range(min(len(document.lines), _DETECT_LINES)):
        hint = document.hints.get(index)
        card = _card_of(hint) if hint is not None else None
        if card is not None and (_field_of(hint) == "title" or _paper_url(document, index)):
            cards.add(card.serial)
            if len(cards) >= 2:
                return 1.0
    return 0.9 if cards else 0.0  # one card with its title: a listing of one


# -- parsing --------------------------------------------------------------------------------
def _field_of(hint: Hint | None) -> str | None:
    """The field that the markup says the line holds, from its element outwards."""
    if hint is None:
        return None
    for element in (hint.element, *reversed(hint.ancestors)):
        if element.classes and element.classes[0] in _CARD_CLASSES:
            return None
        known = [css for css in element.classes if css in _FIELD_CLASSES]
        if known:
            return _FIELD_CLASSES[min(known, key=_PRIORITY.__getitem__)]
    return None


def _paper_url(document: Document, index: int) -> str | None:
    return next((link.url for link in document.links_on(index) if is_paper_link(link.url)), None)


def _cards(document: Document, ledger: Ledger) -> list[Card]:
    """The lines of each card, in page order; lines outside every card are reported."""
    cards: dict[int, Card] = {}
    for index, line in enumerate(ledger.stripped):
        if not line:
            continue
        hint = document.hints.get(index)
        card = _card_of(hint) if hint is not None else None
        if card is None:
            if index not in ledger.rules:
                ledger.report(
                    index, "outside-cards", "line outside the event cards", severity="info"
                )
            continue
        cards.setdefault(card.serial, Card(index, [])).lines.append(index)
    return sorted(cards.values())


def _read_card(document: Document, ledger: Ledger, card: Card) -> Fields:
    fields = Fields()
    for index in card.lines:
        line = ledger.stripped[index]
        field = _field_of(document.hints.get(index))
        url = _paper_url(document, index)
        button = BUTTONS.get(line)
        if field == "abstract-toggle" or button is not None:
            ledger.skip(index, button or "abstract-toggle")
            continue
        if (field == "title" or url) and fields.title is None:
            fields.title, fields.url = line, url
            if url:
                fields.links.append(Link(text=line, url=url))
        elif field is None and (button_link := whole_link(document, index, line)) is not None:
            fields.links.append(button_link)  # a button that is one link: "Spotlight Video »"
        elif field == "kind" and fields.kind is not None and line.startswith("In "):
            fields.event = line[3:].strip()  # the parent session: "In <a>Orals 1A</a>"
        elif field == "kind" or (field is None and fields.kind is None and is_kind(line)):
            fields.kind = line
        elif field == "authors" or (
            field is None and fields.authors is None and looks_like_authors(line)
        ):
            fields.authors = line if fields.authors is None else f"{fields.authors} {line}"
        elif field in ("time", None) and read_time(ledger, index, line, fields):
            pass  # the time, with a second slot or a room after it
        elif field is None and (room := ROOM.fullmatch(line)) is not None:
            fields.room = room.group(1)
        elif field == "abstract" or (field is None and len(line) > 80 and fields.title):
            fields.abstract.append(line)
        else:
            ledger.report(index, "unparsed-line", "line of an event card that is no field")
            continue
        ledger.use(index)
    return fields


def _printed_year(document: Document, cards: list[tuple[Card, Fields]]) -> int | None:
    """The year the page prints: in its event links (``/virtual/2026/...``), else in its
    banner or menu above the first card (``ICML | 2020``, as a capture without links keeps
    it; a weekday alone fits several years, and Jul 13 2020 and 2026 are both Mondays)."""
    year = _links_year(document)
    if year is None and document.format != "html":
        year = page_venue(document, before=cards[0][0].first if cards else None).year
    return year


def _links_year(document: Document) -> int | None:
    years = Counter(
        int(found.group(1))
        for links in document.links.values()
        for link in links
        if (found := _YEAR_IN_LINK.search(link.url)) is not None
    )
    return years.most_common(1)[0][0] if years else None


def parse(document: Document, ledger: Ledger) -> Records:
    """The talks of an event-card listing, one per card, in one untitled session."""
    options = ledger.options
    default = options.default_zone
    if default is not None:
        options = attrs.evolve(options, zones={**options.zones, default: default})
    if document.format == "html":
        cards = [(card, _read_card(document, ledger, card)) for card in _cards(document, ledger)]
    else:
        cut_second_page(ledger)  # a second page pasted below: reported, not read
        cards = read_cards(document, ledger)
    ledger.check_records(len(cards))
    timed = [fields.time[1].parts for _card, fields in cards if fields.time is not None]
    times = PageTimes(options, timed, printed=_printed_year(document, cards))
    talks: list[Talk] = []
    for card, fields in cards:
        start = end = zone = None
        if fields.time is not None:
            index, found = fields.time
            parts = found.parts
            if parts.zone is None and default is not None:
                parts = parts._replace(zone=default)
            if parts.zone is None:
                ledger.report(
                    index,
                    "zone-unknown",
                    "the card prints its time without a zone (the viewer's); pass "
                    "default_zone= to read it",
                    severity="warning",
                )
            else:
                start, end, zone = times.resolve(ledger, index, parts)
                if not found.has_end:
                    end = None
        text = "\n\n".join(fields.abstract)  # one line per block: a paragraph each
        abstract, truncated = split_truncation(text) if text else (None, False)
        last = card.lines[-1]
        paper = Paper(
            title=fields.title,
            authors=split_authors(fields.authors) if fields.authors else (),
            abstract=abstract or None,
            abstract_truncated=truncated and bool(abstract),
            links=tuple(fields.links),
            span=ledger.span(card.first, last),
        )
        talks.append(
            Talk(
                start=start,
                end=end,
                zone=zone,
                kind=fields.kind,
                location=fields.room,
                event=fields.event,
                paper=paper,
                span=paper.span,
            )
        )
    if not talks:
        return Records()
    return Records(sessions=(Session(talks=tuple(talks)),))


# -- rendering ------------------------------------------------------------------------------
def _card_time(talk: Talk) -> str:
    assert talk.start is not None
    start = talk.start
    text = f"{start:%a} {start.day} {start:%b} {start.year}, {start:%I:%M %p}"
    if talk.end is not None:
        text += f" - {talk.end:%I:%M %p}"
    return text + (f" {talk.zone}" if talk.zone else "")


def _render_card(talk: Talk) -> str:
    paper = talk.paper or Paper()
    esc = html.escape
    url = next((link.url for link in paper.links if is_paper_link(link.url)), None)
    title = esc(paper.title or "")
    head = f'<a class="small-title" href="{esc(url)}">{title}</a>' if url else title
    parts = ['<div class="displaycards">', f"<div>{head}</div>"]
    if talk.kind:
        parts.append(f'<div class="type_display_name_virtual_card">{esc(talk.kind)}</div>')
    if paper.authors:
        parts.append(f'<div class="author-str">{esc(join_authors(paper.authors))}</div>')
    if talk.start is not None:
        parts.append(f'<div class="touchup-date-div">{esc(_card_time(talk))}</div>')
    if talk.location:
        parts.append(f"<p>[ {esc(talk.location)} ]</p>")
    if paper.abstract:
        cut = " \u2026" if paper.abstract_truncated else ""
        paragraphs = (paper.abstract + cut).split("\n\n")
        shown = "".join(f"<p>{esc(paragraph)}</p>" for paragraph in paragraphs)
        parts.append(f'<div class="abstract-display">{shown}</div>')
    parts.append("</div>")
    return "\n".join(parts)


def render(page: Page, *, today: date | None = None) -> str:
    """Write the talks of *page* as the ``displaycards`` markup (HTML)."""
    if page.awards or page.papers or len(page.sessions) > 1:
        raise RenderError("the cards layout holds the talks of one session and nothing else")
    talks = page.sessions[0].talks if page.sessions else ()
    for talk in talks:
        if talk.paper is None or not talk.paper.title:
            raise RenderError("an event card needs a title")
        if talk.start is not None and talk.zone is None:
            raise RenderError("a card's time needs its zone to be read back")
    cards = "\n".join(_render_card(talk) for talk in talks)
    grid = f'<div class="grid-displaycards">\n{cards}\n</div>'
    return f"<!DOCTYPE html>\n<html><body>\n{grid}\n</body></html>"
