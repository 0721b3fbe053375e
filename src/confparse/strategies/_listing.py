"""Strategies for paper listings (the ``listing`` layout)."""

from __future__ import annotations

from hypothesis import strategies as st

from ..models import Page, Paper
from ._common import abstracts, papers, titles

__all__ = ["listing_pages", "listing_papers"]


@st.composite
def listing_papers(draw: st.DrawFn) -> Paper:
    """Papers as a listing prints them: a title and a one-line abstract, no authors.

    Nineteen abstracts in twenty end with a full stop, as real ones do. One paper in fifty is any
    `papers` draw instead (missing fields, authors, line breaks), which a listing cannot print.
    """
    if draw(st.integers(0, 49)) == 0:
        return draw(papers())
    abstract = draw(abstracts(max_paragraphs=1)).replace("\n", " ")
    if not abstract.endswith(".") and draw(st.integers(0, 19)):
        abstract += "."  # most real abstracts end with a full stop
    return Paper(
        title=draw(titles()),
        abstract=abstract,
        abstract_truncated=draw(st.integers(0, 4)) == 0,
    )


def listing_pages(max_papers: int = 6) -> st.SearchStrategy[Page]:
    """Pages of the ``listing`` layout (papers only, no diagnostics)."""
    return st.lists(listing_papers(), max_size=max_papers).map(
        lambda found: Page(layout="listing", papers=tuple(found))
    )
