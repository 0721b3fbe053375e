"""The ``confparse`` command line (``python -m confparse`` works too).

Diagnostics go to stderr as ``file:line:col: severity[code]: message``, like a compiler's.
Exit status: 0 when clean, 1 when a page had diagnostics of error severity or could not be
parsed, 2 on usage errors (bad arguments, unreadable files, a missing optional package).
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import os
import shutil
import sys
import textwrap
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, NamedTuple

import attrs

from . import examples, registry
from ._api import detect, render
from .capture.source import Source
from .catalog import Catalog, build_catalog
from .convert import from_json, to_json
from .errors import (
    ConfparseError,
    ConvertError,
    InternalError,
    ParseError,
    UnknownLayoutError,
)
from .export.bibtex import bibliography
from .export.records import COLUMNS, to_records
from .export.schema import json_schema
from .models import Diagnostic, Page
from .options import ParseOptions
from .parallel import map_pages
from .times import is_zone_name, zone_for

__all__ = ["build_parser", "main"]

USAGE, ERROR, OK = 2, 1, 0

_EPILOG = """examples:
  confparse parse --example icml2021-session
  confparse parse page.txt --layout session --year 2021
  confparse parse pages/*.txt --jobs 4 --format csv > talks.csv
  cat page.txt | confparse parse -
  confparse catalog pages/*.txt --format bibtex > papers.bib
  confparse detect page.txt
  confparse render page.json
  confparse schema > page.schema.json

Run 'confparse COMMAND --help' for the options of each command. Diagnostics go to stderr as
'file:line:col: severity[code]: message'. Exit status: 0 when clean, 1 when a page has
error diagnostics or cannot be parsed, 2 on usage errors.
"""

_PARSE_EPILOG = """examples:
  confparse parse --example icml2021-session          # a bundled real page, as JSON
  confparse parse page.txt --layout session --year 2021 --format table
  confparse parse pages/*.txt --jobs 4 --format jsonl > pages.jsonl
  confparse parse pages/*.txt --format csv > records.csv   # one row per talk/award/paper
  confparse parse pages/*.txt --format ics > talks.ics     # needs confparse-pages[ics]
  confparse parse cards.html --default-zone Asia/Seoul     # times printed without a zone
  cat page.txt | confparse parse -

formats: json (one page; an array for several), jsonl (one page per line), csv and table
(one row per talk, award and paper), ics (an iCalendar file of the talks), bibtex (the
papers with titles and authors).
"""

_CATALOG_EPILOG = """examples:
  confparse catalog pages/*.txt --format table
  confparse catalog --example icml2021-awards --example icml2021-session --format json
  confparse catalog pages/*.txt --format bibtex --booktitle "ICML 2021" > papers.bib

Joins the papers of all pages into one entry per paper (see docs/catalog.md). formats:
json (the catalog), jsonl (one entry per line), csv and table (one row per entry),
bibtex, ics (the talks of the entries).
"""

_EXPORT_EPILOG = """examples:
  confparse export captures/ --sqlite neurips2023.db      # a directory, recursively
  confparse export 'pages/*.html' --sqlite pages.db
  confparse export captures/ --parquet tables/             # needs confparse-pages[parquet]

Tables: pages, sessions, moderators, talks, awards, page_papers, papers, authors, people,
links, diagnostics (see docs/database.md). Running again on the same pages adds nothing.
"""

_DETECT_EPILOG = """examples:
  confparse detect page.txt
  confparse detect pages/*.txt

Prints each layout's score in [0, 1], best first; parse picks the best when it is at
least 0.5 and not tied.
"""

_RENDER_EPILOG = """examples:
  confparse render page.json
  confparse parse page.txt --format jsonl | confparse render -

Reads a page as JSON (an object, an array of pages, or one page per line) and writes it
back as the text of its layout.
"""

_SCHEMA_EPILOG = """examples:
  confparse schema > page.schema.json
  confparse schema --catalog > catalog.schema.json
"""


# -- output helpers -----------------------------------------------------------------------
class Progress:
    """A one-line progress bar on *stream*, drawn only when the stream is a terminal.

    `write` prints a line (a diagnostic) above the bar; `close` erases the bar.
    """

    def __init__(self, total: int, stream: IO[str], *, label: str = "parsing") -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.label = label
        self.enabled = total > 1 and _isatty(stream)
        self._drawn_at = 0.0

    def _draw(self) -> None:
        width = max(10, min(40, shutil.get_terminal_size().columns - 40))
        filled = width * self.done // self.total
        bar = "#" * filled + "." * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} files\x1b[K")
        self.stream.flush()
        self._drawn_at = time.monotonic()

    def step(self) -> None:
        """Count one more file done; redraw at most ten times a second (and at the end)."""
        self.done += 1
        if self.enabled and (self.done == self.total or time.monotonic() - self._drawn_at >= 0.1):
            self._draw()

    def write(self, line: str) -> None:
        """Print *line* (and a newline) above the bar."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
        self.stream.write(line + "\n")
        if self.enabled and self.done:
            self._draw()

    def close(self) -> None:
        """Erase the bar."""
        if self.enabled and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, list):
        return " ".join(map(str, value))
    return str(value)


_CSV_COLUMNS = tuple(column for column in COLUMNS if column != "author_list")


def _write_csv(rows: Iterable[dict[str, Any]], labels: bool) -> None:
    columns = (("file",) if labels else ()) + _CSV_COLUMNS
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_plain(row.get(column)) for column in columns])


def _short_time(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M %Z") if isinstance(value, datetime) else ""


def _fit(text: str, width: int, *, left: bool = False) -> str:
    if len(text) <= width:
        return text
    return "…" + text[len(text) - width + 1 :] if left else text[: width - 1] + "…"


def _table_cell(row: dict[str, Any], name: str) -> str:
    value = row.get(name)
    text = _short_time(value) if name == "start" else "" if value is None else str(value)
    return text.replace("\n", " ")


_TABLE_CAPS = {"file": 28, "kind": 14, "award": 22, "location": 16}


def _write_table(rows: list[dict[str, Any]], labels: bool) -> None:
    """An aligned text table of the rows' main fields (columns empty in every row are left
    out). On a terminal, long cells are cut (file names from the left) so that lines fit;
    into a pipe or a file, nothing is cut."""
    names = ["file"] if labels else []
    names += ["record", "start", "kind", "award", "location", "title", "authors"]
    cells = [[_table_cell(row, name) for name in names] for row in rows]
    keep = [
        i
        for i, name in enumerate(names)
        if name in ("record", "title") or any(line[i] for line in cells)
    ]
    names = [names[i] for i in keep]
    cells = [[line[i] for i in keep] for line in cells]
    widths = [max([len(name)] + [len(line[i]) for line in cells]) for i, name in enumerate(names)]
    if _isatty(sys.stdout):
        widths = [min(w, _TABLE_CAPS.get(name, w)) for w, name in zip(widths, names, strict=True)]
        room = shutil.get_terminal_size().columns - 2 * (len(names) - 1)
        title = names.index("title")
        authors = names.index("authors") if "authors" in names else None
        shared = widths[title] + (widths[authors] if authors is not None else 0)
        free = max(35, room - sum(widths) + shared)
        if authors is None:
            widths[title] = min(widths[title], free)
        else:
            widths[title] = min(widths[title], max(20, free * 3 // 5))
            widths[authors] = min(widths[authors], max(15, free - widths[title]))
    for line in [names, *cells]:
        shown = [
            _fit(cell, width, left=name == "file").ljust(width)
            for cell, width, name in zip(line, widths, names, strict=True)
        ]
        print("  ".join(shown).rstrip())


def _pages_ics(pages: Iterable[Any]) -> str:
    from .export.ics import to_ics

    return to_ics(pages)


# -- parsing many sources -----------------------------------------------------------------
PAGE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
"""The files that a directory given as input contributes (searched recursively)."""


def expand_inputs(names: Iterable[str]) -> list[str]:
    """File names for the command line's inputs: a directory gives its page files
    (`PAGE_SUFFIXES`, recursively, sorted; README files left out), a pattern with ``*``,
    ``?`` or ``[`` that names no file gives its matches (``**`` matches directories too),
    anything else stays as it is (``-``, files, and names that do not exist, to be
    reported)."""
    import glob

    found: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found += sorted(
                str(p)
                for p in path.rglob("*")
                if p.suffix.lower() in PAGE_SUFFIXES and p.stem.upper() != "README" and p.is_file()
            )
        elif any(c in name for c in "*?[") and not path.exists():
            matches = sorted(glob.glob(name, recursive=True))
            found += [m for m in matches if not Path(m).is_dir()] or [name]
        else:
            found.append(name)
    return found


def _sources(args: argparse.Namespace) -> list[tuple[str, Source]]:
    sources: list[tuple[str, Source]] = []
    for name in args.example or ():
        sources.append((f"example:{name}", examples.load(name)))
    for name in expand_inputs(args.files):
        sources.append((name, sys.stdin.buffer.read() if name == "-" else Path(name)))
    return sources


def _unreadable(exc: BaseException) -> bool:
    """Whether *exc* says a file could not be read (a usage error, exit 2)."""
    return isinstance(exc, OSError)  # `UnreadableSource` is an OSError too


_CLI_SPELLING = (
    ("pass year=", "pass --year"),
    ("pass layout=", "pass --layout"),
    ("default_zone=", "--default-zone"),
    ("strict=True", "--strict"),
)


def cli_spelling(message: str) -> str:
    """*message* with the API's spelling of options (``pass year=``) in the command line's
    (``pass --year``)."""
    for api, cli in _CLI_SPELLING:
        message = message.replace(api, cli)
    return message


def _describe_error(label: str, exc: BaseException) -> str:
    return cli_spelling(_describe(label, exc))


def _describe(label: str, exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return f"{label}: error[io-error]: {exc.strerror or exc}"
    if isinstance(exc, ParseError):
        where = f"{label}:{exc.line}:{exc.column}" if exc.line else label
        return f"{where}: error[{exc.code}]: {exc.message}"
    code = (
        "unknown-layout"
        if isinstance(exc, UnknownLayoutError)
        else "internal-error"
        if isinstance(exc, InternalError)
        else "invalid-json"
        if isinstance(exc, ConvertError)
        else "error"
    )
    return f"{label}: error[{code}]: {exc}"


class _Parsed(NamedTuple):
    """What a worker sends back for one page: its diagnostics and what the format needs."""

    diagnostics: tuple[Diagnostic, ...]
    output: Any  # JSON text (json, jsonl), rows (csv, table) or the page itself


def _for_format(format: str, page: Page) -> _Parsed:
    """The part of *page* that *format* prints, computed where the page was parsed."""
    if format in ("json", "jsonl"):
        return _Parsed(page.diagnostics, to_json(page, indent=2 if format == "json" else None))
    if format in ("csv", "table"):
        return _Parsed(page.diagnostics, to_records(page))
    return _Parsed(page.diagnostics, page)


def _parse_all(args: argparse.Namespace, format: str) -> tuple[int, list[tuple[str, Any]]]:
    """Parse every source the arguments name, in ``args.jobs`` processes, and report the
    diagnostics in input order; return the exit status and each page's output for
    *format* (see `_for_format`), labelled with its file name."""
    if args.layout is not None and args.layout not in registry.layout_names():
        known = ", ".join(registry.layout_names())
        print(
            f"confparse {args.command}: unknown --layout {args.layout!r} (known: {known})",
            file=sys.stderr,
        )
        return USAGE, []
    sources = _sources(args)
    if not sources:
        print(f"confparse {args.command}: give FILE... or --example NAME", file=sys.stderr)
        return USAGE, []
    status = OK
    outputs: list[tuple[str, Any]] = []
    progress = Progress(len(sources), sys.stderr)
    results = map_pages(
        functools.partial(_for_format, format),
        (source for _label, source in sources),
        args.layout,
        jobs=args.jobs,
        options=_options(args),
        progress=lambda _done, _total: progress.step(),
    )
    quiet = getattr(args, "quiet", False)
    try:
        for (label, _source), result in zip(sources, results, strict=True):
            if isinstance(result, _Parsed):
                for d in result.diagnostics:
                    if not quiet or d.severity == "error":
                        progress.write(cli_spelling(f"{label}:{d}"))
                errors = any(d.severity == "error" for d in result.diagnostics)
                status = max(status, ERROR if errors else OK)
                outputs.append((label, result.output))
            else:
                progress.write(_describe_error(label, result))
                status = max(status, USAGE if _unreadable(result) else ERROR)
    finally:
        results.close()
        progress.close()
    return status, outputs


def _needs_ics() -> bool:
    try:
        import icalendar  # noqa: F401
    except ImportError:
        print(
            "confparse: --format ics needs the icalendar package: "
            "pip install 'confparse-pages[ics]'",
            file=sys.stderr,
        )
        return False
    return True


def _note(args: argparse.Namespace, message: str) -> None:
    """A note on stderr (not with ``--quiet``)."""
    if not getattr(args, "quiet", False):
        print(f"confparse {args.command}: {message}", file=sys.stderr)


def _write_bibtex(args: argparse.Namespace, obj: Any) -> None:
    result = bibliography(obj, booktitle=args.booktitle)
    sys.stdout.write(result.text)
    if result.skipped:
        _note(
            args,
            f"skipped {len(result.skipped)} of {len(result.skipped) + result.written} papers "
            "that cannot be cited (no title or no authors)",
        )
    if not result.written:
        _note(args, "no BibTeX entries: no paper has both a title and authors")


def _write_ics(args: argparse.Namespace, obj: Any) -> None:
    text = _pages_ics(obj)
    sys.stdout.write(text)
    if "BEGIN:VEVENT" not in text:
        _note(args, "the calendar has no events: no talk has a start time")


def _default_format(args: argparse.Namespace) -> None:
    """A table on a terminal, JSON into a pipe or a file (``--format`` decides otherwise)."""
    if args.format is None:
        args.format = "table" if args.output is None and _isatty(sys.stdout) else "json"


def _cmd_parse(args: argparse.Namespace) -> int:
    _default_format(args)
    if args.format == "ics" and not _needs_ics():
        return USAGE
    status, outputs = _parse_all(args, args.format)
    several = len(args.files) + len(args.example or ()) > 1
    if args.format == "jsonl":
        for _label, text in outputs:
            print(text)
    elif args.format == "json":
        if several:  # what json.dumps(pages, indent=2) gives, without parsing the JSON again
            items = ",\n".join(textwrap.indent(text, "  ") for _label, text in outputs)
            print(f"[\n{items}\n]" if items else "[]")
        elif outputs:
            print(outputs[0][1])
    elif args.format in ("csv", "table"):
        rows = [{"file": label, **row} for label, rows in outputs for row in rows]
        if args.format == "csv":
            _write_csv(rows, True)  # always the file column: the same columns for any input
        else:
            _write_table(rows, several)
    elif args.format == "ics":
        _write_ics(args, [page for _label, page in outputs])
    else:
        _write_bibtex(args, [page for _label, page in outputs])
    if args.format in ("csv", "table") and outputs and not any(rows for _l, rows in outputs):
        _note(args, "the pages hold no talks, awards or papers: no rows")
    return status


def _cmd_catalog(args: argparse.Namespace) -> int:
    _default_format(args)
    if args.format == "ics" and not _needs_ics():
        return USAGE
    status, outputs = _parse_all(args, "page")
    if status == USAGE and not outputs:
        return status
    # a page read from standard input or a bundled example has no source: its label names it
    book: Catalog = build_catalog(
        page if page.source is not None else attrs.evolve(page, source=label)
        for label, page in outputs
    )
    if args.format == "json":
        print(to_json(book, indent=2))
    elif args.format == "jsonl":
        for entry in book.entries:
            print(to_json(entry))
    elif args.format in ("csv", "table"):
        write = _write_csv if args.format == "csv" else _write_table
        write(to_records(book), False)
    elif args.format == "ics":
        _write_ics(args, [book])
    else:
        _write_bibtex(args, book)
    if not book.entries:
        _note(args, "the catalog is empty: the pages show no papers")
    return status


def _cmd_export(args: argparse.Namespace) -> int:
    if args.sqlite is None and args.parquet is None:
        print("confparse export: give --sqlite FILE or --parquet DIR", file=sys.stderr)
        return USAGE
    if args.parquet is not None:
        try:
            import pyarrow  # type: ignore[import-untyped]  # noqa: F401
        except ImportError:
            print(
                "confparse export: --parquet needs pyarrow: pip install 'confparse-pages[parquet]'",
                file=sys.stderr,
            )
            return USAGE
    status, outputs = _parse_all(args, "page")
    pages = [page for _label, page in outputs]
    if not pages:
        _note(args, "no page could be parsed: nothing to store")
        return max(status, ERROR)
    if args.sqlite is not None:
        from .export.sqlite import to_sqlite

        added = to_sqlite(pages, args.sqlite)
        _note(
            args,
            f"{args.sqlite}: added {added['pages']} pages, {added['talks']} talks, "
            f"{added['awards']} awards, {added['papers']} papers",
        )
    if args.parquet is not None:
        from .export.parquet import to_parquet

        files = to_parquet(pages, args.parquet)
        _note(args, f"{args.parquet}: wrote {len(files)} tables of {len(pages)} pages")
    return status


def _cmd_detect(args: argparse.Namespace) -> int:
    status = OK
    for name in args.files:
        try:
            scores = detect(sys.stdin.buffer.read() if name == "-" else Path(name))
        except (OSError, ConfparseError) as exc:
            print(_describe_error(name, exc), file=sys.stderr)
            status = max(status, USAGE if _unreadable(exc) else ERROR)
            continue
        listed = "  ".join(f"{layout}={score:.2f}" for layout, score in scores)
        print(f"{name}: {listed}")
    return status


def _cmd_layouts(_args: argparse.Namespace) -> int:
    for name in registry.layout_names():
        doc = (registry.get_layout(name).__doc__ or "").strip().splitlines()
        print(f"{name}\t{doc[0] if doc else ''}")
    return OK


def _cmd_examples(_args: argparse.Namespace) -> int:
    for name in examples.names():
        print(name)
    return OK


def _json_pages(text: str) -> list[Any]:
    """The pages of a JSON text: one object, an array of them, or one object per line.

    Raises:
        json.JSONDecodeError: with the line and column in *text* of the first error.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as whole:
        lines = text.splitlines(keepends=True)
        try:  # JSON lines when the first line is a whole JSON value
            json.loads(lines[0])
        except (json.JSONDecodeError, IndexError):
            raise whole from None
        pages, offset = [], 0
        for line in lines:
            if line.strip():
                try:
                    pages.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise json.JSONDecodeError(exc.msg, text, offset + exc.pos) from None
            offset += len(line)
        return pages
    return data if isinstance(data, list) else [data]


def _year(text: str) -> int:
    """The value of ``--year``: a whole number from 1 to 9999 (else a usage error)."""
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--year takes a whole number, not {text!r}") from None
    if not 1 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"--year must be between 1 and 9999, not {year}")
    return year


def _zone(text: str) -> str:
    """The value of ``--default-zone``: a zone name that `ParseOptions` takes and that names
    a zone this system knows (else a usage error)."""
    if not is_zone_name(text) or zone_for(text, {text: text}) is None:
        raise argparse.ArgumentTypeError(
            f"no time zone: {text!r} (give an IANA name such as 'America/Los_Angeles' or a "
            "fixed offset such as 'UTC+8')"
        )
    return text


def _options(args: argparse.Namespace) -> ParseOptions:
    """The `ParseOptions` that the command line's flags ask for."""
    return ParseOptions(
        year=args.year,
        default_zone=args.default_zone,
        strict=args.strict,
        max_chars=args.max_chars,
        max_line_chars=args.max_line_chars,
        max_records=args.max_records,
    )


def _cmd_render(args: argparse.Namespace) -> int:
    status = OK
    for name in args.files:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            message = exc.strerror if isinstance(exc, OSError) else str(exc)
            print(f"{name}: error[io-error]: {message}", file=sys.stderr)
            status = USAGE
            continue
        try:
            for data in _json_pages(text):
                print(render(from_json(json.dumps(data), Page)))
        except json.JSONDecodeError as exc:
            print(
                f"{name}:{exc.lineno}:{exc.colno}: error[invalid-json]: {exc.msg}", file=sys.stderr
            )
            status = max(status, ERROR)
        except ConfparseError as exc:
            code = "invalid-page" if isinstance(exc, ConvertError) else "render-error"
            print(f"{name}: error[{code}]: {exc}", file=sys.stderr)
            status = max(status, ERROR)
    return status


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(Catalog if args.catalog else Page), indent=2))
    return OK


# -- the parser ---------------------------------------------------------------------------
def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return value


def _at_least_one(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _command(
    commands: Any, name: str, run: Callable[[argparse.Namespace], int], help: str, epilog: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=help,
        description=help[0].upper() + help[1:] + ".",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(run=run)
    return parser


def _add_parse_options(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="page files, directories (searched recursively) or globs ('-' for stdin)",
    )
    parser.add_argument(
        "--example", metavar="NAME", action="append", help="a bundled example page (repeatable)"
    )
    parser.add_argument("--layout", help="layout name (default: detected for each page)")
    parser.add_argument("--year", type=_year, help="year of the pages' dates (1-9999)")
    parser.add_argument(
        "--default-zone",
        type=_zone,
        metavar="ZONE",
        help="the zone of times printed without one (an IANA name such as Asia/Seoul)",
    )
    parser.add_argument("--strict", action="store_true", help="stop a page at its first error")
    if formats:
        parser.add_argument(
            "--format",
            choices=formats,
            default=None,
            help="output format (default: table on a terminal, json into a pipe or a file)",
        )
        parser.add_argument(
            "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
        )
        parser.add_argument(
            "--booktitle", metavar="TEXT", help="bibtex: write @inproceedings with this booktitle"
        )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="print only errors and the output on stderr"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per core; default 1)",
    )
    limits = ParseOptions()
    for flag, default, what in (
        ("--max-chars", limits.max_chars, "longer than N characters"),
        ("--max-line-chars", limits.max_line_chars, "with a line longer than N characters"),
        ("--max-records", limits.max_records, "with more than N records"),
    ):
        parser.add_argument(
            flag,
            type=_at_least_one,
            default=default,
            metavar="N",
            help=f"refuse a page {what} (default {default:,})",
        )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``confparse`` command."""
    from ._version import __version__

    parser = argparse.ArgumentParser(
        prog="confparse",
        description="Typed records from captures of ML-conference web pages.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"confparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(
        commands, "parse", _cmd_parse, "parse pages and print their records", _PARSE_EPILOG
    )
    _add_parse_options(p, ("json", "jsonl", "csv", "table", "ics", "bibtex"))

    p = _command(
        commands, "catalog", _cmd_catalog, "join the papers of many pages", _CATALOG_EPILOG
    )
    _add_parse_options(p, ("json", "jsonl", "csv", "table", "bibtex", "ics"))

    p = _command(
        commands,
        "export",
        _cmd_export,
        "store pages in a SQLite database or Parquet files",
        _EXPORT_EPILOG,
    )
    _add_parse_options(p, ())
    p.add_argument("--sqlite", metavar="FILE", help="add the pages to this SQLite database")
    p.add_argument("--parquet", metavar="DIR", help="write one Parquet file per table here")

    p = _command(commands, "detect", _cmd_detect, "score each layout for each page", _DETECT_EPILOG)
    p.add_argument("files", nargs="+", metavar="FILE", help="page files ('-' for stdin)")

    _command(
        commands,
        "layouts",
        _cmd_layouts,
        "list the registered layouts",
        "example:\n  confparse layouts\n",
    )
    _command(
        commands,
        "examples",
        _cmd_examples,
        "list the bundled example pages",
        "examples:\n  confparse examples\n  confparse parse --example icml2021-awards\n",
    )

    p = _command(
        commands, "render", _cmd_render, "write parsed JSON back as page text", _RENDER_EPILOG
    )
    p.add_argument("files", nargs="+", metavar="FILE.json", help="JSON files ('-' for stdin)")

    p = _command(
        commands, "schema", _cmd_schema, "print the JSON Schema of the JSON output", _SCHEMA_EPILOG
    )
    p.add_argument("--catalog", action="store_true", help="the schema of a catalog instead")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    output = getattr(args, "output", None)
    try:
        if output is not None:
            return _to_file(args, output)
        return int(args.run(args))
    except KeyError as exc:  # an unknown example name
        print(f"confparse: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return USAGE
    except OSError as exc:  # stdin or stdout failed
        if isinstance(exc, BrokenPipeError):  # 'confparse parse ... | head': stop quietly
            _silence_stdout()
            return ERROR
        print(f"confparse: {exc}", file=sys.stderr)
        return USAGE


def _to_file(args: argparse.Namespace, name: str) -> int:
    """Run the command with standard output written to the file *name* (``newline=""``:
    the text is written as the formats make it)."""
    with open(name, "w", encoding="utf-8", newline="") as stream:
        saved, sys.stdout = sys.stdout, stream
        try:
            return int(args.run(args))
        finally:
            sys.stdout = saved


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
