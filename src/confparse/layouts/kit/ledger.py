"""The ledger of one parse: every line of a document, and how it was accounted for.

`Ledger` holds the lines of one `Document` and records, for every line, how it was
accounted for: used by a field, matched by a named furniture rule, reported as a
diagnostic, or blank. The core creates it, hands it to the layout, and calls
`Ledger.finish`, which turns every line that nothing claimed into an ``unparsed-line``
diagnostic, so no line can be lost silently, whatever a layout does. Diagnostics name the
input's line numbers (`Document.line_number`).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator

from ...capture.document import Document
from ...errors import LimitError, ParseError
from ...models import Diagnostic, Severity, Span, YearSource
from ...options import ParseOptions
from .vocabulary import ALL_SITES, Vocabulary

__all__ = ["BOILERPLATE", "Ledger", "LineState"]

BOILERPLATE: dict[str, str] = dict(ALL_SITES.furniture)
"""Every site's furniture that holds anywhere (`ALL_SITES`), by its exact stripped text:
the vocabulary of a layout that names none. A layout reads its own site's `Vocabulary`."""

UNSEEN, USED, BOILER, REPORTED, BLANK = 0, 1, 2, 3, 4
_BLANK_MARKS = bytes((UNSEEN, BLANK, *range(2, 256)))
"""Turns ``bytearray(map(operator.not_, stripped))`` (1 for a blank line) into marks."""


_BATCH_LINES = 256
"""How many lines `Ledger.last_starting` joins for one search (a bounded copy of the page)."""

_USE_UNSEEN = bytes((USED, *range(1, 256)))
_REPORT_UNSEEN = bytes((REPORTED, *range(1, 256)))
"""Tables that turn the unseen lines of a run of marks into used or reported ones."""


class Ledger:
    """Lines of one document plus the diagnostics and the ledger of a single parse call.

    *document* may be given as plain text (for tests and simple uses). Lines that the
    capture stage knows as furniture (`Document.furniture`) start out matched.
    *vocabulary* is the site furniture that `is_boilerplate` knows: the layout's own
    (its ``vocabulary`` attribute), every site's (`ALL_SITES`) when it names none.
    """

    __slots__ = ("_dropped_count", "_first_error", "diagnostics", "document", "dropped",
                 "furniture", "lines", "marks", "options", "rules", "stripped", "text",
                 "vocabulary", "year_sources")  # fmt: skip

    def __init__(
        self,
        document: Document | str,
        options: ParseOptions,
        vocabulary: Vocabulary = ALL_SITES,
    ) -> None:
        if isinstance(document, str):
            document = Document(document)
        self.document = document
        self.options = options
        self.vocabulary = vocabulary
        self.furniture = vocabulary.lines
        text = self.text = document.text
        self.lines = document.lines
        limit = options.max_line_chars
        if len(text) > limit and max(map(len, self.lines)) > limit:
            for number, line in enumerate(self.lines, 1):
                if len(line) > limit:
                    raise LimitError(
                        f"line has {len(line):,} characters, more than the limit of {limit:,}",
                        line=document.line_number(number - 1),
                        code="line-too-long",
                    )
        self.stripped = list(map(str.strip, self.lines))
        for index in document.furniture:  # the capture's own lines read as blank to layouts
            self.stripped[index] = ""
        # blank lines are marked from the start, so that `finish` only visits unseen ones
        self.marks = bytearray(map(operator.not_, self.stripped)).translate(_BLANK_MARKS)
        self.rules: dict[int, str] = {}
        self.diagnostics: list[Diagnostic] = []
        self.year_sources: set[YearSource] = set()
        self.dropped: list[Diagnostic] = []  # the first and the worst one past the cap
        self._dropped_count = 0
        self._first_error: ParseError | None = None  # under strict=True, raised by `finish`
        for index, rule in document.furniture.items():
            self.skip(index, rule)

    def __len__(self) -> int:
        return len(self.lines)

    # -- the ledger -------------------------------------------------------------------
    def use(self, first: int, last: int | None = None) -> None:
        """Mark lines *first*..*last* (0-based, inclusive) as used (lines already skipped or
        reported keep their mark)."""
        marks = self.marks
        if last is None or last == first:
            if not marks[first]:
                marks[first] = USED
            return
        marks[first : last + 1] = marks[first : last + 1].translate(_USE_UNSEEN)

    def span(self, first: int, last: int | None = None) -> Span:
        """The `Span` of a record on lines *first*..*last* (0-based, inclusive; one line
        without *last*): the input's line numbers, as a diagnostic names them
        (`Document.line_number`; read back with `Document.line_index`)."""
        if self.document.origin is None:  # the input's lines: a number is its index + 1
            start = first + 1
            if last is None or last == first:
                return Span(first=start, last=start)  # one int for both ends
            return Span(first=start, last=last + 1)
        number = self.document.line_number
        start = number(first)
        if last is None or last == first:
            return Span(first=start, last=start)
        return Span(first=start, last=number(last))

    def skip(self, index: int, rule: str) -> None:
        """Mark line *index* as furniture matched by boilerplate rule *rule*."""
        self.marks[index] = BOILER
        self.rules[index] = rule

    def skip_lines(self, rules: dict[int, str]) -> None:
        """Mark every line of *rules* as furniture matched by its rule: `skip` of each, with
        one update of the rules instead of a call a line."""
        self.rules.update(rules)
        marks = self.marks
        for index in rules:
            marks[index] = BOILER

    def is_boilerplate(self, index: int) -> bool:
        """Mark and report true when line *index* is furniture of the ledger's vocabulary:
        a line it knows, or such a line in brackets as a picture's alternative text
        (`Vocabulary.picture_rule`)."""
        line = self.stripped[index]
        rule = self.furniture.get(line)
        if rule is None:
            if line[:1] != "[":
                return False
            rule = self.vocabulary.picture_rule(line)
            if rule is None:
                return False
        self.skip(index, rule)
        return True

    def report(
        self,
        index: int,
        code: str,
        message: str,
        *,
        severity: Severity = "error",
        column: int = 1,
        last: int | None = None,
    ) -> None:
        """Record a diagnostic for line *index*, or for the run of lines *index*..*last*
        (0-based, inclusive: one diagnostic with an ``end_line``; every line of the run
        that nothing used counts as reported). Under ``strict=True`` an error is kept,
        and `finish` raises the one on the page's first line: a layout does not report in
        page order (a slot's time is checked after its text, a head before its preamble)."""
        text = self.lines[index]
        line = self.document.line_number(index)
        end_line = None
        if last is not None and last != index:
            if last < index:
                raise ValueError(f"last line {last} is before the first, {index}")
            end_line = self.document.line_number(last)
            marks = self.marks
            stop = last + 1
            marks[index + 1 : stop] = marks[index + 1 : stop].translate(_REPORT_UNSEEN)
        if severity == "error" and self.options.strict:
            first = self._first_error
            if first is None or (line, column) < (first.line, first.column):
                self._first_error = ParseError(
                    message, line=line, column=column, text=text, code=code
                )
        if self.marks[index] != USED:
            self.marks[index] = REPORTED
        diagnostic = Diagnostic(
            severity=severity,
            code=code,
            message=message,
            line=line,
            column=column,
            text=text,
            end_line=end_line,
        )
        if len(self.diagnostics) < self.options.max_diagnostics:
            self.diagnostics.append(diagnostic)
        else:
            self._drop(diagnostic)

    def _drop(self, diagnostic: Diagnostic) -> None:
        """Count a diagnostic past ``max_diagnostics``; keep only the first and an error."""
        self._dropped_count += 1
        if not self.dropped or (
            diagnostic.severity == "error" and all(d.severity != "error" for d in self.dropped)
        ):
            self.dropped.append(diagnostic)

    def finish(self) -> tuple[Diagnostic, ...]:
        """Report every non-blank line that nothing claimed; return all diagnostics in order."""
        marks = self.marks
        index = marks.find(UNSEEN)
        while index >= 0:
            self.report(index, "unparsed-line", "line was not recognised by the layout")
            index = marks.find(UNSEEN, index + 1)
        if self._first_error is not None:
            raise self._first_error
        self.diagnostics.sort(key=lambda d: d.line)
        if self._dropped_count:
            first = self.dropped[0]
            worst: Severity = (
                "error" if any(d.severity == "error" for d in self.dropped) else "warning"
            )
            self.diagnostics.append(
                Diagnostic(
                    severity=worst,
                    code="too-many-diagnostics",
                    message=f"{self._dropped_count:,} more diagnostics were not kept "
                    f"(max_diagnostics={self.options.max_diagnostics:,}); the first is "
                    f"{first.code} at line {first.line}",
                    line=first.line,
                    text=first.text,
                )
            )
        return tuple(self.diagnostics)

    def accounting(self) -> dict[str, int]:
        """How many lines ended up in each ledger state (for tests and debugging)."""
        names = ("unseen", "used", "boilerplate", "reported", "blank")
        counts = dict.fromkeys(names, 0)
        for mark in self.marks:
            counts[names[mark]] += 1
        return counts

    def adopt(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Take the diagnostics of a layout that kept its own ledger (a version-1 layout),
        and count every line as accounted for by it."""
        self.diagnostics.extend(diagnostics)
        self.marks = self.marks.replace(bytes((UNSEEN,)), bytes((USED,)))

    def note_year(self, source: YearSource) -> None:
        """Record how the year of a date on the page was found (see `year_source`)."""
        self.year_sources.add(source)

    def check_records(self, count: int) -> None:
        """Raise `LimitError` when a page holds more records than allowed."""
        if count > self.options.max_records:
            raise LimitError(
                f"page has more than {self.options.max_records:,} records", code="too-many-records"
            )

    # -- structure --------------------------------------------------------------------
    def starting(self, pattern: re.Pattern[str]) -> Iterator[int]:
        """Indexes of the lines that *pattern* matches at their start, in page order.

        *pattern* must begin with ``\\n`` (the newline before the line) and then, usually,
        ``[^\\S\\n]*`` for the blanks that `stripped` removes. The search runs in C over
        the text, so a layout visits only the lines that can start something instead of
        looping over every line; the first line is tested with ``"\\n" + line``.
        """
        text = self.text
        if pattern.match("\n" + self.lines[0]):
            yield 0
        index = at = 0
        for found in pattern.finditer(text):
            after = found.start() + 1
            index += text.count("\n", at, after)
            at = after
            yield index

    def last_starting(self, prefixes: tuple[str, ...], stop: int) -> int:
        """The index of the last stripped line before *stop* that starts with one of
        *prefixes*, else -1. The lines are joined a batch at a time, from *stop* upwards,
        and searched in C (a line that the capture knows as furniture reads blank)."""
        stripped = self.stripped
        needles = ["\n" + prefix for prefix in prefixes]
        end = stop
        while end > 0:
            begin = max(0, end - _BATCH_LINES)
            text = "\n" + "\n".join(stripped[begin:end])
            at = max(text.rfind(needle) for needle in needles)
            if at >= 0:
                return begin + text.count("\n", 0, at)
            end = begin
        return -1

    def paragraphs(self, first: int, stop: int) -> list[tuple[int, int]]:
        """Runs of consecutive non-blank lines in ``first..stop-1``, as (first, last).

        A list, built in one loop (a slot or an award asks for the few of its own lines)."""
        stripped = self.stripped
        out: list[tuple[int, int]] = []
        index = first
        while index < stop:
            if stripped[index]:
                begin = index
                index += 1
                while index < stop and stripped[index]:
                    index += 1
                out.append((begin, index - 1))
            index += 1  # past the blank line that ends the run (or is blank itself)
        return out


LineState = Ledger
"""The ledger's name before the layout kit was public."""
