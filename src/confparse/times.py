"""Time lines: recognising them, resolving them to aware datetimes, printing them again.

Recognition is one anchored regular expression per format, applied with ``fullmatch`` to a
single stripped line; resolution is plain `datetime` arithmetic. Zones are loaded once each,
from the standard library's `zoneinfo` (its offsets are computed in C, which matters when
every talk compares and prints aware datetimes); python-dateutil's ``tz.gettz`` is the
fallback where the system has no zone data for a name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "ALL_YEAR_ZONES",
    "DEFAULT_ZONES",
    "MONTHS",
    "WEEKDAYS",
    "WEEKDAY_INITIALS",
    "CardTime",
    "TimeLine",
    "TimeProblem",
    "fixed",
    "format_session_time",
    "infer_year",
    "is_card_time_line",
    "is_time_line",
    "is_time_rest",
    "is_zone_name",
    "localize",
    "match_card_time",
    "match_time_line",
    "resolve",
    "wall_time_gap",
]

DEFAULT_ZONES: Mapping[str, str] = {
    # North America
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
    "MST": "America/Denver", "MDT": "America/Denver", "MT": "America/Denver",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu", "AST": "America/Halifax", "ADT": "America/Halifax",
    "NST": "America/St_Johns", "NDT": "America/St_Johns",
    # Universal
    "UTC": "UTC", "GMT": "UTC", "Z": "UTC",
    # Europe
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon", "BST": "Europe/London",
    "IST": "Asia/Kolkata", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "MSK": "Europe/Moscow",
    # Africa
    "WAT": "Africa/Lagos", "CAT": "Africa/Kigali", "EAT": "Africa/Nairobi",
    "SAST": "Africa/Johannesburg",
    # Asia and Oceania
    "GST": "Asia/Dubai", "PKT": "Asia/Karachi", "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta",
    "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "PHT": "Asia/Manila",
    "KST": "Asia/Seoul", "JST": "Asia/Tokyo", "AWST": "Australia/Perth",
    "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
}  # fmt: skip
"""Time-zone abbreviations as printed on pages, mapped to IANA zones. ``CST`` is the North
American one and ``IST`` the Indian one; pass ``zones=`` to `confparse.parse` to override.
A zone without an abbreviation of its own is printed as its offset (``+08``, ``-03``,
``+0530``: what the sites print for Singapore, São Paulo or Kolkata's neighbours), read
as that fixed offset."""

ALL_YEAR_ZONES: Mapping[str, str] = {
    "MST": "America/Phoenix", "EST": "America/Cancun", "CST": "Asia/Shanghai",
    "AST": "America/Puerto_Rico", "AEST": "Australia/Brisbane", "ACST": "Australia/Darwin",
}  # fmt: skip
"""Where an abbreviation of `DEFAULT_ZONES` is printed all year. Its zone there prints it for
half the year only (Denver prints ``MST`` in winter, ``MDT`` in summer); a page that prints
it in the other half was shown in a zone that keeps it all year: Arizona's ``MST`` in July
is UTC-7, China's ``CST`` in July is UTC+8, Brisbane's ``AEST`` in January UTC+10."""

_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAY_PREFIXES = frozenset(_WEEKDAY_NAMES)
_WEEKDAY_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

WEEKDAYS: tuple[str, ...] = _WEEKDAY_NAMES
"""The weekdays as the sites abbreviate them, Monday first (``weekday()`` order)."""
MONTHS: tuple[str, ...] = tuple(name[:3] for name in _MONTH_NAMES)
"""The months' three-letter abbreviations, January first."""
WEEKDAY_INITIALS = frozenset(name[0] for name in _WEEKDAY_NAMES)
"""The first letters of the weekdays' names: a cheap test before a time line's pattern."""

_MONTH_WORDS = {
    name[:size].lower(): number
    for number, name in enumerate(_MONTH_NAMES, 1)
    for size in range(3, len(name) + 1)
}
_MONTH_WORDS["sept"] = 9
_MONTH_WORDS |= {word.capitalize(): number for word, number in _MONTH_WORDS.items()}
"""Every spelling of a month that time lines use: a prefix of its name, three letters or
more (``Jul``, ``July``, ``Sept``), in lower case and capitalised as pages print them."""
_WEEKDAY_WORDS = {
    name[:size]: number
    for number, name in enumerate(_WEEKDAY_FULL)
    for size in range(3, len(name) + 1)
}
_WEEKDAY_WORDS |= {word.capitalize(): number for word, number in _WEEKDAY_WORDS.items()}
"""Every spelling of a weekday: a prefix of its name, three letters or more (``Wed``, ``Weds``
is not one, ``Wednesday``), in lower case and capitalised."""

_WD = r"(?P<wd>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6})\.?"
_MON = r"(?P<mon>[A-Z][a-z]{2,8})\.?"
_DASH = r"\s{0,3}[-\u2013\u2014]{1,2}\s{0,3}"
_ZONE = r"[A-Z]{1,5}|UTC[+-]\d{1,2}(?::\d{2})?|GMT[+-]\d{1,2}(?::\d{2})?|[+-]\d{2}(?::?\d{2})?"
_MERIDIEM = r"(?:[ap]\.\s?m\.|[ap]m|[AP]\.?M\.?)"
# 24-hour "17:00" or 12-hour "8:45 a.m.", "11 am", "noon", factored so that a 24-hour clock
# (the common case) is read without trying the 12-hour forms first
_CLOCK = rf"(?:\d{{1,2}}(?::\d{{2}}(?:\s{{0,2}}{_MERIDIEM})?|\s{{0,2}}{_MERIDIEM})|noon|midnight)"

# "Wed 21 July 17:00 - 17:20 PDT", "Tue 23 Jul 7:30 a.m. PDT — 8:30 a.m. PDT",
# "Wed 21 July 2021 17:00 - 17:20 PDT" (the year is optional)
_DAY_FIRST = re.compile(
    rf"{_WD},?\s{{1,3}}(?P<day>\d{{1,2}})\s{{1,3}}{_MON}(?:,?\s{{1,3}}(?P<year>\d{{4}}))?,?"
    rf"\s{{1,3}}(?P<t1>{_CLOCK})(?:\s{{1,3}}(?P<z1>{_ZONE}))?"
    rf"{_DASH}(?P<t2>{_CLOCK})(?:\s{{1,3}}(?P<z2>{_ZONE}))?"
)
# "Wed, Dec 3, 2025 • 4:30 PM - 7:30 PM PST" (any dash)
_MONTH_FIRST = re.compile(
    rf"{_WD},?\s{{1,3}}{_MON}\s{{1,3}}(?P<day>\d{{1,2}})(?:,?\s{{1,3}}(?P<year>\d{{4}}))?"
    rf"\s{{0,3}}[\u2022\u00b7,]?\s{{0,3}}(?P<t1>{_CLOCK})(?:\s{{1,3}}(?P<z1>{_ZONE}))?"
    rf"{_DASH}(?P<t2>{_CLOCK})(?:\s{{1,3}}(?P<z2>{_ZONE}))?"
)
_FORMATS = (_DAY_FIRST, _MONTH_FIRST)
_FIELDS = ("wd", "day", "mon", "year", "t1", "z1", "t2", "z2")
_DAY_FIRST_GROUPS, _MONTH_FIRST_GROUPS = (
    tuple(form.groupindex[name] for name in _FIELDS) for form in _FORMATS
)
"""The numbers of each format's groups for `_FIELDS` (the formats print day and month in
either order): one ``group`` call by number reads them all, at half the cost of by name."""
_CLOCK_PARTS = re.compile(r"(\d{1,2})(?::(\d{2}))?\s{0,2}([apAP])?")


class TimeLine(NamedTuple):
    """The parts of a time line as printed, before any checking (a named tuple: one is
    built per time line, in the hot path of every schedule page)."""

    weekday: int | None
    day: int
    month: int
    year: int | None
    start: tuple[int, int]
    end: tuple[int, int]
    zone: str | None
    start_zone: str | None = None
    """The zone printed after the start when it is not the end's (``17:00 PDT - 17:20 EST``)."""


class TimeProblem(Exception):
    """A time line whose parts cannot be a real time; carries a diagnostic code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@lru_cache(maxsize=4096)
def _clock(text: str) -> tuple[int, int]:
    """The (hour, minute) of a printed clock; cached, so that a page's many time lines
    share one tuple per clock (a day has 1,440 of them)."""
    return _read_clock(text)


def _read_clock(text: str) -> tuple[int, int]:
    if len(text) <= 5 and text[-3:-2] == ":":
        hours, minutes = text[:-3], text[-2:]
        if hours.isdecimal() and minutes.isdecimal():  # "17:00", "8:45": a 24-hour clock
            return (int(hours), int(minutes))
    lowered = text.lower()
    if lowered == "noon":
        return (12, 0)
    if lowered == "midnight":
        return (0, 0)
    parts = _CLOCK_PARTS.match(text)
    assert parts is not None  # the line regex only admits clocks that match
    hour, minute = int(parts.group(1)), int(parts.group(2) or 0)
    meridiem = parts.group(3)
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return (99, minute)  # rejected by resolve() as an invalid time
        hour = hour % 12 + (12 if meridiem in "pP" else 0)
    return (hour, minute)


def _time_match(line: str) -> tuple[int, int, tuple[Any, ...]] | None:
    """The weekday and month numbers of stripped *line* as a time line, and its printed
    fields in `_FIELDS` order; ``None`` unless it is one, months and weekdays spelled right."""
    if line[:3] not in _WEEKDAY_PREFIXES:
        return None
    found = _DAY_FIRST.fullmatch(line) or _MONTH_FIRST.fullmatch(line)
    if found is None:
        return None
    fields = found.group(*(_DAY_FIRST_GROUPS if found.re is _DAY_FIRST else _MONTH_FIRST_GROUPS))
    weekday = _WEEKDAY_WORDS.get(fields[0].lower())
    month = _MONTH_WORDS.get(fields[2].lower())
    if weekday is None or month is None:
        return None
    return weekday, month, fields


_CARD_TIME = re.compile(
    rf"(?:{_WD},?\s{{1,3}})?"
    rf"(?:(?P<day>\d{{1,2}})\s{{1,3}}{_MON}|(?P<mon2>[A-Z][a-z]{{2,8}})\.?\s{{1,3}}(?P<day2>\d{{1,2}})"
    r"(?:st|nd|rd|th)?)"
    rf"(?:,?\s{{1,3}}(?P<year>\d{{4}}))?,?\s{{0,3}}[\u2022\u00b7]?\s{{0,3}}(?P<t1>{_CLOCK})"
    rf"(?:\s{{1,3}}(?P<z1>{_ZONE}))?(?:{_DASH}(?P<t2>{_CLOCK})(?:\s{{1,3}}(?P<z2>{_ZONE}))?)?"
    r"(?=\s|$)"
)


class CardTime(NamedTuple):
    """A time as event cards print it: the parts (`TimeLine`; ``end`` equals ``start``
    when no end is printed), whether an end was printed, and where the time stops in the
    line (a room may follow it)."""

    parts: TimeLine
    has_end: bool
    stop: int


def match_card_time(line: str) -> CardTime | None:
    """The time at the start of a card's time line, in the forms cards print:
    ``Tue 12 Dec 05:45 PM CET`` (one time, in the viewer's zone), ``Jul 7, 10:30 AM -
    12:15 PM`` (no weekday, no zone), ``Mon Dec 5th 08:30 -- 10:30 AM`` (the schedules
    of 2016 to 2019: an ordinal day, the half of the day printed on the end only; see
    `_start_clock`), or a full time line. ``None`` when *line* does not start with one;
    months and weekdays must be spelled right."""
    found = _CARD_TIME.match(line)
    if found is None:
        return None
    weekday_word, month_word, t1, t2, z1, z2 = found.group("wd", "mon", "t1", "t2", "z1", "z2")
    month_word = month_word or found.group("mon2")
    day = found.group("day") or found.group("day2")
    month = _MONTH_WORDS.get(month_word.lower())
    weekday = _WEEKDAY_WORDS.get(weekday_word.lower()) if weekday_word else None
    if month is None or (weekday_word and weekday is None):
        return None
    stop = found.end()
    label = z2 or z1
    if label and stop < len(line.rstrip()) and not _known_label(label):
        # "Jul 7, 10:30 AM - 12:15 PM HALL A": an upper-case word that is no known zone,
        # with more after it, is the start of the room
        stop = found.start("z2") if z2 else found.start("z1")
        stop = len(line[:stop].rstrip())
        z1 = z2 = None
    # (the half of the day is shared only where the end alone prints one: a call for those)
    start = _start_clock(t1, t2) if t2 and t2[-1] > "9" and t1[-1] <= "9" else _clock(t1)
    year = found.group("year")
    parts = TimeLine(
        weekday,
        int(day),
        month,
        int(year) if year else None,
        start,
        _clock(t2) if t2 else start,
        z2 or z1,
        z1 if z1 and z2 and z1 != z2 else None,
    )
    return CardTime(parts, t2 is not None, stop)


_ZONE_WORD = re.compile(r"\(?[A-Z]{2,5}\)?")
"""A zone's abbreviation as the last word of a time line, in parentheses too (``(CEST)``)."""


def is_card_time_line(line: str) -> bool:
    """Whether stripped *line* is a card's time line and nothing else: a card's time
    (`match_card_time`) that runs to the line's end (``Tue 12 Dec 05:45 PM CET``), or a
    line that starts with one and ends with a zone's abbreviation (``Tue Jul 14 05:00 PM
    -- 05:45 PM & Wed Jul 15 04:00 AM -- 04:45 AM (CEST)``: the 2020 schedule's two
    slots)."""
    found = match_card_time(line)
    if found is None:
        return False
    if found.stop >= len(line.rstrip()):
        return True
    space = line.rstrip().rfind(" ")
    return _ZONE_WORD.fullmatch(line.rstrip(), space + 1) is not None


_REST_WORD = (
    rf"{_CLOCK}|[-\u2013\u2014]{{1,2}}|&|\(?(?:{_ZONE})\)?|\d{{1,4}},?"
    rf"|(?:{'|'.join((*WEEKDAYS, *MONTHS))})[a-z]{{0,6}}\.?,?"
)
_TIME_REST = re.compile(rf"(?:{_REST_WORD})(?:\s{{1,3}}(?:{_REST_WORD}))*")


def is_time_rest(text: str) -> bool:
    """Whether stripped *text* is only the rest of a time line that a text browser broke
    off: clocks, dashes, ``&``, days, weekdays, months and zones (``(CEST)``, ``-- 04:45 AM
    (CEST)``, ``& Wed Jul 15 07:00 AM -- 07:45 AM (CEST)``); no title or name is."""
    return _TIME_REST.fullmatch(text) is not None


def _start_clock(start: str, end: str) -> tuple[int, int]:
    """The (hour, minute) of a range's printed *start*, whose *end* alone prints its half of
    the day (the caller tells: its last character is a letter, the start's a digit): the
    start takes that half (``06:00 -- 09:30 PM`` starts at 18:00), or the other one when
    that would start it after its end (``11:00 -- 01:00 PM`` at 11:00). A 24-hour start
    past 12 is read as it stands."""
    clock = _clock(start)
    if clock[0] > 12:
        return clock
    hour = clock[0] % 12 + (12 if _clock(end)[0] >= 12 else 0)
    if (hour, clock[1]) > _clock(end):
        hour = (hour + 12) % 24
    return (hour, clock[1])


def _known_label(label: str) -> bool:
    return (
        label in DEFAULT_ZONES
        or _FIXED_ZONE.fullmatch(label) is not None
        or _OFFSET_LABEL.fullmatch(label) is not None
    )


def is_time_line(line: str) -> bool:
    """True when `match_time_line` would return parts for *line* (without building them:
    detection only needs the answer)."""
    return _time_match(line) is not None


def match_time_line(line: str) -> TimeLine | None:
    """Return the parts of *line* if it is a time line in a known format, else ``None``.

    *line* must already be stripped. Only the shape is checked here: ``31 February`` or
    ``25:00`` still match, and `resolve` reports them.
    """
    if line[:3] not in _WEEKDAY_PREFIXES:
        return None
    # `_time_match` written out: a schedule page reads one of these per slot
    found = _DAY_FIRST.fullmatch(line)
    if found is not None:  # its groups are `_FIELDS` in order: one `groups` call reads them
        weekday_word, day, month_word, year, t1, z1, t2, z2 = found.groups()
    else:
        found = _MONTH_FIRST.fullmatch(line)
        if found is None:
            return None
        weekday_word, month_word, day, year, t1, z1, t2, z2 = found.groups()
    # as printed first (``Wed``, ``July``), then in any case
    weekday = _WEEKDAY_WORDS.get(weekday_word)
    if weekday is None:
        weekday = _WEEKDAY_WORDS.get(weekday_word.lower())
    month = _MONTH_WORDS.get(month_word)
    if month is None:
        month = _MONTH_WORDS.get(month_word.lower())
    if weekday is None or month is None:
        return None
    return TimeLine(
        weekday,
        int(day),
        month,
        int(year) if year else None,
        _clock(t1),
        _clock(t2),
        _label(z2 or z1) if z1 or z2 else None,
        z1 if z1 and z2 and z1 != z2 else None,
    )


_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]{0,30}(?:/[A-Za-z0-9][A-Za-z0-9_+-]{0,30}){0,3}")
_FIXED_ZONE = re.compile(r"(?:UTC|GMT)[+-]\d{1,2}(?::\d{2})?")
_OFFSET_LABEL = re.compile(r"([+-])(\d{2}):?(\d{2})?")
"""A zone printed as its offset (``+08``, ``-03``, ``+0530``, ``+05:30``)."""


def is_zone_name(name: str) -> bool:
    """Whether *name* can name a zone: an IANA name (``America/Los_Angeles``, ``UTC``) or a
    fixed offset (``UTC+8``, ``GMT-03:30``). A path, absolute or relative, never does:
    the zone database would read it as a file."""
    return _FIXED_ZONE.fullmatch(name) is not None or _ZONE_NAME.fullmatch(name) is not None


@lru_cache(maxsize=256)
def _load_zone(name: str) -> tzinfo | None:
    if _FIXED_ZONE.fullmatch(name):
        sign = -1 if name[3] == "-" else 1
        hours, _, minutes = name[4:].partition(":")
        offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
        return timezone(sign * offset, name) if offset <= timedelta(hours=14) else None
    if not is_zone_name(name):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        from dateutil import tz  # fallback for systems without zone data

        return tz.gettz(name)


def zone_for(label: str, zones: Mapping[str, str], wall: datetime | None = None) -> tzinfo | None:
    """The `tzinfo` for a printed zone label, or ``None`` when it is not known.

    With *wall* (a naive wall time), an abbreviation that its `DEFAULT_ZONES` zone does not
    print then stands for the zone that prints it all year (`ALL_YEAR_ZONES`); a label of
    the caller's *zones* is taken as it is.
    """
    name = zones.get(label)
    if name is not None:
        return _load_zone(name)
    name = DEFAULT_ZONES.get(label)
    if name is None and label.startswith(("UTC", "GMT")):
        name = label
    if name is None and label[:1] in "+-":
        return _offset_zone(label)
    zone = _load_zone(name) if name else None
    if zone is not None and wall is not None and label in ALL_YEAR_ZONES:
        zone = _zone_in_season(label, zone, wall.date(), wall.hour, wall.minute)
    return zone


@lru_cache(maxsize=64)
def _offset_zone(label: str) -> tzinfo | None:
    """The fixed zone of a label that is an offset (``+08``, ``-0330``), named by it."""
    found = _OFFSET_LABEL.fullmatch(label)
    if found is None:
        return None
    sign, hours, minutes = found.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if offset > timedelta(hours=14) or int(minutes or 0) >= 60:
        return None
    return timezone(-offset if sign == "-" else offset, label)


@lru_cache(maxsize=1024)
def _zone_in_season(label: str, zone: tzinfo, day: date, hour: int, minute: int) -> tzinfo:
    """*zone*, or the zone that prints *label* all year (`ALL_YEAR_ZONES`) when *zone* does
    not print it at that wall time (``MST`` in July: Arizona, not Denver)."""
    other = ALL_YEAR_ZONES.get(label)
    if other is None or isinstance(zone, timezone):
        return zone
    wall = datetime(day.year, day.month, day.day, hour, minute)
    if label in (zone.tzname(wall), zone.tzname(wall.replace(fold=1))):
        return zone
    found = _load_zone(other)
    return found if found is not None and found.tzname(wall) == label else zone


@lru_cache(maxsize=1024)
def infer_year(month: int, day: int, weekday: int, latest: int) -> int | None:
    """The most recent year, not after *latest*, in which *day* *month* is a *weekday*."""
    for year in range(latest, latest - 401, -1):
        try:
            if date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            if not (month == 2 and day == 29):
                return None
    return None


def resolve(
    parts: TimeLine, *, year: int | None, zones: Mapping[str, str], today: date
) -> tuple[datetime, datetime, str, bool]:
    """Turn *parts* into ``(start, end, zone label, year_was_inferred)``.

    *year* (given by the caller) wins, then a year printed in the line, then the year that
    the weekday implies. Raises `TimeProblem` for an impossible date or time, an unknown
    zone, or a weekday that no year fits; a weekday that contradicts a known year is
    reported through the ``"weekday-mismatch"`` code only when the caller checks
    `weekday_mismatch`.
    """
    if parts.zone is None:
        raise TimeProblem("missing-zone", "time line has no time-zone abbreviation")
    if parts.start_zone is not None:
        raise TimeProblem(
            "zone-mismatch",
            f"the start is in {parts.start_zone} and the end in {parts.zone}: a slot has one zone",
        )
    zone = zone_for(parts.zone, zones)
    if zone is None:
        raise TimeProblem("unknown-zone", f"unknown time-zone abbreviation {parts.zone!r}")
    inferred = False
    chosen = year if year is not None else parts.year
    if chosen is None:
        if parts.weekday is None:
            raise TimeProblem("missing-year", "time line has neither a year nor a weekday")
        chosen = infer_year(parts.month, parts.day, parts.weekday, today.year)
        if chosen is None:
            raise TimeProblem(
                "invalid-date",
                f"no year has {_WEEKDAY_NAMES[parts.weekday]} {parts.day} "
                f"{_MONTH_NAMES[parts.month - 1]}",
            )
        inferred = True
    (h1, m1), (h2, m2) = parts.start, parts.end
    try:
        day = date(chosen, parts.month, parts.day)
    except ValueError:
        raise TimeProblem(
            "invalid-date", f"{parts.day} {_MONTH_NAMES[parts.month - 1]} {chosen} is not a date"
        ) from None
    if parts.zone in ALL_YEAR_ZONES:  # the zone that prints it that day (`zone_for`)
        zone = zone_for(parts.zone, zones, datetime(day.year, day.month, day.day, h1, m1)) or zone
    if not (h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60):
        raise TimeProblem("invalid-time", f"{h1}:{m1:02d} - {h2}:{m2:02d} is not a time range")
    label = parts.zone
    try:
        start = _on_wall(day, h1, m1, zone, label)
        if (h2, m2) < (h1, m1):  # past midnight: it ends on the next day
            day += timedelta(days=1)
        return start, _on_wall(day, h2, m2, zone, label), label, inferred
    except OverflowError:
        raise TimeProblem(
            "invalid-date", f"{parts.day} {_MONTH_NAMES[parts.month - 1]} {chosen} is out of range"
        ) from None


@lru_cache(maxsize=1024)
def _label(label: str) -> str:
    """One string for each zone label (every time line of a page prints the same few)."""
    return label


@lru_cache(maxsize=4096)
def _on_wall(day: date, hour: int, minute: int, zone: tzinfo, label: str) -> datetime:
    """The wall time *hour*:*minute* on *day* in *zone*, with its offset fixed (see `fixed`).

    The offset is read for the naive wall time and the datetime built once with it: this
    runs twice per time line, and ``datetime.replace`` costs twice a construction. Cached
    (datetimes are immutable): a schedule repeats its times, and its talks share them.
    """
    offset = _wall_offset(zone, day.year, day.month, day.day, hour, minute, label)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=_fixed_zone(offset, label))


@lru_cache(maxsize=4096)
def _wall_offset(
    zone: tzinfo, year: int, month: int, day: int, hour: int, minute: int, label: str
) -> timedelta:
    """The UTC offset of a wall time in *zone*; in the repeated autumn hour, that of the
    fold whose name is *label* (``PST`` or ``PDT``). Cached: a schedule repeats its times."""
    wall = datetime(year, month, day, hour, minute)
    offset = zone.utcoffset(wall)
    if zone.tzname(wall) != label:
        later = wall.replace(fold=1)
        if zone.tzname(later) == label:
            offset = zone.utcoffset(later)
    assert offset is not None
    return offset


@lru_cache(maxsize=1024)
def _offset_changes(zone: tzinfo, day: date) -> bool:
    """Whether *zone*'s offset changes during *day* (only then can a wall time be skipped)."""
    first = datetime(day.year, day.month, day.day)
    return zone.utcoffset(first) != zone.utcoffset(first + timedelta(hours=23, minutes=59))


def wall_time_gap(parts: TimeLine, start: datetime, zones: Mapping[str, str]) -> str | None:
    """A message when the start or end of *parts* (resolved to *start*) is a wall time that
    its zone skips (the spring-forward hour), else None."""
    label = parts.zone
    wall = start.replace(tzinfo=None) if label in ALL_YEAR_ZONES else None
    zone = zone_for(label, zones, wall) if label else None
    if zone is None or isinstance(zone, timezone) or not _offset_changes(zone, start.date()):
        return None
    for hour, minute in (parts.start, parts.end):
        wall = datetime(start.year, start.month, start.day, hour, minute)
        before, after = zone.utcoffset(wall), zone.utcoffset(wall.replace(fold=1))
        if before is not None and after is not None and before < after:
            return f"{hour}:{minute:02d} does not exist in {parts.zone} on {start.date()}"
    return None


@lru_cache(maxsize=512)
def _fixed_zone(offset: timedelta, label: str) -> timezone:
    return timezone(offset, label)


def fixed(moment: datetime, label: str) -> datetime:
    """*moment* (aware, in a zone with rules) with its UTC offset fixed, named *label*.

    Datetimes that confparse returns carry fixed offsets: they compare and convert in C,
    serialise exactly (ISO 8601 with offset) and come back equal from JSON, even in the
    hour a daylight-saving change repeats (where zone-aware datetimes of different zones
    never compare equal).
    """
    offset = moment.utcoffset()
    assert offset is not None
    return moment.replace(tzinfo=_fixed_zone(offset, label))


def localize(naive: datetime, label: str, zones: Mapping[str, str] | None = None) -> datetime:
    """The wall time *naive* in the zone that *label* stands for that day (as `resolve`
    reads it: `ALL_YEAR_ZONES`), as `fixed` returns it."""
    zone = zone_for(label, zones or {}, naive.replace(tzinfo=None))
    if zone is None:
        raise ValueError(f"unknown time-zone abbreviation {label!r}")
    return fixed(naive.replace(tzinfo=zone), label)


def weekday_mismatch(parts: TimeLine, start: datetime) -> str | None:
    """A message when the printed weekday is not the weekday of *start*, else ``None``."""
    if parts.weekday is None or parts.weekday == start.weekday():
        return None
    return _mismatch_message(parts.weekday, start.day, start.month, start.year)


@lru_cache(maxsize=1024)
def _mismatch_message(printed: int, day: int, month: int, year: int) -> str:
    """The message of `weekday_mismatch`; cached, so that the diagnostics of a page whose
    weekdays are all misprinted share one string per date (a 30-byte time line's warning
    held an 87-byte message of its own)."""
    actual = date(year, month, day).weekday()
    return (
        f"{_WEEKDAY_NAMES[printed]} does not match {day} "
        f"{_MONTH_NAMES[month - 1]} {year}, a {_WEEKDAY_NAMES[actual]}"
    )


def format_session_time(start: datetime, end: datetime, zone: str, *, with_year: bool) -> str:
    """Print a slot the way 2021-2022 session pages do: ``Wed 21 July 17:00 - 17:20 PDT``."""
    year = f" {start.year}" if with_year else ""
    return (
        f"{_WEEKDAY_NAMES[start.weekday()]} {start.day} {_MONTH_NAMES[start.month - 1]}{year} "
        f"{start.hour}:{start.minute:02d} - {end.hour}:{end.minute:02d} {zone}"
    )
