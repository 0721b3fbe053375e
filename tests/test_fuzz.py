"""Replays fuzz regressions and runs a seeded random smoke test of every fuzz target.

The coverage-guided fuzzer itself (atheris) lives in tests/fuzz/fuzz_confparse.py; every
crash it finds is saved under tests/fuzz/regressions/ as ``<target>--<name>`` (the target
being ``parse``, ``parse-<layout>`` or ``from_json``) and replayed here.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import PAGES

sys.path.insert(0, str(Path(__file__).parent / "fuzz"))
from targets import targets

REGRESSIONS = sorted((Path(__file__).parent / "fuzz" / "regressions").glob("*--*"))
TARGETS = targets()


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_regressions(path: Path) -> None:
    data = path.read_bytes()
    assert TARGETS[path.name.split("--")[0]](data) in {"parsed", "rendered", "raised"}


def _slices(rng: random.Random) -> bytes:
    pool = [*PAGES.glob("*.txt"), *PAGES.glob("wild/*"), *PAGES.glob("html/*.html")]
    page = rng.choice(sorted(p for p in pool if p.name != "README.md"))
    data = page.read_bytes()
    start = rng.randrange(len(data))
    chunk = bytearray(data[start : start + rng.randrange(1, 4000)])
    for _ in range(rng.randrange(8)):
        if chunk:
            chunk[rng.randrange(len(chunk))] = rng.randrange(256)
    return bytes(chunk)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_random_smoke(name: str) -> None:
    rng = random.Random(f"smoke-{name}")
    target = TARGETS[name]
    outcomes = Counter(target(_slices(rng)) for _ in range(150))
    assert set(outcomes) <= {"parsed", "rendered", "raised"}
    if name.startswith("parse-"):  # a named layout parses anything without raising
        assert outcomes["raised"] < 150
