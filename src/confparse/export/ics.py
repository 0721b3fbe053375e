"""iCalendar (RFC 5545) export of sessions and talks: `to_ics`.

Needs the ``icalendar`` package (``pip install 'confparse-pages[ics]'``), imported only when
`to_ics` is called. One ``VEVENT`` per talk that has a start time, and one per session
that prints its own time range; times carry their real time zone, with its ``VTIMEZONE``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any

from ..catalog import Catalog
from ..errors import RenderError
from ..models import Page, Session, Talk

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from icalendar import Event

__all__ = ["PRODID", "to_ics"]

PRODID = "-//confparse//confparse//EN"
"""The ``PRODID`` of every calendar `to_ics` writes."""

Calendarable = Page | Session | Talk | Catalog | Iterable[Page | Session | Talk]


def _events(obj: Any) -> Iterator[tuple[Session | None, Talk | None]]:
    """(session, talk) pairs: a talk with its session, or a session alone (talk None)."""
    if isinstance(obj, Page):
        for session in obj.sessions:
            yield from _events(session)
    elif isinstance(obj, Session):
        if obj.start is not None:
            yield obj, None
        for talk in obj.talks:
            yield obj, talk
    elif isinstance(obj, Talk):
        yield None, obj
    elif isinstance(obj, Catalog):
        for entry in obj.entries:
            for talk in entry.talks:
                yield None, talk
    elif isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        for item in obj:
            yield from _events(item)
    else:
        raise TypeError(f"cannot make calendar events of {type(obj).__name__}")


def _real_zone(moment: datetime, label: str | None, zones: Mapping[str, str]) -> tzinfo:
    """The IANA zone of *moment*: its own, or the one its printed *label* names when that
    zone has the same offset at that moment (parsed datetimes carry fixed offsets); UTC
    otherwise."""
    from zoneinfo import ZoneInfo

    from ..times import zone_for

    if isinstance(moment.tzinfo, ZoneInfo):
        return moment.tzinfo
    if label is not None:
        zone = zone_for(label, zones, moment.replace(tzinfo=None))
        try:
            same = isinstance(zone, ZoneInfo) and moment.astimezone(zone).utcoffset() == (
                moment.utcoffset()
            )
        except OverflowError:  # at the calendar's edge: left to `_add_times` to report
            same = False
        if same:
            return zone  # type: ignore[return-value]
    return timezone.utc


def _uid(parts: list[Any]) -> str:
    import hashlib
    import json

    digest = hashlib.sha256(json.dumps(parts, default=str).encode("utf-8")).hexdigest()
    return f"{digest[:32]}@confparse"


def _describe(talk: Talk) -> str:
    lines = []
    paper = talk.paper
    if talk.award:
        lines.append(talk.award)
    if paper is not None and paper.authors:
        lines.append(", ".join(person.name for person in paper.authors))
    if paper is not None and paper.abstract:
        lines.append(paper.abstract + (" …" if paper.abstract_truncated else ""))
    if paper is not None:
        lines.extend(link.url for link in paper.links)
    return "\n\n".join(lines)


def _summary(talk: Talk) -> str:
    if talk.paper is not None and talk.paper.title:
        return talk.paper.title
    return talk.kind or "Talk"


def _add_times(event: Event, start: datetime, end: datetime | None, zone: tzinfo) -> None:
    try:
        event.add("dtstart", start.astimezone(zone))
        if end is not None:
            event.add("dtend", end.astimezone(zone))
    except OverflowError:
        raise RenderError(
            f"the talk at {start.isoformat()} cannot be written in {zone}: "
            "the date is out of the calendar's range"
        ) from None


def to_ics(
    obj: Calendarable,
    *,
    name: str | None = None,
    zones: Mapping[str, str] | None = None,
    stamp: datetime | None = None,
) -> str:
    """An iCalendar file (RFC 5545, as text with CRLF line ends) of the talks of *obj*.

    *obj* is a page, a session, a talk, a `Catalog` (its entries' talks) or an iterable
    of these. Every talk with a start time becomes a ``VEVENT``: ``SUMMARY`` the paper's
    title (else the talk's kind), ``DESCRIPTION`` the award line, the authors, the
    abstract and the paper's links, ``LOCATION`` the talk's room (else its session's),
    ``CATEGORIES`` the kind, ``DTSTART``/``DTEND`` in the talk's time zone. A session
    that prints its own time range gets an event too. Talks without a time are left out.

    Times are written in their IANA zone (``TZID=America/Los_Angeles``, with a
    ``VTIMEZONE`` covering the events' years). Parsed datetimes carry fixed UTC offsets;
    the zone abbreviation the page printed (``Talk.zone``: ``PDT``, looked up as
    `confparse.parse` does, *zones* included) gives the IANA zone back when that zone has
    the same offset at that moment. A datetime in a `zoneinfo.ZoneInfo` keeps its zone;
    any other is written in UTC.

    ``UID`` is a digest of the event's fields, so exporting the same talk again gives the
    same UID (calendar apps update the event instead of adding a copy); ``DTSTAMP`` is
    *stamp* (default: now), in UTC.

    Raises:
        ImportError: icalendar is not installed.
        TypeError: *obj* is not a record or an iterable of records.
        RenderError: a talk's time cannot be written (a date at the edge of the calendar,
            such as 31 December 9999 at UTC-12, which is in the year 10000 in UTC).
    """
    from zoneinfo import ZoneInfo

    try:
        from icalendar import Calendar, Event, Timezone
    except ImportError as exc:
        raise ImportError("to_ics needs icalendar: pip install 'confparse-pages[ics]'") from exc

    zones = dict(zones or {})
    stamp = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    used_zones: dict[str, ZoneInfo] = {}
    first: date | None = None
    last: date | None = None
    uids: dict[str, int] = {}
    for session, talk in _events(obj):
        record = talk if talk is not None else session
        assert record is not None
        if record.start is None:
            continue
        zone = _real_zone(record.start, record.zone, zones)
        if isinstance(zone, ZoneInfo):
            used_zones[zone.key] = zone
        day = record.start.date()
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
        event = Event()
        if talk is not None:
            summary = _summary(talk)
            location = talk.location or (session.location if session else None)
            description = _describe(talk)
            fields = [summary, talk.kind, description]
            kind = talk.kind
        else:
            assert session is not None
            summary = session.title or session.kind or "Session"
            location = session.location
            moderators = ", ".join(person.name for person in session.moderators)
            description = f"Moderators: {moderators}" if moderators else ""
            fields = [summary, session.kind, description]
            kind = session.kind
        key = _uid([record.start.isoformat(), location, *fields])
        count = uids.get(key, 0)
        uids[key] = count + 1
        event.add("uid", key if count == 0 else key.replace("@", f"-{count + 1}@"))
        event.add("dtstamp", stamp)
        _add_times(event, record.start, record.end, zone)
        event.add("summary", summary)
        if description:
            event.add("description", description)
        if location:
            event.add("location", location)
        if kind:
            event.add("categories", [kind])
        calendar.add_component(event)
    if first is not None and last is not None:
        begin, end = date(first.year, 1, 1), date(last.year + 1, 1, 1) + timedelta(days=1)
        for key, zone in sorted(used_zones.items(), reverse=True):  # sorted, before events
            vtimezone = Timezone.from_tzinfo(zone, tzid=key, first_date=begin, last_date=end)
            calendar.subcomponents.insert(0, vtimezone)
    ical: bytes = calendar.to_ical()
    return ical.decode("utf-8")
