"""Linear time, proven by ratio: per-byte parse time at 1 MB is at most 3x that at 16 KB.

Measured in one run on the same machine, so a slow or busy machine does not fail it: the
small input timed best of three, the large one up to three times, until a ratio within the
bound (the verdict of the best of three), in CPU time (time other programs take is not
counted), with the garbage collector run once before and paused during each timing. The
collector's own cost grows with everything the test process holds (a full collection walks
every live object), which says nothing about confparse's algorithms: with it running, a 1 MB
page of 250,000 authors measured up to 3.1x inside the full suite, and 1.2x on its own.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable

import pytest

import confparse
from confparse import ConfparseError

from conftest import large_over_small

SMALL, LARGE = 16 * 1024, 1024 * 1024
MAX_RATIO = 3.0


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: _fill(" ", n),
    "space-lines": lambda n: _fill("  \n", n),
    "middots": lambda n: _fill(" \u00b7", n),
    "middot-lines": lambda n: _fill("A \u00b7 B \u00b7\n", n),
    "digits-colons": lambda n: _fill("12:34:56 ", n),
    "moderator": lambda n: _fill("Moderator: ", n),
    "moderator-lines": lambda n: _fill("Moderator: A \u00b7 B\n", n),
    "time-fragments": lambda n: _fill("Wed 21 July 17:00 - ", n),
    "time-lines": lambda n: _fill("Wed 21 July 17:00 - 17:20 PDT\n", n),
    "time-lines-12h": lambda n: _fill("Tue 23 Jul 7:30 a.m. PDT \u2014 8:30 a.m. PDT\n\n", n),
    "one-char": lambda n: _fill("a", n),
    "award-lines": lambda n: _fill("Outstanding Paper\n", n),
    "short-lines": lambda n: _fill("Wasserstein GAN\n", n),
    "ellipsis": lambda n: _fill(" \u2026", n),
    # markdown captures: the normalisation step must stay linear too
    "markdown-links": lambda n: _fill("# T\n[x](https://a.b/c) ", n),
    "markdown-brackets": lambda n: _fill("# H\n* [a](http://x)\n[[[[(((", n),
    "markdown-open-links": lambda n: _fill("### [T](https://x)\n[abc def\n", n),
    "markdown-stars": lambda n: _fill("## **a** __b__ \\* ", n),
}

CAPTURE_ONLY: dict[str, Callable[[int], str]] = {
    # a heading line that ends in "#" after a long text: the heading pattern backtracked
    "markdown-heading-tail": lambda n: "# A\n# B\n## a" + " " * (n - 14) + "b#",
    # combining marks in non-canonical order: canonical reordering is quadratic in a run
    "combining-marks": lambda n: "a" + _fill("\u0301\u0316", n - 1),
    "unclosed-strong": lambda n: "# T\n\n**" + _fill("word ", n - 8),
    # pandoc's markdown: attribute blocks over lines, values left open, spans in spans
    "pandoc-attributes": lambda n: "::: {.a}\n:::\n" + _fill('[x](y){.a b="c"\n', n - 14),
    "pandoc-open-values": lambda n: "::: {.a}\n:::\n" + _fill('[x]{.a b="', n - 14),
    "pandoc-spans": lambda n: "::: {.a}\n:::\n" + _fill("[[[x]{.a}", n - 14),
    # markdown's reference links, all of them defined at the end
    "reference-links": lambda n: _fill("[x][1] ", n - 10) + "\n[1]: /a\n",
    "reference-link-lines": lambda n: _fill("[x][1]\n", n - 10) + "\n[1]: /a\n",
}


def _ratio(make: Callable[[int], str], layout: str | None) -> float:
    """Per-byte CPU time at LARGE over that at SMALL (see `large_over_small`)."""
    small, large = make(SMALL), make(LARGE)
    scale = len(large.encode("utf-8")) / len(small.encode("utf-8"))

    def parse(text: str) -> Callable[[], object]:
        def run() -> None:
            with contextlib.suppress(ConfparseError):
                confparse.parse(text, layout=layout)

        return run

    ratio = large_over_small(parse(small), parse(large), MAX_RATIO * scale, small_calls=8)
    return ratio / scale


@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
@pytest.mark.parametrize("layout", [None, *confparse.layout_names()])
def test_parse_time_grows_linearly(layout: str | None, shape: str) -> None:
    ratio = _ratio(ADVERSARIAL[shape], layout)
    assert ratio <= MAX_RATIO, f"{layout or 'detect'}/{shape}: per-byte ratio {ratio:.2f}"


@pytest.mark.parametrize("shape", sorted(CAPTURE_ONLY))
def test_capture_time_grows_linearly(shape: str) -> None:
    """Families that only the capture stage sees: detected once, whatever the layout."""
    ratio = _ratio(CAPTURE_ONLY[shape], None)
    assert ratio <= MAX_RATIO, f"{shape}: per-byte ratio {ratio:.2f}"


# -- memory -----------------------------------------------------------------------------------
MAX_MEMORY_RATIO = 6.0


def _numbered(unit: Callable[[int], str], size: int) -> str:
    """Lines that differ from each other (*unit* of a running number), *size* bytes."""
    parts: list[str] = []
    total = number = 0
    while total < size:
        part = unit(number)
        parts.append(part)
        total += len(part)
        number += 1
    return "".join(parts)[:size]


MEMORY_ONLY: dict[str, Callable[[int], str]] = {
    # the shapes above with lines that are not repeated: nothing to share
    "numbered-lines": lambda n: _numbered(lambda i: f"{i}\n", n),
    "distinct-markdown-links": lambda n: _numbered(lambda i: f"# T\n[x](https://a.b/{i}) ", n),
    "distinct-time-lines": lambda n: _numbered(
        lambda i: (
            f"Wed {1 + i % 28} July {i % 24:02d}:{i % 60:02d} - {i % 24:02d}:{i % 60:02d} PDT\n"
        ),
        n,
    ),
}

OVER_MEMORY_BOUND = {
    # Measured 2026-12-05 (peak / input bytes at 1 MiB), with what is left over and why it
    # cannot go under 6x while a record keeps its shape. A talk for each 30-byte time line
    # is a Talk (112 bytes: 10 slots, no __weakref__), its Span (48) and one line number
    # (32; both ends of a one-line span are one int): 6.3x the line in records alone, 6.6x
    # with the page's tuple of talks (8 bytes a talk), before the document's list of lines
    # and the ledger's stripped lines (8 bytes a line each, 0.3x each). 6x would need a
    # talk and its span in 180 bytes. (16.7x before the session layout kept its slot
    # starts as a byte a line, 7.9x before the records lost their weak-reference slot.)
    "time-lines": 7.4,
    # The same, and a weekday-mismatch Diagnostic (88 bytes) with its own line number
    # (32; the talk's span holds an equal int of its own) for 10,000 of the 35,000 lines:
    # 1.1x more (19.5x before the slot starts and messages were shared, 9.9x before the
    # weak-reference slots went).
    "distinct-time-lines": 9.3,
    # Lines that all differ cannot share: a Link (48), its URL (66), a one-link tuple
    # (48), a line number (32) and a dict entry (33) a 26-byte line are 8.7x the line,
    # held by the document until detection refuses the page (12.5x while the markdown
    # lines were held beside their plain versions, 9.8x with Link's weak-reference slot).
    # The links kept as a flat list and each link's line in an array, their mapping built
    # when a layout reads it, measured 5.4x; listing detection's sorted(document.links)
    # would still make an int for every linked line (+1.35x).
    "distinct-markdown-links": 9.4,
    # Measured 2026-12-06. A link every 7 bytes, read as markdown: the references are
    # rewritten a piece at a time (1.6x at most), but then each link is a Link, its text, its
    # URL and its place in the line's tuple, as for the same links written inline
    # ("# T" over "[x](/a) " repeated: 17.0x on one line, 11.4x a link a line).
    # Measured 2026-12-07: on a line of many links, equal links are one Link (20.5x
    # before); left are the line's rewritten copy, its split copy, the pattern's list of
    # pieces while it replaces them (16 bytes a link) and the line's list and tuple of its
    # links (8 bytes a link each).
    "reference-links": 7.5,
    "reference-link-lines": 12.7,
}


def _peak_ratio(text: str) -> float:
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        with contextlib.suppress(ConfparseError):
            confparse.parse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak / len(text.encode("utf-8"))


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(
            shape,
            marks=pytest.mark.xfail(
                shape in OVER_MEMORY_BOUND,
                run=False,  # measured by the test below, held at its ratio
                reason="a record or a str per line: see above",
            ),
        )
        for shape in sorted({**ADVERSARIAL, **CAPTURE_ONLY, **MEMORY_ONLY})
    ],
)
def test_peak_memory_is_a_small_multiple_of_the_input(shape: str) -> None:
    """Peak memory of a parse (tracemalloc: what Python allocates) under 6x a 1 MB input."""
    make = {**ADVERSARIAL, **CAPTURE_ONLY, **MEMORY_ONLY}[shape]
    ratio = _peak_ratio(make(LARGE))
    assert ratio < MAX_MEMORY_RATIO, f"{shape}: peak memory {ratio:.1f}x the input"


@pytest.mark.parametrize("shape", sorted(OVER_MEMORY_BOUND))
def test_families_over_the_bound_stay_at_their_measured_ratio(shape: str) -> None:
    """The families left over the bound do not grow past what was measured (10 % slack)."""
    make = {**ADVERSARIAL, **CAPTURE_ONLY, **MEMORY_ONLY}[shape]
    ratio = _peak_ratio(make(LARGE))
    assert ratio <= OVER_MEMORY_BOUND[shape] * 1.1, f"{shape}: peak memory {ratio:.1f}x"
