"""Old public names that a module now stands in for.

Before 0.2 ``confparse.catalog`` and ``confparse.layouts`` were functions, which hid the
modules of the same names (``import confparse.layouts.listing`` failed). They are modules
now; calling them still works, with a `DeprecationWarning` naming the new function.
"""

from __future__ import annotations

import sys
import types
import warnings
from collections.abc import Callable
from typing import Any


def callable_module(module_name: str, function: Callable[..., Any], new_name: str) -> None:
    """Let module *module_name* be called as *function* was, warning once per call site."""

    class _CallableModule(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            warnings.warn(
                f"calling {module_name}() is deprecated: it is a module now; "
                f"use confparse.{new_name}() instead",
                DeprecationWarning,
                stacklevel=2,
            )
            return function(*args, **kwargs)

    sys.modules[module_name].__class__ = _CallableModule
