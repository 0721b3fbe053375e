"""Strategies for paper listings (the ``listing`` layout)."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from ..models import Link, Page, Paper
from ._common import abstracts, names, papers, titles

__all__ = ["listing_pages", "listing_papers"]

_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_USERS = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(_ALNUM[:52]),
    st.text(_ALNUM + "_-", max_size=15),
)  # Hugging Face user names: akhaliq, vvasilev, a43992899, Friedrich-M
_ORGANIZATIONS = st.one_of(
    st.sampled_from(["Meta", "Carnegie Mellon University", "4DCodeBench", "Ant Group", "OCC"]),
    names(),
)


@st.composite
def _links(draw: st.DrawFn) -> tuple[Link, ...]:
    """The links a listing keeps: the paper page, GitHub, arXiv (one in a hundred has a text,
    which a plain listing cannot print)."""
    arxiv = f"{draw(st.integers(1501, 2612))}.{draw(st.integers(0, 99_999)):05d}"
    user, repo = draw(_USERS), draw(_USERS)
    candidates = [
        f"https://huggingface.co/papers/{arxiv}",
        f"https://github.com/{user}/{repo}",
        f"https://arxiv.org/abs/{arxiv}",
    ]
    chosen = draw(st.lists(st.sampled_from(candidates), unique=True, max_size=3))
    text = draw(st.sampled_from((*(None,) * 99, "arXiv Page")))
    return tuple(Link(text=text, url=url) for url in chosen)


@st.composite
def listing_papers(draw: st.DrawFn) -> Paper:
    """Papers as a listing prints them: a title and a one-line abstract, no authors, and in
    half of them what search and trending pages add (votes, comments, GitHub stars, an
    organisation or an author count, the date, the submitter, links).

    Nineteen abstracts in twenty end with a full stop, as real ones do. One paper in fifty is any
    `papers` draw instead (missing fields, authors, line breaks), which a listing cannot print.
    """
    if draw(st.integers(0, 49)) == 0:
        return draw(papers())
    abstract = draw(abstracts(max_paragraphs=1)).replace("\n", " ")
    if not abstract.endswith(".") and draw(st.integers(0, 19)):
        abstract += "."  # most real abstracts end with a full stop
    paper = Paper(
        title=draw(titles()),
        abstract=abstract,
        abstract_truncated=draw(st.integers(0, 4)) == 0,
    )
    if draw(st.booleans()):
        return paper
    published = draw(st.none() | st.dates(date(1990, 1, 1), date(2035, 12, 31)))
    byline = draw(st.sampled_from(["organization", "author_count", "none"]))
    return Paper(
        title=paper.title,
        abstract=paper.abstract,
        abstract_truncated=paper.abstract_truncated,
        votes=draw(st.none() | st.integers(0, 5_000)),
        comments=draw(st.none() | st.integers(0, 300)) if published is not None else None,
        stars=draw(st.none() | st.integers(0, 500_000)),
        author_count=draw(st.integers(1, 200)) if byline == "author_count" else None,
        organization=draw(_ORGANIZATIONS) if byline == "organization" else None,
        published=published,
        submitted_by=draw(st.none() | _USERS),
        links=draw(_links()),
    )


def listing_pages(max_papers: int = 6) -> st.SearchStrategy[Page]:
    """Pages of the ``listing`` layout (papers only, no diagnostics)."""
    return st.lists(listing_papers(), max_size=max_papers).map(
        lambda found: Page(layout="listing", papers=tuple(found))
    )
