"""JSON and dicts through the configured cattrs converter."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

import confparse
from confparse import ConvertError, Page, Paper, Person, Talk

from conftest import TODAY, page_text


def test_datetimes_are_iso_with_offset_and_zone_label_survives() -> None:
    page = confparse.parse(page_text("001"), today=TODAY)
    data = confparse.to_dict(page)
    talk = data["sessions"][0]["talks"][0]
    assert talk["start"] == "2021-07-21T17:00:00-07:00"
    assert talk["zone"] == "PDT"
    assert json.loads(confparse.to_json(page)) == data


def test_non_ascii_is_kept_readable() -> None:
    text = confparse.to_json(Person(name="Nikolas Nüsken"))
    assert "Nüsken" in text


def test_from_dict_errors_carry_paths() -> None:
    data = confparse.to_dict(confparse.parse(page_text("001"), today=TODAY))
    data["sessions"][0]["talks"][2]["start"] = "not a date"
    with pytest.raises(ConvertError) as raised:
        confparse.from_dict(data, Page)
    assert any("$.sessions[0].talks[2].start" in p for p in raised.value.problems)


def test_validators_run_on_load() -> None:
    start = datetime(2021, 7, 21, 17, tzinfo=timezone.utc)
    data = confparse.to_dict(Talk(start=start, end=start + timedelta(hours=1), zone="UTC"))
    data["end"] = "2021-07-21T16:00:00+00:00"
    with pytest.raises(ConvertError, match="before start"):
        confparse.from_dict(data, Talk)


def test_naive_datetime_is_rejected() -> None:
    with pytest.raises(ConvertError, match="no UTC offset"):
        confparse.from_dict({"start": "2021-07-21T17:00:00"}, Talk)


def test_extra_keys_and_bad_json_are_errors() -> None:
    with pytest.raises(ConvertError):
        confparse.from_dict({"title": "T", "colour": "red"}, Paper)
    with pytest.raises(ConvertError, match="not valid JSON"):
        confparse.from_json("{", Paper)


def test_converter_is_exposed_and_configured() -> None:
    start = datetime(2021, 7, 21, 17, tzinfo=timezone.utc)
    assert confparse.converter.unstructure(start) == "2021-07-21T17:00:00+00:00"


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        ({"name": None}, Person),
        ({"name": 3}, Person),
        ({"title": 3}, Paper),
        ({"abstract": "A.", "abstract_truncated": "no"}, Paper),
        ({"votes": "12"}, Paper),
        ({"votes": True}, Paper),
    ],
)
def test_values_of_the_wrong_type_are_rejected_not_converted(
    data: dict[str, object], cls: type
) -> None:
    with pytest.raises(ConvertError):
        confparse.from_dict(data, cls)
