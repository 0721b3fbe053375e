"""Duplicates and joins across pages: `dedupe`, `same_paper`, `merge_papers`, `catalog`."""

from __future__ import annotations

import doctest
import functools
import importlib
import random
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import confparse
from confparse import Award, Page, Paper, Person, Session, Span, Talk
from confparse import strategies as cs
from confparse.catalog import Catalog, CatalogEntry, build_catalog
from confparse.catalog.dedupe import MIN_PREFIX, dedupe, merge_papers, same_paper

from conftest import PAGES as PAGES_DIR
from conftest import TODAY, page_text

dedupe_module = importlib.import_module("confparse.catalog.dedupe")  # the module, not the function
T = TypeVar("T")
DOCS = Path(__file__).parent.parent / "docs" / "catalog.md"

ABSTRACT = (
    "Decentralization is a promising method of scaling up parallel machine learning "
    "systems. In this paper, we provide a tight lower bound on the iteration complexity."
)
OTHER = (
    "We propose a general and scalable approximate sampling strategy for probabilistic "
    "models with discrete variables."
)
LU = (Person(name="Yucheng Lu"), Person(name="Christopher De Sa"))
TITLE = "Optimal Complexity in Decentralized Training"


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The documented comparison: NFC, case-folded, all whitespace removed."""
    return "".join(unicodedata.normalize("NFC", text).casefold().split())


@functools.cache
def _parse_real(prefix: str) -> Page:
    return confparse.parse(page_text(prefix), today=TODAY)


def real_pages(prefixes: Sequence[str] = ("000", "001", "002", "003", "004")) -> list[Page]:
    """The real pages parsed (once: pages are immutable)."""
    return [_parse_real(prefix) for prefix in prefixes]


def cut(text: str, keep: int) -> Paper:
    return Paper(abstract=text[:keep].rstrip(), abstract_truncated=True)


# -- same_paper ---------------------------------------------------------------------------
def test_truncated_abstract_matches_the_full_one_that_starts_with_it() -> None:
    full = Paper(authors=LU, abstract=ABSTRACT)
    short = attrs.evolve(cut(ABSTRACT, 70), authors=LU)
    assert same_paper(full, short)
    assert same_paper(short, full)


def test_prefix_without_truncation_mark_is_a_different_abstract() -> None:
    full = Paper(authors=LU, abstract=ABSTRACT)
    assert not same_paper(full, Paper(authors=LU, abstract=ABSTRACT[:70]))


def test_too_short_truncated_abstract_does_not_match() -> None:
    assert len(fold(ABSTRACT[:40])) < MIN_PREFIX
    assert not same_paper(Paper(abstract=ABSTRACT), cut(ABSTRACT, 40))
    assert same_paper(cut(ABSTRACT, 40), cut(ABSTRACT, 40))  # equal abstracts always match


@pytest.mark.parametrize(
    "damaged",
    [
        ABSTRACT.replace("machine learning", "machinelearning"),
        ABSTRACT.replace(". ", ".\n"),
        ABSTRACT.replace(" ", "  ").upper(),
    ],
)
def test_whitespace_and_case_damage_is_tolerated(damaged: str) -> None:
    assert same_paper(Paper(authors=LU, abstract=ABSTRACT), Paper(authors=LU, abstract=damaged))


def test_names_compare_after_nfc_and_whitespace() -> None:
    composed = Paper(authors=(Person(name="Nikolas N\u00fcsken"),), abstract=ABSTRACT)
    decomposed = Paper(authors=(Person(name="Nikolas Nu\u0308sken"),), abstract=ABSTRACT)
    glued = Paper(authors=(Person(name="NikolasN\u00fcsken"),), abstract=ABSTRACT)
    assert same_paper(composed, decomposed)
    assert same_paper(composed, glued)


def test_same_authors_different_abstracts_are_two_papers() -> None:
    assert not same_paper(Paper(authors=LU, abstract=ABSTRACT), Paper(authors=LU, abstract=OTHER))


def test_different_authors_or_titles_are_two_papers() -> None:
    other_people = (Person(name="Ann Lee"),)
    assert not same_paper(
        Paper(authors=LU, abstract=ABSTRACT), Paper(authors=other_people, abstract=ABSTRACT)
    )
    assert not same_paper(Paper(title="A", abstract=ABSTRACT), Paper(title="B", abstract=ABSTRACT))
    assert not same_paper(Paper(authors=LU), Paper(authors=LU[::-1]))


def test_join_needs_a_shared_title_or_abstract() -> None:
    titled = Paper(title=TITLE, authors=LU)
    assert same_paper(titled, Paper(title=TITLE.lower(), abstract=ABSTRACT))  # listing-like
    assert not same_paper(titled, Paper(authors=LU, abstract=ABSTRACT))  # authors alone
    assert not same_paper(Paper(title=TITLE), Paper(abstract=ABSTRACT))
    # nothing tells two papers by the same people apart, not even identical copies
    assert not same_paper(Paper(authors=LU), Paper(authors=LU))
    assert not same_paper(Paper(), Paper())


# -- merge_papers -------------------------------------------------------------------------
def test_merge_fills_every_field_from_whichever_copy_has_it() -> None:
    award = attrs.evolve(cut(ABSTRACT, 70), authors=LU)
    talk = Paper(
        title=TITLE, authors=LU, abstract=ABSTRACT.replace("machine learning", "machinelearning")
    )
    listing = Paper(title=TITLE, abstract=ABSTRACT)
    merged = merge_papers(merge_papers(award, talk), listing)
    assert merged == Paper(title=TITLE, authors=LU, abstract=ABSTRACT)
    assert not merged.abstract_truncated
    assert merge_papers(listing, merge_papers(talk, award)) == merged


def test_merge_prefers_the_copy_with_most_characters() -> None:
    damaged = Paper(title="WassersteinGAN", authors=(Person(name="MartinArjovsky"),))
    clean = Paper(title="Wasserstein GAN", authors=(Person(name="Martin Arjovsky"),))
    assert merge_papers(damaged, clean) == merge_papers(clean, damaged) == clean


def test_merge_of_truncated_copies_stays_truncated() -> None:
    merged = merge_papers(cut(ABSTRACT, 60), cut(ABSTRACT, 90))
    assert merged == cut(ABSTRACT, 90)
    assert merged.abstract_truncated


def test_merged_papers_have_no_span() -> None:
    spanned = Paper(title=TITLE, span=Span(first=3, last=5))
    assert merge_papers(spanned, spanned) == spanned
    assert merge_papers(spanned, spanned).span is None  # it comes from two places
    assert merge_papers(spanned, Paper(title=TITLE, authors=LU)).span is None


@pytest.mark.parametrize(
    ("a", "b", "field"),
    [
        (Paper(authors=LU), Paper(authors=LU[:1]), "authors"),
        (Paper(title="A"), Paper(title="B"), "title"),
        (Paper(abstract=ABSTRACT), Paper(abstract=OTHER), "abstract"),
    ],
)
def test_merge_refuses_papers_that_disagree(a: Paper, b: Paper, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        merge_papers(a, b)


# -- dedupe -------------------------------------------------------------------------------
def test_dedupe_keeps_first_seen_order_and_merges_copies() -> None:
    full = Paper(authors=LU, abstract=ABSTRACT)
    short = attrs.evolve(cut(ABSTRACT, 80), authors=LU)
    other = Paper(authors=LU, abstract=OTHER)
    given_awards = [
        Award(name="Outstanding Paper", paper=short, span=Span(first=1, last=3)),
        Award(name="Best Paper", paper=other, span=Span(first=4, last=6)),
        Award(name="Outstanding  paper", paper=full, virtual=True),
        Award(name="Best Paper", paper=full),
    ]
    result = dedupe(given_awards)
    assert result == (
        Award(name="Outstanding Paper", paper=full, virtual=True),
        Award(name="Best Paper", paper=other),
        Award(name="Best Paper", paper=full),
    )
    assert result[0].span is None  # merged from two copies
    assert result[1].span == Span(first=4, last=6)  # one copy: returned as is
    assert dedupe(result) == result


def test_dedupe_virtual_is_true_when_any_copy_was_virtual() -> None:
    paper = Paper(authors=LU, abstract=ABSTRACT)
    for flags in [(False, True), (True, False), (True, True), (False, False)]:
        (award,) = dedupe(Award(name="Best Paper", paper=paper, virtual=v) for v in flags)
        assert award.virtual == any(flags)


def test_dedupe_keeps_awards_it_cannot_tell_apart() -> None:
    bare = Award(name="Best Paper", paper=Paper(authors=LU))
    assert dedupe([bare, bare]) == (bare, bare)
    assert dedupe([]) == ()


def test_ambiguous_copy_joins_neither_paper() -> None:
    """A title-only copy shared by two papers that differ stays alone, in any order."""
    one = Paper(title=TITLE, authors=LU, abstract=ABSTRACT)
    two = Paper(title=TITLE, authors=LU, abstract=OTHER)
    bare = Paper(title=TITLE)
    for order in ([one, two, bare], [bare, two, one], [two, bare, one]):
        result = dedupe(Award(name="Best Paper", paper=p) for p in order)
        assert [a.paper for a in result] == order


# -- catalog (hand-built pages) -----------------------------------------------------------
def session_page(*papers: Paper, award: str | None = None) -> Page:
    talks = tuple(Talk(kind="Oral", award=award, paper=p) for p in papers)
    return Page(layout="session", sessions=(Session(title="S", talks=talks),))


def test_catalog_joins_a_talk_an_award_and_a_listing() -> None:
    talk_paper = Paper(title=TITLE, authors=LU, abstract=ABSTRACT)
    award = Award(name="Best Paper", paper=attrs.evolve(cut(ABSTRACT, 70), authors=LU))
    listed = Paper(title=TITLE.lower(), abstract=ABSTRACT)
    pages = [
        Page(layout="awards", awards=(award, attrs.evolve(award, virtual=True))),
        session_page(
            talk_paper, Paper(title="Another", authors=LU, abstract=OTHER), award="Oral Award"
        ),
        Page(layout="listing", papers=(listed,)),
    ]
    book = build_catalog(pages)
    assert book.papers == (talk_paper, Paper(title="Another", authors=LU, abstract=OTHER))
    entry = book.entries[0]
    assert entry.awards == (Award(name="Best Paper", paper=award.paper, virtual=True),)
    assert [t.paper for t in entry.talks] == [talk_paper]
    assert entry.listings == (listed,)
    assert entry.award_names == ("Best Paper", "Oral Award")
    assert book.entries[1].award_names == ("Oral Award",)


def test_catalog_keeps_papers_without_title_or_abstract_apart() -> None:
    bare = Paper(authors=LU)
    book = build_catalog(
        [session_page(bare, bare), Page(layout="awards", awards=(Award(name="X Award"),))]
    )
    assert book.papers == (bare, bare, Paper())
    assert build_catalog([]) == Catalog()


def test_catalog_order_is_first_seen() -> None:
    a = Paper(title="A", abstract=ABSTRACT)
    b = Paper(title="B", abstract=OTHER)
    assert build_catalog([session_page(b), session_page(a, b)]).papers == (b, a)
    assert build_catalog([session_page(a, b), session_page(b)]).papers == (a, b)


def test_catalog_json_round_trip() -> None:
    book = build_catalog(
        [
            session_page(Paper(title=TITLE, authors=LU, abstract=ABSTRACT)),
            Page(
                layout="awards",
                awards=(Award(name="Best Paper", paper=Paper(authors=LU, abstract=ABSTRACT)),),
            ),
        ]
    )
    assert len(book.entries) == 1
    assert confparse.from_json(confparse.to_json(book), Catalog) == book


def test_catalog_entry_validates_its_fields() -> None:
    with pytest.raises(TypeError):
        CatalogEntry(paper=Paper(), talks=[Talk()])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        CatalogEntry(paper=Talk())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Catalog(entries=(Paper(),))  # type: ignore[arg-type]


def test_catalog_is_not_quadratic(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of papers, each on three pages: pair comparisons grow linearly."""
    rng = random.Random(7)
    words = ["alpha", "beta", "gamma", "delta", "sigma", "omega", "kappa", "theta"]
    bases = []
    for number in range(3000):
        text = " ".join(rng.choice(words) for _ in range(30)) + f" paper {number}."
        bases.append(
            Paper(
                title=f"Paper {number}",
                authors=(Person(name=f"Au Thor{number}"),),
                abstract=f"Study {number}: " + text,
            )
        )
    pages = [
        session_page(*bases),
        Page(
            layout="awards",
            awards=tuple(
                Award(
                    name="Best Paper",
                    paper=attrs.evolve(cut(p.abstract or "", 120), authors=p.authors),
                )
                for p in bases
            ),
        ),
        Page(layout="listing", papers=tuple(attrs.evolve(p, authors=()) for p in bases)),
    ]
    calls = 0
    real_same = dedupe_module._same

    def counting(a: object, b: object) -> bool:
        nonlocal calls
        calls += 1
        return bool(real_same(a, b))

    monkeypatch.setattr(dedupe_module, "_same", counting)
    book = build_catalog(pages)
    assert book.papers == tuple(bases)
    assert calls <= 10 * len(bases)


# -- real pages ---------------------------------------------------------------------------
def test_awards_page_has_five_unique_awards() -> None:
    (page,) = real_pages(["000"])
    assert len(page.awards) == 10
    unique = dedupe(page.awards)
    assert [(a.name, a.paper.authors[0].name, a.virtual) for a in unique] == [
        ("Outstanding Paper", "Paul Vicol", True),
        ("Outstanding Paper Honorable Mention", "Yucheng Lu", False),
        ("Outstanding Paper Honorable Mention", "Lorenz Richter", False),
        ("Outstanding Paper Honorable Mention", "Will Grathwohl", True),
        ("Outstanding Paper Honorable Mention", "Yuandong Tian", True),
    ]
    assert all(a.paper.title is None for a in unique)
    assert [a.paper.abstract_truncated for a in unique] == [False] * 4 + [True]
    assert dedupe(unique) == unique


def tian_entry(book: Catalog) -> CatalogEntry:
    (entry,) = [e for e in book.entries if e.paper.authors[:1] == (Person(name="Yuandong Tian"),)]
    return entry


def test_catalog_of_the_real_pages_gives_the_award_its_title_and_full_abstract() -> None:
    pages = real_pages()
    book = build_catalog(pages)
    entry = tian_entry(book)
    assert entry.paper.title == (
        "Understanding self-supervised learning dynamics without contrastive pairs"
    )
    assert [a.name for a in entry.paper.authors] == [
        "Yuandong Tian",
        "Xinlei Chen",
        "Surya Ganguli",
    ]
    assert entry.paper.abstract is not None and not entry.paper.abstract_truncated
    assert entry.paper.abstract.endswith(
        "\\footnote{\\url{https://github.com/facebookresearch/luckmatters/tree/master/ssl}}."
    )
    assert entry.talks == (pages[1].sessions[0].talks[0],)
    (award,) = entry.awards
    assert (award.name, award.virtual, award.paper.abstract_truncated) == (
        "Outstanding Paper Honorable Mention",
        True,
        True,
    )
    assert entry.award_names == ("Outstanding Paper Honorable Mention",)
    assert entry.listings == ()


def test_catalog_of_the_real_pages_counts() -> None:
    pages = real_pages()
    book = build_catalog(pages)
    talks = [t for p in pages for s in p.sessions for t in s.talks if t.paper is not None]
    listed = [paper for p in pages for paper in p.papers]
    assert (len(talks), len(listed)) == (37, 217)
    # 37 talks + 217 listed papers + 5 awarded papers, one of which is a talk
    assert len(book.entries) == 37 + 217 + 5 - 1
    awarded = [e for e in book.entries if e.awards]
    assert len(awarded) == 5
    untitled = [e for e in awarded if e.paper.title is None]
    assert [e.paper.authors[0].name for e in untitled] == [
        "Paul Vicol",
        "Yucheng Lu",
        "Lorenz Richter",
        "Will Grathwohl",
    ]
    assert all(not e.talks and not e.listings for e in untitled)
    assert sum(len(e.talks) for e in book.entries) == 37
    assert sum(len(e.listings) for e in book.entries) == 217


def test_catalog_of_the_real_pages_does_not_depend_on_page_order() -> None:
    pages = real_pages()
    forward = build_catalog(pages)
    backward = build_catalog(pages[::-1])
    assert Counter(forward.papers) == Counter(backward.papers)
    assert tian_entry(backward) == tian_entry(forward)
    assert forward.entries[0].awards[0].paper.authors[0].name == "Paul Vicol"
    assert backward.entries[0].talks[0].paper == pages[4].sessions[0].talks[0].paper


def test_catalog_of_the_real_pages_json_round_trip() -> None:
    book = build_catalog(real_pages())
    assert confparse.from_json(confparse.to_json(book), Catalog) == book


def test_docs_example_runs() -> None:
    failures, attempted = doctest.testfile(
        str(DOCS), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert attempted > 0
    assert failures == 0


# -- properties ---------------------------------------------------------------------------
_NAMES = [
    "Outstanding Paper",
    "Outstanding Paper Honorable Mention",
    "Best Paper",
    "Test of Time Award",
]


def _real_papers() -> list[Paper]:
    """The papers of the real session and awards pages, pairwise distinct (the awards page's
    copy of a talk's paper is left out)."""
    pages = real_pages(["001", "002", "004", "000"])
    shown = [t.paper for p in pages for s in p.sessions for t in s.talks if t.paper]
    shown += [a.paper for p in pages for a in p.awards]
    titles: set[str] = set()
    starts: set[str] = set()
    distinct = []
    for paper in shown:
        title = fold(paper.title) if paper.title else None
        start = fold(paper.abstract)[:MIN_PREFIX] if paper.abstract else None
        if title not in titles and start not in starts:
            distinct.append(paper)
            titles.add(title or "")
            starts.add(start or "")
    return distinct


REAL_PAPERS = _real_papers()


@st.composite
def _drawn_papers(draw: st.DrawFn) -> Paper:
    has_title = draw(st.booleans())
    paper = draw(cs.papers(title=has_title, abstract=True if not has_title else None))
    return attrs.evolve(paper, abstract_truncated=False)


def base_papers() -> st.SearchStrategy[Paper]:
    """A paper as its most complete page shows it: a real one (drawing text is slow; the
    drawn papers of `confparse.strategies` are used in the pair properties below)."""
    return st.sampled_from(REAL_PAPERS)


# Strategies built once: drawing from a new strategy object per call is slow.
_BOOL = st.booleans()
_FRACTION = st.integers(0, 1000)
_POSITIONS = st.lists(_FRACTION, max_size=4)
_DROP = st.sampled_from([None, "title", "abstract"])


def _damaged(draw: st.DrawFn, text: str) -> str:
    """*text* with a few spaces missing, or its lines glued (``interest.Although``)."""
    if draw(_BOOL) and "\n" in text:
        return text.replace("\n", "")
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    chosen = {spaces[f * (len(spaces) - 1) // 1000] for f in draw(_POSITIONS)}
    return "".join(ch for i, ch in enumerate(text) if i not in chosen)


def _copy(draw: st.DrawFn, base: Paper) -> Paper:
    """A copy of *base* as another page shows it: title or authors missing (awards pages,
    listings), the abstract missing or cut short, spaces damaged; it keeps a title or an
    abstract that it shares with *base*."""
    title, authors, abstract, truncated = base.title, base.authors, base.abstract, False
    if title is not None and abstract is not None:
        drop = draw(_DROP)
        title = None if drop == "title" else title
        abstract = None if drop == "abstract" else abstract
    if draw(_BOOL):
        authors = ()
    if abstract is not None and draw(_BOOL):
        end = 1 + draw(_FRACTION) * (len(abstract) - 1) // 1000
        if len(fold(abstract[:end])) >= MIN_PREFIX:  # shorter cuts would not match
            abstract = abstract[:end].rstrip()
            truncated = True
    if draw(_BOOL):
        title = None if title is None else _damaged(draw, title)
        authors = tuple(Person(name=_damaged(draw, p.name)) for p in authors)
        abstract = None if abstract is None else _damaged(draw, abstract)
    return Paper(title=title, authors=authors, abstract=abstract, abstract_truncated=truncated)


@st.composite
def copies_of(draw: st.DrawFn, base: Paper) -> Paper:
    """Copies of *base* (see `_copy`)."""
    return _copy(draw, base)


_COPIES = st.integers(0, 3)
_NAME = st.sampled_from(_NAMES)
_NAME_LISTS = st.lists(_NAME, min_size=1, max_size=2, unique=True)
_WHERE = st.sampled_from(["talk", "award", "listing"])
_RANDOM = st.randoms(use_true_random=False)


def _shown(draw: st.DrawFn, base: Paper) -> list[Paper]:
    """*base* and up to three copies of it."""
    return [base] + [_copy(draw, base) for _ in range(draw(_COPIES))]


def _distinct_bases(max_size: int) -> st.SearchStrategy[list[Paper]]:
    return st.lists(
        base_papers(),
        min_size=1,
        max_size=max_size,
        unique_by=(
            lambda p: fold(p.title) if p.title else object(),
            lambda p: fold(p.abstract)[:MIN_PREFIX] if p.abstract else object(),
        ),
    )


_FIELD = st.sampled_from(["title", "authors", "abstract"])


def _with_siblings(draw: st.DrawFn, bases: list[Paper]) -> list[Paper]:
    """*bases* plus, for some, a sibling: the same paper with one field taken from another
    paper (same title and authors, another abstract...). Copies that lack that field match
    both and must join neither."""
    papers = list(bases)
    for base in bases:
        if not draw(_BOOL):
            continue
        donor, field = draw(base_papers()), draw(_FIELD)
        mine, theirs = getattr(base, field), getattr(donor, field)
        if mine and theirs and _key_of(field, mine) != _key_of(field, theirs):
            papers.append(attrs.evolve(base, **{field: theirs}))
    return papers


def _key_of(field: str, value: str | tuple[Person, ...]) -> object:
    if isinstance(value, str):
        return fold(value)[:MIN_PREFIX] if field == "abstract" else fold(value)
    return tuple(fold(p.name) for p in value)


@st.composite
def award_copies(draw: st.DrawFn) -> tuple[list[Paper], list[tuple[int, str, Award]]]:
    """Distinct papers, and their awards shown several times each, shuffled: a list of
    ``(paper index, award name, award)``; each (paper, name) has one exact copy."""
    bases = draw(_distinct_bases(3))
    shown: list[tuple[int, str, Award]] = []
    for index, base in enumerate(bases):
        for name in draw(_NAME_LISTS):
            shown += [
                (index, name, Award(name=name, paper=p, virtual=draw(_BOOL)))
                for p in _shown(draw, base)
            ]
    draw(_RANDOM).shuffle(shown)
    return bases, shown


@given(award_copies())
def test_dedupe_merges_exactly_the_copies(
    drawn: tuple[list[Paper], list[tuple[int, str, Award]]],
) -> None:
    bases, shown = drawn
    expected: dict[tuple[int, str], Award] = {}
    for index, name, award in shown:
        seen = expected.get((index, name))
        virtual = award.virtual or (seen is not None and seen.virtual)
        expected[(index, name)] = Award(name=name, paper=bases[index], virtual=virtual)
    assert dedupe(award for _, _, award in shown) == tuple(expected.values())


def covers(merged: Award, copy: Award) -> bool:
    """*merged* has everything *copy* had: name, each field at least as complete, the mark."""
    a, b = merged.paper, copy.paper
    return (
        fold(merged.name) == fold(copy.name)
        and (b.title is None or (a.title is not None and fold(a.title) == fold(b.title)))
        and [fold(p.name) for p in b.authors] in ([], [fold(p.name) for p in a.authors])
        and (
            b.abstract is None
            or (a.abstract is not None and fold(a.abstract).startswith(fold(b.abstract)))
        )
        and (merged.virtual or not copy.virtual)
    )


_EIGHTH = st.integers(0, 7)


@st.composite
def _mostly(draw: st.DrawFn, common: st.SearchStrategy[T], rare: st.SearchStrategy[T]) -> T:
    """*common*, or one time in about eight *rare* (the shipped strategies draw slowly)."""
    return draw(rare if draw(_EIGHTH) == 7 else common)


@st.composite
def confusable_awards(draw: st.DrawFn) -> list[Award]:
    """Awards to papers and their siblings (see `_with_siblings`), shown several times."""
    papers = _with_siblings(draw, draw(_distinct_bases(3)))
    shown = [
        Award(name=draw(_NAME), paper=copy, virtual=draw(_BOOL))
        for paper in papers
        for copy in _shown(draw, paper)
    ]
    draw(_RANDOM).shuffle(shown)
    return shown


_AWARD_LISTS = _mostly(
    st.one_of(
        award_copies().map(lambda drawn: [award for _, _, award in drawn[1]]),
        confusable_awards(),
    ),
    cs.award_pages(max_awards=4).map(lambda page: list(page.awards)),
)


@given(_AWARD_LISTS)
@example(list(confparse.parse(page_text("000")).awards))
def test_dedupe_is_idempotent_and_loses_no_award(awards: list[Award]) -> None:
    once = dedupe(awards)
    assert dedupe(once) == once
    assert len(once) <= len(awards)
    assert all(any(covers(merged, award) for merged in once) for award in awards)


@st.composite
def pages_with_duplicates(
    draw: st.DrawFn, confusable: bool = False
) -> tuple[list[Paper], list[Page]]:
    """Distinct papers, each shown (whole, and as copies) on session, awards and listing
    pages; with *confusable*, their siblings too (see `_with_siblings`)."""
    bases = draw(_distinct_bases(4))
    if confusable:
        bases = _with_siblings(draw, bases)
    talks: list[Talk] = []
    awards: list[Award] = []
    listed: list[Paper] = []
    for base in bases:
        for paper in _shown(draw, base):
            where = draw(_WHERE)
            if where == "talk":
                talks.append(Talk(kind="Oral", paper=paper))
            elif where == "award":
                awards.append(Award(name=draw(_NAME), paper=paper, virtual=draw(_BOOL)))
            else:
                listed.append(paper)
    rng = draw(_RANDOM)
    rng.shuffle(talks)
    rng.shuffle(awards)
    rng.shuffle(listed)
    pages = [
        Page(layout="session", sessions=(Session(talks=tuple(talks)),)),
        Page(layout="awards", awards=tuple(awards)),
        Page(layout="listing", papers=tuple(listed)),
    ]
    return bases, pages


@given(pages_with_duplicates())
def test_catalog_finds_each_paper_once(drawn: tuple[list[Paper], list[Page]]) -> None:
    bases, pages = drawn
    book = build_catalog(pages)
    assert Counter(book.papers) == Counter(bases)
    shown = sum(len(s.talks) for p in pages for s in p.sessions) + sum(len(p.papers) for p in pages)
    assert sum(len(e.talks) + len(e.listings) for e in book.entries) == shown
    for entry in book.entries:
        assert len({fold(a.name) for a in entry.awards}) == len(entry.awards)


_PAGES = _mostly(
    st.just([]),
    st.one_of(
        cs.session_pages(max_talks=2), cs.award_pages(max_awards=2), cs.listing_pages(max_papers=2)
    ).map(lambda page: [page]),
)


@given(pages_with_duplicates(confusable=True), _PAGES, st.randoms(use_true_random=False))
def test_catalog_does_not_depend_on_page_order_and_joins_no_siblings(
    drawn: tuple[list[Paper], list[Page]], more: list[Page], rng: random.Random
) -> None:
    papers, pages = drawn[0], drawn[1] + more
    shuffled = pages[:]
    rng.shuffle(shuffled)
    forward, other = build_catalog(pages), build_catalog(shuffled)
    assert Counter(forward.papers) == Counter(other.papers)
    # no false join: every paper and sibling is found whole; ambiguous copies stay alone
    assert not Counter(papers) - Counter(forward.papers)

    def shown(book: Catalog) -> Counter[tuple[Paper, int, int, int]]:
        return Counter(
            (e.paper, len(e.talks), len(e.awards), len(e.listings)) for e in book.entries
        )

    assert shown(forward) == shown(other)


_ANY_BASE = _mostly(base_papers(), _drawn_papers())  # drawn: unicode names, LaTeX
_COPY_PAIRS = _ANY_BASE.flatmap(lambda base: st.tuples(copies_of(base), copies_of(base)))


@given(_COPY_PAIRS)
def test_copies_join_when_they_share_a_field_and_merge_without_loss(
    pair: tuple[Paper, Paper],
) -> None:
    a, b = pair
    shared = (a.title and b.title) or (a.abstract and b.abstract)
    assert same_paper(a, b) == same_paper(b, a) == bool(shared)
    merged = merge_papers(a, b)
    assert merged == merge_papers(b, a)
    assert merge_papers(merged, merged) == merged
    for copy in pair:
        assert covers(Award(name="A", paper=merged), Award(name="A", paper=copy))


_PAIRS = _mostly(
    st.tuples(base_papers().flatmap(copies_of), base_papers().flatmap(copies_of)),
    st.tuples(cs.papers(), base_papers()),
)


@given(_PAIRS)
def test_same_paper_is_symmetric_and_reflexive_on_joinable_papers(
    pair: tuple[Paper, Paper],
) -> None:
    a, b = pair
    assert same_paper(a, b) == same_paper(b, a)
    assert same_paper(a, a) == (a.title is not None or a.abstract is not None)


def test_duplicate_strategy_mostly_makes_joinable_copies() -> None:
    """The properties are not vacuous: most drawn award lists have copies to merge."""
    outcomes: list[bool] = []

    @settings(max_examples=200, derandomize=True, database=None)
    @given(award_copies())
    def draw(drawn: tuple[list[Paper], list[tuple[int, str, Award]]]) -> None:
        _, shown = drawn
        merged = dedupe(award for _, _, award in shown)
        outcomes.append(
            len(merged) < len(shown)
            and any(a.paper.abstract_truncated or a.paper.title is None for _, _, a in shown)
        )

    draw()
    assert len(outcomes) >= 100
    assert sum(outcomes) / len(outcomes) > 0.5


def test_dedupe_collapses_a_listing_that_shows_every_paper_twice() -> None:
    import confparse

    from conftest import page_text

    page = confparse.parse(page_text("wild/06"))
    assert page.layout == "listing"
    papers = page.papers
    assert len(papers) == 36
    unique = dedupe(papers)
    assert len(unique) == 18
    assert [p.title for p in unique] == [p.title for p in papers[::2]]
    first = unique[0]
    assert first.votes == max(p.votes or 0 for p in papers[:2])
    assert first.links == tuple(
        sorted(set(papers[0].links + papers[1].links), key=lambda x: (x.url, x.text or ""))
    )
    assert dedupe(unique) == unique


# -- where entries come from: sources, venue and year ---------------------------------------
def _real(name: str) -> Page:
    return confparse.parse(PAGES_DIR / name, today=TODAY)


SESSION_TEXT = "session/icml2025_poster-session-3-west.txt"
SESSION_HTML = "html/01_icml2025_session_poster-session-3-west.html"


def test_entries_name_the_pages_that_show_them() -> None:
    text, html, icml2021 = (
        _real(SESSION_TEXT),
        _real(SESSION_HTML),
        _real("001_0d9663f37bf93543.txt"),
    )
    book = build_catalog([text, html, icml2021])
    both = [e for e in book.entries if len(e.sources) == 2]
    assert len(both) == 12  # the text capture's 12 posters are among the HTML page's
    assert all(e.sources == (text.source, html.source) for e in both)
    assert {e.sources for e in book.entries if e not in both} == {
        (html.source,),
        (icml2021.source,),
    }
    # the ICML 2025 pages print their venue; the 2021 capture prints none
    assert {(e.venue, e.year) for e in book.entries if icml2021.source in e.sources} == {
        (None, None)
    }
    assert {(e.venue, e.year) for e in book.entries if html.source in e.sources} == {("ICML", 2025)}
    # provenance, no part in equality
    assert attrs.evolve(both[0], sources=(), venue=None, year=None) == both[0]


def test_an_entry_takes_the_papers_own_venue_first() -> None:
    linked = Paper(
        title="T", links=(confparse.Link(url="https://neurips.cc/virtual/2023/poster/1"),)
    )
    pages = [
        Page(layout="listing", papers=(Paper(title="U"),), venue="ICML", year=2025),
        Page(layout="listing", papers=(linked, Paper(title="U")), venue="ICLR", year=2024),
    ]
    book = build_catalog(pages)
    assert [(e.paper.title, e.venue, e.year, e.sources) for e in book.entries] == [
        ("U", "ICML", 2025, ()),
        ("T", "NeurIPS", 2023, ()),
    ]
    assert (CatalogEntry(paper=linked).venue, CatalogEntry(paper=linked).year) == ("NeurIPS", 2023)


def test_catalog_rows_and_json_keep_source_venue_and_year() -> None:
    book = build_catalog([_real(SESSION_TEXT), _real(SESSION_HTML)])
    rows = confparse.to_records(book)
    assert {row["source"] for row in rows} == {
        f"{PAGES_DIR / SESSION_TEXT}; {PAGES_DIR / SESSION_HTML}",
        str(PAGES_DIR / SESSION_HTML),
    }
    assert {(row["venue"], row["year"]) for row in rows} == {("ICML", 2025)}
    back = confparse.from_json(confparse.to_json(book), Catalog)
    assert [(e.sources, e.venue, e.year) for e in back.entries] == [
        (e.sources, e.venue, e.year) for e in book.entries
    ]


def test_catalog_csv_of_the_command_line_has_the_source(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv
    import io

    from confparse.cli import main

    monkeypatch.chdir(PAGES_DIR)
    argv = ["catalog", SESSION_TEXT, "--example", "icml2021-awards", "--format", "csv", "-q"]
    assert main(argv) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    awards = len(
        build_catalog([confparse.parse(confparse.examples.load("icml2021-awards"))]).entries
    )
    assert [row["source"] for row in rows] == ["example:icml2021-awards"] * awards + [
        SESSION_TEXT
    ] * 12
    assert [(row["venue"], row["year"]) for row in rows] == [("", "")] * awards + [
        ("ICML", "2025")
    ] * 12
