"""The core of one parse: choose the layout, run it on a ledger, finish the page.

A layout only finds records. Everything that must hold for every layout, built-in or not,
happens here: the line limit (when the ledger is made), the record limit, the
``unparsed-line`` report for every line that nothing accounted for, and the page's
``layout``, ``year_source``, ``source``, and the ``venue`` and ``year`` it prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from . import registry
from .capture.document import Document
from .errors import ConfparseError, InternalError, UnknownLayoutError
from .layouts.kit.ledger import Ledger
from .layouts.kit.pagestart import first_page_start
from .layouts.kit.records import Records
from .layouts.kit.vocabulary import ALL_SITES
from .models import Diagnostic, Page, Span, YearSource
from .options import ParseOptions
from .venues import page_venue

__all__ = ["choose_layout", "parse_document", "run_layout", "year_source"]

_YEAR_SOURCES: tuple[YearSource, ...] = ("argument", "page", "weekday")


def year_source(sources: Iterable[YearSource]) -> YearSource | None:
    """How a page's year was found, when its dates were found in several ways: the
    caller's argument wins over a year printed on the page, which wins over a weekday."""
    seen = sources if isinstance(sources, (set, frozenset)) else set(sources)
    if seen:  # most pages print no dates
        for source in _YEAR_SOURCES:
            if source in seen:
                return source
    return None


def _first_record_line(records: Records, document: Document) -> int | None:
    """The 0-based index of the first line of a talk, award or paper of *records* (a
    session's span may start with the page), or ``None`` when none has a span."""
    # no list of every first line: a page of a talk per line would hold one at its peak
    first = min((span.first for span in _record_spans(records) if span is not None), default=0)
    return document.line_index(first) if first else None


def _record_spans(records: Records) -> Iterator[Span | None]:
    """The span of each talk, talk's paper, award and paper of *records*."""
    for session in records.sessions:
        for talk in session.talks:
            yield talk.span
            if talk.paper is not None:
                yield talk.paper.span
    for award in records.awards:
        yield award.span
    for paper in records.papers:
        yield paper.span


def choose_layout(document: Document, name: str | None) -> registry.Layout:
    """The layout called *name*, or the one that detection is surest of.

    Raises:
        UnknownLayoutError: no layout of that name; no layout scores at least
            `registry.DETECT_THRESHOLD`; or two layouts tie for the best score.
    """
    if name is not None:
        return registry.get_layout(name)
    scores = registry.detect(document, stop_when_certain=True)
    best_name, best = scores[0] if scores else ("", 0.0)
    if best < registry.DETECT_THRESHOLD:
        raise UnknownLayoutError("no layout recognises this page", scores)
    if len(scores) > 1 and scores[1][1] == best:
        raise UnknownLayoutError(
            "two layouts recognise this page equally well; pass layout=", scores
        )
    return registry.get_layout(best_name)


def parse_document(document: Document, name: str | None, options: ParseOptions) -> Page:
    """Parse *document* with the layout called *name*, or the one that detection chooses.

    When no layout recognises the page's start but a page of the platform starts further
    down (`first_page_start`: a file that holds other material above the page, such as a
    search tool's sources), the page is read from there, and the lines above it are one
    ``before-page`` warning: said, not read.
    """
    try:
        layout = choose_layout(document, name)
    except UnknownLayoutError as refused:
        start = first_page_start(document.text) if name is None else None
        if start is None:
            raise
        page_part = document.tail(start)
        try:
            layout = choose_layout(page_part, None)
        except UnknownLayoutError:
            raise refused from None
    else:
        return run_layout(layout, document, options)
    return _with_text_above(run_layout(layout, page_part, options), document, start)


def _with_text_above(page: Page, document: Document, start: int) -> Page:
    """*page*, read from line *start* of *document*, with one ``before-page`` warning for
    the lines above it: every input line above the page's first line (a capture may have
    left some out of its lines, as raw HTML is in markdown)."""
    first, last = document.line_number(0), document.line_number(start) - 1
    before = Diagnostic(
        severity="warning",
        code="before-page",
        message="text above the start of the page: not read as the page",
        line=first,
        text=document.lines[0],
        end_line=last if last > first else None,
    )
    return attrs.evolve(page, diagnostics=(before, *page.diagnostics))


def run_layout(layout: registry.Layout, document: Document, options: ParseOptions) -> Page:
    """Parse *document* with *layout* on a fresh ledger and finish the page."""
    ledger = Ledger(document, options, getattr(layout, "vocabulary", ALL_SITES))
    try:
        records = layout.parse(document, ledger)
        ledger.check_records(records.count())
        venue = page_venue(document, before=_first_record_line(records, document))
        return Page(
            layout=layout.name,
            sessions=records.sessions,
            awards=records.awards,
            papers=records.papers,
            diagnostics=ledger.finish(),
            year_source=year_source(ledger.year_sources),
            source=document.source,
            venue=venue.venue,
            year=venue.year,
        )
    except ConfparseError:
        raise
    except Exception as exc:
        raise InternalError(
            f"layout {layout.name!r} failed with {type(exc).__name__}: {exc}"
        ) from exc
