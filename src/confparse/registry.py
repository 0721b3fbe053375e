"""The layout registry: built-in layouts, plugins from entry points, and detection.

A layout is any object (typically a module) with a ``name``, ``detect(text) -> float``,
``parse(text, options) -> Page`` and ``render(page) -> str``; see `Layout`. Built-in layouts
are listed in `_BUILTIN`; third-party packages add theirs through the ``confparse.layouts``
entry-point group, read once, on first use.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Protocol, runtime_checkable

from .errors import UnknownLayoutError
from .models import Page
from .options import ParseOptions

__all__ = ["DETECT_PREFIX", "DETECT_THRESHOLD", "Layout", "detect", "get_layout", "layout_names",
           "register"]  # fmt: skip

ENTRY_POINT_GROUP = "confparse.layouts"
DETECT_PREFIX = 16_384
"""Detectors see at most this many characters of a page (16 KB, cut at a line end)."""
DETECT_THRESHOLD = 0.5
"""`parse` without ``layout=`` needs a best score at least this high."""

# A new built-in layout is one module in confparse/layouts/ plus one line here.
_BUILTIN = (
    "confparse.layouts.session",
    "confparse.layouts.awards",
    "confparse.layouts.listing",
    "confparse.layouts.detail",
)


@runtime_checkable
class Layout(Protocol):
    """What a layout provides. A module with these four names satisfies it."""

    name: str

    def detect(self, text: str) -> float:
        """How sure the layout is, in [0, 1], that *text* (a bounded prefix) is its page."""
        ...

    def parse(self, text: str, options: ParseOptions) -> Page:
        """Parse normalised *text* into a `Page` whose ``layout`` is this layout's name."""
        ...

    def render(self, page: Page) -> str:
        """Write *page* back as this layout's text; raise `RenderError` when it cannot."""
        ...


_registry: dict[str, Layout] = {}
_loaded = False


def _check(layout: object) -> Layout:
    if not isinstance(layout, Layout) or not isinstance(getattr(layout, "name", None), str):
        raise TypeError(f"{layout!r} is not a layout: it needs name, detect, parse and render")
    return layout


def _load() -> dict[str, Layout]:
    global _loaded
    if _loaded:
        return _registry
    _loaded = True
    for module in _BUILTIN:
        layout = _check(importlib.import_module(module))
        _registry.setdefault(layout.name, layout)
    from importlib.metadata import entry_points

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            layout = _check(entry.load())
        except Exception as exc:  # a broken plugin must not break confparse
            warnings.warn(
                f"confparse: could not load layout plugin {entry.value!r}: {exc}",
                RuntimeWarning,
                stacklevel=2,
            )
            continue
        if layout.name in _registry:
            warnings.warn(
                f"confparse: layout plugin {entry.value!r} reuses the name {layout.name!r}; "
                "the first one registered is kept",
                RuntimeWarning,
                stacklevel=2,
            )
            continue
        _registry[layout.name] = layout
    return _registry


def register(layout: Layout, *, replace: bool = False) -> Layout:
    """Register *layout* at run time (plugins normally use the entry point instead)."""
    registry = _load()
    _check(layout)
    if layout.name in registry and not replace:
        raise ValueError(f"a layout named {layout.name!r} is already registered")
    registry[layout.name] = layout
    return layout


def layout_names() -> tuple[str, ...]:
    """The names of all registered layouts, built-in first."""
    return tuple(_load())


def get_layout(name: str) -> Layout:
    """The layout called *name*; `UnknownLayoutError` lists the known names otherwise."""
    registry = _load()
    try:
        return registry[name]
    except KeyError:
        known = ", ".join(registry)
        raise UnknownLayoutError(f"no layout named {name!r}; known layouts: {known}") from None


def _prefix(text: str) -> str:
    if len(text) <= DETECT_PREFIX:
        return text
    cut = text.rfind("\n", 0, DETECT_PREFIX)
    return text[: cut if cut > 0 else DETECT_PREFIX]


def detect(text: str, *, stop_when_certain: bool = False) -> list[tuple[str, float]]:
    """Every layout with its score for *text*, best first (ties keep registration order).

    Each detector sees only a bounded prefix of the text. Scores are clamped to [0, 1]; a
    detector that raises scores 0. With *stop_when_certain* (what `confparse.parse` uses),
    detection stops at the first layout, in registration order, that is certain (1.0), and
    only the layouts scored so far are listed.
    """
    prefix = _prefix(text)
    scores: list[tuple[str, float]] = []
    for name, layout in _load().items():
        try:
            score = float(layout.detect(prefix))
        except Exception:
            score = 0.0
        score = min(1.0, max(0.0, score)) if score == score else 0.0
        scores.append((name, score))
        if stop_when_certain and score >= 1.0:
            break
    scores.sort(key=lambda pair: -pair[1])
    return scores
