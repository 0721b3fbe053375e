"""`hard_wrap_width`: the width at which an extractor hard-wrapped a plain capture's
paragraphs, and the author line that the session layout joins again at that width."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

import confparse
from confparse import capture
from confparse.capture.edges import hard_wrap_width
from confparse.layouts.kit.blocks import _broken_at

TODAY = date(2026, 11, 22)
PAGES = Path(__file__).parent / "pages"
RECAPTURED = PAGES / "recaptured"

_WORDS = (
    "We study how models learn structured representations from raw signals and show that "
    "a simple objective recovers the latent factors under mild conditions while keeping "
    "the cost of training close to that of a linear probe on the same inputs; experiments "
    "on three benchmarks confirm the theory and point to several open questions about "
    "scale, noise and the choice of architecture in practice."
)


def _wrapped_page(width: int) -> list[str]:
    """Paragraphs wrapped at *width*, each under a title that is left wider."""
    lines: list[str] = []
    words = _WORDS.split()
    for number in range(20):
        lines += [f"A Long Title Number {number} " + "That Nobody Wraps " * 6, ""]
        turned = words[number:] + words[:number]  # each paragraph's lines its own
        lines += [*textwrap.wrap(" ".join(turned), width=width), ""]
    return lines


@pytest.mark.parametrize("width", [72, 80, 120])
def test_the_edge_of_wrapped_paragraphs_is_the_width(width: int) -> None:
    assert hard_wrap_width(_wrapped_page(width)) == width


def test_lines_that_end_where_their_text_ends_show_no_edge() -> None:
    # a copy keeps each paragraph on one line: its lengths spread past any column
    lines = [(f"Paper {n}. " + _WORDS)[: 40 + 7 * n] for n in range(40)]
    assert hard_wrap_width(lines) is None


def test_a_repeated_line_counts_once() -> None:
    # twenty copies of one time line of 72 columns are one line, no edge
    time = "Tue Jul 14 04:00 PM -- 04:45 PM & Wed Jul 15 03:00 AM -- 03:45 AM (CEST)"
    lines = [time, "A title", "Ann Lee"] * 20
    assert len(time) == 72 and hard_wrap_width(lines) is None


def test_only_a_plain_capture_asks_for_its_edge() -> None:
    text = "\n".join(_wrapped_page(72))
    assert capture.read(text).wrap_width() == 72
    assert capture.read("# Heading\n\n" + text).wrap_width() is None  # markdown joins them


@pytest.mark.parametrize(
    ("previous", "line", "broken"),
    [
        ("Ann Lee · Bo Chen · Alexandre", "d'Aspremont", True),
        ("Ann Lee · Bo Chen · Alexandre", "du Bois", True),
        ("Ann Lee · Bo Chen", "d'Aspremont", False),
    ],
)
def test_a_line_broken_at_the_edge_is_known_by_its_first_word(
    previous: str, line: str, broken: bool
) -> None:
    assert _broken_at(previous, line, len("Ann Lee · Bo Chen · Alexandre") + 2) is broken


def test_a_lowercase_name_at_the_edge_ends_the_author_line_of_a_wrapped_capture() -> None:
    real = RECAPTURED / "01_icml2025_session_poster-session-3-west.pandoc-plain.txt"
    page = confparse.parse(real, today=TODAY)
    talk = page.sessions[0].talks[31]
    assert talk.paper is not None
    assert talk.paper.authors[-1].name == "Alexandre d'Aspremont"


def test_a_lowercase_line_under_an_author_line_stays_apart_in_an_unwrapped_capture() -> None:
    text = (
        "Oral\n\nWed 21 July 17:00 - 17:20 PDT\n\nA title\n\n"
        "Ann Lee · Bo Chen · Alexandre\nd'Aspremont\n\nAn abstract."
    )
    page = confparse.parse(text, layout="session", today=TODAY)
    paper = page.sessions[0].talks[0].paper
    assert paper is not None
    assert [a.name for a in paper.authors] == ["Ann Lee", "Bo Chen", "Alexandre"]
