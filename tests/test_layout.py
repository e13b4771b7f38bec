"""The package's layout is its architecture: no import cycles, and the core stays below the CLI.

The parser, the citation finder and the differ are pure functions over text and the model;
they must never reach up to the command line, the renderers or the library on disk.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mineres"
CORE = ("mineres.parse", "mineres.citations", "mineres.diff")
ABOVE_THE_CORE = ("mineres.cli", "mineres.render", "mineres.library", "mineres.corpus")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported_modules(path: Path) -> set[str]:
    """The mineres modules a file imports, anywhere in it (lazy imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found.update(name for name in names if name in MODULES)
    return found


IMPORTS = {name: imported_modules(path) - {name} for name, path in MODULES.items()}


def within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def cycle_from(start: str) -> list[str] | None:
    """A path of imports leading from `start` back to itself, if there is one."""
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        name, path = stack.pop()
        for imported in sorted(IMPORTS[name]):
            if imported == start:
                return [*path, start]
            if imported not in seen:
                seen.add(imported)
                stack.append((imported, [*path, imported]))
    return None


def test_the_layout_is_found() -> None:
    assert {"mineres.parse", "mineres.citations", "mineres.diff", "mineres.cli"} <= set(MODULES)


def test_a_cycle_is_seen() -> None:
    """The checker itself: two modules importing each other are a cycle."""
    IMPORTS["mineres.test_a"] = {"mineres.test_b"}
    IMPORTS["mineres.test_b"] = {"mineres.test_a"}
    try:
        assert cycle_from("mineres.test_a") == [
            "mineres.test_a",
            "mineres.test_b",
            "mineres.test_a",
        ]
    finally:
        del IMPORTS["mineres.test_a"], IMPORTS["mineres.test_b"]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_import_cycles(name: str) -> None:
    assert cycle_from(name) is None, " -> ".join(cycle_from(name) or [])


@pytest.mark.parametrize("name", sorted(n for n in MODULES if within(n, CORE)))
def test_the_core_does_not_import_the_cli_renderers_or_library(name: str) -> None:
    leaks = sorted(i for i in IMPORTS[name] if within(i, ABOVE_THE_CORE))
    assert leaks == [], f"{name} imports {leaks}"
