"""A file that holds several real pages, pasted one after the other.

The first page's records come out as they do from the page alone, and a ``second-page``
error names the line where the next page starts (its ``Skip to yearly menu bar`` link, its
reader header, a clipping's title over its ``Source:`` field, its navigation menu, or a
session header after the talks): the second page's
header never ends up in the last abstract, and its times never date the first page's talks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import confparse
from confparse.capture.document import HEAD_CHARS
from confparse.layouts.kit.pagestart import second_page

PAGES = Path(__file__).parent / "pages"

PAIRS = [
    ("001_0d9663f37bf93543.txt", "002_d2faed4b193087f1.txt", "Skip to yearly menu bar"),
    ("001_0d9663f37bf93543.txt", "004_d0a5187bc3787582.txt", "Moderator: Grigorios Chrysos"),
    ("004_d0a5187bc3787582.txt", "001_0d9663f37bf93543.txt", "Skip to yearly menu bar"),
    ("002_d2faed4b193087f1.txt", "session/icml2025_poster-session-3-west.txt", "Skip to"),
    ("detail/01_neurips2023_poster71095_plain.txt", "detail/02_neurips2023_poster70701_plain.txt",
     "NeurIPS"),
    ("wild/03_icml2025_poster46224_plain.txt", "wild/01_icml2025_poster46593_jina.md",
     "Title: ICML Poster"),
    ("detail/03_neurips2023_poster71095_reader.md", "detail/03_neurips2023_poster71095_reader.md",
     "Title: NeurIPS 2023"),
    ("wild/01_icml2025_poster46593_jina.md", "found/16_icml2026_poster_62408_collector-markdown.md",
     "ChaosNexus"),  # a clipping's title over its "> Source: https://..." field
]  # fmt: skip


def _joined(first: str, second: str) -> tuple[str, int]:
    """The two pages as one text, and the 1-based number of the second page's first line."""
    head = (PAGES / first).read_text(encoding="utf-8")
    tail = (PAGES / second).read_text(encoding="utf-8")
    head = head if head.endswith("\n") else head + "\n"
    return head + tail, head.count("\n") + 1


def _records(page: confparse.Page) -> list[object]:
    talks = [(t.kind, t.start, t.paper) for s in page.sessions for t in s.talks]
    return [*talks, *page.papers, *page.awards]


@pytest.mark.parametrize(("first", "second", "start"), PAIRS, ids=lambda v: str(v)[:24])
def test_the_first_page_is_read_and_the_second_is_reported(
    first: str, second: str, start: str
) -> None:
    text, second_line = _joined(first, second)
    page = confparse.parse(text)
    alone = confparse.parse(PAGES / first)
    assert page.layout == alone.layout
    assert _records(page) == _records(alone)
    [found] = [d for d in page.diagnostics if d.code == "second-page"]
    assert found.severity == "error"
    assert found.text.strip().startswith(start)
    assert f"line {found.line}" in found.message
    # the start reported is the second page's first line, or the first line of its header
    assert 1 <= second_line <= found.line
    lines = text.split("\n")
    assert all(not line.strip() for line in lines[second_line - 1 : found.line - 1]) or (
        start.startswith("Moderator")  # a session header: the kind and title above it
    )


def test_strict_parsing_stops_at_the_second_page() -> None:
    text, second_line = _joined("001_0d9663f37bf93543.txt", "002_d2faed4b193087f1.txt")
    with pytest.raises(confparse.ParseError) as raised:
        confparse.parse(text, strict=True)
    assert raised.value.code == "second-page"
    assert raised.value.line == second_line


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for folder in ("", "detail", "found", "session", "wild", "html")
        for p in (PAGES / folder).glob("*.*")
        if p.suffix in (".txt", ".md", ".html") and p.name != "README.md"
    ),
    ids=lambda p: p.name[:40],
)
def test_one_real_page_has_no_second_page(path: Path) -> None:
    page = confparse.parse(path) if _readable(path) else None
    if page is not None:
        assert not [d for d in page.diagnostics if d.code == "second-page"]


def _readable(path: Path) -> bool:
    try:
        confparse.parse(path)
    except confparse.UnknownLayoutError:
        return False
    return True


def test_a_session_header_starts_a_page_only_after_talks() -> None:
    stripped = ["Session", "", "Deep Learning", "", "Moderator: Yi Ma", "",
                "Wed 21 July 17:00 - 17:20 PDT", "Oral", "A title", "Ann Lee \u00b7 Bo Chen",
                "An abstract."]  # fmt: skip
    assert second_page(stripped) is None
    again = [*stripped, "", "Session", "", "Other Session", "", "Moderator: Cy Dee"]
    assert second_page(again) == len(stripped) + 1


# -- a page below other material ------------------------------------------------------------
OTHER_MATERIAL = [
    "not_conference/06_github_readme_icml-nips-iclr-dataset.md",
    "not_conference/10_workshop_site_cfp_mechinterp-neurips2025.md",
    "not_conference/19_openreview_forum_iclr2023_codegen_markdown.md",
    "not_conference/08_curated_paper_list_iclr2026-agents.md",  # longer than detection reads
]
BELOW = [
    "wild/01_icml2025_poster46593_jina.md",
    "wild/02_icml2025_poster44177_bytez_plain.txt",
    "001_0d9663f37bf93543.txt",
    "002_d2faed4b193087f1.txt",
    "detail/03_neurips2023_poster71095_reader.md",
]


@pytest.mark.parametrize("other", OTHER_MATERIAL, ids=lambda v: v.split("/")[-1][:20])
@pytest.mark.parametrize("page", BELOW, ids=lambda v: v.split("/")[-1][:24])
def test_a_page_below_other_material_gives_its_records(other: str, page: str) -> None:
    """A file that holds text of another kind above a page (a search tool's sources, a
    notes file) gives the page's records. Where the material fills what detection reads,
    the page is found by its start, and the lines above it are one warning."""
    text, page_line = _joined(other, page)
    parsed = confparse.parse(text)
    alone = confparse.parse(PAGES / page)
    assert parsed.layout == alone.layout
    assert _records(parsed) == _records(alone)
    first = (parsed.papers or [t for s in parsed.sessions for t in s.talks])[0]
    assert first.span is not None and first.span.first >= page_line
    before = [d for d in parsed.diagnostics if d.code == "before-page"]
    if len((PAGES / other).read_text(encoding="utf-8")) < HEAD_CHARS:
        assert not before  # detected from the start: the layout says each line above
        return
    assert [(d.line, d.severity) for d in before] == [(1, "warning")]
    assert before[0].end_line is not None and before[0].end_line < page_line + 10
    # the page's own diagnostics name the lines of the whole file
    shifted = {(d.code, d.line - page_line + 1) for d in parsed.diagnostics if d not in before}
    assert shifted >= {(d.code, d.line) for d in alone.diagnostics}


def test_material_without_a_page_below_is_still_refused() -> None:
    other = (PAGES / OTHER_MATERIAL[0]).read_text(encoding="utf-8")
    with pytest.raises(confparse.UnknownLayoutError):
        confparse.parse(other + "\n\nMain Navigation\n\nnothing of a page here\n")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("notes\n\nabout a page\n\n[Skip to yearly menu bar](#child-menu)\nICML", 4),
        ("notes\ntool: [Skip to yearly menu bar](#x)", 1),
        ("notes\n\nTitle: ICML Poster X\n\nURL Source: https://icml.cc/virtual/2025/poster/1", 2),
        ("Skip to yearly menu bar\nMain Navigation", None),  # the page's own start: no material
        ("notes\nno page here", None),
    ],
)
def test_first_page_start(text: str, start: int | None) -> None:
    from confparse.layouts.kit.pagestart import first_page_start

    assert first_page_start(text) == start


def test_the_warning_above_a_page_ends_right_above_its_first_line() -> None:
    """The lines above the page are every input line up to its first one, those that the
    capture left out of its lines too (the raw HTML at the end of pandoc's gfm page): none
    of them is lost."""
    recaptured = PAGES / "recaptured"
    above = (recaptured / "02_neurips2023_poster_71095.pandoc-gfm.txt").read_text("utf-8")
    page = (recaptured / "14_icml2026_cards_workshops.chromium-innertext.txt").read_text("utf-8")
    text = f"{above}\n\n{page}"
    page_line = len(above.split("\n")) + 2
    assert text.split("\n")[page_line - 1] == page.split("\n")[0]
    assert above.rstrip().endswith("</div>")  # raw HTML, not a line of the capture
    parsed = confparse.parse(text)
    (before,) = [d for d in parsed.diagnostics if d.code == "before-page"]
    assert (before.line, before.end_line) == (1, page_line - 1)
