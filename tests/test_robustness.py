"""Hostile input: mutants of the real pages never crash, never lose a line, and damage to
one block never spills onto the intact blocks around it."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import attrs
import pytest

import confparse
from confparse import ConfparseError, Page
from confparse.layouts.kit.ledger import BOILER, REPORTED, USED, LineState
from mutants import Mutant, huge, mutants

from conftest import LAYOUT_OF, TODAY, page_text

PAGES = {
    prefix: LAYOUT_OF[prefix] for prefix in ("000", "001", "002", "003", "004", "session/icml2025")
}
MUTANTS_PER_PAGE = 500
SEED = 20261122


@contextmanager
def captured_states() -> Iterator[list[LineState]]:
    states: list[LineState] = []
    original = LineState.finish

    def finish(self: LineState) -> tuple[confparse.Diagnostic, ...]:
        states.append(self)
        return original(self)

    with mock.patch.object(LineState, "finish", finish):
        yield states


def records(page: Page) -> list[object]:
    talks = [talk for session in page.sessions for talk in session.talks]
    return [*talks, *page.awards, *page.papers]


def spans(page: Page) -> list[tuple[int, int]]:
    out = []
    for record in [*page.sessions, *records(page)]:
        span = getattr(record, "span", None)
        if span is not None:
            out.append((span.first, span.last))
    return out


def check_nothing_lost(state: LineState, page: Page) -> None:
    """Every line is used inside a record's span, skipped by a rule, reported, or blank."""
    reported = {line for d in page.diagnostics for line in d.lines}
    covered = spans(page)
    for index, mark in enumerate(state.marks):
        number = index + 1
        if mark == USED:
            assert any(a <= number <= b for a, b in covered), f"line {number} used by no record"
        elif mark == BOILER:
            assert index in state.rules
        elif mark == REPORTED:
            assert number in reported
        else:
            assert not state.stripped[index], f"line {number} unaccounted: {state.lines[index]!r}"
    assert all(1 <= d.line <= len(state.lines) for d in page.diagnostics)


def intact(original: Page, touched: frozenset[int]) -> list[object]:
    """The original records that no mutation came near (one record of slack each side)."""
    recs = records(original)
    affected: set[int] = set()
    for number in touched:
        hit = None
        for i, rec in enumerate(recs):
            span = rec.span  # type: ignore[attr-defined]
            if span.first <= number <= span.last or span.first > number:
                hit = i
                break
        hit = len(recs) if hit is None else hit
        affected.update({hit - 1, hit, hit + 1})
    return [rec for i, rec in enumerate(recs) if i not in affected]


def run_mutant(mutant: Mutant, layout: str, original: Page) -> str:
    with captured_states() as states:
        try:
            page = confparse.parse(mutant.source, layout=layout, today=TODAY)
        except confparse.InternalError:
            raise
        except ConfparseError:
            return "raised"
    (state,) = states
    check_nothing_lost(state, page)
    if mutant.comparable:
        missing = Counter(intact(original, mutant.touched)) - Counter(records(page))
        assert not missing, f"{mutant.name}: intact records changed: {list(missing)[:1]}"
    return "parsed"


@pytest.mark.parametrize(("prefix", "layout"), sorted(PAGES.items()))
def test_mutants_of_real_pages(prefix: str, layout: str) -> None:
    text = page_text(prefix)
    original = confparse.parse(text, layout=layout, today=TODAY)
    assert all(d.severity == "info" for d in original.diagnostics)
    outcomes: Counter[str] = Counter()
    for mutant in mutants(text, MUTANTS_PER_PAGE, SEED + len(prefix) + ord(prefix[-1])):
        try:
            outcomes[run_mutant(mutant, layout, original)] += 1
        except AssertionError as exc:
            raise AssertionError(f"mutant {mutant.name}: {exc}") from exc
    assert sum(outcomes.values()) >= MUTANTS_PER_PAGE
    assert outcomes["parsed"] > outcomes["raised"]


@pytest.mark.parametrize(("prefix", "layout"), sorted(PAGES.items()))
def test_huge_mutants(prefix: str, layout: str) -> None:
    text = page_text(prefix)
    original = confparse.parse(text, layout=layout, today=TODAY)
    for mutant in huge(text.split("\n"), random.Random(SEED)):
        assert run_mutant(mutant, layout, original) in {"parsed", "raised"}


def test_mutation_reports_stay_local() -> None:
    """A broken time line gives one diagnostic on that line; every other talk is intact."""
    text = page_text("001")
    lines = text.split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith("Wed 21 July 17:25"))
    lines[number] = lines[number].replace("17:25", "25:25")
    page = confparse.parse("\n".join(lines), today=TODAY)
    original = confparse.parse(text, today=TODAY)
    (diagnostic,) = page.diagnostics
    assert (diagnostic.line, diagnostic.code) == (number + 1, "invalid-time")
    talks, before = page.sessions[0].talks, original.sessions[0].talks
    assert len(talks) == len(before)
    changed = [i for i, (a, b) in enumerate(zip(talks, before, strict=True)) if a != b]
    assert changed == [2]
    assert talks[2].paper == before[2].paper


def test_mutation_suite_is_fast_enough() -> None:
    """Guard for the CI budget: a batch of mutants costs well under a second."""
    text = page_text("002")
    original = confparse.parse(text, layout="session", today=TODAY)
    started = time.perf_counter()
    for mutant in mutants(text, 100, SEED):
        run_mutant(mutant, "session", original)
    per_mutant = (time.perf_counter() - started) / 100
    # a ratio against one plain parse in the same run, not an absolute time
    started = time.perf_counter()
    for _ in range(20):
        confparse.parse(text, layout="session", today=TODAY)
    per_parse = (time.perf_counter() - started) / 20
    assert per_mutant < 20 * per_parse


@pytest.mark.parametrize("source", [42, None, ["a page"], 3.5, object()])
def test_a_value_that_is_no_page_is_a_clear_type_error(source: object) -> None:
    with pytest.raises(confparse.SourceError, match=r"text \(str\), UTF-8 bytes, a path") as raised:
        confparse.parse(source)  # type: ignore[arg-type]
    assert isinstance(raised.value, TypeError)


def test_memoryview_is_bytes() -> None:
    text = confparse.examples.load("icml2021-session")
    assert confparse.parse(memoryview(text.encode())) == confparse.parse(text)


def test_a_missing_path_is_a_source_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(confparse.SourceError, match=r"nope\.txt") as raised:
        confparse.parse(missing)
    assert isinstance(raised.value.__cause__, FileNotFoundError)


def test_a_bad_source_in_a_batch_is_given_back_in_its_place() -> None:
    from confparse.parallel import iter_parse

    text = confparse.examples.load("icml2021-session")
    results = list(iter_parse([text, 42, None, text]))  # type: ignore[list-item]
    assert [type(r).__name__ for r in results] == [
        "Page",
        "WrongSourceType",
        "WrongSourceType",
        "Page",
    ]


# -- strict mode: the page's first error, whatever order the layout reports in ----------------
def test_strict_raises_at_the_first_error_line_of_every_mutant() -> None:
    """Issue 14: strict mode raised at a later line than the page's first error (the
    layouts report a head before its preamble, and `finish` reports unparsed lines last)."""
    checked = 0
    for prefix, layout in sorted(LAYOUT_OF.items()):
        text = page_text(prefix)
        for mutant in mutants(text, 25, SEED + 14):
            try:
                page = confparse.parse(mutant.source, layout=layout, today=TODAY)
            except ConfparseError:
                continue
            errors = [d for d in page.diagnostics if d.severity == "error"]
            if not errors:
                continue
            checked += 1
            with pytest.raises(confparse.ParseError) as raised:
                confparse.parse(mutant.source, layout=layout, today=TODAY, strict=True)
            first = min(errors, key=lambda d: (d.line, d.column))
            assert (raised.value.line, raised.value.code) == (first.line, first.code), mutant.name
    assert checked > 20


def test_strict_cut_capture_raises_at_line_1() -> None:
    """The reproducer: a reader capture cut short raised at line 180, its first error is
    the unparsed header at line 1."""
    text = page_text("wild/01")
    errors = [
        d
        for d in confparse.parse(text[:300], layout="detail", today=TODAY).diagnostics
        if d.severity == "error"
    ]
    with pytest.raises(confparse.ParseError) as raised:
        confparse.parse(text[:300], layout="detail", today=TODAY, strict=True)
    assert errors and raised.value.line == min(d.line for d in errors)


# -- round trips -------------------------------------------------------------------------------
_SESSION = (
    "Deep Learning\n\n{time}\n\nOral\nLearning to rank with graphs\n\n"
    "Ada Lovelace \u00b7 Alan Turing\n"
)


@pytest.mark.parametrize("year", [5, 999])
def test_a_year_below_1000_is_a_render_error(year: int) -> None:
    page = confparse.parse(
        _SESSION.format(time="Wed 21 July 17:00 - 17:20 PDT"), layout="session", year=year
    )
    assert page.sessions[0].talks[0].start is not None
    with pytest.raises(confparse.RenderError, match="four digits"):
        confparse.render(page, today=TODAY)


@pytest.mark.parametrize("zone", ["PDT", "PST"])
def test_a_time_in_the_repeated_autumn_hour_renders(zone: str) -> None:
    text = _SESSION.format(time=f"Sun 7 November 2021 1:30 - 1:50 {zone}")
    page = confparse.parse(text, layout="session", today=TODAY)
    assert page.diagnostics == ()
    assert confparse.parse(confparse.render(page, today=TODAY), layout="session") == page


def test_a_title_that_reads_as_authors_is_a_render_error() -> None:
    """A title that reads as an author line: rendered alone in its paragraph it would come
    back as the talk's authors. (A title run into its author line with no blank line
    between is read as a title over its authors.)"""
    text = page_text("002")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("Konstantin Mishchenko"))
    names = lines[at]
    lines[at - 1], lines[at] = lines[at], lines[at - 1]  # no blank line over the authors
    page = confparse.parse("\n".join(lines), layout="session", today=TODAY)
    (talk,) = [t for t in page.sessions[0].talks if t.paper and t.paper.title == lines[at - 2]]
    assert talk.paper is not None
    assert " \u00b7 ".join(a.name for a in talk.paper.authors) == names
    paper = attrs.evolve(talk.paper, title=names, authors=())
    talks = tuple(attrs.evolve(t, paper=paper) if t is talk else t for t in page.sessions[0].talks)
    swapped = attrs.evolve(page, sessions=(attrs.evolve(page.sessions[0], talks=talks),))
    with pytest.raises(confparse.RenderError, match="author line"):
        confparse.render(swapped, today=TODAY)


# -- furniture by text, never by position (issue 14) ---------------------------------------------
FOREIGN = "This paper was retracted by its authors after review."
_LAYOUT_PAGES = sorted(
    (prefix, layout)
    for prefix, layout in LAYOUT_OF.items()
    if layout in ("detail", "session", "awards")
)


def _said(page: Page, number: int, text: str) -> bool:
    """Whether line *number* has a diagnostic, or *text* is in a record."""
    return any(number in d.lines for d in page.diagnostics) or text in confparse.to_json(page)


@pytest.mark.parametrize(("prefix", "layout"), _LAYOUT_PAGES)
def test_a_foreign_line_anywhere_is_never_lost(prefix: str, layout: str) -> None:
    """A sentence inserted at any position lands in a record or a diagnostic: the menu,
    the footer, the bytez widget and flattened buttons no longer swallow what stands there."""
    lines = page_text(prefix).split("\n")
    step = max(1, len(lines) // 60)
    for at in range(0, len(lines) + 1, step):
        source = "\n".join([*lines[:at], FOREIGN, *lines[at:]])
        page = confparse.parse(source, layout=layout, today=TODAY)
        assert _said(page, at + 1, FOREIGN), f"line inserted at {at + 1} was lost"


def test_a_retraction_note_in_a_detail_head_is_reported() -> None:
    lines = page_text("detail/01").split("\n")
    for at in range(0, 12):
        source = "\n".join([*lines[:at], FOREIGN, *lines[at:]])
        assert _said(confparse.parse(source, layout="detail", today=TODAY), at + 1, FOREIGN)


def test_two_detail_pages_in_one_file_say_where_the_second_starts() -> None:
    """Never one page silently: the second page's start is an error at its first line,
    and nothing of the first page is reported."""
    first, second = page_text("detail/01"), page_text("detail/02")
    page = confparse.parse(first + "\n\n" + second, layout="detail", today=TODAY)
    assert len(page.papers) == 1
    offset = len(first.split("\n")) + 1  # the blank line between the two pages
    starts = [d for d in page.diagnostics if d.code == "second-page"]
    assert len(starts) == 1
    assert starts[0].severity == "error"
    assert offset < starts[0].line <= offset + 5
    assert all(d.line >= starts[0].line for d in page.diagnostics if d.severity != "info")


def test_menu_and_footer_lines_are_furniture_by_their_text() -> None:
    from confparse.layouts.detail import furniture_rule

    assert furniture_rule("Select Year: (2025)") == "navigation-menu"
    assert furniture_rule("2019") == "navigation-menu"
    assert furniture_rule("TZ: America/Vancouver") == "navigation-menu"
    assert furniture_rule("Useful links") == "site-footer"
    assert furniture_rule("\u2500" * 30 + "\u252c" + "\u2500" * 5) == "rule-line"
    assert furniture_rule(FOREIGN) is None
    assert furniture_rule("Sahar") is None  # a user's name: reported, as info, by the session


# -- saved HTML: the mutation suite's families for the HTML path ------------------------------
HTML_PAGES = sorted((Path(__file__).parent / "pages" / "html").glob("*.html"))


@pytest.mark.parametrize("path", HTML_PAGES, ids=lambda p: p.name[:24])
def test_mutants_of_saved_html_pages(path: Path) -> None:
    """Mutants of each saved page (lines deleted, duplicated, inserted, swapped, the page cut
    anywhere, a tag or a quote left open): records or a `ConfparseError`, never another
    exception, and the same layout when the page still reads as one."""
    text = path.read_text(encoding="utf-8")
    layout = confparse.parse(text, today=TODAY).layout
    outcomes: Counter[str] = Counter()
    rng = random.Random(f"html-{path.name}")
    lines = text.split("\n")
    cuts = [rng.randrange(len(text)) for _ in range(6)]
    variants: list[str | bytes] = [text[:cut] for cut in cuts]  # saved before it loaded
    variants += [text[:cut] + '<div class="' + text[cut:] for cut in cuts[:3]]  # open quote
    variants += [text[:cut] + "<!--" + text[cut:] for cut in cuts[3:]]  # open comment
    for mutant in mutants(text, 12, SEED + len(path.name)):
        variants.append(mutant.source)
    for _ in range(6):
        k = rng.randrange(len(lines))
        variants.append("\n".join(lines[:k] + lines[k + 1 :]))  # one line gone
    for variant in variants:
        try:
            page = confparse.parse(variant, today=TODAY)
        except ConfparseError:
            outcomes["raised"] += 1
            continue
        outcomes["parsed"] += 1
        outcomes["same layout"] += page.layout == layout
    assert outcomes["parsed"] > outcomes["raised"]
    assert outcomes["same layout"] >= outcomes["parsed"] // 2
