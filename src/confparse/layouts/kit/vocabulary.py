"""Vocabularies: the words that layouts read a site's pages by, one object per site over a
shared core.

The core is what every site prints the same way: the weekday and month names
(`WEEKDAYS`, `MONTHS`, from `confparse.times`, which reads dates with them) and the
separators of an author line (`AUTHOR_SEPARATORS`). A `Vocabulary` is one site's furniture:
the lines that site prints around its content, known by their whole text, each with the
name of the rule that knows it. A layout names its vocabulary (its ``vocabulary``
attribute), and its `Ledger` matches lines against that vocabulary only, so that one site's
words never decide how another site's page is read:

- `VIRTUAL_SITE`: what the conference platform (icml.cc, neurips.cc, iclr.cc, mlsys.org)
  prints on any of its pages (skip links, the chat placeholder, bookmark buttons);
- `VIRTUAL_SITE_MENU`: the platform's navigation menu and footer, which hold anywhere a
  menu or footer stands (a title such as "Awards" stays a title elsewhere);
- `HUGGING_FACE`: the banners of Hugging Face's paper listings;
- `HUGGING_FACE_MENU`: Hugging Face's site menu and footer, which hold where a menu or
  footer stands (a paper titled "Spaces" stays a paper elsewhere).

A new site's vocabulary is one more `Vocabulary` here, named by the layouts that read
that site's pages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from ...times import MONTHS, WEEKDAYS
from ...venues import YEAR_MENU_HEAD

__all__ = ["ALL_SITES", "AUTHOR_SEPARATORS", "HUGGING_FACE", "HUGGING_FACE_MENU", "IMAGE_ALT",
           "LINK_BUTTONS", "LIST_BULLETS", "MENU_YEAR", "MONTHS",
           "SELECT_YEAR", "VIRTUAL_SITE", "VIRTUAL_SITE_MENU", "WEEKDAYS",
           "Vocabulary", "is_year_menu", "menu_entry", "with_capitals",
           "without_bullet"]  # fmt: skip

AUTHOR_SEPARATORS = ("\u00b7", "\u22c5")  # "·" and "⋅"
LINK_BUTTONS = frozenset(("Project Page", "OpenReview", "Paper", "PDF", "Code", "Website"))
"""The platform's link buttons as a plain capture prints them, one label a line, without
their URLs (a detail page's, a schedule card's ``OpenReview``): no title, name or kind."""
"""The characters that join the names of an author line, on every site."""


IMAGE_ALT = "image-alt-text"
"""The rule of a picture's alternative text, printed where the picture stood."""

LIST_BULLETS = ("* ", "\u2022 ", "+ ", "- ", "o ")
"""The bullet of a list item that a text dump or extractor leaves on the line: lynx and w3m
(``*``, ``•``, ``+`` and ``o`` for nested lists), inscriptis (``*`` over ``+``), pandoc's
plain text (``-``)."""


def without_bullet(line: str) -> str:
    """Stripped *line* without the list bullet that a capture left on it (`LIST_BULLETS`):
    ``* Help/FAQ``, ``-    Help/FAQ``: ``Help/FAQ``. A line without one is returned as is."""
    return line[2:].lstrip() if line[:2] in LIST_BULLETS else line


def with_capitals(table: Mapping[str, str]) -> dict[str, str]:
    """*table* with each entry also under its key in capitals: a site's style sheet may
    print a label or a button in capitals (``ABSTRACT``), and a browser's copy keeps them.
    An entry of *table* wins over another's key in capitals."""
    return {**{key.upper(): value for key, value in table.items()}, **table}


def _frozen(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Vocabulary:
    """One site's furniture: lines known by their whole (stripped) text, with the name of
    the rule that knows each. ``a | b`` is both, *a*'s rule winning for a line in both.
    `lines` is what the vocabulary knows: the furniture, and each line in capitals too."""

    name: str
    furniture: Mapping[str, str] = attrs.field(converter=_frozen)
    lines: Mapping[str, str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "lines", MappingProxyType(with_capitals(self.furniture)))

    def rule(self, line: str) -> str | None:
        """The rule that knows stripped *line* as furniture (in capitals too), or ``None``."""
        return self.lines.get(line)

    def picture_rule(self, line: str) -> str | None:
        """`IMAGE_ALT` when stripped *line* is a picture of the site printed as its
        alternative text in brackets, on a line of its own (pandoc's plain text writes the
        card's ``<img alt="thumbnail">`` as ``[thumbnail]``): the brackets hold, without
        blanks at their edges, a line this vocabulary knows. A room in brackets (``[ Hall
        A ]``) or other bracketed text is no such line."""
        if not (line[:1] == "[" and line[-1:] == "]"):
            return None
        alt = line[1:-1]
        if alt in self.lines and alt.strip() == alt:
            return IMAGE_ALT
        return None

    def __contains__(self, line: object) -> bool:
        return line in self.lines

    def __or__(self, other: Vocabulary) -> Vocabulary:
        return Vocabulary(f"{self.name}+{other.name}", {**other.furniture, **self.furniture})


VIRTUAL_SITE = Vocabulary(
    "virtual-site",
    {
        "Skip to yearly menu bar Skip to main content": "site-navigation",
        "Skip to yearly menu barSkip to main content": "site-navigation",  # no space between
        "Skip to yearly menu bar": "site-navigation",
        "Skip to main content": "site-navigation",
        "Chat is not available.": "chat-placeholder",
        "Full Chat": "chat-placeholder",
        "Full  Chat": "chat-placeholder",
        "Full": "chat-placeholder",  # a browser's copy puts the button's icon in between
        "Chat": "chat-placeholder",
        "(Bookmark)": "bookmark-button",
        "Abstract:": "empty-abstract-heading",
        # the alternative text of the picture on each poster card (the site's logo), which
        # text-mode browsers print
        "thumbnail": IMAGE_ALT,
        # the heading of the menu and the alternative text of its logo
        "Main Navigation": "navigation-menu",
        "conference_logo": "navigation-menu",
    },
)
"""What the conference platform prints on any page, wherever it stands."""

HUGGING_FACE = Vocabulary(
    "hugging-face",
    {
        "Get trending papers in your email inbox once a day!": "subscribe-banner",
        "Get trending papers in your email inbox!": "subscribe-banner",
        "Subscribe": "subscribe-banner",
    },
)
"""The banners of Hugging Face's paper listings (daily, trending, search)."""

ALL_SITES = VIRTUAL_SITE | HUGGING_FACE
"""Every site's furniture that holds anywhere: the vocabulary of a layout that names none."""

_HUGGING_FACE_MENU = ("Hugging Face", "Hugging Face's logo", "Hugging Face's logo Hugging Face",
                      "Models", "Datasets", "Spaces", "Buckets", "Buckets new", "Posts", "Docs",
                      "Solutions", "Enterprise", "Pricing", "Log In", "Sign Up")  # fmt: skip
"""Hugging Face's site menu: the logo's text, alone or after its alternative text, and the
menu's entries (the footer repeats some)."""

HUGGING_FACE_MENU = Vocabulary(
    "hugging-face-menu",
    {
        **dict.fromkeys(_HUGGING_FACE_MENU, "site-navigation"),
        # the footer's links, one a line where a capture prints each text node so
        **dict.fromkeys(("TOS", "Privacy", "About", "Jobs"), "site-footer"),
    },
)
"""Hugging Face's site menu and footer, known by their whole text. Only the regions where a
menu or footer stands consult it (a paper titled "Spaces" stays a paper elsewhere), as
`VIRTUAL_SITE_MENU` for the conference platform."""

VIRTUAL_SITE_MENU = Vocabulary(
    "virtual-site-menu",
    {
        # the conference sites' navigation menu (icml.cc, neurips.cc, iclr.cc, mlsys.org)
        "About ICLR": "navigation-menu",
        "About ICML": "navigation-menu",
        "Awards": "navigation-menu",
        "Bookmarking/Agenda": "navigation-menu",
        "Careers": "navigation-menu",
        "Change Password": "navigation-menu",
        "Code Of Conduct": "navigation-menu",
        "Code of Conduct": "navigation-menu",
        "Code of Ethics": "navigation-menu",
        "Community": "navigation-menu",
        "Competitions": "navigation-menu",
        "Contact ICML": "navigation-menu",
        "Contact MLSys": "navigation-menu",
        "Contact NeurIPS": "navigation-menu",
        "Create Profile": "navigation-menu",
        "Creative AI Track": "navigation-menu",
        "Datasets & Benchmarks": "navigation-menu",
        "Diversity & Inclusion": "navigation-menu",
        "Downloads": "navigation-menu",
        "Edit Profile": "navigation-menu",
        "Exhibitor Information": "navigation-menu",
        "Exhibitors": "navigation-menu",
        "Expo Talks, Demos, and Workshops": "navigation-menu",
        "Expo": "navigation-menu",
        "FAQ": "navigation-menu",
        "Future Meetings": "navigation-menu",
        "Getting Started": "navigation-menu",
        "Help": "navigation-menu",
        "Help/FAQ": "navigation-menu",
        "HelpDesk": "navigation-menu",
        "Helpdesk in RocketChat": "navigation-menu",
        "ICLR": "navigation-menu",
        "ICML": "navigation-menu",
        "IMLS Archives": "navigation-menu",
        "Inclusion": "navigation-menu",
        "Invited Talks": "navigation-menu",
        "Journal To Conference Track": "navigation-menu",
        "Journal Track Posters": "navigation-menu",
        "Journal Track": "navigation-menu",
        "Log Out": "navigation-menu",
        "Login": "navigation-menu",
        "MLSys": "navigation-menu",
        "Main Conference": "navigation-menu",
        "Merge Profiles": "navigation-menu",
        "Moderators Instructions": "navigation-menu",
        "My Bookmarks": "navigation-menu",
        "My Stuff": "navigation-menu",
        "NeurIPS": "navigation-menu",
        "Orals": "navigation-menu",
        "Organizers": "navigation-menu",
        "Outstanding Paper Awards": "navigation-menu",
        "Panels": "navigation-menu",
        "Papers": "navigation-menu",
        "Position Paper Posters": "navigation-menu",
        "Presenters Instructions": "navigation-menu",
        "Press": "navigation-menu",
        "Privacy Policy": "navigation-menu",
        "Proceedings": "navigation-menu",
        "Recordings": "navigation-menu",
        "Reset Password": "navigation-menu",
        "RocketChat Desktop Client": "navigation-menu",
        "RocketChat Help": "navigation-menu",
        "Schedule": "navigation-menu",
        "Socials": "navigation-menu",
        "Sponsors": "navigation-menu",
        "Spotlight Posters": "navigation-menu",
        "Test of Time Award": "navigation-menu",
        "Tutorials": "navigation-menu",
        "What is a Draft Website": "navigation-menu",
        "Workshops": "navigation-menu",
        "[ [conference_logo]][3]": "navigation-menu",
        # their footer (below "Successful Page Load" or the logo notice)
        "1269 Law St, San Diego CA 92109": "site-footer",
        "1269 Law Street, San Diego CA 92109": "site-footer",
        "2710 E Corridor Dr, Appleton WI 54913": "site-footer",
        "82799 Kingsboro Lane, Indio CA 92201": "site-footer",
        "CONTACT": "site-footer",
        "Contact": "site-footer",
        "Email": "site-footer",
        "ICLR Proceedings at OpenReview": "site-footer",
        "ICML Proceedings at PMLR": "site-footer",
        "ICML logo": "site-footer",
        "NeurIPS logo": "site-footer",
        "MLSys logo": "site-footer",
        "[MLSys logo]": "site-footer",
        "Image 2: ICML logo": "site-footer",
        "Phone: +1-920-268-4789": "site-footer",
        "Sponsor / Exhibitor Information": "site-footer",
        "Sponsor Information": "site-footer",
        "USEFUL LINKS": "site-footer",
        "Useful links": "site-footer",
        "download. It is a vector graphic and may be used at any scale.": "site-footer",
        "used at any scale.": "site-footer",
    },
)
"""The conference platform's navigation menu and footer, known by their whole text. Only
the regions where a menu or footer stands consult it (a title such as "Awards" stays a
title elsewhere), unlike `VIRTUAL_SITE`, which holds anywhere."""


def menu_entry(line: str) -> str | None:
    """The rule that knows stripped *line*, a list item, as an entry of the platform's
    menu by its own text, or ``None``: a `VIRTUAL_SITE_MENU` line (``Help/FAQ``,
    ``Orals``), the year menu's head (``Select Year: (2026)``) or one of its years."""
    rule = VIRTUAL_SITE_MENU.rule(line)
    if rule is None and is_year_menu(line):
        rule = "navigation-menu"
    return rule


def is_year_menu(line: str) -> bool:
    """Whether stripped *line* is the platform's year menu by its own text: its head
    (``Select Year: (2026)``) or one of its years (``2024``)."""
    first = line[:1]
    if first in "SY":
        return SELECT_YEAR.fullmatch(line) is not None
    return first in "12" and len(line) == 4 and MENU_YEAR.fullmatch(line) is not None


SELECT_YEAR = re.compile(rf"{YEAR_MENU_HEAD}\(((?:19|20)\d\d)\)")
"""The head of the platform's year menu (``Select Year: (2025)``, ``Year (2016)``), the year
shown first."""
MENU_YEAR = re.compile(r"(?:19|20)\d\d")
"""An entry of the year menu (``2024``): a line of its own under `SELECT_YEAR`."""
