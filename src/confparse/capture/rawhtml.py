"""HTML that a markdown converter wrote as it was: markdown with raw HTML blocks.

A converter that cannot say an element in markdown writes its markup as it stands (pandoc's
``gfm`` writer keeps every ``<div class="…">``, ``<span>`` and ``<a class="…">`` of the
page, each block tag on a line of its own between blank lines; a README's authors do the
same by hand). The markdown around it is the page's text, so such a capture is markdown,
not HTML: `has_raw_html` tells it by its block tag lines, and `without_raw_html` turns its
markup into the markdown it stands for before the markdown reader reads it: a link's start
and end tags become ``[`` and ``](url)``, every other tag of an HTML element goes (an
attribute list wrapped over several lines with it), a line of markup only reads blank and
a run of blank lines as one; the map back to the input's lines is kept.
"""

from __future__ import annotations

import html
import re

__all__ = ["has_block_tag_line", "has_raw_html", "without_raw_html"]

_ELEMENTS = (
    "a|abbr|article|aside|b|br|button|center|code|dd|details|div|dl|dt|em|figcaption|figure"
    "|footer|form|h[1-6]|header|hr|i|iframe|img|input|label|li|main|nav|noscript|ol|option"
    "|p|path|picture|pre|section|select|small|source|span|strong|sub|summary|sup|svg|table"
    "|tbody|td|textarea|tfoot|th|thead|time|tr|u|ul|video"
)
"""The HTML elements whose tags are markup wherever they stand; a word in angle brackets
that names none (``<think>``, ``<unk>``) is the page's text."""
_TAG = re.compile(
    rf"<(/?)({_ELEMENTS})(?=[\s/>])((?:[^<>\"']|\"[^\"]*\"|'[^']*'){{0,4000}})>", re.IGNORECASE
)
"""A start or end tag of one of `_ELEMENTS`; its attributes may go over line breaks."""
_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_BLOCK_LINE = re.compile(r"</?(?:div|section|article|nav|header|footer|main|span)(?:[\s>]|$)")
"""A line that starts with a block's tag: what `has_raw_html` counts (its attributes may
start on the next line, ``<span`` alone: pandoc wraps its raw HTML at 72 columns)."""
_BLOCK_LINES = 3
"""How many block tag lines the capture's start must hold."""
_ENDED_SHARE = 0.9
"""The share of them, of those that end on their line, that a blank line must follow."""


def has_block_tag_line(text: str) -> bool:
    """Whether a line of *text* starts with a block element's tag (`_BLOCK_LINE`): the
    ``<`` are found by a search for one character (a page's text holds few), each tested
    where it starts a line. A text without one holds no raw HTML block."""
    at = text.find("<")
    while at >= 0:
        if (at == 0 or text[at - 1] == "\n") and _BLOCK_LINE.match(text, at) is not None:
            return True
        at = text.find("<", at + 1)
    return False


def has_raw_html(lines: list[str], limit: int = 300) -> bool:
    """Whether the first *limit* of *lines* are markdown with raw HTML blocks: they hold
    `_BLOCK_LINES` or more lines that start with a block element's tag (``<div …>``,
    ``</div>``), and nearly every one of those that ends on its line (`_ENDED_SHARE`) has
    a blank line after it. Markdown ends a raw HTML block at a blank line, so a converter
    that writes one puts a blank line after each tag; a page's HTML source seldom does
    (an HTML page or fragment has doctype, ``<html>`` or ``<body>`` lines, or runs of
    tags on consecutive lines)."""
    count = ended = blank_after = 0
    for index, line in enumerate(lines[:limit]):
        if line[:1] == "<" and _BLOCK_LINE.match(line) is not None:
            count += 1
            if line.rstrip().endswith(">"):
                ended += 1
                if index + 1 < len(lines) and not lines[index + 1].strip():
                    blank_after += 1
    return count >= _BLOCK_LINES and blank_after >= _ENDED_SHARE * ended


def without_raw_html(text: str) -> tuple[str, tuple[int, ...], frozenset[int]]:
    """*text* with its HTML tags (`_TAG`) replaced by the markdown they stand for (``<a
    href="u" …>`` by ``[`` and its ``</a>`` by ``](u)``, an anchor without ``href`` and
    every other tag by nothing), the input's 1-based line number of each of its lines, and
    the 0-based indexes of the lines that join a block's lines (`_joined_blocks`: their
    width tells nothing of the converter's).

    A line that held markup only is blank (a list item's bullet too), and a run of blank
    lines is one blank line, as markdown reads it: the blocks of a card stand as close as a
    converter that writes no markup puts them (pandoc writes each ``<div>`` and ``</div>``
    between blank lines)."""
    targets: list[str | None] = []

    def replace(match: re.Match[str]) -> str:
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        breaks = "\n" * attributes.count("\n")
        if name != "a":
            return breaks
        if closing:
            url = targets.pop() if targets else None
            return f"]({url})" if url is not None else ""
        href = _HREF.search(attributes)
        url = None
        if href is not None:
            url = html.unescape(next(group for group in href.groups() if group is not None))
            url = url.replace(" ", "%20").replace(")", "%29") or None
        targets.append(url)
        return breaks + ("[" if url is not None else "")

    blocks, joined = _joined_blocks(text)
    stripped = _TAG.sub(replace, blocks)
    written = blocks.split("\n")
    kept: list[str] = []
    origin: list[int] = []
    joined_lines: set[int] = set()
    for number, line in enumerate(stripped.split("\n"), 1):
        bare = line.strip()
        if not bare or (
            len(bare) <= 10 and "<" in written[number - 1] and _LIST_ITEM.fullmatch(bare)
        ):
            # a list item of markup only (a picture: ``-   <img src=… />``) is blank too
            if kept and not kept[-1]:
                continue  # a run of blank lines reads as one
            line = ""
        elif number - 1 in joined:
            joined_lines.add(len(kept))
        kept.append(line)
        origin.append(number)
    return "\n".join(kept), tuple(origin), frozenset(joined_lines)


def _joined_blocks(text: str) -> tuple[str, set[int]]:
    """*text* with each block that starts with a tag (a raw HTML block, or a paragraph that
    starts with inline markup) on its first line, its other lines blank: HTML reads a line
    break as a space, and the converter wrapped these lines at its width counting their
    markup, so where a line ends says nothing once the markup is gone (``<span> Jul 6,
    9:00`` over ``AM - 11:30 AM </span>``). A block ends at a blank line, or before a list
    item or a heading. So does a line that opens a tag whose attributes go on below
    (`_OPEN_TAG`): a paragraph's line (the typeset math in a title: ``onto <span`` over
    twenty lines of its markup), or a heading or list item, for at most `_TAG_LINES` lines.
    Also the 0-based indexes of the lines that join several."""
    lines = text.split("\n")
    joined: set[int] = set()
    index, count = 0, len(lines)
    while index < count:
        line = lines[index]
        if line[:1] == "<" and _TAG.match(line) is not None:
            stop = count  # a block that starts with a tag
        elif "<" in line and _OPEN_TAG.search(line) is not None:
            # an open tag: a paragraph's goes on to the block's end, a heading's or a list
            # item's (one line each) for `_TAG_LINES` at most
            start = line.lstrip()
            single = start[:1] == "#" or _LIST_ITEM.match(start) is not None
            stop = min(count, index + _TAG_LINES) if single else count
        else:
            index += 1
            continue
        last = index
        while last + 1 < stop and _continues(lines[last + 1]):
            last += 1
        if last > index:
            lines[index] = " ".join(piece.strip() for piece in lines[index : last + 1])
            lines[index + 1 : last + 1] = [""] * (last - index)
            joined.add(index)
        index = last + 1
    return "\n".join(lines), joined


_OPEN_TAG = re.compile(rf"<(?:{_ELEMENTS})(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*'){{0,4000}})?$", re.I)
"""A start tag that a line opens and does not close: its attributes go on below."""
_TAG_LINES = 20
"""How many lines a block that a heading's or list item's open tag starts may take."""


def _continues(line: str) -> bool:
    """Whether *line* goes on with the block above it: not blank, no list item, no heading."""
    start = line.lstrip()
    return bool(start) and start[0] != "#" and _LIST_ITEM.match(start) is None


_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
