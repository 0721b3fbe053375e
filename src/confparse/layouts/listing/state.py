"""The assembler's state: where it is on the page (`Phase`), what the last line implies
(`After`), the entries and the field it holds (`State`), and the steps that every part of
the assembler takes: open the next paper's entry, settle the links that wait."""

from __future__ import annotations

import enum

from ...models import Link, Paper
from ..kit.ledger import LineState
from .entry import Entry
from .recognise import (
    Recogniser,
)


class Phase(enum.Enum):
    """Where the assembler is on the page."""

    HEADER = "header"
    """The site header: menus, banner, page title, tabs, the listing date."""
    TABS = "tabs"
    """The header after ``by AK and the research community``: ``-`` lines are its tabs."""
    PAPERS = "papers"


class After(enum.Enum):
    """What the last line read implies for the next one."""

    NOTHING = "nothing"
    DATE = "date"
    """A date without a comment count: a bare count next may be the comments."""
    AUTHORS = "authors"
    """An author count (a daily page prints no date): a bare count next may be the
    comments."""
    UPVOTE = "upvote"
    """``Upvote``: the count next is the votes of the paper before."""
    SUBMITTED = "submitted"
    """A bare ``Submitted by``: a one-word line next is the user name."""


PHASE_HEADER = Phase.HEADER
PHASE_TABS = Phase.TABS
PHASE_PAPERS = Phase.PAPERS
AFTER_NOTHING = After.NOTHING
AFTER_DATE = After.DATE
AFTER_AUTHORS = After.AUTHORS
AFTER_UPVOTE = After.UPVOTE
AFTER_SUBMITTED = After.SUBMITTED


class State:
    """The state of one parse: the open entries, the field being read, and what the last
    lines implied.

    ``current`` is the paper whose title (or abstract) was read last; ``upcoming`` holds the
    head lines (``Submitted by``, votes) of the next paper until its title arrives. A bare
    count waits in ``pending`` until the next line tells whose it is; links on lines of
    their own wait in ``floating`` until the next line says which paper is open. The field
    being read is ``run``: the texts of consecutive lines from line ``run_first`` on.
    """

    __slots__ = (
        "absorbed",
        "after",
        "current",
        "day_line",
        "floating",
        "footer",
        "glue",
        "items",
        "lines",
        "links",
        "markdown",
        "menu_years",
        "papers",
        "pending",
        "phase",
        "previous",
        "query_next",
        "recogniser",
        "run",
        "run_after_submitted",
        "run_first",
        "run_open",
        "run_title",
        "state",
        "title_bullet",
        "title_list",
        "undated_year",
        "unsaid",
        "upcoming",
        "with_abstracts",
    )

    def __init__(self, state: LineState) -> None:
        self.state = state
        self.lines = state.document.lines
        self.recogniser = Recogniser(state.document, state.stripped)
        # by 0-based line index: the recogniser's copy of the capture's (read-only) proxy,
        # a dict being quicker to look up on every blank line and value
        self.links = self.recogniser.links
        self.absorbed: set[int] = set()  # bare-URL lines read as text of a paragraph
        # consecutive text lines are one field where the capture format joins them
        self.markdown = state.document.format in ("markdown", "text-browser")
        self.items = state.document.items  # list items: each starts a field of its own
        self.papers: list[Paper] = []
        self.current: Entry | None = None
        self.upcoming: Entry | None = None
        # (line, count, right after the byline's date or author count)
        self.pending: tuple[int, int, bool] | None = None
        self.floating: list[tuple[int | None, Link]] = []  # (URL line or None, link)
        self.run: list[str] | None = None
        self.run_first = 0
        self.run_open = False  # markdown: the run may go on (no blank line since)
        self.run_after_submitted = False
        self.run_title = False  # the run is a title by a strong signal (a title heading)
        self.previous: str | None = None  # the previous field, for duplicate lines
        self.footer = False  # below the pager or a footer line: the footer's lines follow
        self.glue = False  # right after the banner: "Subscribe" may be glued to the next line
        self.phase = PHASE_HEADER
        self.query_next = False  # header: the next line may be the search query
        self.day_line = -1  # header: the line of the day of a date written over two lines
        self.menu_years = False  # header: in the year menu (under "Select Year: (2026)")
        self.title_list = False  # under a papers page's note: each line of text is a title
        self.title_bullet: str | None = None  # the bullet that the list's lines carry
        self.after = AFTER_NOTHING
        self.undated_year: int | None = state.options.year
        self.with_abstracts = False  # a paper of the page has an abstract
        self.unsaid: list[int] = []  # marked titles without an abstract, not reported yet

    def links_at(self, index: int) -> tuple[Link, ...]:
        return self.links.get(index, ())

    def settle_links(self) -> None:
        """Give the links waiting on lines of their own to the paper now open."""
        if not self.floating:
            return
        target = self.upcoming or self.current
        for index, link in self.floating:
            if target is None:
                if index is not None:
                    self.state.skip(index, "url")
                continue
            target.add_links((link,))
            if index is not None:
                self.state.use(index)
                target.include(index, index)
        self.floating.clear()

    def head(self, index: int) -> Entry:
        """The entry of the next paper, opened by a head line at *index*."""
        if self.upcoming is None:
            self.upcoming = Entry(index)
        return self.upcoming
