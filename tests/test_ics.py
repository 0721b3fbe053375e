"""iCalendar export (`to_ics`), read back with the icalendar package."""

from __future__ import annotations

import functools
import re
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings

import confparse
from confparse import Page, Paper, Person, Session, Talk
from confparse import strategies as cs
from confparse.export.ics import PRODID, to_ics

from conftest import TODAY, page_text

# Drawing session pages costs most of these properties' time: a fifth of the profile's examples.
EXPORTS = settings(max_examples=max(20, settings.default.max_examples // 5))

icalendar = pytest.importorskip("icalendar")

STAMP = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)
LA = ZoneInfo("America/Los_Angeles")


@functools.cache
def real(prefix: str) -> Page:
    return confparse.parse(page_text(prefix), today=TODAY)


def events(text: str) -> list[Any]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def timed_talks(page: Page) -> list[Talk]:
    return [talk for s in page.sessions for talk in s.talks if talk.start is not None]


def assert_rfc5545_lines(text: str) -> None:
    """CRLF line ends, content lines folded at 75 octets, the required properties."""
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert "\n" not in "".join(lines)
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    assert "VERSION:2.0" in unfolded.split("\r\n")
    assert f"PRODID:{PRODID}" in unfolded.split("\r\n")
    for block in unfolded.split("BEGIN:VEVENT")[1:]:
        body = block.split("END:VEVENT")[0].split("\r\n")
        for name in ("UID", "DTSTAMP", "DTSTART"):
            assert sum(line.startswith((f"{name}:", f"{name};")) for line in body) == 1, name


def test_session_page_round_trip() -> None:
    page = real("001")
    text = to_ics(page, stamp=STAMP, name="ICML 2021")
    assert_rfc5545_lines(text)
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar["X-WR-CALNAME"] == "ICML 2021"
    found = events(text)
    talks = timed_talks(page)
    assert len(found) == len(talks) == 8
    for event, talk in zip(found, talks, strict=True):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert start == talk.start and end == talk.end
        assert start.utcoffset() == talk.start.utcoffset()  # type: ignore[union-attr]
        assert str(start.tzinfo) == "America/Los_Angeles"
        assert event.decoded("dtstamp") == STAMP
        assert event["categories"].cats == [talk.kind]
    first = found[0]
    assert str(first["summary"]) == page.sessions[0].talks[0].paper.title  # type: ignore[union-attr]
    description = str(first["description"])
    award, authors, abstract = description.split("\n\n")
    assert award == "Outstanding Paper Honorable Mention"
    assert authors == "Yuandong Tian, Xinlei Chen, Surya Ganguli"
    assert abstract == page.sessions[0].talks[0].paper.abstract  # type: ignore[union-attr]
    assert str(found[-1]["summary"]) == "Q&A"  # a slot without a paper: its kind


def test_the_real_time_zone_is_defined() -> None:
    text = to_ics([real("001"), real("002")], stamp=STAMP)
    calendar = icalendar.Calendar.from_ical(text)
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["America/Los_Angeles"]
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")
    assert calendar.get_missing_tzids() == set()
    # the VTIMEZONE itself gives the right offsets on both sides of the DST change
    tz = zones[0].to_tz()
    assert datetime(2021, 7, 21, 17, tzinfo=tz).utcoffset() == timedelta(hours=-7)
    assert datetime(2021, 12, 1, 17, tzinfo=tz).utcoffset() == timedelta(hours=-8)
    assert "DTSTART;TZID=America/Los_Angeles:20210721T170000" in text


def test_pages_read_back_from_json_get_their_zone_back() -> None:
    page = confparse.from_json(confparse.to_json(real("002")), Page)
    talk = page.sessions[0].talks[0]
    assert not isinstance(talk.start.tzinfo, ZoneInfo)  # type: ignore[union-attr]
    assert to_ics(page, stamp=STAMP) == to_ics(real("002"), stamp=STAMP)


def test_unknown_zones_are_written_in_utc() -> None:
    odd = timezone(timedelta(hours=5, minutes=45))
    talk = Talk(start=datetime(2024, 5, 1, 9, tzinfo=odd), zone="NPT", kind="Keynote")
    text = to_ics(talk, stamp=STAMP)
    assert "BEGIN:VTIMEZONE" not in text
    assert "DTSTART:20240501T031500Z" in text
    (event,) = events(text)
    assert event.decoded("dtstart") == talk.start
    # a label whose zone disagrees with the offset is not trusted: UTC again
    wrong = Talk(start=datetime(2024, 5, 1, 9, tzinfo=odd), zone="PDT")
    assert "DTSTART:20240501T031500Z" in to_ics(wrong, stamp=STAMP)
    # zones= names a zone for a label, as for parse
    nepal = to_ics(talk, stamp=STAMP, zones={"NPT": "Asia/Kathmandu"})
    assert "DTSTART;TZID=Asia/Kathmandu:20240501T090000" in nepal
    # a datetime in a ZoneInfo keeps its zone, label or not
    berlin = Talk(start=datetime(2024, 5, 1, 9, tzinfo=ZoneInfo("Europe/Berlin")))
    text = to_ics(berlin, stamp=STAMP)
    assert "DTSTART;TZID=Europe/Berlin:20240501T090000" in text
    assert "TZID:Europe/Berlin" in text


def test_uids_are_stable_and_unique() -> None:
    page = real("002")
    first = [str(event["uid"]) for event in events(to_ics(page, stamp=STAMP))]
    later = datetime(2027, 1, 1, tzinfo=timezone.utc)
    assert first == [str(event["uid"]) for event in events(to_ics(page, stamp=later))]
    assert len(set(first)) == len(first)
    twice = [str(event["uid"]) for event in events(to_ics([page, page], stamp=STAMP))]
    assert len(set(twice)) == len(twice) == 2 * len(first)
    assert twice[: len(first)] == first


def test_what_has_no_time_is_left_out_and_sessions_with_a_time_are_events() -> None:
    assert events(to_ics(real("003"), stamp=STAMP)) == []  # a listing: no talks
    assert events(to_ics(real("000"), stamp=STAMP)) == []  # awards: no times
    start = datetime(2024, 7, 23, 7, 30, tzinfo=LA)
    session = Session(
        title="Oral 6B",
        location="Halle A 7",
        moderators=(Person(name="Ann Lee"),),
        start=start,
        end=start + timedelta(hours=1),
        zone="PDT",
        talks=(
            Talk(start=start, end=start + timedelta(minutes=15), zone="PDT",
                 paper=Paper(title="Ranking Posters", authors=(Person(name="Bo Chen"),))),
            Talk(kind="Poster", paper=Paper(title="Untimed")),
        ),
    )  # fmt: skip
    found = events(to_ics(Page(layout="session", sessions=(session,)), stamp=STAMP))
    assert [str(event["summary"]) for event in found] == ["Oral 6B", "Ranking Posters"]
    assert [str(event["location"]) for event in found] == ["Halle A 7", "Halle A 7"]
    assert str(found[0]["description"]) == "Moderators: Ann Lee"
    assert str(found[1]["description"]) == "Bo Chen"
    assert "DTEND" in found[0] and found[0].decoded("dtend") == start + timedelta(hours=1)


def test_catalog_and_errors() -> None:
    book = confparse.build_catalog([real("000"), real("001")])
    assert len(events(to_ics(book, stamp=STAMP))) == 7  # talks with a paper
    with pytest.raises(TypeError, match="int"):
        to_ics(3)  # type: ignore[arg-type]


def test_default_stamp_is_now_in_utc() -> None:
    (event, *_rest) = events(to_ics(real("001")))
    stamp = event.decoded("dtstamp")
    assert stamp.utcoffset() == timedelta(0)
    assert abs(datetime.now(timezone.utc) - stamp) < timedelta(minutes=5)


def _utc(moment: object) -> object:
    return moment.astimezone(timezone.utc) if isinstance(moment, datetime) else moment


@EXPORTS
@given(cs.session_pages())
def test_every_drawn_page_reads_back(page: Page) -> None:
    text = to_ics(page, stamp=STAMP)
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    expected: list[Session | Talk] = []
    for session in page.sessions:
        expected += [session] if session.start is not None else []
        expected += [talk for talk in session.talks if talk.start is not None]
    found = events(text)
    assert len(found) == len(expected)
    for event, record in zip(found, expected, strict=True):
        # the same instant (an hour that a zone's clock change repeats never compares equal
        # across zones, PEP 495: compared in UTC)
        assert _utc(event.decoded("dtstart")) == _utc(record.start)
        assert ("DTEND" in event) == (record.end is not None)
        if record.end is not None:
            assert _utc(event.decoded("dtend")) == _utc(record.end)
        paper = record.paper if isinstance(record, Talk) else None
        if paper is not None and paper.abstract:
            assert paper.abstract in str(event["description"])
