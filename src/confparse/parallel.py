"""Parse many pages in parallel processes: `parse_many`, `iter_parse` and `map_pages`.

>>> import confparse
>>> texts = [confparse.examples.load(name) for name in confparse.examples.names()]
>>> pages = confparse.parse_many(texts, jobs=2)
>>> [page.layout for page in pages]
['listing', 'awards', 'session', 'session', 'session']
>>> pages == [confparse.parse(text) for text in texts]
True

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
from .errors import ConfparseError
from .models import Page
from .text import Source, read_source

__all__ = ["iter_parse", "map_pages", "parse_many"]

T = TypeVar("T")


def _portable(source: Source) -> str | bytes | os.PathLike[str]:
    """*source* in a form that pickles: open files are read here."""
    if isinstance(source, (str, bytes, os.PathLike)):
        return source
    if isinstance(source, bytearray):
        return bytes(source)
    return read_source(source)


def _parse_then(
    source: Source,
    function: Callable[[Page], T],
    layout: str | None,
    year: int | None,
    strict: bool,
    zones: Mapping[str, str] | None,
    today: date | None,
) -> T | ConfparseError | OSError:
    try:
        page = parse(source, layout, year=year, strict=strict, zones=zones, today=today)
        return function(page)
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
) -> Generator[T | ConfparseError | OSError, None, None]:
    """Parse each source and call *function* on its page, in the same process; yield the
    results lazily, in input order.

    With ``jobs > 1`` only *function*'s results travel back from the workers, so
    *function* must pickle (a module-level function, or a `functools.partial` of one) and
    so must what it returns. A source that fails yields its exception in its place
    instead of raising it, so that one bad file does not stop the others: the
    `ConfparseError` that parsing (or *function*) raised, or the `OSError` of a path that
    cannot be read. Other arguments are those of `parse_many`.

    Raises:
        ValueError: *jobs* is negative (at once, not on the first result).

    Examples:
        >>> import confparse
        >>> texts = [confparse.examples.load("hf-papers"), "not a page"]
        >>> [type(r).__name__ for r in map_pages(confparse.to_json, texts, jobs=2)]
        ['str', 'UnknownLayoutError']
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, got {jobs}")
    items = [_portable(source) for source in sources]
    one = functools.partial(
        _parse_then,
        function=function,
        layout=layout,
        year=year,
        strict=strict,
        zones=dict(zones) if zones is not None else None,
        today=today,
    )
    return _results(one, items, min(jobs or os.cpu_count() or 1, len(items)))


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
) -> Generator[Page | ConfparseError | OSError, None, None]:
    """`parse_many`, lazily, with each source's error in its place instead of raised.

    Yields a `Page`, or the `ConfparseError` or `OSError` of a source that failed, per
    source, in input order. Arguments are those of `parse_many`.

    Raises:
        ValueError: *jobs* is negative (at once, not on the first result).
    """
    return map_pages(
        _same, sources, layout, jobs=jobs, year=year, strict=strict, zones=zones, today=today
    )


def parse_many(
    sources: Iterable[Source],
    layout: str | None = None,
    *,
    jobs: int = 1,
    year: int | None = None,
    strict: bool = False,
    zones: Mapping[str, str] | None = None,
    today: date | None = None,
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

    Returns:
        The pages, in the order of *sources*, equal to what ``[parse(s, ...) for s in
        sources]`` returns.

    Raises:
        ConfparseError: the first source (in input order) that fails, as `parse` raises it.
        OSError: a path that cannot be read.
        ValueError: *jobs* is negative.
    """
    results = iter_parse(
        sources, layout, jobs=jobs, year=year, strict=strict, zones=zones, today=today
    )
    pages = []
    with contextlib.closing(results):  # on an error, stop the workers before raising
        for result in results:
            if isinstance(result, BaseException):
                raise result
            pages.append(result)
    return pages
