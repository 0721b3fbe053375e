"""Markdown's reference links (html2text with ``inline_links = False``): ``[text][12]`` and
a ``[12]: url`` definition, read as the inline links they stand for; the snippets are in
the forms html2text writes."""

from __future__ import annotations

import confparse
from confparse.capture import read_text
from confparse.capture.reflinks import has_reference_links, with_inline_links

from conftest import PAGES

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


def test_references_are_inline_links_and_used_definitions_go() -> None:
    lines = with_inline_links(PAGE).split("\n")
    assert lines[0] == "### [A Study of Things](/virtual/2023/poster/1)"
    assert lines[2] == "[![thumbnail](/media/thumb.png) ](/virtual/2023/poster/2)"
    assert lines[4] == (
        "[Another One](/virtual/2023/poster/2) and [4:30 [a] ](/virtual/2023/session/74093) "
        "and [no definition][9]"  # no definition: as it was
    )
    assert lines[10] == "](/virtual/2023/poster/1) [ 5 ](/papers/1#community)"  # over lines
    assert lines[12:18] == ["", "", "", "", "", "   [6]: /never/used"]  # line for line
    assert len(lines) == len(PAGE.split("\n"))


def test_a_definition_without_url_leaves_the_text() -> None:
    text = "[Chat][63] and [x][1] and [y][1]\n\n   [63]: \n   [1]: /a)b\n"
    assert with_inline_links(text).split("\n")[0] == "Chat and [x](/a%29b) and [y](/a%29b)"


def test_references_need_their_definitions_to_make_a_capture() -> None:
    assert has_reference_links(PAGE)
    definitions = PAGE[PAGE.index("   [1]:") :]
    assert not has_reference_links(PAGE[: PAGE.index("   [1]:")])  # no definition seen
    assert has_reference_links(PAGE[: PAGE.index("   [1]:")], lambda: definitions)  # at the end
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
