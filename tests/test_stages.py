"""The stages and their seams: capture -> core -> layout -> export.

No import circle among the package's modules; every public module imports under its own
name; a third-party layout written against the public kit only, installed through an entry
point, gets the core's promises (every line accounted for, ``max_records``, ``strict``);
a version-1 layout still works and warns; the one options path; a deterministic render.
"""

from __future__ import annotations

import ast
import importlib
import sys
import warnings
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import confparse
from confparse import registry
from confparse.capture import Document, read
from confparse.layouts.kit import Ledger

SRC = Path(confparse.__file__).parent
PLUGIN_DIR = Path(__file__).parent / "plugin"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _top_level_imports(path: Path, module: str) -> set[str]:
    """The confparse modules that *path* imports when it is imported (not inside functions
    or ``if TYPE_CHECKING``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("confparse"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("confparse"):
                continue
            found.add(target)
            for alias in node.names:  # "from . import layouts" imports a module
                candidate = f"{target}.{alias.name}"
                if (SRC.parent / Path(*candidate.split("."))).exists() or (
                    SRC.parent / Path(*candidate.split("."))
                ).with_suffix(".py").exists():
                    found.add(candidate)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for target in _top_level_imports(path, name):
            # importing a.b.c runs a and a.b first: their __init__ is an edge too
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                prefix = ".".join(parts[:end])
                if prefix in modules and prefix != name and not name.startswith(prefix + "."):
                    edges.add(prefix)
        graph[name] = edges
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_circle() -> None:
    graph = _graph()
    assert len(graph) > 40
    assert "confparse.export.records" not in graph["confparse.models"]
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


PUBLIC_MODULES = [
    "confparse.capture",
    "confparse.catalog",
    "confparse.export",
    "confparse.layouts",
    "confparse.layouts.kit",
    "confparse.layouts.session",
    "confparse.layouts.awards",
    "confparse.layouts.listing",
    "confparse.layouts.detail",
    "confparse.strategies",
    "confparse.parallel",
]


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_each_public_module_imports_under_its_own_name(name: str) -> None:
    module = importlib.import_module(name)
    reached = confparse
    for part in name.split(".")[1:]:
        reached = getattr(reached, part)
    assert reached is module is sys.modules[name]


def test_old_callable_names_still_work_and_warn() -> None:
    page = confparse.parse(confparse.examples.load("icml2021-session"))
    with pytest.warns(DeprecationWarning, match="build_catalog"):
        book = confparse.catalog([page])  # type: ignore[operator]
    assert book == confparse.build_catalog([page])
    with pytest.warns(DeprecationWarning, match="layout_names"):
        names = confparse.layouts()  # type: ignore[operator]
    assert names == confparse.layout_names()


# -- a third-party layout, installed through an entry point ----------------------------------
@pytest.fixture
def installed_plugin(tmp_path: Path) -> Iterator[None]:
    """The reading-list layout, installed as a distribution whose entry point names it."""
    dist = tmp_path / "reading_list_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: reading-list-plugin\nVersion: 1.0\n"
    )
    (dist / "entry_points.txt").write_text(
        "[confparse.layouts]\nreading-list = reading_list\n", encoding="utf-8"
    )
    sys.path[:0] = [str(tmp_path), str(PLUGIN_DIR)]
    saved = dict(registry._registry), registry._loaded
    registry._registry.clear()
    registry._loaded = False
    importlib.invalidate_caches()
    try:
        yield
    finally:
        sys.path.remove(str(tmp_path))
        sys.path.remove(str(PLUGIN_DIR))
        registry._registry.clear()
        registry._registry.update(saved[0])
        registry._loaded = saved[1]
        sys.modules.pop("reading_list", None)


READING = "Reading list\nAttention Is All You Need \u2014 Ashish Vaswani, Noam Shazeer\n\n"


def test_plugin_uses_only_the_public_kit() -> None:
    tree = ast.parse((PLUGIN_DIR / "reading_list.py").read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert imported == {"__future__", "datetime", "confparse", "confparse.layouts.kit"}


@pytest.mark.usefixtures("installed_plugin")
def test_installed_plugin_is_detected_and_accounts_for_every_line() -> None:
    assert "reading-list" in confparse.layout_names()
    text = READING + "a stray line\nDeep Residual Learning \u2014 Kaiming He\n"
    page = confparse.parse(text)
    assert page.layout == "reading-list"
    assert [p.title for p in page.papers] == ["Attention Is All You Need", "Deep Residual Learning"]
    assert [(d.line, d.code) for d in page.diagnostics] == [(4, "not-an-entry")]
    assert confparse.parse(confparse.render(page)) == attrs_without_diagnostics(page)


def attrs_without_diagnostics(page: confparse.Page) -> confparse.Page:
    import attrs

    return attrs.evolve(page, diagnostics=())


@pytest.mark.usefixtures("installed_plugin")
def test_installed_plugin_gets_the_core_limits_and_strict_mode() -> None:
    many = "Reading list\n" + "".join(f"Paper {i} \u2014 Ann Lee\n" for i in range(5))
    assert len(confparse.parse(many, max_records=5).papers) == 5
    with pytest.raises(confparse.LimitError) as limit:
        confparse.parse(many, max_records=4)
    assert limit.value.code == "too-many-records"
    with pytest.raises(confparse.ParseError) as strict:
        confparse.parse(READING + "oops\n", strict=True)
    assert (strict.value.line, strict.value.code) == (4, "not-an-entry")


class _Unclaiming:
    """A version-2 layout that accounts for no line at all."""

    name = "lazy"
    api_version = 2

    def detect(self, document: Document) -> float:
        return 0.0

    def parse(self, document: Document, ledger: Ledger) -> confparse.layouts.kit.Records:
        return confparse.layouts.kit.Records()

    def render(self, page: confparse.Page, *, today: date) -> str:
        return ""


def test_lines_a_layout_leaves_are_reported_by_the_core() -> None:
    layout = _Unclaiming()
    registry.register(layout)
    try:
        page = confparse.parse("one\n\ntwo", layout="lazy")
    finally:
        registry._registry.pop("lazy")
    assert [(d.line, d.code) for d in page.diagnostics] == [
        (1, "unparsed-line"),
        (3, "unparsed-line"),
    ]


class _VersionOneLayout:
    name = "old-style"

    def detect(self, text: str) -> float:
        return 0.0

    def parse(self, text: str, options: confparse.ParseOptions) -> confparse.Page:
        first = text.split("\n", 1)[0]
        return confparse.Page(layout=self.name, papers=(confparse.Paper(title=first),))

    def render(self, page: confparse.Page) -> str:
        return page.papers[0].title or ""


def test_a_version_one_layout_works_through_the_shim_and_warns() -> None:
    with pytest.warns(DeprecationWarning, match="version 1"):
        registry.register(_VersionOneLayout())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # the warning came once, at registration
            page = confparse.parse("A title\nmore", layout="old-style")
            assert confparse.render(page) == "A title"
    finally:
        registry._registry.pop("old-style")
    assert page.layout == "old-style"
    assert page.papers[0].title == "A title"
    assert page.diagnostics == ()  # a version-1 layout keeps its own ledger


# -- the one options path, and render's date ----------------------------------------------
def test_options_and_overrides() -> None:
    text = confparse.examples.load("icml2021-session")
    options = confparse.ParseOptions(year=2021)
    assert confparse.parse(text, options=options) == confparse.parse(text, year=2021)
    assert confparse.parse(text, options=options, year=None).year_source == "weekday"
    with pytest.raises(TypeError, match="unknown parse option"):
        confparse.parse(text, yeer=2021)
    with pytest.raises(TypeError, match="ParseOptions"):
        confparse.parse(text, options={"year": 2021})  # type: ignore[arg-type]


def test_render_is_deterministic_given_today() -> None:
    page = confparse.parse(confparse.examples.load("icml2021-session"))

    def time_lines(text: str) -> list[str]:
        return [line for line in text.split("\n") if line.startswith("Wed 21 July")]

    in_2021 = confparse.render(page, today=date(2021, 12, 1))
    in_2030 = confparse.render(page, today=date(2030, 1, 1))
    assert confparse.render(page, today=date(2021, 12, 1)) == in_2021
    assert time_lines(in_2021)[0] == "Wed 21 July 17:00 - 17:20 PDT"  # the weekday gives 2021
    assert time_lines(in_2030)[0] == "Wed 21 July 2021 17:00 - 17:20 PDT"
    assert confparse.parse(in_2030) == page


# -- the capture stage -----------------------------------------------------------------------
def test_document_keeps_the_structure_of_a_markdown_capture() -> None:
    text = "# A title of a paper\n\nAnn Lee\n\n* [Paper](https://arxiv.org/abs/1)\n\nSub\n---\n"
    document = read(text + "[x](http://a) [y](http://b)\n")
    assert document.format == "markdown"
    assert document.headings == {0: 1, 6: 2}
    assert document.items == frozenset({4})
    assert document.links_on(4) == (confparse.Link(text="Paper", url="https://arxiv.org/abs/1"),)
    assert document.lines[0] == "A title of a paper"


def test_reader_header_is_capture_furniture() -> None:
    text = "Title: Daily Papers\nURL Source: https://huggingface.co/papers\n\nMarkdown Content:\nx"
    document = read(text)
    assert document.furniture == {0: "capture-header", 1: "capture-header", 3: "capture-header"}


def test_a_title_line_alone_is_not_a_header() -> None:
    assert read("Title: A Study\nof things").furniture == {}


def test_diagnostics_name_the_input_line_through_the_origin_map() -> None:
    document = Document("a\nb\nc", origin=(10, 20, 30))
    ledger = Ledger(document, confparse.ParseOptions())
    ledger.use(0)
    assert [(d.line, d.text) for d in ledger.finish()] == [(20, "b"), (30, "c")]


def test_a_markdown_listing_joins_a_hard_wrapped_abstract_without_title_links() -> None:
    """The layout reads the capture's format from the document, not from whether the page
    happens to carry links: the abstract's first line is no title."""
    text = (
        "# Daily Papers\n\n## A first paper title about things\n\n"
        "This abstract was wrapped by the writer\nover two lines of the capture.\n\n"
        "## A second paper title\n\nAnother abstract, on one line.\n"
    )
    page = confparse.parse(text, layout="listing")
    assert [(p.title, p.abstract) for p in page.papers] == [
        (
            "A first paper title about things",
            "This abstract was wrapped by the writer over two lines of the capture.",
        ),
        ("A second paper title", "Another abstract, on one line."),
    ]


def test_a_reader_service_header_makes_no_papers() -> None:
    from conftest import PAGES

    text = (PAGES / "wild" / "04_hf_papers_search_firecrawl.md").read_text(encoding="utf-8")
    header = (
        "Title: Daily Papers - Hugging Face\nURL Source: https://huggingface.co/papers\n\n"
        "Markdown Content:\n"
    )
    plain, wrapped = confparse.parse(text), confparse.parse(header + text)
    assert wrapped.layout == plain.layout == "listing"
    assert wrapped.papers == plain.papers
    assert not any(d.line <= 4 for d in wrapped.diagnostics)


def test_a_clipping_tools_header_and_fence_are_capture_furniture() -> None:
    from conftest import PAGES

    document = read(PAGES / "found" / "04_mlsys2025_session_3155_textdump.md")
    assert document.furniture == {i: "capture-header" for i in (0, 2, 3, 4, 6)}
    assert document.lines[7] == "Skip to yearly menu bar Skip to main content"  # links read
    path = PAGES / "found" / "08_hf_trending_via-paperswithcode_plain.md"
    assert read(path).furniture == {i: "capture-header" for i in (0, 1, 2, 3)}
    titles = [paper.title or "" for paper in confparse.parse(path).papers]
    assert not any("Papers with Code" in title for title in titles)


def test_yaml_front_matter_is_capture_furniture() -> None:
    """A notebook export's front matter: its closing "---" would underline the last field
    as a heading; the wrapper's lines read as blank, with no heading, item or link left."""
    text = (
        '---\nsource_id: "fb9b"\ntitle: "Daily Papers - Hugging Face"\n'
        "tags:\n  - papers\n- search\nurl: https://huggingface.co/papers?q=x\n---\n\n"
        "# Daily Papers - Hugging Face\n"
    )
    document = read(text)
    assert document.furniture == dict.fromkeys(range(8), "front-matter")
    assert document.headings == {9: 1}
    assert read("---\ntitle: A\n...\nText").furniture == dict.fromkeys(range(3), "front-matter")


@pytest.mark.parametrize(
    "text",
    [
        "---\nA paragraph under a rule.\n---\n",  # no "key: value" line
        "---\ntitle: A\nAnd then text that is no YAML.\n---\n",
        "---\ntitle: A\n",  # never closed
        "Intro\n---\ntitle: A\n---\n",  # not at the very top
    ],
)
def test_rules_around_text_are_no_front_matter(text: str) -> None:
    assert read(text).furniture == {}


def test_an_extraction_scripts_field_bullets_are_capture_furniture() -> None:
    """A repository's HTML-to-text script: the file's heading, bullets of its own fields
    (one names the page's URL) and the heading over the extracted page."""
    text = (
        "# Hugging Face - 2026 - Trending Papers\n\n"
        "- Source HTML: `raw/html/page.html`\n- Source SHA256: `0739`\n"
        "- Source URL: https://huggingface.co/papers/trending\n"
        "- Extraction: `structured-html-v2` (headings, links)\n\n## Extracted Text\n\nnew\n"
    )
    document = read(text)
    assert document.furniture == {i: "capture-header" for i in (0, 2, 3, 4, 5, 7)}
    assert document.items == frozenset() and 7 not in document.headings
    # without a field that names the page's URL, a heading over bullets is the page's own
    plain = "# Reading list\n\n- Source: a friend\n- Topic: agents\n\n## Content\n"
    assert read(plain).furniture == {}


def test_a_short_page_that_opens_with_a_heading_is_markdown() -> None:
    """Failure class 3 of the family: the title kept its '#' on a page too short for the
    markdown sniff's three signals."""
    document = read("# A title of a paper\nAnn Lee \u00b7 Bo Chen\n\nAbstract\nSome text.")
    assert document.format == "markdown"
    assert document.lines[0] == "A title of a paper"
    assert document.headings == {0: 1}
    assert read("#36\nA poster").format == "plain"  # a card position is no heading


def test_wrong_argument_types_of_parse_and_render_are_type_errors() -> None:
    with pytest.raises(TypeError, match="year must be an int"):
        confparse.parse("x", year="2021")
    with pytest.raises(TypeError, match="render takes a Page"):
        confparse.render(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="today must be a date"):
        confparse.parse("x", today=20261122)
    with pytest.raises(ValueError, match="today must be an ISO date"):
        confparse.parse("x", today="22 Nov 2026")


def test_today_may_be_an_iso_date_string_or_a_datetime() -> None:
    text = confparse.examples.load("icml2021-session")
    page = confparse.parse(text, today=date(2026, 11, 22))
    assert confparse.parse(text, today="2026-11-22") == page
    assert confparse.parse(text, today=datetime(2026, 11, 22, 23, 59)) == page
    assert confparse.ParseOptions(today="2026-11-22").today == date(2026, 11, 22)
    assert confparse.render(page, today="2030-01-01") == confparse.render(
        page, today=date(2030, 1, 1)
    )


@pytest.mark.parametrize("brackets", [0, 3, 200])
def test_a_truncation_marker_is_found_however_many_brackets_stand_before_it(
    brackets: int,
) -> None:
    """Plain captures hold few ``[`` (visited one by one), markdown many (searched at once):
    the marker line is capture furniture either way, and a bracket alone is not."""
    head = "[a] text\n" * brackets
    document = read(f"{head}Some text.\n[Content truncated]\n")
    assert document.furniture == {brackets + 1: "capture-truncated"}
    assert read(f"{head}Some text.\nNot [truncated] here\n").furniture == {}


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("1\n2\n3\n", False),  # nothing a wrapper starts or ends with
        ("Title: A\nURL Source: https://x.org/\nMarkdown Content:\nText\n", True),
        ("# Web source\n- URL: https://x.org/\n", True),
        ("Text\n[Content truncated]\n", True),
        ("Text\nReferences\n1. https://x.org/\n2. https://y.org/\n", True),
    ],
)
def test_wrapper_lines_split_the_text_only_when_a_wrapper_may_be_there(
    text: str, split: bool
) -> None:
    """A page with no wrapper is not split by the capture stage: a page that no layout
    reads is refused without holding one string per line."""
    from confparse.capture.wrappers import wrapper_lines

    calls: list[int] = []

    def lines() -> list[str]:
        calls.append(1)
        return text.split("\n")

    found = wrapper_lines(text, lines)
    assert bool(calls) is split
    assert bool(found) is split


@pytest.mark.parametrize(
    ("head", "header"),
    [
        ("", True),
        ("\n  \n", True),  # blank lines may stand before it
        ("Intro\n", False),  # a page line before it: a page that quotes such fields
        ("  ", False),  # an indented field is no header field
    ],
)
def test_a_reader_header_is_furniture_only_at_the_capture_start(head: str, header: bool) -> None:
    text = f"{head}Title: A paper\nURL Source: https://x.org/p\nMarkdown Content:\nText\n"
    found = set(read(text).furniture.values())
    assert found == ({"capture-header"} if header else set())


# -- spans name the input's lines ------------------------------------------------------------
@given(st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=40))
def test_line_index_reads_a_line_number_back(steps: list[int]) -> None:
    """`Document.line_index` inverts `line_number`: the first (or, with ``last=True``,
    the last) document line that an input line gives."""
    origin: list[int] = []
    number = 1
    for step in steps:  # input line numbers in order, equal where one input line splits
        number += step
        origin.append(number)
    document = Document("\n".join("x" * len(origin)), origin=tuple(origin))
    for index, line in enumerate(origin):
        first = document.line_index(line)
        last = document.line_index(line, last=True)
        assert first <= index <= last
        assert document.line_number(first) == document.line_number(last) == line
    assert Document("a\nb\nc").line_index(2) == 1


def test_a_ledger_span_is_in_input_lines_with_one_int_for_a_one_line_span() -> None:
    document = Document("a\nb\nc", origin=(3, 700, 1200))
    ledger = Ledger(document, confparse.ParseOptions())
    assert ledger.span(1, 2) == confparse.Span(first=700, last=1200)
    one = ledger.span(1)
    assert (one.first, one.last) == (700, 700) and one.first is one.last
