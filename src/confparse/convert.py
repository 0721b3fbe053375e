"""Records to and from plain data and JSON, through one configured `cattrs` converter.

Datetimes become ISO 8601 strings with their UTC offset (``"2021-07-21T17:00:00-07:00"``);
everything else maps to JSON types directly. Together with each talk's ``zone`` (the
abbreviation as printed) the JSON keeps all that `confparse.render` needs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.json import make_converter

from .errors import ConvertError

__all__ = ["converter", "from_dict", "from_json", "make_confparse_converter", "to_dict", "to_json"]

T = TypeVar("T")


def _structure_datetime(value: Any, _type: type) -> datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"datetime {value!r} has no UTC offset")
    return parsed


def _structure_date(value: Any, _type: type) -> date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    return date.fromisoformat(value)


def _describe(exc: BaseException, _type: Any) -> str:
    if isinstance(exc, KeyError):
        return f"required field missing: {exc}"
    return str(exc) or type(exc).__name__


def _strict(kind: type) -> Any:
    """A structure hook that accepts only *kind* itself: no ``3`` for ``"3"``, no ``"no"``
    for ``True`` (cattrs would convert them)."""

    def structure(value: Any, _type: type) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        return value

    return structure


def make_confparse_converter() -> cattrs.Converter:
    """A new converter configured the way confparse needs (for extending, not for speed)."""
    conv = make_converter(forbid_extra_keys=True)
    for kind in (str, bool, int):
        conv.register_structure_hook(kind, _strict(kind))
    conv.register_unstructure_hook(datetime, datetime.isoformat)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(date, _structure_date)
    from . import models

    for name in models.DERIVED:
        _with_derived(conv, getattr(models, name))
    return conv


def _with_derived(conv: cattrs.Converter, cls: type) -> None:
    """Write *cls*'s derived properties (`confparse.models.DERIVED`) after its fields, and
    ignore them when reading: they follow from the fields."""
    from .models import DERIVED

    names = tuple(name for name, _kind in DERIVED[cls.__name__])
    fields: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(cls, conv)
    structure: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, conv, _cattrs_forbid_extra_keys=True
    )

    def unstructure(obj: Any) -> dict[str, Any]:
        data = fields(obj)
        for name in names:
            data[name] = getattr(obj, name)
        return data

    def structure_hook(data: Any, kind: type) -> Any:
        if isinstance(data, dict) and any(name in data for name in names):
            data = {key: value for key, value in data.items() if key not in names}
        return structure(data, kind)

    conv.register_unstructure_hook(cls, unstructure)
    conv.register_structure_hook(cls, structure_hook)


converter: cattrs.Converter = make_confparse_converter()
"""The configured converter that `to_dict`, `from_dict`, `to_json` and `from_json` use."""


def _check_record(obj: Any, what: str) -> None:
    items = obj if isinstance(obj, (list, tuple)) else (obj,)
    for item in items:
        if not attrs.has(type(item)):
            raise TypeError(
                f"{what} takes a record (Page, Session, Talk, Paper, Award, Catalog ...) or a "
                f"list or tuple of records, not {type(item).__name__}"
            )


def to_dict(obj: Any) -> Any:
    """Plain data (dicts, lists, strings, numbers, ``None``) for a record or a tuple of them.

    Raises:
        TypeError: *obj* is not a record or a list or tuple of records.
    """
    _check_record(obj, "to_dict")
    return converter.unstructure(obj)


def from_dict(data: Any, cls: type[T]) -> T:
    """Rebuild a record of type *cls* from `to_dict` output.

    Raises:
        ConvertError: the data does not describe a valid *cls*; its ``problems`` name the
            path of each bad value (``$.sessions[0].talks[2].start``).
    """
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        problems = (
            cattrs.transform_error(exc, path="$", format_exception=_describe)
            if isinstance(exc, cattrs.BaseValidationError)
            else [str(exc)]
        )
        raise ConvertError(f"not a valid {cls.__name__}", problems) from exc


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """JSON text for a record (non-ASCII characters are kept as they are).

    Raises:
        TypeError: *obj* is not a record or a list or tuple of records.
    """
    _check_record(obj, "to_json")
    return json.dumps(converter.unstructure(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Rebuild a record of type *cls* from `to_json` output.

    Raises:
        ConvertError: the text is not JSON, or does not describe a valid *cls*.
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise TypeError(f"from_json takes JSON text (str or bytes), not {type(text).__name__}")
    if not isinstance(cls, type):
        raise TypeError(f"from_json takes a record class second, not {cls!r}")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ConvertError(f"not valid JSON: {exc}") from exc
    return from_dict(data, cls)
