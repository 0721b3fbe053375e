"""The HTML reader: its rules on small pages, facts on five real pages, hostile input.

The real pages are copied unchanged into tests/pages/html (README there says where each
fact sits in the markup); the counts below were found with grep on those files.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confparse.capture import html as html_reader
from confparse.capture.document import Document, Element, Embedded
from confparse.capture.html import looks_like_html, read_html
from confparse.errors import ConfparseError, ParseError
from confparse.models import Link
from confparse.venues import Venue, page_venue
from html_markup import FAMILIES, fill

from conftest import PAGES, large_over_small

HTML_PAGES = Path(__file__).parent / "pages" / "html"
OTHER_PAGES = Path(__file__).parent / "pages"


def lines(markup: str) -> list[str]:
    return read_html(markup).lines


@functools.cache
def raw(prefix: str) -> str:
    """The text of the real page in tests/pages/html whose name starts with *prefix*."""
    (path,) = HTML_PAGES.glob(f"{prefix}_*.html")
    return path.read_text(encoding="utf-8")


@functools.cache
def real(prefix: str) -> Document:
    return read_html(raw(prefix), source=prefix)


def line_of(text: str, needle: str) -> int:
    """The 1-based number of the first line of *text* that holds *needle*."""
    return text[: text.index(needle)].count("\n") + 1


# -- sniffing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "<!DOCTYPE html>\n<html><body>x</body></html>",
        "\n\n<!doctype HTML>",
        "<html lang='en'>",
        "<!-- saved from url=(0014)about:internet -->\n<html>\n<head>",
        "  <head>\n<title>T</title>",
        "<body class='x'>",
        '<div class="grid"><div class="card"><p>a</p></div></div>',
        "\ufeff<section><article><li>x",
        # a papers page's list copied from its source and stored as .txt
        '<li><a href="/virtual/2020/poster/1850">A</a></li>\n'
        '<li><a href="/virtual/2020/poster/1856">B & C</a></li>\n'
        '<li><a href="/virtual/2020/poster/1529">D</a></li>',
    ],
)
def test_sniffs_html(head: str) -> None:
    assert looks_like_html(head)


@pytest.mark.parametrize("prefix", ["01", "02", "03", "04", "05"])
def test_sniffs_the_real_pages(prefix: str) -> None:
    assert looks_like_html(raw(prefix)[:65_536])


@pytest.mark.parametrize(
    "head",
    [
        "Poster Session 3 West\nWed 16 Jul 11 a.m. PDT\n",
        '<a id="source-section-3"></a>\n# Title\n\nSome **bold** text and <b>more</b>.\n',
        '<a id="x"></a>\n<a id="y"></a>\n<span>a</span> <em>b</em> <sup>1</sup>\n',
        "# Notes\n\nWrite <div> and <p> and <li> in HTML, says the <table> guide.\n",
        "We tune <p> and <html>-like tokens in the text.\n",
        "",
        # node-html-markdown copies the page's doctype into its markdown as text
        "<!DOCTYPE html> \n\n[Skip to main content](#main) \n\n## Main Navigation\n",
    ],
)
def test_does_not_sniff_text_or_markdown(head: str) -> None:
    assert not looks_like_html(head)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 2000),
            st.sampled_from(
                ["<html>", "<HEAD ", "<!DocType\thtml>", "<body/", "<b>", "<header>", "<"]
            ),
        ),
        max_size=40,
    )
)
def test_document_tags_are_every_match_of_the_pattern(pieces: list[tuple[int, str]]) -> None:
    """However close the ``<`` stand (visited one by one, or searched at once), the tags
    found are the pattern's matches."""
    head = "".join("x" * gap + tag for gap, tag in pieces)
    found = list(html_reader._document_tags(head))
    assert found == [m.start() for m in html_reader._DOCUMENT_TAG.finditer(head)]


@pytest.mark.parametrize(
    "path",
    sorted(OTHER_PAGES.glob("*.txt")) + sorted(OTHER_PAGES.glob("[dsw]*/0*")),
    ids=lambda path: path.name,
)
def test_does_not_sniff_the_text_captures(path: Path) -> None:
    """The plain and markdown captures under tests/pages are not HTML."""
    assert not looks_like_html(path.read_text(encoding="utf-8")[:65_536])


# -- lines: block, inline, br, whitespace, entities ----------------------------------------


def test_blocks_start_lines_and_inline_elements_join() -> None:
    markup = (
        "<div>Go <span>to</span> <b>the</b><i>re</i> <button>now</button>"
        "<sup>1</sup></div><div>next</div><li>item <a href='x'>link</a></li>"
    )
    assert lines(markup) == ["Go to there now1", "next", "item link"]


def test_br_breaks_a_line_and_empty_blocks_give_no_lines() -> None:
    markup = "<div>a<br>b<br/>c</div><div></div><div><div> </div></div><br><br><div>d</div>"
    assert lines(markup) == ["a", "b", "c", "d"]


def test_whitespace_collapses_as_a_browser_shows_it() -> None:
    markup = "<p>  one \n\t two  <b> three </b>four</p>\n\n<div>\n   five\n</div>"
    assert lines(markup) == ["one two three four", "", "five"]


def test_fixed_spaces_become_spaces_after_collapsing() -> None:
    assert lines("<div>a&nbsp;&nbsp;b\u202fc\u3000d</div>") == ["a  b c d"]
    assert lines("<div>&nbsp; x &nbsp;</div>") == ["x"]


def test_invisible_characters_go_and_lines_left_empty_are_not_emitted() -> None:
    markup = "<p>Trans&shy;form\u200ber\ufeffs</p><p>&#8203;&shy;</p><p>end</p>"
    assert lines(markup) == ["Transformers", "", "end"]


def test_entities_are_decoded() -> None:
    markup = "<p>&amp; &lt;b&gt; &eacute;&#233;&#xE9; &mdash; &middot; &bogus; a & b &copy</p>"
    assert lines(markup) == ["& <b> ééé — · &bogus; a & b ©"]


def test_text_is_unicode_normalised_and_nul_removed() -> None:
    assert lines("<p>Mu\u0308ller\x00 x</p>") == ["Müller x"]


def test_pre_keeps_spaces_and_line_breaks() -> None:
    markup = "<p>x</p><pre>\n  a  b\n\n\tc <b>d</b>  \n</pre><div>after</div>"
    assert lines(markup) == ["x", "", "  a  b", "", "\tc d", "", "after"]


# -- dropped and read elements -------------------------------------------------------------


def test_head_scripts_styles_svg_and_embeds_are_dropped() -> None:
    markup = (
        "<html><head><title>T</title><style>p {}</style><meta charset='utf-8'></head><body>"
        "<script>document.write('<p>no</p>')</script><svg><title>S</title><text>svg</text>"
        "<g><svg></svg>still svg</g></svg><template><p>tpl</p></template><iframe>if</iframe>"
        "<object>obj</object><canvas>cv</canvas><p>kept</p></body></html>"
    )
    document = read_html(markup)
    assert document.lines == ["kept"]
    assert [(e.kind, e.data) for e in document.embedded] == [("title", "T")]


def test_noscript_is_read() -> None:
    markup = "<div id='list'></div><noscript><ul><li>Fallback <b>one</b></li></ul></noscript>"
    document = read_html(markup)
    assert document.lines == ["Fallback one"]
    assert document.items == {0}


def test_text_in_an_unclosed_head_ends_it() -> None:
    assert lines("<head><title>T</title>Visible<p>para</p>") == ["Visible", "para"]


# -- blank lines ---------------------------------------------------------------------------


def test_paragraph_like_elements_are_followed_by_one_blank_line() -> None:
    markup = (
        "<h2>Head</h2><p>one</p><p>two</p><div>three</div><div>four</div>"
        "<ul><li>a</li><li>b</li></ul><table><tr><td>c</td></tr></table><section>s</section>"
        "<article>t</article><div>u</div>"
    )
    assert lines(markup) == [
        *("Head", "", "one", "", "two", "", "three", "four", "a", "b", "", "c", "", "s"),
        *("", "t", "", "u"),
    ]


def test_blank_lines_never_lead_trail_or_double() -> None:
    markup = "<p></p><p>x</p><p></p><h1></h1><hr><hr><p>y</p><p> </p><section></section>"
    assert lines(markup) == ["x", "", "y"]


def test_hr_puts_a_blank_line() -> None:
    assert lines("<div>a</div><hr><div>b</div>") == ["a", "", "b"]


def test_a_line_in_another_card_gets_a_blank_line_before_it() -> None:
    markup = (
        "<div class='container'><div class='track-schedule-card'><div>a</div><div>b</div></div>"
        "<div class='track-schedule-card'><div>c</div></div>"
        "<div class='displaycards x'><div>d</div></div><div class='card'>e</div>"
        "<div class='type_display_name_virtual_card'>f</div><div>g</div></div>"
    )
    assert lines(markup) == ["a", "b", "", "c", "", "d", "", "e", "", "f", "g"]


# -- tables, implied and stray end tags ----------------------------------------------------


def test_each_table_cell_is_a_line_with_its_row_in_the_hint() -> None:
    document = read_html("<table><tr><th>Time</th><td>Title <b>x</b></td></tr></table>")
    assert document.lines == ["Time", "Title x"]
    assert [document.hints[index].element.tag for index in (0, 1)] == ["th", "td"]
    rows = {document.hints[index].ancestors[-1] for index in (0, 1)}
    assert rows == {Element("tr", serial=2)}


def test_end_tags_are_implied_as_a_browser_does() -> None:
    markup = (
        "<p>one<div>two</div><ul><li>a<li>b<ul><li>c</ul></ul>"
        "<table><tr><td>d<td>e<tr><td>f</table><h2>h<h3>i</h3>"
    )
    document = read_html(markup)
    nonblank = [line for line in document.lines if line]
    assert nonblank == ["one", "two", "a", "b", "c", "d", "e", "f", "h", "i"]
    tags = {
        line: [e.tag for e in document.hints[i].ancestors]
        for i, line in enumerate(document.lines)
        if line
    }
    assert tags["two"] == []  # the p closed before the div
    assert tags["b"] == ["ul"]  # not inside the first li
    assert tags["c"] == ["ul", "li", "ul"]
    assert tags["e"] == ["table", "tr"]
    assert tags["f"] == ["table", "tr"]
    assert tags["i"] == []


def test_stray_and_misnested_end_tags_keep_the_text() -> None:
    markup = "</div></p><div><b>a<i>b</b>c</i></div></span><div><span><p>x</span>y</p>z</div>"
    assert lines(markup) == ["abc", "xy", "", "z"]


def test_an_anchor_inside_an_anchor_closes_the_first() -> None:
    document = read_html('<div><a href="1">one <a href="2">two</a></div>')
    assert document.links == {0: (Link(text="one", url="1"), Link(text="two", url="2"))}


# -- links ---------------------------------------------------------------------------------


def test_links_are_kept_on_the_line_where_their_text_begins() -> None:
    markup = (
        '<p>See <a href="/x?a=1&amp;b=2">the <b>page</b></a> or '
        '<a href="https://e.org/p">this</a>.</p>'
        '<div><a href="rel/doc.html">first<br>second</a></div>'
        '<div>logo <a href="/"><img src="l.png"></a></div>'
        '<div><a href="#top"></a></div><div>next</div>'
    )
    document = read_html(markup)
    assert document.lines == ["See the page or this.", "", "first", "second", "logo", "next"]
    assert document.links == {
        0: (Link(text="the page", url="/x?a=1&b=2"), Link(text="this", url="https://e.org/p")),
        2: (Link(text="first second", url="rel/doc.html"),),
        4: (Link(text=None, url="/"),),
        5: (Link(text=None, url="#top"),),
    }


def test_anchors_without_href_are_not_links_and_empty_href_is_kept() -> None:
    document = read_html('<div><a name="n">named</a> <a href>bare</a> <a href="">empty</a></div>')
    assert document.links == {0: (Link(text="bare", url=""), Link(text="empty", url=""))}


def test_a_textless_anchor_at_the_end_goes_to_the_last_line() -> None:
    document = read_html('<div>text</div><div><a href="/end"></a></div>')
    assert document.links == {0: (Link(text=None, url="/end"),)}


# -- hints, headings, items ----------------------------------------------------------------


def test_hints_name_the_innermost_block_its_classes_and_serial() -> None:
    markup = (
        '<div class="card  main"\tid="c1"><span class="s"><p>one <b>bold</b></p>'
        '<p class="x">two<br>three</p></span></div>'
    )
    document = read_html(markup)
    card = Element("div", ("card", "main"), "c1", 1)
    span = Element("span", ("s",), None, 2)
    first, second, third = (document.hints[index] for index in (0, 2, 3))
    assert first.element == Element("p", serial=3)
    assert first.ancestors == (card, span)
    assert second.element == Element("p", ("x",), None, 5)
    assert third is second  # one Hint per element, shared by its lines
    assert first.within("card") == card and second.has_class("s")


def test_serials_count_every_start_tag() -> None:
    document = read_html("<div><br><script>x</script><img src=a><svg><g></g></svg><p>x</p></div>")
    assert document.hints[0].element == Element("p", serial=7)


def test_deep_nesting_keeps_the_24_innermost_ancestors() -> None:
    depth = 10_000
    document = read_html("<div>" * depth + "deep" + "</div>" * depth + "<p>after</p>")
    hint = document.hints[0]
    assert hint.element.serial == depth
    assert [e.serial for e in hint.ancestors] == list(range(depth - 24, depth))
    assert document.lines == ["deep", "after"]
    assert document.hints[1].ancestors == ()


def test_headings_name_the_line_of_their_text() -> None:
    document = read_html("<h1>A</h1><div>x</div><h2>B <small>c</small></h2><h6><div>D</div></h6>")
    assert document.lines == ["A", "", "x", "B c", "", "D"]
    assert document.headings == {0: 1, 3: 2, 5: 6}


def test_items_are_the_first_line_of_each_li() -> None:
    markup = "<ul><li>a<li>b<ul><li>c</ul><li><div>d</div><div>e</div><li></li></ul><p>f</p>"
    document = read_html(markup)
    assert document.lines == ["a", "b", "c", "", "d", "e", "", "f"]
    assert document.items == {0, 1, 2, 4}


# -- origin --------------------------------------------------------------------------------


def test_origin_is_the_input_line_where_a_line_begins() -> None:
    markup = (
        "<html>\n<body>\n<div>\n\n   Title\n</div>\n"  # lines 1-6
        "<p>one<br>\ntwo</p>\n"  # 7-8
        "<pre>\nx\n\ny\n</pre><p\nclass='a'>z</p>"  # 9-14
    )
    document = read_html(markup)
    assert document.lines == ["Title", "one", "two", "", "x", "", "y", "", "z"]
    assert document.origin == (5, 7, 8, 10, 10, 12, 12, 14, 14)
    assert document.line_number(8) == 14


# -- embedded data -------------------------------------------------------------------------


def test_json_ld_is_parsed_and_invalid_json_kept_raw() -> None:
    markup = (
        '<head>\n<script type="application/ld+json">{"name": "A &amp; B", "n": [1, 2]}'
        '</script>\n<script type="Application/LD+JSON ">{"name": </script>\n'
        '<script type="application/json">{"not": "ld"}</script></head><body>x</body>'
    )
    document = read_html(markup)
    assert document.embedded == (
        Embedded("json-ld", None, 2),
        Embedded("json-ld-invalid", None, 3),
    )
    assert document.embedded[0].data == {"name": "A &amp; B", "n": [1, 2]}
    assert document.embedded[1].data == '{"name": '
    assert document.lines == ["x"]


def test_data_props_json_is_parsed_with_its_target() -> None:
    basic = ",\n".join(
        f"{{&quot;s&quot;: &quot;{n} &amp; &lt;b&gt; &#39;q&#39;&quot;}}" for n in range(200)
    )
    other = ",".join(f"&quot;{n} &eacute;&#x2014;&quot;" for n in range(400))
    markup = (
        '<div data-target="Small" data-props="{&quot;a&quot;: [1]}"></div>\n'
        f'<div data-target="DailyPapers" data-props="{{&quot;papers&quot;: [{basic}]}}">\n'
        f'<p>after</p></div><i data-props="[{other}]"></i>\n'
        "<div data-props='{&quot;bad'></div><span data-props=\"[\n1,\n2]\">x</span>"
    )
    document = read_html(markup)
    kinds = [(e.kind, e.line) for e in document.embedded]
    assert kinds == [
        *(("data-props", 1), ("data-props", 2), ("data-props", 202)),
        *(("data-props-invalid", 203), ("data-props", 203)),
    ]
    small, daily, accents, bad, split = (e.data for e in document.embedded)
    assert small == {"target": "Small", "props": {"a": [1]}}
    assert daily["target"] == "DailyPapers"
    assert daily["props"]["papers"][7] == {"s": "7 & <b> 'q'"}
    assert len(daily["props"]["papers"]) == 200
    assert accents["props"][399] == "399 é—"
    assert bad == {"target": None, "props": '{"bad'}
    assert split == {"target": None, "props": [1, 2]}
    assert document.lines == ["after", "", "x"]
    assert document.origin == (202, 205, 205)  # the long value's 199 line breaks count


def test_markup_shown_as_text_keeps_its_data_props() -> None:
    value = "x" * 3000
    markup = f'<pre>&lt;div data-props="{value}"&gt;</pre><p data-props="{value}">y</p>'
    document = read_html(markup)
    assert document.lines == [f'<div data-props="{value}">', "", "y"]
    assert [(e.kind, e.data["props"]) for e in document.embedded] == [("data-props-invalid", value)]


def test_titles_and_canonical_urls_are_embedded() -> None:
    markup = (
        "<head><title> The  &amp; Title\n</title>"
        '<link rel="Canonical" href="https://x.org/a"><meta property="og:url" content="/b">'
        '<link rel="stylesheet" href="s.css"><meta name="og:url" content="no"></head>'
    )
    document = read_html(markup, source="page.html")
    assert [(e.kind, e.data) for e in document.embedded] == [
        ("title", "The & Title"),
        ("canonical", "https://x.org/a"),
        ("canonical", "/b"),
    ]
    assert (document.format, document.source, document.text) == ("html", "page.html", "")


def test_the_url_a_saved_page_notes_is_embedded_after_its_canonical_link() -> None:
    """A browser's "Save page as" writes the page's URL in a comment before the markup."""
    markup = (
        "<!DOCTYPE html>\n<!-- saved from url=(0043)https://icml.cc/virtual/2025/poster/46593 -->"
        '\n<html><head><link rel="canonical" href="https://icml.cc/virtual/2025/poster/1">'
        "</head><body><p>Text</p></body></html>"
    )
    document = read_html(markup)
    assert [(e.kind, e.data, e.line) for e in document.embedded] == [
        ("canonical", "https://icml.cc/virtual/2025/poster/1", 3),
        ("url", "https://icml.cc/virtual/2025/poster/46593", 2),
    ]
    assert page_venue(document) == Venue("ICML", 2025)


@pytest.mark.parametrize(
    "markup",
    [
        "<!-- saved from url=(0014)about:internet --><p>x</p>",  # no page URL
        "<p>" + "x" * 3000 + "</p><!-- saved from url=(0019)https://icml.cc/2025 -->",
    ],
    ids=["not-a-page-url", "inside-the-page"],
)
def test_a_saved_from_comment_names_the_page_only_as_a_url_at_the_top(markup: str) -> None:
    assert [e for e in read_html(markup).embedded if e.kind == "url"] == []


# -- furniture -----------------------------------------------------------------------------


def test_furniture_is_named_by_markup() -> None:
    markup = (
        '<nav><a href="/">Home</a></nav><div role="Navigation">Menu</div>'
        '<div class="navbar x"><span>Sahar</span></div><div class="navbar-brand">brand</div>'
        '<main><p>Content</p></main><div id="CookieBanner">We use cookies</div>'
        '<div class="x js-cookie-bar">Accept</div>'
        '<footer><p>Contact</p><div class="cookie-notice">In footer</div></footer>'
    )
    document = read_html(markup)
    names = {line: document.furniture.get(i) for i, line in enumerate(document.lines) if line}
    assert names == {
        "Home": "html-navigation",
        "Menu": "html-navigation",
        "Sahar": "html-navigation",
        "brand": None,
        "Content": None,
        "We use cookies": "html-cookie-notice",
        "Accept": "html-cookie-notice",
        "Contact": "html-footer",
        "In footer": "html-cookie-notice",
    }


# -- the real pages ------------------------------------------------------------------------


def test_session_page_cards_hold_an_h5_title_each() -> None:
    document, text = real("01"), raw("01")
    titles = [
        index
        for index, hint in document.hints.items()
        if hint.element.tag == "h5" and hint.has_class("track-schedule-card")
    ]
    assert len(titles) == 120  # grep -c '<h5><strong><a'
    assert len({document.hints[i].within("track-schedule-card") for i in titles}) == 120
    assert all(document.headings[i] == 5 for i in titles)
    urls = [document.links[i][0].url for i in titles]
    assert urls == re.findall(r'<h5><strong><a href="([^"]+)"', text)
    first = titles[0]
    assert document.lines[first] == (
        "MindLLM: A Subject-Agnostic and Versatile Model for fMRI-to-text Decoding"
    )
    assert document.line_number(first) == line_of(text, "MindLLM: A Subject")


def test_session_page_kinds_positions_authors_and_header() -> None:
    document = real("01")
    in_cards = [i for i, hint in document.hints.items() if hint.has_class("track-schedule-card")]
    kinds = [
        document.lines[i]
        for i in in_cards
        if document.hints[i].element.classes == ("float-end", "small")
    ]
    assert (kinds.count("Poster"), kinds.count("Spotlight Poster")) == (110, 10)
    positions = [
        document.lines[i] for i in in_cards if document.hints[i].element.classes == ("small",)
    ]
    assert len(positions) == 120 and positions[0] == "#W-100"
    authors = [
        document.lines[i] for i in in_cards if document.hints[i].element.classes == ("text-muted",)
    ]
    assert (
        authors[0] == "Weikang Qiu · Zheng Huang · Haoyu Hu · Aosong Feng · Yujun Yan · ZHITAO YING"
    )
    (title,) = [i for i, hint in document.hints.items() if hint.has_class("main-title")]
    assert (document.lines[title], document.headings[title]) == ("Poster Session 3 West", 2)
    assert document.lines[title - 2] == "Poster Session"
    assert document.lines[title + 2] == "West Exhibition Hall B2-B3"
    assert "Wed 16 Jul 11 a.m. PDT — 1:30 p.m. PDT" in document.lines[title + 4]


def test_session_page_navbar_is_furniture() -> None:
    document = real("01")
    navigation = {
        document.lines[i] for i, name in document.furniture.items() if name == "html-navigation"
    }
    assert {"Sahar", "TZ: America/Vancouver", "My Bookmarks", "Log Out"} <= navigation
    assert not any(
        document.furniture.get(i)
        for i, hint in document.hints.items()
        if hint.has_class("track-schedule-card")
    )


@pytest.mark.parametrize(
    ("prefix", "title", "room"),
    [
        (
            "02",
            "The Curious Price of Distributional Robustness in Reinforcement Learning"
            " with a Generative Model",
            "Great Hall & Hall B1+B2 (level 1) #410",
        ),
        (
            "03",
            "Hierarchical Adaptive Value Estimation for Multi-modal Visual Reinforcement Learning",
            "Great Hall & Hall B1+B2 (level 1) #515",
        ),
    ],
)
def test_detail_pages_title_authors_room_and_json_ld(prefix: str, title: str, room: str) -> None:
    document, text = real(prefix), raw(prefix)
    (index,) = [i for i, hint in document.hints.items() if hint.has_class("main-title")]
    assert document.lines[index] == title
    assert document.headings[index] == 2
    assert document.line_number(index) == line_of(text, '<h2 class="card-title main-title') + 1
    (json_ld,) = [e for e in document.embedded if e.kind == "json-ld"]
    assert json_ld.data["name"] == title
    assert json_ld.line == line_of(text, "application/ld+json")
    (authors,) = [i for i, hint in document.hints.items() if hint.has_class("card-subtitle")]
    names = [author["name"] for author in json_ld.data["author"]]
    assert document.lines[authors].split(" · ") == names and len(names) == 6
    canonical = [e.data for e in document.embedded if e.kind == "canonical"]
    assert canonical == [re.search(r'rel="canonical" href="([^"]+)"', text)[1]]  # type: ignore[index]
    titles = [e.data for e in document.embedded if e.kind == "title"]
    assert titles[-1] == f"{title} Poster"
    assert document.lines[index + 4] == room
    assert document.hints[index + 4].element.classes == ("text-center", "text-muted")


def test_detail_page_time_abstract_and_furniture() -> None:
    document = real("02")
    assert "Tue 12 Dec 8:45 a.m. PST — 10:45 a.m. PST" in document.lines
    (abstract,) = [i for i, hint in document.hints.items() if hint.element.id == "abstractExample"]
    assert document.lines[abstract].startswith("Abstract: This paper investigates model robustness")
    assert document.lines[abstract].endswith("when it approaches infinity.")
    kinds = set(document.furniture.values())
    assert kinds == {"html-navigation", "html-footer", "html-cookie-notice"}
    cookie = [
        document.lines[i] for i, name in document.furniture.items() if name == "html-cookie-notice"
    ]
    assert cookie[-1] == "Accept Cookies"


def test_hugging_face_page_data_props_and_articles() -> None:
    document, text = real("04"), raw("04")
    props = [e for e in document.embedded if e.kind == "data-props"]
    assert len(props) == text.count("data-props=")  # 4: header, banners and the list
    (daily,) = [e for e in props if e.data["target"] == "DailyPapers"]
    papers = daily.data["props"]["dailyPapers"]
    assert len(papers) == 13
    assert all(paper["paper"]["summary"] for paper in papers)
    assert daily.line == line_of(text, 'data-target="DailyPapers"')
    titles = [i for i, hint in document.hints.items() if hint.element.tag == "h3"]
    articles = {e.serial for i in titles for e in document.hints[i].ancestors if e.tag == "article"}
    assert len(titles) == len(articles) == text.count("<article") == 13
    assert [document.lines[i] for i in titles] == [paper["title"] for paper in papers]
    urls = [f"/papers/{paper['paper']['id']}" for paper in papers]
    assert [document.links[i][0].url for i in titles] == urls
    assert [e.data for e in document.embedded if e.kind == "title"] == [
        "Daily Papers - Hugging Face"
    ]


def test_cards_page_has_a_title_line_in_each_card() -> None:
    document, text = real("05"), raw("05")
    cards: dict[int, list[int]] = {}
    for index, hint in document.hints.items():
        card = hint.within("displaycards")
        if card is not None:
            cards.setdefault(card.serial, []).append(index)
    assert len(cards) == 119  # grep -c 'class="displaycards'
    expected = [
        " ".join(title.split())
        for title in re.findall(r'class="small-title" href="[^"]+">([^<]+)</a>', text)
    ]
    assert len(expected) == 119
    found = []
    for members in cards.values():
        first = members[0]  # the small-title anchor is the first text of a card
        (link,) = document.links[first]
        assert link.text == document.lines[first] and link.url.startswith("/virtual/2023/")
        found.append(document.lines[first])
    assert found == expected
    kinds = [
        document.lines[i]
        for members in cards.values()
        for i in members
        if document.hints[i].element.classes == ("type_display_name_virtual_card",)
    ]
    assert (kinds.count("Spotlight Poster"), kinds.count("Poster")) == (111, 8)


def test_cards_page_wrapped_titles_and_cut_abstracts() -> None:
    document = real("05")
    assert "Semi-Supervised Domain Generalization with Known and Unknown Classes" in document.lines
    abstracts = [
        document.lines[i]
        for i, hint in document.hints.items()
        if hint.has_class("abstract-display")
    ]
    assert len(abstracts) == 119
    assert sum(line.endswith("…") for line in abstracts) == 31


# -- hostile input and linear time ---------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_hostile_input_gives_a_document_with_its_text(name: str) -> None:
    """Only ConfparseError may escape (any other exception fails the test as an error);
    but each family must read, with the text a browser would still show."""
    family = FAMILIES[name]
    try:
        document = read_html(family.make(200_000))
    except ConfparseError as exc:
        pytest.fail(f"{name}: {exc!r} where a Document with its text was expected")
    assert all(kept in document.text for kept in family.kept)
    assert len(document.origin or ()) == len(document.lines)


def test_a_parser_that_gives_up_is_a_parse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """html.parser gives up with AssertionError (on some ``<![`` sections, which
    `read_html` rewrites first); should it still, the caller gets a ParseError."""

    def give_up(self: object, data: str) -> None:
        raise AssertionError("unknown status keyword 'foo' in marked section")

    monkeypatch.setattr(html_reader._Reader, "feed", give_up)
    with pytest.raises(ParseError) as raised:
        read_html("<p>x</p>")
    assert raised.value.code == "html-unreadable"
    assert isinstance(raised.value.__cause__, AssertionError)


@pytest.mark.parametrize(
    "markup",
    [
        '<div title="' + "x" * 5_000_000 + '">KEEP after</div>',
        "<div>" * 10_000 + "KEEP after",
        fill("&amp;&#233;", 1_000_000) + "KEEP after",
        "<p>a</p>\x00\x01\x02\ufffe\x00" * 1_000 + "<p>KEEP after</p>",
    ],
    ids=["5MB-attribute", "10000-divs", "entities", "nul-bytes"],
)
def test_hostile_sizes_named_in_the_contract(markup: str) -> None:
    assert "KEEP after" in read_html(markup).text


def linear_enough(make: Callable[[int], str]) -> bool:
    """A 1 MB input of *make* reads in less than 40x the time of a 64 KB one (16x is
    linear), CPU time, the collector paused (see `large_over_small`)."""
    small, large = make(64 * 1024), make(1024 * 1024)

    def read(text: str) -> Callable[[], object]:
        def run() -> None:
            with contextlib.suppress(ConfparseError):
                read_html(text)

        return run

    return large_over_small(read(small), read(large), 40) < 40


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_time_is_linear_in_the_input_size(name: str) -> None:
    """A 1 MB page of a family takes less than 40x the time of a 64 KB one (16x is linear;
    html.parser alone needs minutes for some of them)."""
    assert linear_enough(FAMILIES[name].make)


_SAVED_PAGES = sorted([*HTML_PAGES.glob("*.html"), *(OTHER_PAGES / "found").glob("*.html")])


@pytest.mark.parametrize("path", _SAVED_PAGES, ids=lambda p: p.name)
def test_a_records_span_names_the_lines_of_the_saved_file(path: Path) -> None:
    """Spans, like diagnostics, name the input's lines whatever the layout: the lines of
    the saved file from a record's first to its last (and the text that runs on from the
    last) hold its title's first words."""
    from html import unescape

    import confparse

    page = confparse.parse(path)
    talks = [talk for session in page.sessions for talk in session.talks]
    records = [*talks, *page.awards, *page.papers]
    assert records
    source = [unescape(line) for line in path.read_text(encoding="utf-8").split("\n")]
    checked = 0
    for record in records[:: max(1, len(records) // 40)]:  # about 40 a page
        paper = record if isinstance(record, confparse.Paper) else record.paper
        span = paper.span or record.span if paper is not None else None
        if paper is None or not paper.title or span is None:
            continue
        words = " ".join(paper.title.split()[:2])
        end = span.last  # a text that starts on the span's last line may run on below it
        while end < len(source) and "<" not in source[end]:
            end += 1
        held = " ".join(source[span.first - 1 : end])
        assert words in " ".join(held.split()), (span, paper.title)
        checked += 1
    assert checked


# -- typeset math ------------------------------------------------------------------------

_MATHJAX = (
    '<p>onto <span class="MathJax_Preview" style="display: none;"></span>'
    '<span id="MathJax-Element-1-Frame" class="mjx-chtml MathJax_CHTML"><span class="mjx-math">'
    '<span class="mjx-char">\u2113</span><span class="mjx-char">1</span></span>'
    '<span class="MJX_Assistive_MathML"><math><msub><mi>\u2113</mi><mn>1</mn></msub></math></span>'
    '</span><script type="math/tex" id="MathJax-Element-1">\\ell_{1, \\infty}</script>-norm Ball'
    '</p><div class="MathJax_Display"><span class="MathJax" id="MathJax-Element-2-Frame">'
    'a+b</span></div><script type="math/tex; mode=display" id="MathJax-Element-2">a + b</script>'
)
_KATEX = (
    '<p>in <span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>O</mi>'
    '<mo>(</mo><mi>n</mi><mo>)</mo></mrow><annotation encoding="application/x-tex">O(n)'
    '</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">'
    '<span class="base"><span class="mord mathnormal">O</span>(n)</span></span></span> time</p>'
)


def test_typeset_math_is_read_once_as_its_tex_source() -> None:
    """A page saved after MathJax 2 or KaTeX typeset it shows each formula as spans of
    characters, keeps a copy in MathML for screen readers, and its TeX source in a script
    or an annotation: the formula is read once, as its source between ``$`` (``$$`` for a
    display), as the page that the server sent prints it. Each copy had been read."""
    assert read_html(f"<body>{_MATHJAX}</body>").lines == [
        "onto $\\ell_{1, \\infty}$-norm Ball",
        "",
        "$$a + b$$",
    ]
    assert read_html(f"<body>{_KATEX}</body>").lines == ["in $O(n)$ time"]
    # MathJax 3 keeps no source: its MathML copy is the formula's only text
    mj3 = "<p>in <mjx-container><mjx-assistive-mml><math><mi>n</mi></math></mjx-assistive-mml>"
    assert read_html(f"<body>{mj3}</mjx-container> steps</p></body>").lines == ["in n steps"]


def test_the_titles_of_a_saved_schedule_keep_their_tex() -> None:
    """The ICML 2020 schedule, saved after MathJax ran: four titles hold a formula, each
    read twice over as its typeset characters (``\u21131,\u221e\u21131,\u221e-norm Ball``)."""
    from confparse import parse

    page = parse((PAGES / "found" / "02_icml2020_schedule_cards.html").read_text("utf-8"))
    titles = {t.paper.title for s in page.sessions for t in s.talks if t.paper}
    assert "On Implicit Regularization in $\\beta$-VAEs" in titles
    assert (
        "Semismooth Newton Algorithm for Efficient Projections onto $\\ell_{1, \\infty}$-norm Ball"
        in titles
    )
    assert not any("ββ" in (title or "") for title in titles)
