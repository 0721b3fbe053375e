"""The catalog stage: one set of papers from many pages.

`build_catalog` joins the papers of many pages into one entry per paper, with the talks and
awards that show it; `dedupe`, `merge_papers` and `same_paper` decide which records are the
same paper. ``confparse.catalog`` is this package; calling it (the old function of that
name) still works and warns.
"""

from .._compat import callable_module
from .build import Catalog, CatalogEntry, build_catalog
from .dedupe import dedupe, merge_papers, same_paper

__all__ = ["Catalog", "CatalogEntry", "build_catalog", "catalog", "dedupe", "merge_papers",
           "same_paper"]  # fmt: skip

catalog = build_catalog
"""The old name of `build_catalog`, kept for ``from confparse.catalog import catalog``."""

callable_module(__name__, build_catalog, "build_catalog")
