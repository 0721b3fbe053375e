"""Real pages that are not conference pages are refused, or yield no records.

The pages are real text (their origins are in tests/pages/README.md): a call for papers on
a conference's own site, a logged-out session page, other Hugging Face pages, an event
page, READMEs, docs and a third party's paper list, a Wikipedia article, an OpenReview forum
page, other conferences' own programmes, a forum thread and a personal publication list. A
user who passes one by mistake must get `UnknownLayoutError` (or a page with nothing on it),
never invented papers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import confparse

NOT_CONFERENCE = sorted((Path(__file__).parent / "pages" / "not_conference").iterdir())
READ_WRONGLY: dict[str, str] = {}
"""Pages confparse still takes for conference pages: strict expected failures."""


def test_the_corpus_is_there() -> None:
    assert len(NOT_CONFERENCE) >= 19


def _outcome(path: Path) -> confparse.Page | confparse.UnknownLayoutError:
    try:
        return confparse.parse(path)
    except confparse.UnknownLayoutError as refused:
        return refused


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=READ_WRONGLY[p.name], strict=True))
        if p.name in READ_WRONGLY
        else p
        for p in NOT_CONFERENCE
    ],
    ids=lambda p: p.name,
)
def test_page_is_refused_or_empty(path: Path) -> None:
    outcome = _outcome(path)
    if isinstance(outcome, confparse.UnknownLayoutError):
        assert all(score < 0.5 for _name, score in outcome.scores)
        return
    records = outcome.papers + outcome.awards
    records += tuple(talk for session in outcome.sessions for talk in session.talks)
    assert records == (), f"{path.name} read as {outcome.layout} with {len(records)} records"
