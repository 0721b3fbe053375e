"""Paper listings (Hugging Face daily, trending and search pages; lists of paper titles
each linked to its paper page, such as a virtual site's papers.html).

The plain capture (a browser's copy of a daily page) is a subscribe banner, then a title
line and an abstract line for each paper::

    Get trending papers in your email inbox once a day!
    Get trending papers in your email inbox!
    SubscribeImproving performance of deep learning models with axiomatic attribution ...
    Recent research has demonstrated that feature attribution methods for deep networks ...
    Vanishing Gradients in Reinforcement Finetuning of Language Models
    Pretrained language models are commonly aligned with human preferences and ...

The capture glued the ``Subscribe`` button to the first title; the parser takes it off again.
Which line starts the next paper is decided by line shape (`line_shape`): a title is short
and does not end like a sentence, an abstract is long or ends with a full stop. A damaged
spot (a missing, duplicated or joined line) gets a diagnostic and the papers around it are
kept intact.

Search and trending pages print more around each paper, and scrapers, exporters and
HTML-to-markdown converters capture it in different orders::

    101                                   votes, before the title (search pages)
    OCC-RAG: Optimal Cognitive Core for Faithful Question Answering
    Recent progress in the development of language models has been defined by scale, ...
    OCC                                   the organisation, or "- 3 authors"
    ·
    May 29 6                              the date, then the comment count

    Submitted by                          trending pages: the user who submitted it
    vvasilev
    Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation
    We present Kandinsky 6.0 Video, a family of foundation diffusion models for ...
    Kandinsky Lab · Published on Oct 4, 2026
    Upvote
    117                                   votes, after the byline
    GitHub 131 arXiv Page                 GitHub stars

Every line is first recognised for what it is (`Kind`: a title, text, a count, a date, a
link fragment, the storing tool's wrapper...) from its strongest signals: the links on the
line (a paper page, a vote button), its heading level, its own text; the assembler then
places the values, with its state in `Phase` and `After`. Each value line is read by an
anchored recogniser (`furniture_rule` names it; counts come from `kit.counts`) and its value
goes to the paper it belongs to: head lines (``Submitted by``, ``[-] 12`` and a bare count
right before a title) to the next paper, everything else to the paper before. The site
header (menus, tabs, the search query, the listing date) is skipped with named rules. In a
markdown capture (one whose links the normalisation step collected), consecutive text lines
are one field, as in markdown, so titles and abstracts with hard line breaks stay whole, and
the links of the paper page, GitHub and arXiv become `Paper.links`.
"""

from __future__ import annotations

import enum
import functools
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal, NamedTuple

from ..capture.document import Document
from ..capture.formats import read_document
from ..capture.normalize import normalize
from ..errors import RenderError
from ..models import Link, Page, Paper, Span, YearSource
from .kit.blocks import check_abstract, check_line, reject_unsupported
from .kit.counts import (
    DOTS,
    is_comments_link,
    is_vote_link,
    read_author_count,
    read_bracketed_votes,
    read_count,
    read_repository,
    voted_paper,
)
from .kit.embedded import embedded_papers, merge_embedded
from .kit.fields import split_truncation
from .kit.ledger import BOILERPLATE, Ledger, LineState
from .kit.links import is_paper_link
from .kit.records import Records
from .kit.scan import scan
from .kit.vocabulary import MONTHS

__all__ = [
    "Kind",
    "api_version",
    "detect",
    "detect_text",
    "furniture_rule",
    "header_rule",
    "line_shape",
    "name",
    "parse",
    "parse_papers",
    "render",
]

name = "listing"
api_version = 2

HEADER = (
    "Get trending papers in your email inbox once a day!",
    "Get trending papers in your email inbox!",
)
"""The banner a listing page starts with (both lines are `BOILERPLATE`)."""
HEADER_START = "Get trending papers"
"""What both banner lines start with."""
SUBSCRIBE = "Subscribe"
"""The button after the banner; captures glue it to the first title."""

TITLE_MAX_CHARS = 250
"""Longer lines are abstracts (real titles stay well below: 137 at most on the real page)."""
TITLE_MAX_SPACES = 30
"""Lines with this many spaces or more may be abstracts even when they do not end in "."."""

Shape = Literal["title", "abstract", "either"]
"""What a line can be: only a title, only an abstract, or either (position decides)."""


# -- line recognisers -----------------------------------------------------------------------
def line_shape(line: str) -> Shape:
    """Whether stripped *line* reads as a title, an abstract, or could be either.

    ``"abstract"``: longer than `TITLE_MAX_CHARS` or ends with a full stop. ``"either"``:
    holds a sentence break (``". "``), ends with ``…``, or has `TITLE_MAX_SPACES` spaces or
    more. ``"title"`` otherwise: short and without sentence punctuation at its end.
    """
    if len(line) > TITLE_MAX_CHARS or line.endswith("."):
        return "abstract"
    if (
        ". " in line
        or line.count(" ") >= TITLE_MAX_SPACES
        or (line.endswith("\u2026") and len(line) > 1)
    ):
        return "either"
    return "title"


_MONTHS = MONTHS
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = (
    rf"(?:Published on\s{{1,3}})?{_MONTH}\s{{1,3}}(?P<day>\d{{1,2}})"
    r"(?:,\s{0,3}(?P<year>\d{4}))?"
)
_DOTS = DOTS  # "·" and "⋅"
_DATE = re.compile(rf"(?P<dot>[{_DOTS}]\s{{0,3}})?{_DAY}(?:\s{{1,3}}(?P<comments>\d{{1,9}}))?")
_DATE_STARTS = frozenset((*_MONTHS, "Pub"))
"""How a `_DATE` line starts when no "·" leads it: a month name or "Published on"."""
_ORGANIZATION_DATE = re.compile(
    rf"(?P<org>[^{_DOTS}\s][^{_DOTS}]{{0,99}}?)\s{{1,3}}[{_DOTS}]\s{{1,3}}{_DAY}"
)
_SUBMITTED_BY = re.compile(r"Submitted by(?:\s{1,3}(?P<user>[\w.\-]{1,64}))?")
_URL = re.compile(r"https?://\S{1,2000}")
_USER_NAME = re.compile(r"\w[\w.\-]{0,63}")
_FURNITURE_MAX_CHARS = 200
_URL_MAX_CHARS = 2_010


class _Item(NamedTuple):
    """A furniture line as read: its rule and the value it holds."""

    rule: str
    number: int | None = None  # votes, comments, stars or author count
    day: tuple[int, int, int | None] | None = None  # (month, day, year or None)
    text: str | None = None  # a user name, an organisation or a URL
    dotted: bool = False  # a date line led by "·"


_SEPARATOR = _Item("byline-separator")
_MENU_GITHUB = _Item("star-count")  # "GitHub" alone: a menu entry in a list
_UPVOTE = _Item("upvote-label")
_VIEW_ALL = _Item("view-all")


_MONTH_NUMBERS = {month: number for number, month in enumerate(_MONTHS, 1)}


def _day(match: re.Match[str]) -> tuple[int, int, int | None]:
    month, day, year = match.group("month", "day", "year")
    return _MONTH_NUMBERS[month[:3]], int(day), None if year is None else int(year)


def _item(line: str) -> _Item | None:
    """The furniture that stripped *line* is, or ``None`` for text (a title, an abstract...).

    Pages repeat their furniture (counts, ``Upvote``, ``· 3 authors``, dates) on line
    after line: the answers for lines of furniture length are remembered (`_read_item`
    through `_remembered_item`, a bounded cache); a longer line is only ever a URL."""
    if len(line) > _FURNITURE_MAX_CHARS and line[:4] != "http":
        return None
    return _remembered_item(line)


def _read_item(line: str) -> _Item | None:
    """`_item`, read from the line's text."""
    if line.startswith("http"):
        if len(line) <= _URL_MAX_CHARS and not line.endswith(".") and _URL.fullmatch(line):
            return _Item("url", text=line)
        return None
    if len(line) > _FURNITURE_MAX_CHARS or line.endswith("."):
        return None
    first = line[0]
    if first.isdigit() or first == "-":
        number = read_count(line)
        if number is not None:
            return _Item("count", number=number)
        number = read_author_count(line)
        if number is not None:
            return _Item("author-count", number=number)
        repository, number = read_repository(line)
        if repository and number is not None:
            return _Item("star-count", number=number)
    elif first in _DOTS:
        if len(line) == 1:
            return _SEPARATOR
        number = read_author_count(line)
        if number is not None:
            return _Item("author-count", number=number)
    elif first == "[":
        number = read_bracketed_votes(line)
        if number is not None:
            return _Item("vote-count", number=number)
    elif line == "Upvote":
        return _UPVOTE
    elif line == "View all":
        return _VIEW_ALL
    elif first in "GaSL" and (line.startswith(("GitHub", "arXiv", "Submitted by", "LINK:"))):
        repository, number = read_repository(line)
        if repository:
            return _Item("star-count", number=number)
        found = _SUBMITTED_BY.fullmatch(line)
        if found:
            return _Item("submitted-by", text=found.group("user"))
    found = _DATE.fullmatch(line) if first in _DOTS or line[:3] in _DATE_STARTS else None
    if found:
        comments = found.group("comments")
        return _Item(
            "date",
            number=None if comments is None else int(comments),
            day=_day(found),
            dotted=found.group("dot") is not None,
        )
    if "\u00b7" in line or "\u22c5" in line:
        found = _ORGANIZATION_DATE.fullmatch(line)
        if found:
            return _Item("organization-date", day=_day(found), text=found.group("org"))
    return None


_remembered_item = functools.lru_cache(maxsize=4096)(_read_item)


def furniture_rule(line: str) -> str | None:
    """The name of the furniture rule that stripped *line* matches, or ``None``.

    Rules: ``count`` (a bare number or ``-``: votes or comments, decided by position, see
    `parse_papers`), ``vote-count`` (``[-] 12``), ``upvote-label`` (``Upvote``),
    ``star-count`` (``GitHub 3.29k arXiv Page``, ``11.3k``, ``arXiv Page``),
    ``author-count`` (``· 3 authors``, ``- 1 authors``), ``date`` (``May 30``,
    ``Mar 8, 2024``, ``· Published on Oct 4, 2026``, ``May 29 6`` with a comment count),
    ``organization-date`` (``Meta · Published on Sep 29, 2026``), ``submitted-by``,
    ``byline-separator`` (a lone ``·``), ``view-all`` and ``url`` (a bare link).
    """
    item = _item(line)
    return None if item is None else item.rule


_SITE_MENU = ("Hugging Face", "Models", "Datasets", "Spaces", "Buckets", "Buckets new", "Docs",
              "Enterprise", "Pricing", "Log In", "Sign Up")  # fmt: skip
_PAPERS_PAGE_CONTROLS = ("Layout:", "mini compact topic detail", "\u00d7",
    "No topics available", "No sessions available", "title", "author", "topic", "session",
    "shuffle", "serendipity", "bookmarked first", "visited first", "not visited first",
    "bookmarked but not visited", "Loading...",
    "Enable Javascript in your browser to see the papers page.",
    "Search by arxiv id or title")  # fmt: skip
"""A virtual site's papers page: its layout, sort and search controls, and the note over
the plain list it keeps for clients without JavaScript; the search box's placeholder of
Hugging Face's papers pages."""
_HEADER_LINES: dict[str, str] = {
    **dict.fromkeys(
        ("new", "Daily Papers", "Trending Papers", "Daily", "Weekly", "Monthly", "by", "AK"),
        "page-navigation",
    ),
    **dict.fromkeys(
        ("Daily Papers - Hugging Face", "Trending Papers - Hugging Face"), "page-title"
    ),
    **dict.fromkeys(_SITE_MENU, "site-navigation"),
    **dict.fromkeys(_PAPERS_PAGE_CONTROLS, "page-controls"),
}
_COMMUNITY = re.compile(r"(?:by\s{0,3}[\w.\-]{1,40}\s{1,3})?and the research community")


def header_rule(line: str) -> str | None:
    """The rule naming stripped *line* when it is site header furniture, else ``None``.

    ``site-navigation`` (the site menu: ``Models``, ``Log In`` ...), ``page-title``
    (``Daily Papers - Hugging Face``) and ``page-navigation`` (``new``, ``Daily Papers``,
    ``Trending Papers``, the ``Daily`` / ``Weekly`` / ``Monthly`` tabs, ``by AK and the
    research community`` whole or split) and ``page-controls`` (the layout, sort and
    search controls of a virtual site's papers page: ``Layout:``, ``shuffle``,
    ``bookmarked first``, ``Loading...``, its ``Enable Javascript …`` note). These lines
    are skipped only in the page header, before the first paper.
    """
    rule = _HEADER_LINES.get(line)
    if rule is None and line.endswith("community") and _COMMUNITY.fullmatch(line):
        return "page-navigation"
    return rule


_LABEL_MAX_CHARS = 40
"""Menu labels are short (``Buckets new``, ``Log In``); a paper title rarely is."""
_LABEL_URL_LINES = 2
"""How far under a label a text export prints its URL (past one blank line)."""


def _site_page(url: str) -> bool:
    """Whether *url* is a page of the listing's own site (huggingface.co, or a path on
    the same host) other than a paper page: a site section, a log-in page, a user."""
    if url.startswith("/"):
        return not url.startswith("//") and not is_paper_link(url)
    if not url.startswith(("https://", "http://")):
        return False
    host = url.split("/", 3)[2].lower()
    return (host == "huggingface.co" or host.endswith(".huggingface.co")) and not is_paper_link(url)


_HF_PAPER = re.compile(r"https?://(?:www\.)?huggingface\.co/papers/(?!date/)[\w.\-]{1,100}/?")
_WEB_LINK = re.compile(r"https?://[^\s\[\]<>\"]{1,2000}")


def _keeps(url: str) -> bool:
    """Whether a link to *url* is kept in `Paper.links`: a Hugging Face paper page, any
    page off huggingface.co (GitHub, arXiv, a project page), or a paper page given as a
    path on the page's own site (``/virtual/2026/poster/63469``, ``/papers/2407.21783``).
    Log-in, comment, user, organisation and avatar links are not kept."""
    if not url.startswith(("https://", "http://")):
        # a paper page on the same site (``/virtual/2026/poster/63469``)
        return url.startswith("/") and not url.startswith("//") and is_paper_link(url)
    host = url.split("/", 3)[2].lower()
    if host == "huggingface.co" or host.endswith(".huggingface.co"):
        # a paper page (which is a web link too)
        return "/papers/" in url and _HF_PAPER.fullmatch(url) is not None
    return _WEB_LINK.fullmatch(url) is not None


# -- detection ------------------------------------------------------------------------------
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
    facts = scan(text)
    if facts.time_lines(1):
        return 0.0  # a schedule: session or detail page
    author_lists = any(_author_content(facts.line_at(start)) for start in facts.separator_lines())
    if author_lists and facts.line_starting(HEADER_START) is None:
        return 0.0  # names joined by " · " and no banner: at most 0.1, whatever follows
    banner = pairs = long_pairs = content = authors = signs = 0
    previous: Shape | None = None
    for line in facts.lined[1:-1].split("\n", 800)[:800]:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped in HEADER:
            banner += 1
            continue
        if stripped in BOILERPLATE or header_rule(stripped) is not None:
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
        and line not in BOILERPLATE
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
    score = detect_text(head)
    if score < _LINK_LIST_SCORE and document.links and _lists_paper_links(document, head):
        return _LINK_LIST_SCORE
    return score


_LINK_LIST_SCORE = 0.6
_LINK_LIST_RUN = 5
"""Paper links in a row that make a list of papers (a session or award page prints names
between its titles; a related-papers box is shorter)."""


def _lists_paper_links(document: Document, head: str) -> bool:
    """Whether the start of *document* (*head*) holds a list of paper titles, each all one
    link to a paper page (``<li><a href="/virtual/2026/poster/63469">title</a></li>``),
    `_LINK_LIST_RUN` or more of them with nothing but blank lines between them."""
    stop = head.count("\n") + 1
    lines, furniture = document.lines, document.furniture
    run, last = 0, -1
    for index in sorted(document.links):
        if index >= stop:
            break
        found = document.links[index]
        line = lines[index].strip()
        text = found[0].text
        if (
            len(found) != 1
            or text is None
            or text.strip() != line
            or len(line) > TITLE_MAX_CHARS
            or not is_paper_link(found[0].url)
        ):
            continue
        between = range(last + 1, index)
        if run and all(not lines[at].strip() or at in furniture for at in between):
            run += 1
        else:
            run = 1
        if run >= _LINK_LIST_RUN:
            return True
        last = index
    return False


def _embeds_a_listing(document: Document) -> bool:
    for item in document.embedded:
        data = item.data
        if item.kind == "data-props" and isinstance(data, dict):
            target = data.get("target")
            if isinstance(target, str) and "Papers" in target and embedded_papers(document):
                return True
    return False


# -- recognising: what each line is ---------------------------------------------------------
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
_KIND_TITLE = Kind.TITLE
_KIND_TEXT = Kind.TEXT
_KIND_COUNT = Kind.COUNT
_KIND_VOTES = Kind.VOTES
_KIND_COMMENTS = Kind.COMMENTS
_KIND_FURNITURE = Kind.FURNITURE

_KIND_OF_RULE: dict[str, Kind] = {
    "count": Kind.COUNT,
    "vote-count": Kind.VOTES,
    "upvote-label": Kind.FURNITURE,
    "view-all": Kind.FURNITURE,
    "byline-separator": Kind.FURNITURE,
    "star-count": Kind.STARS,
    "author-count": Kind.AUTHORS_COUNT,
    "date": Kind.DATE,
    "organization-date": Kind.ORGANISATION,
    "submitted-by": Kind.SUBMITTER,
    "url": Kind.LINK,
}


class Token(NamedTuple):
    """One line as recognised: its kind, its text (a link label cleaned of its brackets;
    empty for a text line read as it stands), the value it holds, and the rule that names
    it when it is furniture."""

    kind: Kind
    text: str
    item: _Item | None = None
    rule: str | None = None
    strong: bool = False


_FRAGMENT = re.compile(r"\]\s{0,3}(?:\[\d{0,5}\])?|\[|\]\[\d{1,5}\]")
"""What a text-mode browser leaves of a link written over several lines: ``][31]``."""
_REFERENCE_LINE = re.compile(r"\[(?:\[[^\[\]]{0,200}\]\s{0,3})?([^\[\]]{1,300})\]\[\d{0,5}\]")
"""A line that is one reference link the reader could not take apart (an image in its
text): ``[[microsoft] Microsoft][67]``; its label is the text after the image."""


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


_TEXT = Token(Kind.TEXT, "")
"""The token of most lines: text, as it stands on the line (an empty `Token.text`)."""


class _Recogniser:
    """Reads each line of one document for what it is (`Kind`), strongest signal first:
    the capture tool's wrapper, link fragments, the link on the line, the heading level,
    then the line's own text."""

    __slots__ = ("document", "headings", "links", "marked", "stripped", "title_level")

    def __init__(self, document: Document, stripped: Sequence[str]) -> None:
        self.document = document
        self.stripped = stripped
        self.links = dict(document.links)  # (a dict is quicker to look up than a proxy)
        self.headings = dict(document.headings)
        self.title_level = _title_level(document)
        self.marked: bool | None = None  # whether the page marks its titles, once asked

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
                return Token(_KIND_FURNITURE, line, None, "link-fragment")
            if line[-1] == "]" and "][" in line:
                found = _REFERENCE_LINE.fullmatch(line)
                if found is not None:
                    line = found.group(1).strip() or line
                    plain = Token(_KIND_TEXT, line)
        item = _item(line)
        links = self.links
        if item is not None:
            kind = _KIND_OF_RULE[item.rule]
            if kind is _KIND_COUNT and links and index in links:
                kind = _count_kind(links[index])
            return Token(kind, plain.text, item)
        headings = self.headings
        if headings and index in headings and headings[index] == self.title_level:
            return Token(_KIND_TITLE, line, None, "title-heading", True)
        if links and index in links:
            found_links = links[index]
            if len(found_links) == 1 and is_paper_link(found_links[0].url):
                text = found_links[0].text
                if (
                    text is not None
                    and text.strip() == line
                    and (line_shape(line) == "title" or self.listed(index, line))
                ):
                    return Token(_KIND_TITLE, line, None, "paper-link", True)
        return plain

    def listed(self, index: int, line: str) -> bool:
        """Whether line *index*, all one link to a paper page, is an entry of a list of
        such links (``<li><a href=…/poster/N>…</a></li>``): a title, whatever its shape
        (``… Denoising vs. Signal Forgetting``, a title that ends with a full stop). A
        summary that a scraper links to its paper page is a paragraph, not a list item."""
        return len(line) <= TITLE_MAX_CHARS and index in self.document.items


def _count_kind(links: Sequence[Link]) -> Kind:
    """What a bare count whose line has *links* is: the votes on a vote button, the comment
    count on a ``#community`` link, else a count that says nothing of itself."""
    for link in links:
        if is_vote_link(link.url):
            return _KIND_VOTES
    for link in links:
        if is_comments_link(link.url):
            return _KIND_COMMENTS
    return _KIND_COUNT


# -- parsing --------------------------------------------------------------------------------
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


# -- rendering ------------------------------------------------------------------------------
_PAPER_FIELDS = frozenset(
    ("title", "abstract", "abstract_truncated", "votes", "comments", "stars", "author_count",
     "organization", "published", "submitted_by", "links")
)  # fmt: skip


def _check_field(line: str, what: str, wrong_shape: Shape) -> None:
    check_line(line, what)
    if _item(line) is not None:
        raise RenderError(f"{what} {line!r} reads as listing furniture")
    if line_shape(line) == wrong_shape:
        other = "an abstract" if wrong_shape == "abstract" else "a title"
        raise RenderError(f"{what} {line!r} reads as {other}")


def _furniture(line: str, rule: str, what: str, **values: object) -> str:
    """*line*, after checking that it reads back as *rule* with *values*."""
    item = _item(line)
    if item is None or item.rule != rule or any(getattr(item, k) != v for k, v in values.items()):
        raise RenderError(f"{what} would not be read back from {line!r}")
    return line


def _head(paper: Paper) -> list[str]:
    """``Submitted by <user>`` and the vote count: the lines before the title."""
    out: list[str] = []
    if paper.submitted_by is not None:
        user = paper.submitted_by
        out.append(_furniture(f"Submitted by {user}", "submitted-by", "submitter", text=user))
    if paper.votes is not None:
        out.append(_furniture(str(paper.votes), "count", "votes", number=paper.votes))
    return out


def _link_lines(paper: Paper) -> list[str]:
    out: list[str] = []
    for link in paper.links:
        if link.text is not None:
            raise RenderError("a plain listing prints links as bare URLs, without their text")
        if not _keeps(link.url) or link.url in out:
            raise RenderError(f"link {link.url!r} would not be read back as a paper link")
        out.append(_furniture(link.url, "url", "link", text=link.url))
    return out


def _byline(paper: Paper, abstract: str) -> list[str]:
    """Organisation or author count, ``·``, date and comments, stars: the lines after."""
    out: list[str] = []
    organization, count = paper.organization, paper.author_count
    if organization is not None and count is not None:
        raise RenderError("a listing shows an organisation or an author count, not both")
    if organization is not None:
        check_line(organization, "organisation")
        if _item(organization) is not None or organization == abstract:
            raise RenderError(f"organisation {organization!r} would not be read back")
        out += [organization, "\u00b7"]
    if count is not None:
        out += [_furniture(f"{count} authors", "author-count", "author count", number=count)]
        out.append("\u00b7")
    if paper.published is not None:
        day = paper.published
        line = f"{_MONTHS[day.month - 1]} {day.day}, {day.year:04d}"
        if paper.comments is not None:
            line += f" {paper.comments}"
        shown = (day.month, day.day, day.year)
        out.append(_furniture(line, "date", "date", number=paper.comments, day=shown))
    elif paper.comments is not None:
        raise RenderError("a listing prints the comment count after the date only")
    if paper.stars is not None:
        out.append(_furniture(f"GitHub {paper.stars}", "star-count", "stars", number=paper.stars))
    return out


def _render_paper(paper: Paper) -> tuple[list[str], str, list[str]]:
    """(head lines, title line, the lines after the title) of *paper*."""
    reject_unsupported(paper, _PAPER_FIELDS, name)
    if paper.title is None or paper.abstract is None:
        raise RenderError("a listing paper needs both a title and an abstract")
    _check_field(paper.title, "title", "abstract")
    if " ".join(paper.title.split()) != paper.title:
        raise RenderError(f"title {paper.title!r} has runs of spaces, which read back as one")
    lines = check_abstract(paper, authors_before=True)
    if len(lines) != 1:
        raise RenderError("a listing abstract is one line")
    (abstract,) = lines
    _check_field(abstract, "abstract", "title")
    if split_truncation(abstract) != (paper.abstract, paper.abstract_truncated):
        raise RenderError(f"abstract {paper.abstract!r} would not be read back as it is")
    if abstract == paper.title:
        raise RenderError("a paper whose abstract repeats its title reads as a duplicate line")
    body = [*_link_lines(paper), abstract, *_byline(paper, abstract)]
    return _head(paper), paper.title, body


def render(page: Page, *, today: date | None = None) -> str:
    """Write a `Page` of papers as a listing: the banner, then per paper its head lines
    (``Submitted by <user>``, the vote count), the title, its links as bare URLs, the
    abstract, and its byline lines (organisation or ``N authors``, ``·``, the date with the
    comment count, ``GitHub <stars>``).

    ``Subscribe`` is glued to the first title, as in the real capture, when the first paper
    has no head lines (a page without papers ends with a ``Subscribe`` line).
    """
    if page.sessions or page.awards:
        raise RenderError("the listing layout holds papers only")
    out = list(HEADER)
    previous: str | None = None  # the last line of the paper before, when it is text
    for number, paper in enumerate(page.papers):
        head, title, body = _render_paper(paper)
        if not head and title == previous:
            raise RenderError(f"title {title!r} repeats the abstract before it")
        if number == 0:
            out += [SUBSCRIBE, *head, title] if head else [SUBSCRIBE + title]
        else:
            out += [*head, title]
        out += body
        previous = body[-1] if _item(body[-1]) is None else None
    if not page.papers:
        out.append(SUBSCRIBE)
    text = "\n".join(out)
    if read_document(normalize(text)).text != text:
        raise RenderError("the text would be changed by normalisation (Unicode, markdown)")
    return text
