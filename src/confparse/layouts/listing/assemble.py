"""Assembling: the `Paper` records of a listing, built from its recognised lines.

`_Listing` reads the lines in order, with its state in `Phase` (where on the page) and
`After` (what the last line implies for the next), and gives every value to the paper it
belongs to, held in an `_Entry` until the paper is finished.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from datetime import date, timedelta

from ...capture.document import Document
from ...models import Link, Paper, Span, YearSource
from ..kit.counts import voted_paper
from ..kit.embedded import embedded_papers, merge_embedded
from ..kit.fields import split_truncation
from ..kit.ledger import BOILERPLATE, Ledger, LineState
from ..kit.records import Records
from .furniture import _MENU_GITHUB, HEADER, SUBSCRIBE, _Item, _item, header_rule
from .links import _keeps, _site_page
from .recognise import (
    _KIND_COMMENTS,
    _KIND_FURNITURE,
    _KIND_VOTES,
    Kind,
    Token,
    _Recogniser,
)
from .shapes import _MONTHS, _URL, _USER_NAME, line_shape

_BOILERPLATE_MAX_CHARS = max(map(len, BOILERPLATE))
"""Longer lines are not looked up in `BOILERPLATE` (which would hash every abstract)."""


class _Entry:
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
            if link.url not in kept and _keeps(link.url):
                kept[link.url] = link

    def links_to(self, paper: str) -> bool:
        """Whether the entry links to the page of paper *paper* (an arXiv id)."""
        return any(url.rstrip("/").endswith("/papers/" + paper) for url in self.links)

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

    def paper(self) -> Paper:
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
            span=Span(first=self.first + 1, last=self.last + 1),
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
    UPVOTE = "upvote"
    """``Upvote``: the count next is the votes of the paper before."""
    SUBMITTED = "submitted"
    """A bare ``Submitted by``: a one-word line next is the user name."""


_PHASE_HEADER = Phase.HEADER
_PHASE_TABS = Phase.TABS
_PHASE_PAPERS = Phase.PAPERS
_AFTER_NOTHING = After.NOTHING
_AFTER_DATE = After.DATE
_AFTER_UPVOTE = After.UPVOTE
_AFTER_SUBMITTED = After.SUBMITTED


_LABEL_MAX_CHARS = 40
"""Menu labels are short (``Buckets new``, ``Log In``); a paper title rarely is."""
_LABEL_URL_LINES = 2
"""How far under a label a text export prints its URL (past one blank line)."""


class _Listing:
    """One parse: the open entries, the field being read, and what the last lines implied.

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
        "floating",
        "glue",
        "lines",
        "links",
        "markdown",
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
        "sources",
        "state",
        "undated_year",
        "unsaid",
        "upcoming",
        "with_abstracts",
    )

    def __init__(self, state: LineState) -> None:
        self.state = state
        self.links = state.document.links  # by 0-based line index
        self.lines = state.document.lines
        self.recogniser = _Recogniser(state.document, state.stripped)
        self.absorbed: set[int] = set()  # bare-URL lines read as text of a paragraph
        # consecutive text lines are one field where the capture format joins them
        self.markdown = state.document.format in ("markdown", "text-browser")
        self.papers: list[Paper] = []
        self.current: _Entry | None = None
        self.upcoming: _Entry | None = None
        self.pending: tuple[int, int, bool] | None = None  # (line, count, right after a date)
        self.floating: list[tuple[int | None, Link]] = []  # (URL line or None, link)
        self.run: list[str] | None = None
        self.run_first = 0
        self.run_open = False  # markdown: the run may go on (no blank line since)
        self.run_after_submitted = False
        self.run_title = False  # the run is a title by a strong signal (a title heading)
        self.previous: str | None = None  # the previous field, for duplicate lines
        self.glue = False  # right after the banner: "Subscribe" may be glued to the next line
        self.phase = _PHASE_HEADER
        self.query_next = False  # header: the next line may be the search query
        self.after = _AFTER_NOTHING
        self.undated_year: int | None = state.options.year
        self.with_abstracts = False  # a paper of the page has an abstract
        self.unsaid: list[int] = []  # marked titles without an abstract, not reported yet

    def links_at(self, index: int) -> tuple[Link, ...]:
        return self.links.get(index, ())

    # -- the line loop ----------------------------------------------------------------------
    def read(self) -> None:
        """Read every line of the page, in order."""
        links, line = self.links, self.line
        for index, stripped in enumerate(self.state.stripped):
            if stripped:
                line(index, stripped)
                continue
            if links:
                found = links.get(index)
                if found:
                    if self.run_open and self.bare_url(index, found):
                        continue  # the URL is the next line of the paragraph
                    # links whose text the capture lost wait for the next field
                    self.floating += [(None, link) for link in found]
            self.run_open = False  # a blank line ends a markdown paragraph

    def bare_url(self, index: int, found: tuple[Link, ...]) -> bool:
        """Add the URL of a bare-URL line (which the markdown reader takes out of the text,
        leaving the line blank) to the paragraph it goes on, as its next line."""
        (link, *others) = found
        run = self.run
        if others or link.text is not None or run is None or self.run_title or not self.markdown:
            return False
        url = link.url
        if _URL.fullmatch(url) is None or url.endswith(")") or "huggingface.co" in url:
            return False
        run.append(url)
        self.absorbed.add(index)  # text, as in the page; not a link of the paper
        return True

    def line(self, index: int, line: str) -> None:
        """Read non-blank line *index* (stripped *line*)."""
        token = self.recogniser.token(index, line)
        kind, text, item, rule, strong = token
        if kind is _KIND_FURNITURE and item is None:
            self.run_open = False  # a link fragment ends the link's paragraph
            assert rule is not None
            self.state.skip(index, rule)
            return
        if text:
            line = text
        if len(line) <= _BOILERPLATE_MAX_CHARS:
            boiler = BOILERPLATE.get(line)
            if boiler is not None:
                self.flush(None)
                self.state.skip(index, boiler)
                self.glue = line in HEADER
                self.previous = None
                if self.floating:
                    self.settle_links()
                return
        if self.glue:
            self.glue = False
            if line.startswith(SUBSCRIBE) and len(line) > len(SUBSCRIBE):
                line = line[len(SUBSCRIBE) :].lstrip()
                token = self.recogniser.token(index, line)
                kind, _text, item, rule, strong = token
                self.phase = _PHASE_PAPERS
        if self.phase is not _PHASE_PAPERS:
            if not strong and self.header_line(index, line):
                return
            self.phase = _PHASE_PAPERS
        if item is None:  # text: a line of a title, an abstract, a name...
            run = self.run
            if (
                not strong
                and run is not None
                and self.run_open
                and self.markdown
                and not self.run_title
            ):
                run.append(line)  # the next line of a markdown paragraph
                return
            self.text(index, line, token)
            return
        if self.run is not None:
            self.flush(item)
        if item.rule == "url":  # waits for the next line to say whose it is
            assert item.text is not None
            self.floating.append((index, Link(url=item.text)))
            return
        self.furniture(index, line, item, kind)
        if self.floating:
            self.settle_links()

    def text(self, index: int, line: str, token: Token) -> None:
        """Read text line *index*: a line of a title, an abstract, a name... A strong title
        (a title heading, a link to a paper page) starts a field of its own, but for the
        end of a heading's link broken over two lines."""
        run = self.run
        strong = token.strong
        if (
            strong
            and run is not None
            and token.rule == "paper-link"
            and self.markdown
            and self.run_open
        ):  # a link broken over lines: "### [Efficient ... with" / "PagedAttention](…)"
            run.append(line)
            self.run_title = True
            return
        if strong:
            self.flush(None)
        elif run is not None:
            if self.run_title:
                if index == self.run_first + len(run) and self.lines[index][:1].isspace():
                    run.append(line)  # a title wrapped with an indent, right under it
                    return
            elif self.markdown and self.run_open:
                run.append(line)
                return
            self.flush(None)
        self.run, self.run_first, self.run_open = [line], index, True
        self.run_title = strong
        self.run_after_submitted = self.after is _AFTER_SUBMITTED
        self.after = _AFTER_NOTHING

    def header_line(self, index: int, line: str) -> bool:
        """Skip *line* when it is site header furniture; False when the papers begin."""
        state = self.state
        rule = header_rule(line)
        query, self.query_next = self.query_next, False
        if rule is not None:
            if line.endswith("community"):
                self.phase, self.query_next = _PHASE_TABS, True
        elif line == "-" and self.phase is _PHASE_TABS:
            rule = "page-navigation"  # tabs whose text the capture lost
        elif index in state.document.items and _item(line) in (None, _MENU_GITHUB):
            rule = "site-navigation"  # menus and tabs are lists ("GitHub" is a menu entry)
        elif line.startswith("http") and _item(line) is not None:
            self.floating.append((index, Link(url=line)))  # may be the listing date's link
            return True
        else:
            item = _item(line)
            if item is not None and item.rule == "date" and item.number is None:
                assert item.day is not None
                self.listing_date(index, item.day)
                rule, self.phase = "listing-date", _PHASE_PAPERS  # the header's last line
            elif item is not None:
                return False
            elif query:
                # the search box's text, by where it stands (under the tagline): what the
                # reader searched for, or a line pasted there; reported, never dropped
                message = "the line under the page's tagline, read as the search query"
                state.report(index, "search-query", message, severity="info")
                self.settle_links()
                return True
            elif self.page_heading(index):
                # the page's or a section's own title, known by its heading level, not by
                # its words: kept in a diagnostic (a line pasted over a rule reads so too)
                message = "a heading above the papers' headings: the page's or a section's title"
                state.report(index, "page-heading", message, severity="info")
                self.settle_links()
                return True
            elif len(line) <= _LABEL_MAX_CHARS and self.navigation_label(index):
                rule = "site-navigation"
            elif self.recogniser.marks_titles():
                # the page marks its titles (links to paper pages, title headings): text
                # before the first of them is not a paper, and no rule knows it
                state.report(
                    index,
                    "unplaced-text",
                    "text before the first paper of a page whose titles are links to paper "
                    "pages or headings; not read as a paper",
                    severity="warning",
                )
                return True
            else:
                return False
        state.skip(index, rule)
        self.settle_links()
        return True

    def page_heading(self, index: int) -> bool:
        """Whether header line *index* is a heading at another level than the page's paper
        headings: the page's or a section's own title (``# Trending Papers``)."""
        recogniser = self.recogniser
        level = recogniser.headings.get(index)
        return level is not None and recogniser.title_level not in (None, level)

    def navigation_label(self, index: int) -> bool:
        """Whether header line *index* is a menu label: its link, on the line or on the
        URL line right under it (text exports print each link's URL on a line of its own),
        points at a page of the site that is not a paper's (``/models``, ``/pricing``,
        ``/login``, a user page) rather than at a paper."""
        url = self.label_url(index)
        return url is not None and _site_page(url)

    def label_url(self, index: int) -> str | None:
        """The URL of the link of line *index*: its own, or that of the URL line under it
        (past blank lines)."""
        found = self.links.get(index)
        if found:
            return found[0].url if len(found) == 1 else None
        stripped = self.state.stripped
        for at in range(index + 1, min(index + _LABEL_URL_LINES + 1, len(stripped))):
            text = stripped[at]
            if text:
                return text if text.startswith("http") and _URL.fullmatch(text) else None
            found = self.links.get(at)
            if found:  # a bare-URL line that the markdown reader took out of the text
                (link, *others) = found
                return link.url if not others and link.text is None else None
        return None

    def listing_date(self, index: int, day: tuple[int, int, int | None]) -> None:
        """The date the listing shows. Printed without a year, it is in the year of the
        capture, as year-less paper dates are: its link (``/papers/date/2026-03-24``) gives
        that year."""
        month, number, year = day
        if year is not None or self.undated_year is not None:
            return
        links = [*self.links_at(index), *(link for _, link in self.floating)]
        for link in links:
            found = _DATE_LINK.fullmatch(link.url)
            if found is None:
                continue
            try:
                linked = date(*map(int, found.groups()))
            except ValueError:
                continue
            for candidate in (linked.year, linked.year - 1, linked.year + 1):
                try:
                    shown = date(candidate, month, number)
                except ValueError:
                    continue
                if abs(shown - linked) <= timedelta(days=1):  # the link may be in UTC
                    self.undated_year = candidate
                    return

    def flush(self, following: _Item | None) -> None:
        """Read the pending run of text lines as one field (a submitter, an organisation, a
        title or an abstract), now that the line after it (*following*: its furniture, or
        ``None`` for text or the end) is known."""
        texts = self.run
        if texts is None:
            return
        self.run = None
        title, self.run_title = self.run_title, False
        self.after = _AFTER_NOTHING
        state, first = self.state, self.run_first
        last = first + len(texts) - 1
        flat = " ".join(texts)  # lines of one field: hard-wrapped text, unwrapped
        if flat == self.previous:
            state.report(
                first, "duplicate-line", "line repeats the line before it", severity="warning"
            )
            for index in range(first + 1, last + 1):
                state.skip(index, "duplicate-line")
        else:
            self.previous = flat
            entry = self.place(first, last, flat, following, title)
            if entry is not None:
                state.use(first, last)
                entry.include(first, last)
                if self.floating:
                    self.settle_links()  # links on lines of their own come first
                links = self.links
                if links:
                    for number in range(first, last + 1):
                        found = links.get(number)
                        if found and number not in self.absorbed:
                            entry.add_links(found)
        if self.floating:
            self.settle_links()

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

    # -- fields -----------------------------------------------------------------------------
    def place(
        self, first: int, last: int, flat: str, following: _Item | None, title: bool
    ) -> _Entry | None:
        """Put field *flat* (lines *first*..*last*) where it belongs; return its entry
        (``None`` when reported). A *title* (by a strong signal) opens the next paper."""
        if title:
            entry = self.start(first)
            entry.title, entry.title_index = _single_spaced(flat), first
            entry.marked = True
            return entry
        if self.run_after_submitted and first == last and _USER_NAME.fullmatch(flat):
            entry = self.head(first)
            return entry if self.assign(entry, "submitted_by", flat, first) else None
        current = self.current
        if (
            following is not None
            and (following.rule == "byline-separator" or following.dotted)
            and current is not None
            and current.title is not None
            and not current.byline
        ):  # the organisation: the line before the "·"
            if self.pending is not None:
                self.settle_count(False)
            current.organization, current.byline = flat, True
            return current
        shape = line_shape(flat)
        if (
            shape != "title"
            and current is not None
            and current.abstract is None
            and current.title is not None
            and not current.tail
        ):  # the abstract that the title of the current paper waits for
            if self.pending is not None:
                self.settle_count(False)
            self.set_abstract(current, flat)
            return current
        entry = self.start(first)
        if shape == "abstract":
            self.set_abstract(entry, flat)
            self.state.report(
                first, "missing-title", "an abstract line with no title line before it"
            )
        else:
            entry.title, entry.title_index = _single_spaced(flat), first
        return entry

    def set_abstract(self, entry: _Entry, text: str) -> None:
        self.with_abstracts = True
        abstract, truncated = split_truncation(text) if text.endswith("\u2026") else (text, False)
        entry.abstract, entry.truncated = abstract or text, truncated and bool(abstract)

    def start(self, first: int) -> _Entry:
        """Open the entry of the next paper, whose title (or abstract) is at line *first*."""
        if self.pending is not None:
            self.settle_count(True)
        if self.current is not None:
            self.close()
        entry = self.upcoming or _Entry(first)
        self.upcoming = None
        self.current = entry
        return entry

    def head(self, index: int) -> _Entry:
        """The entry of the next paper, opened by a head line at *index*."""
        if self.upcoming is None:
            self.upcoming = _Entry(index)
        return self.upcoming

    def close(self) -> None:
        """Finish the current entry as a `Paper`."""
        entry, self.current = self.current, None
        if entry is None:
            return
        if entry.title is not None and entry.abstract is None:
            if entry.marked and not self.with_abstracts:
                # a list of titles (papers.html) prints no abstracts: only a page that
                # prints some is missing one
                self.unsaid.append(entry.title_index)
            else:
                self.missing_abstract(entry.title_index)
        self.papers.append(entry.paper())
        self.state.check_records(len(self.papers))

    def missing_abstract(self, index: int) -> None:
        self.state.report(index, "missing-abstract", "a title line with no abstract line after it")

    # -- furniture --------------------------------------------------------------------------
    def furniture(self, index: int, line: str, item: _Item, kind: Kind) -> None:
        """Give the value of furniture *item* (line *index*, of *kind*) to the paper it
        belongs to."""
        state = self.state
        after, self.after = self.after, _AFTER_NOTHING
        after_date, upvote = after is _AFTER_DATE, after is _AFTER_UPVOTE
        self.previous = None
        rule, links = item.rule, self.links.get(index, ())
        current = self.current
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
            if kind is _KIND_COMMENTS and current is not None and current.comments is None:
                current.tail = True
                self.put(current, "comments", item.number, index, links)
            elif upvote or kind is _KIND_VOTES:
                self.votes(index, item.number, links, upvote)
            else:
                self.pending = index, item.number, after_date
            return
        if rule == "submitted-by":
            self.settle_count(True)
            entry = self.head(index)
            if item.text is not None:
                self.put(entry, "submitted_by", item.text, index, links)
            else:
                state.use(index)
                entry.include(index, index)
                self.after = _AFTER_SUBMITTED
            return
        self.settle_count(False)
        if rule == "vote-count":  # "[-] 12" comes before the title of its paper
            self.put(self.head(index), "votes", item.number, index, links)
        elif rule in ("upvote-label", "view-all", "byline-separator"):
            state.skip(index, rule)
            if rule == "upvote-label":
                self.after = _AFTER_UPVOTE
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
            elif rule == "author-count":
                current.byline = True
                self.put(current, "author_count", item.number, index, links)
            else:  # date, organization-date
                current.byline = True
                if item.text is not None:
                    self.put(current, "organization", item.text.strip(), index, links)
                self.date(current, index, item)

    def votes(self, index: int, votes: int, links: Sequence[Link], upvote: bool) -> None:
        """The count of a vote button: after ``Upvote`` or naming the paper before, that
        paper's votes; else (search pages print it before the title) the next paper's."""
        paper = _voted(links)
        current = self.current
        target: _Entry | None = None
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
        self, entry: _Entry, field: str, value: object, index: int, links: Sequence[Link]
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

    def assign(self, entry: _Entry, field: str, value: object, index: int) -> bool:
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

    def date(self, entry: _Entry, index: int, item: _Item) -> None:
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
            self.after = _AFTER_DATE
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
            state.report(index, "invalid-date", f"no such date: {_MONTHS[month - 1]} {day}, {year}")
            return
        self.state.note_year(source)

    def settle_count(self, before_title: bool) -> None:
        """Decide whose the pending bare count is: the votes of the next paper when a title
        (or ``Submitted by``) follows it or its head lines came before it, else the comment
        count of the paper whose date it follows; anything else is reported."""
        if self.pending is None:
            return
        index, count, after_date = self.pending
        self.pending = None
        if before_title:
            entry = self.head(index)
            if entry.votes is None:
                self.put(entry, "votes", count, index, ())
                return
        current, upcoming = self.current, self.upcoming
        if after_date and current is not None and current.comments is None:
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

    def finish(self) -> tuple[Paper, ...]:
        """Read what is left at the end of the page; return the papers in page order."""
        self.flush(None)
        self.settle_count(False)
        self.settle_links()
        self.close()
        if self.upcoming is not None and self.upcoming.votes_only():
            entry, self.upcoming = self.upcoming, None  # a capture cut before the next title
            self.state.report(
                entry.first,
                "unplaced-count",
                "votes with no paper after them (the capture ends)",
                severity="warning",
            )
        if self.upcoming is not None:  # head lines with no paper after them
            entry, self.upcoming = self.upcoming, None
            self.state.report(
                entry.first, "missing-title", "listing lines with no paper after them"
            )
            self.current = entry
            self.close()
        for index, _ in self.floating:
            if index is not None:
                self.state.skip(index, "url")
        if self.with_abstracts:
            for index in self.unsaid:
                self.missing_abstract(index)
        return tuple(self.papers)


def _voted(links: Sequence[Link]) -> str | None:
    """The id of the paper that the vote button with *links* names, if it names one."""
    for link in links:
        paper = voted_paper(link.url)
        if paper is not None:
            return paper
    return None


_DATE_LINK = re.compile(r"https?://(?:www\.)?huggingface\.co/papers/date/(\d{4})-(\d{2})-(\d{2})")


def _single_spaced(text: str) -> str:
    """*text* (stripped) with each run of whitespace made one space."""
    if "  " in text or not text.isprintable():  # every space but " " is unprintable
        return " ".join(text.split())
    return text


def _parse(state: LineState) -> _Listing:
    listing = _Listing(state)
    listing.read()
    return listing


def parse_papers(state: LineState) -> tuple[Paper, ...]:
    """The papers of the listing in *state*, in page order, in one pass over its lines.

    Every line ends up used, skipped as boilerplate or furniture, or reported. A bare
    count is the votes of the next paper when a title (or ``Submitted by``) follows it, the
    comment count of the paper before when it follows that paper's date; ``-`` after an
    abstract and before the byline is the authors' avatars. The line right after a bare
    ``Submitted by`` is the submitter when it is one word; the line right before a lone
    ``·`` is the organisation.
    """
    return _parse(state).finish()


def parse(document: Document, state: Ledger) -> Records:
    """The papers of a paper listing, merged with the page's embedded data when it has
    some (saved Hugging Face HTML carries the whole listing as JSON)."""
    papers = _parse(state).finish()
    return Records(papers=merge_embedded(state, papers, embedded_papers(document)))
