"""The mutation table stays true to the code: every module `make mutate` names exists and has
unit tests, and every mutant listed as equivalent names a function that exists and says why."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
MODULES: list[dict[str, Any]] = yaml.safe_load((ROOT / "tests/mutation/modules.yaml").read_text())
EQUIVALENT: list[dict[str, Any]] = [
    entry
    for listing in sorted((ROOT / "tests/mutation/equivalent").glob("*.yaml"))
    for entry in yaml.safe_load(listing.read_text(encoding="utf-8")) or []
]


def functions_of(path: Path) -> set[str]:
    """ "name" for a function, "Class.name" for a method."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef):
            found.add(node.name)
        elif isinstance(node, ast.ClassDef):
            found.update(
                f"{node.name}.{item.name}"
                for item in node.body
                if isinstance(item, ast.FunctionDef)
            )
    return found


@pytest.mark.parametrize("row", MODULES, ids=lambda row: row["module"])
def test_every_module_in_the_table_exists_and_has_unit_tests(row: dict[str, Any]) -> None:
    paths = sorted(ROOT.glob(row["module"]))
    assert paths, f"{row['module']} matches no file"
    assert any((ROOT / test).exists() for test in row["tests"])
    for name in row.get("functions", []):
        assert any(name in functions_of(path) for path in paths), name


@pytest.mark.parametrize(
    "entry", EQUIVALENT, ids=lambda entry: f"{entry['module']}:{entry['function']}"
)
def test_every_equivalent_mutant_names_its_function_and_says_why(entry: dict[str, Any]) -> None:
    assert set(entry) == {"module", "function", "removed", "added", "reason"}
    assert entry["function"] in functions_of(ROOT / entry["module"])
    assert entry["removed"] and entry["added"] != entry["removed"]
    assert len(entry["reason"].split()) >= 5


@pytest.mark.parametrize(
    "entry", EQUIVALENT, ids=lambda entry: f"{entry['module']}:{entry['function']}"
)
def test_every_equivalent_mutant_is_lines_of_code_the_module_still_holds(
    entry: dict[str, Any],
) -> None:
    """Each side is a list of lines as text (a line such as `if a: b` left unquoted reads as a
    mapping, which stopped `make mutate` with a traceback), and the lines the mutant removed are
    still in the module: an entry for a line since rewritten would set aside nothing."""
    assert all(isinstance(line, str) for line in entry["removed"] + entry["added"])
    source = {line.strip() for line in (ROOT / entry["module"]).read_text().splitlines()}
    assert [line for line in entry["removed"] if line.strip() not in source] == []
