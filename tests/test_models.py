"""Validators reject what cannot be true, with messages naming the field."""

from __future__ import annotations

import weakref
from datetime import datetime, timedelta, timezone

import attrs
import pytest

from confparse import Award, Diagnostic, Link, Page, Paper, Person, Session, Span, Talk

UTC = timezone.utc


@pytest.mark.parametrize("name", ["", "   ", "A\nB"])
def test_person_name_must_be_one_non_blank_line(name: str) -> None:
    with pytest.raises(ValueError, match="name"):
        Person(name=name)


def test_unknown_is_none_never_empty() -> None:
    with pytest.raises(ValueError, match="title"):
        Paper(title="")
    with pytest.raises(ValueError, match="abstract"):
        Paper(abstract=" ")
    with pytest.raises(ValueError, match="kind"):
        Talk(kind="")


def test_truncated_needs_an_abstract() -> None:
    with pytest.raises(ValueError, match="abstract_truncated"):
        Paper(abstract_truncated=True)


def test_talk_times_must_be_aware_and_ordered() -> None:
    start = datetime(2021, 7, 21, 17, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        Talk(start=datetime(2021, 7, 21, 17, 0))
    with pytest.raises(ValueError, match="before start"):
        Talk(start=start, end=start - timedelta(minutes=1))
    with pytest.raises(ValueError, match="start is None"):
        Talk(end=start)
    with pytest.raises(ValueError, match="zone"):
        Talk(zone="PDT")
    assert Talk(start=start, end=start, zone="UTC").end == start


def test_collections_must_be_tuples_of_the_right_type() -> None:
    with pytest.raises(TypeError):
        Paper(authors=[Person(name="A B")])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Session(talks=(Paper(),))  # type: ignore[arg-type]


def test_records_are_frozen_slotted_and_keyword_only() -> None:
    paper = Paper(title="T")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        paper.title = "U"  # type: ignore[misc]
    assert not hasattr(paper, "__dict__")
    with pytest.raises(TypeError):
        Person("A B")  # type: ignore[misc]


@pytest.mark.parametrize(
    "record",
    [
        Span(first=300, last=300),
        Talk(),
        Paper(),
        Person(name="A B"),
        Link(url="https://a.b/c"),
        Session(),
        Award(name="Best Paper"),
        Diagnostic(severity="info", code="c", message="m", line=1),
        Page(layout="session"),
    ],
    ids=lambda record: type(record).__name__,
)
def test_records_carry_no_weak_reference_slot(record: object) -> None:
    """A page of a talk per 30-byte line holds a Talk and a Span per line: without the
    ``__weakref__`` slot each is 8 bytes smaller (Talk 112, Span 48), a sixth of the line."""
    assert not hasattr(record, "__weakref__")
    with pytest.raises(TypeError):
        weakref.ref(record)


def test_spans_and_year_source_are_provenance_not_data() -> None:
    a = Award(name="Best Paper", span=Span(first=1, last=3))
    b = Award(name="Best Paper", span=Span(first=7, last=9))
    assert a == b
    assert Page(layout="x", year_source="page") == Page(layout="x", year_source="weekday")
    with pytest.raises(ValueError, match="before first"):
        Span(first=5, last=4)


def test_page_ok_reflects_error_diagnostics() -> None:
    warning = Diagnostic(severity="warning", code="w", message="m", line=1)
    error = Diagnostic(severity="error", code="e", message="m", line=2)
    assert Page(layout="x", diagnostics=(warning,)).ok
    assert not Page(layout="x", diagnostics=(warning, error)).ok
    assert str(error) == "2:1: error[e]: m"


def test_a_diagnostic_about_a_run_of_lines_names_both_ends() -> None:
    run = Diagnostic(severity="info", code="widget-text", message="m", line=4, end_line=9)
    assert list(run.lines) == [4, 5, 6, 7, 8, 9]
    assert str(run) == "4:1: info[widget-text]: m (lines 4-9)"
    one = Diagnostic(severity="info", code="c", message="m", line=4)
    assert (one.end_line, list(one.lines)) == (None, [4])
    with pytest.raises(ValueError, match="end_line 3 is before line 4"):
        Diagnostic(severity="info", code="c", message="m", line=4, end_line=3)
