"""Fuzz targets: one per public entry point. Each may return or raise a ConfparseError;
anything else (including InternalError, which wraps a bug) is a crash."""

from __future__ import annotations

from collections.abc import Callable

import confparse
from confparse import ConfparseError, InternalError, Page

Target = Callable[[bytes], str]
"""A target returns "parsed", "rendered" or "raised" (a ConfparseError) and raises on a bug."""


def _parse(layout: str | None) -> Target:
    def target(data: bytes) -> str:
        try:
            page = confparse.parse(data, layout=layout)
        except InternalError:
            raise
        except ConfparseError:
            return "raised"
        # what parse returns must also survive JSON and, when it renders, parse back
        assert confparse.from_json(confparse.to_json(page), Page) == page
        try:
            text = confparse.render(page)
        except InternalError:
            raise
        except ConfparseError:
            return "parsed"
        again = confparse.parse(text, layout=page.layout)
        assert again.layout == page.layout
        return "rendered"

    return target


def _from_json(data: bytes) -> str:
    try:
        confparse.from_json(data.decode("utf-8", errors="replace"), Page)
    except InternalError:
        raise
    except ConfparseError:
        return "raised"
    return "parsed"


def targets() -> dict[str, Target]:
    """Every target by name: ``parse`` (detection), ``parse-<layout>``, ``from_json``."""
    found: dict[str, Target] = {"parse": _parse(None), "from_json": _from_json}
    for name in confparse.layout_names():
        found[f"parse-{name}"] = _parse(name)
    return found
