"""The awards layout on the real ICML 2021 awards page, damaged copies of it, and its
round-trip properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import confparse
from confparse import Award, Page, Paper, ParseError, Person, RenderError, Session
from confparse import strategies as cs
from confparse.layouts import awards as layout
from confparse.layouts.kit.fields import is_award
from confparse.registry import DETECT_PREFIX
from line_check import check

from conftest import PAGES, page_text

OP, HM = "Outstanding Paper", "Outstanding Paper Honorable Mention"
VICOL = ("Paul Vicol", "Luke Metz", "Jascha Sohl-Dickstein")
TIAN = ("Yuandong Tian", "Xinlei Chen", "Surya Ganguli")
# (first line, last line) of each block on the real page, 1-based, checked by hand
BLOCK_LINES = [(4, 7), (9, 14), (16, 19), (21, 24), (26, 29), (31, 36), (38, 40), (41, 44),
               (46, 49), (51, 56)]  # fmt: skip


def parse_awards(text: str, **kwargs: object) -> Page:
    return confparse.parse(text, layout="awards", **kwargs)  # type: ignore[arg-type]


def authors(award: Award) -> tuple[str, ...]:
    return tuple(person.name for person in award.paper.authors)


@pytest.fixture
def real() -> Page:
    return confparse.parse(page_text("000"))


# -- the real page ------------------------------------------------------------------------
def test_real_page_detects_as_awards_and_parses_clean(real: Page) -> None:
    assert real.layout == "awards"
    assert real.diagnostics == ()
    assert (real.sessions, real.papers) == ((), ())
    scores = dict(confparse.detect(page_text("000")))
    assert scores["awards"] >= 0.5
    assert scores["awards"] > scores["session"]


OTHER_PAGES = sorted(
    path
    for path in PAGES.rglob("*")
    if path.is_file() and not path.name.startswith(("000", "README"))
)


@pytest.mark.parametrize("path", OTHER_PAGES, ids=lambda path: path.name)
def test_other_pages_score_low(path: Path) -> None:
    """Session pages, the listing, detail pages and the wild captures are not awards pages."""
    assert dict(confparse.detect(path.read_bytes()))["awards"] < 0.5


def test_real_page_golden_facts(real: Page) -> None:
    lines = page_text("000").split("\n")
    assert len(real.awards) == 10
    assert [a.name for a in real.awards] == [OP, OP] + [HM] * 8
    assert [i for i, a in enumerate(real.awards) if a.virtual] == [1, 5, 9]
    assert all(a.paper.title is None for a in real.awards)
    assert [(a.span.first, a.span.last) for a in real.awards if a.span] == BLOCK_LINES
    first = real.awards[0]
    assert first == Award(
        name=OP, paper=Paper(authors=tuple(Person(name=n) for n in VICOL), abstract=lines[6])
    )
    last = real.awards[-1]
    assert last.name == HM and last.virtual
    assert authors(last) == TIAN
    assert last.paper.abstract_truncated
    assert last.paper.abstract == lines[55].removesuffix(" \u2026")
    assert last.paper.abstract is not None
    assert last.paper.abstract.endswith("ablation studies in both STL-10 and ImageNet.")
    assert [i for i, a in enumerate(real.awards) if a.paper.abstract_truncated] == [6, 9]
    everyone = {name for award in real.awards for name in authors(award)}
    assert "Nikolas N\u00fcsken" in everyone
    assert authors(real.awards[5]) == (
        "Will Grathwohl", "Kevin Swersky", "Milad Hashemi", "David Duvenaud", "Chris Maddison",
    )  # fmt: skip


def test_duplicate_blocks_are_kept(real: Page) -> None:
    """Blocks repeat (in person and virtual, or identically); each is its own record."""
    assert real.awards[2] == real.awards[3]
    assert real.awards[0].paper == real.awards[1].paper
    assert (real.awards[0].virtual, real.awards[1].virtual) == (False, True)


def test_block_without_blank_lines_parses_like_the_others(real: Page) -> None:
    """Lines 38-41: authors, abstract and the next award name with no blank line between."""
    glued, spaced = real.awards[6], real.awards[9]
    assert glued.paper == spaced.paper
    assert authors(glued) == TIAN
    assert real.awards[7].name == HM
    assert authors(real.awards[7])[0] == "Will Grathwohl"


@pytest.mark.parametrize("block", range(10))
def test_removing_blank_lines_of_any_block_changes_nothing(real: Page, block: int) -> None:
    lines = page_text("000").split("\n")
    first, last = BLOCK_LINES[block]
    glued = lines[: first - 1] + [s for s in lines[first - 1 : last] if s.strip()]
    glued += [s for s in lines[last : last + 1] if s.strip()] + lines[last + 1 :]
    page = parse_awards("\n".join(glued))
    assert page.diagnostics == ()
    assert page.awards == real.awards


def test_real_page_is_a_fixed_point(real: Page) -> None:
    text = confparse.render(real)
    again = parse_awards(text)
    assert again == real
    assert again.diagnostics == ()
    assert confparse.render(again) == text


def test_render_keeps_every_line_but_the_boilerplate(real: Page) -> None:
    """Rendering only adds blank lines (around the glued block) and drops the site furniture."""
    original = [s for s in page_text("000").split("\n")[1:] if s.strip()]
    rendered = confparse.render(real).split("\n")
    assert [s for s in rendered if s] == original
    assert rendered.count("[ Virtual ]") == 3
    assert sum(line.endswith("ImageNet. \u2026") for line in rendered) == 2


def test_real_page_json_round_trip_renders_the_same(real: Page) -> None:
    back = confparse.from_json(confparse.to_json(real), Page)
    assert back == real
    assert confparse.render(back) == confparse.render(real)


def test_real_page_is_the_bundled_example() -> None:
    assert confparse.examples.load("icml2021-awards") == page_text("000")


# -- damaged pages: diagnostics stay inside the damaged block -----------------------------
def _without(text: str, *numbers: int) -> str:
    return "\n".join(s for n, s in enumerate(text.split("\n"), 1) if n not in numbers)


def _intact_except(page: Page, real: Page, block: int) -> None:
    others = [a for i, a in enumerate(page.awards) if i != block]
    assert others == [a for i, a in enumerate(real.awards) if i != block]


@pytest.mark.parametrize(("block", "author_line"), [(3, 22), (6, 39), (9, 52)])
def test_missing_author_line_is_diagnosed_in_its_block(
    real: Page, block: int, author_line: int
) -> None:
    page = parse_awards(_without(page_text("000"), author_line))
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.severity) == ("award-without-authors", "error")
    assert diagnostic.line == BLOCK_LINES[block][0]
    assert len(page.awards) == 10
    damaged = page.awards[block]
    assert (damaged.name, damaged.paper.authors) == (HM, ())
    assert damaged.paper.abstract == real.awards[block].paper.abstract
    _intact_except(page, real, block)


@pytest.mark.parametrize(("block", "name_line"), [(3, 21), (6, 38), (0, 4)])
def test_missing_award_name_is_diagnosed_in_its_block(
    real: Page, block: int, name_line: int
) -> None:
    page = parse_awards(_without(page_text("000"), name_line))
    assert page.awards == real.awards[:block] + real.awards[block + 1 :]
    codes = [d.code for d in page.diagnostics]
    assert codes[0] == "award-name-missing"
    assert set(codes[1:]) == {"unparsed-line"}
    first, last = BLOCK_LINES[block]
    # line numbers after the deleted line moved up by one
    assert all(first <= d.line <= last - 1 for d in page.diagnostics)


def test_garbled_award_name_is_kept_and_diagnosed(real: Page) -> None:
    lines = page_text("000").split("\n")
    lines[20] = "%% Outstndng Papr Honrable Mntion."
    page = parse_awards("\n".join(lines))
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.line) == ("award-name-unrecognised", 21)
    assert page.awards[3].name == "%% Outstndng Papr Honrable Mntion."
    assert page.awards[3].paper == real.awards[3].paper
    _intact_except(page, real, 3)


def test_stray_line_before_the_blocks_is_reported(real: Page) -> None:
    text = page_text("000").replace("\n\n\n", "\n\nMenu\n\n", 1)
    page = confparse.parse(text)
    assert page.layout == "awards"
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.text) == ("unparsed-line", 3, "Menu")
    assert page.awards == real.awards


def test_strict_raises_at_the_damaged_line() -> None:
    with pytest.raises(ParseError) as raised:
        parse_awards(_without(page_text("000"), 22), strict=True)
    assert (raised.value.code, raised.value.line) == ("award-without-authors", 21)


# -- small pages --------------------------------------------------------------------------
def test_unseen_award_name_is_taken_from_its_place() -> None:
    text = "Reviewers' Choice Medal\nAnn Lee · Bo Chen\n\nWe study things.\n\nBest Paper\nJo Kim"
    page = parse_awards(text)
    assert page.diagnostics == ()
    assert [a.name for a in page.awards] == ["Reviewers' Choice Medal", "Best Paper"]
    assert authors(page.awards[0]) == ("Ann Lee", "Bo Chen")
    assert authors(page.awards[1]) == ("Jo Kim",)  # a single author, no separator
    assert page.awards[0].paper.abstract == "We study things."


def test_unseen_name_needs_a_block_boundary() -> None:
    """Without a blank line above it, a short line is abstract text, not an award name."""
    text = "Best Paper\nAnn Lee · Bo Chen\n\nFirst line.\nShort Label\nJo Kim"
    page = parse_awards(text)
    assert len(page.awards) == 1
    assert page.awards[0].paper.abstract == "First line. Short Label Jo Kim"


def test_virtual_marker_variants_and_multi_paragraph_abstract() -> None:
    text = "Best Paper\nAnn Lee · Bo Chen\n[Virtual]\nPart one.\n\nPart two …"
    (award,) = parse_awards(text).awards
    assert award.virtual
    assert award.paper.abstract == "Part one.\n\nPart two"
    assert award.paper.abstract_truncated
    assert confparse.render(parse_awards(text)) == (
        "Best Paper\nAnn Lee · Bo Chen\n\n[ Virtual ]\n\nPart one.\n\nPart two \u2026"
    )


@pytest.mark.parametrize(
    "head",
    ["Best Paper\n[ Virtual ]\nAnn Lee · Bo Chen", "Best Paper\nAnn Lee · Bo Chen\n[ Virtual ]"],
)
def test_virtual_marker_above_or_below_the_authors_marks_the_award(head: str) -> None:
    """The marker is read for what it is wherever the head prints it: above the authors it
    neither hides the block nor turns the authors into abstract text."""
    page = parse_awards(f"{head}\n\nText of the abstract.\n\nTest of Time Award\nJo Kim · Al Wu")
    first, second = page.awards
    assert (first.virtual, [p.name for p in first.paper.authors]) == (True, ["Ann Lee", "Bo Chen"])
    assert first.paper.abstract == "Text of the abstract."
    assert (second.name, second.virtual) == ("Test of Time Award", False)
    assert confparse.detect(f"{head}\n\nText.\n\nTest of Time Award\nJo Kim · Al Wu")[0][0] == (
        "awards"
    )


def test_known_award_name_over_blank_lines_keeps_its_authors() -> None:
    """An extractor that keeps the page source's newlines puts blank lines between a block's
    lines: a known award name still takes the next line that is not blank as its authors,
    and that line starts no nameless block of its own."""
    text = "Best Paper\n\n\nAnn Lee · Bo Chen\n\n\nText.\n\n\nTest of Time Award\n\n\nJo Kim"
    page = parse_awards(text)
    assert [(a.name, [p.name for p in a.paper.authors]) for a in page.awards] == [
        ("Best Paper", ["Ann Lee", "Bo Chen"]),
        ("Test of Time Award", ["Jo Kim"]),
    ]
    assert page.awards[0].paper.abstract == "Text."
    assert page.diagnostics == ()


def test_empty_page_parses_and_renders_empty() -> None:
    assert parse_awards("") == Page(layout="awards")
    assert confparse.render(Page(layout="awards")) == ""


def test_detection_reads_only_the_start_of_the_page() -> None:
    padding = "\n".join(f"menu item {n}" for n in range(700))
    assert len(padding) < DETECT_PREFIX < 2 * len(padding)
    # awards blocks after a long menu, still inside the prefix: found (a menu is one
    # paragraph, so it hardly dilutes them)
    assert layout.detect_text(padding + "\n" + page_text("000")) >= 0.5
    # past the prefix: not seen at all
    assert layout.detect_text(padding + "\n" + padding + "\n" + page_text("000")) == 0.0
    assert layout.detect_text(page_text("000")) == 1.0


# -- rendering refusals ---------------------------------------------------------------------
_ANN = (Person(name="Ann Lee"), Person(name="Bo Chen"))


@pytest.mark.parametrize(
    ("page", "match"),
    [
        (Page(layout="awards", sessions=(Session(title="S"),)), "awards only"),
        (Page(layout="session", awards=(Award(name="Best Paper"),)), "awards only"),
        (Page(layout="awards", awards=(Award(name="Best Paper"),)), "no authors"),
        (
            Page(layout="awards", awards=(Award(name="Kořínek Medal", paper=Paper(title="T",
                 authors=_ANN)),)),
            "known award name",
        ),
        (
            Page(layout="awards", awards=(Award(name="Outstanding Paper", paper=Paper(
                 title="Jo Kim \u00b7 Al Wu", authors=_ANN)),)),
            "block structure",
        ),
        (
            Page(layout="awards", awards=(Award(name="Best Paper", paper=Paper(authors=_ANN,
                 votes=3)),)),
            r"cannot print Paper\.votes",
        ),
        (
            Page(layout="awards", awards=(Award(name="Best Paper", paper=Paper(authors=(
                Person(name="Ann · Lee"),))),)),
            "same authors",
        ),
        (
            Page(layout="awards", awards=(Award(name="Best Paper", paper=Paper(authors=_ANN,
                 abstract="Intro.\n\nTest of Time Award\nJo Kim · Al Wu\n\nEnd.")),)),
            "wrapped line",
        ),
        (
            Page(layout="awards", awards=(Award(name="Best Paper", paper=Paper(authors=_ANN,
                 abstract="[ Virtual ]\n\nText.")),)),
            "virtual marker",
        ),
        (
            Page(layout="awards", awards=(Award(name="Our paper.", paper=Paper(authors=_ANN)),)),
            "Our paper.",
        ),
    ],
)  # fmt: skip
def test_render_refuses_what_would_not_read_back(page: Page, match: str) -> None:
    with pytest.raises(RenderError, match=match):
        layout.render(page)


# -- properties ---------------------------------------------------------------------------
REAL_PAGE = confparse.parse(page_text("000"))


@given(cs.award_pages())
@example(Page(layout="awards"))
@example(REAL_PAGE)
def test_rendered_award_pages_parse_back_equal(page: Page) -> None:
    try:
        text = confparse.render(page)
    except RenderError:
        return
    assert parse_awards(text) == page


@given(st.one_of(cs.award_pages(max_awards=2), cs.awards()))
@example(REAL_PAGE)
def test_json_round_trip(obj: object) -> None:
    assert confparse.from_json(confparse.to_json(obj), type(obj)) == obj


def test_award_strategy_mostly_renders_and_reaches_hard_cases() -> None:
    """The round-trip property is not vacuous: most pages render, and the rendered ones
    include unseen names, single and unicode authors, virtual, truncated and
    multi-paragraph abstracts, and repeated blocks."""
    outcomes: list[bool] = []
    seen: set[str] = set()

    @settings(max_examples=200, derandomize=True, database=None)
    @given(cs.award_pages())
    def draw(page: Page) -> None:
        try:
            confparse.render(page)
        except RenderError:
            outcomes.append(False)
            return
        outcomes.append(True)
        for award in page.awards:
            names = [p.name for p in award.paper.authors]
            abstract = award.paper.abstract or ""
            seen.update(
                label
                for label, hit in [
                    ("unseen", not is_award(award.name)),
                    ("single", len(names) == 1),
                    ("unicode", any(not n.isascii() for n in names)),
                    ("virtual", award.virtual),
                    ("truncated", award.paper.abstract_truncated),
                    ("paragraphs", "\n\n" in abstract),
                    ("no-abstract", not abstract),
                    ("repeated", page.awards.count(award) > 1),
                ]
                if hit
            )

    draw()
    assert len(outcomes) >= 100
    assert sum(outcomes) / len(outcomes) > 0.8
    assert seen == {"unseen", "single", "unicode", "virtual", "truncated", "paragraphs",
                    "no-abstract", "repeated"}  # fmt: skip


_SOUP = st.sampled_from(
    [*page_text("000").split("\n")[:20], "Best Paper", "Jo Kim", "Ann Lee · Bo Chen", "[ Virtual ]",
     "Outstanding Paper", "·", "Menu", "Text …", "Skip to main content", ""]
)  # fmt: skip


@given(st.lists(_SOUP, max_size=30))
@example(["Outstanding Paper", "Best Paper", "Ann Lee · Bo Chen"])  # found by the fuzzer
def test_any_mix_of_block_lines_parses_and_clean_pages_round_trip(lines: list[str]) -> None:
    """Lines of real and damaged blocks in any order: parse never fails, diagnostics point at
    non-blank lines, and a page parsed without diagnostics renders back to itself."""
    text = "\n".join(lines)
    page = parse_awards(text)
    assert all(lines[d.line - 1].strip() for d in page.diagnostics)
    if page.diagnostics:
        return
    try:
        rendered = confparse.render(page)
    except RenderError:
        return
    assert parse_awards(rendered) == page


def test_next_block_on_the_author_line_leaves_the_name_without_authors() -> None:
    page = parse_awards("Outstanding Paper\nBest Paper\nAnn Lee · Bo Chen")
    assert [a.name for a in page.awards] == ["Outstanding Paper", "Best Paper"]
    assert page.awards[0].paper.authors == ()
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.line) == ("award-without-authors", 1)


def test_unseen_name_glued_to_the_previous_abstract_is_kept_and_diagnosed() -> None:
    text = "Best Paper\nAnn Lee · Bo Chen\nWe study things.\nMy Medal\nJo Kim · Al Wu\n\nMore."
    page = parse_awards(text)
    assert [a.name for a in page.awards] == ["Best Paper", "My Medal"]
    assert page.awards[0].paper.abstract == "We study things."
    assert authors(page.awards[1]) == ("Jo Kim", "Al Wu")
    (diagnostic,) = page.diagnostics
    assert (diagnostic.code, diagnostic.line) == ("award-name-unrecognised", 4)


def test_awards_capture_cut_mid_abstract_marks_the_last_one_truncated() -> None:
    from conftest import page_text

    text = page_text("000")
    text = text[: text.rindex("ImageNet")]  # inside the last abstract, before its " …"
    page = confparse.parse(text)
    assert page.layout == "awards"
    assert page.awards[-1].paper.abstract_truncated
    assert page.awards[-1].paper.abstract is not None
    assert page.awards[-1].paper.abstract.endswith("STL-10 and")


_ROOM_BLOCKS = (
    "Outstanding Paper\nAda Lovelace · Alan Turing\n\n[ Exhibit Hall 1 ]\n\nWe study things.\n\n"
    "Best Paper\n[ Ballroom A ]\nGrace Hopper · Edsger Dijkstra\n\nWe study other things.\n"
)


def test_a_room_in_brackets_is_reported_and_no_part_of_the_abstract() -> None:
    """The platform prints an award's room where a virtual one prints ``[ Virtual ]``, below
    the authors or above them; an `Award` has no room, so the line is an info diagnostic."""
    page = confparse.parse(_ROOM_BLOCKS, "awards")
    assert [(a.name, a.paper.abstract, a.virtual) for a in page.awards] == [
        ("Outstanding Paper", "We study things.", False),
        ("Best Paper", "We study other things.", False),
    ]
    assert [p.name for p in page.awards[1].paper.authors] == ["Grace Hopper", "Edsger Dijkstra"]
    assert [(d.code, d.severity, d.line, d.text) for d in page.diagnostics] == [
        ("award-room", "info", 4, "[ Exhibit Hall 1 ]"),
        ("award-room", "info", 9, "[ Ballroom A ]"),
    ]


def test_an_abstract_that_starts_with_a_room_in_brackets_is_not_rendered() -> None:
    paper = Paper(authors=(Person(name="Ada Lovelace"),), abstract="[ Hall A ]\n\nWe study.")
    with pytest.raises(RenderError, match="virtual marker or a room"):
        confparse.render(Page(layout="awards", awards=(Award(name="Best Paper", paper=paper),)))


# -- event cards: a title over the award name ----------------------------------------------
_CARD = (
    "{title}\nOutstanding Paper\nAnn Lee \u00b7 Bo Chen\nTue 12 Dec 05:45 PM CET\n"
    "[ Great Hall & Hall B1+B2 (level 1) ]\n\nAbstract\nWe study things. It works."
)


@pytest.mark.parametrize(
    "title",
    [
        "A Title of a Paper",
        "What Makes Data Suitable? A Condition Based on Quantum Entanglement.",
        "Does Localization Inform Editing? Localization vs. Knowledge Editing",
    ],
)
def test_an_event_card_prints_the_title_over_the_award_name(title: str) -> None:
    """The cards that awards pages are made of print the title above the award name, and
    the time, the room and an ``Abstract`` toggle between the authors and the abstract."""
    others = [_CARD.format(title=f"Another Title {n}") for n in range(3)]
    page = confparse.parse("\n\n".join([_CARD.format(title=title), *others]))
    assert page.layout == "awards"  # four author lines: no detail page's head
    assert [(a.name, a.paper.title) for a in page.awards] == [
        ("Outstanding Paper", title),
        *[("Outstanding Paper", f"Another Title {n}") for n in range(3)],
    ]
    first = page.awards[0]
    assert first.paper.authors == _ANN
    assert first.paper.abstract == "We study things. It works."
    assert [(d.code, d.line) for d in page.diagnostics[:4]] == [
        ("award-time", 4),
        ("award-room", 5),
        ("award-time", 13),
        ("award-room", 14),
    ]
    assert first.span is not None and (first.span.first, first.span.last) == (1, 8)


def test_an_abstracts_last_sentences_over_an_award_name_are_no_title() -> None:
    """A line of two sentences, or one that ends with the site's cut, right above an award
    name stays the end of the abstract above it."""
    for end in ("It works. We show it.", "We show that it\u2026"):
        text = (
            "Outstanding Paper\nAnn Lee \u00b7 Bo Chen\n\nWe study things.\n\n"
            f"{end}\nTest of Time Award\nJo Kim \u00b7 Al Wu\n\nMore."
        )
        awards = confparse.parse(text).awards
        assert [(a.name, a.paper.title) for a in awards] == [
            ("Outstanding Paper", None),
            ("Test of Time Award", None),
        ]
        assert awards[0].paper.abstract is not None
        assert awards[0].paper.abstract.endswith(end.removesuffix("\u2026"))


# -- an awards page made of event cards, in every capture of such cards ---------------------
_CARD_CAPTURES = sorted((PAGES / "recaptured").glob("05_neurips2023_poster-cards_dom-fragment.*"))
_AWARD_FOR_KIND = {
    "Poster": "Outstanding Paper",
    "Spotlight Poster": "Outstanding Paper Honorable Mention",
}


def _as_awards(text: str) -> str:
    """*text* with each card's kind line (``Poster``, ``Spotlight Poster``, bare or in a
    converter's emphasis or heading) changed to an award name: the cards of an awards page,
    which print the award where the other event cards print the kind."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        kind = line.strip().strip("*#_ ")
        if kind in _AWARD_FOR_KIND:
            lines[number] = line.replace(kind, _AWARD_FOR_KIND[kind])
    return "\n".join(lines)


@pytest.mark.parametrize("path", _CARD_CAPTURES, ids=lambda path: path.name.split(".")[1])
def test_award_cards_give_the_cards_papers_in_every_capture(path: Path) -> None:
    """Each capture of NeurIPS 2023's event cards (real captures, 21 tools), its kinds made
    award names, reads as an awards page whose awards hold the papers that the cards
    layout reads from the capture: the title above the name (on its line, over blank lines,
    or wrapped over two), the authors (wrapped, over the card's time), the abstract (after
    the time, the room, the picture and the ``Abstract`` toggle)."""
    text = path.read_text(encoding="utf-8")
    cards = [talk.paper for session in confparse.parse(text).sessions for talk in session.talks]
    page = confparse.parse(_as_awards(text))
    assert page.layout == "awards"
    assert {award.name for award in page.awards} == set(_AWARD_FOR_KIND.values())
    assert len(page.awards) == len(cards) == 119
    differ = [
        number
        for number, (award, paper) in enumerate(zip(page.awards, cards, strict=True))
        if paper is None
        or (award.paper.title, award.paper.authors, award.paper.abstract)
        != (paper.title, paper.authors, paper.abstract)
    ]
    assert differ == []
    assert not [d for d in page.diagnostics if d.severity == "error"]
    assert check(_as_awards(text)) == []  # every line in a field, a diagnostic or furniture
