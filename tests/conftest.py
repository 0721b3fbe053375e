"""Shared fixtures and hypothesis profiles.

Profiles: ``dev`` (default, fast), ``ci`` (more examples, derandomised, no deadline) and
``thorough`` (long runs). Choose one with ``HYPOTHESIS_PROFILE=ci`` or
``pytest --hypothesis-profile=ci``.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import os
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough", max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def _empty_constants() -> object | None:
    """A copy of hypothesis's pool of local constants while it is still empty (this module
    is imported before any test draws), or None where hypothesis keeps no such pool."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # pragma: no cover - another hypothesis layout
        return None
    pool = getattr(providers, "_local_constants", None)
    return None if pool is None else copy.deepcopy(pool)


_EMPTY_CONSTANTS = _empty_constants()


def _same_draws_in_every_process() -> None:
    """Hypothesis seeds its draws with the string and number constants of every local
    module imported so far, so the examples a derandomised test draws depended on which
    tests ran before it in the same process (each xdist worker runs others). Under the
    ``ci`` profile the pool stays empty, so CI draws the same examples on every run."""
    if _EMPTY_CONSTANTS is None:  # pragma: no cover - another hypothesis layout
        return
    from hypothesis.internal.conjecture import providers

    providers._get_local_constants = lambda: _EMPTY_CONSTANTS


@contextlib.contextmanager
def _without_local_constants() -> Iterator[None]:
    """Hypothesis's pool of local constants empty for the duration (see
    `_same_draws_in_every_process`), and its cache of the pool's draws by choice type
    (filled by the tests run before in the process) a new one: the share of drawn pages
    that render is the strategy's, not that of whatever strings the test modules imported
    before hold."""
    if _EMPTY_CONSTANTS is None:  # pragma: no cover - another hypothesis layout
        yield
        return
    from hypothesis.internal.conjecture import providers

    saved = getattr(providers, "_get_local_constants", None)
    cache = getattr(providers, "CONSTANTS_CACHE", None)  # the pool's draws, by choice type
    if saved is None or cache is None:  # pragma: no cover - another hypothesis layout
        yield
        return
    providers._get_local_constants = lambda: _EMPTY_CONSTANTS
    providers.CONSTANTS_CACHE = type(cache)(cache.max_size)
    try:
        yield
    finally:
        providers._get_local_constants = saved
        providers.CONSTANTS_CACHE = cache


if os.environ.get("HYPOTHESIS_PROFILE") == "ci":
    _same_draws_in_every_process()

PAGES = Path(__file__).parent / "pages"
TODAY = date(2026, 11, 22)
"""The reference date that golden tests pin, so that year inference does not drift."""


LAYOUT_OF = {
    "000": "awards",
    "001": "session",
    "002": "session",
    "003": "listing",
    "004": "session",
    "session/icml2025": "session",
    "detail/01": "detail",
    "detail/02": "detail",
    "detail/03": "detail",
    "wild/01": "detail",
    "wild/02": "detail",
    "wild/03": "detail",
    "wild/04": "listing",
    "wild/05": "listing",
    "wild/06": "listing",
}
"""The layout of each real page under tests/pages (by `page_text` prefix), from the pages'
READMEs."""


def page_text(prefix: str) -> str:
    """The text of the real page in tests/pages whose file name starts with *prefix*."""
    (path,) = PAGES.glob(f"{prefix}*")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def awards_text() -> str:
    return page_text("000")


@pytest.fixture
def session2021_text() -> str:
    return page_text("001")


@pytest.fixture
def session_hall_g_text() -> str:
    return page_text("002")


@pytest.fixture
def listing_text() -> str:
    return page_text("003")


@pytest.fixture
def session_untitled_text() -> str:
    return page_text("004")


def render_outcomes(strategy: object, examples: int = 200) -> list[bool]:
    """Whether each of *examples* pages drawn (derandomised) from *strategy* renders.

    Used by the "mostly renders" tests, which show that a round-trip property is not
    vacuous (a property whose every draw raises RenderError would prove nothing)."""
    from hypothesis import given, settings

    import confparse

    outcomes: list[bool] = []

    @settings(max_examples=examples, derandomize=True, database=None)
    @given(strategy)
    def draw(page: confparse.Page) -> None:
        try:
            confparse.render(page)
        except confparse.RenderError:
            outcomes.append(False)
        else:
            outcomes.append(True)

    with _without_local_constants():
        draw()
    return outcomes


def _cpu_time(run: Callable[[], object], calls: int) -> float:
    """CPU time per call of *calls* calls of *run*, the collector paused."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.process_time()
        for _ in range(calls):
            run()
        return (time.process_time() - start) / calls
    finally:
        if enabled:
            gc.enable()


def large_over_small(
    small: Callable[[], object],
    large: Callable[[], object],
    bound: float,
    *,
    small_calls: int = 1,
    tries: int = 3,
) -> float:
    """The ratio of *large*'s CPU time to *small*'s, for a test that the ratio is at most
    *bound*: *small* timed best of *tries* (*small_calls* calls each), *large* timed up to
    *tries* times, stopping at the first ratio within *bound*. That is the verdict of the
    best of *tries* of both (the best is within the bound exactly when one try is), at a
    third of the cost when the code is linear. Returns the best ratio measured.

    The collector runs once, before: a full collection walks the whole test process (75 ms
    with the suite's modules loaded), and it is paused while anything is timed."""
    gc.collect()
    small_time = max(min(_cpu_time(small, small_calls) for _ in range(tries)), 1e-6)
    best = float("inf")
    for _ in range(tries):
        best = min(best, _cpu_time(large, 1) / small_time)
        if best <= bound:
            break
    return best


def best_times(
    first: Callable[[], object], second: Callable[[], object], repeats: tuple[int, int]
) -> tuple[float, float]:
    """The best of seven timings of *first* and of *second* (*repeats* calls each a
    round), per call, for a ratio test: CPU time with the collector paused, the rounds of
    the two alternating, so that the ratio sees the same load on the machine (never an
    absolute time)."""
    bests = [float("inf"), float("inf")]
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(7):
            for slot, (run, repeat) in enumerate(zip((first, second), repeats, strict=True)):
                start = time.process_time()
                for _ in range(repeat):
                    run()
                bests[slot] = min(bests[slot], (time.process_time() - start) / repeat)
    finally:
        if enabled:
            gc.enable()
    return bests[0], bests[1]
