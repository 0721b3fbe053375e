"""Markdown captures read like plain ones: the one normalisation step in front of layouts."""

from __future__ import annotations

import re
import textwrap

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import confparse
from confparse import Link, Page, Paper, RenderError
from confparse import strategies as cs
from confparse.capture import read as prepare
from confparse.capture.markdown import (
    _CLOSE_LINK,
    _HEADING,
    _HEADING_SIGNAL,
    _MANY_LINKS,
    _RULE,
    _RULES,
    _close_link,
    _closes_outer,
    _heading_text,
    _link_keeper,
    _one_link,
    _OuterCloses,
    _plain_line,
    _reference_keeper,
    _resolve,
    looks_like_markdown,
    read_markdown,
    to_plain,
)
from markdown_capture import markdown_capture

from conftest import PAGES, TODAY, page_text


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("# Deep Learning Optimization", "Deep Learning Optimization"),
        ("##### Wed 21 July 17:00 - 17:20 PDT ###", "Wed 21 July 17:00 - 17:20 PDT"),
        ("*   [2019](https://icml.cc/Conferences/2019/)", "2019"),
        ("    *   [FAQ](https://icml.cc/virtual/2025/faq)", "FAQ"),
        ("- Daily", "Daily"),
        ("* * *", ""),
        ("---", ""),
        ("**Oral**", "Oral"),
        ("Engage\\  with Past Research", "Engage  with Past Research"),
        ("knowledge flows. Such uses\\\\", "knowledge flows. Such uses"),
        ("$2.5\\%$ and \\emph{x} and \\{y\\}", "$2.5\\%$ and \\emph{x} and \\{y\\}"),
        ("a\\_b \\*c\\* \\[d\\]", "a_b *c* [d]"),
        ("$q^\\\\pi$ and \\\\ell", "$q^\\pi$ and \\ell"),  # a backslash a converter escaped
        ("\\- **Odyssey**: a system", "- Odyssey: a system"),  # a converter's escaped start
        ("1998\\. A good year", "1998. A good year"),
        ("\\# of papers", "# of papers"),
        ("(level 1) \\#410 and Reviewer \\#2?", "(level 1) #410 and Reviewer #2?"),  # pandoc
        ("$\\mathsf{FP} \\neq \\#\\mathsf{P}$ - x", "$\\mathsf{FP} \\neq \\#\\mathsf{P}$ - x"),
        ('<a id="source-section-3"></a>', ""),
        ("[![occ](https://x/a.png)OCC](https://huggingface.co/occ-ai)", "OCC"),
        (
            "[[\u56fe\u7247\uff1akandinskylab] Kandinsky Lab](https://huggingface.co/k) · Oct 4",
            "Kandinsky Lab · Oct 4",
        ),
        ("May 29[6](https://huggingface.co/papers/1#community)", "May 29 6"),
        ("[Upvote", "Upvote"),
        ("117](https://huggingface.co/login?next=%2Fpapers)", "117"),
        (' [[OpenReview](https://openreview.net/forum?id=2G "OpenReview")]', " [OpenReview]"),
        ("https://huggingface.co/papers/2410.05434", ""),
        (
            "###### ![Image 2: ICML logo](https://icml.cc/logo.svg)",
            "Image 2: ICML logo",
        ),  # alone, the alt text is the line
    ],
)
def test_markdown_lines_to_plain(line: str, plain: str) -> None:
    (got,), _links = to_plain([line])
    assert got == plain


def test_links_are_kept_as_data_by_line() -> None:
    lines = [
        "### [A Title](https://icml.cc/virtual/2021/poster/1)",
        "text",
        "### [Another][7]",
        "",
        "[7]: https://example.org/p/7",
    ]
    plain, links = to_plain(lines)
    assert plain == ["A Title", "text", "Another", "", ""]
    assert links == {
        1: (Link(text="A Title", url="https://icml.cc/virtual/2021/poster/1"),),
        3: (Link(text="Another", url="https://example.org/p/7"),),
    }


def test_plain_captures_are_not_read_as_markdown() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        assert not looks_like_markdown(page_text(prefix).split("\n"))
        assert prepare(page_text(prefix)).format != "markdown"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
@pytest.mark.parametrize("reference", [False, True])
def test_markdown_capture_of_a_real_page_gives_the_same_records(
    prefix: str, reference: bool
) -> None:
    text = page_text(prefix)
    plain = confparse.parse(text, today=TODAY)
    markdown = markdown_capture(text, plain, seed=int(prefix), reference=reference)
    assert prepare(markdown).format == "markdown"
    page = confparse.parse(markdown, today=TODAY)
    assert page.layout == plain.layout
    assert page.diagnostics == ()
    # the markdown links each title to its paper page: kept as data, not as text
    titled = [p for p in papers_of(page) if p.title]
    assert all(p.links and p.links[0].url.startswith("https://") for p in titled)
    assert without_links(page) == plain


def papers_of(page: Page) -> list[Paper]:
    talks = [t.paper for s in page.sessions for t in s.talks if t.paper]
    return [*talks, *(a.paper for a in page.awards), *page.papers]


def without_links(page: Page) -> Page:
    """*page* with every paper's links dropped (a plain capture has no URLs to keep)."""

    def strip(paper: Paper | None) -> Paper | None:
        return None if paper is None else attrs.evolve(paper, links=())

    sessions = tuple(
        attrs.evolve(s, talks=tuple(attrs.evolve(t, paper=strip(t.paper)) for t in s.talks))
        for s in page.sessions
    )
    return attrs.evolve(
        page,
        sessions=sessions,
        awards=tuple(attrs.evolve(a, paper=strip(a.paper)) for a in page.awards),
        papers=tuple(attrs.evolve(p, links=()) for p in page.papers),
    )


@given(cs.session_pages(), st.integers(0, 2**16), st.booleans())
@example(confparse.parse(page_text("001"), today=TODAY), 1, False)
@example(confparse.parse(page_text("004"), today=TODAY), 4, True)
def test_markdown_rendering_property(page: Page, seed: int, reference: bool) -> None:
    try:
        text = confparse.render(page)
    except RenderError:
        return
    markdown = markdown_capture(text, page, seed=seed, reference=reference)
    if prepare(markdown).format != "markdown":
        return  # too few markdown signals: it is read as the plain page, tested elsewhere
    assert without_links(confparse.parse(markdown, layout="session")) == page


def hard_wrapped(text: str, page: Page, width: int) -> str:
    """*text* with every abstract and author line wrapped at *width* columns, the way a
    text-mode browser or a reader service with a fixed width writes it."""
    import textwrap

    keep = {p.title for p in papers_of(page) if p.title}
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > width and line.strip() not in keep:
            out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
@pytest.mark.parametrize("width", [60, 80])
def test_a_hard_wrapped_capture_gives_the_same_records(prefix: str, width: int) -> None:
    text = page_text(prefix)
    plain = confparse.parse(text, today=TODAY)
    wrapped = hard_wrapped(text, plain, width)
    assert wrapped.count("\n") > text.count("\n") + 20
    page = confparse.parse(wrapped, today=TODAY)
    assert page.diagnostics == ()
    assert page == plain


def test_a_title_continued_on_a_second_heading_line_is_one_title() -> None:
    plain, links = to_plain(
        [
            "### [Understanding self-supervised learning](https://icml.cc/virtual/2021/oral/1)",
            "### dynamics without contrastive pairs",
            "",
            "## Next",
        ]
    )
    assert plain == [
        "Understanding self-supervised learning dynamics without contrastive pairs",
        "",
        "",
        "Next",
    ]
    assert links == {
        1: (
            Link(
                text="Understanding self-supervised learning",
                url="https://icml.cc/virtual/2021/oral/1",
            ),
        )
    }


def test_wrapped_heading_title_in_a_session_capture() -> None:
    text = page_text("001")
    title = "Understanding self-supervised learning dynamics without contrastive pairs"
    wrapped = text.replace(
        title,
        "### Understanding self-supervised learning dynamics\n### without contrastive pairs",
    )
    wrapped = "# Deep Learning Optimization\n\n" + wrapped.replace(
        "Wed 21 July", "##### Wed 21 July"
    )
    page = confparse.parse(wrapped, today=TODAY)
    first = page.sessions[0].talks[0]
    assert first.paper is not None
    assert first.paper.title == title


# The quick paths of to_plain (plain lines, hard breaks, one-link lines, link ends found from
# the end of the line) must read every line as the general steps do.

_URL = "https://x.org/" + "u" * 1986  # the longest URL a link may have (2000 characters)


@pytest.mark.parametrize(
    ("line", "plain", "links"),
    [
        ("plain text ending in a hard break\\\\", "plain text ending in a hard break", ()),
        ("a lone backslash break\\", "a lone backslash break", ()),
        ("three backslashes\\\\\\", "three backslashes\\", ()),  # the break takes two
        ("a\\_b and a break\\\\", "a_b and a break", ()),
        ("hello world", "hello world", ()),  # starts with "h", no URL
        ("https://x.org/a", "", (Link(url="https://x.org/a"),)),
        ("https://x.org/a and more", "https://x.org/a and more", ()),
        ("- [Daily](https://x.org/d)", "Daily", (Link(text="Daily", url="https://x.org/d"),)),
        (
            "## [A Title](https://x.org/t)",
            "A Title",
            (Link(text="A Title", url="https://x.org/t"),),
        ),
        ("####### [x](https://x.org)", "####### x", (Link(text="x", url="https://x.org"),)),
        ("[Image: logo](https://x.org/l.png)", "(https://x.org/l.png)", ()),  # a placeholder
        (
            "[**Bold** title](https://x.org/b)",
            "Bold title",
            (Link(text="Bold title", url="https://x.org/b"),),
        ),
        ('[x](https://x.org "A title")', "x", (Link(text="x", url="https://x.org"),)),
        (
            "[a](https://x.org/1) [b](https://x.org/2)",
            "a b",
            (Link(text="a", url="https://x.org/1"), Link(text="b", url="https://x.org/2")),
        ),
        # a bracket in the URL: the placeholder steps come before the links
        ("[-](https://x.org/[图片\uff1aa]b)", "-", (Link(text="-", url="https://x.org/b"),)),
        ("## Title ##", "Title", ()),
        ("# C#", "C#", ()),
        ("## ##", "##", ()),
        ("#\tTab heading", "Tab heading", ()),
        ("- - -", "", ()),
        ("*emphasis* is not a rule*", "emphasis is not a rule*", ()),
        ("[note] is no definition", "[note] is no definition", ()),
        ("[abc [x][1]", "abc x", (Link(text="x", url=""),)),  # an open link after a reference
        (
            "a" * 1500 + "](https://x.org/c)",
            "a" * 1500,
            (Link(text="a" * 1500, url="https://x.org/c"),),
        ),
        (
            "[" + "a" * 1001 + "](https://x.org/c)",
            "a" * 1001,
            (Link(text="a" * 1001, url="https://x.org/c"),),
        ),
        ("a](b) c](https://x.org/c)", "a](b) c", (Link(text="a](b) c", url="https://x.org/c"),)),
        # the longest end of a link: URL, title and spaces at their bounds
        ("x](" + _URL + ' "' + "t" * 300 + '")' + " " * 8, "x", (Link(text="x", url=_URL),)),
        ("x](" + _URL + "u)", "x](" + _URL + "u)", ()),  # a URL too long to be one
    ],
)
def test_quick_paths_give_what_the_general_steps_give(
    line: str, plain: str, links: tuple[Link, ...]
) -> None:
    assert to_plain([line]) == ([plain], {1: links} if links else {})


def test_the_usual_rules_are_rules() -> None:
    assert all(_RULE.fullmatch(rule) for rule in _RULES)


_ATOMS = [
    *"ab h:/#*_-=+[]()!<>\\\"\t\n\u3000",
    "**", "__", "](", "][", "![", "http://x", "[x](u)", "](u)", "* ", "## ", "    *   ", "\\\\",
    "\u56fe\u7247\uff1a", "Image:", "Title: ", "* * *", "[1]: u", "12", "x" * 1000,
]  # fmt: skip
_LINES = st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=12).map("".join)
# lines that are, or nearly are, one link, alone or as a bullet or a heading
_LINK_LINES = st.tuples(
    st.sampled_from(["", "- ", "* ", "    *   ", "+ ", "# ", "###\t", " ## ", "####### ", "-"]),
    _LINES,
    st.lists(st.sampled_from(["https://x.org/a", *_ATOMS]), max_size=4).map("".join),
    st.sampled_from(["", ' "title"', " ", "\n"]),
).map(lambda parts: f"{parts[0]}[{parts[1]}]({parts[2]}{parts[3]})")


# lines that are, or nearly are, the end of a link begun on a line above
_LINK_END_LINES = st.tuples(
    st.sampled_from(["", "- ", " ", "# ", "|", ":", "\u2014 ", "h"]),
    _LINES,
    st.lists(st.sampled_from(["https://x.org/a", *_ATOMS]), max_size=4).map("".join),
    st.sampled_from(["", ' "title"', " ", "\n", ' "[Image: b]"']),
).map(lambda parts: f"{parts[0]}{parts[1]}]({parts[2]}{parts[3]})")


def _general(line: str) -> tuple[str, list[Link]]:
    """What the general steps make of *line* alone: its text and links (a block quote's
    markers taken off first)."""
    quoted = re.match(r"(?:>[ ]?)+", line)
    if quoted is not None:
        line = line[quoted.end() :]
        if not line:
            return "", []
    found: list[Link] = []
    references: dict[str, str] = {}
    keep_reference = _reference_keeper(found, references, [])
    text = _plain_line(line, found, references, _link_keeper(found), keep_reference)
    return text, [_resolve(link, references) for link in found]


@given(st.one_of(_LINK_LINES, _LINK_END_LINES))
@example("- [Daily](https://x.org/d)")
@example("[-](https://x.org/[\u56fe\u7247\uff1aa]b)")  # a placeholder in the URL
@example("## [a\n](https://x.org/b)")  # a heading's text stops at a line break
@example("[Image: logo](https://x.org/l.png)")
@example('[a](https://x.org "[Image: b]")')  # a placeholder in the title
@example("533 authors](/papers/2407.21783)")  # the end of a link begun above
@example("Full __](https://x.org/a)")  # an icon (html2text), which the general steps take off
@example("a *b* \\_c](https://x.org/a)  ")
def test_one_link_and_link_end_lines_read_as_with_the_general_steps(line: str) -> None:
    found: list[Link] = []
    text = _one_link(line, found)
    if text is not None:
        assert (text, found) == _general(line)


@given(_LINES)
@example("a\\\\")
@example("three\\\\\\")
@example("https://x.org")
@example(">")
@example("> > Source: https://x.org")
@example(">](")  # a quote whose text ends inside a link's URL: the URL's join reads it quoted
@example("[a\na][]")  # a reference's text never crosses a line end
def test_plain_lines_read_as_with_the_general_steps(line: str) -> None:
    # to_plain passes plain lines (and their hard breaks) over without _plain_line
    text, found = _general(line)
    one: list[Link] = []
    if _one_link(line, one) is None:
        assert to_plain([line]) == ([text], {1: tuple(found)} if found else {})


@given(
    st.sampled_from(["#", " #", "   ###", "####### ", "#\t", "## "]).flatmap(
        lambda head: _LINES.map(lambda rest: head + rest)
    )
)
@example("## Title ##")
@example("## ##")
@example("# a\nb")
def test_heading_text_is_what_the_heading_pattern_keeps(line: str) -> None:
    heading = _HEADING.fullmatch(line)
    assert _heading_text(line) == (None if heading is None else heading.group(1) or "")


@given(_LINES, st.sampled_from(["", "](" + "u" * 1990, "x" * 2400]))
@example("x](" + _URL + ' "' + "t" * 300 + '")' + " " * 8, "")
@example("a](b) c](https://x.org/c)", "")
@example("a\n](b)", "")
@example("\t)", "](" + "u" * 1990)  # spaces before the ")" of a URL at its longest
def test_close_link_is_what_the_close_pattern_finds(line: str, filler: str) -> None:
    line = filler + line
    closed = _CLOSE_LINK.fullmatch(line)
    assert _close_link(line) == (None if closed is None else closed.group(1, 2))


def _signals_as_specified(lines: list[str], limit: int = 300) -> bool:
    """looks_like_markdown as first written: every test on every line, in order."""
    signals = 0
    previous = ""
    for line in lines[:limit]:
        if re.match(r"#{1,3} [^\W\d_]", line) or (
            previous.strip() and re.fullmatch(r"={3,}\s*", line)
        ):
            return True  # a title heading decides alone
        previous = line
        if not line:
            continue
        if line.startswith(("Title: ", "URL Source: ", "Markdown Content:")):
            signals += 2
        elif (
            re.search(r"\]\((?:https?:/)?/", line)
            or (line[:1] in " #" and _HEADING_SIGNAL.match(line) is not None)
            or (line[:1] in " *-_=" and _RULE.fullmatch(line) is not None)
        ):
            signals += 1
    return signals >= 3


@given(st.lists(st.one_of(_LINES, st.sampled_from(["", "Title: x", "URL Source: y", "#W-1"]))))
def test_markdown_signals_are_counted_as_specified(lines: list[str]) -> None:
    assert looks_like_markdown(lines) == _signals_as_specified(lines)
    assert looks_like_markdown(lines, 2) == _signals_as_specified(lines, 2)


@pytest.mark.parametrize(
    ("lines", "markdown"),
    [
        (["Title: x", "", "[a](http://x)"], True),  # a reader-service header counts twice
        (["#W-100", "#W-101", "#W-102", "# 36"], False),  # poster numbers are no headings
        (["Poster", "# A title of a paper", "Ann Lee"], True),  # one title heading decides
        (["A title of a paper", "==========", "Ann Lee"], True),
        (["", "==========", ""], False),  # a rule between blank lines is no heading
        (["Thu 21 July", "Title x", "URL: x"], False),
        (["* * *", "---", "- item"], False),
        (["   # a", " ***", "_"], False),
        (["x](http://y)", "[a](https://b)", "text [c](http://d)"], True),
        # links to the page's own site, as converters write them: paths after "]("
        (["  * [A](/virtual/2026/poster/1)", "  * [B](/FAQ)", "* [C](/papers/2)"], True),
        (["see [1](x) and [2](y)", "a](b)", "[c](./d)"], False),
    ],
)
def test_markdown_signals(lines: list[str], markdown: bool) -> None:
    assert looks_like_markdown(lines) is markdown


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("[1]: http://x Footnote words here", "Footnote words here"),
        ('[2]: http://y "A title"', "A title"),
        ("[3]: http://z", ""),
        ("![Only alt](http://i/y.png)", "Only alt"),
        ("[![Badge alt](http://b.png)](http://c)", "Badge alt"),
        ("[![occ](https://x/a.png)OCC](https://huggingface.co/occ-ai)", "OCC"),
    ],
)
def test_markdown_keeps_the_text_of_definitions_and_lone_images(line: str, plain: str) -> None:
    """Issue 14: the words after a link table entry's URL, and the alt text of an image that
    is all its line holds, reach the layout (and so a record or a diagnostic)."""
    assert to_plain(["# T", line])[0][1] == plain


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("![Figure 1: overview](img.png) Our method ...", "Figure 1: overview Our method ..."),
        ("text ![alt](x.png) more", "text alt more"),
        ("See ![a](1.png) and ![b](2.png).", "See a and b."),
        ('Before ![Chart "A"](c.png "Title") after', 'Before Chart "A" after'),
        ("* ![Logo](l.png) ICML 2025", "Logo ICML 2025"),
        ("## ![icon](i.svg) Oral Session 3", "icon Oral Session 3"),
        ("![left](l.png) [Paper](http://p) ![right](r.png)", "left Paper right"),
        ("**Best** ![badge](b.png) paper", "Best badge paper"),
        ("by [![](https://x/by.png)AK](https://hf.co/akhaliq) and all", "by AK and all"),
        ("x [![logo](l.png) CMU](http://c) y", "x  CMU y"),
    ],
)
def test_markdown_keeps_the_alt_text_of_images_beside_other_text(line: str, plain: str) -> None:
    """Issue 14: an image's alt text stays in its line beside other text (it was dropped as
    decoration); only a link's icon gives way to the link's own words."""
    assert to_plain(["# T", line])[0][1] == plain


def test_read_markdown_gives_read_lines_by_index_and_shares_repeated_lines() -> None:
    from confparse.capture.markdown import read_markdown

    block = ["# T", "[x](https://a.b/c) more", "* [a](http://x)", "[[[[(((# H"]
    plain, links, headings, items = read_markdown(block * 3000)
    assert plain == ["T", "x more", "a", "[[[(((# H"] * 3000
    assert headings == {at: 1 for at in range(0, 12000, 4)}
    assert items == list(range(2, 12000, 4))
    assert links == {
        at + offset: (Link(text=text, url=url),)
        for at in range(0, 12000, 4)
        for offset, text, url in ((1, "x", "https://a.b/c"), (2, "a", "http://x"))
    }
    assert len({id(line) for line in plain}) < 20  # one string for each distinct line
    assert len({id(found) for found in links.values()}) < 10  # and one tuple per link
    # a short capture is read without sharing, into the same values
    short = read_markdown(block * 100)
    assert short == (plain[:400], {at: found for at, found in links.items() if at < 400},
                     {at: 1 for at in range(0, 400, 4)}, list(range(2, 400, 4)))  # fmt: skip


def test_read_markdown_shares_a_one_link_tuple_by_url_only_for_the_same_text() -> None:
    """Repeated links are shared by their URL, without a key tuple per line; a link to the
    same URL under other words keeps its own words."""
    from confparse.capture.markdown import read_markdown

    block = ["[x](https://a.b/c) one", "[y](https://a.b/c) two", "[x](https://a.b/c) three"]
    _plain, links, _headings, _items = read_markdown(block * 1000)
    assert [found[0].text for found in links.values()] == ["x", "y", "x"] * 1000
    assert all(found[0].url == "https://a.b/c" and len(found) == 1 for found in links.values())
    assert links[3] is links[0]  # a run of the same link is one tuple


def test_a_markdown_document_keeps_the_plain_lines_it_was_read_into() -> None:
    from confparse.capture import read_document
    from confparse.capture.document import Document

    text = "# Title\n\n[x](https://a.b/c) more\n* [a](http://x)\n" * 40
    document = read_document(text)
    assert document.format == "markdown"
    assert document.lines == document.text.split("\n")
    with pytest.raises(ValueError, match="lines given"):
        Document("a\nb").keep_lines(["a"])


def test_read_markdown_writes_the_plain_lines_over_the_markdown_ones() -> None:
    """Each markdown line is let go once it is read: the plain lines take their places in
    the same list (a capture of lines that all differ held both, 3x its size). `to_plain`
    and `read_lines` leave the caller's list as it was."""
    from confparse.capture.markdown import read_lines, read_markdown

    lines = ["# T", "[x](https://a.b/1) # T", "", "* [a](http://x)", "plain", "---"]
    given = list(lines)
    plain, links, headings, items = read_markdown(lines)
    assert plain is lines
    assert plain == ["T", "x # T", "", "a", "plain", ""]
    assert read_lines(given)[0] == plain and to_plain(given)[0] == plain
    assert given == ["# T", "[x](https://a.b/1) # T", "", "* [a](http://x)", "plain", "---"]
    assert links == {
        1: (Link(text="x", url="https://a.b/1"),),
        3: (Link(text="a", url="http://x"),),
    }
    assert headings == {0: 1, 4: 2} and items == [3]


# -- what HTML-to-markdown converters write: html2text's ASCII, icons and fixed width,
# markdownify's source line breaks, single emphasis, table delimiter rows


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        # html2text writes "*" for "&middot;": an author line's names are joined by "·" again
        (
            "###  Laixi Shi * Gen Li * Yuting Wei * Yuxin Chen * Matthieu Geist * Yuejie Chi ",
            "Laixi Shi \u00b7 Gen Li \u00b7 Yuting Wei \u00b7 Yuxin Chen \u00b7 Matthieu Geist"
            " \u00b7 Yuejie Chi",
        ),
        (
            "Urszula Julia Komorowska * Pietro Li\u00f3 * xiaopeng zhang * Alexandre d'Aspremont",
            "Urszula Julia Komorowska \u00b7 Pietro Li\u00f3 \u00b7 xiaopeng zhang"
            " \u00b7 Alexandre d'Aspremont",
        ),
        ("Ann Lee * Bo", "Ann Lee \u00b7 Bo"),
        # a nickname in parentheses, alone or right after a name's word (the 2019 schedule)
        ("Hao(Jackson) Cui * Roni Khardon", "Hao(Jackson) Cui \u00b7 Roni Khardon"),
        ("Rex (Zhitao) Ying * Jure Leskovec", "Rex (Zhitao) Ying \u00b7 Jure Leskovec"),
        (
            'Mahmoud ("Mido") Assran * Joshua Romoff',
            'Mahmoud ("Mido") Assran \u00b7 Joshua Romoff',
        ),
        # a "*" between spaces on any other line stays
        ("f(x) * g(y) * h", None),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("Pros * Cons", "Pros * Cons"),  # no name of two words
        ("We show that x * y holds for all inputs of the model", None),
        ("Oral 3A: Theory * Hall C (level 2)", None),
        ("Ann Lee * Bo * ", None),  # an empty name at the end: no name
        # an empty name between two (the 2016 schedule prints one): left out
        ("Moritz Hardt * * Eric Price * Nati Srebro", "Moritz Hardt · Eric Price · Nati Srebro"),
    ],
)
def test_an_author_line_joined_by_ascii_stars_is_joined_by_dots(
    line: str, plain: str | None
) -> None:
    assert to_plain([line])[0] == [line if plain is None else plain]


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        (
            "We introduce the _Local Spaces_ (LIVS) dataset",
            "We introduce the Local Spaces (LIVS) dataset",
        ),
        (
            "We introduce the *Local Spaces* (LIVS) dataset",
            "We introduce the Local Spaces (LIVS) dataset",
        ),
        ("(*one*) and _two_.", "(one) and two."),
        ("**LaGa** (**La** nguage)", "LaGa (La nguage)"),
        # no emphasis: inside words, across math, around spaces, escaped
        ("snake_case_name and a_b", None),
        ("$x^*$ and $y^*$ are optimal", None),
        ("a*b*c", None),
        ("a * b * c", None),
        ("p < 0.05* and q*", None),
    ],
)
def test_single_emphasis_marks_are_taken_off(line: str, plain: str | None) -> None:
    assert to_plain([line])[0] == [line if plain is None else plain]


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ('[Full __](https://chat.icml.cc/channel/x "Full Size")Chat', "Full Chat"),
        ("  * [ __ ](/virtual/2025/search)", "  "),
        (
            '[[ __Paper](https://p.org/a "Paper")]  [[ __Poster](/p.png "Poster")]',
            "[ Paper]  [ Poster]",
        ),
        ("__Email", "Email"),
        ("__1269 Law St, San Diego CA 92109", "1269 Law St, San Diego CA 92109"),
        ("the __x_y name", "the __x_y name"),  # a word that holds "_" further on
        ("____", ""),  # a rule
    ],
)
def test_an_empty_emphasis_is_an_icon_and_is_taken_out(line: str, plain: str) -> None:
    """html2text writes an icon (``<i class="fa ..."></i>``) as an empty emphasis, ``__``."""
    assert to_plain([line])[0] == [plain]


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("This __position paper__ argues", "This position paper argues"),
        ("__Bold start__ and __two words__.", "Bold start and two words."),
        ("[Full __](https://x.org/a) and __strong text__", "Full  and strong text"),
    ],
)
def test_a_strong_emphasis_in_underscores_is_no_icon(line: str, plain: str) -> None:
    """An icon is an empty emphasis; ``__`` that a closing ``__`` answers on the line is a
    strong emphasis, and both its marks go (the icon rule took the first: ``paper__``)."""
    assert to_plain([line])[0] == [plain]


def test_an_icon_leaves_the_link_text_without_it() -> None:
    _plain, links = to_plain(['[[ __Paper](https://p.org/a "Paper")]'])
    assert links == {1: (Link(text="Paper", url="https://p.org/a"),)}


@pytest.mark.parametrize("line", ["---|---  ", "| --- | :-: |", "|:---|", "--- | ---"])
def test_a_table_delimiter_row_is_markup(line: str) -> None:
    assert to_plain(["# T", line])[0] == ["T", ""]


def test_a_line_that_a_dash_starts_goes_on_with_the_paragraph_line_above() -> None:
    """markdownify keeps the page source's line breaks inside a paragraph (which markdown
    reads as spaces): a time range broken before its dash is one line again."""
    lines = [
        "# Poster",
        "Tue 12 Dec 8:45 a.m. PST",
        "\u2014 10:45 a.m. PST",
        "(Bookmark)",
        "",
        "\u2014 a quotation's author",  # after a blank line: a line of its own
        "## Heading",
        "\u2013 not the heading's",
        "- a list item",
    ]
    plain, _links = to_plain(lines)
    assert plain == [
        "Poster",
        "Tue 12 Dec 8:45 a.m. PST \u2014 10:45 a.m. PST",
        "",
        "(Bookmark)",
        "",
        "\u2014 a quotation's author",
        "Heading",
        "\u2013 not the heading's",
        "a list item",
    ]


_WRAPPED = """\
##  The Curious Price of Distributional Robustness in Reinforcement Learning
with a Generative Model

###  Laixi Shi * Gen Li * Yuting Wei * Yuxin Chen * Matthieu Geist * Yuejie
Chi

Ibrahim Fayad * Max Zimmer * Martin Schwartz * Fabian Gieseke * Philippe CIAIS
* Gabriel Belouze * Sarah Brood

[[
__Paper](https://proceedings.neurips.cc/paper_files/paper/2023/hash/fc8ee7c7ab5b5f6b1615045dfb617ed6-Abstract-
Conference.html "Paper")]  [[ __OpenReview](https://openreview.net/forum?id=cOQH8YO255
"OpenReview")]

Abstract: a 3D object may exhibit various semantics from different viewpoints
(RMDPs)---when the model is a subject-agnostic and versatile fMRI-to-text sub-
agnostic model, which is the point of this paper and of some other ones too.

A line that ends with a hard break and is long enough to reach the edge here \x20
and the line after it.

  * a list item that is long enough to reach the edge of the page and more more
go on
"""


def test_a_capture_wrapped_at_a_fixed_width_is_read_unwrapped() -> None:
    """html2text wraps paragraphs, headings and links at 78 columns (after a space or a
    word's hyphen); each broken line is joined to its continuation on its first line."""
    from confparse.capture.markdown import _unwrap

    lines = _WRAPPED.split("\n")
    _unwrap(lines, 78)
    joined = [line for line in lines if line]
    assert joined == [
        "##  The Curious Price of Distributional Robustness in Reinforcement Learning"
        " with a Generative Model",
        "###  Laixi Shi * Gen Li * Yuting Wei * Yuxin Chen * Matthieu Geist * Yuejie Chi",
        "Ibrahim Fayad * Max Zimmer * Martin Schwartz * Fabian Gieseke * Philippe CIAIS"
        " * Gabriel Belouze * Sarah Brood",
        "[[ __Paper](https://proceedings.neurips.cc/paper_files/paper/2023/hash/"
        'fc8ee7c7ab5b5f6b1615045dfb617ed6-Abstract-Conference.html "Paper")]  '
        '[[ __OpenReview](https://openreview.net/forum?id=cOQH8YO255 "OpenReview")]',
        "Abstract: a 3D object may exhibit various semantics from different viewpoints"
        " (RMDPs)---when the model is a subject-agnostic and versatile fMRI-to-text"
        " sub-agnostic model, which is the point of this paper and of some other ones too.",
        "A line that ends with a hard break and is long enough to reach the edge here  ",
        "and the line after it.",
        "  * a list item that is long enough to reach the edge of the page and more more",
        "go on",
    ]
    assert len(lines) == len(_WRAPPED.split("\n"))  # the count of lines is kept


def test_a_list_item_is_no_continuation_unless_it_ends_an_author_line() -> None:
    from confparse.capture.markdown import _unwrap

    lines = [
        "A paragraph that reaches the edge of the page at seventy-eight columns, or so",
        "* a list item",
    ]
    _unwrap(lines, 78)
    assert lines[1] == "* a list item"


def test_an_author_lines_middle_line_that_ends_with_its_separator_goes_on() -> None:
    # html2text of the 2019 schedule: the middle line starts and ends with a separator
    from confparse.capture.markdown import _unwrap

    lines = [
        "Benyamin Allahgholizadeh Haghi * Spencer Kellis * Sahil Shah * Maitreyi Ashok",
        "* Luke Bashford * Daniel Kramer * Brian Lee * Charles Liu * Richard Andersen *",
        "Azita Emami",
    ]
    _unwrap(lines, 78)
    assert lines == [
        "Benyamin Allahgholizadeh Haghi * Spencer Kellis * Sahil Shah * Maitreyi Ashok"
        " * Luke Bashford * Daniel Kramer * Brian Lee * Charles Liu * Richard Andersen *"
        " Azita Emami",
        "",
        "",
    ]
    # a list item with a separator at its end, under a sentence, is no name
    lines = [
        "A paragraph that reaches the edge of the page at seventy-eight columns, or so",
        "* an item * with stars *",
    ]
    _unwrap(lines, 78)
    assert lines[1] == "* an item * with stars *"


def test_a_paragraph_not_all_wrapped_at_the_width_is_left_as_it_is() -> None:
    """An editor's wrap at 60 columns inside a capture wrapped at 78: joining the one line
    that reaches the edge would leave a blank line inside the paragraph, cutting it in two."""
    from confparse.capture.markdown import _unwrap

    lines = [
        "",
        "In this report, we present the latest model of the Gemini",
        "family, and prediction and near-perfect retrieval up to at least ten million tokens",
        "a generational leap over existing models such as",
        "Claude 2.1 and GPT-4 Turbo.",
        "",
    ]
    given = list(lines)
    _unwrap(lines, 84)
    assert lines == given


_WORDS = st.text("abcdefghijklmnopqrstuvwxyzABC0123456789", min_size=1, max_size=14)
_HYPHENATED = st.tuples(_WORDS, _WORDS).map("-".join)
_DASHED = st.tuples(_WORDS, _WORDS).map("---".join)


@given(
    st.lists(st.one_of(_WORDS, _WORDS, _HYPHENATED, _DASHED), min_size=1, max_size=60),
    st.integers(20, 100),
)
@example(["subject-agnostic"] * 10, 30)
@example(["RMDPs---when"] * 10, 20)
def test_unwrap_gives_back_what_textwrap_wrapped(words: list[str], width: int) -> None:
    """A paragraph that html2text's wrapping (Python's textwrap: after a space or a word's
    hyphen, long words whole) broke over lines is one line again."""
    import textwrap

    from confparse.capture.markdown import _unwrap

    text = " ".join(words)
    lines = textwrap.wrap(text, width, break_long_words=False)
    _unwrap(lines, width)
    assert lines == [text] + [""] * (len(lines) - 1)


def test_the_width_of_a_wrapped_capture_is_told_from_its_paragraph_lines() -> None:
    from confparse.capture.markdown import _wrap_width

    recaptured = PAGES / "recaptured"
    wrapped = recaptured / "02_neurips2023_poster_71095.html2text-wrap.txt"
    # its list items and its cookie table row are wider than 78 columns: not wrapped
    assert _wrap_width(wrapped.read_text(encoding="utf-8").split("\n"))[0] == 78
    for name in (
        "02_neurips2023_poster_71095.html2text.txt",
        "02_neurips2023_poster_71095.markdownify.txt",
    ):
        assert _wrap_width((recaptured / name).read_text(encoding="utf-8").split("\n"))[0] is None
    assert _wrap_width([]) == (None, [])


def test_a_line_that_ends_its_paragraph_near_the_edge_does_not_tell_the_width() -> None:
    """Where most lines that reach near the edge end a short paragraph (a card's title over
    a blank line), only those that a text line follows are weighed: they are the ones that
    could have been broken there."""
    from confparse.capture.markdown import _wrap_width

    short_ends = ["A title that reaches near the edge of the wrapped capture, 66 cols", ""] * 12
    wrapped = textwrap.wrap(" ".join(f"w{i % 7}ord{'s' * (i % 3)}" for i in range(300)), 78)
    lines = [*short_ends, *wrapped[:6], ""]  # 18 lines near the edge, 5 of them broken
    assert _wrap_width(lines)[0] == max(map(len, wrapped)) == 77


def test_a_heading_wider_than_every_paragraph_line_does_not_tell_the_width() -> None:
    """pandoc wraps paragraphs at 72 columns but writes a heading on one line, however long;
    html2text wraps headings too, and a wrapped one still tells the width."""
    from confparse.capture.markdown import _wrap_width

    wrapped = textwrap.wrap(" ".join(f"w{i % 7}ord{'s' * (i % 3)}" for i in range(300)), 72)
    heading = "### [" + "A long title of a card " * 8 + "](/virtual/2026/1)"
    assert _wrap_width([heading, "", *wrapped[:8], ""])[0] == max(map(len, wrapped))
    title = textwrap.wrap("### " + "A long title of a card " * 8, 70)  # as wide as the text
    lines = [*title, "", *wrapped[:3], "", *title, "", *title, ""]
    assert _wrap_width(lines)[0] == max(map(len, wrapped[:3])) == 70


def test_a_link_line_under_a_sentences_end_is_not_joined_to_it() -> None:
    """A wrapped abstract whose last line reaches near the edge, over a link of its own
    line (a button): the link is a block, not the sentence's continuation."""
    from confparse.capture.markdown import _unwrap

    lines = [
        "SmolDocling is a compact vision-language model that performs end-to-end document "
        "conversion with",
        "robust performance across various document types using 256M parameters and a new "
        "markup format.",
        "[LINK: GitHub 50.8k](https://github.com/docling-project/docling)",
    ]
    _unwrap(lines, 99)
    assert lines[1:] == ["", "[LINK: GitHub 50.8k](https://github.com/docling-project/docling)"]
    assert lines[0].endswith("markup format.")


def test_a_line_of_other_whitespace_neither_starts_nor_continues_a_paragraph() -> None:
    """A line that holds only whitespace other than spaces and tabs (a form feed, an en
    space) reads blank: a wrapped paragraph above it or a long word below it is left as it
    is (both raised IndexError)."""
    from confparse.capture.markdown import _unwrap

    for lines in (
        ["a b c d e f g h", "\x0b", "x"],
        ["\x0b", "abcdefghijklmnopqrstuvwxyzabcdefgh y"],
        ["a b c d e f g h", "\u2002", "x"],
    ):
        given = list(lines)
        _unwrap(lines, 10)
        assert lines == given
    paragraph = textwrap.wrap(" ".join(f"word{number}" for number in range(400)), 78)
    text = "\n".join(["# Title", "", *paragraph[:3], "\x0c", *paragraph[3:]])
    document = prepare(text)  # (the form feed's line is no block's end: nothing joined)
    assert document.format == "markdown"
    assert document.lines[2:5] == paragraph[:3]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("* [Foo\\_bar: a \\*new\\* method](/virtual/2026/poster/1)", "Foo_bar: a *new* method"),
        ("[*A* title](https://x.org/a)", "A title"),
        ("[Engage\\  with Past Research](https://x.org/p)", "Engage with Past Research"),
        ("See [the `code`](https://x.org/c) here", "the `code`"),
        ("[A title][1]\n\n[1]: https://x.org/r", "A title"),
    ],
)
def test_a_links_text_is_what_the_page_shows(line: str, text: str) -> None:
    """A link keeps its text as the line shows it: no escapes, no emphasis marks, one space
    between words."""
    _plain, links = to_plain(line.split("\n"))
    (link,) = [link for found in links.values() for link in found]
    assert link.text == text


def test_a_link_text_over_line_ends_is_one_line_with_its_link() -> None:
    """A converter that keeps the page source's line breaks splits a link's text over lines
    (markdown allows it): the lines are one, with the whole text and its link."""
    plain, links = to_plain(
        [
            "[[Re] Hierarchical Shrinkage: Improving the Accuracy and",
            "Interpretability of Tree-Based Methods](/virtual/2023/poster/74164)",
            "",
            "[Oral 1A RL",
            "[8:00-8:45]](/virtual/2023/session/74032)",
            "[On the Planning Abilities of Large Language Models",
            "- A Critical Investigation](/virtual/2023/poster/71377)",
        ]
    )
    title = (
        "[Re] Hierarchical Shrinkage: Improving the Accuracy and Interpretability of "
        "Tree-Based Methods"
    )
    planning = "On the Planning Abilities of Large Language Models - A Critical Investigation"
    assert plain == [title, "", "", "Oral 1A RL [8:00-8:45]", "", planning, ""]
    assert links == {
        1: (Link(text=title, url="/virtual/2023/poster/74164"),),
        4: (Link(text="Oral 1A RL [8:00-8:45]", url="/virtual/2023/session/74032"),),
        6: (Link(text=planning, url="/virtual/2023/poster/71377"),),
    }


@pytest.mark.parametrize(
    "lines",
    [
        ["[- ![](https://x.org/a.svg)\\\\", "- 6 authors](https://x.org/p)"],  # a hard break
        ["[- ![](https://x.org/a.svg)\\\\ ", "6 authors](https://x.org/p)"],  # spaces after it
        ["[Authors:", "- 6 authors", "more](https://x.org/p)"],  # a list item between
        ["[Paper", "## Part](https://x.org/p)"],  # a heading starts below
        ["[An unclosed bracket", "", "text](https://x.org/p)"],  # a paragraph between
        ["[One", "two", "three", "four", "five](https://x.org/p)"],  # too far below
    ],
)
def test_lines_of_a_link_text_are_not_joined_across_a_break(lines: list[str]) -> None:
    plain, _links = to_plain(lines)
    assert [bool(line) for line in plain] == [bool(line) for line in lines]


def test_a_converters_escaped_dash_between_words_is_a_dash() -> None:
    plain, _links = to_plain(
        ["Large Language Models \\- A Critical Investigation", "Cost \\+ benefit", "a\\-b"]
    )
    assert plain == ["Large Language Models - A Critical Investigation", "Cost + benefit", "a\\-b"]


def test_a_link_whose_target_ends_in_spaces_is_a_link() -> None:
    """The virtual site's login href ends in a space, and converters keep it."""
    from confparse.capture import read

    text = "# Poster\n\n[Home](/)\n\n [Login](/accounts/login?nextp=/virtual/2025/poster/1 )\n"
    document = read(text)
    assert document.format == "markdown"
    assert document.lines[4].strip() == "Login"
    (link,) = document.links[4]
    assert (link.text, link.url) == ("Login", "/accounts/login?nextp=/virtual/2025/poster/1")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("<div class='x'>\n", True),
        ("text\n</div>\n", True),
        ("text\n<span>a</span>\n", True),
        ("a <div> inside a line\n", False),
        ("text\n<think> is no block\n", False),
        ("no tags at all\n", False),
    ],
)
def test_a_block_tag_line_is_found_by_its_line_start(text: str, found: bool) -> None:
    from confparse.capture.rawhtml import has_block_tag_line

    assert has_block_tag_line(text) is found


def test_a_bracket_that_opens_no_link_is_text() -> None:
    """A converter that keeps the page source's line breaks writes a button's brackets over
    lines (``[`` / ``Abstract`` / ``]``): with no link's end below, the ``[`` is text, as its
    ``]`` is; a ``[`` over the end of a link (``](url)``, or names then ``](url)``) opens it."""
    buttons = prepare("# T\n\n[ \nAbstract\n ]\n\n[\n Paper]\n\nText.\n")
    assert [line.strip() for line in buttons.lines[2:8]] == [
        "[",
        "Abstract",
        "]",
        "",
        "[",
        "Paper]",
    ]
    avatars = "# T\n\n[\n\n  * ![](/a.svg)\n  * · 533 authors\n\n](/papers/2407.21783) x\n"
    assert "[" not in prepare(avatars).text  # the link's "[", taken off as before
    names = prepare("# T\n\n[- ![](/a.svg)\\\n- 6 authors](/papers/1)\n")
    assert "[" not in names.text


def test_a_link_destination_in_angle_brackets_is_the_url_inside() -> None:
    """html2text's ``protect_links`` writes every link's URL in angle brackets."""
    plain, links = to_plain(["In [ AcceptedPapersParent](<https://icml.cc/Conferences/2020>)"])
    assert plain == ["In  AcceptedPapersParent"]
    assert links == {
        1: (Link(text="AcceptedPapersParent", url="https://icml.cc/Conferences/2020"),)
    }
    _plain, links = to_plain(["[Registration Desk](</virtual/2023/registration-desk/64309>)"])
    assert links[1][0].url == "/virtual/2023/registration-desk/64309"


@pytest.mark.parametrize(
    "target",
    ["</virtual/2023/poster/1>", "file:///virtual/2023/poster/1", "/virtual/2023/poster/1"],
)
def test_links_to_a_path_in_angle_brackets_or_a_file_url_are_markdown(target: str) -> None:
    """A converter run on a saved page makes its links absolute against the page's
    ``file://`` address (crawl4ai), or writes them in angle brackets."""
    lines = [f"[Talk {n}]({target})" for n in range(3)]
    assert looks_like_markdown(lines)


@given(st.lists(st.one_of(_LINES, _LINK_LINES, st.sampled_from(["", "[1]: https://x.org/1"]))
                .map(lambda line: line.replace("\n", " ")),  # lines, as a capture splits them
                max_size=10))  # fmt: skip
@example(["[a\\", "b](https://x.org/a)"])  # a link's text over two lines
@example(["[  ](https://x.org/a) [\u3000](u)", "[x][1]", "[1]: u"])  # blank texts
def test_the_links_of_the_reader_pass_the_checks_of_link(lines: list[str]) -> None:
    """The reader makes its links without the checks of ``Link(...)`` (`read_link`): each
    must pass them all the same."""
    from confparse.capture.markdown import read_markdown

    _plain, links, _headings, _items = read_markdown(lines)
    for found in links.values():
        for link in found:
            attrs.validate(link)
            assert link == Link(text=link.text, url=link.url)


def test_the_links_read_from_every_real_page_pass_the_checks_of_link() -> None:
    pages = [p for p in PAGES.rglob("*") if p.suffix in (".md", ".txt", ".html")]
    count = 0
    for path in pages:
        if path.name == "README.md":
            continue
        for found in prepare(path).links.values():
            for link in found:
                attrs.validate(link)
                count += 1
    assert count > 10_000


@pytest.mark.parametrize(
    ("line", "plain", "links"),
    [
        (  # a link begun lines above (its text crossed a blank line), then the next link
            "  533 authors](/papers/2407.21783)  [5](/papers/2407.21783#community)",
            "  533 authors 5",
            [("533 authors", "/papers/2407.21783"), ("5", "/papers/2407.21783#community")],
        ),
        ("x](/a) and more", "x and more", [("x", "/a")]),
        ("a [b] c](/a) d", "a [b] c](/a) d", []),  # a "[" before: no link's end alone
        ("](/a) 5", "](/a) 5", []),  # no text: left to the layouts (a link-fragment)
        ("x](no end d", "x](no end d", []),
    ],
)
def test_the_end_of_a_link_begun_above_then_text(
    line: str, plain: str, links: list[tuple[str, str]]
) -> None:
    text, found = _general(line)
    assert text == plain
    assert [(link.text, link.url) for link in found] == links


def test_an_escaped_bracket_over_a_buttons_label_reads_as_the_bracket() -> None:
    """pandoc escapes the button's ``[`` that the page writes before its link: ``\\[`` over
    ``Abstract \\]``. No link's end follows, and the escape already makes it text: one
    backslash is taken off, not one more added."""
    from confparse.capture.markdown import read_markdown

    assert read_markdown(["\\[", "Abstract \\]"])[0] == ["[", "Abstract ]"]
    assert read_markdown(["[", "Abstract", "]"])[0] == ["[", "Abstract", "]"]
    page = confparse.parse(PAGES / "recaptured" / "02_neurips2023_poster_71095.pandoc-gfm.txt")
    assert "unparsed-line" not in {d.code for d in page.diagnostics}


@pytest.mark.parametrize(
    ("line", "plain", "url"),
    [
        ("[Login](</accounts/login?nextp=/Downloads/2026 >)", "Login",
         "/accounts/login?nextp=/Downloads/2026"),  # turndown keeps the href's space
        ("a [b](<x y> \"t\") c", "a b c", "x y"),
        ("[T](</virtual/2023/poster/1>)", "T", "/virtual/2023/poster/1"),
    ],
)  # fmt: skip
def test_a_link_target_in_angle_brackets_may_hold_spaces(line: str, plain: str, url: str) -> None:
    text, found = _general(line)
    assert (text, [link.url for link in found]) == (plain, [url])


@given(
    st.lists(st.sampled_from(["x", "[c](/u)", "d] e", "b](/u)", "f]](/u)", "]["]), max_size=20),
    st.lists(st.tuples(st.integers(0, 20), st.integers(0, 6)), max_size=8),
)
@example(["x", "x", "b](/u)"], [(0, 3), (1, 1)])  # the end found, below the second range
@example(["b](/u)", "b](/u)"], [(0, 1), (1, 1)])  # the line after the end found
@example(["x", "b](/u)"], [(0, 1), (1, 1)])  # the line after a range looked at
def test_a_links_end_below_is_found_as_a_scan_of_each_range_finds_it(
    lines: list[str], asked: list[tuple[int, int]]
) -> None:
    """`_OuterCloses` answers questions asked forward (never a lower start) as a scan of
    each range with `_closes_outer` would."""
    closes = _OuterCloses(lines)
    for start, reach in sorted(asked):
        wanted = any(_closes_outer(line) for line in lines[start : start + reach])
        assert closes.within(start, start + reach) == wanted


def test_a_line_of_many_equal_links_holds_one_link_object() -> None:
    """Past `_MANY_LINKS` links on a line, equal links are one object (the memory bound on
    a line of a hundred thousand links); the links read are the same."""
    line = "[x](/a) " * 40 + "[y](/b)"
    _plain, links, _headings, _items = read_markdown([line])
    found = links[0]
    assert found == (Link(text="x", url="/a"),) * 40 + (Link(text="y", url="/b"),)
    assert len({id(link) for link in found[_MANY_LINKS:40]}) == 1


@pytest.mark.parametrize(
    ("lines", "plain", "url"),
    [
        (["[Paper](https://arxiv.org/abs/2407-", "21783) and more"], ["Paper and more", ""],
         "https://arxiv.org/abs/2407-21783"),
        # no URL's rest, and its ")", at the next line's start; a space in the URL: as written
        (["[Paper](https://x.org/a-", "and more (see)"], None, None),
        (["[Paper](https://x.org/a -", "b) and more"], None, None),
    ],
)  # fmt: skip
def test_a_links_url_broken_at_a_line_end_is_joined(
    lines: list[str], plain: list[str] | None, url: str | None
) -> None:
    """html2text wraps a URL after a hyphen; a capture too short to tell its width is not
    unwrapped, so the URL's two parts are joined where they stand."""
    text, links = to_plain(list(lines))
    if plain is None:
        assert (text, links) == (lines, {})
    else:
        assert (text, [link.url for link in links[1]]) == (plain, [url])


def test_a_short_wrapped_capture_reads_its_broken_urls() -> None:
    """The Hugging Face daily page in html2text at its default width, cut before its fourth
    paper: too short to tell the width it was wrapped at, its avatars' URLs broken after
    ``cdn-`` made two more papers titled ``Submitted by ! (https://cdn- avatars…``."""
    path = PAGES / "recaptured" / "04_hf_daily_papers_2024-08-01.html2text-wrap.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    whole = confparse.parse(path, today=TODAY)
    fourth = sorted(paper.span.first for paper in whole.papers if paper.span)[3]
    part = confparse.parse("\n".join(lines[: fourth - 1]), "listing", today=TODAY)
    assert [paper.title for paper in part.papers] == [paper.title for paper in whole.papers[:3]]


def test_list_items_are_the_lines_a_bullet_starts_one_link_lines_too() -> None:
    """A one-link line's own pattern reads its bullet; a line that starts with a mark that
    starts no bullet (emphasis, a minus sign, a link right after the mark) is no item."""
    from confparse.capture.markdown import read_lines

    lines = ["*Note* (see above)", "", "* [a](http://x)", "", "-1 (minus)", "", "    -   [b](http://y)",
             "", "*[c](http://z)", "", "+ plain (text)"]  # fmt: skip
    assert read_lines(lines)[3] == {2, 6, 10}
