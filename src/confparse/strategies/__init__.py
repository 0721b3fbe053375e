"""Hypothesis strategies for confparse records and pages, for your own property tests.

Requires ``hypothesis`` (``pip install 'confparse-pages[strategies]'``)::

    from hypothesis import given
    from confparse import strategies as cs

    @given(cs.session_pages())
    def test_my_exporter(page): ...

Every strategy draws valid records (validators pass). Page strategies draw pages that the
layout can usually render; `confparse.render` may still raise `RenderError` for a drawn page
that the layout cannot express unambiguously.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "confparse.strategies needs hypothesis: pip install 'confparse-pages[strategies]'"
    ) from exc

from ._awards import award_pages, awards
from ._calendar import calendar_pages, calendar_zone
from ._common import abstracts, aware_datetimes, names, papers, people, titles, zones
from ._detail import detail_pages
from ._listing import listing_pages
from ._session import session_pages, sessions, talks

__all__ = [
    "abstracts",
    "award_pages",
    "awards",
    "aware_datetimes",
    "calendar_pages",
    "calendar_zone",
    "detail_pages",
    "listing_pages",
    "names",
    "papers",
    "people",
    "session_pages",
    "sessions",
    "talks",
    "titles",
    "zones",
]
