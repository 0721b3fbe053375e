"""The ledger's promise over every real text page and its mutants (issue 14): every
non-blank input line is in a record field, in a diagnostic, or matched by a named
furniture rule by its text (`line_check.check`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import confparse
from line_check import check

from conftest import PAGES, TODAY

FOREIGN = "This paper was retracted by its authors after review."
TEXT_PAGES = sorted(
    path
    for path in PAGES.rglob("*")
    if path.suffix in (".txt", ".md") and path.name != "README.md" and path.is_file()
)
_TEXTS = {path: path.read_text(encoding="utf-8") for path in TEXT_PAGES}


def _check(source: str, layout: str | None = None) -> list[str]:
    try:
        return check(source, layout, not_furniture=frozenset((FOREIGN,)), today=TODAY)
    except confparse.InternalError:
        raise
    except confparse.ConfparseError:
        return []  # no page: nothing to account for


@pytest.mark.parametrize("path", TEXT_PAGES, ids=lambda p: p.relative_to(PAGES).as_posix())
def test_every_line_of_a_real_page_is_found(path: Path) -> None:
    assert _check(_TEXTS[path]) == []


def test_the_check_finds_a_lost_line() -> None:
    """The checker is not vacuous: a line skipped by a rule it does not match by text fails."""
    text = _TEXTS[next(p for p in TEXT_PAGES if p.name.startswith("01_neurips2023"))]
    lines = text.split("\n")
    with_foreign = "\n".join([FOREIGN, *lines])
    assert _check(with_foreign, "detail") == []  # reported, so found
    from confparse.layouts.kit import ledger

    original = ledger.Ledger.report

    def swallow(self: ledger.Ledger, index: int, code: str, message: str, **kw: object) -> None:
        if self.stripped[index] == FOREIGN:
            self.skip(index, "navigation-menu")  # what the region rules used to do
            return
        original(self, index, code, message, **kw)  # type: ignore[arg-type]

    from unittest import mock

    with mock.patch.object(ledger.Ledger, "report", swallow):
        assert _check(with_foreign, "detail") != []


@st.composite
def mutants(draw: st.DrawFn) -> tuple[str, str]:
    path = draw(st.sampled_from(TEXT_PAGES))
    lines = _TEXTS[path].split("\n")
    kind = draw(st.sampled_from(["insert", "delete", "duplicate", "concatenate"]))
    at = draw(st.integers(0, len(lines) - 1))
    if kind == "insert":
        lines = [*lines[:at], FOREIGN, *lines[at:]]
    elif kind == "delete":
        lines = lines[:at] + lines[at + 1 :]
    elif kind == "duplicate":
        lines = lines[: at + 1] + lines[at:]
    else:
        other = draw(st.sampled_from(TEXT_PAGES))
        lines = [*lines, "", *_TEXTS[other].split("\n")]
    return kind, "\n".join(lines)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(mutants())
def test_every_line_of_a_mutant_is_found(mutant: tuple[str, str]) -> None:
    kind, source = mutant
    assert _check(source) == [], kind


def test_a_list_of_long_items_before_any_paper_is_no_menu() -> None:
    """A header's list items are site navigation by their text: short labels, or links to the
    site's pages. The lower part of the papers page's list of titles (a copy that starts
    there) has no note above it to say it lists titles: its items were all skipped as
    navigation, with no diagnostic; now they are read, and reported where not placed."""
    path = PAGES / "recaptured" / "09_icml2026_papers-page_as-served.w3m.txt"
    text = path.read_text(encoding="utf-8")
    whole = confparse.parse(text, today=TODAY)
    first = whole.papers[300].span
    assert first is not None
    part = "\n".join(text.split("\n")[first.first - 1 :])
    titles = frozenset(paper.title for paper in whole.papers[300:] if paper.title)
    assert len(titles) > 300
    assert check(part, "listing", not_furniture=titles, today=TODAY) == []
