"""`ParseOptions`: everything a caller can tell a layout's parser."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

import attrs

from .models import Link

__all__ = ["ParseOptions"]


def _frozen_mapping(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(value or {}))


def _limit(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        raise ValueError(f"{attribute.name} must be a whole number of 1 or more, got {value!r}")


@attrs.frozen(kw_only=True)
class ParseOptions:
    """Options passed to every layout's ``parse``.

    Attributes:
        year: the year of every date on the page; wins over a printed or inferred year.
        strict: raise `ParseError` at the first diagnostic of error severity.
        zones: extra or overriding time-zone abbreviations (``{"CST": "Asia/Shanghai"}``).
        today: the date that year inference counts back from (default: today).
        max_chars: refuse inputs longer than this many characters (`LimitError`).
        max_line_chars: refuse lines longer than this (`LimitError`).
        max_records: refuse pages with more records than this (`LimitError`).
        links: the links that the normalisation step took out of a markdown capture, by
            1-based line number; filled by `confparse.parse`, empty for plain text.
    """

    year: int | None = attrs.field(default=None)
    strict: bool = False
    zones: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_mapping)
    today: date | None = None
    max_chars: int = attrs.field(default=256_000_000, validator=_limit)
    max_line_chars: int = attrs.field(default=4_000_000, validator=_limit)
    max_records: int = attrs.field(default=1_000_000, validator=_limit)
    links: Mapping[int, tuple[Link, ...]] = attrs.field(factory=dict, repr=False)

    @year.validator
    def _valid_year(self, _attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and not 1 <= value <= 9999:
            raise ValueError(f"year must be between 1 and 9999, got {value}")

    def reference_date(self) -> date:
        """The date that year inference counts back from."""
        return self.today if self.today is not None else date.today()
