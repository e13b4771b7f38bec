"""Shared fixtures: the bundled resolution, its hand-read structure, and ../shared when present."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ODS_58_127 = FIXTURES / "ods" / "A_RES_58_127.txt"


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests never read or fill the user's cache (parsed documents, data files, downloads)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


RecordCalls = Callable[..., list[Any]]


@pytest.fixture
def record_calls(monkeypatch: pytest.MonkeyPatch) -> RecordCalls:
    """`record(module, name, keep)`: `module.name` replaced by a spy that still calls it, and
    the list of what `keep` takes of each call's arguments (all of them by default), in order:
    which texts or runs a stage asks a costlier step about."""

    def record(
        module: ModuleType, name: str, keep: Callable[..., Any] = lambda *args: args
    ) -> list[Any]:
        calls: list[Any] = []
        real = getattr(module, name)

        def spy(*args: Any) -> Any:
            calls.append(keep(*args))
            return real(*args)

        monkeypatch.setattr(module, name, spy)
        return calls

    return record


@pytest.fixture
def record_compiles(monkeypatch: pytest.MonkeyPatch) -> Callable[[ModuleType], list[str]]:
    """Record each pattern a citations module compiles through `compiled_once` from now on,
    with none compiled yet (the module's and the rules' COMPILED emptied, one store)."""

    def record(module: ModuleType) -> list[str]:
        from mineres.citations import rules

        compiled: list[str] = []

        def recording(pattern: str) -> re.Pattern[str]:
            compiled.append(pattern)
            return re.compile(pattern)

        store: dict[str, re.Pattern[str]] = {}
        monkeypatch.setattr(module, "compiled_once", recording)
        monkeypatch.setattr(rules, "COMPILED", store)
        monkeypatch.setattr(module, "COMPILED", store)
        return compiled

    return record


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / "gold" / "A_RES_58_127.yaml").read_text())
    return data


@pytest.fixture(scope="session")
def ods_bytes() -> bytes:
    return ODS_58_127.read_bytes()


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """../shared/corpus beside the repository; larger tests skip without it."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"../shared/corpus not found at {corpus}: corpus tests need the shared data")
    return corpus


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command line in-process; return (exit status, stdout, stderr)."""
    from mineres.cli import main

    try:
        main(list(args))
        code = 0
    except SystemExit as exit_status:
        code = int(exit_status.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# Hypothesis's own timing checks (deadlines, "too slow" data generation) fail on a loaded CI
# machine like any wall-clock assertion; CI also runs the same examples every time.
settings.register_profile(
    "mineres",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
settings.load_profile("mineres")
