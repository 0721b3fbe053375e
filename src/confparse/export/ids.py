"""Identifiers, venue and year read from a paper's links: `link_facts`.

The links a capture keeps for a paper name it in the systems that index papers: arXiv
(``arxiv.org/abs/2309.06180``, ``arxiv.org/pdf/2309.06180v2``, and Hugging Face's
``huggingface.co/papers/2309.06180``, which is the arXiv id), OpenReview
(``openreview.net/forum?id=cOQH8YO255``) and the virtual site of a conference
(``/virtual/2023/poster/71095``). `confparse.Paper` exposes what they say as derived
properties (``arxiv_id``, ``openreview_id``, ``event_id``, ``venue``, ``year``), so that
they never disagree with the links.

>>> from confparse.models import Link
>>> facts = link_facts((Link(url="https://icml.cc/virtual/2025/poster/43481"),))
>>> facts.event_id, facts.venue, facts.year
('43481', 'ICML', 2025)
>>> link_facts((Link(url="https://huggingface.co/papers/2309.06180"),)).arxiv_id
'2309.06180'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from ..venues import NAMES, VENUES
from ..venues import host as venue_host

__all__ = ["VENUES", "LinkFacts", "arxiv_year", "link_facts"]

_NEW_ARXIV = r"\d{4}\.\d{4,5}"
_OLD_ARXIV = r"[a-z][a-z.-]*/\d{7}"
_ARXIV_PATH = re.compile(rf"/(?:abs|pdf|html)/({_NEW_ARXIV}|{_OLD_ARXIV})(?:v\d+)?(?:\.pdf)?/?$")
_HF_PATH = re.compile(rf"/papers/({_NEW_ARXIV})/?$")
_VIRTUAL = re.compile(r"^/virtual/((?:19|20)\d\d)/([A-Za-z-]+)/(\d+)/?$")
_PROCEEDINGS_YEAR = re.compile(r"^/paper(?:_files/paper)?/((?:19|20)\d\d)/")
_POSTER_PDFS = re.compile(r"^/media/PosterPDFs/([A-Za-z]+) ((?:19|20)\d\d)/(\d+)\.[a-z]+$")


class LinkFacts(NamedTuple):
    """What a paper's links say about it; ``None`` where no link says it."""

    arxiv_id: str | None = None
    openreview_id: str | None = None
    event_id: str | None = None
    venue: str | None = None
    year: int | None = None


_NONE = LinkFacts()


def _one(url: str) -> LinkFacts:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return _NONE
    host, path = venue_host(parts.netloc), parts.path
    if host in ("arxiv.org", "export.arxiv.org"):
        found = _ARXIV_PATH.search(path)
        return LinkFacts(arxiv_id=found.group(1)) if found else _NONE
    if host == "huggingface.co":
        found = _HF_PATH.match(path)
        return LinkFacts(arxiv_id=found.group(1)) if found else _NONE
    if host == "openreview.net":
        ids = parse_qs(parts.query).get("id")
        return LinkFacts(openreview_id=ids[0]) if ids and path in ("/forum", "/pdf") else _NONE
    if host and host not in VENUES:
        return _NONE
    venue = VENUES.get(host)
    found = _VIRTUAL.match(path)
    if found:
        return LinkFacts(event_id=found.group(3), venue=venue, year=int(found.group(1)))
    found = _PROCEEDINGS_YEAR.match(path) if host.startswith(("proceedings.", "papers.")) else None
    if found:
        return LinkFacts(venue=venue, year=int(found.group(1)))
    found = _POSTER_PDFS.match(unquote(path))
    if found:
        venue = NAMES.get(found.group(1).casefold(), venue)
        return LinkFacts(event_id=found.group(3), venue=venue, year=int(found.group(2)))
    return _NONE


@functools.lru_cache(maxsize=4096)
def _facts(urls: tuple[str, ...]) -> LinkFacts:
    found: dict[str, Any] = {}
    for url in urls:
        for name, value in _one(url)._asdict().items():
            if value is not None:
                found.setdefault(name, value)
    return LinkFacts(**found) if found else _NONE


def link_facts(links: Sequence[Any]) -> LinkFacts:
    """The identifiers, venue and year that *links* (`confparse.Link` records) give.

    Each is taken from the first link that gives it: ``arxiv_id`` from arXiv abstract,
    PDF or HTML pages and Hugging Face paper pages (without the version, ``2309.06180``);
    ``openreview_id`` from OpenReview forum and PDF links; ``event_id`` (the number),
    ``year`` and ``venue`` from a virtual-site link ``/virtual/<year>/<kind>/<id>``
    (the venue only when the link names its host: ``icml.cc`` is ICML, ``neurips.cc``
    NeurIPS, ``iclr.cc`` ICLR, ``mlsys.org`` MLSys); venue and year also from proceedings
    links (``proceedings.neurips.cc/paper_files/paper/2023/...``), and all three from
    poster images (``/media/PosterPDFs/NeurIPS%202023/71095.png``: the event's number).
    Links to other hosts say nothing.
    """
    return _facts(tuple(link.url for link in links)) if links else _NONE


def arxiv_year(arxiv_id: str) -> int | None:
    """The year an arXiv id was issued in (``2309.06180`` → 2023, ``hep-th/9901001`` →
    1999), from the ``YYMM`` the id starts with."""
    digits = arxiv_id.rsplit("/", 1)[-1][:2]
    if not digits.isdigit():
        return None
    year = int(digits)
    return (1900 if year >= 91 else 2000) + year
