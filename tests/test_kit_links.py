"""The paper-page link recogniser of the kit: one rule, one test."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from confparse import Link
from confparse.layouts.kit import links as kit_links
from confparse.layouts.kit.links import (
    hub_paper,
    is_bare_url,
    is_paper_link,
    paper_link,
    paper_pages,
)


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


_URLS = st.sampled_from(
    [
        "https://huggingface.co/papers/2510.06217",
        "/papers/2408.00118",
        "https://huggingface.co/papers/trending",
        "https://icml.cc/virtual/2025/poster/46593",
        "/virtual/2026/75374",
        "/virtual/2025/index.html",
        "https://openreview.net/forum?id=abc123XYZ",
        "https://arxiv.org/abs/2309.06180",
        "file:///virtual/2026/poster/63469",
        "https://github.com/uw-syfi/Murmur",
        "https://neurips.cc/accounts/login?nextp=/virtual/2023/84573",
        "https://" + "a" * 200 + ".org/virtual/2025/poster/46593",  # a paper's form, too long
    ]
)


@st.composite
def _link_urls(draw: st.DrawFn, odd: bool) -> str:
    """A URL as a capture may carry it: a known form, in any case, with space around it
    (most often none) or too long to be a paper's page; and when *odd*, maybe with a line
    break inside it, or a letter that matches an ASCII one in any case but is none
    (``\u017f``, a long s) or whose lower case is longer (``\u0130``)."""
    url = draw(_URLS)
    if draw(st.booleans()):
        url = "".join(c.upper() if draw(st.booleans()) else c for c in url)
    pad = st.sampled_from(["", "", "", " ", "\t", " \r", *(["\n"] if odd else [])])
    url = draw(pad) + url + draw(pad)
    if odd and draw(st.booleans()):
        odder = [url.replace("s", "\u017f"), url.replace("S", "\u017f"),
                 url.replace("2", "\u01302"), url + "\n", "\n" + url]  # fmt: skip
        url = draw(st.sampled_from(odder))
    return url


@st.composite
def _links_by_line(draw: st.DrawFn) -> dict[int, tuple[Link, ...]]:
    urls = _link_urls(odd=draw(st.booleans()))
    lines = st.lists(urls, min_size=1, max_size=2)
    found = draw(st.dictionaries(st.integers(0, 40), lines, max_size=12))
    return {index: tuple(Link(text="t", url=url) for url in urls) for index, urls in found.items()}


@given(_links_by_line(), st.integers(0, 45))
@example(  # a site path at the very start of a URL's line, under a line of another URL
    {
        0: (Link(text="t", url="https://github.com/x"),),
        1: (Link(text="t", url="/papers/2408.00118"),),
    },
    9,
)
@example(  # a URL with a line break inside it, above a paper's page: lines are not counted
    {
        0: (Link(text="t", url="https://github.com/x\nmore"),),
        1: (Link(text="t", url="/papers/2408.00118"),),
    },
    9,
)
def test_the_paper_pages_of_lines_are_the_links_that_one_test_finds(
    links: dict[int, tuple[Link, ...]], stop: int
) -> None:
    """`paper_pages` searches the URLs of a page's lines a batch at a time; it finds the
    lines, in order, whose one link `is_paper_link` and `hub_paper` take for a paper's
    page, in one batch or in several."""
    expected = [i for i in sorted(links) if i < stop and len(links[i]) == 1
                and is_paper_link(links[i][0].url)]  # fmt: skip
    for batch in (kit_links._BATCH, 3):
        with mock.patch.object(kit_links, "_BATCH", batch):
            pages = list(paper_pages(links, stop))
        assert [index for index, _match in pages] == expected
        for index, match in pages:
            assert match.group("hub") == hub_paper(links[index][0].url)
