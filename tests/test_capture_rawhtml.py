"""Markdown with raw HTML blocks (capture/rawhtml.py): pandoc's gfm writer keeps the markup
it cannot say in markdown; such a capture is read as markdown, its markup as what it means."""

from __future__ import annotations

from confparse.capture import read
from confparse.capture.rawhtml import has_raw_html, without_raw_html

PANDOC_GFM = """\
<div class="container">

<div id="event-1" class="event-card touchup-date"
event-type="Tutorial"
event-title="a title">

<span class="event-type-badge">Tutorial</span>

### [A Tutorial on Things](/virtual/2026/75374)

<div class="event-speakers">

Ada Lovelace ⋅ Alan Turing

</div>

<span class="meta-pill time"> <span class="touchup-time"> Jul 6, 9:00
AM - 11:30 AM </span> </span> <span class="meta-pill"> HALL D1 </span>

-   <a href="/Help/Contact" class="nav-link p-1"><span> Contact ICML
    </span></a>

</div>
"""


def test_markdown_with_raw_html_blocks_is_markdown_not_html() -> None:
    document = read(PANDOC_GFM)
    assert document.format == "markdown"
    shown = [line.strip() for line in document.lines if line.strip()]
    assert shown == [
        "Tutorial",
        "A Tutorial on Things",
        "Ada Lovelace ⋅ Alan Turing",
        "Jul 6, 9:00 AM - 11:30 AM    HALL D1",  # one block: its line breaks were the wrap's
        "Contact ICML",
    ]
    assert [link.url for links in document.links.values() for link in links] == [
        "/virtual/2026/75374",
        "/Help/Contact",
    ]
    # markup-only lines are gone, a run of blank lines is one; each line keeps its number
    assert document.lines[:5] == ["", "Tutorial", "", "A Tutorial on Things", ""]
    assert document.origin is not None
    assert [document.line_number(index) for index in (1, 3, 5)] == [7, 9, 13]


def test_an_html_page_or_fragment_is_no_markdown_with_raw_html() -> None:
    """Its tags stand on consecutive lines (or it is a whole document)."""
    fragment = '<div class="a">\n<div class="b">\n<div>Text</div>\n</div>\n</div>\n'
    assert not has_raw_html(fragment.split("\n"))
    assert read(fragment).format == "html"
    document = f"<!DOCTYPE html>\n<html>\n<body>\n\n{PANDOC_GFM}</body>\n</html>\n"
    assert read(document).format == "html"
    assert has_raw_html(PANDOC_GFM.split("\n"))


def test_a_word_in_angle_brackets_that_names_no_element_is_text() -> None:
    assert without_raw_html("Thinking with <think> tokens, <div>x</div>") == (
        "Thinking with <think> tokens, x",
        (1,),
        frozenset(),
    )
