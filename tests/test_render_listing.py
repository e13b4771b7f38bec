"""Listings written as they are produced: the streamed JSON is byte for byte `json.dumps`."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from mineres import load_resolution
from mineres.render.document import render_document, write_document
from mineres.render.listing import write_json
from mineres.serialize import resolution_parts, resolution_to_dict

from .conftest import FIXTURES

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=20,
)


def lazily(value: Any) -> Any:
    """The same value with every list turned into an iterator, as a streaming writer gets it."""
    if isinstance(value, list):
        return iter([lazily(item) for item in value])
    if isinstance(value, dict):
        return {key: lazily(item) for key, item in value.items()}
    return value


@given(values)
def test_streamed_json_is_json_dumps(value: Any) -> None:
    out = io.StringIO()
    write_json(lazily(value), out)
    assert out.getvalue() == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_the_exported_model_is_streamed_and_unchanged() -> None:
    resolution = load_resolution(str(FIXTURES / "akn" / "A_RES_74_80.en.xml"))
    parts = resolution_parts(resolution)
    assert isinstance(parts["operative"], Iterator)
    out = io.StringIO()
    write_document(resolution, "json", out)
    expected = json.dumps(resolution_to_dict(resolution), indent=2, ensure_ascii=False) + "\n"
    assert out.getvalue() == expected == render_document(resolution, "json")


class CountingWriter(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.largest = 0

    def write(self, text: str) -> int:
        self.largest = max(self.largest, len(text))
        return super().write(text)


def test_no_single_write_holds_the_whole_document() -> None:
    """Memory stays near the model's size: the largest piece written is one paragraph, not
    the document (counted in characters, not measured in bytes of memory)."""
    resolution = load_resolution(str(FIXTURES / "akn" / "A_RES_74_80.en.xml"))
    out = CountingWriter()
    write_document(resolution, "json", out)
    longest = max(len(json.dumps(p, indent=2)) for p in resolution_to_dict(resolution)["operative"])
    assert out.largest <= 2 * longest + 200 < len(out.getvalue()) / 5
