"""The Dask recipe of docs/recipes.md, on the bundled real pages."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

import confparse

from conftest import PAGES


def rows_of(path: str) -> list[dict[str, Any]]:
    return confparse.to_records(confparse.parse(pathlib.Path(path)))


def test_dask_bag_to_dataframe() -> None:
    bag_module = pytest.importorskip("dask.bag")
    files = [str(p) for p in sorted(PAGES.glob("*.txt"))]
    bag = bag_module.from_sequence(files, npartitions=2).map(rows_of).flatten()
    frame = bag.to_dataframe().compute(scheduler="synchronous")
    assert frame.shape == (265, len(confparse.to_records(confparse.Paper(title="T"))[0]))
    counts = frame.groupby("layout").size().to_dict()
    assert counts == {"awards": 10, "listing": 217, "session": 38}
    assert "Wasserstein GAN" in set(frame["title"])
