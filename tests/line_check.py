"""The ledger's promise, checked from the outside: every non-blank INPUT line of a page is
found in a record field, in a diagnostic (by its line number), or matched by a named
furniture rule.

`check` parses a page with its ledger captured and returns the input lines that break the
promise (empty when it holds). A line counts as found in a record when its text is in one
of the page's record fields (abstract lines are joined with spaces, so each is a part of
the abstract), or, for the fields a layout converts (a time line becomes a datetime, an
author line a tuple of people), when it is used inside that record's span. Markdown lines
that hold markup only (a rule, a link table entry without words, an image without alt
text, an anchor, a bare URL, which becomes a link) read as blank and are not counted.
"""

from __future__ import annotations

import itertools
import json
import re
from unittest import mock

import confparse
from confparse.layouts.kit.ledger import BOILER, REPORTED, USED, Ledger

_MARKUP_ONLY = re.compile(
    r"\s*(?:[-*_=\u2500]{3,}|\[[^\]]{1,100}\]:\s*\S+|!\[\s*\]\([^)]*\)|<a\s[^<>]*>\s*</a>"
    r"|https?://\S+|#{1,6}|[-*+]\s*|\\)\s*"
)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _squash(text: str) -> str:
    return " ".join(text.split())


def check(
    source: str,
    layout: str | None = None,
    *,
    not_furniture: frozenset[str] = frozenset(),
    **options: object,
) -> list[str]:
    """The input lines of *source* that no record, diagnostic or furniture rule accounts
    for, as ``"line N: text"``; raises what `confparse.parse` raises. A line whose text is
    in *not_furniture* (text known to be no site's furniture, such as an inserted sentence)
    must not be matched by any rule: a rule that takes it matched a region, not a text."""
    states: list[Ledger] = []
    original = Ledger.finish

    def finish(self: Ledger) -> tuple[confparse.Diagnostic, ...]:
        states.append(self)
        return original(self)

    with mock.patch.object(Ledger, "finish", finish):
        page = confparse.parse(source, layout=layout, **options)  # type: ignore[arg-type]
    (state,) = states
    data = json.loads(confparse.to_json(page))
    diagnostics = data.pop("diagnostics")
    fields = _squash(" \n ".join(_strings(data)))
    reported = {
        line for d in diagnostics for line in range(d["line"], (d["end_line"] or d["line"]) + 1)
    }
    spans = [
        (rec.span.first, rec.span.last)
        for rec in [
            *page.sessions,
            *page.awards,
            *page.papers,
            *(talk for session in page.sessions for talk in session.talks),
        ]
        if rec.span is not None
    ]
    document = state.document
    found: dict[int, bool] = {}
    for index, mark in enumerate(state.marks):
        number = document.line_number(index)
        text = document.lines[index].strip()  # (a second page is cut from the ledger's lines)
        if mark == REPORTED:
            ok = number in reported
        elif mark == BOILER:
            ok = bool(state.rules.get(index)) and text not in not_furniture
        elif mark == USED:
            # (a span names input lines, as a diagnostic does)
            ok = _squash(text) in fields or any(a <= number <= b for a, b in spans)
            ok = ok or any(link.url in fields for link in document.links.get(index, ()))
        else:
            ok = not text
        found[number] = found.get(number, False) or ok
    input_lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if document.origin is not None:
        # an HTML line joins the text of every input line up to the next line's start (the
        # text of one element, wrapped in the file; in pandoc's markdown, the lines of an
        # attribute block it wrapped): those input lines share its finding, or its report
        starts = sorted(found)
        for start, stop in itertools.pairwise([*starts, len(input_lines) + 1]):
            for number in range(start + 1, stop):
                found.setdefault(number, found[start])
                if start in reported:
                    reported.add(number)
    problems = []
    for number, line in enumerate(input_lines, 1):
        if not line.strip() or found.get(number, False):
            continue
        if document.format == "markdown" and _MARKUP_ONLY.fullmatch(line):
            continue
        if number in reported:
            continue
        problems.append(f"line {number}: {line[:80]!r}")
    return problems
