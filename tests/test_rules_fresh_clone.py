"""A fresh clone has no ../shared: every test that reads it carries the `corpus` marker, so
`-m "not corpus"` (and `make mutate`) never touches the shared data and the skip says why."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).parent


def is_corpus_mark(node: ast.expr) -> bool:
    """`pytest.mark.corpus`, bare or in a list."""
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(is_corpus_mark(element) for element in node.elts)
    return isinstance(node, ast.Attribute) and node.attr == "corpus"


def reads_shared(function: ast.FunctionDef, shared_fixtures: set[str]) -> bool:
    """Takes the shared_corpus fixture (or a fixture built on it) or names SHARED."""
    arguments = {argument.arg for argument in function.args.args}
    if arguments & shared_fixtures:
        return True
    return any(isinstance(node, ast.Name) and node.id == "SHARED" for node in ast.walk(function))


def unmarked_readers(source: str) -> list[str]:
    module = ast.parse(source)
    for statement in module.body:
        if (
            isinstance(statement, ast.Assign)
            and any(
                isinstance(target, ast.Name) and target.id == "pytestmark"
                for target in statement.targets
            )
            and is_corpus_mark(statement.value)
        ):
            return []
    functions = [node for node in module.body if isinstance(node, ast.FunctionDef)]
    shared = {"shared_corpus"}
    for function in functions:  # fixtures defined before use, as in every test module here
        if not function.name.startswith("test_") and reads_shared(function, shared):
            shared.add(function.name)
    return [
        function.name
        for function in functions
        if function.name.startswith("test_")
        and reads_shared(function, shared)
        and not any(is_corpus_mark(decorator) for decorator in function.decorator_list)
    ]


def test_the_check_finds_an_unmarked_reader() -> None:
    source = (
        "import pytest\n"
        "def corpus_files(shared_corpus): return shared_corpus\n"
        "def test_a(shared_corpus): pass\n"
        "@pytest.mark.corpus\n"
        "def test_b(shared_corpus): pass\n"
        "def test_c(corpus_files): pass\n"
        "def test_d(): return SHARED / 'corpus'\n"
        "def test_e(): pass\n"
    )
    assert unmarked_readers(source) == ["test_a", "test_c", "test_d"]
    assert unmarked_readers("import pytest\npytestmark = pytest.mark.corpus\n" + source) == []


@pytest.mark.parametrize("path", sorted(TESTS.glob("test_*.py")), ids=lambda path: path.name)
def test_every_reader_of_shared_carries_the_corpus_marker(path: Path) -> None:
    assert unmarked_readers(path.read_text(encoding="utf-8")) == []
