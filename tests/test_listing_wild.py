"""The listing layout on real Hugging Face listings as users capture them (tests/pages/wild
04-06: scraper markdown, a plain export with URLs on their own lines, an HTML-to-markdown
export that prints every paper twice). Golden facts were checked by hand against the files."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

import confparse
from confparse import Link, Page, ParseOptions, RenderError
from confparse.capture import read as prepare
from confparse.catalog.dedupe import same_paper
from confparse.layouts import listing
from confparse.layouts.kit.ledger import BOILER, REPORTED, USED, LineState
from confparse.layouts.listing import links
from mutants import mutants

from conftest import PAGES, TODAY

WILD = {"04": "firecrawl", "05": "plain export", "06": "html2md"}


def wild_text(prefix: str) -> str:
    (path,) = (PAGES / "wild").glob(f"{prefix}_*")
    return Path(path).read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=sorted(WILD))
def prefix(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def parse_wild(prefix: str, **kwargs: object) -> Page:
    return confparse.parse(wild_text(prefix), today=TODAY, **kwargs)  # type: ignore[arg-type]


def state_of(prefix: str) -> tuple[LineState, Page]:
    """The page parsed through the layout directly, with the line ledger to inspect."""
    capture = prepare(wild_text(prefix))
    state = LineState(capture, ParseOptions())
    papers = listing.parse_papers(state)
    return state, Page(layout="listing", papers=papers, diagnostics=state.finish())


# -- every capture --------------------------------------------------------------------------
def test_detected_as_a_listing(prefix: str) -> None:
    scores = confparse.detect(wild_text(prefix))
    assert scores[0] == ("listing", 1.0)  # the banner over a clean listing: certain
    assert all(score < 0.5 for _, score in scores[1:])


def test_parses_without_errors(prefix: str) -> None:
    page = parse_wild(prefix)
    assert page.layout == "listing" and page.ok
    allowed = {("year-unknown", "info"), ("search-query", "info")}  # see docs/layouts/listing.md
    assert {(d.code, d.severity) for d in page.diagnostics} <= allowed
    assert (page.sessions, page.awards) == ((), ())
    assert page == confparse.parse(wild_text(prefix), layout="listing", today=TODAY)


def test_every_line_is_accounted_for(prefix: str) -> None:
    """Each line is used by the paper whose span holds it, skipped by a named rule,
    reported, or blank."""
    state, page = state_of(prefix)
    spans = [(p.span.first, p.span.last) for p in page.papers if p.span is not None]
    assert len(spans) == len(page.papers)
    assert all(a[1] < b[0] for a, b in pairwise(spans))  # in page order
    reported = {line for d in page.diagnostics for line in d.lines}
    for index, mark in enumerate(state.marks):
        number = index + 1
        if mark == USED:
            assert any(a <= number <= b for a, b in spans), number
        elif mark == BOILER:
            assert state.rules[index]
        elif mark == REPORTED:
            assert number in reported
        else:
            assert not state.stripped[index], number
    assert state.accounting()["unseen"] == 0


RULES = {
    "04": {"subscribe-banner": 3, "page-navigation": 7, "listing-date": 1,
           "byline-separator": 26, "author-avatars": 13},
    "05": {"page-title": 2, "site-navigation": 10, "page-navigation": 8, "subscribe-banner": 3,
           "listing-date": 1, "byline-separator": 29},
    "06": {"subscribe-banner": 3, "page-navigation": 7, "upvote-label": 36,
           "author-avatars": 22},
}  # fmt: skip


def test_furniture_rules_by_capture(prefix: str) -> None:
    state, _ = state_of(prefix)
    assert Counter(state.rules.values()) == RULES[prefix]


def test_json_round_trip(prefix: str) -> None:
    page = parse_wild(prefix)
    assert confparse.from_json(confparse.to_json(page), Page) == page


def test_no_field_keeps_markdown_or_furniture(prefix: str) -> None:
    for paper in parse_wild(prefix).papers:
        assert paper.title is not None and paper.abstract is not None
        assert not paper.abstract.startswith("[")  # a link the normaliser could not pair
        assert "  " not in paper.title and "\\" not in paper.title
        assert listing.furniture_rule(paper.title) is None
        assert all(links.keeps_link(link.url) for link in paper.links)
        assert paper.authors == ()


# -- 04: scraper markdown -------------------------------------------------------------------
def test_firecrawl_golden_facts() -> None:
    papers = parse_wild("04").papers
    assert len(papers) == 26
    assert papers[0].title == "OCC-RAG: Optimal Cognitive Core for Faithful Question Answering"
    assert papers[-1].title == (
        "Transparentize the Internal and External Knowledge Utilization in LLMs with "
        "Trustworthy Citation"
    )
    occ = papers[0]  # [101](login), byline [OCC](...), "May 29[6](...#community)"
    assert (occ.votes, occ.comments, occ.organization, occ.author_count) == (101, 6, "OCC", None)
    assert occ.published is None  # "May 29": no year on the page
    assert occ.links == (Link(text=occ.title, url="https://huggingface.co/papers/2606.00683"),)
    assert occ.abstract is not None
    assert occ.abstract.startswith("Recent progress in the development of language models")
    assert occ.abstract.endswith("and refusal (MuSiQue-Un) benchmarks.")
    radar = papers[1]
    assert (radar.votes, radar.comments, radar.organization) == (
        173,
        9,
        "Carnegie Mellon University",
    )
    noisy = papers[2]  # "[-]", hard breaks in the title and the abstract, "- " / "3 authors"
    assert noisy.title == (
        "The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research"
    )
    assert (noisy.votes, noisy.comments, noisy.author_count) == (0, None, 3)
    assert noisy.published == date(2025, 2, 27)
    assert noisy.abstract is not None
    # 20 hard-wrapped lines (each ending in a markdown break), unwrapped into one text
    assert "\n" not in noisy.abstract
    assert noisy.abstract.startswith(
        "Academic citations are widely used for evaluating research and tracing knowledge flows."
    )
    assert noisy.abstract.endswith(" of evidence.")
    umass = papers[3]
    assert (umass.votes, umass.comments) == (1, 1)
    assert umass.organization == "University of Massachusetts Amherst"
    assert papers[4].author_count == 10  # "- 10 authors"
    kdd = papers[9]  # "Jul 24, 2024 [2](...#community)"
    assert kdd.title == "Text-Driven Neural Collaborative Filtering Model for Paper Source Tracing"
    assert (kdd.votes, kdd.comments, kdd.author_count) == (8, 2, 4)
    assert kdd.published == date(2024, 7, 24)
    cite = papers[11]  # "[- 1 authors](...)", "Nov 20, 2025 [1](...)"
    assert (cite.author_count, cite.comments, cite.published) == (1, 1, date(2025, 11, 20))


def test_firecrawl_year_less_dates() -> None:
    """The listing date "Oct 2" has no year and no link: year-less dates stay None, with an
    info diagnostic on each, unless the caller gives the year."""
    page = parse_wild("04")
    assert [d.line for d in page.diagnostics] == [31, 43, 88, 100, 288, 394, 406, 440, 480, 519]
    assert page.year_source == "page"
    dated = parse_wild("04", year=2026)
    assert dated.diagnostics == () and dated.year_source == "argument"
    assert dated.papers[0].published == date(2026, 5, 29)
    assert dated.papers[16].published == date(2026, 1, 13)  # sui-1, "Jan 13 2"
    assert dated.papers[2].published == date(2025, 2, 27)  # a printed year is kept


def test_firecrawl_abstract_ending_in_a_url() -> None:
    kdd = parse_wild("04").papers[9]
    assert kdd.abstract is not None
    assert kdd.abstract.endswith(
        "The source code is publicly available at https://github.com/MyLove-XAB/KDDCupFinal."
    )


# -- 05: plain export -----------------------------------------------------------------------
def test_plain_export_golden_facts() -> None:
    papers = parse_wild("05").papers
    assert len(papers) == 29
    first, last = papers[0], papers[-1]
    assert (
        first.title == "Better than Your Teacher: LLM Agents that learn from Privileged AI Feedback"
    )
    assert last.title == (
        "LLMs Can Achieve High-quality Simultaneous Machine Translation as Efficiently as Offline"
    )
    assert (first.votes, first.author_count, first.published) == (1, 2, date(2024, 10, 7))
    assert first.links == (Link(url="https://huggingface.co/papers/2410.05434"),)
    assert (last.votes, last.author_count, last.published) == (0, 7, date(2025, 4, 13))
    arctic = papers[6]  # " [-] 19" ... "Sep 3, 2024 " / "2" / "#community" URL
    assert arctic.title == "Arctic-SnowCoder: Demystifying High-Quality Data in Code Pretraining"
    assert (arctic.votes, arctic.comments, arctic.author_count) == (19, 2, 3)
    assert arctic.published == date(2024, 9, 3)
    google = papers[8]  # " " / URL / " Google" / organisation URL / "·"
    assert google.title == "Soft Instruction De-escalation Defense"
    assert (google.votes, google.comments, google.organization) == (5, 1, "Google")
    assert google.author_count is None and google.published == date(2025, 10, 23)
    fusion = papers[9]
    assert (fusion.votes, fusion.comments, fusion.author_count) == (74, 10, 6)
    code2seq = papers[5]
    assert code2seq.abstract is not None and "{scriptsize CODE2SEQ}" in code2seq.abstract


def test_plain_export_renders_and_reads_back() -> None:
    """Plain links, one-line abstracts: the plain listing form can print the whole page."""
    page = parse_wild("05")
    text = confparse.render(page)
    again = confparse.parse(text)
    assert again == Page(layout="listing", papers=page.papers)
    assert again.diagnostics == ()
    assert confparse.render(again) == text


# -- 06: HTML-to-markdown, every paper twice ------------------------------------------------
TRENDING = [
    "Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation",
    "The Other Half of the Memory Wall: Serving 35B MoEs from SSD with Trained Routing Prediction",
    "TradingAgents: Multi-Agents LLM Financial Trading Framework",
    "UniMate: One Unified Model to Animate Diverse Skeletons",
    "VisionHOPE: Visual Backbones as Self-Modifying Learning Systems",
    "Efficient Memory Management for Large Language Model Serving with PagedAttention",
    "OpenDevin: An Open Platform for AI Software Developers as Generalist Agents",
    "LongCat-Video Technical Report",
    "Kronos: A Foundation Model for the Language of Financial Markets",
    "Raven: The Harness of Harnesses for Composable Agentic Intelligence",
    "4DCodeBench: Benchmarking Agents on Inverse Graphics of Dynamic Scenes",
    "Context Language Models",
    "Mem0: Building Production-Ready AI Agents with Scalable Long-Term Memory",
    "Prism: Dynamic Sparse Attention for Native 2K Joint Video-Audio Generation Model Training",
    "NeoHorse-1: Towards Recursive Self-Improvement via Agentic Post-Training with Routing Harness",
    "PaddleOCR-VL-1.6: Expanding the Frontier of Document Parsing with Under-Optimized Region "
    "Refinement and Progressive Post-Training",
    "YuE2: Unifying Symbolic and Audio Music Generation at Frontier Quality",
    "SmolDocling: An ultra-compact vision-language model for end-to-end multi-modal document "
    "conversion",
]


def test_trending_keeps_both_copies_of_every_paper() -> None:
    """Each paper is printed twice in a row ("· Published on Oct 4, 2026", then
    "· Oct 4, 2026"); both copies are kept, equal but for their spans."""
    papers = parse_wild("06").papers
    assert len(papers) == 2 * len(TRENDING)
    assert [p.title for p in papers[::2]] == TRENDING
    for first, second in zip(papers[::2], papers[1::2], strict=True):
        assert first == second
        assert same_paper(first, second)
        assert first.span is not None and second.span is not None
        assert first.span.last < second.span.first


def test_trending_golden_facts() -> None:
    papers = parse_wild("06").papers[::2]
    kandinsky = papers[0]
    assert (kandinsky.submitted_by, kandinsky.votes, kandinsky.stars) == ("vvasilev", 117, 131)
    assert (kandinsky.organization, kandinsky.published) == ("Kandinsky Lab", date(2026, 10, 4))
    assert (kandinsky.author_count, kandinsky.comments, kandinsky.authors) == (None, None, ())
    assert kandinsky.links == (
        Link(text=kandinsky.title, url="https://huggingface.co/papers/2610.05608"),
        Link(text="GitHub 131", url="https://github.com/kandinskylab/kandinsky-6"),
        Link(text="arXiv Page", url="https://arxiv.org/abs/2610.05608"),
    )
    edge = papers[1]  # a summary with a hard break inside
    assert (edge.organization, edge.stars, edge.votes) == ("Edge0", 3_290, 25)
    assert edge.abstract is not None and "On a single 24GB machine, Edge0 serves" in edge.abstract
    trading = papers[2]  # no "Submitted by"; "-" avatars, "4 authors", "· Published on ..."
    assert (trading.submitted_by, trading.organization, trading.author_count) == (None, None, 4)
    assert (trading.votes, trading.stars, trading.published) == (149, 110_000, date(2024, 12, 28))
    assert trading.links[0] == Link(url="https://huggingface.co/papers/2412.20138")  # image
    assert trading.abstract == (
        "A multi-agent framework using large language models for stock trading simulates "
        "real-world trading firms, improving performance metrics like cumulative returns and "
        "Sharpe ratio."
    )
    paged = papers[5]  # the title link broken over two lines
    assert (paged.submitted_by, paged.author_count, paged.stars) == ("akhaliq", 9, 86_100)
    assert (paged.votes, paged.published) == (76, date(2023, 9, 12))
    bench = papers[10]  # an organisation whose name starts with a digit
    assert (bench.organization, bench.published, bench.stars) == (
        "4DCodeBench",
        date(2026, 10, 2),
        82,
    )
    assert papers[-1].submitted_by == "andito"
    assert papers[-1].organization == "IBM Granite"


def test_captures_with_link_texts_or_line_breaks_do_not_render() -> None:
    with pytest.raises(RenderError, match="without their text"):
        confparse.render(parse_wild("06"))
    with pytest.raises(RenderError):
        confparse.render(parse_wild("04"))


# -- damage ---------------------------------------------------------------------------------
@pytest.mark.parametrize("page_prefix", sorted(WILD))
def test_mutants_never_lose_a_line_and_stay_local(page_prefix: str) -> None:
    from test_robustness import run_mutant

    text = wild_text(page_prefix)
    original = confparse.parse(text, layout="listing", today=TODAY)
    outcomes = Counter(
        run_mutant(mutant, "listing", original)
        for mutant in mutants(text, 120, 20261122 + int(page_prefix))
    )
    assert outcomes["parsed"] > outcomes["raised"]


# -- issue 13: read each line for what it is (found pages 07 and 08) -------------------------
def found_page(prefix: str) -> Page:
    (path,) = (PAGES / "found").glob(f"{prefix}_*")
    return confparse.parse(path, today=TODAY)


def test_text_browser_search_dump_gives_its_eleven_papers() -> None:
    """Found 07: link fragments (``][31]``), the storing tool's wrapper, the site menu and
    the bracketed vote counts before each title are read for what they are."""
    page = found_page("07")
    assert page.layout == "listing"
    assert len(page.papers) == 11
    first, gemini = page.papers[0], page.papers[1]
    assert first.title == "MURMUR: An Efficient Inference System for Long-Form ASR"
    assert (first.votes, first.author_count) == (0, 3)  # "[ - ][31]" before the title
    assert (gemini.votes, gemini.comments, gemini.author_count) == (65, 6, 671)
    assert gemini.published == date(2024, 3, 8)
    assert page.papers[8].organization == "Microsoft"  # "[[microsoft] Microsoft][67]"
    assert not any("][" in (p.title or "") + (p.abstract or "") for p in page.papers)
    # the wrapper and the menu are furniture; the last count has no paper (the capture is cut)
    assert [d.code for d in page.diagnostics if d.code != "year-unknown"] == ["unplaced-count"]


def test_text_browser_wrapper_and_menu_are_skipped_by_name() -> None:
    (path,) = (PAGES / "found").glob("07_*")
    state = _state(path.read_text(encoding="utf-8"))
    rules = {state.lines[i].strip(): rule for i, rule in state.rules.items()}
    # the capture stage knows the clipping tool's header, for every layout
    assert rules["URL: https://huggingface.co/papers?q=Long-context+ASR"] == "capture-header"
    assert rules["```text"] == "capture-header"
    assert rules["Web source"] == "capture-header"
    assert rules["HuggingChat"] == "site-navigation"
    assert rules["][31]"] == "link-fragment"


def _state(text: str) -> LineState:
    from test_robustness import captured_states

    with captured_states() as states:
        confparse.parse(text, layout="listing", today=TODAY)
    (state,) = states
    return state


def test_trending_markdown_star_links_are_stars_not_titles() -> None:
    """Found 08: ``[LINK: GitHub 11.3k](…)`` is the star count, a title wrapped with a
    two-space indent is one title, and every entry printed twice is two records that
    dedupe merges into one."""
    page = found_page("08")
    assert page.diagnostics == ()
    assert len(page.papers) == 22
    assert len(confparse.dedupe(page.papers)) == 11
    titles = [p.title for p in page.papers]
    assert not any(t is None or "GitHub" in t or "Papers with Code" in t for t in titles)
    assert page.papers[0].stars == 11_300
    assert page.papers[0].author_count == 8
    smol = page.papers[16]
    assert smol.title == (
        "SmolDocling: An ultra-compact vision-language model for end-to-end "
        "multi-modal document conversion"
    )
    assert smol.stars == 50_800
    shaper = page.papers[6]
    assert shaper.abstract is not None and shaper.abstract.endswith("transformer conditioning.")
    audio = page.papers[12]  # the abstract's last line is a bare URL
    assert audio.abstract is not None
    assert audio.abstract.endswith("https://continuous-audio-language-models.github.io")


def test_vote_button_goes_to_the_paper_it_names() -> None:
    """A vote count whose log-in link names the paper before it is that paper's votes, even
    without the ``Upvote`` label; one naming another paper is the next paper's."""
    lines = [
        "### [Grokking](https://huggingface.co/papers/2201.02177)",
        "",
        "We study grokking.",
        "",
        "[12](https://huggingface.co/login?next=%2Fpapers%2F2201.02177)",
        "",
        "[7](https://huggingface.co/login?next=%2Fpapers%2F1701.07875)",
        "",
        "### [Wasserstein GAN](https://huggingface.co/papers/1701.07875)",
        "",
        "We introduce WGAN.",
    ]
    page = confparse.parse("\n".join(lines), layout="listing")
    assert [(p.title, p.votes) for p in page.papers] == [("Grokking", 12), ("Wasserstein GAN", 7)]


# -- the saved daily page (html/04) as real tools re-captured it -----------------------------
DAILY = "04_hf_daily_papers_2024-08-01"
DAILY_READ = (
    "lynx",
    "lynx-nolist",
    "w3m",
    "chromium-innertext",
    "html2text",
    "markdownify",
    "crawl4ai",
    "pandoc-markdown_strict",
    "node-html-markdown",
    "markdownify-wrap",
    "pandoc-commonmark",
)
"""The re-captures of the daily page that read to its 13 papers. Its author names and
abstracts are in its embedded data only, which no tool prints: the text gives each paper's
title, votes, comment count, submitter and author count."""


def _counts(page: Page) -> list[tuple[object, ...]]:
    return [
        (p.title, p.votes, p.comments, p.submitted_by, p.author_count, p.abstract is None)
        for p in page.papers
    ]


@pytest.mark.parametrize("tool", DAILY_READ)
def test_a_recaptured_daily_page_gives_the_saved_pages_papers(tool: str) -> None:
    saved = confparse.parse(PAGES / "html" / f"{DAILY}.html", today=TODAY)
    page = confparse.parse(PAGES / "recaptured" / f"{DAILY}.{tool}.txt", today=TODAY)
    assert page.layout == "listing"
    expected = [(*fields[:5], True) for fields in _counts(saved)]
    assert len(expected) == 13 and _counts(page) == expected
    # nothing but the abstracts the page does not print is reported
    assert {d.code for d in page.diagnostics} <= {"missing-abstract"}
