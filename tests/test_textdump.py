"""Text-mode browsers' dumps: unwrapping, link numbers, widgets (confparse.capture.textdump)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import confparse
from confparse import capture
from confparse.capture.edges import ends_sentence
from confparse.capture.textdump import (
    _MARKER,
    _MARKER_CHARS,
    _first_marker,
    first_numbers,
    has_bracketed_urls,
    looks_like_text_browser,
    numbered_below_top,
    unwrap,
    wrap_width,
)
from confparse.models import Link

PAGES = Path(__file__).parent / "pages"
RECAPTURED = PAGES / "recaptured"
TEXT_PAGES = sorted(
    path
    for path in PAGES.rglob("*")
    if path.suffix in (".txt", ".md")
    and path.name != "README.md"
    and "recaptured" not in path.parts
)
"""The corpus's text captures: browser copies, reader markdown, two dumps made at 120
columns with markdown reference links (found/04, found/07) and an html-to-text dump at 80
(not_conference/60)."""


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize("path", TEXT_PAGES, ids=lambda p: p.name)
def test_no_copy_or_converter_output_is_taken_for_a_wrapped_dump(path: Path) -> None:
    """Nor any start of one (a page cut after its short menu lines must not look wrapped)."""
    lines = _lines(path)
    wrapped = [cut for cut in range(1, len(lines) + 1) if wrap_width(lines[:cut]) is not None]
    if "textdump" in path.name:  # wrapped at 120 columns by the tool that made it
        assert wrap_width(lines) == 120
    elif path.name.endswith("_html-to-text.txt"):  # html-to-text, at its 80 columns
        assert wrap_width(lines) == 80
    else:
        assert wrapped == []


@pytest.mark.parametrize(
    ("tool", "width"), [("lynx", 77), ("lynx-nolist", 77), ("w3m", 79), ("html2text-wrap", 78)]
)
def test_the_width_of_a_real_dump_is_found(tool: str, width: int) -> None:
    path = RECAPTURED / f"01_icml2025_session_poster-session-3-west.{tool}.txt"
    lines = _lines(path)
    if tool == "lynx":  # its reference list of long URLs is no wrapped text
        lines = lines[: lines.index("References")]
    assert wrap_width(lines) == width


def test_lines_that_a_page_repeats_are_one_piece_of_evidence_of_a_wrap() -> None:
    """Two papers of a short listing, each a long title over its link and a long abstract
    over its organisation: four lines near the widest one, each over a line whose first
    word would not fit, but the same two pairs twice: no wrapped dump."""
    paper = [
        "A Long Title Of A Paper That Runs To Sixty Nine Characters In All Here?",
        "https://huggingface.co/papers/1501.00000",
        "$2.5\\%$ $2.5\\%$ \\emph{non-contrastive} \\footnote{\\url{https://x.org/y}}. \u2026",
        "Meta",
        "\u00b7",
    ]
    assert wrap_width(["Get trending papers in your email inbox!", *paper, *paper]) is None


def test_a_broken_title_and_author_line_are_joined_and_keep_their_first_line() -> None:
    path = RECAPTURED / "01_icml2025_session_poster-session-3-west.w3m.txt"
    document = capture.read(path.read_text(encoding="utf-8"))
    title = (
        "QuEst: Enhancing Estimates of Quantile-Based Distributional Measures Using "
        "Model Predictions"
    )
    index = document.lines.index(title)
    assert document.line_number(index) == 231  # the file's line where the title starts
    assert document.lines[index + 2].endswith("David Madras · Richard Zemel")
    assert document.format == "text-browser"


WIDTH = 40


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a line broken where its next word would pass the edge
        (
            ["A title of a paper that goes on and on", "to here", ""],
            ["A title of a paper that goes on and on to here", ""],
        ),
        # the next word would have fit: the break is the page's own
        (["A short line", "Next line", ""], ["A short line", "Next line", ""]),
        # a short line followed at once by another line of its own: a card's kind and position
        (
            ["the abstract ends with a long word here:", "Poster", "#W-204"],
            ["the abstract ends with a long word here:", "Poster", "#W-204"],
        ),
        # a bullet starts a line of its own; a continuation keeps the text's indent
        (
            ["   * An item of a list that wraps to the", "     next line", "   * Another"],
            ["   * An item of a list that wraps to the next line", "   * Another"],
        ),
        (
            ["   A paragraph line that reaches the edge", "Not indented alike"],
            ["   A paragraph line that reaches the edge", "Not indented alike"],
        ),
        # a block printed without a margin under a sentence's end: a card's title, wrapped,
        # over its kind line; a paragraph's last line over a blank line goes on
        (
            [
                "and it ends here with a sentence's end.",
                "Unifying Predictions of Deterministic and",
                "Stochastic Physics",
                "Spotlight Poster",
            ],
            [
                "and it ends here with a sentence's end.",
                "Unifying Predictions of Deterministic and",
                "Stochastic Physics",  # (short, over a line of its own: see above)
                "Spotlight Poster",
            ],
        ),
        (
            ["and it ends here with a sentence's end.", "Then the paragraph goes on", ""],
            ["and it ends here with a sentence's end. Then the paragraph goes on", ""],
        ),
        # a browser's widget label stands alone, whatever follows
        (
            ["IFRAME:", "https://chat.example.org/channel/a-very-long-name"],
            ["IFRAME:", "https://chat.example.org/channel/a-very-long-name"],
        ),
    ],
)
def test_unwrap_joins_only_what_the_browser_broke(lines: list[str], joined: list[str]) -> None:
    assert unwrap(lines, WIDTH)[0] == joined


@given(st.lists(st.text(alphabet="ab *\n#", max_size=50), max_size=30), st.integers(10, 80))
def test_unwrap_keeps_every_word_in_order(lines: list[str], width: int) -> None:
    lines = [line for text in lines for line in text.split("\n")]
    joined, starts = unwrap(lines, width)
    assert " ".join(joined).split() == " ".join(lines).split()
    assert len(starts) == len(joined)
    assert starts == sorted(set(starts)) and (not lines or starts[0] == 0)
    assert all(joined[i].startswith(lines[s].rstrip()) for i, s in enumerate(starts))


def test_lynx_link_numbers_become_the_lines_links() -> None:
    path = RECAPTURED / "01_icml2025_session_poster-session-3-west.lynx.txt"
    document = capture.read(path.read_text(encoding="utf-8"))
    title = "MindLLM: A Subject-Agnostic and Versatile Model for fMRI-to-text Decoding"
    index = document.lines.index(title)
    assert document.links[index] == (Link(text=title, url="file:///virtual/2025/poster/45933"),)
    rules = {document.furniture.get(i) for i, line in enumerate(document.lines) if line}
    assert {"link-table", "text-browser-widget", "text-browser-frame"} <= rules
    assert not any("[80]" in line for line in document.lines)


def test_the_sniff_knows_lynx_by_its_first_link_numbers() -> None:
    head = "   [1]Skip to content [2]Home\n\n   [3]Papers\n"
    assert looks_like_text_browser(head, head.split("\n"))
    other = "See [3] and [1], [2]\n"  # footnote numbers out of order: a plain page
    assert not looks_like_text_browser(other, other.split("\n"))


def test_a_dump_cut_below_its_top_is_known_by_its_numbers_and_their_list() -> None:
    """A dump whose first link numbers run on from one above 1 (its top left out) is a
    dump when its list at the end names the first of them; lynx's dump of the daily page
    cut at a paper reads its titles without their numbers, each linked to its paper."""
    path = RECAPTURED / "04_hf_daily_papers_2024-08-01.lynx.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    first = lines.index("[33]Open-Vocabulary Audio-Visual Semantic Segmentation")
    part = "\n".join(lines[first:])
    assert numbered_below_top(part)
    document = capture.read(part)
    assert document.format == "text-browser"
    assert document.lines[0] == "Open-Vocabulary Audio-Visual Semantic Segmentation"
    assert document.links[0][0].url == "file:///papers/2407.21721"
    page = confparse.parse(part)
    assert page.layout == "listing" and len(page.papers) == 7
    assert not any("[" in (paper.title or "") for paper in page.papers)
    # numbers that run on, but no list that gives the first one's URL: no evidence of a dump
    assert not numbered_below_top("see [4] and [5], [6]\n 4. Lee, A.")
    elinks = "[4]A [5]B [6]C\n   4. A\n\thttps://x/a\n"
    assert numbered_below_top(elinks)
    # a part cut above the list too: each number glued to its link's text
    assert numbered_below_top("[33]A [34]B [35]C\n")
    assert not numbered_below_top("see [33], [34] and [35]\n")
    assert numbered_below_top("[23]\n[24]Towards Achieving\n[25]8\n")  # a picture's link
    assert not numbered_below_top("[23]\n[24]\n[25]\n")  # no link text at all
    assert not numbered_below_top("[1]A [2]B [3]C\n 1. https://x")
    assert not numbered_below_top("[33]A [35]B [36]C\n 33. https://x")  # a number skipped


def _first_marker_by_pattern(text: str) -> re.Match[str] | None:
    """The first link number near the top of *text* by its definition: `_MARKER`'s match
    at the first ``[`` before a digit, both before `_MARKER_CHARS`, where it matches."""
    for opened in re.finditer(r"\[\d", text[:_MARKER_CHARS]):
        marker = _MARKER.match(text, opened.start())
        if marker is not None:
            return marker
    return None


@example(text="[[1]A [2]B [3]C")  # a bracket right before a marker
@example(text=" " * (_MARKER_CHARS - 1) + "[1]")  # its digit past the top
@example(text="x[1] [\u0661] [2]A [3]B [4]C")  # a marker glued to a word; an Arabic digit
@given(st.text(alphabet="[]0123456789\u0661 aZ\n", max_size=60).map(lambda t: t * 3))
def test_the_first_link_number_is_the_first_marker_near_the_top(text: str) -> None:
    """`_first_marker` looks at each ``[`` found in C: it finds the marker that a search for
    a ``[`` and a digit finds, near the top of the page and no further."""
    found, expected = _first_marker(text), _first_marker_by_pattern(text)
    assert (found and found.span()) == (expected and expected.span())


def test_the_first_link_number_is_found_near_the_top_only() -> None:
    numbered = "[7]A [8]B [9]C"
    assert first_numbers(numbered) == 7
    assert first_numbers(" " * (_MARKER_CHARS - 5) + numbered) is None  # [8] past the top
    assert first_numbers("see [a] and x[3] then " + numbered) == 7


def test_every_line_of_an_unwrapped_dump_names_the_input_line_it_starts_on() -> None:
    """What a diagnostic names (`Document.line_number`): for every line, joined or not."""
    path = RECAPTURED / "01_icml2025_session_poster-session-3-west.lynx-nolist.txt"
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    document = capture.read(text)
    joined = 0
    for index, line in enumerate(document.lines):
        if line.strip():
            source = lines[document.line_number(index) - 1]
            assert line.strip()[:20] in source, (index, line)
        joined += document.line_number(index + 1) - document.line_number(index) > 1
    assert len(document.lines) < len(lines) and joined > 500  # titles, authors, abstracts


def test_elinks_lists_a_links_title_over_its_url() -> None:
    path = RECAPTURED / "02_neurips2023_poster_71095.elinks.txt"
    document = capture.read(path.read_text(encoding="utf-8"))
    urls = {link.url for links in document.links.values() for link in links}
    assert "https://openreview.net/forum?id=cOQH8YO255" in urls
    table = [i for i, rule in document.furniture.items() if rule == "link-table"]
    assert document.lines[min(table)] == "References"


@pytest.mark.parametrize(
    "line", ["IFRAME:", "IFRAME: https://chat.example.org/x", "IFrame: rocketchat-iframe", "IFrame"]
)
def test_a_frame_is_furniture_as_each_browser_prints_it(line: str) -> None:
    text = f"[1]Home [2]Papers [3]Help\n\nAbstract:\n{line}\n\nPoster\n"
    document = capture.read(text)
    index = document.lines.index(line)
    assert document.furniture[index] == "text-browser-frame"
    assert document.furniture.get(document.lines.index("Poster")) is None


def test_lynx_without_link_numbers_is_known_by_its_button_and_unwrapped_where_it_broke() -> None:
    """A page of short titles: three lines broken at the edge, too few to tell a dump by
    its wrapping alone; lynx's own ``(BUTTON)`` tells it."""
    path = RECAPTURED / "04_hf_daily_papers_2024-08-01.lynx-nolist.txt"
    document = capture.read(path.read_text(encoding="utf-8"))
    assert document.format == "text-browser"
    title = (
        "Towards Achieving Human Parity on End-to-end Simultaneous Speech Translation via LLM Agent"
    )
    assert title in document.lines


def test_a_bullet_is_taken_off_whatever_the_spaces_after_it() -> None:
    """lynx pads a bullet whose entry starts without a link number (``*  My Stuff``)."""
    text = (
        "   [1]Home [2]Papers [3]Help\n\n     *  My Stuff\n     * [4]Log Out\n\nReferences\n\n"
        + "".join(f"   {n}. https://icml.cc/{n}\n" for n in range(1, 5))
    )
    document = capture.read(text)
    assert document.lines[2:4] == ["My Stuff", "Log Out"]
    assert {2, 3} <= document.items


@pytest.mark.parametrize(
    ("tool", "first", "second"),
    [("w3m", "\u2022", "\u25a1"), ("elinks", "\u2022", "\u25e6"), ("links", "*", "o")],
)
def test_each_browsers_bullets_are_list_items(tool: str, first: str, second: str) -> None:
    text = f"[1]Home [2]Papers [3]Help\n\n  {first} Workshops\n      {second} Orals\n"
    document = capture.read(text)
    assert document.lines[2:4] == ["Workshops", "Orals"], tool
    assert {2, 3} <= document.items


@pytest.mark.parametrize("rule", ["\u2501" * 71, "\u2500" * 40, "\u2550" * 74, "-" * 70])
def test_a_rule_is_furniture_by_its_text_and_stands_alone(rule: str) -> None:
    """w3m indents a rule in a list item as the item's text: the line above, near the
    edge, does not go on in it."""
    entry = "Journal To Conference Track and a long menu entry that nearly fills it"
    text = f"[1]Home [2]Papers [3]Help\n\n  \u2022 {entry}\n    {rule}\n  \u2022 Orals\n"
    document = capture.read(text)
    assert document.lines[2] == entry
    assert document.furniture[3] == "text-browser-rule"
    assert document.furniture.get(4) is None


@pytest.mark.parametrize(
    "field",
    [
        "[                    ]",  # w3m's text field
        "[ ___________________ ] [ _____________________ ] [ _______ ]",  # elinks' selects
        "[ Submit ]",  # elinks' and links' button without a label
        "[SUBMIT]",  # w3m's
    ],
)
def test_a_form_field_is_a_widget(field: str) -> None:
    text = f"[1]Home [2]Papers [3]Help\n\n{field}\n\n[ Great Hall & Hall B1+B2 (level 1) ]\n"
    document = capture.read(text)
    assert document.furniture[2] == "text-browser-widget"
    assert document.furniture.get(4) is None  # a room in brackets is text


def test_elinks_form_field_numbers_are_taken_off_without_a_link() -> None:
    """elinks numbers form fields as links but lists no URL for them."""
    text = (
        "   [1]Home [2]Papers [3]Help\n\n   [4]_____________________\n   [5]shuffle [6]Go\n\n"
        "References\n\n   Visible links\n"
        + "".join(f"   {n}. https://icml.cc/{n}\n" for n in (1, 2, 3, 6))
    )
    document = capture.read(text)
    assert document.lines[2] == "_____________________"
    assert document.furniture[2] == "text-browser-widget"
    assert document.lines[3] == "shuffle Go"
    assert document.links[3] == (Link(text="Go", url="https://icml.cc/6"),)


def test_w3m_is_known_by_its_drawn_rule() -> None:
    """A page of short lines that no width tells: w3m's ``━━━━`` rule does."""
    head = "Menu\n\n  \u2022 Models\n  \u2022 " + "\u2501" * 77 + "\n  \u2022 Log In\n"
    assert looks_like_text_browser(head, head.split("\n"))
    dashes = "Menu\n\n" + "-" * 77 + "\nLog In\n"  # a copy's dashes tell nothing
    assert not looks_like_text_browser(dashes, dashes.split("\n"))


def test_an_empty_list_item_is_furniture_and_links_two_items_on_a_line_are_split() -> None:
    """w3m, elinks and lynx print an empty item as its bullet alone; links prints it
    before the next item, on one line (``* * HelpDesk``)."""
    text = "[1]Home [2]Papers [3]Help\n\n  \u2022 Organizers\n  \u2022 \n     * * HelpDesk\n"
    document = capture.read(text)
    assert document.furniture[3] == "empty-list-item"
    assert document.lines[3] == ""
    assert document.lines[4] == "HelpDesk"
    assert {2, 3, 4} <= document.items
    starred = capture.read("[1]Home [2]Papers [3]Help\n\n* * * a row of stars\n")
    assert starred.lines[2] == "* a row of stars"  # the same bullet once again, no more


def test_link_numbers_of_a_dump_without_its_list_are_taken_off_in_their_run() -> None:
    from confparse.capture.textdump import _numbers_off

    assert _numbers_off("[64]Reasoning-Driven Synthetic Data", 63) == (
        "Reasoning-Driven Synthetic Data", 64)  # fmt: skip
    assert _numbers_off("[65]Paper [66]Code", 64) == ("Paper Code", 66)
    assert _numbers_off("as shown in [1] and [2]", 66) == ("as shown in [1] and [2]", 66)
    assert _numbers_off("[900]far past the run", 66) == ("[900]far past the run", 66)


@pytest.mark.parametrize(
    "name", ["13_icml2026_cards_orals.lynx.txt", "13_icml2026_cards_orals.elinks.txt"]
)
def test_a_dump_cut_before_its_list_of_links_reads_its_titles_without_numbers(name: str) -> None:
    """The top part of a dump (a copy that stops before ``References``): its link numbers
    go, though their URLs went with the list; the cards read as in the whole dump."""
    import confparse

    text = (RECAPTURED / name).read_text(encoding="utf-8")
    top = text[: text.index("\nReferences\n")]
    whole, cut = confparse.parse(text), confparse.parse(top)
    titles = [[t.paper.title for s in page.sessions for t in s.talks] for page in (whole, cut)]
    assert len(titles[0]) == 40 and titles[1] == titles[0]
    assert not any(title.startswith("[") for title in titles[1])


@pytest.mark.parametrize("mark", ["(BUTTON)", "IFrame", "[ Submit ]", "[IMG]"])
def test_a_dump_wider_than_a_browser_prints_is_known_by_a_mark_on_a_line_of_its_own(
    mark: str,
) -> None:
    """A dump made at a width of 200 is not told by its wrapping; a mark that only a text
    browser prints, alone on an indented line, tells it. The same words in a sentence, or
    at a line's start, tell nothing."""
    wide = "   " + " ".join(["words"] * 40)
    head = f"{wide}\n   {mark}\n{wide}"
    assert looks_like_text_browser(head, head.split("\n"))
    for other in (f"{wide}\n   a {mark} here\n{wide}", f"{wide}\n{mark}\n{wide}"):
        assert not looks_like_text_browser(other, other.split("\n"))
    # many brackets before the mark (more than are looked at one by one)
    brackets = "   " + "[x] " * 70 + f"\n   {mark}\n"
    assert looks_like_text_browser(brackets, brackets.split("\n"))
    # a line of text wider than any browser prints (a copy's abstract): no dump, not looked at
    copy = " ".join(["words"] * 300) + f"\n   {mark}\n"
    assert not looks_like_text_browser(copy, copy.split("\n"))


@pytest.mark.parametrize(
    ("page", "furniture"),
    [
        ("01_icml2025_session_poster-session-3-west", "text-browser-frame"),
        ("09_icml2026_papers-page_as-served", "text-browser-widget"),
    ],
)
def test_links_dumped_at_200_columns_is_read_as_a_dump(page: str, furniture: str) -> None:
    """links ``-width 200``: lines wider than a browser prints by default, so the dump is
    known by links' own marks, ``IFrame`` and ``[ Submit ]``, which then read as furniture
    and not as a talk's or a paper's title."""
    path = RECAPTURED / f"{page}.links2-w200.txt"
    document = capture.read(path.read_text(encoding="utf-8"))
    assert document.format == "text-browser"
    assert furniture in document.furniture.values()


_BRACKETED_HEAD = (
    "MAIN NAVIGATION\n"
    " * Help/FAQ [/FAQ]\n"
    "   --------------------------------------------------------------------------------\n"
    " * Contact [/Help/Contact]\n"
    "   --------------------------------------------------------------------------------\n"
    " * Privacy Policy [/public/PrivacyPolicy]\n"
    "   --------------------------------------------------------------------------------\n"
)


def test_a_dump_that_prints_each_links_url_in_brackets_is_known_by_them() -> None:
    """html-to-text prints a link as ``text [href]``: three such URLs among the first
    brackets of a page tell the dump, even unwrapped, and even where its indented rules
    and bullets look like markdown. A markdown link's bracket opens its text, a numbered
    link's its number: neither is one."""
    assert has_bracketed_urls(_BRACKETED_HEAD)
    assert looks_like_text_browser(_BRACKETED_HEAD, _BRACKETED_HEAD.split("\n"))
    assert capture.read(_BRACKETED_HEAD + "\nText.\n").format == "text-browser"
    two = " * Help/FAQ [/FAQ]\n * Contact [/Help/Contact]\n"
    markdown = "* [Help](/FAQ)\n* [Contact](/Help/Contact)\n* [Privacy](/public/Privacy)\n"
    numbered = "[1]Help [/FAQ]\n[2]Contact\n[3]Privacy\n"
    for other in (two, markdown, numbered, "a [/b] in a sentence\n" * 2):
        assert not has_bracketed_urls(other)


def test_a_bracketed_url_is_the_link_of_the_text_before_it() -> None:
    """Each bracketed URL is taken off its line (with the space before it) and kept as the
    link of the text between it and the URL before it, without a button's bracket."""
    document = capture.read(
        _BRACKETED_HEAD
        + "\nA TITLE OF A PAPER [/virtual/2025/poster/45933]\n"
        + "Full [https://chat.icml.cc/channel/x] Chat\n"
        + "[ Poster [/media/71095.png]]  [\n"
    )
    lines = document.lines
    assert lines[8:11] == ["A TITLE OF A PAPER", "Full Chat", "[ Poster]  ["]
    assert document.links[8] == (Link(text="A TITLE OF A PAPER", url="/virtual/2025/poster/45933"),)
    assert document.links[9] == (Link(text="Full", url="https://chat.icml.cc/channel/x"),)
    assert document.links[10] == (Link(text="Poster", url="/media/71095.png"),)
    assert lines[1] == "Help/FAQ" and document.links[1] == (Link(text="Help/FAQ", url="/FAQ"),)


def test_urls_alone_on_a_line_go_with_the_text_above_them() -> None:
    """A URL that the wrap put on a line of its own (``[ Paper`` over ``[https://…]]``) is
    the link of the line of text above; the line is the capture's furniture. A URL printed
    bare, after a picture's or alone, is the link of a picture whose text the page left
    out: its line reads blank."""
    document = capture.read(
        _BRACKETED_HEAD
        + "\n[ Paper\n[https://proceedings.neurips.cc/paper/1-Abstract.html]] \n"
        + "[https://cdn.example.org/thumb.png] /papers/2407.21721\n"
        + "/papers/2407.20229\n"
        + "TOS [/terms-of-service] Jobs [https://apply.workable.com/huggingface/] /\n"
    )
    lines = document.lines
    assert lines[8:13] == ["[ Paper", "", "", "", "TOS Jobs"]
    assert document.links[8] == (
        Link(text="Paper", url="https://proceedings.neurips.cc/paper/1-Abstract.html"),
    )
    assert document.furniture[9] == "text-browser-link" and 9 not in document.links
    assert [link.url for link in document.links[10]] == [
        "https://cdn.example.org/thumb.png",
        "/papers/2407.21721",
    ]
    assert document.links[11] == (Link(text=None, url="/papers/2407.20229"),)
    assert [link.url for link in document.links[12]][-1] == "/"


def test_a_bracketed_url_ends_its_block_and_a_short_one_ends_the_link_above() -> None:
    """html-to-text's wrap: a line that ends with a link's bracketed URL ends its block (a
    picture's line over a heading), however long the next word; a short line that ends
    with one ends the link text begun on the line above, even when the next line is a
    block of its own."""
    picture = "thumbnail [/media/PosterPDFs/NeurIPS%202023/71081-thumb.png?t=1698305213.97359]"
    assert unwrap([picture, "Abstract"], 80)[0] == [picture, "Abstract"]
    title = "FETV: A Benchmark for Fine-Grained Evaluation of Open-Domain Text-to-Video"
    end = "Generation [/virtual/2023/poster/73413]"
    following = "Wyze Rule: Federated Rule Dataset for Rule Recommendation Benchmarking"
    assert unwrap([title, end, following], 80)[0] == [f"{title} {end}", following]


def test_a_full_stop_after_an_abbreviation_ends_no_sentence() -> None:
    """A title broken after ``vs.`` goes on below, where a sentence's end would have let
    the next lines stand as a block of their own."""
    assert ends_sentence("It works.") and ends_sentence("Done!  ") and ends_sentence("Canvas.")
    assert not ends_sentence("Maximum Likelihood vs.") and not ends_sentence("Smith et al.")
    first = "Cause-Effect Inference in Location-Scale Noise Models: Maximum Likelihood vs."
    second = "Independence Testing [/virtual/2023/poster/71779]"
    following = "Analysis of Variance of Multiple Causal Networks [/virtual/2023/poster/70897]"
    assert unwrap([first, second, following], 80)[0] == [f"{first} {second}", following]


def test_a_site_path_printed_bare_at_a_lines_end_is_a_pictures_link() -> None:
    """A link whose text is a picture without alt text prints its path bare: at a line's
    start or end (a day's arrows around its date) it is a link; a path in a sentence's
    middle, or with one part only, is text. Words on both sides of a picture's bracketed
    URL stay apart."""
    document = capture.read(
        _BRACKETED_HEAD
        + "\n/papers?date=2024-07-31 Aug 1 /papers?date=2024-08-02\n\n"
        + "BY [/front/assets/papers-by.png]AK [/akhaliq] AND THE RESEARCH COMMUNITY\n\n"
        + "Ports of TCP /IP and see /etc/passwd here\n"
    )
    assert document.lines[8:13] == [
        "Aug 1",
        "",
        "BY AK AND THE RESEARCH COMMUNITY",
        "",
        "Ports of TCP /IP and see /etc/passwd here",
    ]
    assert [link.url for link in document.links[8]] == [
        "/papers?date=2024-07-31",
        "/papers?date=2024-08-02",
    ]
    assert 12 not in document.links


def test_a_cards_time_line_is_never_the_rest_of_the_names_above_it() -> None:
    """lynx breaks a card's names at the width, and its time stands on the next line: a
    whole time line (`is_card_time_line`) is no continuation, however long the line
    above."""
    names = "   " + " \u00b7 ".join(
        ["Lei Zhang", "Ji-Fu Li", "Wei Wang", "Sasha Luccioni", "Yacine Jernite", "Jason Lee"]
    )
    assert len(names) == 80  # "Tue" would not have fit after it
    time = "   Tue 12 Dec 05:45 PM CET"
    assert unwrap([names, time], 80)[0] == [names, time]
    assert unwrap([names, "   Tuesday the twelfth"], 80)[0] == [f"{names} Tuesday the twelfth"]


def test_a_cards_whole_time_line_goes_on_only_with_the_rest_of_its_time() -> None:
    """html-to-text prints a card's time and the title under it as blocks of their own: a
    title whose first word would not have fit after the time is no rest of it (the card's
    head was lost before); only the rest of the time that lynx broke off is."""
    time = "Tue Jul 14 05:00 PM -- 05:45 PM & Wed Jul 15 04:00 AM -- 04:45 AM (CEST)"
    title = "Informative Dropout for Robust Representation Learning: A Shape-bias Perspective"
    assert unwrap([time, title], 80)[0] == [time, title]
    broken = "Mon Jul 13 10:00 AM -- 01:00 PM & Mon Jul 13 08:00 PM -- 11:00 PM"
    assert unwrap([broken, "(CEST)"], 70)[0] == [f"{broken} (CEST)"]
    assert unwrap([broken, "Machine Learning for Healthcare"], 70)[0] == [
        broken,
        "Machine Learning for Healthcare",
    ]


def test_a_cards_time_line_with_its_room_goes_on_only_with_the_rooms_rest() -> None:
    """lynx prints the 2019 schedule's time line with its room (``… @ East Exhibition Hall B
    + C #22``) and the title under it as blocks of their own: a title whose first word would
    not have fit after the room is no rest of the line; a short rest of the room is."""
    time = "Tue Dec 10th 10:45 AM -- 12:45 PM @ East Exhibition Hall B + C #22"
    title = "Epsilon-Best-Arm Identification in Pay-Per-Reward Multi-Armed Bandits"
    assert unwrap([time, title], 76)[0] == [time, title]
    broken = "Tue Dec 10th 10:45 AM -- 12:45 PM @ East Exhibition Hall B +"
    assert unwrap([broken, "C #22"], 60)[0] == [f"{broken} C #22"]


def test_a_lower_case_end_of_a_name_goes_on_with_the_names_above() -> None:
    """lynx breaks ``… · Bruno C.`` / ``da Silva`` over the card's time: the initial's full
    stop ends no sentence, and the short line in lower case under the names is their end,
    not a line of its own (as ``Poster`` over a card's position is)."""
    names = "   " + " \u00b7 ".join(
        ["Dhawal Gupta", "Yash Chandak", "Scott Jordan", "Philip Thomas", "Bruno C."]
    )
    assert len(names) == 72  # at 74 columns, "da" would not have fit after it
    lines = [names, "   da Silva", "   Tue 12 Dec 05:45 PM CET"]
    assert unwrap(lines, 74)[0] == [f"{names} da Silva", "   Tue 12 Dec 05:45 PM CET"]
    kind = [
        "   Long words of an abstract that run up to the edge of the dump, and on over",
        "   Poster",
        "   #W-204",
    ]
    assert unwrap(kind, 80)[0] == [line.rstrip() for line in kind]


def test_a_part_cut_from_the_middle_of_a_dump_reads_its_titles_without_numbers() -> None:
    """A part of lynx's dump from a poster to another, its top and its list of links cut
    off: its first numbers run on and each is glued to its link's text, so they are the
    dump's and come off (``[100]Distributed Conformal …`` had been the title)."""
    path = RECAPTURED / "01_icml2025_session_poster-session-3-west.lynx.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    first = lines.index("[100]Distributed Conformal Prediction via Message Passing")
    part = "\n".join(lines[first - 2 : first + 400])
    whole = confparse.parse("\n".join(lines)).sessions[0].talks
    talks = confparse.parse(part, layout="session").sessions[0].talks
    titles = [talk.paper.title for talk in talks if talk.paper]
    assert titles[0] == "Distributed Conformal Prediction via Message Passing"
    assert not any("[" in (title or "") for title in titles)
    shown = [talk.paper.title for talk in whole if talk.paper]
    start = shown.index(titles[0])
    assert titles[:-1] == shown[start : start + len(titles) - 1]
