"""Assembling: the `Paper` records of a listing, built from its recognised lines.

`_Listing` reads the lines in order and hands each one on by its `Token`: text to the field
being read (a title, an abstract, an organisation...), which `place` puts where it belongs
once the line after it is known; value lines to `values.ValueReader`; lines above the
papers to `header.HeaderReader`. Its state (`state.State`: `Phase`, `After`, the open
entries) is shared by the three; each paper is held in an `entry.Entry` until it is done.
"""

from __future__ import annotations

from ...capture.document import Document
from ...models import Link, Paper
from ..kit.embedded import embedded_papers, merge_embedded
from ..kit.fields import split_truncation
from ..kit.ledger import Ledger, LineState
from ..kit.links import is_bare_url
from ..kit.records import Records
from .entry import Entry
from .furniture import FOOTER_STARTS, HEADER, LINE_FURNITURE, SUBSCRIBE, Item, footer_rule
from .header import HeaderReader
from .links import account_page
from .recognise import (
    KIND_FURNITURE,
    KIND_TEXT,
    KIND_TITLE,
    Token,
)
from .shapes import USER_NAME, line_shape
from .state import AFTER_NOTHING, AFTER_SUBMITTED, PHASE_PAPERS
from .values import ValueReader

_BOILERPLATE_MAX_CHARS = max(map(len, LINE_FURNITURE))
"""Longer lines are not looked up in `LINE_FURNITURE` (which would hash every abstract)."""


class _Listing(HeaderReader, ValueReader):
    """One parse: the line loop, which reads each line's token and hands text to the field
    being read and values to `ValueReader`; the header to `HeaderReader`."""

    __slots__ = ()

    # -- the line loop ----------------------------------------------------------------------
    def read(self) -> None:
        """Read every line of the page, in order."""
        links, line = self.links, self.line
        furniture = self.state.document.furniture
        for index, stripped in enumerate(self.state.stripped):
            if stripped:
                line(index, stripped)
                continue
            if links:
                found = links.get(index)
                if found and index not in furniture:  # (a menu's or a footer's: no paper's)
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
        if not is_bare_url(url) or url.endswith(")") or "huggingface.co" in url:
            return False
        run.append(url)
        self.absorbed.add(index)  # text, as in the page; not a link of the paper
        return True

    def line(self, index: int, line: str) -> None:
        """Read non-blank line *index* (stripped *line*)."""
        token = self.recogniser.token(index, line)
        kind, text, item, rule, strong = token
        if kind is KIND_FURNITURE and item is None:
            self.run_open = False  # a link fragment ends the link's paragraph
            assert rule is not None
            self.state.skip(index, rule)
            if rule == "picture-link":  # its link waits for the next field, as a thumbnail's
                self.floating += [(None, link) for link in self.links[index]]
            return
        if text:
            line = text
        if len(line) <= _BOILERPLATE_MAX_CHARS:
            boiler = LINE_FURNITURE.get(line)
            if boiler is None and self.footer:
                boiler = footer_rule(line)
            if boiler is not None:
                if boiler in FOOTER_STARTS:
                    self.footer = True  # the page's end: its footer's lines follow
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
                self.phase = PHASE_PAPERS
        if self.title_list and kind is KIND_TEXT:
            line, token = self.listed_title(line)
            strong = True  # a line of the papers page's list: a title, whatever its shape
        if self.phase is not PHASE_PAPERS:
            if not strong and self.header_line(index, line):
                return
            self.phase = PHASE_PAPERS
            if kind is KIND_TEXT and not self.title_list and self.starts_title_list(index):
                self.title_list = True  # a part of the papers page, without its note
                line, token = self.listed_title(line)
        if item is None:  # text: a line of a title, an abstract, a name...
            run = self.run
            if (
                not strong
                and run is not None
                and self.run_open
                and self.markdown
                and not self.run_title
                and index not in self.items
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

    def listed_title(self, line: str) -> tuple[str, Token]:
        """Text *line* of the papers page's list of titles, without the list's bullet that
        a plain capture keeps, and its token: a title by a strong signal."""
        bullet = self.title_bullet
        if bullet is not None and line[:2] == bullet:
            line = line[2:].lstrip()
        return line, Token(KIND_TITLE, line, None, "papers-list", True)

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
            and index not in self.state.document.items
            and not self.dump_link(index, line)
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
            elif self.markdown and self.run_open and index not in self.items:
                run.append(line)  # (a list item starts a field: no paragraph goes on in it)
                return
            self.flush(None)
        self.run, self.run_first, self.run_open = [line], index, True
        self.run_title = strong
        self.run_after_submitted = self.after is AFTER_SUBMITTED
        self.after = AFTER_NOTHING

    def dump_link(self, index: int, line: str) -> bool:
        """Whether line *index* (*line*) of a text browser's dump is all one link: a title
        of its own (a dump's link numbers stand on the line they link from, so no link
        there goes on over lines, and a list of paper links under a form is a list)."""
        if self.state.document.format != "text-browser" or not self.links:
            return False
        found = self.links.get(index)
        return found is not None and len(found) == 1 and (found[0].text or "").strip() == line

    def flush(self, following: Item | None) -> None:
        """Read the pending run of text lines as one field (a submitter, an organisation, a
        title or an abstract), now that the line after it (*following*: its furniture, or
        ``None`` for text or the end) is known."""
        texts = self.run
        if texts is None:
            return
        self.run = None
        title, self.run_title = self.run_title, False
        self.after = AFTER_NOTHING
        state, first = self.state, self.run_first
        last = first + len(texts) - 1
        flat = " ".join(texts)  # lines of one field: hard-wrapped text, unwrapped
        rule = (
            LINE_FURNITURE.get(flat)
            if last > first and len(flat) <= _BOILERPLATE_MAX_CHARS
            else None
        )
        if rule is not None:  # a paragraph of links ("TOS" / "Privacy" / "About" / "Jobs")
            for index in range(first, last + 1):
                state.skip(index, rule)
            self.previous = None
        elif flat == self.previous:
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

    # -- fields -----------------------------------------------------------------------------
    def place(
        self, first: int, last: int, flat: str, following: Item | None, title: bool
    ) -> Entry | None:
        """Put field *flat* (lines *first*..*last*) where it belongs; return its entry
        (``None`` when reported). A *title* (by a strong signal) opens the next paper."""
        if title:
            entry = self.start(first)
            entry.title, entry.title_index = _single_spaced(flat), first
            entry.marked = True
            return entry
        if self.run_after_submitted and first == last and USER_NAME.fullmatch(flat):
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
            first == last
            and shape == "title"
            and current is not None
            and current.title is not None
            and current.abstract is None
            and not current.byline
            and self.account_link_after(last)
        ):  # the organisation, the text of a link to its page written over lines
            if self.pending is not None:
                self.settle_count(False)
            current.organization = flat
            current.byline = current.tail = True
            return current
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

    def account_link_after(self, last: int) -> bool:
        """Whether the blank lines after line *last* end with a link whose text the capture
        lost to a Hugging Face account page (an organisation's or a user's): the link
        whose text, written over lines, is the line (``[`` / ``Huazhong University of
        Science and Technology`` / ``](https://huggingface.co/Huazhong-University)``)."""
        links, stripped = self.links, self.state.stripped
        for index in range(last + 1, min(last + 4, len(stripped))):
            if stripped[index]:
                return False
            found = links.get(index)
            if found:
                return any(link.text is None and account_page(link.url) for link in found)
        return False

    def set_abstract(self, entry: Entry, text: str) -> None:
        self.with_abstracts = True
        abstract, truncated = split_truncation(text) if text.endswith("\u2026") else (text, False)
        entry.abstract, entry.truncated = abstract or text, truncated and bool(abstract)

    def start(self, first: int) -> Entry:
        """Open the entry of the next paper, whose title (or abstract) is at line *first*."""
        if self.pending is not None:
            self.settle_count(True)
        if self.current is not None:
            self.close()
        entry = self.upcoming or Entry(first)
        self.upcoming = None
        self.current = entry
        return entry

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
        self.papers.append(entry.paper(self.state.span(entry.first, entry.last)))
        self.state.check_records(len(self.papers))

    def missing_abstract(self, index: int) -> None:
        self.state.report(index, "missing-abstract", "a title line with no abstract line after it")

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
