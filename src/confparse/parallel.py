"""Parse many pages in parallel processes: `parse_many`, `iter_parse` and `map_pages`.

>>> import confparse
>>> texts = [confparse.examples.load(name) for name in confparse.examples.names()]
>>> pages = confparse.parse_many(texts, jobs=2)
>>> [page.layout for page in pages]
['listing', 'awards', 'session', 'session', 'session']
>>> pages == [confparse.parse(text) for text in texts]
True

All three take the keyword options of `confparse.parse`, the input limits (``max_chars``,
``max_line_chars``, ``max_records``) included, and apply them to every page; a page over a
limit fails with its `LimitError` like any other `ConfparseError`.

Sources travel to the worker processes by pickling: text, bytes and paths do (a path is
read in its worker); an open file is read first, in the calling process. Pages and every
`ConfparseError` come back the same way. Rebuilding a page from its pickle costs the
calling process about 40 % of what parsing it did: when you only need something *from*
each page (its JSON, a few fields), `map_pages` computes it in the workers and sends back
only that. Layouts from entry points load in every worker; a layout added with
`confparse.register` at run time reaches the workers only where processes start by forking
(Linux before Python 3.14).
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from datetime import date
from typing import TypeVar

from ._api import parse
from .capture.source import Source, read_source
from .errors import ConfparseError
from .models import Page
from .options import ParseOptions

__all__ = ["iter_parse", "map_pages", "parse_many"]

T = TypeVar("T")

_DEFAULTS = ParseOptions()


def _portable(source: Source) -> str | bytes | os.PathLike[str]:
    """*source* in a form that pickles: open files are read here."""
    if isinstance(source, (str, bytes, os.PathLike)):
        return source
    if isinstance(source, bytearray):
        return bytes(source)
    return read_source(source)


def _parser(
    layout: str | None,
    *,
    year: int | None,
    strict: bool,
    zones: Mapping[str, str] | None,
    today: date | None,
    max_chars: int,
    max_line_chars: int,
    max_records: int,
) -> Callable[[Source], Page]:
    """`parse` with these options bound, in a form that pickles (`functools.partial`).

    The options are checked here, in the calling process, as `parse` checks them: a bad
    one raises at once instead of on every page.
    """
    zones = dict(zones) if zones is not None else None  # a mapping proxy would not pickle
    bound = functools.partial(
        parse,
        year=year,
        strict=strict,
        zones=zones,
        today=today,
        max_chars=max_chars,
        max_line_chars=max_line_chars,
        max_records=max_records,
    )
    ParseOptions(**bound.keywords)  # fails here, once, where `parse` would fail per page
    return functools.partial(bound, layout=layout)


def _parse_then(
    parser: Callable[[Source], Page], function: Callable[[Page], T], source: Source
) -> T | ConfparseError | OSError:
    try:
        return function(parser(source))
    except (ConfparseError, OSError) as exc:
        return exc


def _results(
    one: Callable[[Source], T], items: Sequence[Source], workers: int
) -> Generator[T, None, None]:
    if workers <= 1:
        yield from map(one, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # costs ~20 ms: only when used

    chunk = max(1, min(16, len(items) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(one, items, chunksize=chunk)


def _map(
    function: Callable[[Page], T],
    sources: Iterable[Source],
    parser: Callable[[Source], Page],
    jobs: int,
) -> Generator[T | ConfparseError | OSError, None, None]:
    """`map_pages` once its options are bound into *parser* (see `_parser`)."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, got {jobs}")
    items = [_portable(source) for source in sources]
    one = functools.partial(_parse_then, parser, function)
    return _results(one, items, min(jobs or os.cpu_count() or 1, len(items)))


def map_pages(
    function: Callable[[Page], T],
    sources: Iterable[Source],
    layout: str | None = None,
    *,
    jobs: int = 1,
    year: int | None = None,
    strict: bool = False,
    zones: Mapping[str, str] | None = None,
    today: date | None = None,
    max_chars: int = _DEFAULTS.max_chars,
    max_line_chars: int = _DEFAULTS.max_line_chars,
    max_records: int = _DEFAULTS.max_records,
) -> Generator[T | ConfparseError | OSError, None, None]:
    """Parse each source and call *function* on its page, in the same process; yield the
    results lazily, in input order.

    With ``jobs > 1`` only *function*'s results travel back from the workers, so
    *function* must pickle (a module-level function, or a `functools.partial` of one) and
    so must what it returns. A source that fails yields its exception in its place
    instead of raising it, so that one bad file does not stop the others: the
    `ConfparseError` that parsing (or *function*) raised, a `LimitError` for a page over
    one of the limits included, or the `OSError` of a path that cannot be read. Other
    arguments are those of `parse_many`.

    Raises:
        ValueError: *jobs* is negative, or *year* is out of range (at once, not on the
            first result).

    Examples:
        >>> import confparse
        >>> texts = [confparse.examples.load("hf-papers"), "not a page"]
        >>> [type(r).__name__ for r in map_pages(confparse.to_json, texts, jobs=2)]
        ['str', 'UnknownLayoutError']
        >>> [type(r).__name__ for r in map_pages(confparse.to_json, texts, max_records=9)]
        ['LimitError', 'UnknownLayoutError']
    """
    parser = _parser(
        layout,
        year=year,
        strict=strict,
        zones=zones,
        today=today,
        max_chars=max_chars,
        max_line_chars=max_line_chars,
        max_records=max_records,
    )
    return _map(function, sources, parser, jobs)


def _same(page: Page) -> Page:
    return page


def iter_parse(
    sources: Iterable[Source],
    layout: str | None = None,
    *,
    jobs: int = 1,
    year: int | None = None,
    strict: bool = False,
    zones: Mapping[str, str] | None = None,
    today: date | None = None,
    max_chars: int = _DEFAULTS.max_chars,
    max_line_chars: int = _DEFAULTS.max_line_chars,
    max_records: int = _DEFAULTS.max_records,
) -> Generator[Page | ConfparseError | OSError, None, None]:
    """`parse_many`, lazily, with each source's error in its place instead of raised.

    Yields a `Page`, or the `ConfparseError` (a `LimitError` for a page over a limit) or
    `OSError` of a source that failed, per source, in input order. Arguments are those of
    `parse_many`.

    Raises:
        ValueError: *jobs* is negative, or *year* is out of range (at once, not on the
            first result).
    """
    parser = _parser(
        layout,
        year=year,
        strict=strict,
        zones=zones,
        today=today,
        max_chars=max_chars,
        max_line_chars=max_line_chars,
        max_records=max_records,
    )
    return _map(_same, sources, parser, jobs)


def parse_many(
    sources: Iterable[Source],
    layout: str | None = None,
    *,
    jobs: int = 1,
    year: int | None = None,
    strict: bool = False,
    zones: Mapping[str, str] | None = None,
    today: date | None = None,
    max_chars: int = _DEFAULTS.max_chars,
    max_line_chars: int = _DEFAULTS.max_line_chars,
    max_records: int = _DEFAULTS.max_records,
) -> list[Page]:
    """Parse every source like `confparse.parse`; with ``jobs > 1``, in that many processes.

    Args:
        sources: anything `confparse.parse` accepts, one item per page.
        layout: the layout's name for every page; detected per page when omitted.
        jobs: the number of processes; ``1`` parses here, one page after the other, and
            ``0`` uses one process per core. Never more processes than sources.
        year: the year of every page's dates (as for `confparse.parse`).
        strict: stop each page at its first error (its `ParseError` is raised here).
        zones: extra time-zone abbreviations for every page.
        today: the date that year inference counts back from (default: today).
        max_chars: refuse a page longer than this many characters (default 256 M).
        max_line_chars: refuse a page with a longer line (default 4 M characters).
        max_records: refuse a page with more records (default 1 M).

    Returns:
        The pages, in the order of *sources*, equal to what ``[parse(s, ...) for s in
        sources]`` returns.

    Raises:
        ConfparseError: the first source (in input order) that fails, as `parse` raises it
            (a `LimitError` for a page over one of the limits).
        OSError: a path that cannot be read.
        ValueError: *jobs* is negative, or *year* is out of range.
    """
    parser = _parser(
        layout,
        year=year,
        strict=strict,
        zones=zones,
        today=today,
        max_chars=max_chars,
        max_line_chars=max_line_chars,
        max_records=max_records,
    )
    results = _map(_same, sources, parser, jobs)
    pages = []
    with contextlib.closing(results):  # on an error, stop the workers before raising
        for result in results:
            if isinstance(result, BaseException):
                raise result
            pages.append(result)
    return pages
