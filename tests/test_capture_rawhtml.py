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


def test_a_block_tag_whose_attributes_start_on_the_next_line_counts() -> None:
    """pandoc wraps raw HTML at 72 columns: ``<span`` may end its line."""
    lines = ["<span", 'class="a">x</span>', "", "<span", 'class="b">y</span>', "", "<span", ""]
    assert has_raw_html(lines)


def test_a_heading_that_opens_a_tag_is_one_line_with_its_block() -> None:
    """``markdown_strict`` writes a classed link in a heading as raw HTML over lines."""
    text, origin, _joined = without_raw_html(
        '### <a href="/papers/2407.21783"\nclass="line-clamp-3">The Llama 3 Herd of\nModels</a>\n'
    )
    assert text.split("\n")[0] == "### [The Llama 3 Herd of Models](/papers/2407.21783)"
    assert origin[0] == 1


def test_a_paragraph_line_that_opens_a_tag_joins_the_whole_paragraph() -> None:
    """pandoc's commonmark writes a title's typeset math as raw HTML, its attributes wrapped
    over more than twenty lines: the title is one line however long its markup; a heading's
    open tag takes in at most `_TAG_LINES` lines (a heading is one line)."""
    markup = ['class="m"'] * 25
    text, origin, joined = without_raw_html(
        "\n".join(["Projections onto <span", *markup, ">x</span>-norm", "Ball", "", "Next"])
    )
    assert text.split("\n") == ["Projections onto x-norm Ball", "", "Next"]
    assert joined == frozenset({0}) and origin == (1, 2, 30)
    text, _origin, _joined = without_raw_html(
        "\n".join(["### A <span", *markup, ">x</span>-norm", "Ball"])
    )
    assert text.split("\n") == ["### A ", "", "x-norm", "Ball"]


def test_a_list_item_of_markup_only_and_an_empty_item_read_blank() -> None:
    text, _origin, _joined = without_raw_html('-   <img src="/avatars/a.svg"\n    class="x" />\n')
    assert text.strip() == ""
    document = read("# Papers\n\n-   \n\nA paper title\n\n-   \n\nAnother\n")
    assert document.lines[2] == "" and document.lines[4] == "A paper title"
