"""Real captured pages bundled with confparse, loadable by name.

>>> from confparse import examples
>>> "icml2021-session" in examples.names()
True
"""

from __future__ import annotations

from importlib import resources

__all__ = ["load", "names"]

_PACKAGE = "confparse._examples"


def names() -> tuple[str, ...]:
    """The names of the bundled example pages, sorted."""
    files = resources.files(_PACKAGE).iterdir()
    return tuple(sorted(f.name[:-4] for f in files if f.name.endswith(".txt")))


def load(name: str) -> str:
    """The text of the bundled example page *name* (see `names`)."""
    if name not in names():
        raise KeyError(f"no example page named {name!r}; known: {', '.join(names())}")
    return (resources.files(_PACKAGE) / f"{name}.txt").read_text(encoding="utf-8")
