"""The fields of a markdown capture: a paragraph is one field, whatever lines it is broken in.

An HTML-to-markdown converter that keeps the page source's line breaks (markdownify) splits
one field of the page over several lines of a paragraph: a card's ``In`` over the link to
its parent session, its names over three lines, a calendar's ``[8:00]`` over a title over
the title's last word. Markdown reads the lines of a paragraph as one text, and so do the
layouts that read a capture field by field (`markdown_fields`; `markdown_spans` gives
where each field stands, for a reader that needs only some of them): a blank line ends a
paragraph; a heading is a block of its own; a list item starts one.

Some converters write no blank line between blocks (crawl4ai's markdown, html2text with
``single_line_break``): each block is one line, and a heading stands right over the text
under it, which the others never write. In such a capture each line is a field of its own
(`_one_block_a_line`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

from ...capture.document import Document
from ...models import Link
from .ledger import Ledger

__all__ = ["Field", "markdown_field", "markdown_fields", "markdown_spans"]


class Field(NamedTuple):
    """A field of a capture: its first and last line (0-based, inclusive), its text (the
    lines joined by a space) and its links."""

    first: int
    last: int
    text: str
    links: tuple[Link, ...]


def markdown_field(document: Document, ledger: Ledger, first: int, last: int) -> Field:
    """The field of lines *first*..*last* of markdown *document* (a span that
    `markdown_spans` gives): the ledger's stripped lines joined by a space, and their
    links."""
    stripped = ledger.stripped
    text = stripped[first] if first == last else " ".join(stripped[first : last + 1])
    return Field(first, last, text, document.links_on(first, last))


def markdown_spans(document: Document, ledger: Ledger) -> list[tuple[int, int]]:
    """The first and last line of each field of markdown *document*, in order: each
    paragraph's lines (the ledger's stripped lines, a run without a blank one) are one
    field, except that a heading (`Document.headings`) is a field of its own and a list
    item (`Document.items`) starts one: markdown ends a paragraph there."""
    headings, items = document.headings, document.items
    if _one_block_a_line(document, ledger.stripped):
        return [(index, index) for index, line in enumerate(ledger.stripped) if line]
    spans: list[tuple[int, int]] = []
    for first, last in ledger.paragraphs(0, len(ledger.stripped)):
        start = first
        for index in range(first + 1, last + 1):
            if index in items or index in headings or index - 1 in headings:
                spans.append((start, index - 1))
                start = index
        spans.append((start, last))
    return spans


_HEADINGS_LOOKED_AT = 50
"""How many of a capture's headings `_one_block_a_line` looks at."""


_FEW_BLANKS = 25
"""A capture of more than `_FEW_BLANKS` * 4 lines with fewer than one blank line in this
many writes no blank line between blocks (the converters that do leave one in nine or
more lines blank). A line that held nothing but a link with no text is no blank line."""


def _one_block_a_line(document: Document, stripped: Sequence[str]) -> bool:
    """Whether markdown *document* writes each block on a line with no blank line between
    blocks: of its first headings (at most `_HEADINGS_LOOKED_AT`, two at least) that have
    a line under them, three in four stand right over a line of text (a converter that
    separates blocks puts a blank line under every heading); with fewer headings, it has
    hardly a blank line (`_FEW_BLANKS`)."""
    headings = document.headings
    over_text = under = 0
    for index in islice(headings, _HEADINGS_LOOKED_AT):  # (the reader's order: the first)
        if index + 1 < len(stripped):
            under += 1
            over_text += bool(stripped[index + 1]) and index + 1 not in headings
    if under >= 2:
        return over_text * 4 >= under * 3
    lines = len(stripped)
    if lines <= _FEW_BLANKS * 4:
        return False
    # a line that held only an empty link (``[](url)``, a card's anchor) reads blank
    blanks = stripped.count("") - sum(1 for at in document.links if at < lines and not stripped[at])
    return blanks * _FEW_BLANKS < lines


def markdown_fields(document: Document, ledger: Ledger) -> list[Field]:
    """The fields of markdown *document*, in order (see `markdown_spans`)."""
    return [markdown_field(document, ledger, *span) for span in markdown_spans(document, ledger)]
