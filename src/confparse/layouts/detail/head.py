"""Finding the head: the kind, the title and the authors, walked up from the first author
line (`_walk_up`), else read down from the last kind line (`find_head`)."""

from __future__ import annotations

import enum

import attrs

from ..kit.fields import is_room, looks_like_authors
from ..kit.heads import Token, is_kind_label, read_text, split_slot_line
from ..kit.scan import without_bookmark
from .lines import Lines
from .recognise import head_line, is_event, is_strong, section_kind


@attrs.frozen
class Head:
    """Positions of the head (see `Lines`): kind, title (and its copies right above), first
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


def _plausible_title(line: str) -> bool:
    return not is_kind_label(line) and section_kind(line) is None and not is_strong(line)


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
    if is_event(line):
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
    if split_slot_line(without_bookmark(line)) is not None:
        return "time"
    if is_event(line):
        return "event"
    cut = line.rfind(" #")
    if cut > 0 and line[cut + 2 :].isdigit() and is_room(line):
        return "room"
    return None


def _walk_up(lines: Lines, author: int) -> Head:
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
    ):  # no time above the title, and no kind on top of the fields: only the lines that
        # no menu prints (a room with its board number) stay the head's
        above = [(tag, at) for tag, at in above if _strong_field(lines.line(at)) is not None]
    if not above and not below:
        return Head(kind, title, tuple(repeats), author, True)
    fields = tuple(sorted(above + below, key=lambda item: item[1]))
    return Head(kind, title, tuple(repeats), author, True, fields)


def find_head(lines: Lines, limit: int) -> Head | None:
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
        if is_strong(line):
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
        and head_line(lines.line(name_line), text) is None
    )
    return Head(kind, title, (), name_line if single else None, False)
