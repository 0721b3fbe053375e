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
from bisect import bisect_left
from collections.abc import Iterator, Mapping

from ...models import Link

__all__ = ["ends_with_url", "hub_paper", "is_bare_url", "is_paper_link", "paper_link",
           "paper_pages"]  # fmt: skip

_FORMS = (
    (
        r"(?:https?://(?:www\.)?huggingface\.co|file://(?:localhost)?)?",
        r"/papers/(?!date/|trending|week/|month/)(?P<hub>[\w.-]{4,40})/?",
    ),
    (
        r"(?:https?://[\w.-]+|file://(?:localhost)?)?",
        r"/virtual/\d{4}/(?:(?:poster|oral|spotlight|invited-talk|session|awards_detail|"
        r"affinity-event|workshop|tutorial|journal-track|position-paper|event)/)?\d{1,7}/?",
    ),
    (r"https?://", r"openreview\.net/(?:forum|pdf)\?id=[\w-]{5,20}"),
    (r"https?://(?:www\.)?", r"arxiv\.org/abs/[\w./-]{4,30}"),
)
"""The forms of a paper page's URL, each as its site and its path (lower case): a Hugging
Face paper, a virtual-site event, an OpenReview forum, an arXiv abstract."""
_PAPER_PAGE = re.compile("|".join(site + path + "$" for site, path in _FORMS), re.IGNORECASE)
_PAPER_PATHS = tuple(re.compile(path + r"[^\S\n]*$", re.MULTILINE) for _site, path in _FORMS)
"""Each form's path at the end of a line of a lower-case text of URLs, one a line. Each
starts with a word that the regex engine looks for as quickly as `str.find` does."""
_LONGEST = 200
"""Characters above which a URL is no paper's page, whatever it holds."""


def _names_paper_sites(low: str) -> bool:
    """Whether *low* (lower case) holds a word that each form of `_PAPER_PAGE` holds: a
    text without one holds no paper's page. (Four searches in C; most links leave here.)"""
    return "/virtual/" in low or "/papers/" in low or "openreview" in low or "arxiv" in low


def _paper_page(url: str) -> re.Match[str] | None:
    """`_PAPER_PAGE`'s match of *url*, or ``None``."""
    if len(url) > _LONGEST or not _names_paper_sites(url.lower()):
        return None
    return _PAPER_PAGE.match(url.strip())


def paper_pages(
    links: Mapping[int, tuple[Link, ...]], stop: int
) -> Iterator[tuple[int, re.Match[str]]]:
    """The lines before *stop* whose links are one link to a paper's page (`is_paper_link`),
    in order, each with the match of its URL (group ``hub``: the Hugging Face paper's id, as
    `hub_paper` gives it). Found as they are asked for, for a rule that stops at the first
    few (a listing's), a batch of lines at a time: the paths of paper pages are looked for
    in all the batch's URLs at once (`_PAPER_PATHS`), and only the URLs that end in one are
    matched one by one; a site's menu of many links costs little more than one."""
    lines = sorted(links)
    singles = [index for index in lines[: bisect_left(lines, stop)] if len(links[index]) == 1]
    for start in range(0, len(singles), _BATCH):
        batch = singles[start : start + _BATCH]
        urls = [links[index][0].url for index in batch]
        for at in _ending_in_paths(urls):
            match = _paper_page(urls[at])
            if match is not None:
                yield batch[at], match


_BATCH = 64
"""Lines of links that `paper_pages` reads at once."""


def _ending_in_paths(urls: list[str]) -> list[int]:
    """The positions in *urls*, in order, of those that may be paper pages: every one that
    `_paper_page` matches, and few others. *urls* are searched as one lower-case text; a
    text with letters beyond ASCII (whose lower case may be longer, or match an ASCII
    letter only in any case) is not, and all its positions are given."""
    joined = "\n".join(urls)
    if not joined.isascii() or joined.count("\n") >= len(urls):  # (or a URL broken in two)
        return list(range(len(urls)))
    joined = joined.lower()
    starts = sorted({found.start() for path in _PAPER_PATHS for found in path.finditer(joined)})
    positions: list[int] = []
    at = line = 0
    for start in starts:  # the line of each match: the newlines before it, counted on
        line += joined.count("\n", at, start)
        at = start
        if not positions or positions[-1] != line:
            positions.append(line)
    return positions


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
