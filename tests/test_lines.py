"""The line ledger's C-level helpers agree with a line-by-line reading."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from confparse.capture.document import split_lines
from confparse.layouts.kit.ledger import BLANK, REPORTED, UNSEEN, USED, LineState
from confparse.options import ParseOptions

OPTIONS = ParseOptions()
STARTS = ("Wed 21 July 17:00 - 17:20 PDT", "#W-100", "Mon", "#", "Sunday", "xMon", "Oral")
PATTERN = re.compile(r"\n[^\S\n]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|#)")

blanks = st.text(st.sampled_from(" \t\x0b\x0c\u3000\x85"), max_size=3)
lines = st.builds(
    lambda before, body, after: before + body + after,
    blanks,
    st.one_of(st.sampled_from(STARTS), st.text(st.characters(exclude_characters="\n"))),
    blanks,
)
pages = st.lists(lines, max_size=30).map("\n".join)


@given(pages)
def test_starting_finds_exactly_the_lines_a_loop_finds(text: str) -> None:
    state = LineState(text, OPTIONS)
    expected = [
        index
        for index, line in enumerate(state.stripped)
        if line[:3] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") or line[:1] == "#"
    ]
    assert list(state.starting(PATTERN)) == expected


@given(pages, st.integers(0, 40), st.sampled_from([("Mon",), ("#", "Sunday"), ("Wed 21",)]))
def test_last_starting_finds_the_line_a_loop_from_the_stop_finds(
    text: str, stop: int, prefixes: tuple[str, ...]
) -> None:
    state = LineState(text, OPTIONS)
    stop = min(stop, len(state))
    expected = next(
        (index for index in range(stop - 1, -1, -1) if state.stripped[index].startswith(prefixes)),
        -1,
    )
    assert state.last_starting(prefixes, stop) == expected


def test_last_starting_searches_a_long_page_a_batch_at_a_time() -> None:
    state = LineState(
        "\n".join(["Main Navigation", *["x"] * 1000, "Select Year: (2025)", "y"]), OPTIONS
    )
    assert state.last_starting(("Main Navigation", "Select Year:"), 1002) == 1001
    assert state.last_starting(("Main Navigation", "Select Year:"), 1001) == 0
    assert state.last_starting(("Nothing",), 1003) == -1


@given(pages)
def test_paragraphs_are_the_runs_of_non_blank_lines(text: str) -> None:
    state = LineState(text, OPTIONS)
    stripped = state.stripped
    for first, stop in ((0, len(stripped)), (1, len(stripped) - 1)):
        runs: list[tuple[int, int]] = []
        for index in range(first, stop):
            if stripped[index] and (index == first or not stripped[index - 1]):
                runs.append((index, index))
            elif stripped[index]:
                runs[-1] = (runs[-1][0], index)
        assert state.paragraphs(first, stop) == runs


def test_skip_lines_marks_each_line_as_skip_does() -> None:
    one, many = LineState("a\nb\n\nc", OPTIONS), LineState("a\nb\n\nc", OPTIONS)
    for index, rule in ((0, "menu"), (3, "footer")):
        one.skip(index, rule)
    many.skip_lines({0: "menu", 3: "footer"})
    assert many.marks == one.marks and many.rules == one.rules


@given(pages)
def test_blank_lines_start_marked_and_finish_reports_only_unseen_lines(text: str) -> None:
    state = LineState(text, OPTIONS)
    assert [mark == BLANK for mark in state.marks] == [not line for line in state.stripped]
    assert all(mark in (UNSEEN, BLANK) for mark in state.marks)
    if state.stripped:
        state.use(0)  # used lines, blank or not, are never reported
    reported = [d.line - 1 for d in state.finish()]
    assert reported == [i for i, line in enumerate(state.stripped) if line and i != 0]
    counts = state.accounting()
    assert counts["blank"] == sum(1 for line in state.stripped if not line)
    assert counts["reported"] == len(reported)


def test_diagnostics_past_the_cap_are_counted_in_one() -> None:
    from confparse.options import ParseOptions

    state = LineState("\n".join(f"junk {i}" for i in range(50)), ParseOptions(max_diagnostics=10))
    state.report(3, "late-warning", "a warning", severity="warning")
    found = state.finish()
    assert len(found) == 11
    summary = found[-1]
    assert (summary.code, summary.severity) == ("too-many-diagnostics", "error")
    assert "40 more diagnostics" in summary.message
    assert summary.line == 11  # the first one not kept (line 4 holds the warning)
    assert [d.line for d in found[:10]] == list(range(1, 11))
    assert found[3].code == "late-warning"


def test_the_cap_keeps_a_page_of_junk_small() -> None:
    import confparse

    text = "\n".join(["Oral"] * 30_000)
    page = confparse.parse(text, layout="session", max_diagnostics=100)
    assert len(page.diagnostics) == 101
    assert page.diagnostics[-1].code == "too-many-diagnostics"


@given(pages, st.data())
def test_a_run_report_covers_its_lines_and_keeps_their_marks(
    text: str, data: st.DataObject
) -> None:
    state = LineState(text, OPTIONS)
    if not state.stripped:
        return
    first = data.draw(st.integers(0, len(state.stripped) - 1))
    last = data.draw(st.integers(first, len(state.stripped) - 1))
    used = data.draw(st.integers(first, last))
    if state.stripped[used]:
        state.use(used)
    else:
        used = -1  # (a blank line keeps its mark when used)
    state.report(first, "run", "a run of lines", severity="info", last=last)
    run, *others = [d for d in state.finish() if d.code == "run"]
    assert others == []
    assert list(run.lines) == list(range(first + 1, last + 2))
    assert run.end_line == (None if last == first else last + 1)
    assert run.text == state.lines[first]
    # the run's non-blank lines are reported, but for the used one; blank ones stay blank
    for index in range(first, last + 1):
        if index == used:
            assert state.marks[index] == USED
        elif index == first or state.stripped[index]:
            assert state.marks[index] == REPORTED
        else:
            assert state.marks[index] == BLANK


def test_a_run_report_must_not_end_before_it_starts() -> None:
    state = LineState("a\nb\nc", OPTIONS)
    with pytest.raises(ValueError, match="before the first"):
        state.report(2, "run", "backwards", last=1)


# -- split_lines: the document's lines, equal short lines shared --------------------------
short_pages = st.lists(
    st.sampled_from(["", " ", "  ", "A \u00b7 B", "#", "x" * 40, "Wed 21 July", "\t"]),
    max_size=3000,
).map("\n".join)


@given(st.one_of(pages, short_pages))
def test_split_lines_gives_what_split_gives(text: str) -> None:
    assert split_lines(text) == text.split("\n")


@pytest.mark.parametrize("unit", ["  \n", "A \u00b7 B \u00b7\n", "Outstanding Paper\n"])
def test_split_lines_shares_equal_short_lines(unit: str) -> None:
    text = unit * 50_000  # many pieces: sharing holds across them
    lines = split_lines(text)
    assert lines == text.split("\n")
    assert len({id(line) for line in lines}) <= 2 * (len(lines) // 4096 + 2)


def test_split_lines_leaves_long_lines_alone() -> None:
    text = "\n".join(["a long line of a real page, as most lines are: " * 2] * 1000)
    lines = split_lines(text)
    assert lines == text.split("\n")
    assert len({id(line) for line in lines}) == len(lines)  # one split, no sharing work


def test_evolving_a_document_keeps_its_lines() -> None:
    from confparse.capture.document import Document, evolve

    document = Document("a\nb")
    lines = document.lines
    named = evolve(document, source="page.txt")
    assert named.source == "page.txt" and named.lines is lines  # not split again
    with pytest.raises(ValueError, match="keeps a document's text"):
        evolve(document, text="c")
