"""Parsing in parallel processes: `parse_many`, `iter_parse`, and pickling what they carry."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings

import confparse
from confparse import Page, ParseError, RenderError, UnknownLayoutError
from confparse import strategies as cs
from confparse.errors import ConvertError, DecodeError, InternalError, LimitError
from confparse.parallel import iter_parse, map_pages, parse_many
from confparse.records import to_records

from conftest import PAGES, TODAY

# Drawing session pages costs most of these properties' time: a fifth of the profile's examples.
EXPORTS = settings(max_examples=max(20, settings.default.max_examples // 5))

REAL = sorted(PAGES.glob("*.txt")) + sorted((PAGES / "detail").glob("0*"))
BAD_ZONE = "Hall G\n\nWed 21 July 17:00 - 17:20 XYZ\n\nOral\nA talk"


def test_real_pages_pickle() -> None:
    for path in REAL:
        page = confparse.parse(path, today=TODAY)
        again = pickle.loads(pickle.dumps(page))
        assert again == page
        assert again.year_source == page.year_source  # provenance survives too
        assert [t.span for s in again.sessions for t in s.talks] == [
            t.span for s in page.sessions for t in s.talks
        ]
        assert pickle.loads(pickle.dumps(to_records(page))) == to_records(page)


@EXPORTS
@given(cs.session_pages())
def test_drawn_pages_pickle(page: Page) -> None:
    assert pickle.loads(pickle.dumps(page)) == page


@pytest.mark.parametrize(
    "error",
    [
        ParseError("bad", line=3, column=2, text="x", code="unknown-zone"),
        DecodeError("not utf-8", line=1, column=5, code="invalid-utf8"),
        LimitError("too long", code="line-too-long"),
        UnknownLayoutError("no layout", [("session", 0.25), ("awards", 0.0)]),
        ConvertError("not a valid Page", ["$.layout: required field missing"]),
        InternalError("layout 'x' failed"),
    ],
)
def test_errors_pickle_with_their_attributes(error: Exception) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert vars(again) == vars(error)


def test_parallel_equals_serial_in_input_order() -> None:
    sources = REAL * 3
    serial = [confparse.parse(path, today=TODAY) for path in sources]
    parallel = parse_many(sources, jobs=2, today=TODAY)
    assert parallel == serial
    assert [page.layout for page in parallel] == [page.layout for page in serial]
    assert [page.diagnostics for page in parallel] == [page.diagnostics for page in serial]
    assert parse_many(sources, jobs=1, today=TODAY) == serial


def test_options_reach_the_workers() -> None:
    text = (PAGES / "001_0d9663f37bf93543.txt").read_text(encoding="utf-8")
    pages = parse_many([text, text], "session", jobs=2, year=2021, zones={"PDT": "UTC"})
    for page in pages:
        assert page.year_source == "argument"
        assert page.sessions[0].talks[0].start.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


def test_every_kind_of_source() -> None:
    text = (PAGES / "001_0d9663f37bf93543.txt").read_text(encoding="utf-8")
    sources = [
        text,
        text.encode("utf-8"),
        bytearray(text.encode("utf-8")),
        PAGES / "001_0d9663f37bf93543.txt",
        io.StringIO(text),  # open files are read in this process
        io.BytesIO(text.encode("utf-8")),
    ]
    pages = parse_many(sources, jobs=2, today=TODAY)
    assert len(pages) == 6
    assert all(page == pages[0] for page in pages)


def test_failures_come_back_in_place() -> None:
    sources = ["just some words", BAD_ZONE, Path("/nonexistent/page.txt"), b"\xff\xfe", BAD_ZONE]
    for jobs in (1, 2):
        results = list(iter_parse(sources, jobs=jobs))
        assert [type(result).__name__ for result in results] == [
            "UnknownLayoutError",
            "Page",
            "FileNotFoundError",
            "DecodeError",
            "Page",
        ]
        assert isinstance(results[0], UnknownLayoutError)
        assert results[0].scores  # attributes survive the trip back
        assert isinstance(results[3], DecodeError)
        assert (results[3].line, results[3].code) == (1, "invalid-utf8")


def test_parse_many_raises_the_first_failure_in_input_order() -> None:
    with pytest.raises(UnknownLayoutError):
        parse_many([BAD_ZONE, "just some words", b"\xff"], jobs=2)
    with pytest.raises(ParseError, match="unknown-zone"):
        parse_many([BAD_ZONE] * 4, jobs=2, strict=True)


def test_jobs_argument() -> None:
    assert parse_many([], jobs=4) == []
    assert len(parse_many([BAD_ZONE], jobs=0)) == 1  # 0: one process per core
    with pytest.raises(ValueError, match="jobs"):
        parse_many([BAD_ZONE], jobs=-1)
    with pytest.raises(ValueError, match="jobs"):
        iter_parse([BAD_ZONE], jobs=-1)  # checked at once, not on the first next()


def only_sessions(page: Page) -> str:
    """A worker-side function: the page's session titles, or a RenderError for others."""
    if page.layout != "session":
        raise RenderError(f"not a session page: {page.layout}")
    return "|".join(session.title or "" for session in page.sessions)


def test_map_pages_runs_the_function_in_the_workers() -> None:
    expected = [confparse.to_json(confparse.parse(path, today=TODAY)) for path in REAL]
    for jobs in (1, 2):
        assert list(map_pages(confparse.to_json, REAL, jobs=jobs, today=TODAY)) == expected
        results = list(map_pages(only_sessions, REAL[:3], jobs=jobs))
        assert isinstance(results[0], RenderError)  # awards: the function's error, in place
        assert results[1:] == ["Deep Learning Optimization", ""]
