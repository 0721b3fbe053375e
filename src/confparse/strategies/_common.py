"""Strategies for the building blocks of records: names, titles, abstracts, people, papers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from ..models import Paper, Person
from ..times import DEFAULT_ZONES, localize

__all__ = [
    "abstracts",
    "aware_datetimes",
    "names",
    "papers",
    "people",
    "titles",
    "zones",
]

_LATIN = "abcdefghijklmnopqrstuvwxyz"
_EXTRA_LETTERS = "áéíóúüöäßçñłøåŁÖÜÉżščřěğıİœæ李王张刘陈杨黄赵周吴ßàèìòùâêîôûëïÿ"
_letter = st.sampled_from(_LATIN + _LATIN.upper() + _EXTRA_LETTERS)


@st.composite
def _word(draw: st.DrawFn, min_size: int = 1, max_size: int = 10) -> str:
    word = draw(st.text(_letter, min_size=min_size, max_size=max_size))
    if draw(st.booleans()):
        word = word[:1].upper() + word[1:]
    return word


@st.composite
def names(draw: st.DrawFn) -> str:
    """Person names: unicode letters, lower-case names, hyphens, ``(Nick)`` parts."""
    words = draw(st.lists(_word(2, 10), min_size=2, max_size=4))
    if draw(st.integers(0, 9)) == 0:
        words.insert(1, "(" + draw(_word(2, 8)) + ")")
    if draw(st.integers(0, 9)) == 0:
        words[-1] = words[-1] + "-" + draw(_word(2, 8))
    return " ".join(words)


def people(min_size: int = 0, max_size: int = 12) -> st.SearchStrategy[tuple[Person, ...]]:
    """Tuples of `Person` (unicode names; never a name holding an author separator)."""
    return st.lists(
        names().map(lambda n: Person(name=n)), min_size=min_size, max_size=max_size
    ).map(tuple)


_TITLE_EXTRAS = st.sampled_from(
    ["Łojasiewicz", "β_2", "GAN", "(SGD)", "2D", "3D", "Q-Learning", "Non-Convex", "via", "RL:"]
)


@st.composite
def titles(draw: st.DrawFn) -> str:
    """Paper titles: words, digits, punctuation, non-ASCII; short (``Wasserstein GAN``) or long."""
    words = draw(st.lists(st.one_of(_word(1, 12), _TITLE_EXTRAS), min_size=1, max_size=16))
    title = " ".join(words)
    if draw(st.integers(0, 4)) == 0:
        title += draw(st.sampled_from(["?", ": A Study", " (Extended Abstract)", "!"]))
    return title


_SENTENCE_BITS = st.sampled_from(
    [
        "$2.5\\%$",
        "\\emph{non-contrastive}",
        "{\\it without}",
        "\\footnote{\\url{https://github.com/x/y}}",
        "https://example.org/code",
        "interest.Although",
        "~ square root",
        "O(n^{-1/2})",
        "(e.g., BYOL and SimSiam)",
        "SGD",
        "\u2212",
    ]
)


_ENDINGS: tuple[str, ...] = (*"." * 10, "?", "!", "):", " and")
"""Mostly full stops: an abstract that ends mid-sentence (``):``, `` and``) reads as a
capture cut short when it is a page's last, so such endings stay the rarer hard case."""


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.one_of(_word(1, 12), _SENTENCE_BITS), min_size=3, max_size=30))
    ending: str = draw(st.sampled_from(_ENDINGS))
    return " ".join(words) + ending


@st.composite
def abstracts(draw: st.DrawFn, max_paragraphs: int = 3) -> str:
    """Abstracts: sentences with LaTeX and URLs, in one or more paragraphs (a paragraph is
    one line: line breaks inside it read as a capture's hard wraps)."""
    paragraphs = []
    for _ in range(draw(st.integers(1, max_paragraphs))):
        sentences = draw(st.lists(_sentence(), min_size=1, max_size=3))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


@st.composite
def papers(
    draw: st.DrawFn,
    *,
    title: bool | None = None,
    authors: bool | None = None,
    abstract: bool | None = None,
) -> Paper:
    """Papers. Each of *title*, *authors*, *abstract* is forced on (True), off (False) or
    drawn (None). Truncated abstracts are drawn too."""
    has_title = draw(st.booleans()) if title is None else title
    has_authors = draw(st.booleans()) if authors is None else authors
    has_abstract = draw(st.booleans()) if abstract is None else abstract
    text = draw(abstracts()) if has_abstract else None
    return Paper(
        title=draw(titles()) if has_title else None,
        authors=draw(people(1, 12)) if has_authors else (),
        abstract=text,
        abstract_truncated=bool(text) and draw(st.integers(0, 4)) == 0,
    )


def zones() -> st.SearchStrategy[str]:
    """Time-zone abbreviations that confparse knows (``PDT``, ``CET`` ...)."""
    return st.sampled_from(sorted(DEFAULT_ZONES))


@st.composite
def aware_datetimes(
    draw: st.DrawFn, zone: str, min_year: int = 2010, max_year: int = 2030
) -> datetime:
    """Whole-minute datetimes in the zone that *zone* (an abbreviation) stands for, with
    their UTC offset fixed as confparse returns them."""
    day = draw(st.dates(date(min_year, 1, 1), date(max_year, 12, 31)))
    minutes = draw(st.integers(0, 24 * 60 - 1))
    naive = datetime(day.year, day.month, day.day) + timedelta(minutes=minutes)
    return localize(naive, zone)
