"""Real pages re-captured by the tools people use, read to the same facts.

tests/pages/recaptured/ holds what real capture tools made of saved HTML pages of the
corpus (tests/pages/html/, tests/pages/found/): text-mode browsers' dumps (lynx, with and
without its numbered links, and with its list of links without numbers; w3m; elinks;
links2), a browser's copy (Chromium's ``innerText``), HTML-to-markdown converters
(html2text, unwrapped and at its default width, with one line break between blocks and
with links in angle brackets; markdownify; trafilatura; turndown, with and without its GFM
plugin; pandoc's gfm; markitdown; crawl4ai; node-html-markdown) and HTML-to-text
extractors (pandoc's plain text; BeautifulSoup's ``get_text``, one text node a line and as
the source has them; inscriptis; html-to-text, which brackets each link's URL). Origins and commands: tests/pages/README.md. Each
re-capture must give the facts checked by hand for its page (tests/facts/), except its
links' URLs, which each tool writes in its own way; and the titles, authors and times of
the saved page's own records. Re-captures that confparse still reads wrong are listed in
`KNOWN_WRONG` (strict).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import confparse
from facts_check import FACTS, PAGES, TODAY, items, load, problems
from variants import capitals, indented, trailing_spaces

RECAPTURED = PAGES / "recaptured"

_DAILY_TEXT_ONLY = (
    "13 papers with their titles and counts (test_listing_wild), but no author names nor "
    "abstracts: the daily page prints them only in its embedded data"
)
_ONE_NAME_AT_THE_EDGE = (
    "the invited talk's speaker 'Björn Ommer' (record 79), one name under a title that "
    "fills its line (the first word would not have fit on it), reads as the title's last "
    "words: the dump does not say which it is"
)
_LITERAL_STARS = (
    "45 cards right but one abstract: the page's literal 'This **position paper** argues', "
    "which html2text does not escape, reads as markdown emphasis ('This position paper')"
)
_CAPITALS = (
    "html-to-text writes every heading in capitals: {} come out so, which no reader can turn "
    "back; the records are the saved page's but for that case (see "
    "test_a_capture_with_its_headings_in_capitals_gives_the_records_but_for_their_case)"
)
KNOWN_WRONG: dict[str, str] = {
    "01_icml2025_session_poster-session-3-west.html-to-text.txt": _CAPITALS.format(
        "the session's title and room and each paper's title"
    ),
    "02_neurips2023_poster_71095.html-to-text.txt": _CAPITALS.format(
        "the title, the authors and the room"
    ),
    "13_icml2026_cards_orals.html-to-text-nowrap.txt": _CAPITALS.format("the titles"),
    "04_hf_daily_papers_2024-08-01.html-to-text.txt": (
        _DAILY_TEXT_ONLY + "; and " + _CAPITALS.format("the titles")
    ),
    "63_nips2016_schedule_cards.w3m.txt": (
        "715 of 717 cards as the page gives them: w3m prints the delete character in 'Y\\x7faniv "
        "Tenzer' as a space ('Y aniv'), and breaks a title inside its TeX at its width, which "
        "reads back with a space ('$O(1/\\ epsilon)$')"
    ),
    "02_icml2020_schedule_cards.lynx.txt": (
        "391 of 395 records as the page gives them: four titles hold math that the page "
        "writes in MathML, which lynx prints as its markup beside the typeset text "
        "('On Implicit Regularization in β' / '[MATH: <mi>β</mi> :MATH]' / '-VAEs')"
    ),
    "30_neurips2023_calendar_as-served-rewrapped.chromium-innertext.txt": (
        "83 talks, not 701: a browser's copy does not show the collapsed lists of papers"
    ),
    "13_icml2026_cards_orals.html2text.txt": (
        "one abstract differs: the page's literal '*scientific*', which html2text does not "
        "escape, reads as markdown emphasis"
    ),
    "09_icml2026_papers-page_as-served.html2text-wrap.txt": (
        "700 papers, but one title differs: the page's literal '*logprobs*', which html2text "
        "does not escape, reads as markdown emphasis ('logprobs')"
    ),
    "01_icml2025_session_poster-session-3-west.trafilatura.txt": "main text only: no session time, card kinds or positions; refused: UnknownLayoutError",
    "02_neurips2023_poster_71095.trafilatura.txt": "main text only: the capture holds no time line",
    "03_neurips2023_poster_70701_via_oral73865.trafilatura.txt": "main text only: no time line, and no 'Abstract:' label",
    "04_hf_daily_papers_2024-08-01.chromium-innertext.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.html2text-wrap.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.html2text.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.lynx-nolist.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.lynx.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.markdownify.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.markdownify-wrap.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.node-html-markdown.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.trafilatura.txt": (
        "refused: UnknownLayoutError; its main text holds 6 of the 13 entries, each on one line"
    ),
    "04_hf_daily_papers_2024-08-01.w3m.txt": _DAILY_TEXT_ONLY,
    "05_neurips2023_poster-cards_dom-fragment.lynx-nonumbers.txt": (
        "118 of 119 talks as the page gives them: the right-to-left mark that ends 'Yotam "
        "Alexander' (as in lynx.txt; see "
        "test_a_dump_without_link_numbers_finds_each_title_under_the_abstract_above)"
    ),
    "05_neurips2023_poster-cards_dom-fragment.lynx.txt": (
        "119 talks with the right titles, but one name differs: the page ends 'Yotam "
        "Alexander' with a right-to-left mark (U+200F) that lynx does not print"
    ),
    "09_icml2026_papers-page_as-served.html2text.txt": (
        "700 papers, but one title differs: the page's literal '*logprobs*', which html2text "
        "does not escape, reads as markdown emphasis ('logprobs')"
    ),
    # found/30 in text-mode browsers: each box's line stands on its own line, at one indent,
    # without a blank line between; the dump does not say where a long line simply ended
    "30_neurips2023_calendar_as-served-rewrapped.elinks.txt": (
        "700 of 701 talks as the page gives them: " + _ONE_NAME_AT_THE_EDGE
    ),
    "30_neurips2023_calendar_as-served-rewrapped.links2.txt": (
        "712 talks, not 701; 684 of the 701 titles as the page prints them: the posters "
        "print no link and no time, and where a line's first word would not have fit on the "
        "line above, whether that line ended there or was broken is guessed from its words "
        "(17 of its titles cut in two or joined with the next)"
    ),
    "30_neurips2023_calendar_as-served-rewrapped.lynx-nolist.txt": (
        "714 talks, not 701; 678 of the 701 titles as the page prints them: the posters "
        "print no link and no time, and where a line's first word would not have fit on the "
        "line above, whether that line ended there or was broken is guessed from its words "
        "(22 of its titles cut in two or joined with the next); and " + _ONE_NAME_AT_THE_EDGE
    ),
    "30_neurips2023_calendar_as-served-rewrapped.lynx.txt": (
        "700 of 701 talks as the page gives them: " + _ONE_NAME_AT_THE_EDGE
    ),
    "30_neurips2023_calendar_as-served-rewrapped.w3m.txt": (
        "707 talks, not 701; 681 of the 701 titles as the page prints them: the posters "
        "print no link and no time, and where a line's first word would not have fit on the "
        "line above, whether that line ended there or was broken is guessed from its words "
        "(19 of its titles cut in two or joined with the next; one broken inside "
        "'$\\epsilon$' reads '$\\ epsilon$')"
    ),
    # BeautifulSoup's get_text: "\n" between text nodes, stripped (bs4-lines), or as the
    # page source has it (bs4-text)
    "04_hf_daily_papers_2024-08-01.bs4-lines.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.bs4-text.txt": _DAILY_TEXT_ONLY,
    # inscriptis
    "03_icml2026_cards_journal-track.inscriptis.txt": (
        "74 cards right but one name: inscriptis decodes the page's '&amp;#x27;' twice and "
        "prints 'R{{\\'e}}mi Munos' where the page shows 'R{{\\&#x27;e}}mi Munos'"
    ),
    "04_hf_daily_papers_2024-08-01.inscriptis.txt": _DAILY_TEXT_ONLY,
    # markitdown (markdownify inside)
    "04_hf_daily_papers_2024-08-01.markitdown.txt": _DAILY_TEXT_ONLY,
    # pandoc
    "04_hf_daily_papers_2024-08-01.pandoc-commonmark.txt": _DAILY_TEXT_ONLY,
    "30_neurips2023_calendar_as-served-rewrapped.pandoc-markdown.txt": (
        "701 talks, one title differs: the page prints '\u201dCartoonX: ...\u201d' with a "
        "closing quote at both ends, pandoc's smart punctuation writes both as '\"', and "
        "the first reads back as an opening quote"
    ),
    "04_hf_daily_papers_2024-08-01.pandoc-gfm.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.html2text-reflinks.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.html2text-reflinks-para.txt": _DAILY_TEXT_ONLY,
    "09_icml2026_papers-page_as-served.html2text-reflinks.txt": (
        "700 papers, but one title differs: the page's literal '*logprobs*', which html2text "
        "does not escape, reads as markdown emphasis ('logprobs')"
    ),
    "13_icml2026_cards_orals.html2text-reflinks.txt": (
        "one abstract differs: the page's literal '*scientific*', which html2text does not "
        "escape, reads as markdown emphasis"
    ),
    "18_icml2026_cards_position-papers.html2text-reflinks.txt": _LITERAL_STARS,
    "04_hf_daily_papers_2024-08-01.pandoc-plain.txt": _DAILY_TEXT_ONLY,
    # turndown
    "04_hf_daily_papers_2024-08-01.turndown-gfm.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.turndown.txt": _DAILY_TEXT_ONLY,
    # trafilatura keeps each card's title and speakers but drops its kind, time and room
    # lines: no card head is left to know a card by, and the facts need those fields
    "12_icml2026_cards_tutorials.trafilatura.txt": "refused: UnknownLayoutError",
    "18_icml2026_cards_position-papers.trafilatura.txt": "refused: UnknownLayoutError",
    # crawl4ai's markdown (its own html2text inside: literal stars are not escaped either)
    "04_hf_daily_papers_2024-08-01.crawl4ai.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.pandoc-markdown_strict.txt": _DAILY_TEXT_ONLY,
    "09_icml2026_papers-page_as-served.crawl4ai.txt": (
        "700 papers, but one title differs: the page's literal '*logprobs*', which crawl4ai "
        "does not escape, reads as markdown emphasis ('logprobs')"
    ),
    "13_icml2026_cards_orals.crawl4ai.txt": (
        "one abstract differs: the page's literal '*scientific*', which crawl4ai does not "
        "escape, reads as markdown emphasis"
    ),
    "18_icml2026_cards_position-papers.crawl4ai.txt": _LITERAL_STARS,
    "18_icml2026_cards_position-papers.html2text.txt": _LITERAL_STARS,
    "18_icml2026_cards_position-papers.html2text-wrap.txt": _LITERAL_STARS,
}


def _recaptures() -> list[Path]:
    return sorted(RECAPTURED.glob("*.txt"))


def _facts(path: Path) -> dict[str, Any]:
    """The facts of the page *path* re-captures (named by its stem), without URLs."""
    stem = path.name.split(".", 1)[0]
    (facts_path,) = [p for p in FACTS.glob(f"{stem}.*.json")]
    facts = load(facts_path)
    facts["records"] = [
        {name: value for name, value in fact.items() if name != "url"}
        for fact in facts.get("records", [])
    ]
    return facts


def _shown(page: confparse.Page) -> list[tuple[Any, ...]]:
    """What a reader sees of each record: title, authors, start."""
    shown = []
    for record in items(page):
        paper = record if isinstance(record, confparse.Paper) else record.paper
        start = getattr(record, "start", None)
        shown.append(
            (
                paper.title if paper else None,
                tuple(person.name for person in paper.authors) if paper else (),
                start,
            )
        )
    return shown


def test_every_page_that_was_recaptured_has_its_facts() -> None:
    assert len(_recaptures()) >= 40
    for path in _recaptures():
        assert _facts(path)["count"] >= 1, path.name


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_WRONG[p.name], strict=True))
        if p.name in KNOWN_WRONG
        else p
        for p in _recaptures()
    ],
    ids=lambda p: p.name,
)
def test_a_recapture_gives_its_pages_facts(path: Path) -> None:
    facts = _facts(path)
    try:
        page = confparse.parse(path, today=TODAY)
    except confparse.ConfparseError as exc:
        pytest.fail(f"{type(exc).__name__}: {exc}")
    assert problems(facts, page) == []
    saved = confparse.parse(PAGES / facts["page"], today=TODAY)
    assert _around_math(_shown(page), _shown(saved)) == _shown(saved)


def _around_math(
    found: list[tuple[Any, ...]], saved: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """*found* with each title that stands where the saved page's title holds typeset math
    (read from the saved page as its TeX source, ``… onto $\\ell_{1, \\infty}$-norm Ball``)
    taken as the saved one when it has the same words around the formula: a tool prints
    MathJax's rendered text, its MathML and its TeX as it finds them (the rendered formula
    twice over)."""
    kept = []
    for record, expected in zip(found, saved, strict=False):
        title, want = record[0], expected[0]
        if title and want and want.count("$") >= 2 and record[1:] == expected[1:]:
            before, after = want[: want.index("$")], want[want.rindex("$") + 1 :]
            if title != want and title.startswith(before) and title.endswith(after):
                record = (want, *record[1:])
        kept.append(record)
    return kept + found[len(kept) :]


def test_brackets_left_of_an_image_link_are_no_paper() -> None:
    """markitdown writes the daily page's upvote button as ``[[ ]`` over ``94](/login...)``
    (an image link's label across a blank line): the brackets are a link fragment, the
    count the paper's votes."""
    page = confparse.parse(RECAPTURED / "04_hf_daily_papers_2024-08-01.markitdown.txt", today=TODAY)
    assert len(page.papers) == 13
    first = page.papers[0]
    assert (first.title, first.votes, first.comments, first.submitted_by) == (
        "The Llama 3 Herd of Models",
        94,
        5,
        "akhaliq",
    )
    assert all(any(c.isalnum() for c in paper.title or "") for paper in page.papers)


@pytest.mark.parametrize(
    "name",
    [
        "02_neurips2023_poster_71095.inscriptis.txt",
        "02_neurips2023_poster_71095.pandoc-plain.txt",
        "01_icml2025_session_poster-session-3-west.inscriptis.txt",
        "01_icml2025_session_poster-session-3-west.pandoc-plain.txt",
    ],
)
def test_a_menu_printed_with_its_list_bullets_is_known(name: str) -> None:
    """inscriptis (``* NeurIPS`` over ``+ Help/FAQ``) and pandoc's plain text (``-   ICML``
    over ``-    Help/FAQ``) keep the site menu's bullets: each entry is known by its text
    after the bullet, not reported (58 to 77 warnings a page before); the signed-in user's
    name above ``* My Stuff`` is said as such."""
    page = confparse.parse(RECAPTURED / name, today=TODAY)
    unknown = [d for d in page.diagnostics if d.code == "unknown-furniture"]
    assert all("menu item" not in d.message for d in unknown), unknown
    if page.layout == "session":
        names = [d.text.strip() for d in page.diagnostics if d.code == "account-name"]
        assert names == ["Sahar", "Sahar"]


_PLAIN = [
    path
    for path in _recaptures()
    if path.name not in KNOWN_WRONG
    and confparse.capture.read(path.read_text(encoding="utf-8")).format == "plain"
]


@pytest.mark.parametrize("change", [trailing_spaces, indented, capitals], ids=lambda f: f.__name__)
@pytest.mark.parametrize("path", _PLAIN, ids=lambda p: p.name)
def test_a_plain_recapture_reads_the_same_with_its_lines_spaced_or_labels_in_capitals(
    path: Path, change: Callable[[str], str]
) -> None:
    """A copy may keep the space after each line's text, or indent each line: no rule reads
    that as a sign (a browser's copy of typeset math keeps the space after the text over
    the math's tokens only; an extractor may indent the tokens' lines). A style sheet may
    print the labels and buttons in capitals: they are known so too."""
    text = path.read_text(encoding="utf-8")
    page = confparse.parse(change(text), today=TODAY)
    assert _shown(page) == _shown(confparse.parse(text, today=TODAY))


_IN_CAPITALS = [
    "01_icml2025_session_poster-session-3-west.html-to-text.txt",
    "02_neurips2023_poster_71095.html-to-text.txt",
    "13_icml2026_cards_orals.html-to-text-nowrap.txt",
]


def _casefolded(page: confparse.Page) -> list[tuple[Any, ...]]:
    """What a reader sees of each record, with its title and names casefolded, and its kind,
    room and the start of its abstract."""
    shown = []
    for record in items(page):
        paper = record if isinstance(record, confparse.Paper) else record.paper
        assert paper is not None
        shown.append(
            (
                (paper.title or "").casefold(),
                tuple(person.name.casefold() for person in paper.authors),
                getattr(record, "start", None),
                getattr(record, "kind", None),
                (getattr(record, "location", None) or "").casefold(),
                (paper.abstract or "")[:60],
            )
        )
    return shown


@pytest.mark.parametrize("name", _IN_CAPITALS)
def test_a_capture_with_its_headings_in_capitals_gives_the_records_but_for_their_case(
    name: str,
) -> None:
    """html-to-text prints each link's URL in brackets after its text and every heading in
    capitals: its captures give the saved page's records, their links taken off the titles,
    their kinds in the platform's case (``POSTER`` reads ``Poster``), and their titles,
    names and rooms in capitals."""
    path = RECAPTURED / name
    page = confparse.parse(path, today=TODAY)
    saved = confparse.parse(PAGES / _facts(path)["page"], today=TODAY)
    assert _casefolded(page) == _casefolded(saved)
    assert all("[/" not in (record[0]) for record in _casefolded(page))


def test_the_daily_page_in_capitals_gives_its_papers_and_counts() -> None:
    """html-to-text's daily page: 13 papers, each title (in capitals) linked to its page,
    and the votes of each as the saved page's."""
    path = RECAPTURED / "04_hf_daily_papers_2024-08-01.html-to-text.txt"
    page = confparse.parse(path, today=TODAY)
    saved = confparse.parse(PAGES / _facts(path)["page"], today=TODAY)
    assert [(p.title or "").casefold() for p in page.papers] == [
        (p.title or "").casefold() for p in saved.papers
    ]
    assert [p.votes for p in page.papers] == [p.votes for p in saved.papers]


def test_the_daily_page_in_capitals_cut_short_keeps_its_first_papers() -> None:
    """html-to-text's daily page cut before its fourth paper: its first three papers, as
    in the whole capture; its byline in capitals and its day between two bare paths are
    the page's header, not papers."""
    path = RECAPTURED / "04_hf_daily_papers_2024-08-01.html-to-text.txt"
    text = path.read_text(encoding="utf-8")
    whole = confparse.parse(text, today=TODAY)
    fourth = whole.papers[3].span
    assert fourth is not None
    cut = "\n".join(text.split("\n")[: fourth.first - 1])
    page = confparse.parse(cut, "listing", today=TODAY)
    assert [p.title for p in page.papers] == [p.title for p in whole.papers[:3]]


def test_the_2016_schedule_in_text_gives_its_times_rooms_and_videos() -> None:
    """html-to-text's NIPS 2016 schedule: each card's time (the half of the day on its end
    only) and room after ``@``, a named kind (``Invited Talk (Posner Lecture)``), the
    ``Spotlight Video »`` button under the names as a link, not a name; a break whose
    title is empty, over the next card's kind line; the last card, over the page's dialog."""
    path = RECAPTURED / "63_nips2016_schedule_cards.html-to-text-nowrap.txt"
    page = confparse.parse(path, default_zone="Europe/Madrid")
    talks = [talk for session in page.sessions for talk in session.talks]
    assert len(talks) == 717
    empty = talks[690]  # a break whose title is empty, over the next card's kind line
    assert empty.kind == "Break" and empty.paper is not None and empty.paper.title is None
    assert talks[691].kind == "Workshop" and talks[691].paper is not None
    assert talks[-1].paper is not None and talks[-1].paper.title == "Coffee Break"  # the last
    poster = next(t for t in talks if t.paper and t.paper.title.startswith("Fast Distributed"))
    assert poster.start is not None and poster.start.isoformat() == "2016-12-06T18:00:00+01:00"
    assert poster.location == "Area 5+6+7+8 #141"
    assert poster.paper is not None
    assert [p.name for p in poster.paper.authors][-1] == "Amin Karbasi"
    assert [link.text for link in poster.paper.links] == ["Spotlight Video \u00bb"]
    assert all(t.start is not None for t in talks)
    kinds = {t.kind for t in talks}
    assert {"Invited Talk (Posner Lecture)", "Symposium"} <= kinds


def _against_the_saved_page(
    name: str,
) -> tuple[confparse.Page, list[tuple[Any, ...]], list[tuple[Any, ...]], list[int]]:
    """The re-capture *name* parsed, what it shows, what its saved page shows (as many
    records), and the indexes where the two differ."""
    path = RECAPTURED / name
    page = confparse.parse(path, today=TODAY)
    saved = confparse.parse(PAGES / _facts(path)["page"], today=TODAY)
    shown, want = _shown(page), _shown(saved)
    assert len(shown) == len(want)
    differing = [
        at for at, (got, wanted) in enumerate(zip(shown, want, strict=True)) if got != wanted
    ]
    return page, shown, want, differing


def test_a_dump_without_link_numbers_finds_each_title_under_the_abstract_above() -> None:
    """lynx without its link numbers prints a card's title right under the abstract above.
    Where the abstract ends with a web address (``Our code is available at https://...``)
    or with a short line (a link's text, ``HELM codebase``: no title's line that a browser
    wrapped is that short), the title starts below it; before, that line started the title
    (and, for the address, the abstract's whole last paragraph)."""
    _page, shown, want, differing = _against_the_saved_page(
        "05_neurips2023_poster-cards_dom-fragment.lynx-nonumbers.txt"
    )
    assert len(shown) == 119
    assert len(differing) == 1
    (at,) = differing  # the right-to-left mark (U+200F) that lynx does not print
    assert [name.replace("\u200f", "") for name in want[at][1]] == list(shown[at][1])
    titles = {title for title, _, _ in shown}
    assert "On the Variance, Admissibility, and Stability of Empirical Risk Minimization" in titles
    assert (
        "ResShift: Efficient Diffusion Model for Image Super-resolution by Residual Shifting"
        in titles
    )


def test_lynx_wraps_a_long_parent_session_over_two_lines() -> None:
    """The 2019 schedule's parent sessions run to 89 characters; lynx wraps a long one over
    two lines (``In Deep Learning -- Visualization or Exposition Techniques for Deep`` over
    ``Networks``), and the names stand right under its end. The session is read whole and
    the names as the names (15 cards had lost them). Under a title that fills its line,
    the session's first line reads as the title's rest: the page prints that line alone in
    other cards, so it is taken off with the wrapped rest under it (one card)."""
    page, shown, _want, differing = _against_the_saved_page(
        "64_neurips2019_schedule-posters.lynx-nolist.txt"
    )
    assert len(shown) == 299
    assert differing == []
    events = {talk.event for session in page.sessions for talk in session.talks}
    assert "Deep Learning -- Visualization or Exposition Techniques for Deep Networks" in events


def test_lynx_with_link_numbers_gives_every_card_of_the_2019_schedule() -> None:
    """lynx numbers the parent session's link (``In [120]Algorithms -- Components Analysis
    (e.g., CCA, ICA, LDA, PCA)``): a session's line that fills the width, with its number,
    reads to the capture as broken, and the names or the session under a title are joined
    to it. The joined line is wrapped again with the link's number in front of its text;
    a session's one-word rest over one speaker ends its card (``… Markov Decision`` over
    ``Processes`` over ``Wang Chi Cheung``). 13 of 299 cards had been wrong."""
    page, shown, _want, differing = _against_the_saved_page(
        "64_neurips2019_schedule-posters.lynx.txt"
    )
    assert len(shown) == 299
    assert differing == []
    talks = [talk for session in page.sessions for talk in session.talks]
    assert (
        sum(
            talk.event == "Algorithms -- Components Analysis (e.g., CCA, ICA, LDA, PCA)"
            for talk in talks
        )
        == 5
    )
    assert (
        sum(
            talk.event == "Reinforcement Learning and Planning -- Markov Decision Processes"
            for talk in talks
        )
        > 2
    )


@pytest.mark.parametrize("tool", ["bs4-lines", "bs4-text"])
def test_get_text_of_the_calendar_gives_every_talk(tool: str) -> None:
    """BeautifulSoup's ``get_text`` prints each piece of a session box's lines alone
    (``Creative AI Performances 1`` over ``[4:30-6:00]``, ``s`` over ``4:30-6:00``,
    ``[4:30]`` over ``Voice Scroll``) and keeps the line breaks inside the page source's
    long titles, the source's tabs after them. The pieces are joined back and a line that
    starts with a tab goes on the line above: 701 talks as the saved page gives them, where
    94 had come out (the first session box had taken the rest of the page as a title)."""
    _page, shown, _want, differing = _against_the_saved_page(
        f"30_neurips2023_calendar_as-served-rewrapped.{tool}.txt"
    )
    assert len(shown) == 701
    assert differing == []
