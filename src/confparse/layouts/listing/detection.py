"""Detection: how sure the listing layout is that a page is a listing."""

from __future__ import annotations

import re

from ...capture.document import Document
from ..kit.embedded import embedded_papers
from ..kit.links import paper_pages
from ..kit.scan import Facts, scan
from .furniture import (
    HEADER,
    HEADER_START,
    LINE_FURNITURE,
    PAPERS_NOTE,
    furniture_rule,
    header_rule,
)
from .shapes import TITLE_MAX_CHARS, Shape, line_shape

_ENTRY_RULES = frozenset(
    ("vote-count", "upvote-label", "star-count", "author-count", "submitted-by",
     "organization-date")
)  # fmt: skip


def detect_text(text: str) -> float:
    """Scores listings: the "Get trending papers" banner, title/abstract alternation or
    listing furniture (author counts, votes, ``Submitted by``), and no time lines or " · "
    author lines (which session and award pages have). The banner with a clean listing
    under it is certain.

    Time lines, the banner and author lines come from the shared scan of the page's first
    16 KB (`confparse._scan`); a page that cannot reach the threshold is not read line by
    line, and reading stops once the page is certain.
    """
    score = _score(scan(text))
    return 0.0 if score is None else score


def _score(facts: Facts) -> float | None:
    """`detect_text` of the page whose start's *facts* are given; ``None`` when that start
    holds what no listing's does, and nothing else of the page is to be read, neither its
    lines nor its links (the menus and related papers of such pages link to paper pages
    too): a time line (a schedule: a session's or an event's page), or names joined by
    " · " without the banner (the author lines of session, award and detail pages; such a
    page would score 0.1 at most, whatever follows)."""
    if facts.time_lines(1):
        return None
    author_lists = any(_author_content(facts.line_at(start)) for start in facts.separator_lines())
    if author_lists and facts.line_starting(HEADER_START) is None:
        return None
    banner = pairs = long_pairs = content = authors = signs = 0
    previous: Shape | None = None
    for line in facts.lined[1:-1].split("\n", 800)[:800]:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped in HEADER:
            banner += 1
            continue
        if stripped in LINE_FURNITURE or header_rule(stripped) is not None:
            continue
        rule = furniture_rule(stripped)
        if rule is not None:
            signs += rule in _ENTRY_RULES
            if banner and signs >= 3 and not author_lists:
                return 1.0  # the banner over listing furniture, no author list anywhere
            continue
        content += 1
        authors += _author_list(stripped)
        shape = line_shape(stripped)
        if previous is not None and previous != "abstract" and shape != "title":
            pairs += 1
            long_pairs += len(stripped) > _DETECT_LONG_ABSTRACT
            previous = None
            if banner and pairs >= 3 and 2 * pairs >= 0.8 * content and not author_lists:
                return 1.0  # the banner over titles and abstracts, no author list anywhere
        else:
            previous = shape
    if banner:
        listed = (pairs >= 3 and 2 * pairs >= 0.8 * content) or signs >= 3
        if listed and not authors:
            return 1.0
        return (0.9 if listed else 0.6) - (0.4 if authors else 0.0)
    # Without the banner, only what no other page prints in bulk: titles over abstracts too
    # long to be anything else, or listing lines for every few lines of text (a news page's
    # headlines over teasers, a shop's "1.4k" counts are neither).
    listed = (long_pairs >= 3 and 2 * long_pairs >= 0.8 * content) or (
        signs >= 3 and 4 * signs >= content
    )
    return (0.5 if listed else 0.0) - (0.4 if authors else 0.0)


_DETECT_LONG_ABSTRACT = 250
"""Characters above which a line after a title is an abstract and nothing else."""


_NOT_IN_AUTHOR_LISTS = re.compile(r"[\d\[\]/]")


def _author_content(line: str) -> bool:
    """An author list that the detector's loop would count: not banner, boilerplate, header
    or listing furniture (a lone ``·`` is furniture)."""
    return (
        _author_list(line)
        and line not in HEADER
        and line not in LINE_FURNITURE
        and header_rule(line) is None
        and furniture_rule(line) is None
    )


def _author_list(line: str) -> bool:
    """True for a line of names joined by " · " (not "· 3 authors" or "· May 30" furniture)."""
    if "\u00b7" not in line and "\u22c5" not in line:
        return False
    return _NOT_IN_AUTHOR_LISTS.search(line) is None


def detect(document: Document) -> float:
    """How sure this layout is that *document* is its page (see `detect_text`). Saved
    Hugging Face HTML that embeds its listing (a ``data-props`` JSON whose target names
    papers in the plural, with paper entries in it) is certain even when its visible text is
    thin, as on pages that build their list by JavaScript (a single paper's page embeds
    ``PaperContent``: no listing)."""
    if document.embedded and _embeds_a_listing(document):
        return 1.0
    head = document.head()
    score = _score(scan(head))
    if score is None:
        return 0.0
    if score >= _LINK_LIST_SCORE:
        return score
    if _NOTE_START in head and _titles_under_note(head):
        return _LINK_LIST_SCORE
    if document.links and _links_list_papers(document, head):
        return _LINK_LIST_SCORE
    return score


_LIST_BULLET = re.compile(r"^\s*(?:[*+\u2022\u25e6-]\s{1,3})?")


_NOTE_START = PAPERS_NOTE.removesuffix(" page.")
"""The papers page's note up to its last word, which an extractor may print on a line of
its own (BeautifulSoup's `get_text`: ``... to see the papers`` over ``page.``)."""


def _titles_under_note(head: str) -> bool:
    """Whether the `_LINK_LIST_RUN` lines of text after the papers page's note (whole or
    over two lines; past blank lines, and a list bullet on each) are there, most of them
    shaped as titles."""
    after = head[head.index(_NOTE_START) :].split("\n", 41)[1:41]
    lines = [_LIST_BULLET.sub("", line, count=1) for line in after if line.strip()]
    if lines and lines[0].strip() == "page.":
        del lines[0]  # the note's last word
    lines = lines[:_LINK_LIST_RUN]
    titled = sum(line_shape(line) == "title" for line in lines)
    return len(lines) == _LINK_LIST_RUN and 2 * titled > _LINK_LIST_RUN


_LINK_LIST_SCORE = 0.6
_LINK_LIST_RUN = 5
"""Paper links in a row that make a list of papers (a session or award page prints names
between its titles; a related-papers box is shorter)."""


_HUB_TITLES = 3
"""Titles linked to as many Hugging Face paper pages that make a part of a listing."""


def _links_list_papers(document: Document, head: str) -> bool:
    """Whether the start of *document* (*head*) lists papers by their links: a list of
    titles, each all one link to a paper page (``<li><a href="/virtual/2026/poster/63469">
    title</a></li>``), `_LINK_LIST_RUN` or more with nothing but blank lines between them;
    or `_HUB_TITLES` titles or more linked to the pages of different Hugging Face papers
    (`_hub_title`): a part of a listing, captured without the page's banner (a selection
    of its entries). No other page links its titles to those pages. One walk over the lines
    of paper links (`paper_pages`), which stops when either is found."""
    lines, links, furniture = document.lines, document.links, document.furniture
    run, last = 0, -1
    papers: set[str] = set()
    for index, match in paper_pages(links, head.count("\n") + 1):
        line = lines[index].strip()
        text = links[index][0].text
        if text is not None and text.strip() == line and len(line) <= TITLE_MAX_CHARS:
            between = range(last + 1, index)
            if run and all(not lines[at].strip() or at in furniture for at in between):
                run += 1
            else:
                run = 1
            if run >= _LINK_LIST_RUN:
                return True
            last = index
        paper = match.group("hub")
        if paper is not None and _hub_title(lines, index, text):
            papers.add(paper)
            if len(papers) >= _HUB_TITLES:
                return True
    return False


def _hub_title(lines: list[str], index: int, text: str | None) -> bool:
    """Whether line *index*, whose one link (its text: *text*) is a Hugging Face paper's
    page, is a title linked to it: the link is the line, shaped as a title; or the line is
    the URL alone (*text* ``None``), as text exports print links, under such a line."""
    line = lines[index]
    if text is None and not line.strip():  # a URL alone: the link of the text above
        line = next((lines[at] for at in range(index - 1, max(index - 4, -1), -1)
                     if lines[at].strip()), "")  # fmt: skip
        text = " ".join(line.split())
    line = " ".join(line.split())
    return text == line and line_shape(line) == "title"


def _embeds_a_listing(document: Document) -> bool:
    for item in document.embedded:
        data = item.data
        if item.kind == "data-props" and isinstance(data, dict):
            target = data.get("target")
            if isinstance(target, str) and "Papers" in target and embedded_papers(document):
                return True
    return False
