"""`ParseOptions`: everything a caller can tell a layout's parser."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

import attrs

from .times import is_zone_name

__all__ = ["ParseOptions"]


def _frozen_mapping(value: Mapping[str, str] | None) -> Mapping[str, str]:
    zones = dict(value or {})
    for label, name in zones.items():
        if not isinstance(label, str) or not isinstance(name, str) or not is_zone_name(name):
            raise ValueError(
                f"zones[{label!r}] = {name!r} is no time zone: give an IANA name such as "
                "'America/Los_Angeles' or a fixed offset such as 'UTC+8'"
            )
    return MappingProxyType(zones)


def as_date(value: date | str | None) -> date | None:
    """Take a `date` (a `datetime` counts as its day) or an ISO date string."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"today must be an ISO date such as '2026-07-21', got {value!r}"
            ) from None
    raise TypeError(f"today must be a date, an ISO date string or None, not {type(value).__name__}")


def _limit(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        raise ValueError(f"{attribute.name} must be a whole number of 1 or more, got {value!r}")


@attrs.frozen(kw_only=True)
class ParseOptions:
    """The caller's settings for a parse (see `confparse.parse`); the same for every page.

    Attributes:
        year: the year of every date on the page; wins over a printed or inferred year.
        strict: raise `ParseError` at the first diagnostic of error severity.
        zones: extra or overriding time-zone abbreviations (``{"CST": "Asia/Shanghai"}``).
        today: the date that year inference counts back from (default: today); a `date`
            or an ISO date string such as ``"2026-07-21"``.
        max_chars: refuse inputs longer than this many characters (`LimitError`).
        max_line_chars: refuse lines longer than this (`LimitError`).
        max_records: refuse pages with more records than this (`LimitError`).
        max_diagnostics: keep at most this many diagnostics per page; the rest are counted
            in one ``too-many-diagnostics`` diagnostic at the end (default 10,000).
        default_zone: the zone (an IANA name) of times that a page prints without one, as
            event cards do (they show the viewer's time). Without it such a time is not
            resolved: a ``zone-unknown`` diagnostic keeps the line, and nothing is invented.
    """

    year: int | None = attrs.field(default=None)
    strict: bool = False
    zones: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_mapping)
    today: date | None = attrs.field(default=None, converter=as_date)
    max_chars: int = attrs.field(default=256_000_000, validator=_limit)
    max_line_chars: int = attrs.field(default=4_000_000, validator=_limit)
    max_records: int = attrs.field(default=1_000_000, validator=_limit)
    max_diagnostics: int = attrs.field(default=10_000, validator=_limit)
    default_zone: str | None = attrs.field(default=None)

    @default_zone.validator
    def _valid_zone(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and (not isinstance(value, str) or not is_zone_name(value)):
            raise ValueError(
                f"default_zone {value!r} is no time zone: give an IANA name such as "
                "'America/Los_Angeles' or a fixed offset such as 'UTC+8'"
            )

    @year.validator
    def _valid_year(self, _attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and (type(value) is not int):
            raise TypeError(f"year must be an int or None, not {type(value).__name__}")
        if value is not None and not 1 <= value <= 9999:
            raise ValueError(f"year must be between 1 and 9999, got {value}")

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        """Pickle with the zones as a plain dict (a mapping proxy does not pickle), so
        that options reach worker processes."""
        values = {field.name: getattr(self, field.name) for field in attrs.fields(ParseOptions)}
        values["zones"] = dict(self.zones)
        return _from_fields, (values,)

    def reference_date(self) -> date:
        """The date that year inference counts back from."""
        return self.today if self.today is not None else date.today()


def _from_fields(values: dict[str, Any]) -> ParseOptions:
    return ParseOptions(**values)
