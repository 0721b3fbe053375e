"""Lines a capture tool adds around a page (capture/wrappers.py), one rule a test."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from confparse.capture import read
from confparse.capture.wrappers import (
    _SCRIPT_IN,
    _SNAKE_CALL,
    _SNAKE_MARK,
    _snake_mark,
    script_lines,
)


@pytest.mark.parametrize(
    "line",
    [
        '$(function () { if ($(".editable").length == 0) { $("#editFooter").hide(); } })',
        'function accept\\_cookies() { $.ajax({ method: "POST" }) }',
        "Daily Papers - Hugging Face window.plausible = window.plausible || function () { }",
        "html { scroll-padding-top: 70px; }  window.MathJax = { tex: {} };",
        "embed = new SlidesLiveEmbed('presentation-embed-1', { autoPlay: false, });",
        "add\\_bookmark\\_click( 71081, 1, 'bookmark-number-1', 'Add/Remove bookmark' )",
        "if (!!moment.tz.zone('')) { window.localStorage.setItem('tz', '') }",
    ],
)
def test_a_pages_script_code_that_a_converter_printed_is_capture_furniture(line: str) -> None:
    """turndown keeps the text of ``<script>`` elements, each script one line: the line
    is furniture by its own text, wherever it stands (here, after an abstract)."""
    document = read(f"## A title\n\nThe abstract ends here.\n\n{line}\n\nChat is not available.\n")
    assert document.furniture == {4: "script-text"}


@pytest.mark.parametrize(
    "line",
    [
        "We study the loss function (a convex one) of a sliding window.",
        "The new_model(x) baseline outperforms the function f(x) = g(x) {in two cases}.",
        "Our code: https://github.com/a/b (see the document. It helps).",
    ],
)
def test_running_text_about_functions_and_windows_is_no_script(line: str) -> None:
    assert read(f"## A title\n\n{line}\n").furniture == {}


def test_the_capture_tools_own_lines_read_blank_in_what_detection_reads() -> None:
    """A converter's script line of 30 KB at the top does not fill the head that detection
    reads: the page's own lines after it are in it, the script's text is not."""
    from confparse.capture.document import HEAD_CHARS

    script = "window.MathJax = { tex: {} }; " + "x = 1; " * 5_000
    page = "\n".join(f"Tutorial\n\nMon Jul 13 10:00 AM -- 01:00 PM (CEST)\n\nTitle {n}\n"
                     for n in range(20))  # fmt: skip
    document = read(f"# Schedule\n\n{script}\n\n{page}")
    assert document.furniture == {2: "script-text"}
    assert len(script) > HEAD_CHARS
    head = document.head()
    assert "Title 19" in head
    assert "MathJax" not in head
    assert head.split("\n")[:4] == ["Schedule", "", "", ""]  # the lines keep their places


def test_a_snake_case_call_is_script_only_as_a_whole_line() -> None:
    assert read("## A\n\nadd\\_bookmark\\_click( 1, 'b' )\n").furniture == {2: "script-text"}
    assert read("## A\n\nuse\\_this(x) in the text of a paragraph\n").furniture == {}


def test_lynxs_list_of_links_without_numbers_is_capture_furniture() -> None:
    """``lynx -dump -nonumbers`` prints its list of links with no numbers: bare URLs under
    ``Visible links:`` and ``Hidden links:``, each URL at the start of its line."""
    lines = [
        "   Abstract text ends here.",
        "   Visible links:",
        "file:///virtual/2025/poster/44535",
        "file:///virtual/2025/poster/45204",
        "",
        "   Hidden links:",
        "file://localhost/virtual/2025/search",
    ]
    document = read("\n".join(lines))
    assert dict(document.furniture) == dict.fromkeys((1, 2, 3, 5, 6), "link-table")


def test_bare_urls_at_the_end_with_no_list_heading_are_the_pages_text() -> None:
    lines = ["Code and data:", "https://github.com/a/b", "https://huggingface.co/c"]
    assert read("\n".join(lines)).furniture == {}


def test_a_reader_services_summary_of_links_and_images_is_capture_furniture() -> None:
    """Asked for them, a reader service ends the page with its links (``Links/Buttons:``)
    and images (``Images:``), one ``- [text](url)`` a line."""
    lines = [
        "Title: A poster",
        "",
        "URL Source: https://icml.cc/virtual/2025/poster/1",
        "",
        "Markdown Content:",
        "# A paper",
        "",
        "The abstract.",
        "",
        "Images:",
        "- ![Image 1: conference_logo](https://icml.cc/static/logo.svg)",
        "",
        "Links/Buttons:",
        "- [Skip to main content](https://icml.cc/virtual/2025/poster/1#main)",
        "- [](https://icml.cc/)",
        "- - https://icml.cc/FAQ",
    ]
    furniture = read("\n".join(lines)).furniture
    assert {i: r for i, r in furniture.items() if r != "capture-header"} == dict.fromkeys(
        (9, 10, 12, 13, 14, 15), "capture-links-summary"
    )


def test_a_list_of_links_under_no_summary_heading_is_the_pages_own() -> None:
    lines = ["# Papers", "", "- [One](https://a.org/1)", "- [Two](https://a.org/2)"]
    assert read("\n".join(lines)).furniture == {}


def test_lynxs_list_without_numbers_or_heading_under_its_margin_is_furniture() -> None:
    """lynx prints a page fragment's list of links with no heading, right under the last
    line of the page, which it printed with its three-space margin."""
    lines = [
        "   Our code and models",
        "   are \u2026",
        "file:///virtual/2023/poster/73464",
        "file:///tmp/pages/05.html#collapse-event-abstract-73464",
        "file:///virtual/2023/poster/72890",
    ]
    assert dict(read("\n".join(lines)).furniture) == dict.fromkeys((2, 3, 4), "link-table")
    flush = ["Our code is at", *lines[2:]]  # a page's own lines of addresses
    assert read("\n".join(flush)).furniture == {}


def test_a_clipping_header_in_a_block_quote_is_capture_furniture() -> None:
    """A collector's header: the page's title as a heading over ``> Source:`` (the page's
    address), ``> Collected:`` and ``> Published:`` fields in a block quote."""
    lines = [
        "# A poster's title",
        "",
        "> Source: https://icml.cc/virtual/2026/poster/62408",
        "> Collected: 2026-09-08",
        "> Published: 2026-07-08",
        "",
        "POSTER Wed, Jul 8, 2026",
    ]
    document = read("\n".join(lines))
    assert dict(document.furniture) == dict.fromkeys((0, 2, 3, 4), "capture-header")
    assert [(data.kind, data.data) for data in document.embedded] == [
        ("url", "https://icml.cc/virtual/2026/poster/62408")
    ]


@given(st.text(alphabet="_ab(\n", max_size=200), st.integers(0, 60))
@example("_a" * 20 + "_ab(", 0)  # past the underscores tried one by one
@example("_" * 16 + "_ab(", 0)  # the first underscore past them
def test_a_snake_mark_is_where_the_pattern_search_finds_it(text: str, start: int) -> None:
    found = _SNAKE_MARK.search(text, start)
    assert _snake_mark(text, start) == (-1 if found is None else found.start())


_SCRIPT_PIECES = st.sampled_from(
    ["function", "function f(a) {", "{", "}", "window.x = 1", "document.f(", "window.", "= new ",
     "= new A(", "x = new B(", "a\\_b\\_c(1)", "_b(", "=", "(", ")", " ", "\n", "word"]
)  # fmt: skip


def _script_lines_by_pattern(text: str) -> dict[int, str]:
    """`script_lines` as a search of each line with the patterns finds them."""
    return {
        index: "script-text"
        for index, line in enumerate(text.split("\n"))
        if _SCRIPT_IN.search(line) is not None or _SNAKE_CALL.fullmatch(line) is not None
    }


@given(st.lists(_SCRIPT_PIECES, max_size=30).map("".join))
def test_script_lines_are_the_lines_the_patterns_find(text: str) -> None:
    """The searches for words and underscores, and the characters that must stand in the
    text for a word to be searched for, find the lines that the patterns find line by line."""
    assert script_lines(text) == _script_lines_by_pattern(text)
