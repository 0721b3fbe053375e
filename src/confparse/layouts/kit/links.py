"""What a link says about the line it stands on: strong signals for the layouts.

A line whose link points at a paper's own page is that paper's title, wherever it stands:
a Hugging Face paper page (``huggingface.co/papers/<id>``), a virtual-site event page
(``/virtual/<year>/<kind>/<id>``, or ``/virtual/<year>/<id>`` without the kind, as the
ICML 2026 tutorials page links its events), an OpenReview forum or an arXiv abstract. A
site path may come as a ``file:`` URL: a text browser run on a saved page resolves the
page's links against the file (``file:///virtual/2026/poster/63469``).
"""

from __future__ import annotations

import re

from ...models import Link

__all__ = ["ends_with_url", "hub_paper", "is_bare_url", "is_paper_link", "paper_link"]

_HUB_PAPER_PAGE = (
    r"(?:https?://(?:www\.)?huggingface\.co|file://(?:localhost)?)?"
    r"/papers/(?!date/|trending|week/|month/)(?P<hub>[\w.-]{4,40})/?$"
)
_PAPER_PAGE = re.compile(
    _HUB_PAPER_PAGE
    + r"|(?:https?://[\w.-]+|file://(?:localhost)?)?/virtual/\d{4}/(?:(?:poster|oral|spotlight|invited-talk|session|"
    r"awards_detail|affinity-event|workshop|tutorial|journal-track|position-paper|event)/)?"
    r"\d{1,7}/?$"
    r"|https?://openreview\.net/(?:forum|pdf)\?id=[\w-]{5,20}$"
    r"|https?://(?:www\.)?arxiv\.org/abs/[\w./-]{4,30}$",
    re.IGNORECASE,
)


def _paper_page(url: str) -> re.Match[str] | None:
    """`_PAPER_PAGE`'s match of *url*, or ``None``. Each form of the pattern holds one of
    the words tested first, in any case (searches in C): most links leave there."""
    if len(url) > 200:
        return None
    low = url.lower()
    if not ("/virtual/" in low or "/papers/" in low or "openreview" in low or "arxiv" in low):
        return None
    return _PAPER_PAGE.match(url.strip())


def is_paper_link(url: str) -> bool:
    """Whether *url* (absolute or site-relative) is the page of one paper or event."""
    return _paper_page(url) is not None


def hub_paper(url: str) -> str | None:
    """The id of the Hugging Face paper whose page *url* is (``2111.08366`` for
    ``https://huggingface.co/papers/2111.08366``), else ``None``."""
    found = _paper_page(url)
    return None if found is None else found.group("hub")


def is_bare_url(line: str) -> bool:
    """Whether stripped *line* is a web address and nothing else: a link that a capture
    prints as its address on a line of its own (BeautifulSoup's text of an abstract that
    ends ``Our code is available at <a>https://github.com/...</a>``). No title, name, kind
    or time is one."""
    return line[:4] == "http" and _BARE_URL.fullmatch(line) is not None


_BARE_URL = re.compile(r"https?://\S{1,2000}")


def ends_with_url(line: str) -> bool:
    """Whether stripped *line* ends with a web address after its words: an abstract's last
    line, wrapped or joined (``Our code is available at https://github.com/...``). No title
    does."""
    at = line.rfind(" ") + 1
    return line.startswith("http", at) and is_bare_url(line[at:])


def paper_link(links: tuple[Link, ...]) -> Link | None:
    """The first link in *links* that points at a paper's own page, if any."""
    for link in links:
        if is_paper_link(link.url):
            return link
    return None
