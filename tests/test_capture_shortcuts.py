"""The capture stage's shortcuts give what the tests they stand for give.

Each shortcut skips work that cannot change an answer (a search in C before lines are read
one by one, a count that stops once it decides); these tests check each one against the
plain definition it stands for, on lines drawn from the pieces that matter to it.
"""

from __future__ import annotations

import math
import re

from hypothesis import given
from hypothesis import strategies as st

from confparse.capture.formats import CaptureText
from confparse.capture.markdown import _PLACEHOLDER, _may_hold_placeholder, looks_like_markdown
from confparse.capture.textdump import (
    _BREAK_SHARE,
    _MIN_BREAKS,
    _continues,
    _edge_breaks,
    looks_like_text_browser,
    wrap_width,
)
from confparse.capture.wrappers import _TRUNCATED, _may_be_truncated

_PIECES = st.sampled_from(
    [" ", "  ", "\t", "word", "Word", "a b", "[", "]", "[1]", "(BUTTON)", "[Truncated]",
     "[Content truncated]", "runcated]", "Image", "[Image: a]", "[image\uff1ab]", "图片", "* ",
     "o ", "=== ", "# Title", "](http://a.b)", "x" * 40, "y " * 30, "IFRAME:", "-"]
)  # fmt: skip
_LINE = st.lists(_PIECES, max_size=8).map("".join)
_LINES = st.lists(_LINE, max_size=60)


@given(_LINES)
def test_a_truncation_marker_is_never_missed(lines: list[str]) -> None:
    """`_may_be_truncated` says "maybe" whenever a line is a marker, walking the brackets
    of a text with few of them and searching one with many at once."""
    for many in (False, True):
        text = "\n".join((["[a]"] * 20 if many else []) + lines)
        if any(line[:1] == "[" and line.strip() in _TRUNCATED for line in text.split("\n")):
            assert _may_be_truncated(text)


def test_a_text_without_a_marker_is_told_so_without_a_search() -> None:
    assert not _may_be_truncated("[a] [b]\nplain [Truncated text]")
    assert _may_be_truncated("[a]\n[Content truncated]")


@given(_LINE, st.integers(0, 300))
def test_a_placeholder_is_never_missed(line: str, filler: int) -> None:
    """`_may_hold_placeholder` says "maybe" whenever `_PLACEHOLDER` matches, on short lines
    (searched for its words) and long ones (looked at its brackets)."""
    for text in (line, "z" * filler + line):
        if _PLACEHOLDER.search(text) is not None:
            assert _may_hold_placeholder(text)


def test_a_long_line_without_a_placeholder_is_told_so() -> None:
    assert not _may_hold_placeholder("[a](b) " + "images " * 60)
    assert _may_hold_placeholder("x" * 300 + " [Image: figure 1]")


def _signals_or_title(lines: list[str]) -> bool:
    """`looks_like_markdown`'s title rule as written first: a setext title is a ``===``
    line under a line of text, wherever it stands among the first lines."""
    for index, line in enumerate(lines[:300]):
        if index and lines[index - 1].strip() and re.fullmatch(r"={3,}\s*", line):
            return True
    return False


@given(_LINES)
def test_a_setext_title_is_found_after_the_signals(lines: list[str]) -> None:
    """The setext title is looked for after the signals are counted, only when a line
    starts with "=": it decides as it did when it was looked for on every line."""
    if _signals_or_title(lines):
        assert looks_like_markdown(lines)


def _edge_breaks_counted(lines: list[str]) -> tuple[int, int, int]:
    """`_edge_breaks` as first written: every line near the edge tested."""
    widths = [len(line.rstrip()) for line in lines if " " in line.strip()]
    if not widths:
        return 0, 0, 0
    width = max(widths)
    near = broken = 0
    above: set[str] = set()  # a line the page repeats, above or below a break, counts once
    below: set[str] = set()
    for index in range(len(lines) - 1):
        line = lines[index].rstrip()
        if len(line) < width - 12 or " " not in line.strip():
            continue
        near += 1
        following = lines[index + 1]
        if line.endswith((".", "\u2026", "!", "?")):  # a sentence's end: no sign of a break
            continue
        if lines[index] in above or following in below or not _continues(line, following, width):
            continue
        above.add(lines[index])
        below.add(following)
        broken += 1
    return width, near, broken


@given(_LINES)
def test_edge_breaks_are_counted_until_they_decide(lines: list[str]) -> None:
    """Broken lines are counted until a wrapped dump has enough of them: the width, the
    lines near the edge and whether enough broke are what counting them all gives."""
    width, near, broken = _edge_breaks(lines)
    full_width, full_near, full_broken = _edge_breaks_counted(lines)
    assert (width, near) == (full_width, full_near)
    needed = max(_MIN_BREAKS, math.ceil(_BREAK_SHARE * near))
    assert broken == min(full_broken, needed)
    enough = full_broken >= _MIN_BREAKS and full_broken >= _BREAK_SHARE * full_near
    assert (wrap_width(lines) is not None) == (enough and 60 <= full_width <= 132)


@given(_LINES, st.integers(0, 400))
def test_a_button_is_looked_for_in_the_text_of_the_first_lines(lines: list[str], more: int) -> None:
    """lynx's (BUTTON) is searched for in the text of the sniffed lines before they are
    read one by one: the answer is the same with the end given, found, or not given."""
    text = "\n".join(lines + ["   (BUTTON)"] * (more % 2) + ["x"] * more)
    page = CaptureText(text)
    head, head_lines = page.head(), page.head_lines()
    end = page.head_end()
    if end is not None:
        assert head[:end] == "\n".join(head_lines)
    answer = looks_like_text_browser(head, head_lines)
    assert looks_like_text_browser(head, head_lines, end=end) is answer
    button = any(line[:1] == " " and line.strip() == "(BUTTON)" for line in head_lines)
    if button:
        assert answer


def test_a_button_after_the_sniffed_lines_is_not_taken() -> None:
    text = "\n".join(["text"] * 300 + ["   (BUTTON)"])
    page = CaptureText(text)
    assert page.head_end() is None  # (the lines are the first of a longer text)
    assert not looks_like_text_browser(page.head(), page.head_lines())
