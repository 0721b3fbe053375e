"""The JSON Schema of what `confparse.to_json` writes: `json_schema`.

The schema is derived from the attrs classes, field by field, so that it follows the
model: each class is a ``$defs`` entry, each field a property typed from its annotation,
with the limits that the field's validators enforce.

>>> import confparse
>>> schema = confparse.json_schema()
>>> schema["$ref"], sorted(schema["$defs"])[:4]
('#/$defs/Page', ['Award', 'Diagnostic', 'Link', 'Page'])
>>> schema["$defs"]["Talk"]["properties"]["start"]
{'anyOf': [{'type': 'string', 'format': 'date-time'}, {'type': 'null'}], 'default': None}
"""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from typing import Any, Literal, Union

import attrs

from .. import models
from ..models import Page

__all__ = ["DIALECT", "json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of `json_schema` (draft 2020-12)."""

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    datetime: {"type": "string", "format": "date-time"},
    date: {"type": "string", "format": "date"},
    type(None): {"type": "null"},
}


def _constraints(field: attrs.Attribute[Any]) -> dict[str, Any]:
    """Schema keywords for what *field*'s validator checks, where it is one we know."""
    validator = field.validator
    if validator in models.VALIDATOR_CONSTRAINTS:
        return dict(models.VALIDATOR_CONSTRAINTS[validator])
    bound = getattr(validator, "bound", None)
    if getattr(validator, "compare_op", None) == ">=" and isinstance(bound, int):
        return {"minimum": bound}
    return {}


def _first_line(prop: Any) -> str:
    doc = (getattr(prop, "__doc__", None) or "").strip().split("\n\n")[0]
    return " ".join(doc.split())


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def type_schema(self, hint: Any, constraints: dict[str, Any]) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        if origin in (Union, types.UnionType):
            options = [self.type_schema(arg, constraints) for arg in typing.get_args(hint)]
            return {"anyOf": options}
        if origin is Literal:
            return {"enum": list(typing.get_args(hint))}
        if origin is tuple:
            item, *rest = typing.get_args(hint)
            if rest != [Ellipsis]:
                raise TypeError(f"only tuple[X, ...] fields are supported, not {hint}")
            return {"type": "array", "items": self.type_schema(item, {})}
        if attrs.has(hint):
            return {"$ref": f"#/$defs/{self.define(hint)}"}
        if hint in _SCALARS:
            schema = dict(_SCALARS[hint])
            if hint is str or (hint is int and "minimum" in constraints):
                schema.update(constraints)
            return schema
        raise TypeError(f"no JSON Schema for the field type {hint!r}")

    def define(self, cls: type) -> str:
        name = cls.__name__
        if name in self.defs:
            return name
        self.defs[name] = {}  # reserve the name: records may refer to themselves
        hints = typing.get_type_hints(cls)
        properties = {}
        required = []
        for field in attrs.fields(cls):
            schema = self.type_schema(hints[field.name], _constraints(field))
            default = field.default
            if default is attrs.NOTHING:
                required.append(field.name)
            elif not isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                schema["default"] = list(default) if isinstance(default, tuple) else default
            properties[field.name] = schema
        for prop, kind in models.DERIVED.get(name, ()):
            derived = {"anyOf": [dict(_SCALARS[kind]), {"type": "null"}], "readOnly": True}
            properties[prop] = {**derived, "description": _first_line(getattr(cls, prop))}
        doc = (cls.__doc__ or "").strip().split("\n\n")[0]
        self.defs[name] = {
            "type": "object",
            "description": " ".join(doc.split()),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        return name


def json_schema(cls: type = Page) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the JSON that ``to_json(record)`` writes for *cls*.

    *cls* is `Page` by default; any attrs record class of confparse works, `Catalog`
    included. Every class the record holds is a ``$defs`` entry, derived from its attrs
    fields: the type from the annotation (``X | None`` as ``anyOf`` with ``null``,
    ``tuple[X, ...]`` as an array, `Literal` as an ``enum``, datetimes and dates as
    ``date-time`` and ``date`` strings), the limits that the field's validators enforce
    (a non-blank string, one line, a non-negative count), ``default`` where the field
    has one, and no properties beyond the fields and the derived, ``readOnly`` ones that
    `to_json` writes too (`Paper`'s ``arxiv_id`` ... ``year``). `to_json` writes every field;
    `from_json` accepts JSON that leaves out fields with defaults, which the schema's
    ``required`` lists allow too. The schema does not check what only the validators can
    (an end before its start).

    Raises:
        TypeError: *cls* is not an attrs class, or has a field type JSON cannot express.
    """
    if not attrs.has(cls):
        raise TypeError(f"{cls!r} is not an attrs record class")
    builder = _Builder()
    root = builder.define(cls)
    return {
        "$schema": DIALECT,
        "title": f"confparse {root}",
        "$ref": f"#/$defs/{root}",
        "$defs": dict(sorted(builder.defs.items())),
    }
