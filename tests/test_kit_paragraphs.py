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
