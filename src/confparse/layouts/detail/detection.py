"""How sure the layout is that a page is a detail page (`detect_text`)."""

from __future__ import annotations

from collections.abc import Sequence

from ...capture.document import Document
from ..cards.text import shows_cards
from ..kit.heads import split_slot_line
from ..kit.scan import scan
from .head import Head, find_head
from .lines import Prefix
from .recognise import SPACED_WEEKDAY, WEEKDAY_SET, head_line, section_kind


def _detect_slot(head: Head, times: int, maybe_times: Sequence[str]) -> bool:
    """Whether the head prints a time slot: in it (the ICML 2026 head) or below it."""
    if times or any(tag == "time" for tag, _at in head.above):
        return True
    return any(split_slot_line(line) is not None for line in maybe_times)


_FURNITURE = frozenset(("edition", "toggle", "buttons", "open-bracket", "link"))
_FURNITURE_INITIALS = "[h12"
"""How furniture lines start: ``[ Poster]``, ``https://...``, ``2025 Poster``."""


def detect_text(text: str) -> float:
    """Scores detail pages: a kind / title / authors head, an abstract, detail furniture.

    Pages with a moderator line, a time line above the head, or several author lines
    (session and award pages) score low, and so do pages of several event cards
    (`shows_cards`). Reads the first 800 lines of the shared scan's
    prefix, and of those only the lines around the head: the rest is searched in C.
    """
    facts = scan(text)
    if facts.moderator() is not None:
        return 0.0
    lines = Prefix(facts)
    limit = lines.section_limit()
    head = find_head(lines, limit)
    if head is None or head.title is None:
        return 0.0
    if lines.authors_above(limit) > 3 or lines.time_line_above(head.first):
        return 0.1
    if shows_cards(text):
        return 0.1  # a page of event cards: one of their heads is no detail page's head
    # Below the head: more than six time lines rule the page out, furniture scores. Only a
    # line that may be the first furniture is classified at once; the lines that may be time
    # lines are read only when there are enough of them to pass six.
    title = lines.line(head.title)
    times, furnished, maybe_times = 0, False, []
    for _at, line in lines.lines(head.last, limit):
        if not line or line == title:
            continue
        if not furnished and line[0] in _FURNITURE_INITIALS:
            tag = head_line(line, title)
            times += tag == "time"
            furnished = tag in _FURNITURE
        elif line[:3] in WEEKDAY_SET or SPACED_WEEKDAY.search(line, 0, 48):
            maybe_times.append(line)
    if times + len(maybe_times) > 6:
        times += sum(split_slot_line(line) is not None for line in maybe_times)
        if times > 6:
            return 0.1
    kind = head.kind is not None
    opening = section_kind(lines.line(lines.section)) if lines.section is not None else None
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
    if kind and abstract and furnished:
        return 1.0  # every sign of the platform's detail page: certain, detection stops here
    return 0.5 + 0.15 * (kind + abstract + furnished)


def detect(document: Document) -> float:
    """How sure this layout is that *document* is its page (see `detect_text`)."""
    return detect_text(document.head())
