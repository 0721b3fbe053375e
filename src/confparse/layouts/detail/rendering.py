"""`render`: a one-paper page written back as a detail page, checked to read back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ...capture.markdown import looks_like_markdown
from ...errors import RenderError
from ...models import Link, Page, Paper, Person, Talk
from ...times import TimeProblem, match_time_line, resolve
from ..kit.blocks import check_abstract, check_line, check_wall_times, reject_unsupported
from ..kit.fields import join_authors, split_authors, split_truncation
from ..kit.heads import is_author_line, split_kind_time, split_slot_line
from ..kit.vocabulary import MONTHS, WEEKDAYS
from .head import Head, find_head
from .lines import Listed
from .recognise import first_section, head_line, read_link_line, section_kind, slot_field


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


_LAYOUT = "detail"
"""The layout's name (the package's ``name``), for `reject_unsupported`'s messages."""
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
    reject_unsupported(session, _SESSION_FIELDS, _LAYOUT)
    if not session.talks:
        raise RenderError("a session without talks cannot be told apart from no session")
    for talk in session.talks:
        reject_unsupported(talk, _TALK_FIELDS, _LAYOUT)
        if talk.paper != paper:
            raise RenderError("every talk of a detail page presents the page's paper")
    timed = [talk.start is not None for talk in session.talks]
    if not all(timed) and len(timed) > 1:
        raise RenderError("only a page with a single slot may leave out its time")
    only = session.talks[0]
    if not any(timed) and (only.kind, only.location, only.event) == (None, None, None):
        raise RenderError("an untimed slot without kind, room or event reads as no slot")
    return session.talks


def _with_room(line: str, room: str) -> str:
    """Time *line* with *room* after an ``@`` (``... PDT @ Virtual``), as the sites printed
    a slot's room until 2022: the form for a room that reads as no room on its own line."""
    joined = f"{line} @ {room}"
    slot = split_slot_line(joined)
    if slot is None or slot.room != room:
        raise RenderError(f"room {room!r} would not be read back")
    return joined


def _slot_lines(talks: Sequence[Talk], title: str) -> list[tuple[str, str]]:
    """``(line, expected tag)`` for the slots: the event above its time line, the rooms
    above theirs when the first slot has a room on a line of its own, else below; a room
    that reads as none on its own line follows its time after an ``@``."""
    first = talks[0] if talks else None
    above = (
        first is not None
        and first.location is not None
        and (first.start is None or slot_field(first.location) == "room")
    )  # the first slot's room on a line of its own (not after its time's "@")
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
            if room and slot_field(room[0][0]) != "room":
                line = _with_room(line, room[0][0])  # a room no line of its own reads as one
                room = []
            time = [(line, "time")]
        elif number:
            raise RenderError("only a page with a single slot may leave out its time")
        out += [*event, *room, *time] if above else [*event, *time, *room]
    for line, tag in out:
        if tag != "time":  # a time line is built, not taken from the record
            check_line(line, f"{tag} line")
        if head_line(line, title) != tag:
            raise RenderError(f"{tag} line {line!r} would not be read back as one")
    return out


def _link_lines(links: Sequence[Link], title: str) -> list[str]:
    out: list[str] = []
    for link in links:
        line = link.url if link.text is None else f"[ {link.text}] {link.url}"
        if read_link_line(line) != link:
            raise RenderError(f"link {link.text!r} {link.url!r} has no plain-text form")
        if head_line(line, title) != "link":
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
    reject_unsupported(paper, _PAPER_FIELDS, _LAYOUT)
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
        if line and section_kind(line) is not None:
            raise RenderError(f"text line {line!r} reads as a section heading")
    if looks_like_markdown(out):
        raise RenderError("the page would read as a markdown capture")
    _check_head(out, kind, title, paper.authors)
    return "\n".join(out).rstrip("\n")


def _check_head(lines: list[str], kind: str | None, title: str, authors: Sequence[Person]) -> None:
    """Raise `RenderError` unless the head is found where it was printed."""
    head = find_head(Listed(lines), first_section(lines))
    has_kind = kind is not None
    expected = Head(
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
