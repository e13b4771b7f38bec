"""Citation cases as data: every file in tests/fixtures/citations holds real sentences, each with
every citation mineres must find in it and nothing else. Adding a case is adding a few lines of
YAML; the fields a citation states are compared exactly, and a field left out must be empty.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from mineres.citations import Found, find_in_text

CASES_FOLDER = Path(__file__).parent / "fixtures" / "citations"
FIELDS = ("kind", "text", "symbol", "body", "name", "url", "date")


def load_cases() -> list[Any]:
    cases = []
    for path in sorted(CASES_FOLDER.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            cases.append(pytest.param(case, id=f"{path.stem}:{case['id']}"))
    return cases


CASES = load_cases()


def as_stated(found: Found) -> dict[str, Any]:
    """A finding with the fields a case states, empty ones left out as the case leaves them."""
    values = {field: getattr(found, field) for field in FIELDS}
    return {field: value for field, value in values.items() if value is not None}


def test_there_are_cases_of_every_kind() -> None:
    kinds = {cite["kind"] for case in CASES for cite in case.values[0]["cites"]}
    assert kinds >= {"resolution", "decision", "document", "instrument", "treaty_series", "url"}
    assert {case.values[0].get("language", "en") for case in CASES} >= {
        "en",
        "fr",
        "es",
        "ru",
        "ar",
        "zh",
    }


@pytest.mark.parametrize("case", CASES)
def test_finds_exactly_what_the_sentence_cites(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_in_text(text, language=case.get("language", "en"))
    assert [as_stated(item) for item in found] == case["cites"]


@pytest.mark.parametrize("case", CASES)
def test_offsets_point_at_the_printed_words(case: dict[str, Any]) -> None:
    text = case["text"]
    for item in find_in_text(text, language=case.get("language", "en")):
        if not item.text.startswith(("United Nations, Treaty", "Ibid")):
            assert text[item.start : item.end] == item.text
