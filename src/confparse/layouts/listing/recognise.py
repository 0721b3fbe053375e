"""Recognising: what each line of a listing is (`Kind`), read from the line itself.

The recogniser looks at the strongest signals first: link fragments, the link on the line
(a paper page, a vote button), the heading level, then the line's own text. Where the line
stands on the page is left to the assembler (`assemble`).
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from ...capture.document import Document
from ...models import Link
from ..kit.counts import is_comments_link, read_count, read_stars, voted_paper
from ..kit.links import is_paper_link
from .furniture import Item, furniture_item, without_empty_pictures
from .shapes import TITLE_MAX_CHARS, line_shape


class Kind(enum.Enum):
    """What a line of a listing is, read from the line itself: its links, its heading level
    and its text (its place on the page is left to the assembler)."""

    TITLE = "title"
    """A title: strong (a heading at the level of the page's paper headings, or a line that
    is all one link to a paper page) or weak (text of a title's shape)."""
    TEXT = "text"
    """An abstract, a summary, an organisation, a user name: the assembler decides."""
    AUTHORS_COUNT = "authors-count"
    ORGANISATION = "organisation"
    """``Org · Published on Sep 29, 2026``."""
    DATE = "date"
    VOTES = "votes"
    """A count on the upvote button: its link is the log-in link, or it is a link's text."""
    COUNT = "count"
    """A bare count that says nothing of itself: votes or comments by where it stands."""
    COMMENTS = "comments"
    STARS = "stars"
    LINK = "link"
    """A bare URL."""
    SUBMITTER = "submitter"
    FURNITURE = "furniture"
    """Banner, navigation, tabs, ``·``, ``Upvote``, ``View all``, link fragments. (The
    tool that stored a capture puts its own lines around it: the capture stage knows them,
    and they read as blank here.)"""


# Enum members as module constants: quicker to reach on the path every line takes.
KIND_TITLE = Kind.TITLE
KIND_TEXT = Kind.TEXT
KIND_COUNT = Kind.COUNT
KIND_VOTES = Kind.VOTES
KIND_COMMENTS = Kind.COMMENTS
KIND_FURNITURE = Kind.FURNITURE

_KIND_OF_RULE: dict[str, Kind] = {
    "count": Kind.COUNT,
    "vote-count": Kind.VOTES,
    "upvote-label": Kind.FURNITURE,
    "upvote-checkbox": Kind.FURNITURE,
    "list-bullets": Kind.FURNITURE,
    "image-name": Kind.FURNITURE,
    "view-all": Kind.FURNITURE,
    "byline-separator": Kind.FURNITURE,
    "star-count": Kind.STARS,
    "author-count": Kind.AUTHORS_COUNT,
    "date": Kind.DATE,
    "organization-date": Kind.ORGANISATION,
    "submitted-by": Kind.SUBMITTER,
    "url": Kind.LINK,
    "vote-comment-counts": Kind.VOTES,
    "author-comment-counts": Kind.AUTHORS_COUNT,
}


class Token(NamedTuple):
    """One line as recognised: its kind, its text (a link label cleaned of its brackets;
    empty for a text line read as it stands), the value it holds, and the rule that names
    it when it is furniture."""

    kind: Kind
    text: str
    item: Item | None = None
    rule: str | None = None
    strong: bool = False


_FRAGMENT = re.compile(r"\]\s{0,3}(?:\[\d{0,5}\])?|\[|\]\[\d{1,5}\]")
"""What a text-mode browser leaves of a link written over several lines: ``][31]``."""
_LINK_CLOSE = re.compile(r"\]\([^()\s]{1,2000}\)|\]\[\d{1,5}\]")
"""The end of a markdown link whose text a converter wrote over several lines:
``](/papers/2407.21783)``, or ``][19]`` as a reference whose definition the capture lost,
then maybe the next link's label (`` 5``, the comment count)."""
_REFERENCE_LINE = re.compile(r"\[(?:\[[^\[\]]{0,200}\]\s{0,3})?([^\[\]]{1,300})\]\[\d{0,5}\]")
"""A line that is one reference link the reader could not take apart (an image in its
text): ``[[microsoft] Microsoft][67]``; its label is the text after the image."""
_MARKUP = re.compile(r"<(img|video|picture|source)\b[^<>]{0,2000}>(?:\s{0,3}</\1>)?", re.IGNORECASE)
"""A picture or a video left as HTML in a link's label (Obsidian's web clipper writes a
paper's preview video so: ``[<video src="…mp4" controls=""></video>](…/papers/2604.14268)``)."""
_PAPER_OF_COMMENTS = re.compile(r"(?P<page>.{0,200}/papers/(?P<paper>[\w.\-]{1,100}))#community")
"""A comment count's link (``…/papers/2604.14268#community``): the paper's page and id."""


def _title_level(document: Document) -> int | None:
    """The heading level of the page's paper titles: the commonest level of the headings
    that carry a link (or of all headings, when none does) if it has two headings or more."""
    headings = document.headings
    if not headings:
        return None
    links = document.links
    levels = Counter(level for index, level in headings.items() if links.get(index))
    if not levels:
        levels = Counter(headings.values())
    level, count = levels.most_common(1)[0]
    return level if count >= 2 else None


def _count_and_comments(line: str, links: Sequence[Link]) -> tuple[str, int, re.Match[str]] | None:
    """What `_vote_and_comment_counts` and `_author_and_comment_counts` share: a line that
    is the words of its two links, the second a paper's ``#community`` link whose text is
    its comment count. The first link's text (stripped), the comment count and the second
    link's `_PAPER_OF_COMMENTS` match; else ``None``."""
    first_link, comments_link = links
    first_text, comments_text = first_link.text, comments_link.text
    if first_text is None or comments_text is None:
        return None
    if line.split() != [*first_text.split(), *comments_text.split()]:
        return None
    found = _PAPER_OF_COMMENTS.fullmatch(comments_link.url)
    comments = read_count(comments_text.strip())
    if found is None or comments is None:
        return None
    return first_text.strip(), comments, found


def _vote_and_comment_counts(line: str, links: Sequence[Link]) -> Item | None:
    """The votes and the comment count of a paper printed on one line as two links to it,
    the votes to its page (or its vote button) and the comments to its ``#community``
    (``[207](…/papers/2604.15308) [4](…/papers/2604.15308#community)``, which a markdown
    capture reads as the line ``207 4``), else ``None``. Votes of a thousand and more are
    printed rounded (``1.09k``) and read as printed (1090), as star counts are."""
    shared = _count_and_comments(line, links)
    if shared is None:
        return None
    votes_text, comments, found = shared
    paper = found.group("paper")
    url = links[0].url.rstrip("/")
    if url != found.group("page") and voted_paper(url) != paper:
        return None
    votes = read_count(votes_text)
    if votes is None and votes_text[-1:] in "kK":
        votes = read_stars(votes_text)
    if votes is None:
        return None
    return Item("vote-comment-counts", number=votes, text=paper, comments=comments)


def _author_and_comment_counts(line: str, links: Sequence[Link]) -> Item | None:
    """The count of authors and the comment count of a paper printed on one line as two
    links to it, the authors to its page and the comments to its ``#community``
    (``[… ·533 authors ](/papers/2407.21783) [5 ](/papers/2407.21783#community)``, which a
    markdown capture reads as the line ``·533 authors 5``), else ``None``."""
    shared = _count_and_comments(line, links)
    if shared is None or links[0].url.rstrip("/") != shared[2].group("page"):
        return None
    authors_text, comments, found = shared
    authors = furniture_item(authors_text)
    if authors is None or authors.rule != "author-count":
        return None
    return Item(
        "author-comment-counts", number=authors.number, text=found.group("paper"), comments=comments
    )


_BULLETS = frozenset("-*\u2022+")
"""List bullets alone on a line (what is left of a list item whose picture is dropped)."""

_TEXT = Token(Kind.TEXT, "")
"""The token of most lines: text, as it stands on the line (an empty `Token.text`)."""


class Recogniser:
    """Reads each line of one document for what it is (`Kind`), strongest signal first:
    the capture tool's wrapper, link fragments, the link on the line, the heading level,
    then the line's own text."""

    __slots__ = ("document", "headings", "links", "marked", "stripped", "title_level", "voted")

    def __init__(self, document: Document, stripped: Sequence[str]) -> None:
        self.document = document
        self.stripped = stripped
        self.links = dict(document.links)  # (a dict is quicker to look up than a proxy)
        self.headings = dict(document.headings)
        self.title_level = _title_level(document)
        self.marked: bool | None = None  # whether the page marks its titles, once asked
        self.voted: dict[int, str | None] = {}
        """The paper that the vote button of a count's line names (or ``None``), by line:
        read once, when the count's kind is (`_count_kind`)."""

    def marks_titles(self) -> bool:
        """Whether the page marks its paper titles: a level of paper headings, or a line
        that is all one link to a paper page."""
        if self.marked is None:
            self.marked = self.title_level is not None or any(
                self.token(index, self.stripped[index]).rule == "paper-link"
                for index in self.links
                if self.stripped[index]
            )
        return self.marked

    def token(self, index: int, line: str) -> Token:
        """The token of non-blank line *index* (stripped *line*). `Token.text` is empty when
        the line reads as it stands."""
        plain = _TEXT
        first = line[0]
        if first == "[" or first == "]":
            if len(line) <= 12 and _FRAGMENT.fullmatch(line):
                return Token(KIND_FURNITURE, line, None, "link-fragment")
            if line[:2] == "](" or line[:2] == "][":
                closed = _LINK_CLOSE.match(line)
                if closed is not None:  # the end of a link written over lines: read the rest
                    rest = line[closed.end() :].strip()
                    if not rest:
                        return Token(KIND_FURNITURE, line, None, "link-fragment")
                    line = rest
                    plain = Token(KIND_TEXT, rest)
            if line[-1] == "]" and "][" in line:
                found = _REFERENCE_LINE.fullmatch(line)
                if found is not None:
                    line = found.group(1).strip() or line
                    plain = Token(KIND_TEXT, line)
        if "[" in line and "[]" in line:
            shown = without_empty_pictures(line)
            if shown and shown != line:
                if shown in _BULLETS:  # a list item holding a picture only: an avatar, an icon
                    return Token(KIND_FURNITURE, line, None, "list-bullets")
                line = shown
                plain = Token(KIND_TEXT, shown)
        item = furniture_item(line)
        links = self.links
        if item is not None:
            kind = _KIND_OF_RULE[item.rule]
            if kind is KIND_COUNT and links and index in links:
                kind = self._count_kind(index, links[index])
            return Token(kind, plain.text, item)
        if (first == "[" or first == "]") and not line.strip("[] "):
            # brackets alone: what a converter leaves of an image link's label when the
            # link's text crosses a blank line (`[[ ]` over the vote count's `94](...)`)
            return Token(KIND_FURNITURE, line, None, "link-fragment")
        headings = self.headings
        if headings and index in headings and headings[index] == self.title_level:
            return Token(KIND_TITLE, line, None, "title-heading", True)
        if links and index in links:
            found_links = links[index]
            if len(found_links) == 2:
                counts = _vote_and_comment_counts(line, found_links)
                if counts is not None:
                    return Token(KIND_VOTES, plain.text, counts)
                counts = _author_and_comment_counts(line, found_links)
                if counts is not None:
                    return Token(Kind.AUTHORS_COUNT, plain.text, counts)
            if len(found_links) == 1 and is_paper_link(found_links[0].url):
                text = found_links[0].text
                if text is not None and text.strip() == line and _MARKUP.fullmatch(line):
                    return Token(KIND_FURNITURE, line, None, "picture-link")
                if (
                    text is not None
                    and text.strip() == line
                    and (line_shape(line) == "title" or self.listed(index, line))
                ):
                    return Token(KIND_TITLE, line, None, "paper-link", True)
        return plain

    def _count_kind(self, index: int, links: Sequence[Link]) -> Kind:
        """What a bare count on line *index*, whose line has *links*, is: the votes on a
        vote button (the paper it names is kept in `voted`), the comment count on a
        ``#community`` link, else a count that says nothing of itself."""
        for link in links:
            paper = voted_paper(link.url)
            if paper is not None:
                self.voted[index] = paper
                return KIND_VOTES
        self.voted[index] = None
        for link in links:
            if is_comments_link(link.url):
                return KIND_COMMENTS
        return KIND_COUNT

    def listed(self, index: int, line: str) -> bool:
        """Whether line *index*, all one link to a paper page, is an entry of a list of
        such links (``<li><a href=…/poster/N>…</a></li>``): a title, whatever its shape
        (``… Denoising vs. Signal Forgetting``, a title that ends with a full stop). A
        summary that a scraper links to its paper page is a paragraph, not a list item."""
        return len(line) <= TITLE_MAX_CHARS and index in self.document.items
