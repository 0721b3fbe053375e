"""Real pages re-captured by the tools people use, read to the same facts.

tests/pages/recaptured/ holds what real capture tools made of saved HTML pages of the
corpus (tests/pages/html/, tests/pages/found/): text-mode browsers' dumps (lynx, with and
without its numbered links; w3m), a browser's copy (Chromium's ``innerText``), and
HTML-to-markdown converters (html2text, unwrapped and at its default width; markdownify;
trafilatura). Origins and commands: tests/pages/README.md. Each re-capture must give the
facts checked by hand for its page (tests/facts/), except its links' URLs, which each tool
writes in its own way; and the titles, authors and times of the saved page's own records.
Re-captures that confparse still reads wrong are listed in `KNOWN_WRONG` (strict).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import confparse
from facts_check import FACTS, PAGES, TODAY, items, load, problems

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
KNOWN_WRONG: dict[str, str] = {
    "02_icml2020_schedule_cards.chromium-innertext.txt": (
        "391 records, not 395: four titles hold math that the page typesets, which a browser "
        "copies over several lines ('On Implicit Regularization in' / 'β' / '𝛽' / '-VAEs'), "
        "more than a card head's title may take"
    ),
    "30_neurips2023_calendar_as-served-rewrapped.chromium-innertext.txt": (
        "83 talks, not 701: a browser's copy does not show the collapsed lists of papers"
    ),
    "02_icml2020_schedule_cards.markdownify.txt": (
        "49 records, not 395: markdownify keeps the page source's line breaks inside a card's "
        "fields ('In' over '[AcceptedPapersParent](...)', names over three lines), and the "
        "cards reader reads a line, not a paragraph"
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
    "04_hf_daily_papers_2024-08-01.html2text-wrap.txt": (
        "34 records, not 13: wrapped at 78 columns, image URLs are broken at a hyphen "
        "('![](https://cdn-' / 'avatars.huggingface.co/…)'), and the markdown reader does "
        "not join them"
    ),
    "04_hf_daily_papers_2024-08-01.html2text.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.lynx-nolist.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.lynx.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.markdownify.txt": _DAILY_TEXT_ONLY,
    "04_hf_daily_papers_2024-08-01.trafilatura.txt": (
        "refused: UnknownLayoutError; its main text holds 6 of the 13 entries, each on one line"
    ),
    "04_hf_daily_papers_2024-08-01.w3m.txt": _DAILY_TEXT_ONLY,
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
    # trafilatura keeps each card's title and speakers but drops its kind, time and room
    # lines: no card head is left to know a card by, and the facts need those fields
    "12_icml2026_cards_tutorials.trafilatura.txt": "refused: UnknownLayoutError",
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
    assert _shown(page) == _shown(saved)
