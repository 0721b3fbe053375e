"""Time lines: recognition, resolution and printing."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import find, given
from hypothesis import strategies as st

import confparse
from confparse.times import (
    TimeProblem,
    format_session_time,
    infer_year,
    is_time_line,
    match_card_time,
    match_time_line,
    resolve,
    weekday_mismatch,
    zone_for,
)

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wed 21 July 17:00 - 17:20 PDT", (2, 21, 7, None, (17, 0), (17, 20), "PDT")),
        ("Wed 20 July 7:30 - 7:35 PDT", (2, 20, 7, None, (7, 30), (7, 35), "PDT")),
        ("Wed 21 July 2021 17:00 - 17:20 PDT", (2, 21, 7, 2021, (17, 0), (17, 20), "PDT")),
        (
            "Tue 23 Jul 7:30 a.m. PDT \u2014 8:30 a.m. PDT",
            (1, 23, 7, None, (7, 30), (8, 30), "PDT"),
        ),
        ("Tue 23 Jul 8 a.m. PDT \u2014 noon PDT", (1, 23, 7, None, (8, 0), (12, 0), "PDT")),
        (
            "Tue 23 Jul 10:30 p.m. PDT \u2013 midnight PDT",
            (1, 23, 7, None, (22, 30), (0, 0), "PDT"),
        ),
        (
            "Wed, Dec 3, 2025 \u2022 4:30 PM \u2013 7:30 PM PST",
            (2, 3, 12, 2025, (16, 30), (19, 30), "PST"),
        ),
        ("Sat 12 Dec 12 p.m. PST - 12:45 p.m. PST", (5, 12, 12, None, (12, 0), (12, 45), "PST")),
    ],
)
def test_time_line_formats(line: str, expected: tuple[object, ...]) -> None:
    parts = match_time_line(line)
    assert parts is not None
    got = (parts.weekday, parts.day, parts.month, parts.year, parts.start, parts.end, parts.zone)
    assert got == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Wednesday is a good day",
        "Moderator: Yi Ma",
        "Wed 21 Julember 17:00 - 17:20 PDT",
        "Understanding self-supervised learning dynamics without contrastive pairs",
        "Wed 21 July 17:00 PDT",
    ],
)
def test_non_time_lines(line: str) -> None:
    assert match_time_line(line) is None


def test_year_inference_is_most_recent_fitting_year() -> None:
    assert infer_year(7, 21, 2, 2026) == 2021  # Wed 21 July
    assert infer_year(7, 21, 3, 2026) == 2022  # Thu 21 July
    assert infer_year(7, 20, 2, 2026) == 2022  # Wed 20 July
    assert infer_year(7, 21, 2, 2027) == 2027  # not after the current year, but may be it
    assert infer_year(2, 29, 3, 2026) == 2024  # Thu 29 February
    assert infer_year(2, 31, 3, 2026) is None  # no such date


def test_resolve_crosses_midnight_and_maps_zones() -> None:
    parts = match_time_line("Wed 21 July 23:30 - 0:30 PDT")
    assert parts is not None
    start, end, zone, inferred = resolve(parts, year=None, zones={}, today=TODAY)
    assert (start.day, end.day, end - start, zone, inferred) == (
        21,
        22,
        timedelta(hours=1),
        "PDT",
        True,
    )
    assert start.utcoffset() == timedelta(hours=-7)


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Tue 2 May 10:30 a.m. CAT \u2014 11:30 a.m. CAT", 2),  # Kigali (ICLR 2023)
        ("Tue 2 May 10:30 a.m. WAT \u2014 11:30 a.m. WAT", 1),
        ("Tue 2 May 10:30 a.m. EAT \u2014 11:30 a.m. EAT", 3),
        ("Tue 2 May 10:30 a.m. SAST \u2014 11:30 a.m. SAST", 2),
    ],
)
def test_african_zone_labels_are_known(line: str, hours: int) -> None:
    parts = match_time_line(line)
    assert parts is not None
    start, _end, _zone, _inferred = resolve(parts, year=2023, zones={}, today=TODAY)
    assert start.utcoffset() == timedelta(hours=hours)


def test_weekday_mismatch_is_detected() -> None:
    parts = match_time_line("Mon 21 July 2021 17:00 - 17:20 PDT")
    assert parts is not None
    start, _end, _zone, inferred = resolve(parts, year=None, zones={}, today=TODAY)
    assert not inferred
    message = weekday_mismatch(parts, start)
    assert message == "Mon does not match 21 July 2021, a Wed"


def test_weekday_mismatches_of_one_date_share_their_message() -> None:
    """A page whose weekdays are all misprinted keeps a warning per time line: one message
    string per date, not one per line (it was 87 bytes a 30-byte line)."""
    page = confparse.parse("Moderator: A B\n\n" + "Mon 21 July 2021 17:00 - 17:20 PDT\n" * 4)
    messages = [d.message for d in page.diagnostics if d.code == "weekday-mismatch"]
    assert len(messages) == 4 and len({id(message) for message in messages}) == 1


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Wed 21 July 17:00 - 17:20 QQQ", "unknown-zone"),
        ("Wed 31 February 17:00 - 17:20 PDT", "invalid-date"),
        ("Wed 21 July 24:00 - 24:20 PDT", "invalid-time"),
        ("Wed 21 July 17:61 - 17:20 PDT", "invalid-time"),
        ("Tue 23 Jul 13 p.m. PDT - 2 p.m. PDT", "invalid-time"),
        ("Wed 21 July 17:00 - 17:20", "missing-zone"),
    ],
)
def test_resolve_problems_have_codes(line: str, code: str) -> None:
    parts = match_time_line(line)
    assert parts is not None
    with pytest.raises(TimeProblem) as raised:
        resolve(parts, year=None, zones={}, today=TODAY)
    assert raised.value.code == code


def test_utc_offset_labels_and_overrides() -> None:
    assert zone_for("UTC+2", {}) is not None
    tz = zone_for("UTC+2", {})
    assert tz is not None
    assert datetime(2021, 1, 1, tzinfo=tz).utcoffset() == timedelta(hours=2)
    assert zone_for("XYZ", {}) is None
    assert zone_for("XYZ", {"XYZ": "Europe/Paris"}) is not None


def test_format_session_time() -> None:
    parts = match_time_line("Wed 20 July 7:30 - 7:35 PDT")
    assert parts is not None
    start, end, zone, _ = resolve(parts, year=None, zones={}, today=TODAY)
    assert format_session_time(start, end, zone, with_year=False) == "Wed 20 July 7:30 - 7:35 PDT"
    assert format_session_time(start, end, zone, with_year=True) == (
        "Wed 20 July 2022 7:30 - 7:35 PDT"
    )


def _one_of(*options: str) -> st.SearchStrategy[str]:
    return st.sampled_from(options)


# time lines slot by slot, each slot right or nearly right, so that both answers come up
_time_lines = st.tuples(
    _one_of("Mon", "Wed", "Wednesday", "Weds", "Thurs", "Sun."),
    _one_of(" ", ", ", "  "),
    _one_of("21 July", "21 Jul", "3 Sept", "21 Jly", "Dec 3,", "Dec 3, 2025 \u2022", "32 May"),
    _one_of(" ", ""),
    _one_of("17:00", "8:45 a.m.", "11 am", "noon", "17", "25:00"),
    _one_of(" - ", " \u2014 ", " to ", "-"),
    _one_of("17:20", "10:45 p.m.", "midnight", "7:30 PM", "x"),
    _one_of(" PDT", "", " UTC+2", " AMT", " pdt"),
).map("".join)


@given(_time_lines)
def test_is_time_line_answers_as_match_time_line_does(line: str) -> None:
    """Detection asks `is_time_line`, the parsers `match_time_line`: always the same answer."""
    assert is_time_line(line) == (match_time_line(line) is not None)


def test_the_time_line_strategy_gives_both_answers() -> None:
    assert is_time_line(find(_time_lines, is_time_line))
    assert not is_time_line(find(_time_lines, lambda line: not is_time_line(line)))


def test_is_time_line_checks_the_spelling_of_months_and_weekdays() -> None:
    assert is_time_line("Wed 21 July 17:00 - 17:20 PDT")
    assert is_time_line("Wednesday 21 Sept 17:00 - 17:20 PDT")
    assert not is_time_line("Wed 21 Jly 17:00 - 17:20 PDT")  # not a month
    assert not is_time_line("Weds 21 July 17:00 - 17:20 PDT")  # not a weekday


@pytest.mark.parametrize("name", ["/etc/passwd", "../../etc/passwd", "etc/../passwd", "", " UTC"])
def test_a_zone_option_that_is_a_path_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="no time zone"):
        confparse.ParseOptions(zones={"PDT": name})
    with pytest.raises(ValueError, match="no time zone"):
        confparse.parse("x", zones={"PDT": name})


@pytest.mark.parametrize("name", ["America/Los_Angeles", "UTC", "Etc/GMT+8", "UTC+8", "GMT-03:30"])
def test_zone_names_and_fixed_offsets_are_accepted(name: str) -> None:
    assert confparse.ParseOptions(zones={"X": name}).zones == {"X": name}


# -- issue: times at the edges (zones that disagree, the calendar's end, DST) --------------
def _session_with_first_time(line: str) -> confparse.Page:
    """The bundled ICML 2021 session page with its first slot's time line replaced."""
    text = confparse.examples.load("icml2021-session")
    first = next(x for x in text.split("\n") if x.startswith("Wed 21 July 17:00"))
    return confparse.parse(text.replace(first, line, 1), layout="session")


def test_a_slot_whose_ends_name_different_zones_is_reported() -> None:
    parts = match_time_line("Wed 21 July 17:00 PDT - 17:20 EST")
    assert parts is not None and (parts.start_zone, parts.zone) == ("PDT", "EST")
    page = _session_with_first_time("Wed 21 July 17:00 PDT - 17:20 EST")
    codes = [(d.code, d.severity) for d in page.diagnostics]
    assert ("zone-mismatch", "error") in codes
    assert page.sessions[0].talks[0].start is None  # nothing invented
    same = match_time_line("Wed 21 July 17:00 PDT - 17:20 PDT")
    assert same is not None and same.start_zone is None


def test_a_date_past_the_calendars_end_is_a_diagnostic_not_a_crash() -> None:
    page = _session_with_first_time("Fri 31 December 9999 23:00 - 01:00 UTC")
    assert [d.code for d in page.diagnostics if d.severity == "error"] == ["invalid-date"]


def test_a_wall_time_in_the_spring_gap_is_kept_with_a_warning() -> None:
    page = _session_with_first_time("Sun 8 March 2026 02:30 - 02:50 PST")
    talk = page.sessions[0].talks[0]
    assert talk.start is not None and (talk.start.hour, talk.start.minute) == (2, 30)
    assert [(d.code, d.severity) for d in page.diagnostics] == [("nonexistent-time", "warning")]


def test_in_the_repeated_autumn_hour_the_label_picks_the_offset() -> None:
    page = _session_with_first_time("Sun 2 November 2025 01:30 - 01:50 PST")
    start = page.sessions[0].talks[0].start
    assert start is not None and start.utcoffset() == timedelta(hours=-8)
    page = _session_with_first_time("Sun 2 November 2025 01:30 - 01:50 PDT")
    start = page.sessions[0].talks[0].start
    assert start is not None and start.utcoffset() == timedelta(hours=-7)


def test_to_ics_at_the_calendars_edge_is_a_render_error() -> None:
    pytest.importorskip("icalendar")
    edge = datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-12)))
    talk = confparse.Talk(start=edge, end=edge, zone="UTC-12", paper=confparse.Paper(title="x"))
    page = confparse.Page(layout="session", sessions=(confparse.Session(talks=(talk,)),))
    with pytest.raises(confparse.RenderError, match="out of the calendar"):
        confparse.to_ics(page)


def test_talks_at_the_same_time_share_their_datetimes_and_clocks() -> None:
    """Memory (issue 14): a page of time lines holds one datetime per distinct time, not two
    per line; the parts of equal time lines share their clock tuples and zone label."""
    from confparse.times import match_time_line

    text = "Wed 21 July 17:00 - 17:20 PDT\nWed 21 July 17:20 - 17:40 PDT\n" * 50
    talks = confparse.parse(text, "session").sessions[0].talks
    assert len(talks) == 99  # the first line is the session's own range
    assert len({id(talk.start) for talk in talks} | {id(talk.end) for talk in talks}) == 3
    assert talks[1].end is talks[0].start  # 17:20 ends one talk and starts another
    one = match_time_line("Wed 21 July 17:00 - 17:20 PDT")
    two = match_time_line("Wed 21 July 17:00 - 17:20 PDT")
    assert one is not None and two is not None
    assert one.start is two.start and one.end is two.end and one.zone is two.zone


@pytest.mark.parametrize("layout", ["session", "detail"])
@pytest.mark.parametrize(
    ("start", "end", "prints"),
    [((0, 0), (2, 0), False), ((2, 30), (4, 0), False), ((1, 0), (1, 30), True)],
)
def test_a_slot_in_the_spring_forward_gap_is_not_rendered(
    layout: str, start: tuple[int, int], end: tuple[int, int], prints: bool
) -> None:
    """CET skips 2:00-3:00 on 2013-03-31: a slot that starts or ends there would read back
    with a ``nonexistent-time`` warning, so it cannot be printed (found by the detail
    layout's round-trip property); a slot beside the gap prints and reads back equal."""
    from confparse import Page, Paper, Person, RenderError, Session, Talk

    cet = timezone(timedelta(hours=1), "CET")
    talk = Talk(
        start=datetime(2013, 3, 31, *start, tzinfo=cet),
        end=datetime(2013, 3, 31, *end, tzinfo=cet),
        zone="CET",
        kind="Poster",
        paper=Paper(
            title="A study of things", authors=(Person(name="Ann Lee"), Person(name="Bo Chen"))
        ),
    )
    if layout == "session":
        page = Page(layout=layout, sessions=(Session(title="Oral 1", talks=(talk,)),))
    else:
        page = Page(layout=layout, sessions=(Session(talks=(talk,)),), papers=(talk.paper,))
    if not prints:
        with pytest.raises(RenderError, match=r"does not exist|cannot be printed"):
            confparse.render(page, today=date(2013, 4, 1))
        return
    text = confparse.render(page, today=date(2013, 4, 1))
    back = confparse.parse(text, layout=layout, year=2013)
    assert back.diagnostics == ()
    assert back.sessions[0].talks[0].start == talk.start


@pytest.mark.parametrize(
    ("line", "start", "end", "rest"),
    [
        # the schedules of 2016 to 2019: an ordinal day, the half of the day on the end only
        ("Mon Dec 5th 08:30  -- 10:30 AM @ Rooms 211", (8, 30), (10, 30), " @ Rooms 211"),
        ("Tue Dec 6th 06:00  -- 09:30 PM @ Area 5 #141", (18, 0), (21, 30), " @ Area 5 #141"),
        ("Thu Dec 8th 11:00  -- 01:00 PM @ Room 112", (11, 0), (13, 0), " @ Room 112"),  # AM start
        ("Fri Dec 9th 12:00  -- 12:30 PM @ ", (12, 0), (12, 30), " @ "),
        ("Sat Dec 10th 17:00  -- 06:30 PM @ Hall", (17, 0), (18, 30), " @ Hall"),  # 24-hour
        ("Tue Jul 14 05:00 PM -- 05:45 PM & Wed", (17, 0), (17, 45), " & Wed"),  # its own half
        ("Sun Jun 2nd 09:00 -- 09:20 (CEST)", (9, 0), (9, 20), " (CEST)"),
    ],
)
def test_a_cards_start_takes_the_half_of_the_day_of_its_end(
    line: str, start: tuple[int, int], end: tuple[int, int], rest: str
) -> None:
    found = match_card_time(line)
    assert found is not None
    assert (found.parts.start, found.parts.end, line[found.stop :]) == (start, end, rest)


@pytest.mark.parametrize(
    ("line", "whole"),
    [
        ("Tue 12 Dec 05:45 PM CET", True),
        ("Wed 21 July 17:00 - 17:20 PDT", True),
        ("Jul 7, 10:30 AM - 12:15 PM", True),
        ("Tue Jul 14 05:00 PM -- 05:45 PM & Wed Jul 15 04:00 AM -- 04:45 AM (CEST)", True),
        ("Tue 12 Dec 05:45 PM CET Renku: a platform for sustainable data science", False),
        ("Mon Dec 5th 08:30 -- 10:30 AM @ Area 1", False),  # a room follows: not the time alone
        ("Tue Jul 14 in the afternoon", False),
    ],
)
def test_a_card_time_line_is_the_time_and_nothing_else(line: str, whole: bool) -> None:
    """A card's time that runs to the line's end, or a line that starts with one and ends
    with a zone (the 2020 schedule's two slots)."""
    from confparse.times import is_card_time_line

    assert is_card_time_line(line) is whole


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("(CEST)", True),
        ("PDT", True),
        ("-- 04:45 AM (CEST)", True),
        ("& Wed Jul 15 07:00 AM -- 07:45 AM (CEST)", True),
        ("Detecting Out-of-Distribution Examples with Gram Matrices", False),
        ("In AcceptedPapersParent", False),
        ("Mihaela van der Schaar", False),
        ("Ada Lee \u00b7 Al Turing", False),
    ],
)
def test_the_rest_of_a_time_line_holds_only_times_words(text: str, rest: bool) -> None:
    """What a text browser breaks off a time line: clocks, dashes, days, weekdays, months
    and zones; a title or a name holds other words."""
    from confparse.times import is_time_rest

    assert is_time_rest(text) is rest
