"""The fields of a markdown capture (`confparse.layouts.kit.paragraphs`): a paragraph is one
field, a heading is one of its own, a list item starts one."""

from __future__ import annotations

from confparse import ParseOptions, capture
from confparse.layouts.kit import Ledger
from confparse.layouts.kit.paragraphs import markdown_fields


def _fields(text: str) -> list[tuple[int, int, str]]:
    document = capture.read_document(text)
    assert document.format == "markdown"
    return [
        (field.first, field.last, field.text)
        for field in markdown_fields(document, Ledger(document, ParseOptions()))
    ]


def test_a_paragraph_is_one_field_and_a_heading_or_list_item_ends_one() -> None:
    text = (
        "# [A Title](https://icml.cc/virtual/2020/poster/1)\n"
        "In\n[Orals 1A](https://icml.cc/Conferences/2020/Schedule?showParentSession=1)\n"
        "\n"
        "Ada Lee \u00b7\nAl Turing\n"
        "* [Help](https://icml.cc/FAQ)\n"
        "* [About](https://icml.cc/About)\n"
    )
    assert _fields(text) == [
        (0, 0, "A Title"),
        (1, 2, "In Orals 1A"),
        (4, 5, "Ada Lee \u00b7 Al Turing"),
        (6, 6, "Help"),
        (7, 7, "About"),
    ]


def test_a_fields_links_are_its_lines_links() -> None:
    text = "In\n[Orals 1A](https://icml.cc/Conferences/2020/Schedule?showParentSession=1)\n"
    document = capture.read_document(text + "\n# Heading\n")
    (field, _heading) = markdown_fields(document, Ledger(document, ParseOptions()))
    assert [link.url for link in field.links] == [
        "https://icml.cc/Conferences/2020/Schedule?showParentSession=1"
    ]


def test_headings_right_over_text_make_each_line_a_field() -> None:
    """A converter that writes no blank line between blocks (crawl4ai, html2text's
    ``single_line_break``) stands each heading right over the text under it: there, each
    line is a field of its own."""
    text = (
        "# Orals\n168 Events\nOral\n"
        "### [A Title](https://icml.cc/virtual/2026/oral/1)\n"
        "Ada Lee \u22c5 Al Turing\nJul 7, 10:00 AM - 10:15 AM\n"
        "### [Another](https://icml.cc/virtual/2026/oral/2)\n"
        "Bo Chen\n"
    )
    assert [(first, last) for first, last, _text in _fields(text)] == [
        (index, index) for index in range(8)
    ]


def test_a_long_capture_with_hardly_a_blank_line_is_one_block_a_line() -> None:
    lines = [f"[Talk {n}](https://icml.cc/virtual/2020/poster/{n})\nAda Lee" for n in range(60)]
    text = "\n".join(lines) + "\n"
    fields = _fields(text)
    assert len(fields) == 120  # a title and a name for each talk, never joined
    assert fields[:2] == [(0, 0, "Talk 0"), (1, 1, "Ada Lee")]


def test_a_line_that_held_only_an_empty_link_is_no_blank_line() -> None:
    """A card's empty anchor (``[](url)``) reads as an empty line, but no blank line was
    written there: the capture is still one block a line."""
    lines = [
        f"[](https://icml.cc/s)\n[Talk {n}](https://icml.cc/virtual/2020/poster/{n})\nAda Lee"
        for n in range(40)
    ]
    fields = _fields("\n".join(lines) + "\n")
    assert (1, 1, "Talk 0") in fields and (2, 2, "Ada Lee") in fields


def test_a_capture_with_blank_lines_between_blocks_joins_a_paragraphs_lines() -> None:
    lines = [
        f"# [Talk {n}](https://icml.cc/virtual/2020/poster/{n})\n\nAda Lee \u00b7\nAl Turing\n"
        for n in range(30)
    ]
    fields = _fields("\n".join(lines))
    assert (2, 3, "Ada Lee \u00b7 Al Turing") in fields
