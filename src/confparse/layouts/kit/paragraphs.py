"""The fields of a markdown capture: a paragraph is one field, whatever lines it is broken in.

An HTML-to-markdown converter that keeps the page source's line breaks (markdownify) splits
one field of the page over several lines of a paragraph: a card's ``In`` over the link to
its parent session, its names over three lines, a calendar's ``[8:00]`` over a title over
the title's last word. Markdown reads the lines of a paragraph as one text, and so do the
layouts that read a capture field by field (`markdown_fields`; `markdown_spans` gives
where each field stands, for a reader that needs only some of them): a blank line ends a
paragraph; a heading is a block of its own; a list item starts one.
"""

from __future__ import annotations

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
    spans: list[tuple[int, int]] = []
    for first, last in ledger.paragraphs(0, len(ledger.stripped)):
        start = first
        for index in range(first + 1, last + 1):
            if index in items or index in headings or index - 1 in headings:
                spans.append((start, index - 1))
                start = index
        spans.append((start, last))
    return spans


def markdown_fields(document: Document, ledger: Ledger) -> list[Field]:
    """The fields of markdown *document*, in order (see `markdown_spans`)."""
    return [markdown_field(document, ledger, *span) for span in markdown_spans(document, ledger)]
