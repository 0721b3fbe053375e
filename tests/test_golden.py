"""Every real page under tests/pages gives the JSON recorded in tests/golden.

The recorded JSON is the output of the parser at the time it was recorded, reviewed by
hand when it changes: a change to any page's records shows up here as a diff. Regenerate
with ``python tests/test_golden.py`` after checking that every difference is an
improvement (the pages' hand-checked facts are asserted in the layout tests).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import confparse

HERE = Path(__file__).parent
PAGES = HERE / "pages"
GOLDEN = HERE / "golden"
TODAY = "2026-11-22"
_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _pages() -> list[Path]:
    """Every page but the re-captures, which must give their saved page's records
    (tests/test_recaptured.py) rather than a record of their own."""
    return sorted(
        path
        for path in PAGES.rglob("*")
        if path.suffix in _SUFFIXES
        and path.name != "README.md"
        and path.is_file()
        and path.parent.name != "recaptured"
    )


def _golden_path(page: Path) -> Path:
    return GOLDEN / (page.relative_to(PAGES).as_posix().replace("/", "__") + ".json")


def outcome(page: Path) -> dict[str, object]:
    """What confparse makes of *page*: its records as JSON data, or the error it raises."""
    from datetime import date

    try:
        parsed = confparse.parse(page, today=date.fromisoformat(TODAY))
    except confparse.ConfparseError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}
    data = json.loads(confparse.to_json(parsed))
    # the page's source is the path it was read from: recorded relative, for any checkout
    assert data["source"] == str(page)
    data["source"] = page.relative_to(PAGES).as_posix()
    return {"page": data}


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.relative_to(PAGES).as_posix())
def test_page_gives_recorded_json(page: Path) -> None:
    golden = _golden_path(page)
    if not golden.exists():
        pytest.fail(f"no golden file for {page.name}: run python tests/test_golden.py")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert outcome(page) == expected


def test_every_golden_file_has_its_page() -> None:
    expected = {_golden_path(page).name for page in _pages()}
    assert {path.name for path in GOLDEN.glob("*.json")} <= expected


def _record() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for page in _pages():
        text = json.dumps(outcome(page), indent=1, ensure_ascii=False, sort_keys=True)
        _golden_path(page).write_text(text + "\n", encoding="utf-8")
        print("recorded", _golden_path(page).name)


if __name__ == "__main__":
    sys.exit(_record())
