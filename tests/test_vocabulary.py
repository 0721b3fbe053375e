"""Vocabularies: each site's furniture in one object over one shared core (issue 11)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import confparse
from confparse.layouts import awards, cards, detail, session
from confparse.layouts.kit import (
    ALL_SITES,
    AUTHOR_SEPARATORS,
    BOILERPLATE,
    HUGGING_FACE,
    HUGGING_FACE_MENU,
    MONTHS,
    VIRTUAL_SITE,
    VIRTUAL_SITE_MENU,
    WEEKDAYS,
    Ledger,
    Vocabulary,
    with_capitals,
)
from confparse.options import ParseOptions

SRC = Path(confparse.__file__).parent


def test_a_vocabulary_knows_lines_by_their_whole_text() -> None:
    assert VIRTUAL_SITE.rule("Skip to yearly menu bar") == "site-navigation"
    assert VIRTUAL_SITE.rule("Skip to yearly menu bar now") is None
    # the two skip links with no whitespace between them in the page source
    assert VIRTUAL_SITE.rule("Skip to yearly menu barSkip to main content") == "site-navigation"
    assert "Subscribe" in HUGGING_FACE and "Subscribe" not in VIRTUAL_SITE
    assert VIRTUAL_SITE_MENU.rule("Help/FAQ") == "navigation-menu"


def test_hugging_faces_menu_holds_only_where_a_menu_stands() -> None:
    assert HUGGING_FACE_MENU.rule("Models") == "site-navigation"
    assert HUGGING_FACE_MENU.rule("Jobs") == "site-footer"
    assert "Models" not in ALL_SITES and "Models" not in BOILERPLATE


def test_a_union_knows_both_and_the_left_one_wins() -> None:
    left = Vocabulary("left", {"Same": "left-rule", "Only left": "l"})
    right = Vocabulary("right", {"Same": "right-rule", "Only right": "r"})
    both = left | right
    assert both.name == "left+right"
    assert dict(both.furniture) == {"Same": "left-rule", "Only left": "l", "Only right": "r"}
    with pytest.raises(TypeError):
        both.furniture["new"] = "x"  # type: ignore[index]


def test_all_sites_is_what_the_old_global_table_held() -> None:
    assert dict(ALL_SITES.furniture) == BOILERPLATE
    assert set(BOILERPLATE) == set(VIRTUAL_SITE.furniture) | set(HUGGING_FACE.furniture)


def test_the_virtual_site_layouts_name_their_site() -> None:
    for layout in (session, awards, detail, cards):
        assert layout.vocabulary is VIRTUAL_SITE


def test_the_ledger_matches_its_layouts_vocabulary_only() -> None:
    text = "Subscribe\nSkip to yearly menu bar"
    own = Ledger(text, ParseOptions(), VIRTUAL_SITE)
    assert [own.is_boilerplate(0), own.is_boilerplate(1)] == [False, True]
    every = Ledger(text, ParseOptions())  # a layout that names no vocabulary
    assert [every.is_boilerplate(0), every.is_boilerplate(1)] == [True, True]
    assert every.rules == {0: "subscribe-banner", 1: "site-navigation"}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("[thumbnail]", "image-alt-text"),  # pandoc's plain text of <img alt="thumbnail">
        ("[conference_logo]", "image-alt-text"),
        ("[ thumbnail ]", None),  # blanks at the edges: a bracketed room's shape
        ("[Great Hall]", None),  # bracketed text that the site does not print as furniture
        ("[[thumbnail]]", None),
        ("thumbnail]", None),
        ("[]", None),
    ],
)
def test_a_sites_picture_in_brackets_is_known_by_its_alternative_text(
    line: str, rule: str | None
) -> None:
    assert VIRTUAL_SITE.picture_rule(line) == rule
    ledger = Ledger(f"Title\n{line}", ParseOptions(), VIRTUAL_SITE)
    assert ledger.is_boilerplate(1) is (rule is not None)
    assert ledger.rules.get(1) == rule


def test_the_shared_core() -> None:
    assert WEEKDAYS == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert MONTHS[0] == "Jan" and MONTHS[8] == "Sep" and len(MONTHS) == 12
    assert AUTHOR_SEPARATORS == ("\u00b7", "\u22c5")


def _literal_tuples(tree: ast.AST) -> list[tuple[object, ...]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and all(isinstance(e, ast.Constant) for e in node.elts):
            found.append(tuple(e.value for e in node.elts if isinstance(e, ast.Constant)))
    return found


def test_weekday_and_month_names_are_spelled_out_in_one_module() -> None:
    """One place for the core: no other module of the package spells the seven weekdays or
    the twelve months out again."""
    weekdays, months = set(WEEKDAYS), set(MONTHS)
    spelled = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "times.py":
            continue
        for values in _literal_tuples(ast.parse(path.read_text(encoding="utf-8"))):
            strings = {v for v in values if isinstance(v, str)}
            if weekdays <= strings or months <= strings:
                spelled.append(str(path.relative_to(SRC)))
    assert spelled == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Select Year: (2026)", True),
        ("Select Year:  (1999)", True),
        ("2024", True),
        ("1996", True),
        ("2024 Poster", False),
        ("Select Year:", False),
        ("20245", False),
        ("3024", False),
        ("Spotlight", False),
        ("", False),
    ],
)
def test_the_year_menu_is_known_by_its_own_text(line: str, expected: bool) -> None:
    from confparse.layouts.kit.vocabulary import is_year_menu, menu_entry

    assert is_year_menu(line) is expected
    assert (menu_entry(line) == "navigation-menu") is expected


def test_a_menu_entry_is_known_by_its_own_text() -> None:
    from confparse.layouts.kit.vocabulary import menu_entry

    assert menu_entry("Help/FAQ") is not None
    assert menu_entry("Orals") is not None
    assert menu_entry("Efficient Streaming Language Models with Attention Sinks") is None


def test_a_vocabulary_knows_its_lines_in_capitals_too() -> None:
    """A style sheet may print a label in capitals, which a browser's copy keeps."""
    site = Vocabulary("site", {"Abstract:": "empty-abstract-heading", "Q&A": "q"})
    assert site.rule("ABSTRACT:") == "empty-abstract-heading" and "Q&A" in site
    assert site.rule("abstract:") is None  # only the case given, or capitals
    assert dict(site.furniture) == {"Abstract:": "empty-abstract-heading", "Q&A": "q"}
    assert with_capitals({"Show more": "b"}) == {"SHOW MORE": "b", "Show more": "b"}
