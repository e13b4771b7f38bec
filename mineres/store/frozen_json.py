"""Frozen dataclasses to JSON and back, the way back checked against each field's type.

The parse cache stores a Resolution as data, never as code: JSON cannot run anything when it
is read, and `decode` builds only the dataclasses named in the model's own annotations, each
field checked against its declared type (str, int, date, Literal, tuple, optional, nested
dataclass). A value of the wrong shape is a ValueError, which the cache treats as a miss.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date
from functools import cache, partial
from typing import Any, Literal, Union


def encode(value: Any) -> Any:
    """Plain JSON values: a dataclass becomes a mapping of every field, a date its ISO form."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: encode(getattr(value, field.name)) for field in fields_of(type(value))}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode(item) for item in value]
    return value


def decode(kind: Any, value: Any) -> Any:
    """`value` read back as `kind`, or ValueError naming what did not fit."""
    try:
        reader = reader_of(kind)
    except TypeError:  # a kind that cannot be a cache key: read it without remembering how
        reader = reader_of.__wrapped__(kind)
    return reader(value)


@cache
def reader_of(kind: Any) -> Callable[[Any], Any]:
    """How a value of `kind` is read, worked out once per kind rather than once per value
    (a cached resolution has thousands of values of a dozen kinds)."""
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return partial(decode_dataclass, kind)
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        return partial(decode_union, typing.get_args(kind))
    if origin is Literal:
        return partial(decode_literal, typing.get_args(kind))
    if origin is tuple:
        return partial(decode_tuple, typing.get_args(kind))
    return partial(decode_scalar, kind)


def decode_literal(allowed: tuple[Any, ...], value: Any) -> Any:
    if value not in allowed or isinstance(value, bool):
        raise ValueError(f"{value!r} is not one of {allowed}")
    return value


def decode_dataclass(kind: type, value: Any) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"{kind.__name__}: expected an object")
    hints = field_types(kind)
    names = field_names(kind)
    if value.keys() != names:
        raise ValueError(f"{kind.__name__}: fields {sorted(value)} are not {sorted(names)}")
    return kind(**{name: decode(hints[name], value[name]) for name in names})


def decode_union(options: tuple[Any, ...], value: Any) -> Any:
    if value is None and type(None) in options:
        return None
    for option in options:
        if option is type(None):
            continue
        try:
            return decode(option, value)
        except ValueError:
            continue
    raise ValueError(f"{value!r} fits none of {options}")


def decode_tuple(arguments: tuple[Any, ...], value: Any) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    if len(arguments) == 2 and arguments[1] is Ellipsis:
        return tuple(decode(arguments[0], item) for item in value)
    if len(arguments) != len(value):
        raise ValueError(f"expected {len(arguments)} items")
    return tuple(decode(argument, item) for argument, item in zip(arguments, value, strict=True))


def decode_scalar(kind: Any, value: Any) -> Any:
    if kind is date:
        if not isinstance(value, str):
            raise ValueError("expected a date")
        return date.fromisoformat(value)
    if kind in (str, int, float, bool) and type(value) is kind:
        return value
    if kind is float and type(value) is int:
        return float(value)
    raise ValueError(f"{value!r} is not a {getattr(kind, '__name__', kind)}")


@cache
def fields_of(kind: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(kind)


@cache
def field_names(kind: type) -> frozenset[str]:
    return frozenset(field.name for field in fields_of(kind))


@cache
def field_types(kind: type) -> dict[str, Any]:
    """The annotations evaluated once per class (they are strings under `from __future__`)."""
    return typing.get_type_hints(kind)
