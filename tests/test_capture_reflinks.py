"""Markdown's reference links (html2text with ``inline_links = False``): ``[text][12]`` and
a ``[12]: url`` definition, read as the inline links they stand for; the snippets are in
the forms html2text writes."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import confparse
from confparse.capture import read_text, reflinks
from confparse.capture.reflinks import has_reference_links, with_inline_links
from facts_check import items

from conftest import PAGES, TODAY


def _title(record: Any) -> str | None:
    """The title of a talk's, an award's or a listed paper."""
    paper = record if isinstance(record, confparse.Paper) else record.paper
    return None if paper is None else paper.title


PAGE = """### [A Study of Things][1]

[![thumbnail][2] ][3]

[Another One][3] and [4:30 [a] ][4] and [no definition][9]

[

  * · 533 authors

][1] [ 5 ][5]

   [1]: /virtual/2023/poster/1
   [2]: /media/thumb.png
   [3]: /virtual/2023/poster/2 (Full Size)
   [4]: /virtual/2023/session/74093
   [5]: /papers/1#community
   [6]: /never/used
"""


def test_references_are_inline_links_and_the_definitions_go() -> None:
    lines = with_inline_links(PAGE).split("\n")
    assert lines[0] == "### [A Study of Things](/virtual/2023/poster/1)"
    assert lines[2] == "[![thumbnail](/media/thumb.png) ](/virtual/2023/poster/2)"
    assert lines[4] == (
        "[Another One](/virtual/2023/poster/2) and [4:30 [a] ](/virtual/2023/session/74093) "
        "and no definition"  # a converter's number, its definition cut off: the text
    )
    assert lines[10] == "](/virtual/2023/poster/1) [ 5 ](/papers/1#community)"  # over lines
    # line for line, used or not (a capture cut below the link that used [6]), a title too
    assert lines[12:18] == ["", "", "", "", "", ""]
    assert len(lines) == len(PAGE.split("\n"))


def test_a_definition_without_url_leaves_the_text() -> None:
    text = "[Chat][63] and [x][1] and [y][1]\n\n   [63]: \n   [1]: /a)b\n"
    assert with_inline_links(text).split("\n")[0] == "Chat and [x](/a%29b) and [y](/a%29b)"


def test_a_reference_without_definition_and_number_stays_for_the_markdown_reader() -> None:
    text = "[a][1] and [b][label]\n\n   [1]: /a\n"
    assert with_inline_links(text).split("\n")[0] == "[a](/a) and [b][label]"


def test_a_numbered_reference_whose_text_starts_with_a_picture_stays_for_the_layouts() -> None:
    """A text browser prints a picture in a link's text as its alternative text in brackets
    (found page 07: ``[[microsoft] Microsoft][67]``); the listing reads the organisation
    after it. Brackets later in the text are the text's own."""
    text = "[[microsoft] Microsoft][7] and [Creative AI 1 [4:30-6:00] ][8]\n\n   [1]: /a\n"
    assert with_inline_links(text).split("\n")[0] == (
        "[[microsoft] Microsoft][7] and Creative AI 1 [4:30-6:00] "
    )


def test_references_need_their_definitions_or_a_converters_numbers_to_make_a_capture() -> None:
    assert has_reference_links(PAGE)
    definitions = PAGE[PAGE.index("   [1]:") :]
    head = PAGE[: PAGE.index("   [1]:")]
    assert not has_reference_links(head)  # no definition seen, and a number skipped (9)
    assert has_reference_links(head, lambda: definitions)  # at the end
    # cut off before its definitions: numbered from 1 as a converter numbers links
    assert has_reference_links("[Home][1] [Papers][2] [Home][1] [A Title][3]\n")
    # a part cut from the middle: numbered on from its first label, earlier links named too
    assert has_reference_links("[A Title][62] [Ann Lee][6] [Next][63] [Other][64]\n")
    assert not has_reference_links("[Home][2] [Papers][4] [A Title][5]\n")  # 3 skipped
    assert not has_reference_links("[Home][a] [Papers][b] [A Title][c]\n")  # no numbers
    # a text browser's form fields after their link numbers are no references
    assert not has_reference_links("[71][ ____ ] [72][ ______ ] [73][ __ ]\n")


def test_a_capture_with_reference_links_reads_its_links() -> None:
    document = read_text(PAGE)
    assert document.format == "markdown"
    (link,) = document.links[0]
    assert (link.text, link.url) == ("A Study of Things", "/virtual/2023/poster/1")


def test_a_real_capture_with_reference_links_reads_as_its_saved_page() -> None:
    """The NeurIPS 2023 poster cards as html2text writes them with reference links (before:
    119 titles read as ``[Title][1]``, and the cards' links lost)."""
    path = PAGES / "recaptured" / "05_neurips2023_poster-cards_dom-fragment.html2text-reflinks.txt"
    page = confparse.parse(path)
    talks = [talk for session in page.sessions for talk in session.talks]
    assert len(talks) == 119
    first = talks[0].paper
    assert first is not None and first.title == "Renku: a platform for sustainable data science"
    assert [link.url for link in first.links][:1] == ["/virtual/2023/poster/73464"]


@pytest.mark.parametrize(
    "page",
    [
        "04_hf_daily_papers_2024-08-01",  # a link's end over lines, "][19]  5", read as a paper
        "05_neurips2023_poster-cards_dom-fragment",  # cards: titles in brackets before
        "09_icml2026_papers-page_as-served",  # a listing: 32 papers for 391
        "30_neurips2023_calendar_as-served-rewrapped",  # a calendar: 89 events for 392
    ],
)
def test_a_capture_cut_before_its_definitions_gives_the_titles_above_the_cut(page: str) -> None:
    """html2text's reference links, the capture cut at two thirds of its text (before the
    definitions at its end): each reference reads as its text, and the records above the
    cut (but the last, which the cut may split) are the whole capture's."""
    text = (PAGES / "recaptured" / f"{page}.html2text-reflinks.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    first_definition = next(i for i, line in enumerate(lines) if line.startswith("   [1]: "))
    cut = "\n".join(lines[: first_definition * 2 // 3])
    whole = confparse.parse(text, today=TODAY)
    part = confparse.parse(cut, layout=whole.layout, today=TODAY)
    titles = [_title(record) for record in items(whole)]
    found = [_title(record) for record in items(part)]
    assert len(found) > len(titles) // 3
    assert found[:-1] == titles[: len(found) - 1]


def test_a_capture_cut_above_its_links_drops_the_definitions_they_used() -> None:
    """A capture from a poster on (the session's head and menu cut off) keeps the link
    table, whose definitions of the cut links (``[63]:`` without URL, ``[64]: … (Full
    Size)``) are markup as the used ones are: the last abstract had taken ``Full Size``."""
    path = PAGES / "recaptured" / "01_icml2025_session_poster-session-3-west.html2text-reflinks.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    whole = confparse.parse("\n".join(lines), today=TODAY)
    first = next(at for at, line in enumerate(lines) if "Efficient Noise Calculation" in line)
    part = confparse.parse("\n".join(lines[first - 2 :]), today=TODAY)
    last = part.sessions[0].talks[-1].paper
    assert (
        last is not None
        and last.title == "LIVS: A Pluralistic Alignment Dataset for Inclusive Public Spaces"
    )
    assert last.abstract == whole.sessions[0].talks[-1].paper.abstract
    assert not any("Full Size" in (d.text or "") for d in part.diagnostics)


def test_a_part_cut_from_the_middle_reads_each_reference_as_its_text() -> None:
    """A part of html2text's reference-link capture from a card to another (its top and its
    definitions cut off): the references number links on from the first one (``[…][62]``,
    ``[…][63]``; earlier links, such as a speaker's, keep their lower numbers), so each reads
    as its text, as above the definitions of a capture cut short."""
    path = PAGES / "recaptured" / "05_neurips2023_poster-cards_dom-fragment.html2text-reflinks.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    first = next(at for at, line in enumerate(lines) if line.endswith("Prediction][62]"))
    part = "\n".join(lines[first - 6 : first + 500])
    whole = confparse.parse("\n".join(lines), today=TODAY)
    page = confparse.parse(part, layout=whole.layout, today=TODAY)
    titles = [_title(record) for record in items(page)]
    assert titles[0] == (
        "Pre-Training Protein Encoder via Siamese Sequence-Structure Diffusion "
        "Trajectory Prediction"
    )
    assert not any("][" in (title or "") for title in titles)
    shown = [_title(record) for record in items(whole)]
    start = shown.index(titles[0])
    assert titles[:-1] == shown[start : start + len(titles) - 1]


_PIECES = st.sampled_from(
    ["[Title](/virtual/2023/poster/1)", "[Title][1]", "[12]", "][2]", "][ x]", "[x][_]",
     "[x][]", "]", "[", "\n", " ", "word", "\u2019"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=120).map("".join))
@example("]][2]")  # the pair starts at the bracket where the question is asked
def test_the_labels_of_a_head_do_not_depend_on_when_it_is_asked_for_pairs(head: str) -> None:
    """After `_CLOSES_BEFORE_PAIRS` closing brackets without a reference, the search for
    labels asks once whether a ``][`` follows at all: it finds what the walk over every
    ``]`` finds."""
    found = reflinks._labels(head)
    with mock.patch.object(reflinks, "_CLOSES_BEFORE_PAIRS", reflinks._CLOSES_LOOKED_AT):
        assert found == reflinks._labels(head)
    with mock.patch.object(reflinks, "_CLOSES_BEFORE_PAIRS", 1):
        assert found == reflinks._labels(head)
