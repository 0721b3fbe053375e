"""Hostile HTML for the reader's robustness and linear-time tests (tests/test_capture_html.py).

Each family makes a page of about *size* characters from a unit repeated, and names the
text that must survive: ``KEEP`` markers stand where a browser would still show them (before
a construct left open to the end of the input, a browser shows nothing after it).
"""

from __future__ import annotations

import random
from collections.abc import Callable

import attrs

KEEP = "<p>KEEP before</p>\n"


def fill(unit: str, size: int) -> str:
    """*unit* repeated to *size* characters (a last partial unit is cut)."""
    return (unit * (size // len(unit) + 1))[:size]


def garbage(size: int, *, markup: bool) -> str:
    """Random characters U+0000..U+00FF (NULs and controls among them); ``<`` only if
    *markup* (without it no tag can open, so the text after the garbage must survive)."""
    chars = [chr(code) for code in range(256) if markup or chr(code) != "<"]
    return "".join(random.Random(size).choices(chars, k=size))


@attrs.frozen
class Family:
    """A kind of hostile page: ``make(size)`` builds one; ``kept`` must be in its text."""

    make: Callable[[int], str]
    kept: tuple[str, ...] = ("KEEP before",)


def _nested(size: int) -> str:
    depth = size // 11
    return KEEP + "<div>" * depth + "KEEP inside" + "</div>" * depth + "<p>KEEP after</p>"


FAMILIES: dict[str, Family] = {
    "unclosed-tags": Family(lambda n: KEEP + "<div><p><span><b>" + fill("KEEP text ", n)),
    "misnested": Family(lambda n: KEEP + fill("<b><i>KEEP</b> x</i>", n)),
    "stray-lt-amp": Family(
        lambda n: KEEP + fill("a < b & c <<< && &amp; &#; &#xZZ; &#99999999; </ > <> ", n),
        ("KEEP before", "a < b & c <<< && & &#; &#xZZ;"),
    ),
    "nested-divs": Family(_nested, ("KEEP before", "KEEP inside", "KEEP after")),
    "nested-spans": Family(lambda n: KEEP + fill("<span>", n) + "KEEP inside"),
    "nested-text": Family(lambda n: KEEP + fill("<div>KEEP x", n)),
    "stray-end-tags": Family(
        lambda n: KEEP + fill("</div></p></span></li></a></td>", n) + "<p>KEEP after</p>",
        ("KEEP before", "KEEP after"),
    ),
    "huge-attribute": Family(
        lambda n: KEEP + '<div title="' + fill("x&amp;", n) + '">KEEP after</div>',
        ("KEEP before", "KEEP after"),
    ),
    "huge-data-props": Family(
        lambda n: KEEP + '<div data-props="[' + fill("&quot;x&quot;,", n) + '0]">KEEP after</div>',
        ("KEEP before", "KEEP after"),
    ),
    "entities-only": Family(
        lambda n: fill("&amp;&lt;&nbsp;&#233;&eacute;&#x2014;", n), ("&< é", "é—&")
    ),
    "binary-in-text": Family(
        lambda n: KEEP + garbage(n, markup=False) + "\n<p>KEEP after</p>",
        ("KEEP before", "KEEP after"),
    ),
    "binary-with-markup": Family(lambda n: KEEP + garbage(n, markup=True)),
    "unterminated-comment": Family(lambda n: KEEP + "<!-- " + fill("a <b> c ", n)),
    "comment-opens": Family(lambda n: KEEP + fill("<!--a>", n)),
    "unterminated-script": Family(lambda n: KEEP + "<script>" + fill("a <b> </c> ", n)),
    "unterminated-style": Family(lambda n: KEEP + "<style>" + fill("a { } </c> ", n)),
    "unterminated-quote": Family(lambda n: KEEP + '<div class="' + fill("a <b> c ", n)),
    "tag-open-to-end": Family(lambda n: KEEP + "<div " + fill("a=b <c ", n)),
    "lt-letter-runs": Family(lambda n: KEEP + fill("<a", n)),
    "end-tag-opens": Family(lambda n: KEEP + fill("</a ", n)),
    "bang-runs": Family(lambda n: KEEP + fill("<!", n)),
    "cdata-opens": Family(lambda n: KEEP + fill("<![CDATA[x>", n)),
    "bad-marked-sections": Family(
        lambda n: KEEP + fill("<![foo[ x ]]> <![ y <![1 ", n) + "<p>KEEP after</p>",
        ("KEEP before", "KEEP after"),
    ),
    "doctype-open": Family(lambda n: KEEP + "<!DOCTYPE " + fill("a <b> ", n)),
    "processing-instructions": Family(lambda n: KEEP + fill("<?x y ", n)),
    "unclosed-paragraphs": Family(lambda n: KEEP + fill("<p>KEEP p ", n)),
    "unclosed-items": Family(lambda n: KEEP + "<ul>" + fill("<li>KEEP li", n)),
    "unclosed-cells": Family(lambda n: KEEP + "<table><tr>" + fill("<td>KEEP td", n)),
    "anchors-in-anchors": Family(lambda n: KEEP + fill('<a href="x">KEEP a ', n)),
    "deep-json-ld": Family(
        lambda n: (
            KEEP
            + '<script type="application/ld+json">'
            + fill("[", n)
            + "</script><p>KEEP after</p>"
        ),
        ("KEEP before", "KEEP after"),
    ),
    "plain-text": Family(lambda n: fill("KEEP words and more words ", n), ("KEEP words",)),
    "line-breaks": Family(lambda n: KEEP + "<pre>" + fill("a\n\n \n", n), ("KEEP before",)),
}
"""The hostile families, by name."""
