"""The paper-page link recogniser of the kit: one rule, one test."""

from __future__ import annotations

import pytest

from confparse import Link
from confparse.layouts.kit.links import hub_paper, is_bare_url, is_paper_link, paper_link


@pytest.mark.parametrize(
    "url",
    [
        "https://huggingface.co/papers/2510.06217",
        "/papers/2408.00118",
        "https://icml.cc/virtual/2025/poster/46593",
        "/virtual/2025/poster/3253",
        "https://neurips.cc/virtual/2023/oral/73865",
        # the ICML 2026 tutorials page links each event without its kind
        "/virtual/2026/75374",
        "https://icml.cc/virtual/2026/75374",
        "https://openreview.net/forum?id=abc123XYZ",
        "https://arxiv.org/abs/2309.06180",
        # a text browser run on a saved page resolves site paths against the file
        "file:///virtual/2026/poster/63469",
        "file://localhost/papers/2408.00118",
        # in any case, as the site's own links are matched
        "HTTPS://ARXIV.ORG/ABS/2309.06180",
        "https://HuggingFace.co/Papers/2510.06217",
        "https://neurips.cc/Virtual/2023/Oral/73865",
    ],
)
def test_paper_pages(url: str) -> None:
    assert is_paper_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://huggingface.co/papers/date/2026-03-24",
        "https://huggingface.co/papers/trending",
        "https://huggingface.co/login?next=%2Fpapers%2F2510.06217",
        "https://huggingface.co/papers/2510.06217#community",
        "https://github.com/uw-syfi/Murmur",
        "/virtual/2025/index.html",
        "/virtual/2025/papers.html?filter=titles",
        "/virtual/2026/calendar?filter_events=&filter_rooms=",
        "https://neurips.cc/accounts/login?nextp=/virtual/2023/84573",
        "https://icml.cc/media/PosterPDFs/ICML%202025/0000.png",
        "file:///home/ann/virtual/2026/poster/63469",  # a local folder, not a site path
    ],
)
def test_other_pages(url: str) -> None:
    assert not is_paper_link(url)


def test_first_paper_link_of_a_line() -> None:
    links = (Link(text="101", url="https://huggingface.co/login?next=x"),
             Link(text="T", url="https://huggingface.co/papers/2510.06217"))  # fmt: skip
    assert paper_link(links) == links[1]
    assert paper_link(links[:1]) is None


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ("https://github.com/ArthurConmy/Automatic-Circuit-Discovery", True),
        ("http://example.org/a", True),
        ("Our code is at https://github.com/a/b", False),
        ("https://github.com/a/b (code)", False),
        ("On the Variance of Empirical Risk", False),
    ],
)
def test_a_bare_url_is_a_web_address_and_nothing_else(line: str, bare: bool) -> None:
    assert is_bare_url(line) is bare


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        (
            "Our code is available at https://github.com/ArthurConmy/Automatic-Circuit-Discovery",
            True,
        ),
        ("https://github.com/stanford-crfm/helm", True),
        ("On the Variance, Admissibility, and Stability of Empirical Risk Minimization", False),
        ("Code at https://github.com/x/y, which is integrated with the", False),
        ("Learning with httpx clients", False),
    ],
)
def test_a_line_that_ends_with_a_web_address(line: str, ends: bool) -> None:
    from confparse.layouts.kit.links import ends_with_url

    assert ends_with_url(line) is ends


@pytest.mark.parametrize(
    ("url", "paper"),
    [
        ("https://huggingface.co/papers/2111.08366", "2111.08366"),
        ("/papers/2408.00118", "2408.00118"),
        ("https://huggingface.co/papers/trending", None),
        ("https://huggingface.co/papers/2111.08366#community", None),
        ("https://icml.cc/virtual/2025/poster/46593", None),
        ("https://arxiv.org/abs/2111.08366", None),
        # in any case, as `is_paper_link` reads it
        ("https://HuggingFace.co/Papers/2111.08366", "2111.08366"),
    ],
)
def test_the_id_of_a_hugging_face_paper_page(url: str, paper: str | None) -> None:
    assert hub_paper(url) == paper
