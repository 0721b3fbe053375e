"""The width at which a text was hard-wrapped, told by where its lines end.

A text browser wraps every line at its width (`textdump.wrap_width` finds it from the
widest line); an extractor's plain text (pandoc's at 72 columns) or a text wrapped by hand
wraps its paragraphs only, and leaves a heading, a title or a URL wider. `hard_wrap_width`
finds the width of such a text from the edge where its lines end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import accumulate

__all__ = ["ABBREVIATIONS", "MAX_WIDTH", "MIN_WIDTH", "ends_sentence", "hard_wrap_width"]

MAX_WIDTH = 132
"""No text is wrapped wider (text browsers print 80 columns, or 120 or 132 when asked)."""
MIN_WIDTH = 60
"""Nor narrower: a page whose lines all end before this is a menu, not wrapped text."""
ABBREVIATIONS = ("vs", "e.g", "i.e", "al", "cf", "Fig", "No", "Dr", "St")
"""Words that titles write with a full stop that ends no sentence (``Denoising vs. Signal
Forgetting``, ``e.g.``, ``et al.``)."""
_SENTENCE_ENDS = (".", "\u2026", "!", "?")
_ABBREVIATION_STOPS = tuple(f"{word}." for word in ABBREVIATIONS)


def ends_sentence(line: str) -> bool:
    """Whether *line* ends a sentence: with ``.``, ``…``, ``!`` or ``?`` (spaces after it
    too), but for the full stop of a word in `ABBREVIATIONS` (``Maximum Likelihood vs.``
    goes on below: a title broken there)."""
    end = line.rstrip()
    if not end.endswith(_SENTENCE_ENDS):
        return False
    if not end.endswith(_ABBREVIATION_STOPS):
        return True
    words = end.rsplit(None, 1)
    return words[-1][:-1] not in ABBREVIATIONS  # ("Canvas." ends one; "vs." does not)


_EDGE_BAND = 8
"""`hard_wrap_width`: the columns at the edge where a wrapped text's lines end, and the
columns just past it, which they leave empty."""
_EDGE_LINES = 16
_EDGE_RATIO = 10
"""A hard-wrapped text: at least `_EDGE_LINES` distinct lines end in the band at the edge,
and `_EDGE_RATIO` times as many as the lines that end in the band past it."""
_EDGES = range(MIN_WIDTH, MAX_WIDTH + 1)
_EDGE_READ = 4000
"""How many lines `hard_wrap_width` reads: enough for a page's paragraphs to show it."""


def hard_wrap_width(lines: Sequence[str]) -> int | None:
    """The width at which a text extractor hard-wrapped its paragraphs, when *lines* show
    one (pandoc's plain text at 72 columns; a text wrapped at 80 or 120), else ``None``.

    Unlike a text browser's dump, such a text leaves some lines wider than its width (a
    heading, a title, a URL, which it does not break), so the widest line is no guide. The
    width shows as an edge: many distinct lines of text end in the `_EDGE_BAND` columns up
    to it, and next to none in the band just past it (a copy's line ends where its text
    ends, as many past any column as before it; a repeated line, a time or a menu item,
    counts once). The width is the band's last column where lines end about as often as
    at its commonest end (a quarter as often at least)."""
    low, high = MIN_WIDTH - _EDGE_BAND, MAX_WIDTH + _EDGE_BAND
    head = lines[:_EDGE_READ]
    candidates = [line for line in head if low < len(line) <= high]
    if len(candidates) < _EDGE_LINES:
        return None  # too few lines of a wrapped paragraph's length (most copies: here)
    texts = [text for text in map(str.rstrip, candidates) if " " in text.lstrip()]
    unique = set(texts)
    if len(unique) < _EDGE_LINES:
        return None
    ends = [0] * (high + 1)  # lines of text ending in each column
    distinct = [0] * (high + 1)  # the same, each text counted once
    for width, count in Counter(map(len, texts)).items():  # (counted in C)
        ends[width] = count
    for width, count in Counter(map(len, unique)).items():
        distinct[width] = count
    band_sums = list(accumulate(distinct, initial=0))  # band_sums[n]: columns below n
    past_sums = list(accumulate(ends, initial=0))
    best: tuple[int, int] | None = None  # (lines in the band, its last column)
    # a band is tried at the columns where a line ends: one that ends on an empty column
    # holds no more lines, and has no fewer past it, than the one at the populated column
    # below it
    for edge in sorted(set(map(len, unique)).intersection(_EDGES)):
        band = band_sums[edge + 1] - band_sums[edge + 1 - _EDGE_BAND]
        past = past_sums[edge + 1 + _EDGE_BAND] - past_sums[edge + 1]
        edge_shown = band >= _EDGE_LINES and band >= _EDGE_RATIO * (past + 1)
        if edge_shown and (best is None or band > best[0]):
            best = (band, edge)
    if best is None:
        return None
    edge = best[1]  # the band's last column that holds a quarter of its commonest end
    peak = max(distinct[edge - _EDGE_BAND + 1 : edge + 1])
    while 4 * distinct[edge] < peak:
        edge -= 1
    return edge
