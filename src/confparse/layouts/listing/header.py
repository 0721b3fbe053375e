"""Reading the site header above the papers: menus, tabs, the page's title, the search
query and the listing date, each skipped by a named rule or reported, never dropped."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import islice

from ...models import Link
from ..kit.counts import is_comments_link, is_vote_link
from ..kit.links import is_bare_url
from ..kit.vocabulary import MENU_YEAR, SELECT_YEAR, menu_entry, without_bullet
from .furniture import (
    MENU_GITHUB,
    PAPERS_NOTE,
    furniture_item,
    header_rule,
    list_bullet,
)
from .links import site_page
from .shapes import DATE, DATE_STARTS, line_shape, read_day
from .state import PHASE_PAPERS, PHASE_TABS, State

_LABEL_MAX_CHARS = 40
"""Menu labels are short (``Buckets new``, ``Log In``); a paper title rarely is."""
_LABEL_URL_LINES = 2
"""How far under a label a text export prints its URL (past one blank line)."""
_LIST_SAMPLE_LINES = 100
"""How many lines under the papers page's note tell the bullet its list's lines carry (a
bounded look, however often a page repeats the note)."""


TITLE_LIST_RUN = 5
"""How many list items in a row, shaped as titles, make a list of titles (a menu's entries
are short labels, read before; a related-papers box is shorter)."""


_DATE_LINK = re.compile(r"https?://(?:www\.)?huggingface\.co/papers/date/(\d{4})-(\d{2})-(\d{2})")
_DAY_REACH = 3
"""How far under the month of a listing date written over lines its day may stand."""


class HeaderReader(State):
    """The part of the assembler that reads the lines before the first paper."""

    __slots__ = ()

    def header_line(self, index: int, line: str) -> bool:
        """Skip *line* when it is site header furniture; False when the papers begin."""
        state = self.state
        rule = header_rule(line)
        if line == "-" and not self.vote_button(index):
            # a list item whose text the capture lost: after the tagline, the tabs; above
            # it, a menu entry (pandoc prints an entry whose content is markup or an icon
            # as its bullet alone); a vote button's "-" (no votes) starts the papers
            rule = "page-navigation" if self.phase is PHASE_TABS else "list-bullets"
        query, self.query_next = self.query_next, False
        years, self.menu_years = self.menu_years, False
        if rule is None and (SELECT_YEAR.fullmatch(line) or (years and MENU_YEAR.fullmatch(line))):
            rule, self.menu_years = "navigation-menu", True  # the year menu and its years
        if years and (rule == "page-controls" or rule == "list-bullets"):
            self.menu_years = True  # a text field, a rule or a bullet between two years
        if index == self.day_line:  # the day of a listing date written over two lines
            rule, self.phase = "listing-date", PHASE_PAPERS
        elif rule is not None:
            if line == PAPERS_NOTE or line == "page.":  # the note, whole or its end
                self.title_list = True
                sample = islice(state.stripped, index + 1, index + 1 + _LIST_SAMPLE_LINES)
                self.title_bullet = list_bullet(sample)
            elif line.endswith("community"):
                self.phase, self.query_next = PHASE_TABS, True
        elif index in state.document.items and (
            (len(line) <= _LABEL_MAX_CHARS and furniture_item(line) in (None, MENU_GITHUB))
            or self.menu_link(index, line)
        ):
            # menus and tabs are lists of short labels ("GitHub" is a menu entry), or of
            # links to the site's pages; a longer item is read for what it is (a list of
            # titles whose page lost the note above it)
            rule = "site-navigation"
        elif line.startswith("http") and furniture_item(line) is not None:
            self.floating.append((index, Link(url=line)))  # may be the listing date's link
            return True
        else:
            item = furniture_item(line)
            if item is not None and item.rule == "date" and item.number is None:
                assert item.day is not None
                self.listing_date(index, item.day)
                rule, self.phase = "listing-date", PHASE_PAPERS  # the header's last line
            elif item is not None and item.rule == "list-bullets":
                rule = "list-bullets"  # a menu's entry whose icon the capture lost
            elif item is not None:
                return False
            elif self.split_date(index, line):
                rule = "listing-date"
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
            elif (entry := menu_entry(without_bullet(line))) is not None:
                rule = entry  # a conference site's menu entry, by its text after a bullet
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

    def starts_title_list(self, index: int) -> bool:
        """Whether line *index*, where the header would end, starts a list of titles whose
        page's note was not captured (a copy of a part of the papers page): it and the
        next non-blank lines, `TITLE_LIST_RUN` in all, are list items (or carry one list
        bullet, which a plain capture keeps), all but one of them shaped as titles. A
        listing whose entries are list items of a title and an abstract each is none: its
        abstracts are no titles' shape. Sets the list's bullet."""
        stripped, items = self.state.stripped, self.items
        run = [
            (at, line)
            for at, line in enumerate(
                islice(stripped, index, index + _LIST_SAMPLE_LINES), start=index
            )
            if line
        ][:TITLE_LIST_RUN]
        if len(run) < TITLE_LIST_RUN:
            return False
        bullet = list_bullet(line for _at, line in run)
        if bullet is not None and all(line[:2] == bullet for _at, line in run):
            texts = [line[2:].lstrip() for _at, line in run]
        elif all(at in items for at, _line in run):
            texts = [line for _at, line in run]
        else:
            return False
        if sum(line_shape(text) == "title" for text in texts) < TITLE_LIST_RUN - 1:
            return False
        self.title_bullet = bullet
        return True

    def split_date(self, index: int, line: str) -> bool:
        """Whether header line *index* (*line*) is the month of the listing date and the next
        non-blank line (past `_DAY_REACH` lines at most) its day: one markdown paragraph
        (``Aug`` / ``1``, as a converter keeps the page's line break), or two text nodes of
        the page (a plain extractor's, one a line; pandoc's markdown of the page's markup,
        a blank line between). The date is read; the day's line is remembered."""
        stripped = self.state.stripped
        if line[:3] not in DATE_STARTS:
            return False
        at = index + 1
        stop = min(index + 1 + _DAY_REACH, len(stripped))
        while at < stop and not stripped[at]:
            at += 1
        if at >= stop:
            return False
        day = stripped[at]
        if not (day.isdigit() and len(day) <= 2):
            return False
        found = DATE.fullmatch(f"{line} {day}")
        if found is None or found.group("comments") is not None:
            return False
        self.listing_date(index, read_day(found))
        self.day_line = at
        return True

    def page_heading(self, index: int) -> bool:
        """Whether header line *index* is a heading at another level than the page's paper
        headings: the page's or a section's own title (``# Trending Papers``)."""
        recogniser = self.recogniser
        level = recogniser.headings.get(index)
        return level is not None and recogniser.title_level not in (None, level)

    def menu_link(self, index: int, line: str) -> bool:
        """Whether list item *index* (*line*) is all one link to a page of the site that
        is neither a paper's nor a paper's vote or comment button: a menu entry, whatever
        its text (the year menu's ``2026`` links to ``/Conferences/2026``)."""
        found = self.links.get(index)
        if not found or len(found) != 1 or (found[0].text or "").strip() != line:
            return False
        url = found[0].url
        return site_page(url) and not is_vote_link(url) and not is_comments_link(url)

    def vote_button(self, index: int) -> bool:
        """Whether line *index* is all one link to a paper's vote button (``[-](…/login?
        next=%2Fpapers%2F2111.08366)``: the votes of the paper under it)."""
        found = self.links.get(index)
        return found is not None and len(found) == 1 and is_vote_link(found[0].url)

    def navigation_label(self, index: int) -> bool:
        """Whether header line *index* is a menu label: its link, on the line or on the
        URL line right under it (text exports print each link's URL on a line of its own),
        points at a page of the site that is not a paper's (``/models``, ``/pricing``,
        ``/login``, a user page) rather than at a paper."""
        url = self.label_url(index)
        return url is not None and site_page(url)

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
                return text if is_bare_url(text) else None
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
