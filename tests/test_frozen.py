"""`frozen_dataclass` behaves as `@dataclass(frozen=True)`: each check runs on twin classes,
one made by each, and compares what they do."""

from __future__ import annotations

import builtins
import copy
import dataclasses
import inspect
import pickle
from dataclasses import FrozenInstanceError, dataclass, field
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest

from mineres import frozen_inits
from mineres.frozen import frozen_dataclass


@dataclass(frozen=True)
class Standard:
    """A value with every kind of field the model uses."""

    name: str
    count: int = 0
    tags: tuple[str, ...] = field(default=(), compare=False)
    parts: list[int] = field(default_factory=list, hash=False)
    children: tuple[Standard, ...] = ()


@frozen_dataclass
class Cheap:
    """A value with every kind of field the model uses."""

    name: str
    count: int = 0
    tags: tuple[str, ...] = field(default=(), compare=False)
    parts: list[int] = field(default_factory=list, hash=False)
    children: tuple[Cheap, ...] = ()


@dataclass(frozen=True)
class Undocumented:
    only: int


@frozen_dataclass
class CheapUndocumented:
    only: int


def twins(*args: Any, **kwargs: Any) -> tuple[Standard, Cheap]:
    return Standard(*args, **kwargs), Cheap(*args, **kwargs)


def test_constructor_signature_fields_and_doc_are_the_same() -> None:
    assert str(inspect.signature(Cheap)) == str(inspect.signature(Standard)).replace(
        "Standard", "Cheap"
    )
    assert [(f.name, f.default, f.compare, f.hash) for f in dataclasses.fields(Cheap)] == [
        (f.name, f.default, f.compare, f.hash) for f in dataclasses.fields(Standard)
    ]
    assert Cheap.__match_args__ == Standard.__match_args__
    assert CheapUndocumented.__doc__ == "CheapUndocumented(only: 'int')"
    assert Undocumented.__doc__ == "Undocumented(only: 'int')"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"name": "a"}, {"name": "a"}),
        ({"name": "a"}, {"name": "b"}),
        ({"name": "a", "tags": ("x",)}, {"name": "a", "tags": ("y",)}),  # not compared
        ({"name": "a", "parts": [1]}, {"name": "a", "parts": [2]}),  # compared, not hashed
        ({"name": "a", "count": 1}, {"name": "a", "count": 2}),
    ],
)
def test_equality_and_hash_are_the_same(first: dict[str, Any], second: dict[str, Any]) -> None:
    standard_a, cheap_a = twins(**first)
    standard_b, cheap_b = twins(**second)
    assert (cheap_a == cheap_b) == (standard_a == standard_b)
    assert (cheap_a != cheap_b) == (standard_a != standard_b)
    assert cheap_a.__eq__(standard_a) is NotImplemented  # another class is never equal
    if "parts" not in first:  # a list field is compared but cannot be hashed
        assert (hash(cheap_a) == hash(cheap_b)) == (hash(standard_a) == hash(standard_b))


def test_repr_is_the_same_and_recursion_safe() -> None:
    standard, cheap = twins("a", 2, ("t",), [1], children=())
    assert repr(cheap) == repr(standard).replace("Standard", "Cheap")
    nested_standard, nested_cheap = (
        Standard("b", children=(standard,)),
        Cheap("b", children=(cheap,)),
    )
    assert repr(nested_cheap) == repr(nested_standard).replace("Standard", "Cheap")


def test_a_default_factory_gives_each_value_its_own() -> None:
    first, second = Cheap("a"), Cheap("b")
    assert first.parts == [] and first.parts is not second.parts


@pytest.mark.parametrize(
    "change",
    [
        lambda value: setattr(value, "name", "other"),
        lambda value: setattr(value, "new", 1),
        lambda value: delattr(value, "name"),
    ],
)
def test_assignment_and_deletion_are_refused_as_dataclass_refuses_them(change: Any) -> None:
    for value in twins("a"):
        with pytest.raises(FrozenInstanceError) as refused:
            change(value)
        assert "cannot" in str(refused.value)


def test_replace_pickle_copy_and_asdict_work() -> None:
    standard, cheap = twins("a", 2, ("t",), [1])
    assert dataclasses.replace(cheap, count=3) == Cheap("a", 3, ("t",), [1])
    assert pickle.loads(pickle.dumps(cheap)) == cheap
    assert copy.deepcopy(cheap) == cheap
    assert dataclasses.asdict(cheap) == dataclasses.asdict(standard)


def test_what_it_does_not_imitate_is_refused() -> None:
    with pytest.raises(TypeError, match="__post_init__"):

        @frozen_dataclass
        class WithPostInit:
            value: int

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError, match="positional"):

        @frozen_dataclass
        class KeywordOnly:
            value: int = field(kw_only=True)


def test_a_field_without_a_default_after_one_with_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="follows"):

        @dataclass(frozen=True)
        class StandardOrder:
            first: int = 0
            second: int  # type: ignore[misc]

    with pytest.raises(TypeError, match="follows"):

        @frozen_dataclass
        class CheapOrder:
            first: int = 0
            second: int  # type: ignore[misc]


WRITTEN = len([name for name in dir(frozen_inits) if name.startswith("init_")])


def many_fields(size: int, decorate: Any) -> Any:
    """A class of `size` int fields, the last half with defaults, made by `decorate`."""
    annotations = {f"f{index}": "int" for index in range(size)}
    defaults = {f"f{index}": index for index in range(size // 2, size)}
    namespace = {"__doc__": "A wide value.", "__annotations__": annotations, **defaults}
    return decorate(type(f"Wide{size}", (), namespace))


@pytest.mark.parametrize("size", [0, 1, 7, WRITTEN - 1, WRITTEN + 3])
def test_any_number_of_fields_is_set_as_dataclass_sets_them(size: int) -> None:
    """Up to the widest init written out in frozen_inits, and past it (compiled)."""
    standard, cheap = many_fields(size, dataclass(frozen=True)), many_fields(size, frozen_dataclass)
    assert str(inspect.signature(cheap)) == str(inspect.signature(standard))
    required = list(range(100, 100 + size // 2))
    assert vars(cheap(*required)) == vars(standard(*required))
    named = {f"f{index}": -index for index in range(size)}
    assert vars(cheap(**named)) == vars(standard(**named))
    if size:
        with pytest.raises(TypeError, match="__init__"):
            cheap(*range(size + 1))


def test_each_written_init_sets_its_fields_in_order_and_nothing_else() -> None:
    """frozen_dataclass renames these by position: init_<n> must take field_0 ... field_<n-1>
    and set each, once, from its own parameter."""
    for size in range(WRITTEN):
        init = getattr(frozen_inits, f"init_{size}")
        parameters = list(inspect.signature(init).parameters)
        assert parameters == ["self", *(f"field_{index}" for index in range(size))]
        target = SimpleNamespace()
        init(target, *(f"value {index}" for index in range(size)))
        assert list(vars(target).items()) == [
            (f"field_{index}", f"value {index}") for index in range(size)
        ]


def test_making_a_class_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of frozen_inits: each compiled method cost ~0.1 ms of every command's start."""
    compiled: list[object] = []
    real_compile, real_exec = builtins.compile, builtins.exec

    def counted(real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            compiled.append(args)
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(builtins, "compile", counted(real_compile))
    monkeypatch.setattr(builtins, "exec", counted(real_exec))
    many_fields(9, frozen_dataclass)
    assert compiled == []
    many_fields(WRITTEN + 1, frozen_dataclass)
    assert len(compiled) == 1


def test_class_variables_and_field_types_are_as_dataclass_reads_them() -> None:
    """Annotations are shown to dataclass as placeholders unless they may name ClassVar,
    InitVar or KW_ONLY: a class variable is still no field, and each field keeps its type."""

    @dataclass(frozen=True)
    class StandardWithClassVariable:
        unit: ClassVar[str] = "paragraph"
        count: int = 0

    @frozen_dataclass
    class CheapWithClassVariable:
        unit: ClassVar[str] = "paragraph"
        count: int = 0

    for made in (StandardWithClassVariable, CheapWithClassVariable):
        assert [(f.name, f.type) for f in dataclasses.fields(made)] == [("count", "int")]
        assert made.__annotations__ == {"unit": "ClassVar[str]", "count": "int"}
    assert [(f.name, f.type) for f in dataclasses.fields(Cheap)] == [
        (f.name, f.type.replace("Standard", "Cheap")) for f in dataclasses.fields(Standard)
    ]
