"""Counts that listing pages print: votes, comments, GitHub stars, author counts.

One rule, one place: each recogniser reads one stripped line (or one link's label or URL)
with an anchored, bounded pattern and gives the exact integer it shows, or ``None`` when the
text is not that count. Layouts call these instead of writing their own patterns.

- `read_count`: a bare count, ``"1,024"``, ``"12"`` or ``"-"`` (how Hugging Face prints no
  votes: 0).
- `read_bracketed_votes`: ``"[-] 12"``, the vote button of a plain export.
- `read_stars` / `read_repository`: ``"3.29k"`` (exact: 3290) and the GitHub label of a
  paper (``"GitHub 3.29k arXiv Page"``, ``"LINK: GitHub 11.3k"``, ``"arXiv Page"``).
- `read_author_count`: ``"3 authors"``, ``"- 10 authors"``, ``"· 1 authors"``.
- `is_vote_link`, `is_comments_link`: what the link on a count line says the count is.
"""

from __future__ import annotations

import re

from .vocabulary import AUTHOR_SEPARATORS

__all__ = [
    "DOTS",
    "is_comments_link",
    "is_vote_link",
    "read_author_count",
    "read_bracketed_votes",
    "read_count",
    "read_repository",
    "read_stars",
    "voted_paper",
]

DOTS = "".join(AUTHOR_SEPARATORS)
"""The separators a byline uses: "·" and "⋅"."""

_COUNT = re.compile(r"\d{1,3}(?:,\d{3}){1,3}|\d{1,9}|-")
_BRACKETED_VOTES = re.compile(r"\[-\]\s{0,3}(\d{1,9}|-)")
_THOUSANDS = r"\d{1,4}(?:\.\d{1,2})?[kK]"
_STARS = re.compile(rf"{_THOUSANDS}|\d{{1,9}}")
_REPOSITORY = re.compile(
    rf"(?:LINK:\s{{0,3}})?GitHub(?:\s{{1,3}}(?P<stars>{_THOUSANDS}|\d{{1,9}}))?"
    rf"(?:\s{{1,3}}arXiv Page)?|arXiv Page|(?P<bare>{_THOUSANDS})"
)
_AUTHOR_COUNT = re.compile(
    rf"(?:[\-*]\s{{1,3}})?(?:[{DOTS}\-*]\s{{0,3}})?(\d{{1,6}})\s{{1,3}}authors?,?"
)
_VOTE_LINK = re.compile(
    r"(?:https?://(?:www\.)?huggingface\.co)?/login\?next=%2Fpapers%2F(?P<paper>[\w.\-]{1,100})"
)


def read_count(text: str) -> int | None:
    """``"1,024"`` as 1024, ``"12"`` as 12, ``"-"`` (no votes) as 0; else ``None``."""
    if _COUNT.fullmatch(text) is None:
        return None
    return 0 if text == "-" else int(text.replace(",", ""))


def read_bracketed_votes(text: str) -> int | None:
    """The votes of a plain export's vote button, ``"[-] 12"`` (``"[-] -"`` is 0)."""
    found = _BRACKETED_VOTES.fullmatch(text)
    if found is None:
        return None
    votes = found.group(1)
    return 0 if votes == "-" else int(votes)


def read_stars(text: str) -> int | None:
    """A star count as GitHub prints it, exactly: ``"11.3k"`` 11300, ``"110k"`` 110000,
    ``"82"`` 82 (no float rounding); ``None`` for anything else."""
    if _STARS.fullmatch(text) is None:
        return None
    if text[-1] not in "kK":
        return int(text)
    whole, _, fraction = text[:-1].partition(".")
    return int(whole) * 1000 + int(fraction.ljust(3, "0"))


def read_repository(text: str) -> tuple[bool, int | None]:
    """Whether *text* is a paper's repository label, and its star count: ``"GitHub 3.29k
    arXiv Page"`` (True, 3290), ``"LINK: GitHub 11.3k"`` (a capture tool's link label: True,
    11300), ``"arXiv Page"`` (True, None), a bare ``"11.3k"`` (True, 11300); (False, None)
    for anything else."""
    found = _REPOSITORY.fullmatch(text)
    if found is None:
        return False, None
    stars = found.group("stars") or found.group("bare")
    return True, None if stars is None else read_stars(stars)


def read_author_count(text: str) -> int | None:
    """``"3 authors"``, ``"- 10 authors"``, ``"· 1 authors"`` (the site's plural), ``"* 8
    authors"`` (a text browser's bullet), ``"* ·533 authors,"`` (a list item of an
    extractor that joins the items' texts with commas) as the count; else ``None``."""
    found = _AUTHOR_COUNT.fullmatch(text)
    return None if found is None else int(found.group(1))


def is_vote_link(url: str) -> bool:
    """Whether *url* is a paper's upvote button (the log-in link a logged-out page gives it:
    ``https://huggingface.co/login?next=%2Fpapers%2F2606.00683``, or the same path alone,
    as a converter of the saved page writes it)."""
    return url[:1] in "h/" and _VOTE_LINK.fullmatch(url) is not None


def is_comments_link(url: str) -> bool:
    """Whether *url* is a paper's comment count link (``…/papers/2606.00683#community``)."""
    return url.endswith("#community") and "/papers/" in url


def voted_paper(url: str) -> str | None:
    """The id of the paper whose upvote button links to *url* (``2606.00683`` for
    ``https://huggingface.co/login?next=%2Fpapers%2F2606.00683``), else ``None``."""
    found = _VOTE_LINK.fullmatch(url) if url[:1] in "h/" else None
    return None if found is None else found.group("paper")
