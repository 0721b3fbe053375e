"""The papers of many pages, joined: one entry per paper with the talks and awards that show it.

>>> import confparse
>>> from confparse.catalog import build_catalog
>>> pages = [confparse.parse(confparse.examples.load("icml2021-session"))]
>>> book = build_catalog(pages)
>>> len(book.entries), book.entries[0].talks[0].kind
(7, 'Oral')
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..models import Award, Page, Paper, Talk, tuple_of
from ..venues import Venue, fall_back
from .dedupe import awards_by_name, fold, group_keys, merge_award_copies, merge_copies, paper_key

__all__ = ["Catalog", "CatalogEntry", "build_catalog"]


@attrs.frozen(kw_only=True)
class CatalogEntry:
    """One paper and every record that shows it.

    ``paper`` is all the copies merged (`confparse.dedupe.merge_papers`): a title from the
    session page, the full abstract over a truncated one, authors where one page lacks them.
    ``talks`` are the talks that present it, ``awards`` its awards (`confparse.dedupe`: one
    per award name, merged across copies and pages, ``virtual`` when any copy was), and
    ``listings`` the papers of listing pages that show it, each as its page printed it; all
    three in the order of the pages and of the records in them.

    ``sources`` are the sources (`Page.source`) of the pages that show it, once each, in
    page order. ``venue`` and ``year`` are the paper's (`Paper.venue`, `Paper.year`: from
    its links), else those of the first page that shows it and prints a venue
    (`Page.venue`, `Page.year`; `confparse.venues.fall_back`); given no value, the
    paper's. Like `Page.source` these three take no part in equality.
    """

    paper: Paper = attrs.field(validator=attrs.validators.instance_of(Paper))
    talks: tuple[Talk, ...] = attrs.field(default=(), validator=tuple_of(Talk))
    awards: tuple[Award, ...] = attrs.field(default=(), validator=tuple_of(Award))
    listings: tuple[Paper, ...] = attrs.field(default=(), validator=tuple_of(Paper))
    sources: tuple[str, ...] = attrs.field(default=(), eq=False, validator=tuple_of(str))
    # defaults are made before the validators run: a paper that is no Paper gets None here
    # and its TypeError from the validator
    venue: str | None = attrs.field(
        default=attrs.Factory(lambda entry: getattr(entry.paper, "venue", None), takes_self=True),
        eq=False,
    )
    year: int | None = attrs.field(
        default=attrs.Factory(lambda entry: getattr(entry.paper, "year", None), takes_self=True),
        eq=False,
    )

    @property
    def award_names(self) -> tuple[str, ...]:
        """The names of the paper's awards, from award pages and talks' award lines, once each."""
        names: dict[str, str] = {}
        for name in [a.name for a in self.awards] + [t.award for t in self.talks if t.award]:
            names.setdefault(fold(name), name)
        return tuple(names.values())


@attrs.frozen(kw_only=True)
class Catalog:
    """The unique papers of a set of pages (see `catalog`)."""

    entries: tuple[CatalogEntry, ...] = attrs.field(default=(), validator=tuple_of(CatalogEntry))

    @property
    def papers(self) -> tuple[Paper, ...]:
        """The merged paper of each entry, in entry order."""
        return tuple(entry.paper for entry in self.entries)


def build_catalog(pages: Iterable[Page]) -> Catalog:
    """Join the papers of *pages* into a `Catalog` with one entry per paper.

    Every paper the pages show counts: a talk's paper (talks without one are skipped), an
    award's paper and a listing page's paper. Copies are joined by the rule of
    `confparse.dedupe.same_paper`: they must agree on every field both have (authors, title,
    abstract, where a truncated abstract agrees with one that starts with it) and share a
    title or an abstract. So a listing paper without authors joins a talk on its title and
    abstract, an award without a title joins a talk on its authors and abstract, and two
    papers by the same authors with different abstracts stay two. A copy that would join two
    papers which disagree (say a title that two papers with different abstracts share) joins
    neither and gets an entry of its own; so does a paper with neither title nor abstract.

    Which copies join, and each entry's merged ``paper``, do not depend on the order of the
    pages. The entries are in first-seen order: by their first copy, taking the pages in the
    order given and, within a page, the sessions' talks, then the awards, then the listed
    papers, each in page order.

    The work grows with the number of copies, not with its square: candidate copies are
    found through indexes on the title and on the start of the abstract.

    Raises:
        TypeError: *pages* is not an iterable of `Page` records.
    """
    if isinstance(pages, Page) or not isinstance(pages, Iterable):
        raise TypeError(
            f"build_catalog takes an iterable of Page records, not {type(pages).__name__}"
            + (" (wrap one page in a list)" if isinstance(pages, Page) else "")
        )
    papers: list[Paper] = []
    shown_by: list[Talk | Award | Paper] = []
    shown_on: list[Page] = []
    for page in pages:
        if not isinstance(page, Page):
            raise TypeError(f"build_catalog takes Page records, not {type(page).__name__}")
        for session in page.sessions:
            for talk in session.talks:
                if talk.paper is not None:
                    papers.append(talk.paper)
                    shown_by.append(talk)
        for award in page.awards:
            papers.append(award.paper)
            shown_by.append(award)
        for paper in page.papers:
            papers.append(paper)
            shown_by.append(paper)
        shown_on += [page] * (len(papers) - len(shown_on))

    entries = []
    for group in group_keys([paper_key(paper) for paper in papers]):
        records = [shown_by[index] for index in group]
        awards = [record for record in records if isinstance(record, Award)]
        merged = merge_copies([papers[index] for index in group])
        on = list({id(shown_on[index]): shown_on[index] for index in sorted(group)}.values())
        venue = _venue(merged, on)
        entries.append(
            CatalogEntry(
                paper=merged,
                talks=tuple(record for record in records if isinstance(record, Talk)),
                awards=tuple(
                    merge_award_copies([awards[i] for i in copies])
                    for copies in awards_by_name(awards).values()
                ),
                listings=tuple(record for record in records if isinstance(record, Paper)),
                sources=tuple(dict.fromkeys(page.source for page in on if page.source)),
                venue=venue.venue,
                year=venue.year,
            )
        )
    return Catalog(entries=tuple(entries))


def _venue(paper: Paper, pages: list[Page]) -> Venue:
    """*paper*'s venue and year, else those of the first of *pages* that prints a venue."""
    own = Venue(paper.venue, paper.year)
    printed = next((Venue(p.venue, p.year) for p in pages if p.venue is not None), Venue())
    return fall_back(own, printed)
