"""Parse many pages in parallel processes: `parse_many`, `iter_parse` and `map_pages`.

>>> import confparse
>>> texts = [confparse.examples.load(name) for name in confparse.examples.names()]
>>> pages = confparse.parse_many(texts, jobs=2)
>>> [page.layout for page in pages]
['listing', 'awards', 'session', 'session', 'session']
>>> pages == [confparse.parse(text) for text in texts]
True

All three take the options of `confparse.parse` the same way (``options=`` and any field
of `ParseOptions` as a keyword, the input limits included) and apply them to every page; a
page over a limit fails with its `LimitError` like any other `ConfparseError`.

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
from collections.abc import Callable, Generator, Iterable, Sequence
from typing import Any, TypeVar, Union

from ._api import parse, resolve_options
from .capture.source import Source, read_source
from .errors import ConfparseError
from .models import Page
from .options import ParseOptions

__all__ = ["Progress", "iter_parse", "map_pages", "parse_many"]

T = TypeVar("T")


_Item = Union[str, bytes, "os.PathLike[str]", ConfparseError]
"""A source as it travels to a worker: text, bytes, a path, or the error it already gave."""


def _portable(source: Source) -> _Item:
    """*source* in a form that pickles: open files are read here. A source that is no page
    (or a file that cannot be read) becomes its `SourceError`, to be given back in its
    place instead of stopping the batch."""
    if isinstance(source, (str, bytes, os.PathLike)):
        return source
    if isinstance(source, bytearray):
        return bytes(source)
    try:
        return read_source(source)
    except ConfparseError as exc:
        return exc


def _parser(
    layout: str | None, options: ParseOptions | None, overrides: dict[str, Any]
) -> Callable[[Source], Page]:
    """`parse` with these options bound, in a form that pickles (`functools.partial`).

    The options are resolved here, in the calling process, as `parse` resolves them: a bad
    one raises at once instead of on every page.
    """
    return functools.partial(parse, layout=layout, options=resolve_options(options, overrides))


def _parse_then(
    parser: Callable[[Source], Page], function: Callable[[Page], T], source: _Item
) -> T | ConfparseError | OSError:
    if isinstance(source, ConfparseError):
        return source
    try:
        return function(parser(source))
    except (ConfparseError, OSError) as exc:
        return exc


def _results(
    one: Callable[[_Item], T], items: Sequence[_Item], workers: int
) -> Generator[T, None, None]:
    if workers <= 1:
        yield from map(one, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # costs ~20 ms: only when used

    chunk = max(1, min(16, len(items) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(one, items, chunksize=chunk)


Progress = Callable[[int, int], object]
"""A progress callback: called as ``progress(done, total)`` after each source, in the calling
process, in input order (``done`` runs from 1 to ``total``)."""


def _reporting(
    results: Generator[T, None, None], total: int, progress: Progress
) -> Generator[T, None, None]:
    with contextlib.closing(results):
        for done, result in enumerate(results, 1):
            progress(done, total)
            yield result


def _map(
    function: Callable[[Page], T],
    sources: Iterable[Source],
    parser: Callable[[Source], Page],
    jobs: int,
    progress: Progress | None = None,
) -> Generator[T | ConfparseError | OSError, None, None]:
    """`map_pages` once its options are bound into *parser* (see `_parser`)."""
    if type(jobs) is not int:
        raise TypeError(f"jobs must be an int (0 for one per core), not {type(jobs).__name__}")
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, got {jobs}")
    if progress is not None and not callable(progress):
        raise TypeError(
            f"progress must be a callable progress(done, total), not {type(progress).__name__}"
        )
    if not isinstance(sources, Iterable) or isinstance(sources, (str, bytes, os.PathLike)):
        raise TypeError(
            "sources must be an iterable of pages (a list of texts, bytes, paths or files), "
            f"not {type(sources).__name__}"
        )
    items = [_portable(source) for source in sources]
    one = functools.partial(_parse_then, parser, function)
    results = _results(one, items, min(jobs or os.cpu_count() or 1, len(items)))
    return results if progress is None else _reporting(results, len(items), progress)


def map_pages(
    function: Callable[[Page], T],
    sources: Iterable[Source],
    layout: str | None = None,
    *,
    jobs: int = 1,
    options: ParseOptions | None = None,
    progress: Progress | None = None,
    **overrides: Any,
) -> Generator[T | ConfparseError | OSError, None, None]:
    """Parse each source and call *function* on its page, in the same process; yield the
    results lazily, in input order.

    With ``jobs > 1`` only *function*'s results travel back from the workers, so
    *function* must pickle (a module-level function, or a `functools.partial` of one) and
    so must what it returns. A source that fails yields its exception in its place
    instead of raising it, so that one bad file does not stop the others: the
    `ConfparseError` that parsing (or *function*) raised, a `LimitError` for a page over
    one of the limits included, or the `SourceError` of a path that cannot be read. Other
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
    parser = _parser(layout, options, overrides)
    return _map(function, sources, parser, jobs, progress)


def _same(page: Page) -> Page:
    return page


def iter_parse(
    sources: Iterable[Source],
    layout: str | None = None,
    *,
    jobs: int = 1,
    options: ParseOptions | None = None,
    progress: Progress | None = None,
    **overrides: Any,
) -> Generator[Page | ConfparseError | OSError, None, None]:
    """`parse_many`, lazily, with each source's error in its place instead of raised.

    Yields a `Page`, or the `ConfparseError` (a `LimitError` for a page over a limit) or
    `SourceError` of a source that failed, per source, in input order. Arguments are those of
    `parse_many`.

    Raises:
        ValueError: *jobs* is negative, or *year* is out of range (at once, not on the
            first result).
    """
    parser = _parser(layout, options, overrides)
    return _map(_same, sources, parser, jobs, progress)


def parse_many(
    sources: Iterable[Source],
    layout: str | None = None,
    *,
    jobs: int = 1,
    options: ParseOptions | None = None,
    progress: Progress | None = None,
    **overrides: Any,
) -> list[Page]:
    """Parse every source like `confparse.parse`; with ``jobs > 1``, in that many processes.

    Args:
        sources: anything `confparse.parse` accepts, one item per page.
        layout: the layout's name for every page; detected per page when omitted.
        jobs: the number of processes; ``1`` parses here, one page after the other, and
            ``0`` uses one process per core. Never more processes than sources.
        options: a `ParseOptions` for every page (the defaults when omitted).
        progress: a function called as ``progress(done, total)`` after each source (in
            the calling process, in input order), to drive a progress bar.
        **overrides: any field of `ParseOptions` (``year=``, ``strict=``, ``zones=``,
            ``today=``, ``max_chars=``, ``max_line_chars=``, ``max_records=``), as for
            `confparse.parse`; ``strict=True`` raises a page's first `ParseError` here.

    Returns:
        The pages, in the order of *sources*, equal to what ``[parse(s, ...) for s in
        sources]`` returns.

    Raises:
        TypeError: *sources* is not an iterable, *jobs* not an int, or *progress* not
            callable.
        ConfparseError: the first source (in input order) that fails, as `parse` raises it
            (a `LimitError` for a page over one of the limits).
        SourceError: a path that cannot be read, or a value that is no page.
        ValueError: *jobs* is negative, or *year* is out of range.
    """
    parser = _parser(layout, options, overrides)
    results = _map(_same, sources, parser, jobs, progress)
    pages = []
    with contextlib.closing(results):  # on an error, stop the workers before raising
        for result in results:
            if isinstance(result, BaseException):
                raise result
            pages.append(result)
    return pages
