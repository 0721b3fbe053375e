"""Parsing in parallel processes: `parse_many`, `iter_parse`, `map_pages`, and pickling what
they carry."""

from __future__ import annotations

import inspect
import io
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings

import confparse
from confparse import Page, ParseError, RenderError, UnknownLayoutError
from confparse import strategies as cs
from confparse.errors import ConvertError, DecodeError, InternalError, LimitError
from confparse.export.records import to_records
from confparse.parallel import iter_parse, map_pages, parse_many

from conftest import PAGES, TODAY, page_text

# Drawing session pages costs most of these properties' time: a fifth of the profile's examples.
EXPORTS = settings(max_examples=max(20, settings.default.max_examples // 5))

REAL = sorted(PAGES.glob("*.txt")) + sorted((PAGES / "detail").glob("0*"))
BAD_ZONE = "Hall G\n\nWed 21 July 17:00 - 17:20 XYZ\n\nOral\nA talk"
LONG_LINE = BAD_ZONE.replace("A talk", "A talk " * 1_000)  # line 6: 7,000 characters
TWO_TALKS = f"{BAD_ZONE}\n\n{BAD_ZONE}"


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
    sources = ["just some words", BAD_ZONE, Path("/nonexistent/page.txt"), b"\xffx", BAD_ZONE]
    for jobs in (1, 2):
        results = list(iter_parse(sources, jobs=jobs))
        assert [type(result).__name__ for result in results] == [
            "UnknownLayoutError",
            "Page",
            "UnreadableSource",
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


def test_every_function_takes_the_options_of_parse_the_same_way() -> None:
    def options_path(function: object) -> list[tuple[str, object, object]]:
        parameters = inspect.signature(function).parameters.values()  # type: ignore[arg-type]
        return [
            (p.name, p.kind, p.default) for p in parameters if p.name in ("options", "overrides")
        ]

    expected = options_path(confparse.parse)
    assert [name for name, _kind, _default in expected] == ["options", "overrides"]
    for function in (parse_many, iter_parse, map_pages):
        assert options_path(function) == expected, function


def test_options_and_overrides_reach_every_page() -> None:
    options = confparse.ParseOptions(max_records=3)
    for run in (
        lambda: parse_many(REAL[1:2], options=options),
        lambda: parse_many(REAL[1:2], max_records=3),
    ):
        with pytest.raises(confparse.LimitError):
            run()
    relaxed = parse_many(REAL[1:2], options=options, max_records=100)
    assert relaxed == [confparse.parse(REAL[1], max_records=100)]


def test_limits_reach_the_workers_and_fail_in_place() -> None:
    session = page_text("001")  # 9,763 characters, 8 talks, lines up to 1,546 characters
    sources = [BAD_ZONE, LONG_LINE, session, "words " * 5_000]
    expected = [confparse.parse(BAD_ZONE)]  # one record, at the limit: parsed as without it
    codes = ["line-too-long", "too-many-records", "input-too-large"]
    for jobs in (1, 2):
        results = list(
            iter_parse(sources, jobs=jobs, max_chars=20_000, max_line_chars=4_000, max_records=1)
        )
        assert results[:1] == expected
        assert all(isinstance(result, LimitError) for result in results[1:])
        assert [getattr(result, "code", None) for result in results[1:]] == codes
        assert getattr(results[1], "line", None) == 6  # attributes survive the trip back
    mapped = list(map_pages(confparse.to_json, sources, jobs=2, max_chars=20_000, max_records=1))
    assert mapped[0] == confparse.to_json(expected[0])
    assert mapped[1] == confparse.to_json(confparse.parse(LONG_LINE))  # under the default
    assert [getattr(result, "code", None) for result in mapped[2:]] == codes[1:]


def test_parse_many_raises_a_limit_error() -> None:
    assert len(parse_many([TWO_TALKS], max_records=2)[0].sessions[0].talks) == 2
    for jobs in (1, 2):
        with pytest.raises(LimitError, match="too-many-records"):
            parse_many([BAD_ZONE, TWO_TALKS], jobs=jobs, max_records=1)
    with pytest.raises(LimitError, match="line-too-long"):  # the first failure in input order
        parse_many([BAD_ZONE, LONG_LINE, TWO_TALKS], jobs=2, max_line_chars=99, max_records=1)
    with pytest.raises(LimitError, match="input-too-large"):
        parse_many([TWO_TALKS, BAD_ZONE], jobs=2, max_chars=len(BAD_ZONE))


def test_bad_options_raise_at_once() -> None:
    with pytest.raises(ValueError, match="year"):
        map_pages(confparse.to_json, [BAD_ZONE], year=0)  # not on the first next()
    with pytest.raises(ValueError, match="year"):
        parse_many([BAD_ZONE] * 2, jobs=2, year=10_000)


def test_progress_callback_counts_every_source() -> None:
    texts = [confparse.examples.load(name) for name in confparse.examples.names()[:3]]
    calls: list[tuple[int, int]] = []
    confparse.parse_many([*texts, "not a page"][:3], progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    calls.clear()
    results = list(
        map_pages(
            confparse.to_json,
            [*texts, "not a page"],
            jobs=2,
            progress=lambda d, t: calls.append((d, t)),
        )
    )
    assert len(results) == 4
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    calls.clear()
    list(iter_parse(texts[:1], progress=lambda d, t: calls.append((d, t))))
    assert calls == [(1, 1)]


def test_wrong_argument_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="sources must be an iterable"):
        confparse.parse_many(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sources must be an iterable"):
        confparse.parse_many("page text")
    with pytest.raises(TypeError, match="jobs must be an int"):
        confparse.parse_many([], jobs="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="progress must be a callable"):
        confparse.parse_many([], progress=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="to_json takes a record"):
        confparse.to_json(42)
    with pytest.raises(TypeError, match="to_dict takes a record"):
        confparse.to_dict([confparse.Paper(), "x"])
    with pytest.raises(TypeError, match="JSON text"):
        confparse.from_json(42, confparse.Page)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iterable of Page"):
        confparse.build_catalog(42)  # type: ignore[arg-type]
    page = confparse.parse(confparse.examples.load("icml2021-session"), year=2021)
    with pytest.raises(TypeError, match="wrap one page in a list"):
        confparse.build_catalog(page)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="records of int"):
        confparse.to_records(42)  # type: ignore[arg-type]
    with pytest.raises(confparse.WrongSourceType, match="not int"):
        confparse.parse(42)  # type: ignore[arg-type]
