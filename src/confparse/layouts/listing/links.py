"""Which links of a listing a paper keeps, and which are pages of the site itself."""

from __future__ import annotations

import re

from ..kit.links import is_paper_link


def site_page(url: str) -> bool:
    """Whether *url* is a page of the listing's own site (huggingface.co, or a path on
    the same host) other than a paper page: a site section, a log-in page, a user. A text
    browser run on a saved page gives the site's paths as ``file:`` URLs."""
    if url.startswith("file://"):
        url = url[16:] if url.startswith("file://localhost/") else url[7:]
    if url.startswith("/"):
        return not url.startswith("//") and not is_paper_link(url)
    if not url.startswith(("https://", "http://")):
        return False
    host = url.split("/", 3)[2].lower()
    return (host == "huggingface.co" or host.endswith(".huggingface.co")) and not is_paper_link(url)


_HF_PAPER = re.compile(r"https?://(?:www\.)?huggingface\.co/papers/(?!date/)[\w.\-]{1,100}/?")
_WEB_LINK = re.compile(r"https?://[^\s\[\]<>\"]{1,2000}")


def keeps_link(url: str) -> bool:
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


_SITE_SECTIONS = frozenset(("models", "datasets", "spaces", "papers", "posts", "docs", "blog",
    "collections", "organizations", "pricing", "enterprise", "login", "join", "learn",
    "storage", "tasks", "chat", "languages", "settings", "search", "inference-endpoints",
    "pro", "support", "hardware", "terms-of-service", "privacy", "huggingface"))  # fmt: skip
"""The first path segments of huggingface.co that are the site's own pages, not accounts
(``huggingface`` is the company's, linked from the footer's ``About``)."""
_ACCOUNT = re.compile(r"https?://(?:www\.)?huggingface\.co/(?P<name>[\w.\-]{1,96})/?")


def account_page(url: str) -> bool:
    """Whether *url* is the page of a Hugging Face account, a user's or an organisation's
    (``https://huggingface.co/Huazhong-University``), not one of the site's sections."""
    found = _ACCOUNT.fullmatch(url)
    return found is not None and found.group("name").lower() not in _SITE_SECTIONS
