"""Furniture and header rules by text: what a listing line is when it is not text.

`furniture_rule` names a value line (a count, a date, ``Submitted by``, a bare URL) and
`furniture_item` reads its value; `header_rule` names the site header's menus, tabs and page
controls. The banner a listing page starts with (`HEADER`) lives here too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from ..kit.counts import DOTS, read_author_count, read_bracketed_votes, read_count, read_repository
from ..kit.heads import is_banner
from ..kit.links import is_bare_url
from ..kit.vocabulary import ALL_SITES, HUGGING_FACE_MENU, LIST_BULLETS, without_bullet
from .shapes import (
    DATE,
    DATE_STARTS,
    IMAGE_NAME,
    ORGANIZATION_DATE,
    SUBMITTED_BY,
    read_day,
)

_FURNITURE_MAX_CHARS = 200
"""Longer lines are text, or a bare URL."""
_URL_MAX_CHARS = 2_010
"""Longer lines are text, even when they start with ``http``."""

HEADER = (
    "Get trending papers in your email inbox once a day!",
    "Get trending papers in your email inbox!",
)
"""The banner a listing page starts with (both lines are `ALL_SITES` furniture)."""
HEADER_START = "Get trending papers"
"""What both banner lines start with."""
SUBSCRIBE = "Subscribe"
"""The button after the banner; captures glue it to the first title."""

_PAGE_ENDS: dict[str, str] = {
    # a virtual site's page ends (its papers page, whose list has no abstracts): the hidden
    # load marker and the notice of the cookie that remembers the papers visited
    "Successful Page Load": "page-load-marker",
    "We use cookies to store which papers have been visited.": "cookie-notice",
    "I agree": "cookie-notice",
    # Hugging Face's date pager (its buttons on one line or one a line) and footer
    "Previous Next": "page-navigation",
    "Previous": "page-navigation",
    "Next": "page-navigation",
    "Company": "site-footer",
    "Website": "site-footer",
    "\u00a9 Hugging Face": "site-footer",
    "TOS Privacy About Jobs": "site-footer",
    "Models Datasets Spaces Pricing Docs": "site-footer",
}
LINE_FURNITURE: dict[str, str] = {**_PAGE_ENDS, **ALL_SITES.lines}
"""Lines that are furniture wherever they stand, by their whole (stripped) text: every
site's furniture (`ALL_SITES`, in capitals too), and the ends of the pages listings are
read from (the page-load marker and cookie notice of a virtual site's papers page; Hugging
Face's pager and footer). A paper's title or abstract is never one of them. Below one of
Hugging Face's, its footer stands: there, a line of `FOOTER` is furniture too."""
FOOTER: dict[str, str] = dict(HUGGING_FACE_MENU.lines)
"""Lines that are furniture below the end of a listing (`LINE_FURNITURE`'s pager and footer
lines): Hugging Face's footer links and site menu, one a line (``TOS``, ``Models``)."""


def footer_rule(line: str) -> str | None:
    """The rule that knows *line*, below the end of a listing, as a line of its footer: a
    line of `FOOTER`, or one of several of its one-word links (``TOS Privacy About``, as a
    converter that wraps its lines leaves the footer's ``TOS Privacy About Jobs``)."""
    rule = FOOTER.get(line)
    if rule is None and " " in line:
        rules = {FOOTER.get(word) for word in line.split()}
        if len(rules) == 1:
            rule = rules.pop()
    return rule


FOOTER_STARTS = frozenset(("page-navigation", "site-footer"))
"""The rules of `LINE_FURNITURE` lines that the footer starts with."""


class Item(NamedTuple):
    """A furniture line as read: its rule and the value it holds."""

    rule: str
    number: int | None = None  # votes, comments, stars or author count
    day: tuple[int, int, int | None] | None = None  # (month, day, year or None)
    text: str | None = None  # a user name, an organisation, a URL or a paper's id
    dotted: bool = False  # a date line led by "·"
    comments: int | None = None  # the comment count printed after the votes on one line


_SEPARATOR = Item("byline-separator")
MENU_GITHUB = Item("star-count")  # "GitHub" alone: a menu entry in a list
_UPVOTE = Item("upvote-label")
_VIEW_ALL = Item("view-all")
_CHECKBOX = Item("upvote-checkbox")
_BULLETS = Item("list-bullets")
_IMAGE = Item("image-name")
_IMAGE_NAME = re.compile(IMAGE_NAME)
_BULLET_CHARS = "*\u2022"
"""List bullets as text dumps print them: ``*`` (lynx, converters), ``•`` (w3m)."""
_BULLETED = re.compile(
    rf"[{_BULLET_CHARS}](?:\s{{1,4}}[{_BULLET_CHARS}]){{0,9}}(?:\s{{1,4}}{IMAGE_NAME})?"
)


def furniture_item(line: str) -> Item | None:
    """The furniture that stripped *line* is, or ``None`` for text (a title, an abstract...).

    Pages repeat their furniture (counts, ``Upvote``, ``· 3 authors``, dates) on line
    after line: the answers for lines of furniture length are remembered (`_read_item`
    through `_remembered_item`, a bounded cache); a longer line is only ever a URL."""
    if len(line) > _FURNITURE_MAX_CHARS and line[:4] != "http":
        return None
    return _remembered_item(line)


def _read_item(line: str) -> Item | None:
    """`furniture_item`, read from the line's text."""
    if line.startswith("http"):
        if len(line) <= _URL_MAX_CHARS and not line.endswith(".") and is_bare_url(line):
            return Item("url", text=line)
        return None
    if len(line) > _FURNITURE_MAX_CHARS or line.endswith("."):
        return None
    first = line[0]
    if first.isdigit() or first == "-":
        number = read_count(line)
        if number is not None:
            return Item("count", number=number)
        number = read_author_count(line)
        if number is not None:
            return Item("author-count", number=number)
        repository, number = read_repository(line)
        if repository and number is not None:
            return Item("star-count", number=number)
        if first == "-" and line[-1] in DOTS and len(line[1:].lstrip()) == 1:
            return _SEPARATOR  # "-   ·": the byline's "·" in a list item (pandoc's bullet)
    elif first in DOTS:
        if len(line) == 1:
            return _SEPARATOR
        number = read_author_count(line)
        if number is not None:
            return Item("author-count", number=number)
    elif first == "[":
        if line == "[ ]":
            return _CHECKBOX  # the upvote button's checkbox, as text browsers print it
        if len(line) <= 14 and _IMAGE_NAME.fullmatch(line):
            return _IMAGE  # a thumbnail without alternative text, as w3m prints it
        number = read_bracketed_votes(line)
        if number is not None:
            return Item("vote-count", number=number)
    elif first in _BULLET_CHARS:
        # list items that hold nothing but bullets (and a picture's file name): the authors'
        # avatars; a bullet before the byline's "·" or author count
        if _BULLETED.fullmatch(line):
            return _BULLETS
        rest = line.lstrip(_BULLET_CHARS + " ")
        if len(rest) == 1 and rest in DOTS:
            return _SEPARATOR
        number = read_author_count(rest)
        if number is not None:
            return Item("author-count", number=number)
    elif line == "Upvote":
        return _UPVOTE
    elif line == "View all":
        return _VIEW_ALL
    elif first in "GaSL" and (line.startswith(("GitHub", "arXiv", "Submitted by", "LINK:"))):
        repository, number = read_repository(line)
        if repository:
            return Item("star-count", number=number)
        found = SUBMITTED_BY.fullmatch(line)
        if found:
            return Item("submitted-by", text=found.group("user"))
    found = DATE.fullmatch(line) if first in DOTS or line[:3] in DATE_STARTS else None
    if found:
        comments = found.group("comments")
        return Item(
            "date",
            number=None if comments is None else int(comments),
            day=read_day(found),
            dotted=found.group("dot") is not None,
        )
    if "\u00b7" in line or "\u22c5" in line:
        found = ORGANIZATION_DATE.fullmatch(line)
        if found:
            return Item("organization-date", day=read_day(found), text=found.group("org"))
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
    ``byline-separator`` (a lone ``·``, or after a list bullet: ``* ·``, ``-   ·``),
    ``view-all``, ``upvote-checkbox`` (``[ ]``), ``list-bullets`` (``*``, ``* *``,
    ``• [be9c948ecf]``: list items of avatars whose pictures the capture lost) and ``url``
    (a bare link).
    """
    item = furniture_item(line)
    return None if item is None else item.rule


PAPERS_NOTE = "Enable Javascript in your browser to see the papers page."
"""The note over the plain list of titles that a virtual site's papers page keeps for
browsers without JavaScript: what a text browser or a main-text extractor prints of the
page. Each line under it is a title (`HeaderReader.header_line`)."""
_PAPERS_PAGE_CONTROLS = ("Layout:", "mini compact topic detail", "mini", "compact", "detail",
    "(*) mini ( ) compact ( ) topic ( ) detail", "\u00d7",
    "No topics available", "No sessions available", "title", "author", "topic", "session",
    "shuffle", "serendipity", "bookmarked first", "visited first", "not visited first",
    "bookmarked but not visited", "Loading...",
    PAPERS_NOTE, "Enable Javascript in your browser to see the papers", "page.",
    "Search by arxiv id or title", "Submit a paper", "``")  # fmt: skip
"""A virtual site's papers page: its layout, sort and search controls, and the note over
the plain list it keeps for clients without JavaScript; the search box's placeholder and
the submit button of Hugging Face's papers pages (the search box itself is an empty code
span in a converter's markdown: two backquotes)."""
_CONTROL = "|".join(
    re.escape(control)
    for control in sorted(_PAPERS_PAGE_CONTROLS, key=len, reverse=True)
    if control != "``"
)
_CONTROLS_LINE = re.compile(
    rf"(?:(?:(?:\([ *]\)|\[[ xX]?\])\s+)?\[?(?:{_CONTROL})[ _]*\]?(?:\s+|$))+"
)
"""One of the papers page's controls, as a converter or a text browser prints it, maybe
several on one line (``No topics available No sessions available title author topic
session``; lynx: ``[No topics available] [No sessions available] [title__]``; w3m:
``[serendipity      ]``), a radio button or a checkbox before it (``( ) mini``, links:
``[ ] mini``)."""
_HEADER_LINES: dict[str, str] = {
    **dict.fromkeys(
        ("new", "Daily Papers", "Trending Papers", "Daily", "Weekly", "Monthly", "by", "AK"),
        "page-navigation",
    ),
    **dict.fromkeys(
        ("Daily Papers - Hugging Face", "Trending Papers - Hugging Face"), "page-title"
    ),
    **HUGGING_FACE_MENU.lines,
    **dict.fromkeys(_PAPERS_PAGE_CONTROLS, "page-controls"),
}
_COMMUNITY = re.compile(
    rf"(?:(?:by\s{{0,3}})?(?:{IMAGE_NAME})?[\w.\-]{{1,40}}\s{{1,3}})?and the research community",
    re.IGNORECASE,
)
"""The daily page's byline, whole or without its ``by`` (an extractor that prints each
text node on a line of its own: ``by`` over ``AK and the research community``), in
capitals too (html-to-text's heading)."""
_FORM_LINE = re.compile(r"\[\s{2,80}\]|[\u2501\u2500_]{8,200}|-{3,200}")
"""A text field (w3m: ``[    ]``, lynx: ``____``) or a horizontal rule (``━━━━``, or a
converter's ``---`` indented under a menu entry)."""


def without_empty_pictures(line: str) -> str:
    """Stripped *line* without the pictures that have no alternative text, which pandoc's
    plain text writes as empty brackets (``Submitted by [] akhaliq``, ``[] Aug 1 []``,
    ``[]Previous Next[]``), its spaces made single where one stood."""
    return " ".join(line.replace("[]", " ").split())


_PICTURE = re.compile(r"\[([^\[\]]{0,80})\]\s{0,3}")
"""A picture as pandoc's plain text writes it: its alternative text in brackets (``[]``
when it has none), before the text of the link it stands in."""


def picture_text(line: str) -> str:
    """Stripped *line*, which starts with a picture in pandoc's plain text form, as a text
    browser prints it: the alternative text without its brackets, then the rest of the line
    (``[Hugging Face's logo] Hugging Face``: ``Hugging Face's logo Hugging Face``;
    ``[conference_logo]``: ``conference_logo``; ``[] Models``: ``Models``)."""
    found = _PICTURE.match(line)
    if found is None:
        return line
    text, rest = found.group(1).strip(), line[found.end() :]
    return f"{text} {rest}" if text and rest else text or rest


_BANNER_ENDS = frozenset("0123456789s")
"""How the lines that `header_rule`'s banner tests can match end."""


def header_rule(line: str) -> str | None:
    """The rule naming stripped *line* when it is site header furniture, else ``None``.

    ``site-navigation`` (the site menu: ``Models``, ``Log In`` ...), ``page-title``
    (``Daily Papers - Hugging Face``) and ``page-navigation`` (``new``, ``Daily Papers``,
    ``Trending Papers``, the ``Daily`` / ``Weekly`` / ``Monthly`` tabs, ``by AK and the
    research community`` whole or split) and ``page-controls`` (the layout, sort and
    search controls of a virtual site's papers page: ``Layout:``, ``shuffle``,
    ``bookmarked first``, ``Loading...``, its ``Enable Javascript …`` note; a text
    dump's text field or horizontal rule). A menu entry is known after its list bullet
    (``• Models``, ``* Log In``) too, and after a picture as pandoc's plain text writes it
    (`picture_text`: ``[conference_logo]``, ``[Hugging Face's logo] Hugging Face``,
    ``-   [] Models``). ``conference-banner`` (``ICML 2026``) and ``page-title``
    (``ICML 2026 Papers``): a virtual site's papers page, whose ``<title>`` and banner an
    extractor prints first. These lines
    are skipped only in the page header, before the first paper.
    """
    rule = _HEADER_LINES.get(line)
    if rule is not None:
        return rule
    if line[-1:] in _BANNER_ENDS and len(line) <= 30:  # "ICML 2026", "ICML 2026 Papers"
        if is_banner(line):
            return "conference-banner"
        if line.endswith(" Papers") and is_banner(line[:-7]):
            return "page-title"
    if line[-9:].casefold() == "community" and _COMMUNITY.fullmatch(line):
        return "page-navigation"
    if line[:2] in LIST_BULLETS:  # a menu entry, a field or a rule in a list item
        line = without_bullet(line)
        rule = _HEADER_LINES.get(line)
        if rule is not None:
            return rule
    if line[:1] == "[" and "]" in line:  # a picture's alternative text, as pandoc prints it
        shown = picture_text(line)
        rule = _HEADER_LINES.get(shown) or LINE_FURNITURE.get(shown)
        if rule is not None:
            return rule
    if line[:1] in "[\u2501\u2500_-" and _FORM_LINE.fullmatch(line):
        return "page-controls"
    if (" " in line or line[:1] == "[") and _CONTROLS_LINE.fullmatch(line):
        return "page-controls"
    return None


def list_bullet(lines: Iterable[str]) -> str | None:
    """The list bullet (`LIST_BULLETS`) that more than half of the non-blank stripped
    *lines* carry, or ``None``: the bullet of a list of titles that a plain capture keeps
    (inscriptis: ``* What Characterizes ...``), which is no part of any title. A title
    that starts like a bullet (``o ...``) keeps it where the lines around it do not."""
    counts: dict[str, int] = {}
    total = 0
    for line in lines:
        if line:
            total += 1
            start = line[:2]
            if start in LIST_BULLETS:
                counts[start] = counts.get(start, 0) + 1
    for bullet, count in counts.items():
        if 2 * count > total:
            return bullet
    return None
