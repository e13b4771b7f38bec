"""Every `$ mineres ...` session in the README and examples/ is run, and must print what it shows;
so is every Python session (```pycon blocks), as a doctest.

Documentation that shows real output cannot drift from the tool: change the output, and this
test names the file and the command to update.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "examples").glob("*.md"))]
CONSOLE_BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def sessions(path: Path) -> list[tuple[str, str]]:
    """(command, expected output) for each `$ mineres` line in the file's console blocks."""
    found: list[tuple[str, str]] = []
    for block in CONSOLE_BLOCK.findall(path.read_text(encoding="utf-8")):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "\n".join(output)))
                command, output = line[2:].split("  #")[0].strip(), []
            else:
                output.append(line)
        if command is not None:
            found.append((command, "\n".join(output)))
    return [(command, expected) for command, expected in found if command.startswith("mineres ")]


CASES = [
    pytest.param(command, expected, id=f"{path.name}: {command[:60]}")
    for path in DOCUMENTS
    for command, expected in sessions(path)
]


@pytest.mark.parametrize(("command", "expected"), CASES)
def test_documented_session_prints_what_it_shows(command: str, expected: str) -> None:
    for tool in ("jq", "awk", "sort", "cut"):
        if re.search(rf"\|\s*{tool}\b", command) and shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("MINERES_LIBRARY", None)
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.stdout.rstrip("\n") == expected.rstrip("\n"), command


def test_every_command_has_help_and_is_in_the_readme() -> None:
    from mineres.cli import build_app

    app = build_app()

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        assert command.callback is not None and command.callback.__doc__, name
        assert f"mineres {name}" in readme, f"`mineres {name}` is not documented in the README"


PYTHON_BLOCK = re.compile(r"```pycon\n(.*?)```", re.DOTALL)
PYTHON_SESSIONS = [
    pytest.param(path, number, block, id=f"{path.name}: python session {number}")
    for path in DOCUMENTS
    for number, block in enumerate(PYTHON_BLOCK.findall(path.read_text(encoding="utf-8")), 1)
]


@pytest.mark.parametrize(("path", "number", "block"), PYTHON_SESSIONS)
def test_documented_python_session_prints_what_it_shows(
    path: Path, number: int, block: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import doctest

    monkeypatch.delenv("MINERES_LIBRARY", raising=False)
    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(block, {}, f"{path.name}[{number}]", str(path), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)


def test_the_readme_has_a_python_session() -> None:
    assert any(path.name == "README.md" for path, *_ in (p.values for p in PYTHON_SESSIONS))
