"""Line shapes and the patterns of listing lines.

`line_shape` tells a title from an abstract by the line alone; the regular expressions
here are the pieces of the listing's value lines (dates, ``Submitted by``, bare URLs, user
names) that `furniture` and the assembler read.
"""

from __future__ import annotations

import re
from typing import Literal

from ...capture.edges import ABBREVIATIONS
from ..kit.counts import DOTS
from ..kit.vocabulary import MONTHS

TITLE_MAX_CHARS = 250
"""Longer lines are abstracts (real titles stay well below: 137 at most on the real page)."""
TITLE_MAX_SPACES = 30
"""Lines with this many spaces or more may be abstracts even when they do not end in "."."""

Shape = Literal["title", "abstract", "either"]
"""What a line can be: only a title, only an abstract, or either (position decides)."""
_SENTENCE_BREAK = re.compile(
    "".join(rf"(?<!\b{re.escape(word)})" for word in ABBREVIATIONS) + r"\. "
)
"""A full stop that ends a sentence inside a line: not one after an abbreviation that titles
use (``Denoising vs. Signal Forgetting``, ``e.g. ``, ``et al. ``)."""


# -- line recognisers -----------------------------------------------------------------------
def line_shape(line: str) -> Shape:
    """Whether stripped *line* reads as a title, an abstract, or could be either.

    ``"abstract"``: longer than `TITLE_MAX_CHARS` or ends with a full stop. ``"either"``:
    holds a sentence break (``". "``), ends with ``…``, or has `TITLE_MAX_SPACES` spaces or
    more. ``"title"`` otherwise: short and without sentence punctuation at its end.
    """
    if len(line) > TITLE_MAX_CHARS or line.endswith("."):
        return "abstract"
    if (
        (". " in line and _SENTENCE_BREAK.search(line) is not None)
        or line.count(" ") >= TITLE_MAX_SPACES
        or (line.endswith("\u2026") and len(line) > 1)
    ):
        return "either"
    return "title"


_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = (
    rf"(?:Published on\s{{1,3}})?{_MONTH}\s{{1,3}}(?P<day>\d{{1,2}})"
    r"(?:,\s{0,3}(?P<year>\d{4}))?"
)
DATE = re.compile(rf"(?P<dot>[{DOTS}]\s{{0,3}})?{_DAY}(?:\s{{1,3}}(?P<comments>\d{{1,9}}))?")
DATE_STARTS = frozenset((*MONTHS, "Pub"))
"""How a `DATE` line starts when no "·" leads it: a month name or "Published on"."""
ORGANIZATION_DATE = re.compile(
    rf"(?P<org>[^{DOTS}\s][^{DOTS}]{{0,99}}?)\s{{1,3}}[{DOTS}]\s{{1,3}}{_DAY}"
)
IMAGE_NAME = r"\[[\w.\-]{1,12}\]"
"""An image without alternative text as w3m prints it: the start of its file name in
brackets (``[be9c948ecf]``, ``[2407]``)."""
SUBMITTED_BY = re.compile(
    rf"Submitted by(?:\s{{1,3}}(?:{IMAGE_NAME}\s{{1,3}})?(?P<user>[\w.\-]{{1,64}}))?"
)
"""``Submitted by akhaliq`` (w3m prints the avatar's file name before the user)."""
USER_NAME = re.compile(r"\w[\w.\-]{0,63}")


_MONTH_NUMBERS = {month: number for number, month in enumerate(MONTHS, 1)}


def read_day(match: re.Match[str]) -> tuple[int, int, int | None]:
    month, day, year = match.group("month", "day", "year")
    return _MONTH_NUMBERS[month[:3]], int(day), None if year is None else int(year)
