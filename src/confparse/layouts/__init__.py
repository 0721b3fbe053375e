"""The layouts stage: one module per page layout, and the kit they are built from.

Each built-in layout is a module here (``confparse.layouts.session`` ...) that satisfies
`confparse.Layout`; `confparse.layouts.kit` is what a layout, built-in or third-party, is
written with. ``confparse.layouts`` is this package; calling it (the old function that
listed the registered layouts) still works and warns: use `confparse.layout_names`.
"""

from .._compat import callable_module
from ..registry import layout_names

callable_module(__name__, layout_names, "layout_names")
