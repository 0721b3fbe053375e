"""Duplicates: when two records show the same paper, and how their copies merge.

Pages repeat themselves: an awards page lists an award once in person and once
``[ Virtual ]``, and cuts some abstracts short; a session page names the same paper with a
title; a listing has no authors. This module decides when two `Paper` records are copies of
one paper (`same_paper`), merges copies without losing what any of them had
(`merge_papers`), and removes repeated awards (`dedupe`). `confparse.catalog` uses the same
rules across pages.

**Comparing texts.** Titles, author names and abstracts are compared after Unicode NFC
normalisation and case folding, with all whitespace removed, so that ``"of the"``,
``"ofthe"`` and ``"of\\nthe"`` compare equal (PDF extraction and copying damage spaces, not
letters).

**Same paper.** Two papers are the same when they agree on every field that both have and
share a title or an abstract:

- authors: both author lists have the same names in the same order (or one side has none);
- title: equal (or one side has none);
- abstract: equal, or one is marked truncated (``abstract_truncated``), keeps at least
  `MIN_PREFIX` characters (whitespace not counted) and the other starts with it (or one side
  has none);
- and at least one of title and abstract is present on both sides.

Authors alone never make a join, so two papers by the same people with different abstracts
stay two, and a paper with neither title nor abstract is never the same as another one, not
even an identical copy (nothing tells two papers by the same people apart).

The rule is not transitive: a copy with only a title can match two papers that share that
title but have different abstracts. When copies are grouped (`dedupe`, `confparse.catalog`),
such a copy joins neither of them and stays on its own; which copies join never depends on
their order.

**Merging.** The merged paper has every field that any copy had: the title and authors of
the copy that has them (when copies differ only in whitespace or case, the one with the most
characters, then the first in code-point order), and the longest abstract (the full one over
a truncated one; ``abstract_truncated`` only when no copy had the whole abstract). Listing
fields merge too: the largest ``votes``, ``comments``, ``stars`` and ``author_count`` any copy
shows (counts only grow between captures), the earliest ``published`` date, every link once
(sorted by URL), and the lay summary, organisation and submitter like titles. A record
merged from two or more copies has ``span=None``; a record with one copy is returned as is.
The result does not depend on the order of the copies.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import NamedTuple, overload

from ..models import Award, Paper, Person

__all__ = ["MIN_PREFIX", "dedupe", "merge_papers", "same_paper"]

MIN_PREFIX = 50
"""A truncated abstract matches a longer one only if it keeps at least this many characters
(whitespace not counted); a shorter one matches only an equal abstract."""


def fold(text: str) -> str:
    """*text* NFC-normalised, case-folded, with all whitespace removed."""
    return "".join(unicodedata.normalize("NFC", text).casefold().split())


class _Key(NamedTuple):
    """What `same_paper` compares, computed once per paper."""

    title: str | None
    authors: tuple[str, ...] | None
    abstract: str | None
    truncated: bool


def paper_key(paper: Paper) -> _Key:
    return _Key(
        title=None if paper.title is None else fold(paper.title),
        authors=tuple(fold(person.name) for person in paper.authors) or None,
        abstract=None if paper.abstract is None else fold(paper.abstract),
        truncated=paper.abstract_truncated,
    )


def _abstracts_agree(a: str, a_cut: bool, b: str, b_cut: bool) -> bool:
    """Folded abstracts agree: equal, or the shorter is cut, long enough, and starts the other."""
    if a == b:
        return True
    if len(a) > len(b):
        a, a_cut, b = b, b_cut, a
    return a_cut and len(a) >= MIN_PREFIX and b.startswith(a)


def _conflict(a: _Key, b: _Key) -> str | None:
    """The first field on which *a* and *b* disagree, or ``None`` when they are compatible."""
    if a.authors is not None and b.authors is not None and a.authors != b.authors:
        return "authors"
    if a.title is not None and b.title is not None and a.title != b.title:
        return "title"
    if (
        a.abstract is not None
        and b.abstract is not None
        and not _abstracts_agree(a.abstract, a.truncated, b.abstract, b.truncated)
    ):
        return "abstract"
    return None


def _same(a: _Key, b: _Key) -> bool:
    shared = (a.title is not None and b.title is not None) or (
        a.abstract is not None and b.abstract is not None
    )
    return shared and _conflict(a, b) is None


def same_paper(a: Paper, b: Paper) -> bool:
    """True when *a* and *b* are copies of one paper (see the module docstring for the rule).

    >>> from confparse import Paper, Person
    >>> full = Paper(
    ...     authors=(Person(name="Yucheng Lu"), Person(name="Christopher De Sa")),
    ...     abstract="Decentralization is a promising method of scaling up parallel "
    ...     "machine learning systems. In this paper, we provide a tight lower bound.",
    ... )
    >>> cut = Paper(
    ...     title="Optimal Complexity in Decentralized Training",
    ...     abstract="Decentralization is a promising method of scalingup parallel machine",
    ...     abstract_truncated=True,
    ... )
    >>> same_paper(full, cut)
    True
    >>> same_paper(full, Paper(authors=full.authors, abstract="Another paper by them."))
    False
    """
    return _same(paper_key(a), paper_key(b))


def _most_characters(text: str) -> tuple[int, str]:
    return -len(text), text


def merge_copies(papers: Sequence[Paper]) -> Paper:
    """Merge pairwise compatible *papers* (see the module docstring)."""
    if len(papers) == 1:
        return papers[0]
    titles = [p.title for p in papers if p.title is not None]
    author_lists = [p.authors for p in papers if p.authors]
    abstracts = [(p.abstract, p.abstract_truncated) for p in papers if p.abstract is not None]

    def author_order(authors: tuple[Person, ...]) -> tuple[int, tuple[str, ...]]:
        return -sum(len(p.name) for p in authors), tuple(p.name for p in authors)

    def abstract_order(item: tuple[str, bool]) -> tuple[int, bool, int, str]:
        text, truncated = item
        return -len(fold(text)), truncated, -len(text), text

    abstract, truncated = min(abstracts, key=abstract_order) if abstracts else (None, False)
    summaries = [p.lay_summary for p in papers if p.lay_summary is not None]
    links = sorted({(link.url, link.text or ""): link for p in papers for link in p.links}.items())
    return Paper(
        title=min(titles, key=_most_characters) if titles else None,
        authors=min(author_lists, key=author_order) if author_lists else (),
        abstract=abstract,
        abstract_truncated=truncated,
        lay_summary=min(summaries, key=_most_characters) if summaries else None,
        links=tuple(link for _, link in links),
        votes=_largest(p.votes for p in papers),
        comments=_largest(p.comments for p in papers),
        stars=_largest(p.stars for p in papers),
        author_count=_largest(p.author_count for p in papers),
        organization=_first_text(p.organization for p in papers),
        published=min((p.published for p in papers if p.published), default=None),
        submitted_by=_first_text(p.submitted_by for p in papers),
    )


def _largest(counts: Iterable[int | None]) -> int | None:
    """The largest count a copy shows (counts only grow between captures)."""
    return max((count for count in counts if count is not None), default=None)


def _first_text(texts: Iterable[str | None]) -> str | None:
    present = [text for text in texts if text is not None]
    return min(present, key=_most_characters) if present else None


def merge_papers(a: Paper, b: Paper) -> Paper:
    """One paper with everything that *a* and *b* have (see the module docstring).

    The result is the same for ``merge_papers(b, a)``. *a* and *b* need not share a field
    (a paper with only a title merges with one with only an abstract), but they must not
    disagree.

    Raises:
        ValueError: *a* and *b* disagree on their authors, titles or abstracts.
    """
    field = _conflict(paper_key(a), paper_key(b))
    if field is not None:
        raise ValueError(f"cannot merge two different papers: their {field} differ")
    return merge_copies((a, b))


# -- grouping -----------------------------------------------------------------------------
def _consistent(keys: Sequence[_Key]) -> bool:
    return all(_conflict(a, b) is None for a, b in combinations(keys, 2))


def _components(nodes: Sequence[int], neighbours: Sequence[set[int]]) -> list[list[int]]:
    """Connected components of the graph restricted to *nodes*."""
    allowed = set(nodes)
    seen: set[int] = set()
    components = []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        component, stack = [], [start]
        while stack:
            node = stack.pop()
            component.append(node)
            for other in neighbours[node]:
                if other in allowed and other not in seen:
                    seen.add(other)
                    stack.append(other)
        components.append(component)
    return components


def _resolve(variants: Sequence[_Key], neighbours: Sequence[set[int]]) -> list[list[int]]:
    """Split the match graph into groups of pairwise compatible variants.

    A connected component whose members are pairwise compatible is one group. Otherwise a
    member that matches two variants which disagree (a paper with only a title that two
    papers with different abstracts share) is ambiguous: it stays alone, and the rest is
    split again. Nothing here depends on the order of *variants*.
    """
    groups: list[list[int]] = []
    work = _components(range(len(variants)), neighbours)
    while work:
        component = work.pop()
        if len(component) == 1 or _consistent([variants[v] for v in component]):
            groups.append(component)
            continue
        inside = set(component)
        ambiguous = {
            v
            for v in component
            if not _consistent([variants[u] for u in neighbours[v] if u in inside])
        }
        if not ambiguous:  # a long chain of partial matches: join nothing
            ambiguous = inside
        groups.extend([v] for v in ambiguous)
        rest = [v for v in component if v not in ambiguous]
        work.extend(_components(rest, neighbours))
    return groups


def group_keys(keys: Sequence[_Key]) -> list[list[int]]:
    """Indices of *keys* grouped into papers, each group ascending, groups by first index.

    Candidate pairs come from two indexes, by title and by the first `MIN_PREFIX`
    characters of the abstract, so the work grows with the number of papers and copies,
    not with its square. Identical keys that have a title or an abstract are one variant.
    """
    members: list[list[int]] = []
    variants: list[_Key] = []
    variant_of: dict[_Key, int] = {}
    for index, key in enumerate(keys):
        joinable = key.title is not None or key.abstract is not None
        variant = variant_of.get(key) if joinable else None
        if variant is None:
            variant = len(variants)
            variants.append(key)
            members.append([])
            if joinable:
                variant_of[key] = variant
        members[variant].append(index)

    buckets: dict[tuple[bool, str], list[int]] = {}
    for variant, key in enumerate(variants):
        if key.title is not None:
            buckets.setdefault((True, key.title), []).append(variant)
        if key.abstract is not None:
            buckets.setdefault((False, key.abstract[:MIN_PREFIX]), []).append(variant)
    neighbours: list[set[int]] = [set() for _ in variants]
    for bucket in buckets.values():
        for a, b in combinations(bucket, 2):
            if b not in neighbours[a] and _same(variants[a], variants[b]):
                neighbours[a].add(b)
                neighbours[b].add(a)

    groups = [
        sorted(i for v in group for i in members[v]) for group in _resolve(variants, neighbours)
    ]
    groups.sort(key=lambda group: group[0])
    return groups


# -- awards -------------------------------------------------------------------------------
def merge_award_copies(copies: Sequence[Award]) -> Award:
    """One award from copies of the same award to the same paper."""
    if len(copies) == 1:
        return copies[0]
    return Award(
        name=copies[0].name,
        paper=merge_copies([copy.paper for copy in copies]),
        virtual=any(copy.virtual for copy in copies),
    )


def awards_by_name(awards: Sequence[Award]) -> dict[str, list[int]]:
    names: dict[str, list[int]] = {}
    for index, award in enumerate(awards):
        names.setdefault(fold(award.name), []).append(index)
    return names


@overload
def dedupe(records: Iterable[Award]) -> tuple[Award, ...]: ...


@overload
def dedupe(records: Iterable[Paper]) -> tuple[Paper, ...]: ...


def dedupe(records: Iterable[Award] | Iterable[Paper]) -> tuple[Award, ...] | tuple[Paper, ...]:
    """*records* without their copies, in first-seen order: one `Award` per award name and
    paper, or (given papers, e.g. a listing that shows every paper twice) one `Paper` per
    paper, merged with `merge_papers`.

    Two awards are copies when their names are equal (compared like texts, see the module
    docstring) and their papers are the `same_paper`. The copies merge into one award:

    - ``name``: as the first copy prints it;
    - ``paper``: the copies' papers merged (`merge_papers`): the full abstract wins over a
      truncated one, a title or authors that one copy lacks come from another;
    - ``virtual``: true when any copy was marked ``[ Virtual ]``. The mark is the only thing
      a page says about how a paper was shown, so it is kept; ``virtual=False`` means no copy
      had it. (On the ICML 2021 awards page each award is listed once unmarked and once
      ``[ Virtual ]``; the merged award is ``virtual=True``.)
    - ``span``: that of the award when it had one copy, ``None`` when merged.

    Awards whose paper has neither title nor abstract are kept as they are, each on its own.
    ``dedupe`` is idempotent and keeps every (award name, paper) pair of its input.

    >>> from confparse import Award, Paper
    >>> full = Paper(abstract="We propose a general and scalable approximate sampling "
    ...              "strategy for probabilistic models with discrete variables.")
    >>> cut = Paper(abstract=full.abstract[:80], abstract_truncated=True)
    >>> merged, = dedupe([Award(name="Outstanding Paper", paper=cut),
    ...                   Award(name="Outstanding Paper", paper=full, virtual=True)])
    >>> merged.paper == full, merged.virtual
    (True, True)
    """
    items = tuple(records)
    if items and all(isinstance(item, Paper) for item in items):
        papers: tuple[Paper, ...] = items  # type: ignore[assignment]
        groups = group_keys([paper_key(paper) for paper in papers])
        return tuple(merge_copies([papers[i] for i in group]) for group in groups)
    awards: tuple[Award, ...] = items  # type: ignore[assignment]
    merged: list[tuple[int, Award]] = []
    for indices in awards_by_name(awards).values():
        keys = [paper_key(awards[i].paper) for i in indices]
        for group in group_keys(keys):
            copies = [awards[indices[i]] for i in group]
            merged.append((indices[group[0]], merge_award_copies(copies)))
    merged.sort(key=lambda item: item[0])
    return tuple(award for _, award in merged)
