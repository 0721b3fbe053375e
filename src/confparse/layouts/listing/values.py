"""Reading value lines: each count, date, byline and ``Submitted by`` goes to the paper it
belongs to (the paper before, or the next one for head lines)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ...models import Link, YearSource
from ..kit.counts import voted_paper
from ..kit.vocabulary import MONTHS
from .entry import Entry
from .furniture import Item
from .recognise import (
    KIND_COMMENTS,
    KIND_VOTES,
    Kind,
)
from .state import (
    AFTER_AUTHORS,
    AFTER_DATE,
    AFTER_NOTHING,
    AFTER_SUBMITTED,
    AFTER_UPVOTE,
    State,
)

_SKIPPED = frozenset(
    (
        "upvote-label",
        "upvote-checkbox",
        "view-all",
        "byline-separator",
        "list-bullets",
        "image-name",
    )
)
"""Furniture that holds no value."""


class ValueReader(State):
    """The part of the assembler that gives the value of each furniture line to its paper."""

    __slots__ = ()

    def furniture(self, index: int, line: str, item: Item, kind: Kind) -> None:
        """Give the value of furniture *item* (line *index*, of *kind*) to the paper it
        belongs to."""
        state = self.state
        after, self.after = self.after, AFTER_NOTHING
        after_byline = after is AFTER_DATE or after is AFTER_AUTHORS
        upvote = after is AFTER_UPVOTE
        self.previous = None
        rule, links = item.rule, self.links.get(index, ())
        current = self.current
        if rule == "vote-comment-counts":
            self.settle_count(False)
            self.counts(index, item, links)
            return
        if rule == "count":
            assert item.number is not None
            if (
                line == "-"
                and current is not None
                and current.abstract is not None
                and not current.byline
            ):  # the avatars of the authors, whose pictures the capture lost
                state.skip(index, "author-avatars")
                current.tail = True
                return
            self.settle_count(False)
            if kind is KIND_COMMENTS and current is not None and current.comments is None:
                current.tail = True
                self.put(current, "comments", item.number, index, links)
            elif upvote or kind is KIND_VOTES:
                self.votes(index, item.number, links, upvote)
            else:
                self.pending = index, item.number, after_byline
            return
        if rule == "submitted-by":
            # a count right after the byline of the paper before, then "Submitted by": that
            # paper's comments (a daily page prints the votes after "Submitted by")
            self.settle_count(self.pending is None or not self.pending[2])
            entry = self.head(index)
            if item.text is not None:
                self.put(entry, "submitted_by", item.text, index, links)
            else:
                state.use(index)
                entry.include(index, index)
                self.after = AFTER_SUBMITTED
            return
        self.settle_count(False)
        if rule == "vote-count":  # "[-] 12" comes before the title of its paper
            self.put(self.head(index), "votes", item.number, index, links)
        elif rule in _SKIPPED:
            state.skip(index, rule)
            if rule == "upvote-label":
                self.after = AFTER_UPVOTE
            if rule == "byline-separator" and current is not None:
                current.byline = current.tail = True
        elif current is None:
            state.report(
                index,
                "unplaced-value",
                "listing furniture with no paper before it",
                severity="warning",
            )
        else:
            current.tail = True
            if rule == "star-count":
                self.put(current, "stars", item.number, index, links)
            elif rule == "author-count" or rule == "author-comment-counts":
                current.byline = True
                self.put(current, "author_count", item.number, index, links)
                self.after = AFTER_AUTHORS
                if item.comments is not None:  # printed on the same line
                    self.put(current, "comments", item.comments, index, ())
            else:  # date, organization-date
                current.byline = True
                if item.text is not None:
                    self.put(current, "organization", item.text.strip(), index, links)
                self.date(current, index, item)

    def counts(self, index: int, item: Item, links: Sequence[Link]) -> None:
        """The votes and comment count of line *index* (*item*), whose links name their
        paper: the paper before's, when it is that paper (or links to no paper page)."""
        current, paper = self.current, item.text
        assert item.number is not None and paper is not None
        if current is None or not (current.links_to(paper) or not current.paper_linked()):
            self.state.report(
                index,
                "unplaced-count",
                "votes and comments of a paper that is not the one before them",
                severity="warning",
            )
            return
        current.tail = True
        self.put(current, "votes", item.number, index, links)
        self.put(current, "comments", item.comments, index, ())

    def votes(self, index: int, votes: int, links: Sequence[Link], upvote: bool) -> None:
        """The count of a vote button: after ``Upvote`` or naming the paper before, that
        paper's votes; else (search pages print it before the title) the next paper's."""
        voted = self.recogniser.voted  # read with the count's kind, when its line has links
        paper = voted[index] if index in voted else _voted(links)
        current = self.current
        target: Entry | None = None
        if current is not None and (upvote or (paper is not None and current.links_to(paper))):
            held = current.vote_paper
            if (
                current.votes is not None
                and held is not None
                and not current.links_to(held)
                and (paper is None or current.links_to(paper))
            ):  # the votes it holds are another paper's (whose title was lost)
                self.state.report(
                    current.vote_index,
                    "unplaced-count",
                    "the votes of a paper whose title is missing",
                    severity="warning",
                )
                current.votes = None
            if current.votes is None:
                target = current
                current.tail = True
        entry = target or self.head(index)
        if entry.votes is None:
            entry.vote_index, entry.vote_paper = index, paper
        self.put(entry, "votes", votes, index, links)

    def put(
        self, entry: Entry, field: str, value: object, index: int, links: Sequence[Link]
    ) -> None:
        """Set *field* of *entry* from line *index*; a second value is reported, not kept."""
        if not self.assign(entry, field, value, index):
            return
        self.state.use(index)
        entry.include(index, index)
        if self.floating:
            self.settle_links()
        if links:
            entry.add_links(links)

    def assign(self, entry: Entry, field: str, value: object, index: int) -> bool:
        """Set *field* of *entry* to *value* (from line *index*) unless it has one already."""
        if value is not None and getattr(entry, field) is not None:
            self.state.report(
                index,
                "repeated-value",
                f"a second {field.replace('_', ' ')} for one paper; the first is kept",
                severity="warning",
            )
            return False
        if value is not None:
            setattr(entry, field, value)
        return True

    def date(self, entry: Entry, index: int, item: Item) -> None:
        """The paper date (and comment count) of date line *index*."""
        state = self.state
        if entry.dated:
            state.report(
                index,
                "repeated-value",
                "a second date for one paper; the first is kept",
                severity="warning",
            )
            return
        entry.dated = True
        state.use(index)
        entry.include(index, index)
        self.settle_links()
        entry.add_links(self.links_at(index))
        if item.number is not None:
            entry.comments = item.number
        else:
            self.after = AFTER_DATE
        assert item.day is not None
        month, day, year = item.day
        source: YearSource = "page"
        if year is None:
            year = self.undated_year
            if year is None:
                state.report(
                    index,
                    "year-unknown",
                    "the date has no year and the page gives none; published is None "
                    "(pass year= to set it)",
                    severity="info",
                )
                return
            if self.state.options.year is not None:
                source = "argument"
        try:
            entry.published = date(year, month, day)
        except ValueError:
            state.report(index, "invalid-date", f"no such date: {MONTHS[month - 1]} {day}, {year}")
            return
        self.state.note_year(source)

    def settle_count(self, before_title: bool) -> None:
        """Decide whose the pending bare count is: the votes of the next paper when a title
        (or ``Submitted by``) follows it or its head lines came before it, else the comment
        count of the paper whose date (or author count) it follows; anything else is
        reported."""
        if self.pending is None:
            return
        index, count, after_byline = self.pending
        self.pending = None
        if before_title:
            entry = self.head(index)
            if entry.votes is None:
                self.put(entry, "votes", count, index, ())
                return
        current, upcoming = self.current, self.upcoming
        if after_byline and current is not None and current.comments is None:
            self.put(current, "comments", count, index, ())
            return
        if upcoming is not None and upcoming.votes is None:  # inside the head of the next
            self.put(upcoming, "votes", count, index, ())
            return
        self.state.report(
            index,
            "unplaced-count",
            "a count that is neither votes before a title nor comments after a date",
            severity="warning",
        )


def _voted(links: Sequence[Link]) -> str | None:
    """The id of the paper that the vote button with *links* names, if it names one."""
    for link in links:
        paper = voted_paper(link.url)
        if paper is not None:
            return paper
    return None
