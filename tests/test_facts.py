"""The facts checked by hand for each found page (tests/facts) come out of confparse.

Pages that confparse still reads wrong are listed in `KNOWN_WRONG` with what is wrong; they
are expected failures (strict: a page that starts passing must leave the list).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facts_check import check, facts_files

KNOWN_WRONG: dict[str, str] = {}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_WRONG[p.name], strict=True))
        if p.name in KNOWN_WRONG
        else p
        for p in facts_files()
    ],
    ids=lambda p: p.name,
)
def test_hand_checked_facts(path: Path) -> None:
    assert check(path) == []
