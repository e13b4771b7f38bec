"""The indented JSON writer writes what json.dumps(indent=2, ensure_ascii=False) writes."""

from __future__ import annotations

import json
from enum import IntEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineres.render.indented_json import indented_json

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
KEYS = st.text() | st.integers() | st.floats() | st.booleans() | st.none()
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(KEYS, inner, max_size=4)
    ),
    max_leaves=30,
)


def dumped(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@given(VALUES)
def test_the_writer_writes_what_json_writes(value: object) -> None:
    assert indented_json(value) == dumped(value)


class Level(IntEnum):
    LOW = 1


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": [], "b": {}, "c": [[]]},
        {"text": 'quote " backslash \\ tab \t line\n“curly” é 鼓励 \u2028 \x00'},
        [True, False, None, 0, -1, 10**30, 1.5, float("inf"), float("nan")],
        {1: "one", 2.5: "x", False: "f", None: "n"},
        [Level.LOW, {"level": Level.LOW}],
    ],
)
def test_edges_are_written_as_json_writes_them(value: object) -> None:
    assert indented_json(value) == dumped(value)


@pytest.mark.parametrize("value", [{(1, 2): "tuple key"}, [object()], {"set": {1}}])
def test_what_json_refuses_is_refused(value: object) -> None:
    with pytest.raises(TypeError):
        dumped(value)
    with pytest.raises(TypeError):
        indented_json(value)
