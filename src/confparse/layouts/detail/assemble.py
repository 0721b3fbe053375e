"""`parse`: the page's head, slots and sections assembled into the paper and its talks."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...capture.document import Document
from ...models import Link, Paper, Person, Session, Span, Talk
from ...venues import page_urls
from ..kit.blocks import PageTimes, author_paragraph
from ..kit.embedded import check_article
from ..kit.fields import kind_text
from ..kit.ledger import Ledger
from ..kit.links import is_paper_link
from ..kit.pagestart import cut_second_page
from ..kit.records import Records
from .head import find_head
from .lines import Listed
from .reader import Reader, Slot, WidgetScan, widget_scan
from .recognise import is_bytez, section_lines


def _with_page_link(links: tuple[Link, ...], document: Document) -> tuple[Link, ...]:
    """*links*, and the page's own URL when it is a paper's page (a detail page is the page
    of its paper) and no link of *links* is one (`page_urls`)."""
    if any(is_paper_link(link.url) for link in links):
        return links
    for url in map(str.strip, page_urls(document)):
        if url.startswith(("http://", "https://")) and is_paper_link(url):
            return (*links, Link(url=url))
    return links


def _widget(stripped: Sequence[str], marks: Sequence[tuple[int, str]]) -> WidgetScan | None:
    """The scan of the bytez widget, when the page's last section line is its ``bytez``
    heading (`widget_scan`): its hundreds of lines are read once, for the second-page search
    and the tail."""
    if marks and marks[-1][1] == "tail" and is_bytez(stripped[marks[-1][0]]):
        return widget_scan(stripped, marks[-1][0])
    return None


def parse(document: Document, state: Ledger) -> Records:
    """The paper and talks of a detail page."""
    marks = section_lines(state.stripped)
    widget = _widget(state.stripped, marks)
    # a second page pasted below: reported, not read (the widget's lines read once for both)
    cut = cut_second_page(state, widget)
    if cut is not None:  # the marks of the first page only, as if looked for on it alone
        marks = [mark for mark in marks if mark[0] < cut]
        widget = (
            (widget[0], [i for i in widget[1] if i < cut]) if widget and widget[0] < cut else None
        )
    options = state.options
    reader = Reader(state)
    stripped = state.stripped
    count = len(stripped)
    limit = marks[0][0] if marks else count
    head = find_head(Listed(stripped), limit)
    # the first tail line: below the head, since the head is above every section line
    tail = marks[-1][0] if marks and marks[-1][1] == "tail" else count
    if head is None:
        reader.tail(tail, None, widget)
        for index in range(tail):
            state.is_boilerplate(index)
        return Records()

    title = stripped[head.title] if head.title is not None else None
    reader.tail(tail, title, widget)
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
        span=state.span(head_first, max(last_used, head_last)),
    )
    state.check_records(len(slots))

    kind_line = head.kind if head.kind is not None else reader.kind
    kind = kind_text(stripped[kind_line]) if kind_line is not None else None
    if kind_line is not None and not slots:
        slots.append(Slot())  # the kind line needs a talk to live in
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
            slot_kind = kind_text(printed_kind) if printed_kind else slot_kind
            start, end, zone = times.resolve(state, index, line_parts)
        lines = slot.lines() or [kind_line if kind_line is not None else head_first]
        for index in slot.lines():
            state.use(index)
        fields = slot.values(stripped)
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
                span=state.span(min(lines), max(lines)),
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
