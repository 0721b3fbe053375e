"""Field helpers of the kit: one rule, one test."""

from __future__ import annotations

import pytest

from confparse.layouts.kit.fields import (
    is_kind,
    is_room,
    kind_text,
    looks_like_authors,
    single_spaced,
)
from confparse.layouts.kit.heads import is_kind_label


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Anil  Vullikanti", "Anil Vullikanti"),
        ("Sequence Prediction:  Spectral Filtering", "Sequence Prediction: Spectral Filtering"),
        ("3rd \t Workshop", "3rd Workshop"),
        ("One space each", "One space each"),
        ("Jos\u00e9\u00a0Garc\u00eda", "Jos\u00e9\u00a0Garc\u00eda"),  # a no-break space is kept
    ],
)
def test_a_run_of_spaces_is_one_space_as_a_browser_shows_it(text: str, shown: str) -> None:
    assert single_spaced(text) == shown


@pytest.mark.parametrize(
    ("line", "room"),
    [
        ("Lehar 1-4", True),  # Vienna (ICML and ICLR 2024)
        ("Straus 3", True),
        ("Schubert 5 #12", True),
        ("Peridot 201", True),  # Singapore (ICLR 2025)
        ("Garnet 218-219", True),
        ("Garnet", False),  # the name alone
        ("Garnet: Graph Attention for Relational Networks", False),  # a title
        ("Schubert Calculus and Neural Networks", False),
    ],
)
def test_a_venues_numbered_rooms_are_rooms_with_their_number(line: str, room: bool) -> None:
    assert is_room(line) is room


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Creative AI", True),
        ("Affinity Event", True),
        ("Oral Presentation", True),
        ("Invited Talk (Posner Lecture)", True),  # a kind with its name in parentheses
        ("Expo Talk", True),  # a short label ending in a kind's word
        ("Datasets and Benchmarks", False),  # a track's name, which a page of dates lists
        ("A Study of Things (Extended Abstract)", False),
        ("Learning to Talk (Extended Abstract)", False),  # a title: only a known kind has a name
    ],
)
def test_the_platforms_event_types_are_kind_labels(line: str, kind: bool) -> None:
    assert is_kind_label(line) is kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("POSTER", "Poster"),  # html-to-text writes headings in capitals
        ("POSTER SESSION", "Poster Session"),
        ("CREATIVE AI", "Creative AI"),  # the known kind's own case, not "Creative Ai"
        ("Q&A", "Q&A"),
        ("EXPO DAY", "Expo Day"),  # no known kind: each word capitalised
        ("Spotlight Poster", "Spotlight Poster"),
        ("oral", "oral"),  # a line not in capitals is as it stands
    ],
)
def test_a_kind_in_capitals_reads_in_the_case_the_platform_prints_it(line: str, kind: str) -> None:
    assert kind_text(line) == kind


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Surya Ganguli", True),
        ("yi jing", True),  # names in lower case are names
        ("A Lee", True),  # an initial in capitals, not the article
        ("and Unknown Classes", False),  # a wrapped title's end
        ("of Stability", False),
        ("Trajectory of Learning", False),
    ],
)
def test_a_line_of_one_name_holds_no_little_word_of_a_title(line: str, authors: bool) -> None:
    """A line of one name (no separator) has no word such as ``and`` or ``of``; its first
    word counts in lower case only."""
    assert looks_like_authors(line) is authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ada Lovelace \u00b7 Alan Turing", True),
        ("Ada Lovelace \u22c5 Alan Turing", True),
        ("Expo Talk Panel \u2014 Sat, Apr 25, 2026 \u00b7 12:45 PM \u2013 1:45 PM", False),
        ("Thu 23 April 15:15\u201315:25 \u00b7 Virtual page", False),
        ("Team: Ada \u00b7 Alan", True),  # a colon is no clock
        # a time that a text browser joined to the last name leaves the names
        ("Jingfeng Wu \u00b7 Jason Lee Tue 12 Dec 05:45 PM CET", True),
        ("Sun Jian \u00b7 Jun Zhu", True),  # a weekday's or a month's letters in a name
    ],
)
def test_a_line_joined_by_a_separator_is_authors_unless_it_tells_the_time(
    line: str, authors: bool
) -> None:
    assert looks_like_authors(line) is authors


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Invited Talk (Posner Lecture)", True),  # a known kind with its name
        ("Invited Talk (Breiman Lecture)", True),
        ("Symposium", True),  # the 2016 schedule's mini symposiums
        ("Learning to Talk (Extended Abstract)", False),
        ("Poster (", False),
    ],
)
def test_a_known_kind_with_its_name_in_parentheses_is_a_kind(line: str, kind: bool) -> None:
    assert is_kind(line) is kind
