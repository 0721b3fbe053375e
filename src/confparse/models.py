"""The typed records confparse produces.

Every class is a frozen, slotted, keyword-only `attrs` class. Unknown values are ``None``
(never ``""``); collections are tuples. Validators reject values that cannot be true (a talk
that ends before it starts, a naive datetime, an empty name) with a `ValueError` naming the
field.

``span`` fields record where a record came from in the parsed text (1-based line numbers,
inclusive). They are provenance, not data: they take no part in equality, so a record parsed
from a rendered page equals the original.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from .export.ids import LinkFacts

__all__ = [
    "Award",
    "Diagnostic",
    "Link",
    "Page",
    "Paper",
    "Person",
    "Session",
    "Severity",
    "Span",
    "Talk",
    "YearSource",
]

Severity = Literal["error", "warning", "info"]
"""How bad a diagnostic is: ``error`` means data may be missing or wrong."""

YearSource = Literal["argument", "page", "weekday"]
"""How the year of a page's dates was found: given by the caller, printed on the page, or
inferred from the weekday (the most recent year, not after the current one, that fits)."""


# Validators are single functions (not lists) and avoid copying text: records are built by
# the thousand per page, so their checks are on the parser's hot path.
def _non_empty(_inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    if type(value) is not str:
        raise TypeError(f"{attribute.name} must be None or a str, got {value!r}")
    if not value or value.isspace():
        raise ValueError(f"{attribute.name} must be None or a non-blank string, got {value!r}")


def _one_line(_inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    _non_empty(_inst, attribute, value)
    if "\n" in value or "\r" in value:
        raise ValueError(f"{attribute.name} must be a single line, got {value!r}")


def _required_line(inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if type(value) is not str or not value or value.isspace() or "\n" in value or "\r" in value:
        if value is None:
            raise TypeError(f"{attribute.name} must be a str, got None")
        _one_line(inst, attribute, value)  # raises with the precise reason


def _count(_inst: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (type(value) is not int or value < 0):
        raise ValueError(f"{attribute.name} must be None or a non-negative int, got {value!r}")


def _year(_inst: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 9999):
        raise ValueError(f"{attribute.name} must be None or a year from 1 to 9999, got {value!r}")


def _aware(_inst: Any, attribute: attrs.Attribute[Any], value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{attribute.name} must be a timezone-aware datetime, got {value!r}")


_NON_BLANK: dict[str, Any] = {"minLength": 1, "pattern": r"\S"}
_ONE_LINE: dict[str, Any] = {"minLength": 1, "pattern": r"\S", "not": {"pattern": r"[\r\n]"}}


def _end_line(instance: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """A diagnostic's ``end_line``: none, or a line at or below its ``line``."""
    if value is not None and value < instance.line:
        raise ValueError(f"end_line {value} is before line {instance.line}")


VALIDATOR_CONSTRAINTS: dict[Any, dict[str, Any]] = {
    _end_line: {"minimum": 1},
    _non_empty: _NON_BLANK,
    _one_line: _ONE_LINE,
    _required_line: _ONE_LINE,
    _count: {"minimum": 0},
    _year: {"minimum": 1, "maximum": 9999},
}
"""What the field validators above enforce, as JSON Schema keywords (read by
`confparse.export.schema`, so that the schema says what the models check)."""


def _check_range(start: datetime | None, end: datetime | None, zone: str | None) -> None:
    if end is not None and start is None:
        raise ValueError("end is set but start is None")
    if start is not None and end is not None and end < start:
        raise ValueError(f"end {end.isoformat()} is before start {start.isoformat()}")
    if zone is not None and start is None:
        raise ValueError(f"zone {zone!r} is set but start is None")


class _Notebook:
    """Gives a record the small HTML table that notebooks show (`_repr_html_`)."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from .export.records import html_table  # the export stage builds on the models

        return html_table(self)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True, weakref_slot=False)
class Span:
    """Lines ``first``..``last`` (1-based, inclusive) of the input: the file or text given
    to `confparse.parse`, numbered as a diagnostic's line is (in saved HTML, the lines of
    the markup)."""

    first: int
    last: int = attrs.field()

    @last.validator
    def _lines_in_order(self, _attribute: attrs.Attribute[int], value: int) -> None:
        # one validator for both fields: a span is built for every record
        if not 1 <= self.first <= value:
            if self.first < 1:
                raise ValueError(f"span first line must be >= 1, got {self.first}")
            raise ValueError(f"span last line {value} is before first line {self.first}")


_SPAN = attrs.field(default=None, eq=False, repr=False)


_LINK_FACTS: list[Callable[[tuple[Link, ...]], LinkFacts]] = []
"""`confparse.export.ids.link_facts`, once imported (an import statement on every call
of a derived property was a third of an export's time)."""


def _link_facts(links: tuple[Link, ...]) -> LinkFacts:
    if not _LINK_FACTS:  # the export stage builds on the models: imported on first use
        from .export.ids import link_facts

        _LINK_FACTS.append(link_facts)
    return _LINK_FACTS[0](links)


DERIVED: dict[str, tuple[tuple[str, Any], ...]] = {}
"""Read-only properties that exports write beside each class's fields, with their types
(filled in below the classes)."""


def tuple_of(kind: type) -> Any:
    def check(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not tuple:
            raise TypeError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
        for item in value:
            if not isinstance(item, kind):
                raise TypeError(f"{attribute.name} must hold {kind.__name__} records, got {item!r}")

    return check


@attrs.frozen(kw_only=True, weakref_slot=False)
class Link:
    """A link found in a capture: its text as shown (``None`` when empty) and its URL."""

    text: str | None = attrs.field(default=None, validator=_one_line)
    url: str = attrs.field(validator=attrs.validators.instance_of(str))


_new = object.__new__
_set_text = Link.__dict__["text"].__set__  # the slots themselves: no lookup by name
_set_url = Link.__dict__["url"].__set__


def read_link(text: str | None, url: str) -> Link:
    """A `Link` made by a capture reader, whose *text* is ``None`` or a stripped, non-blank
    part of one line and whose *url* is a ``str`` already: the checks of ``Link(...)`` are
    left out, which pays on captures of hundreds of links (a quarter of ``Link(...)``'s cost)."""
    link = _new(Link)
    _set_text(link, text)
    _set_url(link, url)
    return link


@attrs.frozen(kw_only=True, weakref_slot=False)
class Person:
    """A person as named on the page (author, moderator)."""

    name: str = attrs.field(validator=_required_line)

    def __str__(self) -> str:
        return self.name


@attrs.frozen(kw_only=True, weakref_slot=False)
class Paper(_Notebook):
    """A paper: title, authors and abstract, each as printed, and what pages say about it.

    ``abstract_truncated`` is true when the page showed only the start of the abstract (for
    example it ended in `` …``); the ellipsis itself is not part of ``abstract``.
    ``lay_summary`` is the plain-language summary that detail pages print after the
    abstract. ``links`` are the links a capture kept for the paper (paper page, OpenReview,
    code). The rest is what paper listings print: ``votes`` (upvotes), ``comments``,
    ``stars`` (GitHub stars, ``11.3k`` as 11300), ``author_count`` (``· 9 authors``),
    ``organization``, ``published`` (the date shown) and ``submitted_by`` (the user who
    submitted the paper to the listing; not an author).
    """

    title: str | None = attrs.field(default=None, validator=_non_empty)
    authors: tuple[Person, ...] = attrs.field(default=(), validator=tuple_of(Person))
    abstract: str | None = attrs.field(default=None, validator=_non_empty)
    abstract_truncated: bool = attrs.field(default=False)
    lay_summary: str | None = attrs.field(default=None, validator=_non_empty)
    links: tuple[Link, ...] = attrs.field(default=(), validator=tuple_of(Link))
    votes: int | None = attrs.field(default=None, validator=_count)
    comments: int | None = attrs.field(default=None, validator=_count)
    stars: int | None = attrs.field(default=None, validator=_count)
    author_count: int | None = attrs.field(default=None, validator=_count)
    organization: str | None = attrs.field(default=None, validator=_one_line)
    published: date | None = None
    submitted_by: str | None = attrs.field(default=None, validator=_one_line)
    span: Span | None = _SPAN

    @abstract_truncated.validator
    def _needs_abstract(self, _attribute: attrs.Attribute[bool], value: bool) -> None:
        if value and self.abstract is None:
            raise ValueError("abstract_truncated is true but abstract is None")

    # Derived from ``links`` (see `confparse.export.ids`): properties, not fields, so that
    # they can never disagree with the links and take no part in equality. Exports (JSON,
    # rows, DataFrames, the database) write them; `from_json` ignores them.
    @property
    def arxiv_id(self) -> str | None:
        """The arXiv id (``"2309.06180"``) of an arXiv or Hugging Face paper link."""
        return _link_facts(self.links).arxiv_id

    @property
    def openreview_id(self) -> str | None:
        """The OpenReview id (``"cOQH8YO255"``) of an OpenReview forum or PDF link."""
        return _link_facts(self.links).openreview_id

    @property
    def event_id(self) -> str | None:
        """The virtual site's event id (``"71095"``) of a ``/virtual/<year>/<kind>/<id>``
        link."""
        return _link_facts(self.links).event_id

    @property
    def venue(self) -> str | None:
        """The conference (``"ICML"``, ``"NeurIPS"``, ``"ICLR"``, ``"MLSys"``) that a link
        to its site names by its host."""
        return _link_facts(self.links).venue

    @property
    def year(self) -> int | None:
        """The conference year that a virtual-site or proceedings link names."""
        return _link_facts(self.links).year


@attrs.frozen(kw_only=True, weakref_slot=False)
class Talk(_Notebook):
    """One slot of a schedule: a talk, poster, Q&A, break...

    ``start`` and ``end`` are timezone-aware (or ``None`` when the page gives no time); a
    slot that runs past midnight ends on the next day. ``zone`` is the time-zone
    abbreviation as printed (``"PDT"``), kept so that the page can be rendered again.
    ``kind`` is the slot type as printed (``"Oral"``, ``"Spotlight"``, ``"Q&A"``), ``award``
    the award line, ``paper`` the paper presented (``None`` for a Q&A or a break).
    ``location`` is the room or poster board (``"Halle B #274"``), ``event`` the parent
    event a detail page names (``"Oral presentation: Oral 6B"``), ``position`` the board or
    running number a session card prints instead of a time (``"#W-100"``, ``"#36"``).
    """

    start: datetime | None = attrs.field(default=None, validator=_aware)
    end: datetime | None = attrs.field(default=None, validator=_aware)
    zone: str | None = attrs.field(default=None, validator=_one_line)
    kind: str | None = attrs.field(default=None, validator=_one_line)
    award: str | None = attrs.field(default=None, validator=_one_line)
    paper: Paper | None = None
    location: str | None = attrs.field(default=None, validator=_one_line)
    event: str | None = attrs.field(default=None, validator=_one_line)
    position: str | None = attrs.field(default=None, validator=_one_line)
    span: Span | None = _SPAN

    def __attrs_post_init__(self) -> None:
        _check_range(self.start, self.end, self.zone)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Session(_Notebook):
    """A session page: its title, kind, room, moderators and talks in page order.

    ``start``, ``end`` and ``zone`` are the session's own time range, when its header
    prints one (ICML 2024 and later), in the same form as a talk's.
    """

    title: str | None = attrs.field(default=None, validator=_one_line)
    kind: str | None = attrs.field(default=None, validator=_one_line)
    location: str | None = attrs.field(default=None, validator=_one_line)
    moderators: tuple[Person, ...] = attrs.field(default=(), validator=tuple_of(Person))
    talks: tuple[Talk, ...] = attrs.field(default=(), validator=tuple_of(Talk))
    start: datetime | None = attrs.field(default=None, validator=_aware)
    end: datetime | None = attrs.field(default=None, validator=_aware)
    zone: str | None = attrs.field(default=None, validator=_one_line)
    span: Span | None = _SPAN

    def __attrs_post_init__(self) -> None:
        _check_range(self.start, self.end, self.zone)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Award(_Notebook):
    """An award given to a paper; ``virtual`` when the page marked it ``[ Virtual ]``."""

    name: str = attrs.field(validator=_required_line)
    paper: Paper = attrs.field(factory=Paper)
    virtual: bool = False
    span: Span | None = _SPAN


@attrs.frozen(kw_only=True, weakref_slot=False)
class Diagnostic:
    """Something the parser could not use or found suspicious, tied to a line.

    ``code`` is stable and machine-readable (``"unparsed-line"``, ``"weekday-mismatch"``,
    ...); ``line`` and ``column`` are 1-based; ``text`` is the line as parsed. A diagnostic
    about a run of lines (a widget's copy of the paper's text) covers ``line`` to
    ``end_line``, both included, and ``text`` is the run's first line; ``end_line`` is
    ``None`` for a diagnostic about one line.
    """

    severity: Severity
    code: str
    message: str
    line: int = attrs.field(validator=attrs.validators.ge(1))
    column: int = attrs.field(default=1, validator=attrs.validators.ge(1))
    text: str = ""
    end_line: int | None = attrs.field(default=None, validator=_end_line)

    @property
    def lines(self) -> range:
        """The 1-based line numbers the diagnostic is about (one, or the run's)."""
        return range(self.line, (self.line if self.end_line is None else self.end_line) + 1)

    def __str__(self) -> str:
        """``line:column: severity[code]: message``, as compilers print (a run of lines
        adds ``(lines 4-9)`` at the end, so that editors still find the first line)."""
        text = f"{self.line}:{self.column}: {self.severity}[{self.code}]: {self.message}"
        return text if self.end_line is None else f"{text} (lines {self.line}-{self.end_line})"


@attrs.frozen(kw_only=True, weakref_slot=False)
class Page(_Notebook):
    """What `confparse.parse` returns: the records one page holds, and what went wrong.

    ``layout`` names the layout that parsed (or renders) the page. ``year_source`` says how
    the year of the page's dates was found (``None`` when the page has no dates); ``source``
    is the file name or URL the page was read from (``None`` for text given as a ``str``).
    ``venue`` and ``year`` are the conference (``"ICML"``, ``"NeurIPS"``, ``"ICLR"``,
    ``"MLSys"``) and its year as the page prints them: in its URL, title, embedded data, a
    banner line or the site's menu (`confparse.venues.page_venue`); a paper's own links
    win over them (``Paper.venue``, ``Paper.year``), and exports fall back to them. Like
    spans, these four are provenance and take no part in equality.
    """

    layout: str = attrs.field(validator=_one_line)
    sessions: tuple[Session, ...] = attrs.field(default=(), validator=tuple_of(Session))
    awards: tuple[Award, ...] = attrs.field(default=(), validator=tuple_of(Award))
    papers: tuple[Paper, ...] = attrs.field(default=(), validator=tuple_of(Paper))
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), validator=tuple_of(Diagnostic))
    year_source: YearSource | None = attrs.field(default=None, eq=False)
    source: str | None = attrs.field(default=None, eq=False, validator=_one_line)
    venue: str | None = attrs.field(default=None, eq=False, validator=_one_line)
    year: int | None = attrs.field(default=None, eq=False, validator=_year)

    @property
    def ok(self) -> bool:
        """True when no diagnostic has error severity."""
        return not any(d.severity == "error" for d in self.diagnostics)


DERIVED["Paper"] = (
    ("arxiv_id", str),
    ("openreview_id", str),
    ("event_id", str),
    ("venue", str),
    ("year", int),
)
