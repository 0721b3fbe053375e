"""Field helpers of the kit: one rule, one test."""

from __future__ import annotations

import pytest

from confparse.layouts.kit.fields import single_spaced


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
