"""The same facts come out of every re-capture of every real text page (tests/variants.py).

Facts are titles, authors, kinds and start times of the page's records: the hand-checked
facts (tests/facts) where a page has them, else what the page itself parses to.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import confparse
from facts_check import FACTS, load, problems
from variants import variants

PAGES = Path(__file__).parent / "pages"
TODAY = date(2026, 11, 22)
FOLDERS = ("", "detail", "found", "session", "wild")


def _text_pages() -> list[Path]:
    found = []
    for folder in FOLDERS:
        for path in sorted((PAGES / folder).glob("*.*")):
            if path.suffix not in (".txt", ".md") or path.name == "README.md":
                continue
            try:
                confparse.parse(path, today=TODAY)
            except confparse.ConfparseError:
                continue  # pages confparse does not read have no facts to keep
            found.append(path)
    return found


TEXT_PAGES = _text_pages()


def facts(page: confparse.Page) -> list[Any]:
    talks = [t for s in page.sessions for t in s.talks]
    records: list[Any] = [(t.kind, t.start, t.paper and t.paper.title) for t in talks]
    papers = [*page.papers, *(t.paper for t in talks if t.paper is not None)]
    records += [(p.title, [a.name for a in p.authors]) for p in papers]
    records += [(a.name, [p.name for p in a.paper.authors]) for a in page.awards]
    return records


@cache
def _original(path: Path) -> tuple[str, confparse.Page]:
    text = path.read_text(encoding="utf-8")
    return text, confparse.parse(text, today=TODAY)


@cache
def _variants(path: Path) -> list[tuple[str, str]]:
    text, page = _original(path)
    title = page.papers[0].title if page.layout == "detail" and page.papers else None
    markdown = confparse.capture.read(text).format != "plain"
    return list(variants(text, page.layout or "", title, markdown))


def _facts_file(path: Path) -> Path | None:
    """The hand-checked facts of the page at *path*, if it has them."""
    relative = path.relative_to(PAGES).as_posix()
    for candidate in sorted(FACTS.glob("*.json")):
        if load(candidate)["page"] == relative:
            return candidate
    return None


FACTS_OF = {path: _facts_file(path) for path in TEXT_PAGES}

KNOWN_BUGS = {}
"""Variants that expose bugs not fixed yet (class 3 of issue 13, in the capture's markdown
sniff): strict expected failures below, left out of the property."""


def _working(path: Path) -> list[tuple[str, str]]:
    return [(name, text) for name, text in _variants(path) if name not in KNOWN_BUGS]


def test_every_text_page_has_variants() -> None:
    assert len(TEXT_PAGES) >= 12
    assert all(_variants(path) for path in TEXT_PAGES)


@settings(max_examples=40)
@given(data=st.data())
def test_every_variant_gives_the_same_facts(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(TEXT_PAGES), label="page")
    name, text = data.draw(st.sampled_from(_working(path)), label="variant")
    _, original = _original(path)
    page = confparse.parse(text, today=TODAY)
    assert page.layout == original.layout, name
    assert facts(page) == facts(original), name
    known = FACTS_OF[path]
    if known is not None:  # the hand-checked facts: as right (or as wrong) as on the page
        assert problems(load(known), page) == problems(load(known), original), name


CASES = [(path, name) for path in TEXT_PAGES for name, _text in _variants(path)]


@pytest.mark.parametrize(
    ("path", "name"),
    [
        pytest.param(p, n, marks=pytest.mark.xfail(reason=KNOWN_BUGS[n], strict=True))
        if n in KNOWN_BUGS
        else (p, n)
        for p, n in CASES
    ],
    ids=[f"{p.name[:32]}-{n}" for p, n in CASES],
)
def test_each_variant_of_each_page(path: Path, name: str) -> None:
    """Every variant of every page once (the property above draws them at random)."""
    _, original = _original(path)
    text = dict(_variants(path))[name]
    page = confparse.parse(text, today=TODAY)
    assert page.layout == original.layout
    assert facts(page) == facts(original)
