"""A paper being assembled: its fields so far and the lines it was read from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ...models import Link, Paper, Span
from ..kit.links import is_paper_link
from .links import keeps_link


class Entry:
    """One paper being assembled: its fields so far and the lines it was read from."""

    __slots__ = (
        "abstract",
        "author_count",
        "byline",
        "comments",
        "dated",
        "first",
        "last",
        "links",
        "marked",
        "organization",
        "published",
        "stars",
        "submitted_by",
        "tail",
        "title",
        "title_index",
        "truncated",
        "vote_index",
        "vote_paper",
        "votes",
    )

    def __init__(self, first: int) -> None:
        self.first = self.last = first
        self.title: str | None = None
        self.title_index = first
        self.abstract: str | None = None
        self.truncated = False
        self.votes: int | None = None
        self.vote_index = first  # the line of the votes
        self.vote_paper: str | None = None  # the paper its vote button names
        self.comments: int | None = None
        self.stars: int | None = None
        self.author_count: int | None = None
        self.organization: str | None = None
        self.published: date | None = None
        self.submitted_by: str | None = None
        self.links: dict[str, Link] = {}  # URL -> the first link to it, in page order
        self.dated = False  # a date line was read (the date itself may be unknown)
        self.byline = False  # an organisation, author count, "·" or date was read
        self.tail = False  # anything after the abstract was read
        self.marked = False  # the title is marked: a link to its page, a title heading

    def include(self, first: int, last: int) -> None:
        """Widen the span of the entry to lines *first*..*last*."""
        if first < self.first:
            self.first = first
        if last > self.last:
            self.last = last

    def add_links(self, links: Sequence[Link]) -> None:
        kept = self.links
        for link in links:
            if link.url not in kept and keeps_link(link.url):
                kept[link.url] = link

    def links_to(self, paper: str) -> bool:
        """Whether the entry links to the page of paper *paper* (an arXiv id)."""
        return any(url.rstrip("/").endswith("/papers/" + paper) for url in self.links)

    def paper_linked(self) -> bool:
        """Whether the entry links to a paper's page (on Hugging Face or elsewhere)."""
        return any("/papers/" in url or is_paper_link(url) for url in self.links)

    def votes_only(self) -> bool:
        """Whether the entry holds votes and nothing else (no text, no other value)."""
        return (
            self.title is None
            and self.abstract is None
            and self.submitted_by is None
            and not self.links
            and self.author_count is None
            and self.organization is None
            and not self.dated
            and self.stars is None
        )

    def paper(self, span: Span) -> Paper:
        """The entry as a paper on the lines of *span*."""
        return Paper(
            title=self.title,
            abstract=self.abstract,
            abstract_truncated=self.truncated,
            links=tuple(self.links.values()),
            votes=self.votes,
            comments=self.comments,
            stars=self.stars,
            author_count=self.author_count,
            organization=self.organization,
            published=self.published,
            submitted_by=self.submitted_by,
            span=span,
        )
