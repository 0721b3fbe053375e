"""The layout registry: built-in layouts, plugins from entry points, and detection.

A layout is any object (typically a module) that satisfies `Layout`: a ``name``,
``api_version = 2``, ``detect(document)``, ``parse(document, ledger)`` and
``render(page, *, today)``. Built-in layouts are listed in `_BUILTIN`; third-party packages
add theirs through the ``confparse.layouts`` entry-point group, read once, on first use.
Layouts written for version 1 of the protocol are wrapped in a shim (`_VersionOne`) that
warns once.
"""

from __future__ import annotations

import importlib
import warnings
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from .capture.document import HEAD_CHARS, Document
from .errors import UnknownLayoutError
from .models import Page

if TYPE_CHECKING:
    from .layouts.kit.ledger import Ledger
    from .layouts.kit.records import Records

__all__ = ["DETECT_PREFIX", "DETECT_THRESHOLD", "Layout", "detect", "get_layout", "layout_names",
           "register"]  # fmt: skip

ENTRY_POINT_GROUP = "confparse.layouts"
DETECT_PREFIX = HEAD_CHARS
"""Detectors see at most this many characters of a page (16 KB, cut at a line end)."""
DETECT_THRESHOLD = 0.5
"""`parse` without ``layout=`` needs a best score at least this high."""

# A new built-in layout is one module in confparse/layouts/ plus one line here.
_BUILTIN = (
    "confparse.layouts.session",
    "confparse.layouts.awards",
    "confparse.layouts.listing",
    "confparse.layouts.detail",
    "confparse.layouts.cards",
    "confparse.layouts.calendar",
)


@runtime_checkable
class Layout(Protocol):
    """What a layout provides (protocol version 2). A module with these names satisfies it.

    The core reads the input into a `Document`, asks every layout's ``detect`` how sure it
    is, creates the `Ledger` of the parse, calls the chosen layout's ``parse`` and then
    finishes the page: it checks ``max_records``, reports every line that the layout left
    unaccounted for, and sets the page's ``layout`` and ``year_source``. A layout written
    for version 1 (``parse(text, options) -> Page``; no ``api_version``) still works
    through a shim that warns once (see docs/plugins.md).
    """

    name: str
    api_version: int

    def detect(self, document: Document) -> float:
        """How sure the layout is, in [0, 1], that *document* is its page. Look at a bounded
        part only: ``document.head()``."""
        ...

    def parse(self, document: Document, ledger: Ledger) -> Records:
        """The records of *document*; account for lines and report problems on *ledger*
        (which also carries the caller's ``options``)."""
        ...

    def render(self, page: Page, *, today: date) -> str:
        """Write *page* back as this layout's text; raise `RenderError` when it cannot.
        *today* is the date that year inference would count back from."""
        ...


_registry: dict[str, Layout] = {}
_loaded = False


class _VersionOne:
    """A layout of protocol version 1 (``detect(text)``, ``parse(text, options) -> Page``,
    ``render(page)``) seen through version 2. Its page's diagnostics join the ledger, and
    its lines count as accounted for: a version-1 layout did its own accounting."""

    api_version = 2

    def __init__(self, layout: Any) -> None:
        self.layout = layout
        self.name: str = layout.name

    def detect(self, document: Document) -> float:
        return float(self.layout.detect(document.head()))

    def parse(self, document: Document, ledger: Ledger) -> Records:
        from .layouts.kit.records import Records

        page = self.layout.parse(document.text, ledger.options)
        if not isinstance(page, Page):
            raise TypeError(f"layout {self.name!r} returned {type(page).__name__}, not a Page")
        ledger.adopt(page.diagnostics)
        if page.year_source is not None:
            ledger.note_year(page.year_source)
        return Records(sessions=page.sessions, awards=page.awards, papers=page.papers)

    def render(self, page: Page, *, today: date) -> str:
        return str(self.layout.render(page))

    def __repr__(self) -> str:
        return f"<version-1 layout {self.name!r}: {self.layout!r}>"


_NEEDS = ("detect", "parse", "render")


def _check(layout: object) -> Layout:
    """*layout* as a version-2 `Layout`: as it is, or wrapped when it is of version 1."""
    if not isinstance(getattr(layout, "name", None), str) or not all(
        callable(getattr(layout, need, None)) for need in _NEEDS
    ):
        raise TypeError(f"{layout!r} is not a layout: it needs name, detect, parse and render")
    version = getattr(layout, "api_version", 1)
    if version == 2:
        return layout  # type: ignore[return-value]
    if version != 1:
        raise TypeError(f"{layout!r} declares api_version {version!r}; confparse knows 1 and 2")
    warnings.warn(
        f"confparse: layout {getattr(layout, 'name', '?')!r} uses version 1 of the layout "
        "protocol (parse(text, options) -> Page); it works through a shim for now. "
        "See docs/plugins.md for version 2.",
        DeprecationWarning,
        stacklevel=3,
    )
    return _VersionOne(layout)


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


def register(layout: Any, *, replace: bool = False) -> Layout:
    """Register *layout* at run time (plugins normally use the entry point instead).

    Returns the layout as the registry holds it (a version-1 layout comes back wrapped).
    """
    registry = _load()
    checked = _check(layout)
    if checked.name in registry and not replace:
        raise ValueError(f"a layout named {checked.name!r} is already registered")
    registry[checked.name] = checked
    return checked


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


def detect(document: Document, *, stop_when_certain: bool = False) -> list[tuple[str, float]]:
    """Every layout with its score for *document*, best first (ties keep registration order).

    Scores are clamped to [0, 1]; a detector that raises scores 0. With *stop_when_certain*
    (what `confparse.parse` uses), detection stops at the first layout, in registration
    order, that is certain (1.0), and only the layouts scored so far are listed.
    """
    scores: list[tuple[str, float]] = []
    for name, layout in _load().items():
        try:
            score = float(layout.detect(document))
        except Exception:
            score = 0.0
        score = min(1.0, max(0.0, score)) if score == score else 0.0
        scores.append((name, score))
        if stop_when_certain and score >= 1.0:
            break
    scores.sort(key=lambda pair: -pair[1])
    return scores
