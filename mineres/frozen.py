"""`frozen_dataclass`: `@dataclass(frozen=True)` for the model's value types, cheaper to import.

On Python 3.11, `dataclass` writes six methods per class as source text and compiles each one
(`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__delattr__`): 0.4-0.5 ms per
class, 4 ms for `mineres.models` alone, paid by every command before it reads a byte. Here only
`__init__` is compiled (it must be fast: the parser builds thousands of values); the other five
are shared functions reading the class's field names, and behave as `dataclass` writes them:
equality and hashing over the compared fields, the same repr, FrozenInstanceError on assignment.
The result is a dataclass (`fields`, `replace`, `asdict`, `is_dataclass` work) whose
`__dataclass_params__` say init, repr, eq and frozen are False: `dataclass` did not write them.

What `dataclass` does that the model does not need (InitVar, keyword-only or init=False fields,
__post_init__, methods of the class's own replacing generated ones) is refused, not imitated.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from functools import wraps
from operator import attrgetter
from types import CodeType, FunctionType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import mineres.frozen_inits as frozen_inits

if TYPE_CHECKING:  # what tells mypy these are frozen dataclasses (typing has it from 3.11)
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Callable[[T], T]:
        return lambda decorated: decorated


T = TypeVar("T")


class Factory:
    """The default of a parameter whose field has a default_factory, shown as dataclass
    shows it: `<factory>`."""

    def __repr__(self) -> str:
        return "<factory>"


FACTORY = Factory()
GENERATED = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen_dataclass(cls: type[T]) -> type[T]:
    """The class as a frozen dataclass: same fields, constructor, equality, hash and repr."""
    refused = [name for name in (*GENERATED, "__post_init__") if name in cls.__dict__]
    if refused:
        raise TypeError(f"{cls.__name__}: frozen_dataclass does not support {refused}")
    documented = bool(cls.__dict__.get("__doc__"))
    cls = as_dataclass(cls)
    fields = dataclasses.fields(cast(Any, cls))
    if any(not field.init or field.kw_only is True for field in fields):
        raise TypeError(f"{cls.__name__}: frozen_dataclass supports positional init fields only")
    names = tuple(field.name for field in fields)
    compared = tuple(field.name for field in fields if field.compare)
    hashed = tuple(
        field.name
        for field in fields
        if (field.compare if field.hash is None else field.hash)  # as dataclass decides
    )
    shown = tuple(field.name for field in fields if field.repr)
    methods: dict[str, Callable[..., Any]] = {
        "__init__": compiled_init(cls, fields),
        "__repr__": repr_of(shown),
        "__eq__": equality(compared),
        "__hash__": hashing(hashed),
        "__setattr__": refuse_assignment(cls, frozenset(names)),
        "__delattr__": refuse_deletion(cls, frozenset(names)),
    }
    for name, method in methods.items():
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    if not documented:  # as dataclass writes it: "Footnote(number: int, text: str, ...)"
        import inspect

        cls.__doc__ = cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")
    return cls


# What dataclass reads an annotation for, when it is a string: three patterns matched against each
SPECIAL_ANNOTATIONS = ("ClassVar", "InitVar", "KW_ONLY")


def as_dataclass(cls: type[T]) -> type[T]:
    """`dataclass(init=False, repr=False, eq=False)`: the fields, their defaults and what the
    dataclass functions read. With `from __future__ import annotations` every annotation is a
    string, which dataclass matches against three patterns to find ClassVar, InitVar and
    KW_ONLY (a quarter of making a class); an annotation naming none of them is shown to it as
    `object`, then put back in the class and in its field."""
    annotations = vars(cls).get("__annotations__", {})
    plain = all(
        isinstance(annotation, str) and not any(word in annotation for word in SPECIAL_ANNOTATIONS)
        for annotation in annotations.values()
    )
    if not annotations or not plain:  # nothing to hide (no own fields), or a special one
        return dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    cls.__annotations__ = dict.fromkeys(annotations, object)
    try:
        made = dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    finally:
        cls.__annotations__ = annotations
    for field in dataclasses.fields(cast(Any, made)):
        field.type = annotations[field.name]
    return made


def compiled_init(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., None]:
    """`__init__(self, a, b=default, c=<factory>)`, each value set past the frozen guard: the
    code of its number of fields (init_code) with the class's field names put in. A field
    with a default_factory takes FACTORY as its default, and its factory's value after."""
    defaulted = [has_default(field) for field in fields]
    if defaulted != sorted(defaulted):  # as Python refuses `def f(a=1, b)`
        raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
    defaults = tuple(
        FACTORY if field.default_factory is not dataclasses.MISSING else field.default
        for field in fields
        if has_default(field)
    )
    names = tuple(field.name for field in fields)
    code = init_code(len(names))
    renamed = dict(zip(placeholders(len(names)), names, strict=True))
    init: Callable[..., None] = FunctionType(
        code.replace(
            co_name="__init__",
            co_varnames=("self", *names),
            co_consts=tuple(
                renamed.get(constant, constant) if isinstance(constant, str) else constant
                for constant in code.co_consts
            ),
        ),
        {"SET": object.__setattr__},
        "__init__",
        defaults or None,
    )
    factories = tuple(
        (field.name, field.default_factory)
        for field in fields
        if field.default_factory is not dataclasses.MISSING
    )
    init.__annotations__ = {**{field.name: field.type for field in fields}, "return": None}
    if factories:
        init = filling_factories(init, factories)
    init.__module__ = cls.__module__
    return init


def has_default(field: dataclasses.Field[Any]) -> bool:
    return (
        field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
    )


def placeholders(size: int) -> list[str]:
    return [f"field_{index}" for index in range(size)]


def init_code(size: int) -> CodeType:
    """The code of `init_<size>(self, field_0, ..., field_<size-1>)` of frozen_inits, or the
    same compiled here for a class with more fields than that module writes out."""
    written = getattr(frozen_inits, f"init_{size}", None)
    if written is not None:
        code: CodeType = written.__code__
        return code
    body = [f"    SET(self, {name!r}, {name})" for name in placeholders(size)]
    namespace: dict[str, Any] = {}
    exec(f"def init(self, {', '.join(placeholders(size))}):\n" + "\n".join(body), namespace)
    compiled: CodeType = namespace["init"].__code__
    return compiled.replace(co_name="init_" + str(size))


def filling_factories(
    init: Callable[..., None], factories: tuple[tuple[str, Callable[[], Any]], ...]
) -> Callable[..., None]:
    """`init`, then each field left at FACTORY set to a new value of its factory. The
    signature shown is `init`'s (`__wrapped__`), with `<factory>` as those fields' default."""

    @wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        for name, factory in factories:
            if getattr(self, name) is FACTORY:
                object.__setattr__(self, name, factory())

    return __init__


def repr_of(shown: tuple[str, ...]) -> Callable[[Any], str]:
    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({inner})"

    return __repr__


def values_of(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The fields' values as one tuple, read in C by attrgetter (as fast as generated code)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        (name,) = names
        return lambda value: (getattr(value, name),)
    return lambda value: ()


def equality(compared: tuple[str, ...]) -> Callable[[Any, object], Any]:
    values = values_of(compared)

    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def hashing(hashed: tuple[str, ...]) -> Callable[[Any], int]:
    values = values_of(hashed)

    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def refuse_assignment(cls: type[Any], names: frozenset[str]) -> Callable[[Any, str, Any], None]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def refuse_deletion(cls: type[Any], names: frozenset[str]) -> Callable[[Any, str], None]:
    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__
