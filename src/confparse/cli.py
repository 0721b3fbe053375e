"""The ``confparse`` command line (``python -m confparse`` works too).

Exit status: 0 when clean, 1 when a page had diagnostics of error severity or could not be
parsed, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import examples, registry
from ._api import detect, parse, render
from .convert import from_json, to_json
from .errors import ConfparseError
from .models import Page

__all__ = ["main"]

_EPILOG = """examples:
  confparse parse --example icml2021-session
  confparse parse page.txt --layout session --year 2021
  cat page.txt | confparse parse -
  confparse detect page.txt
  confparse render page.json
"""


def _read(name: str) -> str | bytes | Path:
    return sys.stdin.buffer.read() if name == "-" else Path(name)


def _emit_diagnostics(label: str, page: Page) -> None:
    for diagnostic in page.diagnostics:
        print(
            f"{label}:{diagnostic.line}:{diagnostic.column}: "
            f"{diagnostic.severity}[{diagnostic.code}]: {diagnostic.message}",
            file=sys.stderr,
        )


def _cmd_parse(args: argparse.Namespace) -> int:
    sources: list[tuple[str, str | bytes | Path]] = []
    if args.example:
        sources.append((f"example:{args.example}", examples.load(args.example)))
    sources += [(name, _read(name)) for name in args.files]
    if not sources:
        print("confparse parse: give FILE... or --example NAME", file=sys.stderr)
        return 2
    status = 0
    for label, source in sources:
        try:
            page = parse(source, args.layout, year=args.year, strict=args.strict)
        except ConfparseError as exc:
            line = getattr(exc, "line", 0)
            print(f"{label}:{line}: error: {exc}", file=sys.stderr)
            status = 1
            continue
        _emit_diagnostics(label, page)
        if not page.ok:
            status = 1
        if args.format == "jsonl":
            print(to_json(page))
        else:
            print(to_json(page, indent=2))
    return status


def _cmd_detect(args: argparse.Namespace) -> int:
    for name in args.files:
        scores = detect(_read(name))
        listed = "  ".join(f"{layout}={score:.2f}" for layout, score in scores)
        print(f"{name}: {listed}")
    return 0


def _cmd_layouts(_args: argparse.Namespace) -> int:
    for name in registry.layouts():
        doc = (registry.get_layout(name).__doc__ or "").strip().splitlines()
        print(f"{name}\t{doc[0] if doc else ''}")
    return 0


def _cmd_examples(_args: argparse.Namespace) -> int:
    for name in examples.names():
        print(name)
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        data = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        try:
            print(render(from_json(data, Page)))
        except ConfparseError as exc:
            print(f"{name}: error: {exc}", file=sys.stderr)
            status = 1
    return status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``confparse`` command."""
    parser = argparse.ArgumentParser(
        prog="confparse",
        description="Typed records from captures of ML-conference web pages.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("parse", help="parse pages and print their records as JSON")
    p.add_argument("files", nargs="*", metavar="FILE", help="page files ('-' for stdin)")
    p.add_argument("--example", metavar="NAME", help="parse a bundled example page")
    p.add_argument("--layout", help="layout name (default: detect)")
    p.add_argument("--year", type=int, help="year of the page's dates")
    p.add_argument("--strict", action="store_true", help="fail at the first error")
    p.add_argument("--format", choices=("json", "jsonl"), default="json")
    p.set_defaults(run=_cmd_parse)

    p = commands.add_parser("detect", help="score each layout for each page")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=_cmd_detect)

    p = commands.add_parser("layouts", help="list the registered layouts")
    p.set_defaults(run=_cmd_layouts)

    p = commands.add_parser("examples", help="list the bundled example pages")
    p.set_defaults(run=_cmd_examples)

    p = commands.add_parser("render", help="write parsed JSON back as page text")
    p.add_argument("files", nargs="+", metavar="FILE.json")
    p.set_defaults(run=_cmd_render)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (OSError, KeyError) as exc:
        print(f"confparse: {exc}", file=sys.stderr)
        return 2
