"""Markdown captures read like plain ones: the one normalisation step in front of layouts."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import confparse
from confparse import Link, Page, Paper, RenderError
from confparse import strategies as cs
from confparse._markdown import looks_like_markdown, to_plain
from confparse.text import prepare
from markdown_capture import markdown_capture

from conftest import TODAY, page_text


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
        ("###### ![Image 2: ICML logo](https://icml.cc/logo.svg)", ""),
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
        assert not prepare(page_text(prefix)).markdown


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
@pytest.mark.parametrize("reference", [False, True])
def test_markdown_capture_of_a_real_page_gives_the_same_records(
    prefix: str, reference: bool
) -> None:
    text = page_text(prefix)
    plain = confparse.parse(text, today=TODAY)
    markdown = markdown_capture(text, plain, seed=int(prefix), reference=reference)
    assert prepare(markdown).markdown
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
    if not prepare(markdown).markdown:
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
