"""The listing layout on the real Hugging Face listing, damaged copies of it, furniture, and
its round-trip properties."""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import confparse
from confparse import LimitError, Page, Paper, ParseError, ParseOptions, Person, RenderError
from confparse import strategies as cs
from confparse._lines import LineState
from confparse.layouts import listing

from conftest import page_text

FIRST_TITLE = (
    "Improving performance of deep learning models with axiomatic attribution priors and "
    "expected gradients"
)
LAST_TITLE = "Wide and Deep Neural Networks Achieve Optimality for Classification"
LOJASIEWICZ = (
    "From Optimization Dynamics to Generalization Bounds via \u0141ojasiewicz Gradient Inequality"
)
BETA_2 = "ADOPT: Modified Adam Can Converge with Any \u03b2_2 with the Optimal Rate"
COUNT = 217


@pytest.fixture(scope="module")
def real_lines() -> list[str]:
    return page_text("003").split("\n")


@pytest.fixture(scope="module")
def real_page() -> Page:
    return confparse.parse(page_text("003"))


def parse_lines(lines: list[str], **kwargs: object) -> Page:
    return confparse.parse("\n".join(lines), layout="listing", **kwargs)  # type: ignore[arg-type]


# -- the real page --------------------------------------------------------------------------
def test_real_listing_detects_parses_clean(real_page: Page) -> None:
    assert real_page.layout == "listing"
    assert real_page.diagnostics == ()
    assert (real_page.sessions, real_page.awards) == ((), ())
    assert len(real_page.papers) == COUNT


def test_real_listing_golden_facts(real_page: Page) -> None:
    papers = real_page.papers
    titles = [p.title for p in papers]
    assert titles[0] == FIRST_TITLE  # "Subscribe" glued to it by the capture is gone
    assert titles[-1] == LAST_TITLE
    assert titles[37] == "Wasserstein GAN"
    assert LOJASIEWICZ in titles
    assert BETA_2 in titles
    assert all(p.authors == () and not p.abstract_truncated for p in papers)
    first = papers[0].abstract
    assert first is not None
    assert first.startswith("Recent research has demonstrated that feature attribution methods")
    assert first.endswith("have been made freely available to academic communities.")
    last = papers[-1].abstract
    assert last is not None
    assert last.endswith("in contrast to regression tasks, where excessive depth is harmful.")
    assert papers[37].span is not None
    assert (papers[37].span.first, papers[37].span.last) == (77, 78)


def test_real_listing_fields_are_the_lines_exactly(real_page: Page, real_lines: list[str]) -> None:
    """Titles and abstracts are the page's lines, character for character."""
    assert real_lines[:2] == list(listing.HEADER)
    body = real_lines[2:]
    assert body[0] == "Subscribe" + FIRST_TITLE
    titles = [FIRST_TITLE, *body[2::2]]
    abstracts = body[1::2]
    assert [p.title for p in real_page.papers] == titles
    assert [p.abstract for p in real_page.papers] == abstracts


def test_real_listing_is_a_fixed_point(real_page: Page) -> None:
    text = confparse.render(real_page)
    assert text == page_text("003")
    again = confparse.parse(text, layout="listing")
    assert again == real_page
    assert again.diagnostics == ()


def test_real_listing_json_round_trip(real_page: Page) -> None:
    back = confparse.from_json(confparse.to_json(real_page), Page)
    assert back == real_page
    assert confparse.render(back) == confparse.render(real_page)


def test_every_line_is_accounted_for(real_lines: list[str]) -> None:
    state = LineState("\n".join(real_lines), ParseOptions())
    papers = listing.parse_papers(state)
    assert state.accounting() == {
        "unseen": 0,
        "used": 2 * COUNT,
        "boilerplate": 2,
        "reported": 0,
        "blank": 0,
    }
    assert set(state.rules.values()) == {"subscribe-banner"}
    covered = {n for p in papers if p.span for n in range(p.span.first, p.span.last + 1)}
    assert covered == set(range(3, len(real_lines) + 1))


def test_no_real_title_or_abstract_reads_as_furniture(real_page: Page) -> None:
    for paper in real_page.papers:
        assert paper.title is not None and paper.abstract is not None
        assert listing.furniture_rule(paper.title) is None
        assert listing.furniture_rule(paper.abstract) is None
        assert listing.line_shape(paper.title) == "title"
        assert listing.line_shape(paper.abstract) == "abstract"


# -- detection ------------------------------------------------------------------------------
def test_real_listing_scores_best() -> None:
    scores = confparse.detect(page_text("003"))
    assert scores[0][0] == "listing"
    assert scores[0][1] >= 0.5
    assert all(score < scores[0][1] for _, score in scores[1:])


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_other_real_pages_are_not_listings(prefix: str) -> None:
    assert listing.detect(page_text(prefix)) < 0.5


def test_detect_without_banner_needs_clean_alternation(real_lines: list[str]) -> None:
    body = real_lines[3:40]  # no banner, no glued first title
    assert listing.detect("\n".join(body)) == 0.5
    with_authors = [*body[:6], "Ann Lee \u00b7 Bo Chen", *body[6:]]
    assert listing.detect("\n".join(with_authors)) < 0.5
    assert listing.detect("\n".join(body[::2])) == 0.0  # abstracts only: no alternation
    timed = ["Wed 21 July 17:00 - 17:20 PDT", *real_lines]
    assert listing.detect("\n".join(timed)) == 0.0


# -- damaged listings -----------------------------------------------------------------------
def title_at(k: int) -> int:
    """0-based index of paper *k*'s title line on the real page."""
    return 2 + 2 * k


def mutate(lines: list[str], kind: str, k: int) -> list[str]:
    out = list(lines)
    t = title_at(k)
    if kind == "delete-title":
        del out[t]
    elif kind == "delete-abstract":
        del out[t + 1]
    elif kind == "duplicate-title":
        out.insert(t, out[t])
    elif kind == "duplicate-abstract":
        out.insert(t + 1, out[t + 1])
    elif kind == "join-title-abstract":
        out[t : t + 2] = [out[t] + " " + out[t + 1]]
    elif kind == "join-abstract-next-title":
        out[t + 1 : t + 3] = [out[t + 1] + " " + out[t + 2]]
    else:
        raise ValueError(kind)
    return out


Expected = tuple[str, int, str]
"""A diagnostic as (code, 1-based line, severity)."""


def expected(papers: tuple[Paper, ...], kind: str, k: int) -> tuple[list[Paper], list[Expected]]:
    """The papers and the (code, 1-based line, severity) diagnostics a mutation should give."""
    out = list(papers)
    paper = papers[k]
    line = title_at(k) + 1
    if kind == "delete-title":
        out[k] = Paper(abstract=paper.abstract)
        return out, [("missing-title", line, "error")]
    if kind == "delete-abstract":
        out[k] = Paper(title=paper.title)
        return out, [("missing-abstract", line, "error")]
    if kind == "duplicate-title":
        return out, [("duplicate-line", line + 1, "warning")]
    if kind == "duplicate-abstract":
        return out, [("duplicate-line", line + 2, "warning")]
    if kind == "join-title-abstract":
        out[k] = Paper(abstract=f"{paper.title} {paper.abstract}")
        return out, [("missing-title", line, "error")]
    following = papers[k + 1]
    out[k] = Paper(title=paper.title, abstract=f"{paper.abstract} {following.title}")
    out[k + 1] = Paper(abstract=following.abstract)
    return out, [("missing-title", line + 2, "error")]


KINDS = [
    "delete-title",
    "delete-abstract",
    "duplicate-title",
    "duplicate-abstract",
    "join-title-abstract",
    "join-abstract-next-title",
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("k", [1, 108, 215])
def test_damage_is_diagnosed_where_it_is(
    real_page: Page, real_lines: list[str], kind: str, k: int
) -> None:
    page = parse_lines(mutate(real_lines, kind, k))
    papers, diagnostics = expected(real_page.papers, kind, k)
    assert list(page.papers) == papers
    assert [(d.code, d.line, d.severity) for d in page.diagnostics] == diagnostics


@pytest.mark.parametrize("kind", ["delete-title", "delete-abstract", "join-title-abstract"])
def test_damage_at_either_end(real_page: Page, real_lines: list[str], kind: str) -> None:
    for k in (0, COUNT - 1):
        page = parse_lines(mutate(real_lines, kind, k))
        papers, diagnostics = expected(real_page.papers, kind, k)
        assert list(page.papers) == papers
        assert [(d.code, d.line, d.severity) for d in page.diagnostics] == diagnostics


EXCERPT = 60
"""Papers of the real page that the two-spot property damages (the whole page is slower)."""
SHIFT = {"delete": -1, "duplicate": 1, "join": -1}


@functools.cache
def _excerpt() -> tuple[tuple[str, ...], tuple[Paper, ...]]:
    lines = page_text("003").split("\n")[: title_at(EXCERPT)]
    return tuple(lines), parse_lines(lines).papers


@given(
    st.sampled_from(KINDS),
    st.sampled_from(KINDS),
    st.integers(1, EXCERPT // 2 - 2),
    st.integers(EXCERPT // 2, EXCERPT - 2),
)
def test_two_damaged_spots_leave_the_rest_intact(
    first_kind: str, second_kind: str, k: int, j: int
) -> None:
    """Two damaged spots: each is diagnosed where it is, every other paper is as before."""
    lines, original = _excerpt()
    assert len(original) == EXCERPT
    mutated = mutate(mutate(list(lines), second_kind, j), first_kind, k)  # later spot first
    page = parse_lines(mutated)
    papers, first = expected(original, first_kind, k)
    papers, second = expected(tuple(papers), second_kind, j)
    shift = SHIFT[first_kind.partition("-")[0]]
    second = [(code, line + shift, severity) for code, line, severity in second]
    assert list(page.papers) == papers
    assert [(d.code, d.line, d.severity) for d in page.diagnostics] == first + second


def test_strict_mode_stops_at_the_damage(real_lines: list[str]) -> None:
    with pytest.raises(ParseError) as raised:
        parse_lines(mutate(real_lines, "delete-abstract", 5), strict=True)
    assert (raised.value.code, raised.value.line) == ("missing-abstract", title_at(5) + 1)


def test_record_limit(real_lines: list[str]) -> None:
    with pytest.raises(LimitError) as raised:
        listing.parse("\n".join(real_lines), ParseOptions(max_records=100))
    assert raised.value.code == "too-many-records"


# -- furniture ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("65", "count"),
        ("-", "count"),
        ("1,024", "count"),
        ("[-] 1", "vote-count"),
        ("[-] -", "vote-count"),
        ("11.3k", "star-count"),
        ("GitHub 3.29k", "star-count"),
        ("110k", "star-count"),
        ("\u00b7 3 authors", "author-count"),
        ("1 authors", "author-count"),
        ("May 30", "date"),
        ("Mar 8, 2024", "date"),
        ("Sep 3, 2024", "date"),
        ("Published on Oct 4, 2026", "date"),
        ("\u00b7 Published on Oct 4, 2026", "date"),
        ("Submitted by", "submitted-by"),
        ("Submitted by vvasilev", "submitted-by"),
        ("\u00b7", "byline-separator"),
        ("View all", "view-all"),
        ("Daily Papers", "page-navigation"),
        ("Trending Papers", "page-navigation"),
        ("https://huggingface.co/papers/2410.05434", "url"),
        ("Wasserstein GAN", None),
        ("May the Force Be With You", None),
        ("3D Gaussian Splatting", None),
        ("Submitted by the authors.", None),
        ("65 papers.", None),
    ],
)
def test_furniture_rules(line: str, rule: str | None) -> None:
    assert listing.furniture_rule(line) == rule


FURNISHED = [
    "Get trending papers in your email inbox once a day!",
    "Get trending papers in your email inbox!",
    "Subscribe",
    "View all",
    "65",
    "Submitted by",
    "alice_b",
    "Wasserstein GAN",
    "We introduce a new algorithm named WGAN.",
    "\u00b7 3 authors",
    "May 30",
    "12",
    "11.3k",
    "",
    "-",
    "Submitted by vvasilev",
    "Grokking",
    "We study generalization beyond overfitting on small algorithmic datasets.",
    "Mar 8, 2024",
]


def test_furniture_is_skipped_with_named_rules() -> None:
    state = LineState("\n".join(FURNISHED), ParseOptions())
    papers = listing.parse_papers(state)
    assert state.finish() == ()
    assert [(p.title, p.abstract) for p in papers] == [
        ("Wasserstein GAN", "We introduce a new algorithm named WGAN."),
        ("Grokking", FURNISHED[17]),
    ]
    named = {FURNISHED[i]: rule for i, rule in state.rules.items()}
    assert named == {
        FURNISHED[0]: "subscribe-banner",
        FURNISHED[1]: "subscribe-banner",
        "Subscribe": "subscribe-banner",
        "View all": "view-all",
        "65": "vote-count",
        "Submitted by": "submitted-by",
        "alice_b": "submitter",
        "\u00b7 3 authors": "author-count",
        "May 30": "date",
        "12": "comment-count",
        "11.3k": "star-count",
        "-": "vote-count",
        "Submitted by vvasilev": "submitted-by",
        "Mar 8, 2024": "date",
    }


def test_plain_export_entry_keeps_its_paper() -> None:
    """An entry as a notebook app exports a search listing (links on their own lines)."""
    abstract = (
        "Humans write code in a fundamentally interactive manner and rely on constant "
        "execution feedback to correct errors, resolve ambiguities, and decompose tasks."
    )
    text = "\n\n".join(
        [
            " [-] -",
            "https://huggingface.co/login?next=%2Fpapers%2F2306.14898",
            "InterCode: Standardizing and Benchmarking Interactive Coding with Execution Feedback",
            "https://huggingface.co/papers/2306.14898",
            abstract,
            "https://huggingface.co/papers/2306.14898",
            "\u00b7",
            "Jun 26, 2023 ",
        ]
    )
    state = LineState(text, ParseOptions())
    papers = listing.parse_papers(state)
    assert state.finish() == ()
    assert [(p.title, p.abstract) for p in papers] == [
        (
            "InterCode: Standardizing and Benchmarking Interactive Coding with Execution Feedback",
            abstract,
        )
    ]
    assert sorted(set(state.rules.values())) == ["byline-separator", "date", "url", "vote-count"]


def test_glued_subscribe_only_right_after_the_banner() -> None:
    banner = list(listing.HEADER)
    page = parse_lines([*banner, "SubscribeGrokking", "We study generalization."])
    assert page.papers == (Paper(title="Grokking", abstract="We study generalization."),)
    page = parse_lines([*banner, "Subscribe", "Subscribers Matter", "We study subscribers."])
    assert page.papers == (Paper(title="Subscribers Matter", abstract="We study subscribers."),)
    page = parse_lines(["SubscribeGrokking", "We study generalization."])
    assert page.papers[0].title == "SubscribeGrokking"


def test_truncated_abstract() -> None:
    page = parse_lines(["Grokking", "We study generalization. Our code is at \u2026"])
    (paper,) = page.papers
    assert (paper.abstract, paper.abstract_truncated) == (
        "We study generalization. Our code is at",
        True,
    )
    assert confparse.render(page).endswith("Our code is at \u2026")


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("Wasserstein GAN", "title"),
        ("Can Forward Gradient Match Backpropagation?", "title"),
        ("\u2026", "title"),
        ("We study generalization.", "abstract"),
        ("x" * 251, "abstract"),
        ("Adam vs. SGD for Transformers", "either"),
        ("Code at https://github.com/x/y", "title"),
        ("A summary that was cut short \u2026", "either"),
        (" ".join(["word"] * 31), "either"),
    ],
)
def test_line_shapes(line: str, shape: str) -> None:
    assert listing.line_shape(line) == shape


def test_ambiguous_lines_take_the_expected_place() -> None:
    lines = ["Adam vs. SGD for Transformers", "Code at https://github.com/x/y. See also"]
    page = parse_lines([*lines, "Wasserstein GAN", "We study GANs."])
    assert [(p.title, p.abstract) for p in page.papers] == [
        (lines[0], lines[1]),
        ("Wasserstein GAN", "We study GANs."),
    ]
    assert page.diagnostics == ()
    assert parse_lines(confparse.render(page).split("\n")) == page


# -- rendering ------------------------------------------------------------------------------
def test_one_markdown_looking_title_is_plain_text() -> None:
    page = Page(layout="listing", papers=(Paper(title="[Code](https://x.org)", abstract="We do."),))
    assert confparse.parse(confparse.render(page)) == page


def test_empty_listing_renders_the_banner() -> None:
    empty = Page(layout="listing")
    text = confparse.render(empty)
    assert text.split("\n") == [*listing.HEADER, "Subscribe"]
    assert confparse.parse(text) == empty


GOOD = Paper(title="Wasserstein GAN", abstract="We introduce WGAN.")


@pytest.mark.parametrize(
    "page",
    [
        Page(layout="listing", papers=(Paper(title="Wasserstein GAN"),)),
        Page(layout="listing", papers=(Paper(abstract="We introduce WGAN."),)),
        Page(
            layout="listing",
            papers=(Paper(title="W", abstract="We do.", authors=(Person(name="A B"),)),),
        ),
        Page(layout="listing", papers=(Paper(title="Two\nlines", abstract="We do."),)),
        Page(layout="listing", papers=(Paper(title="W", abstract="We do.\nWe did."),)),
        Page(layout="listing", papers=(Paper(title="W", abstract="We do.\n\nWe did."),)),
        Page(layout="listing", papers=(Paper(title="A full sentence.", abstract="We do."),)),
        Page(layout="listing", papers=(Paper(title="W", abstract="Reads as a title"),)),
        Page(layout="listing", papers=(Paper(title="65", abstract="We do."),)),
        Page(layout="listing", papers=(Paper(title="May 30", abstract="We do."),)),
        Page(layout="listing", papers=(Paper(title="Subscribe", abstract="We do."),)),
        Page(layout="listing", papers=(Paper(title="A\u00a0B", abstract="We do."),)),
        Page(layout="listing", papers=(Paper(title=" W", abstract="We do."),)),
        Page(layout="listing", papers=(Paper(title="W", abstract="We stop \u2026"),)),
        Page(layout="listing", papers=(Paper(title="x. y", abstract="x. y"),)),
        Page(
            layout="listing",
            papers=(Paper(title="A", abstract="x. y"), Paper(title="x. y", abstract="We do.")),
        ),
        Page(layout="listing", papers=(GOOD,), awards=(confparse.Award(name="Best Paper"),)),
        Page(layout="listing", papers=(attrs.evolve(GOOD, votes=65),)),
        Page(layout="listing", papers=(attrs.evolve(GOOD, submitted_by="alice_b"),)),
        Page(
            layout="listing",
            papers=tuple(
                Paper(title=f"[Code {n}](https://x.org)", abstract="We do.") for n in "123"
            ),
        ),
    ],
)
def test_unexpressible_pages_raise(page: Page) -> None:
    with pytest.raises(RenderError):
        confparse.render(page)


# -- properties -----------------------------------------------------------------------------
@given(cs.listing_pages())
@example(Page(layout="listing"))
@example(Page(layout="listing", papers=(GOOD, GOOD)))
def test_listing_pages_round_trip(page: Page) -> None:
    """JSON always round-trips; a page that renders parses back equal (and is detected)."""
    assert confparse.from_json(confparse.to_json(page), Page) == page
    try:
        text = confparse.render(page)
    except RenderError:
        return
    assert confparse.parse(text, layout="listing") == page
    assert confparse.parse(text) == page


def _outcomes(strategy: st.SearchStrategy[Page], render: Callable[[Page], str]) -> list[bool]:
    from hypothesis import settings

    outcomes: list[bool] = []

    @settings(max_examples=200, derandomize=True, database=None)
    @given(strategy)
    def draw(page: Page) -> None:
        try:
            render(page)
        except RenderError:
            outcomes.append(False)
        else:
            outcomes.append(True)

    draw()
    return outcomes


def test_listing_strategy_mostly_renders() -> None:
    """The round-trip property is not vacuous: most drawn pages render, some do not."""
    outcomes = _outcomes(cs.listing_pages(), confparse.render)
    assert len(outcomes) >= 100
    assert sum(outcomes) / len(outcomes) > 0.8
    assert not all(outcomes)
