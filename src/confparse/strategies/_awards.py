"""Strategies for awards and awards pages."""

from __future__ import annotations

from hypothesis import strategies as st

from ..models import Award, Page, Paper
from ._common import abstracts, names, people, titles

__all__ = ["award_pages", "awards"]

_KNOWN_AWARDS = st.sampled_from(
    [
        "Outstanding Paper",
        "Outstanding Paper Honorable Mention",
        "Outstanding Paper Runner Up",
        "Test of Time Award",
        "Best Paper",
        "Best Student Paper",
        "Best Paper Award",
    ]
)
_PRIZE_WORDS = st.sampled_from(["Prize", "Medal", "Distinction", "Choice", "Spotlight Prize"])


@st.composite
def _unseen_awards(draw: st.DrawFn) -> str:
    """Award names that `confparse._fields.is_award` does not know (``Kořínek Medal``)."""
    return draw(names()) + " " + draw(_PRIZE_WORDS)


# Lines that look like parts of a block: the renderer must refuse them where the parser
# would start a new block, and print them where it would not.
_TRICKY_LINES = st.sampled_from(
    [
        "Best Paper",
        "Test of Time Award",
        "Reviewers' Choice Medal",
        "Ann Lee \u00b7 Bo Chen",
        "Jo Kim",
        "[ Virtual ]",
        "Outstanding results hold for every $n$.",
        "We thank A \u00b7 B for comments.",
    ]
)
_WORDS = st.sampled_from(
    [
        "we", "show", "that", "the", "gradient", "flow", "of", "non-contrastive", "SSL",
        "converges", "under", "mild", "assumptions", "Łojasiewicz", "β_2", "Nüsken", "李",
        "$2.5\\%$", "\\emph{directly}", "{\\it", "without}", "O(n^{-1/2})",
        "https://github.com/x/y", "(e.g.,", "BYOL)", "interest.Although", "paper", "rewards",
    ]
)  # fmt: skip


_PLAIN_LINES = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(_WORDS, min_size=1, max_size=14),
    # mostly full stops: the page's last abstract ending mid-sentence (":", " and") reads as
    # a capture cut short and cannot be rendered, so it stays the rarer hard case
    st.sampled_from([*"." * 8, ":", " and"]),
)
_LINES = st.integers(0, 39).flatmap(lambda n: _TRICKY_LINES if n == 7 else _PLAIN_LINES)
_BLOCK_ABSTRACTS = st.lists(st.lists(_LINES, min_size=1, max_size=3), min_size=1, max_size=3).map(
    # one paragraph a line: lines inside a paragraph would read as a capture's hard wraps
    lambda paragraphs: "\n\n".join(line for lines in paragraphs for line in lines)
)
"""Abstracts that are cheap to draw, with the odd line that mimics part of a block."""
_SHORT_ABSTRACTS = abstracts(1)
_AUTHORS = st.one_of(people(1, 1), people(2, 5))


@st.composite
def awards(draw: st.DrawFn) -> Award:
    """Awards: known and unseen names, a title over some known ones; one or several
    authors with unicode names; virtual
    or not; abstracts missing, multi-paragraph, truncated, or with lines that mimic an
    award name, an author line or the ``[ Virtual ]`` marker."""
    known = draw(st.booleans())
    name = draw(_KNOWN_AWARDS if known else _unseen_awards())
    authors = draw(_AUTHORS)
    choice = draw(st.integers(0, 5))
    abstract = None if choice == 0 else draw(_SHORT_ABSTRACTS if choice == 1 else _BLOCK_ABSTRACTS)
    truncated = abstract is not None and draw(st.integers(0, 3)) == 0
    # the event cards of an awards page print the title over a known award name
    title = draw(titles()) if known and draw(st.booleans()) else None
    paper = Paper(title=title, authors=authors, abstract=abstract, abstract_truncated=truncated)
    return Award(name=name, paper=paper, virtual=draw(st.booleans()))


@st.composite
def _award_lists(draw: st.DrawFn, max_awards: int) -> tuple[Award, ...]:
    drawn: list[Award] = draw(st.lists(awards(), max_size=max_awards))
    repeat = draw(st.booleans())  # the real pages repeat blocks, sometimes back to back
    if drawn and repeat:
        copied = drawn[draw(st.integers(0, len(drawn) - 1))]
        drawn.insert(draw(st.integers(0, len(drawn))), copied)
    return tuple(drawn)


def award_pages(max_awards: int = 4) -> st.SearchStrategy[Page]:
    """Pages of the ``awards`` layout (awards only, no diagnostics), with repeated blocks."""
    return _award_lists(max_awards).map(lambda a: Page(layout="awards", awards=a))
