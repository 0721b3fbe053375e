"""Docstring examples in the package run, so they cannot rot (Markdown files run via
pytest's --doctest-glob)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "confparse",
    "confparse.examples",
    "confparse.catalog.dedupe",
    "confparse.catalog.build",
    "confparse.venues",
]


@pytest.mark.parametrize("name", MODULES)
def test_module_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert attempted > 0
    assert failures == 0


def test_examples_match_the_test_pages() -> None:
    import confparse

    from conftest import page_text

    assert confparse.examples.load("icml2021-session") == page_text("001")
    assert confparse.examples.load("icml2021-awards") == page_text("000")
    with pytest.raises(KeyError, match="known"):
        confparse.examples.load("nope")
