"""Pandoc's own markdown (``pandoc -f html -t markdown``, pandoc's default output): its
fenced divs, attribute blocks, spans, escapes and ASCII punctuation read as the markdown and
the text they stand for; the snippets below are in the forms pandoc 2.17 writes."""

from __future__ import annotations

import pytest

import confparse
from confparse.capture import read_text
from confparse.capture.pandoc import is_pandoc_markdown, pandoc_embedded, without_pandoc_syntax

from conftest import PAGES

HEAD = """::: container-fluid
::: {#main role="main"}
-   [ Help/FAQ ](/FAQ){.nav-link .p-1}
-   [Main Conference](#){.nav-link .dropdown-toggle .p-1 role="button"
    bs-toggle="dropdown" aria-expanded="false"}
    -   [ Orals ](/virtual/2023/events/oral){.nav-link .p-1}
:::
:::
"""


def test_fences_and_attribute_blocks_make_pandocs_markdown() -> None:
    assert is_pandoc_markdown(HEAD)
    assert not is_pandoc_markdown("# A title\n\n[a link](/x) and {braces}\n")
    assert not is_pandoc_markdown("a ::: b\n\n`{.x}`\n")


def test_a_wrapped_attribute_block_goes_and_its_lines_join_the_line_it_starts_on() -> None:
    text, origin, joined = without_pandoc_syntax(HEAD)
    lines = text.split("\n")
    assert lines[:5] == [
        "",
        "",
        "-   [ Help/FAQ ](/FAQ)",
        "-   [Main Conference](#)",
        "    -   [ Orals ](/virtual/2023/events/oral)",
    ]
    assert origin is not None and origin[:6] == (1, 2, 3, 4, 6, 7)  # input line numbers
    assert joined == frozenset({3})


def test_spans_are_their_text_from_the_inside_out() -> None:
    text, origin, _ = without_pandoc_syntax(
        "[ [ Jul 7, 10:00 AM - 10:15 AM ]{.touchup-time} ]{.meta-pill .time} [\n"
        "HALL B2 ]{.meta-pill}\n"
        "[Creative AI 1\n[\\[4:30-6:00\\]]{.sessiontime}](/virtual/2023/session/74093)\n"
        "[Oral]{.event-type-badge}\n"
    )
    assert [line.strip() for line in text.split("\n")] == [
        "Jul 7, 10:00 AM - 10:15 AM",  # (a hyphen: pandoc writes a dash as "--" or "---")
        "HALL B2",
        "[Creative AI 1",
        "\\[4:30-6:00\\]](/virtual/2023/session/74093)",  # (the reader takes the escapes off)
        "Oral",
        "",
    ]
    assert origin is None  # no attribute block ran over a line break


def test_a_headings_attributes_and_a_bare_div_go() -> None:
    text, _, _ = without_pandoc_syntax(
        "### Poster {#poster .text-center}\n<div>\n\n</div>\n## [T](/virtual/2026/oral/1) {#t .x}\n"
    )
    assert text.split("\n") == ["### Poster", "", "", "", "## [T](/virtual/2026/oral/1)", ""]


@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("a---b and a -- b", "a\u2014b and a \u2013 b"),
        ("49\\--50\\\\% and 1\\--2", "49--50\\\\% and 1--2"),  # escaped: the ASCII itself
        ("wait... and \\...", "wait\u2026 and ..."),
        ('"q" don\'t and it\\\'s \\"straight\\"', '\u201cq\u201d don\u2019t and it\'s "straight"'),
        ("\\$y\\$ a\\~b \\^ \\@me", "$y$ a~b ^ @me"),
        ('[x](/a--b "T") `--` <a href="/x">', '[x](/a--b "T") `--` <a href="/x">'),
        ("-----\n--", "-----\n\u2013"),
    ],
)
def test_smart_punctuation_and_pandocs_escapes(written: str, printed: str) -> None:
    assert without_pandoc_syntax(written)[0] == printed


def test_a_fence_lines_props_are_the_pages_embedded_data() -> None:
    text = (
        ":::\n"
        '::: {.SVELTE_HYDRATER data-target="DailyPapers" props="{\\"date\\":\\"2024-08-01\\",'
        '\\"q\\":\\"a \\\\\\"b\\\\\\"\\"}"}\n'
        '::: {data-target="Broken" props="{not json"}\n'
    )
    first, second = pandoc_embedded(text)
    assert (first.kind, first.line) == ("data-props", 2)
    assert first.data == {"target": "DailyPapers", "props": {"date": "2024-08-01", "q": 'a "b"'}}
    assert (second.kind, second.data["props"]) == ("data-props-invalid", "{not json")
    document = read_text(HEAD + text)
    assert [item.kind for item in document.embedded] == ["data-props", "data-props-invalid"]


def test_a_record_names_the_input_lines_after_a_wrapped_block() -> None:
    text = (
        HEAD
        + "\n[A Study of Things](/virtual/2023/poster/1){.title}\n"
        + "\n[Another One](/virtual/2023/poster/2){.title}\n"
    )
    page = confparse.parse(text, "listing")
    spans = [(paper.title, paper.span) for paper in page.papers]
    assert [(title, span.first if span else None) for title, span in spans] == [
        ("A Study of Things", 10),  # the input's own line numbers, after a block over two
        ("Another One", 12),
    ]


def test_a_real_pandoc_capture_reads_as_its_saved_page() -> None:
    """The NeurIPS 2023 poster page as ``pandoc -f html -t markdown`` writes it (refused
    before: its fences, spans and attribute blocks read as text)."""
    path = PAGES / "recaptured" / "02_neurips2023_poster_71095.pandoc-markdown.txt"
    page = confparse.parse(path)
    assert page.layout == "detail"
    paper = page.papers[0]
    assert paper.title == (
        "The Curious Price of Distributional Robustness in Reinforcement Learning with a "
        "Generative Model"
    )
    assert [p.name for p in paper.authors][:2] == ["Laixi Shi", "Gen Li"]
    (talk,) = page.sessions[0].talks
    assert talk.location == "Great Hall & Hall B1+B2 (level 1) #410"


def test_a_long_capture_read_in_pieces_reads_as_read_whole() -> None:
    """Pages are read in pieces cut at blank lines (the pieces of one substitution over a
    whole page took 8x its size): the same text as one pass over the whole."""
    from confparse.capture.pandoc import _fence_line, _joined, _read
    from confparse.capture.pieces import PIECE, pieces

    path = PAGES / "recaptured" / "05_neurips2023_poster-cards_dom-fragment.pandoc-markdown.txt"
    text = path.read_text(encoding="utf-8")
    assert len(pieces(text, whole_line=_fence_line)) > 4 and len(text) > 4 * PIECE
    whole, origin, joined = _joined(_read(text, "\x00"), "\x00")
    assert without_pandoc_syntax(text) == (whole, origin, joined)
    line = "[x]{.a} " * (PIECE // 2)  # a line of text longer than four pieces: cut at spaces
    assert without_pandoc_syntax(line)[0] == "x " * (PIECE // 2)
