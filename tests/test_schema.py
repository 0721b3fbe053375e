"""The JSON Schema of `to_json` output, checked against real and drawn pages."""

from __future__ import annotations

import copy
import functools
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import confparse
from confparse import Page
from confparse import strategies as cs
from confparse.catalog import Catalog, CatalogEntry
from confparse.export.schema import DIALECT, json_schema
from confparse.models import (
    DERIVED,
    Award,
    Diagnostic,
    Link,
    Paper,
    Person,
    Session,
    Span,
    Talk,
)

from conftest import PAGES, TODAY

jsonschema = pytest.importorskip("jsonschema")

# Drawing pages costs most of the property's time: a fifth of the profile's examples.
EXPORTS = settings(max_examples=max(20, settings.default.max_examples // 5))
REAL = sorted(PAGES.glob("*.txt")) + sorted((PAGES / "detail").glob("0*"))
RECORDS = (Page, Session, Talk, Paper, Award, Person, Link, Diagnostic, Span)


def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is not None  # the format needs an offset


def _date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


# Checkers of our own: jsonschema checks "date-time" only with optional extra packages.
FORMATS = jsonschema.FormatChecker(formats=())
FORMATS.checks("date-time")(_date_time)
FORMATS.checks("date")(_date)


@functools.cache
def validator(cls: type = Page) -> Any:
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


def problems(data: Any, cls: type = Page) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(cls).iter_errors(data)]


@pytest.mark.parametrize("path", REAL, ids=lambda path: path.name)
def test_real_pages_validate(path: Path) -> None:
    page = confparse.parse(path, today=TODAY)
    assert problems(json.loads(confparse.to_json(page))) == []


def test_catalog_of_real_pages_validates() -> None:
    book = confparse.build_catalog(confparse.parse(path, today=TODAY) for path in REAL)
    assert problems(json.loads(confparse.to_json(book)), Catalog) == []


@EXPORTS
@given(cs.session_pages())
def test_drawn_pages_validate(page: Page) -> None:
    assert problems(json.loads(confparse.to_json(page))) == []


def test_schema_is_derived_from_the_classes() -> None:
    """Every field of every record is a property, required exactly when it has no default;
    the derived properties that `to_json` writes follow, read-only."""
    defs = json_schema()["$defs"]
    assert set(defs) == {cls.__name__ for cls in RECORDS}
    for cls in RECORDS:
        definition = defs[cls.__name__]
        fields = attrs.fields(cls)
        derived = [name for name, _kind in DERIVED.get(cls.__name__, ())]
        assert list(definition["properties"]) == [f.name for f in fields] + derived
        assert all(definition["properties"][name]["readOnly"] for name in derived)
        assert definition["required"] == [f.name for f in fields if f.default is attrs.NOTHING]
        assert definition["additionalProperties"] is False
    assert [name for name, _kind in DERIVED["Paper"]] == [
        "arxiv_id",
        "openreview_id",
        "event_id",
        "venue",
        "year",
    ]
    catalog_defs = json_schema(Catalog)["$defs"]
    assert {"Catalog", "CatalogEntry", "Paper", "Talk", "Award"} <= set(catalog_defs)
    assert list(catalog_defs["CatalogEntry"]["properties"]) == [
        f.name for f in attrs.fields(CatalogEntry)
    ]


def test_schema_document() -> None:
    schema = json_schema()
    assert schema["$schema"] == DIALECT
    assert schema["$ref"] == "#/$defs/Page"
    assert json.loads(json.dumps(schema)) == schema  # plain JSON data
    talk = schema["$defs"]["Talk"]["properties"]
    assert talk["start"]["anyOf"][0] == {"type": "string", "format": "date-time"}
    diagnostic = schema["$defs"]["Diagnostic"]["properties"]
    assert diagnostic["severity"] == {"enum": ["error", "warning", "info"]}
    assert diagnostic["line"] == {"type": "integer", "minimum": 1}
    assert schema["$defs"]["Page"]["properties"]["sessions"] == {
        "type": "array",
        "items": {"$ref": "#/$defs/Session"},
        "default": [],
    }
    with pytest.raises(TypeError, match="attrs"):
        json_schema(dict)


GOOD = json.loads(confparse.to_json(confparse.parse(confparse.examples.load("icml2021-session"))))


def mutated(path: list[str | int], value: Any) -> Any:
    data = copy.deepcopy(GOOD)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


TALK = ["sessions", 0, "talks", 0]
# cattrs' default hooks coerce these (3 -> "3", None -> "None", "no" -> True), so from_json
# accepts what the schema rejects; the schema is the stricter contract.
LAX = {"kind=3", "name=None", "abstract_truncated='no'"}


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["layout"], KeyError),  # required
        (["layout"], ""),  # blank
        (["layout"], "two\nlines"),
        (["surprise"], 1),  # no extra keys
        ([*TALK, "start"], "21 July 2021"),  # not ISO 8601
        ([*TALK, "start"], "2021-07-21T17:00:00"),  # no offset
        ([*TALK, "kind"], 3),
        ([*TALK, "kind"], "   "),
        ([*TALK, "paper", "authors", 0, "name"], None),
        ([*TALK, "paper", "votes"], -1),
        ([*TALK, "paper", "published"], "2021-07"),
        ([*TALK, "paper", "abstract_truncated"], "no"),
        (["diagnostics"], [{"severity": "fatal", "code": "x", "message": "m", "line": 1}]),
        (["diagnostics"], [{"severity": "error", "code": "x", "message": "m", "line": 0}]),
        (["year_source"], "guess"),
    ],
)
def test_invalid_json_is_rejected(path: list[str | int], value: Any) -> None:
    data = mutated(path, value)
    assert problems(data)
    if f"{path[-1]}={value!r}" not in LAX:
        with pytest.raises(confparse.ConvertError):  # from_json agrees
            confparse.from_dict(data, Page)


def test_fields_with_defaults_may_be_left_out() -> None:
    data = {"layout": "session", "sessions": [{"talks": [{"kind": "Q&A"}]}]}
    assert problems(data) == []
    assert confparse.from_dict(data, Page).sessions[0].talks[0].kind == "Q&A"
