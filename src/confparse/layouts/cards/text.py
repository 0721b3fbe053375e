"""Event cards in a text capture: a browser's copy, a text-mode browser's dump, markdown.

Without the markup, a card is known by its head, as every capture prints it: a kind line
(``Tutorial``; a browser's copy prints it in capitals, ``TUTORIAL``), the title on the next
line (linked to the event's page where the capture keeps links), then the speakers joined
by `` ⋅ `` or the card's time. Below the head each line is read by its own text: an author
run, the time (with the room after it on the same line, as text-mode browsers and
html2text print it), a short line after the time (the room, on a line of its own), the
cards' buttons (``Show more``, ``View full details``), and the abstract, a paragraph per
block of lines. ``View full details`` closes the card: what follows it, before the next
head, is outside the cards; a line that only a page's start prints (the menu's
``Help/FAQ``) starts a second page, reported and not read.

The reader's lines (`_View`) are the capture's, but for three habits of capture tools. In
markdown they are the paragraphs (`confparse.layouts.kit.paragraphs.markdown_fields`): a
converter that keeps the page source's line breaks (markdownify) splits a card's fields
over lines of one paragraph (``In`` over the link to the parent session, the names over
three lines), and one that wraps at a width it does not tell splits a title or the names.
In a text-mode browser's dump, a line that the capture joined across a card's fields (the
time and the title under it, the title and the names) is read as the browser printed it
(`confparse.layouts.kit.wrapping`). In a browser's copy, the math that a page typesets in
a title, copied a token per line, is joined back into the title (`_math_run`); so is the
math that an extractor prints a text node a line, or pandoc's gfm a paragraph a token.
Blank lines are no field: a run of them, however long, is one gap. A time line
that a dump broke before its zone (``(CEST)`` on a line of its own) is read with it.

Detection reads the shared scan's author runs (`confparse.layouts.kit.scan`): the detail
layout declines a page that shows several cards (`shows_cards`), and this layout takes a
page whose first author runs stand in card heads (`is_card_page`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Container, Iterable, Iterator, Sequence
from itertools import islice, pairwise
from typing import NamedTuple

from ...capture.document import Document
from ...models import Link
from ...times import is_card_time_line, is_time_rest, match_card_time
from ..kit.fields import is_kind, kind_text, looks_like_authors, single_spaced
from ..kit.ledger import Ledger
from ..kit.links import ends_with_url, is_bare_url, is_paper_link
from ..kit.pagestart import report_second_page
from ..kit.paragraphs import markdown_field, markdown_spans
from ..kit.scan import Facts, scan
from ..kit.vocabulary import LINK_BUTTONS, menu_entry
from ..kit.wrapping import WRAPPED_WIDTH, Printing
from .card import (
    BUTTONS,
    CLOSING,
    DIALOG_CLOSE,
    Card,
    Fields,
    is_more_link,
    is_zone,
    read_time,
    read_zone,
    room_text,
    whole_link,
)

__all__ = ["card_heads", "clean", "is_card_page", "read_cards", "shows_cards"]

_ICON = re.compile(r"(?:^|\s)__(?=\s|$)")
"""An empty icon element as html2text writes it (``<i class="fa-clock"></i>`` → ``__``):
``__ Jul 6, 9:00 AM - 11:30 AM  __ HALL D1``."""
_ROOM_CHARS = 60
"""A line of its own after the card's time that is at most this long is the room."""
_PAGE_START_MARKERS = ("Skip to yearly menu bar", "URL Source:", "Main Navigation", "Help/FAQ")
"""What only the start of a page prints (`_page_starts`)."""
_SAMPLE_RUNS = 4
"""How many author runs `is_card_page` reads."""
_TITLE_LINES = 3
"""How many lines a title wrapped by the capture tool may take (html2text cuts a long
heading's link at 78 columns)."""
_TITLE_CHARS = 300
"""A longer line is no title (an abstract's paragraph)."""
_SENTENCE_ENDS = (".", "\u2026", "!", "?")
"""How a paragraph's last line ends: a line under it starts a title, never goes on with
one."""


def clean(line: str) -> str:
    """*line* stripped, without html2text's empty icons (see `_ICON`)."""
    if "__" in line:
        line = _ICON.sub(" ", line)
    return line.strip()


def _next(lines: Sequence[str], index: int) -> int | None:
    """The next non-blank line after *index*, however many blank lines stand between: a
    run of blank lines is one gap between a card head's parts, whatever its length (an
    extractor that keeps the page source's newlines, BeautifulSoup's ``get_text``, puts a
    card's kind, title, speakers and time over runs of blank lines as the source has them).
    A run is read by the one call that starts above it, so the reader stays linear."""
    for at in range(index + 1, len(lines)):
        if lines[at].strip():
            return at
    return None


def _is_author_run(line: str) -> bool:
    return "\u22c5" in line or "\u00b7" in line  # (`_SEPARATORS`)


def _speakers_follow(lines: Sequence[str], title: int) -> bool:
    """Whether the line after the title line *title* is an author run or a card time, or
    one name and then the card time, or one name and then the card's abstract down to its
    button (`_abstract_follows`: a card without a time, such as the position papers')."""
    after = _next(lines, title)
    if after is None:
        return False
    text = clean(lines[after])
    if _is_author_run(text) or match_card_time(text) is not None:
        return True
    if not looks_like_authors(text):
        return False
    time = _next(lines, after)  # one speaker, without a separator: the time must follow
    if time is None:
        return False
    return match_card_time(clean(lines[time])) is not None or _abstract_follows(lines, time)


_ABSTRACT_LINES = 80
"""How many lines an abstract under one name may take before its card's button (a text
browser wraps an abstract of 2,000 characters over some 30 lines)."""


def _abstract_follows(lines: Sequence[str], first: int) -> bool:
    """Whether the lines from *first* are a card's abstract: text down to a button of the
    card (``Show more``, ``View full details``) within `_ABSTRACT_LINES` lines, with no
    kind line, author run or card time before it."""
    for at in range(first, min(first + _ABSTRACT_LINES, len(lines))):
        text = clean(lines[at])
        if not text:
            continue
        if text in BUTTONS:
            return at > first
        if _is_kind_line(text) or _is_author_run(text) or match_card_time(text) is not None:
            return False
    return False


def _is_title(text: str, *, named: bool = False) -> bool:
    """Whether *text* may be a card's title: no kind (unless *named*: a break's title names
    its kind, ``Coffee Break``), author run, button, card time or bare web address (the
    link that ends the abstract above, on a line of its own), not the word before a parent
    session (`_EVENT_WORD`, printed alone over it), and not too long."""
    return len(text) <= _TITLE_CHARS and not (
        text == _EVENT_WORD
        or (not named and is_kind(text))
        or _is_author_run(text)
        or text in BUTTONS
        or match_card_time(text) is not None
        or is_bare_url(text)
    )


class Head(NamedTuple):
    """A card head: its first line, its kind line, and its first and last title lines."""

    start: int
    kind: int
    title: tuple[int, int]


def _is_kind_line(text: str) -> bool:
    return len(text) <= 40 and is_kind(text)


def _head(lines: Sequence[str], index: int, linked: Container[int] = ()) -> Head | None:
    """The card head that starts at line *index*, if one does: a kind line and a title
    (no kind, time or author run; wrapped by the capture tool over up to `_TITLE_LINES`
    lines, one under the other), in either order (the 2025 cards print the kind first, the
    2023 cards the title), then the speakers (see `_speakers_follow`). A line of *linked*
    starts with a link to a paper page: a title's first line, never its second."""
    first = clean(lines[index])
    if _is_kind_line(first):  # kind, title, speakers; or kind, time, title (the 2020 cards)
        if _under_event_word(lines, index):
            return None  # a parent session named like a kind ("In" over "Award Talk")
        title = _next(lines, index)
        timed = title is not None and match_card_time(clean(lines[title])) is not None
        if timed:  # the line under the time is the title, a kind's name too ("Coffee Break")
            title = _next(lines, title)  # type: ignore[arg-type]
            if title is not None and is_zone(clean(lines[title])):
                title = _next(lines, title)  # (the time's zone, which a browser broke off)
            if title is not None and _starts_timed_card(lines, title):
                return Head(index, index, (index, index))  # no title: the next card is below
        if title is None or not _is_title(clean(lines[title]), named=timed):
            # a kind over a card's time is a card's head, whatever stands under it: a title
            # that cannot be one (raw markup) leaves the card without a title, and its lines
            # reported, not read into the card above
            return Head(index, index, (index, index)) if timed else None
        for last in range(title, min(title + _TITLE_LINES, len(lines))):
            if last > title and not (lines[last].strip() and _is_title(clean(lines[last]))):
                return None
            if _speakers_follow(lines, last) or (timed and _timed_title_ends(lines, last)):
                return Head(index, index, (title, last))
        return None
    if not first or not _is_title(first):
        return None
    for last in range(index, min(index + _TITLE_LINES, len(lines))):  # title, kind, speakers
        if last > index and not (lines[last].strip() and _is_title(clean(lines[last]))):
            return None
        if last > index and lines[last - 1].rstrip().endswith(_SENTENCE_ENDS):
            return None  # a paragraph's last line over a title: the title starts below
        if last > index and len(lines[last - 1]) < WRAPPED_WIDTH:
            return None  # and so does a paragraph's short last line ("HELM codebase")
        if last > index and last in linked:
            return None  # so does a title linked to its page (the line above is text)
        kind = _next(lines, last)
        if kind is not None and _is_kind_line(clean(lines[kind])):
            if not _speakers_follow(lines, kind) or _head(lines, kind) is not None:
                return None  # (the kind line starts a card: the line above ends another)
            if ends_with_url(first):
                return None  # an abstract's last line ("… available at https://…"): no title
            return Head(index, kind, (index, last))
    return None


def _under_event_word(lines: Sequence[str], index: int) -> bool:
    """Whether the line over *index*, over blank lines, is `_EVENT_WORD` alone: line
    *index* is then a parent session's name (an extractor that prints each text node on a
    line of its own prints ``In`` over the session's link), even when the session is named
    like a kind (``Award Talk``, ``Invited Talks (Thu)``)."""
    at = index - 1
    while at >= 0 and not lines[at].strip():
        at -= 1
    return at >= 0 and clean(lines[at]) == _EVENT_WORD


def _starts_timed_card(lines: Sequence[str], index: int) -> bool:
    """Whether line *index* is a kind line over a card's time: the head of the next card,
    under a card whose title is empty (a break of the 2016 schedule: ``Break`` over its
    time, then ``Workshop`` over the next card's time). Its head then ends at its kind."""
    if not _is_kind_line(clean(lines[index])):
        return False
    below = _next(lines, index)
    return below is not None and match_card_time(clean(lines[below])) is not None


_EVENT_WORD = "In"
"""The word before a card's parent session (``In Orals 1A``)."""
_EVENT_CHARS = 100
"""The longest line of a card's parent session: the 2019 schedule's run to 89 characters
(``In Neuroscience and Cognitive Science -- Brain--Computer Interfaces and Neural
Prostheses``)."""


def _is_event_line(text: str) -> bool:
    """Whether *text* names a card's parent session, ``In Orals 1A``, or starts to: an
    extractor that prints each text node on a line of its own (BeautifulSoup's
    ``get_text("\\n")``) prints the word ``In`` alone, over the session's link. A line that
    holds an author run's separator is names that a capture joined to the session's line
    (`_event_then_names`)."""
    if text == _EVENT_WORD:
        return True
    return text.startswith("In ") and len(text) <= _EVENT_CHARS and not _is_author_run(text)


def _without_event(title: str, view: _View) -> tuple[str, str | None]:
    """*title* and the parent session's line that the capture joined to its end (``…
    Perspective In AcceptedPapersParent``: a text browser printed the title to its edge,
    and the line under it read as its rest), or *title* and ``None``. Only a line that the
    page prints on its own (`_View.events`) is taken off, and the rest of it that a text
    browser wrapped onto the next line (``… for Deep`` over ``Networks``): no title ends
    so."""
    at = title.rfind(" In ")
    if at <= 0:
        return title, None
    events, event = view.events(), title[at + 1 :]
    end = len(event)
    while end > len(_EVENT_WORD) and event[:end] not in events:  # (the longest, by words)
        end = event.rfind(" ", 0, end)
    return (title[:at], event[3:]) if end > len(_EVENT_WORD) else (title, None)


_LETTER = re.compile(r"[^\W\d_]")


def _timed_title_ends(lines: Sequence[str], last: int) -> bool:
    """Whether a title under a card's time (the 2020 cards: kind, time, title, parent
    session, speakers) ends at line *last*: the next line is the parent session, names, the
    next card's kind line, a card's button, or none (a break's card ends the page). Another
    line is the rest of the title, which the capture tool wrapped (a line without a letter
    never is); so is a line that looks like names over the parent session, which stands
    above the speakers, never below."""
    after = _next(lines, last)
    if after is None:
        return True
    text = clean(lines[after])
    if _is_event_line(text) or _is_author_run(text) or _is_kind_line(text) or text in BUTTONS:
        return True
    if _LETTER.search(text) is None:
        return True  # no title goes on in a line without a letter (a dialog's close mark below)
    if text[0].islower() or not looks_like_authors(text):  # "and Experimental Design"
        return False
    below = _next(lines, after)  # "Sequential Advertising" over "In AcceptedPapersParent"
    return below is None or not _is_event_line(clean(lines[below]))


def _unwrap(text: str, line: str) -> str:
    """*text* with *line*, the rest of it that the capture tool wrapped, joined again (a
    word cut after its hyphen, ``Re-`` / ``examination``, is one word again; a dash, ``---``
    after a space, stays apart)."""
    broken = text[-1:] == "-" and text[-2:-1].isalnum()  # not a dash: "Network ---"
    return f"{text}{line}" if broken else f"{text} {line}"


_TIME_WORD = re.compile(
    r" (?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]{0,6}\.?,? \d)"
)


def _names_then_time(line: str) -> tuple[str, str]:
    """*line* as the names it starts with and the card time after them (``""`` when none):
    a text browser that wraps the last names joins the time line under them to them
    (``Subbarao Kambhampati Tue 12 Dec 05:45 PM CET``). A name holds no weekday or month
    followed by a day and a time."""
    for found in _TIME_WORD.finditer(line):
        rest = line[found.end() :]
        if match_card_time(rest) is not None:
            return line[: found.start()].rstrip(), rest
    return line, ""


def _event_goes_on(line: str, lines: Sequence[str], at: int, stop: int) -> bool:
    """Whether *line* (line *at*, under a card's parent session) is the session's end that
    a text browser wrapped (``In Deep Learning -- Visualization or Exposition Techniques for
    Deep`` over ``Networks``): no names itself, and names right under it; or one word over
    one speaker's name that ends the card (``… Markov Decision`` over ``Processes`` over
    ``Wang Chi Cheung``). A line of one name under the session is the speaker."""
    if at + 1 >= stop or len(line) > _ROOM_CHARS or _is_author_run(line):
        return False
    below = lines[at + 1]
    if _is_author_run(below):
        return True
    return (
        " " not in line
        and ((after := _next(lines, at + 1)) is None or after >= stop)
        and looks_like_authors(below)
        and not is_more_link(below)
        and below not in LINK_BUTTONS
    )


def _event_then_names(line: str, view: _View) -> tuple[str | None, str]:
    """*line* as the parent session it starts with and the names after it, where a capture
    joined the names to the session's line (``In Algorithms -- Bandit Algorithms Sivan
    Sabato``): a session that the page prints on a line of its own (`_View.events`), the
    longest that fits, with names after it (``In Deep Learning 2`` is a session of its own
    beside ``In Deep Learning``); else ``None`` and *line*."""
    events = view.events()
    at = len(line)
    while (at := line.rfind(" ", 0, at)) > len(_EVENT_WORD):  # the longest first, by words
        if line[:at] in events and looks_like_authors(names := line[at + 1 :]):
            return line[3:at], names
    return None, line


def _without_button(names: str, view: _View) -> str:
    """*names* without a button's label that a capture joined to their end, where it would
    not have fit on their line (html-to-text: ``… · Simon Lacoste-Julien Spotlight Video
    »``): a label that the page prints on a line of its own (`_View.more_links`)."""
    if names[-1:] != "\u00bb":
        return names
    for label in view.more_links():
        if names.endswith(f" {label}"):
            return names[: -len(label) - 1].rstrip()
    return names


def _continues_names(line: str) -> bool:
    """Whether *line*, under an author run, is the rest of the run that the capture tool
    wrapped: more names, or the last name's last word (``Harkous``)."""
    return looks_like_authors(line) or (
        len(line) <= _ROOM_CHARS and not line.endswith((".", ":", "!", "?")) and " " not in line
    )


def _up(facts: Facts, offset: int) -> int | None:
    """The offset of the first non-blank line above the line at *offset*, however many
    blank lines stand between (a run of blank lines is one gap: see `_next`)."""
    at = facts.previous(offset)
    while at >= 0:
        if facts.line_at(at):
            return at
        at = facts.previous(at)
    return None


def _event_over(facts: Facts, above: int, offset: int) -> int:
    """The offset of the parent session's line that ends at *above*, over the speakers at
    *offset* (the 2020 cards: ``In Orals 1A``; a converter that keeps the page source's line
    breaks prints ``In`` on a line of its own, over the session's link, blank lines of the
    source's indentation between), else *offset*."""
    text = clean(facts.line_at(above))
    if _is_event_line(text):
        return above
    first = _up(facts, above)  # (over the blank lines of the source's indentation, too)
    if first is not None and facts.line_at(first) == _EVENT_WORD and _is_event_line(f"In {text}"):
        return first
    return offset


def _head_over(facts: Facts, offset: int) -> bool:
    """Whether the author run at *offset* is the speakers of a card head: a title (up to
    `_TITLE_LINES` lines, one under the other) and a kind line above it, in either order
    (see `_head`). The kind line is looked for first: most author runs have none above
    them; a parent session named like a kind under ``In`` is no kind line."""
    above = _up(facts, offset)
    if above is not None:
        event = _event_over(facts, above, offset)
        if event == offset and _is_kind_line(clean(facts.line_at(above))):
            title = _up(facts, above)  # title, kind, speakers
            return title is not None and _is_title(clean(facts.line_at(title)))
        offset = event
    titles: list[int] = []
    at: int | None = offset
    for _ in range(_TITLE_LINES + 1):
        above = _up(facts, at) if at is not None else None
        if above is None:
            return False
        text = clean(facts.line_at(above))
        if titles and text[-1:] == ")" and is_time_rest(text):
            # a time line that a converter wrapped before its zone (``(CEST)``): its start
            start = _up(facts, above)
            if start is not None and match_card_time(clean(facts.line_at(start))) is not None:
                above, text = start, clean(facts.line_at(start))
        if titles and match_card_time(text) is not None:  # kind, time, title, speakers
            kind = _up(facts, above)
            if kind is None or not _is_kind_line(clean(facts.line_at(kind))):
                return False
            return all(_is_title(clean(facts.line_at(title))) for title in titles)
        if titles and _is_kind_line(text):
            return all(_is_title(clean(facts.line_at(title))) for title in titles)
        if titles and above != facts.previous(titles[-1]):
            return False  # a title's wrapped lines stand one under the other
        titles.append(above)
        at = above
    return False


def _run_starts(facts: Facts) -> Iterator[int]:
    """The offsets of the author runs that start in the scanned prefix: lines with `` ⋅ ``
    or `` · `` under a line without (the rest of a run that the capture tool wrapped is no
    run of its own)."""
    above = -2
    for offset in facts.separator_lines():
        if above != facts.previous(offset):
            yield offset
        above = offset


def _page_starts(text: str) -> bool:
    """Whether *text* holds what only a page's start prints (see
    `confparse.layouts.kit.pagestart`): the site's skip link, its navigation menu, a
    reader service's header. No card's body holds them; searched for in C, anywhere in a
    line (a text-mode browser prints the menu as ``• NeurIPS`` over ``□ Help/FAQ``)."""
    return any(marker in text for marker in _PAGE_START_MARKERS)


def _heads(facts: Facts, starts: Iterable[int]) -> Iterator[bool]:
    """For each author run of *starts* on the first page, whether it is a card head's
    speakers. The runs of a second page pasted below the first (see `_page_starts`) are
    not read: two event pages pasted together are no page of cards, and a page of cards
    is known by its own runs."""
    previous: int | None = None  # the last run's offset
    for offset in starts:
        if previous is not None and _page_starts(facts.lined[previous:offset]):
            return
        previous = offset
        yield _is_head(facts, offset)


class _Heads(threading.local):
    """What `_head_over` found for the author runs of the facts last read, per thread:
    detail detection (`shows_cards`) and the cards' own (`is_card_page`) ask about the
    same runs of the same page, one after the other."""

    facts: Facts | None = None
    found: dict[int, bool]


_known = _Heads()


def _is_head(facts: Facts, offset: int) -> bool:
    """`_head_over`, asked once for each author run of the same facts (in a thread)."""
    known = _known
    if known.facts is not facts:
        known.facts, known.found = facts, {}
    found = known.found.get(offset)
    if found is None:
        found = known.found[offset] = _head_over(facts, offset)
    return found


def card_heads(text: str, stop: int) -> int:
    """How many event-card heads with speakers the start of *text* holds (see `scan`),
    counting up to *stop*: what tells a page of event cards from one event's page, whose
    head is one of them."""
    facts = scan(text)
    if len(facts.separator_lines()) < stop:
        return 0  # too few author runs to hold *stop* heads: not worth reading them
    found = 0
    for head in _heads(facts, _run_starts(facts)):
        found += head
        if found >= stop:
            break
    return found


def shows_cards(text: str) -> bool:
    """Whether the start of *text* shows several event cards: two card heads with speakers
    (`card_heads`), or the cards' closing button (``View full details``, a link to an
    event's own page) twice, which a capture that drops the kind lines still keeps."""
    return text.count(CLOSING) >= 2 or card_heads(text, 2) >= 2


def is_card_page(text: str) -> bool:
    """Whether the start of *text* is a page of the cards this reader knows: of its first
    `_SAMPLE_RUNS` author runs, all but one at most stand in a card head (two at least). A
    page whose runs stand in no such head prints its cards in another order (the 2020
    schedule's kind, time, title, parent session, speakers), which this reader does not
    know; the first runs are enough to tell, and reading them costs little."""
    facts = scan(text)
    if len(facts.separator_lines()) < 2:
        return False
    sample = list(islice(_heads(facts, _run_starts(facts)), _SAMPLE_RUNS))
    heads = sum(sample)
    return heads >= 2 and heads + 1 >= len(sample)


class _View:
    """The lines the card reader reads, by its own index: the ledger's stripped lines; in
    markdown, each paragraph of several lines as one line (`markdown_spans`); in a
    text-mode browser's dump, a line that the capture joined across a card's fields, as the
    lines the browser printed (`_fields_printed`); in a browser's copy or an extractor's
    text, a title with the math in it as one line (`_math_run`), and in markdown too, where
    pandoc's gfm writes it a paragraph a token (`_join_math_paragraphs`). `span` gives the
    capture's lines of each."""

    __slots__ = ("_events", "_more_links", "lines", "spans")

    def __init__(self, document: Document, ledger: Ledger) -> None:
        stripped = ledger.stripped
        self.lines: Sequence[str] = stripped
        self.spans: list[tuple[int, int]] | None = None  # None: each line is its own
        self._events: frozenset[str] | None = None
        self._more_links: frozenset[str] | None = None
        changes: list[tuple[int, int, list[str]]] = []  # (first, last, the lines read)
        if document.format == "markdown":
            changes = [
                (first, last, [markdown_field(document, ledger, first, last).text])
                for first, last in markdown_spans(document, ledger)
                if last > first
            ]
        elif document.format == "text-browser" and document.origin is not None:
            changes = _printed(document, stripped)
        elif document.format == "plain" and _has_math(document.text):
            changes = _math(document.lines, stripped)
        if changes:
            self._change(stripped, changes)
        if document.format == "markdown" and _MATH_PARAGRAPHS.search(document.text) is not None:
            self._join_math_paragraphs()

    def _join_math_paragraphs(self) -> None:
        """Each line of the view over a run of math tokens a paragraph each (pandoc's gfm
        writes a title's typeset math so), joined with the run and the paragraph that goes
        on after it, as `_math` joins a browser's copy. One token is a run only where a
        paragraph goes on right after it (``k`` over ``*k**k*-Submodular``)."""
        lines = self.lines
        spans = self.spans if self.spans is not None else [(at, at) for at in range(len(lines))]
        joined: list[str] = []
        joined_spans: list[tuple[int, int]] = []
        below = 0  # the first line of the view that no run holds
        for index in range(len(lines) - 4):
            if index < below or not lines[index] or len(lines[index + 2]) != 1:
                continue
            last = index  # the last token's line
            while (
                last + 2 < len(lines)
                and (last - index) // 2 < _MATH_TOKENS
                and not lines[last + 1]
                and len(lines[last + 2]) == 1
            ):
                last += 2
            tokens = "".join(map(_math_letter, lines[index + 2 : last + 1 : 2]))
            line = f"{lines[index]} {tokens}"
            if last + 2 < len(lines) and not lines[last + 1] and _goes_on_math(lines[last + 2]):
                line, last = line + lines[last + 2], last + 2
            elif last < index + 4:
                continue  # one token, and nothing goes on after it: no math
            joined += lines[below:index]
            joined_spans += spans[below:index]
            joined.append(line)
            joined_spans.append((spans[index][0], spans[last][1]))
            below = last + 1
        if below:
            self.lines = [*joined, *lines[below:]]
            self.spans = [*joined_spans, *spans[below:]]

    def _change(self, stripped: list[str], changes: list[tuple[int, int, list[str]]]) -> None:
        """Read each of *changes*, lines *first*..*last* of the capture, as its lines."""
        lines: list[str] = []
        spans: list[tuple[int, int]] = []
        below = 0  # the first line of the capture that no change holds
        for first, last, read in changes:
            lines += stripped[below:first]
            spans += ((index, index) for index in range(below, first))
            lines += read
            spans += [(first, last)] * len(read)
            below = last + 1
        lines += stripped[below:]
        spans += ((index, index) for index in range(below, len(stripped)))
        self.lines, self.spans = lines, spans

    def events(self) -> frozenset[str]:
        """The parent session lines of the page (`_is_event_line`), each as it stands on a
        line of its own: found when first asked for (a title that ends in ``In …``)."""
        if self._events is None:
            self._events = frozenset(
                line for line in self.lines if line[:3] == "In " and _is_event_line(line)
            )
        return self._events

    def more_links(self) -> frozenset[str]:
        """The labels of the cards' buttons to other pages (`is_more_link`) that the page
        prints on lines of their own: found when first asked for."""
        if self._more_links is None:
            self._more_links = frozenset(filter(is_more_link, self.lines))
        return self._more_links

    def span(self, at: int) -> tuple[int, int]:
        """The first and last line of the capture that line *at* of the view stands for."""
        spans = self.spans
        return (at, at) if spans is None else spans[at]

    def at(self, index: int) -> int:
        """The line of the view that line *index* of the capture starts (the first of
        them, where a line was taken apart)."""
        spans = self.spans
        return index if spans is None else bisect_left(spans, (index, -1))


def _is_time_line(line: str) -> bool:
    """Whether stripped *line* is a card's time line: its time alone (`is_card_time_line`)
    or with the room after ``@`` (the schedules of 2016 to 2019: ``… 12:45 PM @ East
    Exhibition Hall B + C #139``)."""
    if is_card_time_line(line):
        return True
    found = match_card_time(line)
    return found is not None and line[found.stop :].lstrip()[:1] == "@"


def _printed(document: Document, stripped: list[str]) -> list[tuple[int, int, list[str]]]:
    """The lines that the capture joined across a card's fields, as the browser printed
    them (`_fields_printed`). A line the capture joined holds at least two: a card's time,
    or an author run's separator (names under a title, or over the abstract of a card that
    prints no time)."""
    origin = document.origin
    assert origin is not None
    joined = [
        index
        for index, (number, following) in enumerate(pairwise(origin[: len(stripped) + 1]))
        if following - number > 1 and stripped[index]
    ]
    if not joined:
        return []
    printing = Printing(document, stripped)
    changes: list[tuple[int, int, list[str]]] = []
    for index in joined:
        line = stripped[index]
        timed = index > 0 and _is_time_line(stripped[index - 1])
        separated = any(mark in line for mark in _SEPARATORS)
        if not (timed or separated) and match_card_time(line) is None:
            continue
        printed = _fields_printed(printing, index, line, timed=timed)
        if len(printed) > 1:
            changes.append((index, index, printed))
    return changes


def _has_math(text: str) -> bool:
    """Whether *text* may hold a run of math tokens (`_math_run`): searched for in C."""
    return _MATH_TOKEN.search(text) is not None or _MATH_LINES.search(text) is not None


def _math(raw: Sequence[str], stripped: list[str]) -> list[tuple[int, int, list[str]]]:
    """Each line over a run of math tokens, joined with the run and the line that goes on
    after it (`_math_run`): in a browser's copy, the line keeps the space after its text;
    an extractor that prints each text node on a line of its own (BeautifulSoup's
    ``get_text("\\n")``) strips it, and its run is two tokens at least."""
    changes: list[tuple[int, int, list[str]]] = []
    for index, line in enumerate(stripped):
        if not line or (changes and changes[-1][1] >= index):
            continue
        spaced = raw[index].endswith(" ")
        if not spaced and not (index + 2 < len(stripped) and len(stripped[index + 2]) == 1):
            continue  # (cheap: most lines stand over no run)
        last = _math_run(stripped, index)
        if last == index or (not spaced and last < index + 2):
            continue
        tokens = "".join(map(_math_letter, stripped[index + 1 : last + 1]))
        line = f"{line} {tokens}"
        following = stripped[last + 1] if last + 1 < len(stripped) else ""
        if following and _goes_on_math(following):
            line, last = line + following, last + 1
        elif last == index + 1 and not tokens.isalnum():
            continue  # one mark alone is no math (a dialog's close mark under a card)
        changes.append((index, last, [line]))
    return changes


_MATH_TOKEN = re.compile(r" \n[^\S\n]*[^\s][^\S\n]*\n")
"""A line that ends with a space over a line of one character: math in a browser's copy
(`_math_run`)."""
_MATH_LINES = re.compile(r"\n[^\S\n]*\S[^\S\n]*\n[^\S\n]*\S[^\S\n]*\n")
"""Two lines of one character, one under the other (maybe indented): math that an extractor
printed a text node a line (`_math_run`)."""
_MATH_PARAGRAPHS = re.compile(r"\n\n\S\n\n")
"""A paragraph of one character: math that pandoc's gfm wrote a paragraph a token
(`_View._join_math_paragraphs`)."""
_MATH_TOKENS = 24
"""How many lines of one character a run of math tokens may take."""
_SEPARATORS = ("\u22c5", "\u00b7")
"""What joins the names of an author run (`_is_author_run`)."""


def _math_run(stripped: Sequence[str], index: int) -> int:
    """The last line of the run of math tokens under line *index*, else *index*. A page
    that typesets its math (MathJax) prints it as the page's text and again as glyphs; a
    browser's copy gives each token on a line of its own (``β`` / ``𝛽``), under the text
    before the math, whose line keeps the space after it. A line of one character is no
    card's field (a kind, a title, names, a time, a room)."""
    last = index
    while (
        last + 1 < len(stripped)
        and last - index < _MATH_TOKENS
        and len(stripped[last + 1]) == 1  # (a copy may indent it, or keep a space after it)
    ):
        last += 1
    return last


def _math_letter(token: str) -> str:
    """*token* with a mathematical letter (``𝛽``, U+1D6FD, in the glyphs' copy) read as
    the letter the page's text gives (``β``)."""
    return unicodedata.normalize("NFKC", token) if "\U0001d400" <= token <= "\U0001d7ff" else token


def _goes_on_math(line: str) -> bool:
    """Whether *line*, under a run of math tokens, goes on right after the math (``-VAEs``,
    ``polytopes and ...``): it starts with a mark or in lower case, as no card's field does
    (a line that starts with a capital is read as it stands: the rest of a title goes on
    after a space, as the reader joins a wrapped title's lines)."""
    first = line[:1]
    return not first.isalnum() or first.islower()


def _fields_printed(printing: Printing, index: int, line: str, *, timed: bool) -> list[str]:
    """Line *index* (stripped *line*) as the lines a text-mode browser printed, where the
    capture joined them across a card's fields (`Printing.lines`: the joined text wrapped
    again at the browser's width); else *line*. A browser prints a card's time on a line of
    its own, and the names from a line of their own: a long title under the time, or names
    under a long title, whose first word would not have fit on the line above, read to the
    capture as the rest of that line. Such a line (one that holds a card's time, or the first
    line of an author run under one without) is read as printed, as the lines of a dump
    that the capture did not join are; so is the last line of an author run over text
    without a time (the abstract of a card that prints no time, under the names; names
    over their card's time are taken apart by `_names_then_time`). A line right under a
    card's time (*timed*: the title's place in the 2020 cards) is read as printed too: the
    title, and the one name under it that the capture joined to it where the name's first
    word would not have fit (`_timed_title_ends` tells the title's lines from the name)."""
    printed = [part.text for part in printing.lines(index, line)]
    if timed:
        return printed
    for number, text in enumerate(printed):
        if match_card_time(text) is not None:
            return printed
        above = printed[number - 1] if number else ""
        if (
            number
            and _is_author_run(text) != _is_author_run(above)
            and (_is_author_run(text) or not _names_then_time(f"{above} {text}")[1])
        ):
            return printed
    return [line]


def _outside(ledger: Ledger, index: int) -> None:
    """Account for line *index*, which no card holds: the site's furniture by its text (a
    line of the page's vocabulary; a list item that is an entry of the site's menu), else
    reported."""
    if index in ledger.rules or ledger.is_boilerplate(index):
        return
    if index in ledger.document.items:
        rule = menu_entry(ledger.stripped[index])
        if rule is not None:
            ledger.skip(index, rule)
            return
    ledger.report(index, "outside-cards", "line outside the event cards", severity="info")


def _read(
    document: Document, ledger: Ledger, view: _View, head: Head, stop: int
) -> tuple[Card, Fields]:
    """Read the card of *head* up to line *stop* of *view*."""
    lines, spans = view.lines, view.spans
    kind, title = head.kind, head.title
    fields = Fields()
    card = Card(view.span(head.start)[0], [])
    closed = False
    previous = ""  # the field the last line was read into
    blank = False
    for at in range(head.start, stop):
        raw = lines[at]
        if not raw:
            blank = True
            continue
        index, last = (at, at) if spans is None else spans[at]  # the capture's lines of it
        if closed:
            for outside in range(index, last + 1):
                _outside(ledger, outside)
            continue
        if index == last:
            if not card.lines or card.lines[-1] != index:  # (a dump's line, taken apart)
                card.lines.append(index)
        else:
            card.lines.extend(range(index, last + 1))
        line = clean(raw)
        read = ""
        if previous == "title" and fields.event is None and line[:3] == "In ":
            event, names = _event_then_names(line, view)
            if event is not None:  # the parent session, and the names joined to it
                fields.event, line = event, names
        if at == kind:
            fields.kind, read = kind_text(line), "kind"
        elif title[0] <= at <= title[1]:
            line = single_spaced(line)  # the page source's run of spaces: one, as shown
            fields.title = line if fields.title is None else _unwrap(fields.title, line)
            read = "title"
            if at == title[1]:
                fields.title, event = _without_event(fields.title, view)
                fields.event = event or fields.event
                links = document.links_on(view.span(title[0])[0], last)
                url = next((link.url for link in links if is_paper_link(link.url)), None)
                if url is not None:
                    fields.url = url
                    fields.links.append(Link(text=fields.title, url=url))
        elif line in BUTTONS:
            for button in range(index, last + 1):
                ledger.skip(button, BUTTONS[line])
            closed = line == CLOSING
            blank = False
            continue
        elif line == DIALOG_CLOSE:
            for mark in range(index, last + 1):
                ledger.skip(mark, "dialog-close")
            closed = blank = True  # (the lines under it are the dialog's, outside the cards)
            continue
        elif index == last and ledger.is_boilerplate(index):  # the site's own ("thumbnail")
            blank = False
            continue
        elif (
            (previous == "title" or fields.title is None)  # (a title that was no title)
            and fields.event is None
            and _is_event_line(line)
        ):
            fields.event, read = line[3:].strip(), "event"  # the parent session
        elif previous == "event" and fields.event == "":
            fields.event, read = line, "event"  # the session, under "In" on a line of its own
        elif previous == "event" and _event_goes_on(line, lines, at, stop):
            fields.event, read = f"{fields.event} {line}", "event"  # its wrapped end
        elif (
            previous in ("authors", "link")
            and index == last
            and (
                (linked := whole_link(document, index, line)) is not None
                or is_more_link(line)
                or line in LINK_BUTTONS
            )
        ):
            if linked is not None:  # a button under the names: "Spotlight Video »"
                fields.links.append(linked)
            read = "link"
        elif (
            not fields.abstract
            and (fields.time is None or previous in ("title", "event", "authors"))
            and match_card_time(line) is None
            and (
                (fields.authors is None and looks_like_authors(line))
                or (previous == "authors" and not blank and _continues_names(line))
            )
        ):
            names, time = _names_then_time(line)
            names = _without_button(names, view)
            names = single_spaced(names)
            fields.authors = names if fields.authors is None else _unwrap(fields.authors, names)
            read = "authors"
            if time and read_time(ledger, index, time, fields):
                read = "time"  # the time line, which the capture tool joined to the names
        elif fields.time is None and read_time(ledger, index, line, fields):
            read = "time"
        elif previous == "time" and fields.room is None and read_zone(line, fields):
            read = "time"  # the time line's zone, which a text browser printed below it
        elif (
            previous == "time"
            and fields.room is None
            and len(line) <= _ROOM_CHARS
            and not line.endswith((".", ":", "!", "?"))
        ):
            fields.room, read = room_text(line), "room"
        elif fields.title is not None:
            if fields.abstract and previous == "abstract" and not blank:
                fields.abstract[-1] = f"{fields.abstract[-1]} {line}"  # a wrapped paragraph
            else:
                fields.abstract.append(line)
            read = "abstract"
        if not read:
            message = "line of an event card that is no field"
            ledger.report(index, "unparsed-line", message, last=last)
        else:
            ledger.use(index, last)
        previous, blank = read, False
    if fields.event == "":
        fields.event = None  # "In" ended the card: no session's name under it
    return card, fields


def _second_page(ledger: Ledger, view: _View, first: int) -> int:
    """Where a second page starts below line *first* of *view* (the first card's head):
    the first line that holds what only a page's start prints (`_page_starts`), else the
    end. Found and reported: the file holds several pages, and only the first is read."""
    lines = view.lines
    for at in range(first + 1, len(lines)):
        line = lines[at]
        if line and _page_starts(line):
            break
    else:
        return len(lines)
    report_second_page(ledger, view.span(at)[0])
    return at


def _linked_lines(document: Document, view: _View) -> frozenset[int]:
    """The lines of *view* that start with a link to a paper page: what a text browser
    prints of a card's linked title, wherever the line above it ends."""
    links, lines = document.links, view.lines
    return frozenset(
        at
        for index, found in links.items()
        if found
        and found[0].text
        and (at := view.at(index)) < len(lines)  # (a second page below is cut from them)
        and lines[at].startswith(found[0].text)
        and is_paper_link(found[0].url)
    )


def read_cards(document: Document, ledger: Ledger) -> list[tuple[Card, Fields]]:
    """The cards of a text capture, each with what its lines said, in page order; the
    lines before the first head and after a card's closing button are reported, and so is
    a second page below the cards (see `_second_page`)."""
    view = _View(document, ledger)
    lines = view.lines
    linked = _linked_lines(document, view)
    heads: list[Head] = []
    index = 0
    while index < len(lines):
        head = _head(lines, index, linked)
        if head is None:
            index += 1
            continue
        heads.append(head)
        index = max(head.kind, head.title[1]) + 1  # a wrapped title's lines start none
    end = _second_page(ledger, view, heads[0].start) if heads else len(lines)
    heads = [head for head in heads if head.start < end]
    cards: list[tuple[Card, Fields]] = []
    for at in range(heads[0].start if heads else len(lines)):
        if lines[at]:
            first, last = view.span(at)
            for index in range(first, last + 1):
                _outside(ledger, index)
    for number, head in enumerate(heads):
        stop = heads[number + 1].start if number + 1 < len(heads) else end
        cards.append(_read(document, ledger, view, head, stop))
    return cards
