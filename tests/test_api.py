"""The Python API: the names `mineres` exports, what they return, and that they print nothing."""

from __future__ import annotations

import pydoc
import subprocess
import sys

import pytest

import mineres
from mineres.cli.common import load

from .conftest import FIXTURES, run_cli


def test_every_public_name_resolves_and_help_lists_it() -> None:
    text = pydoc.render_doc(mineres, renderer=pydoc.plaintext)
    for name in mineres.__all__:
        assert getattr(mineres, name) is not None
        assert name in text, name
    assert sorted(mineres.__all__) == sorted(mineres.HOMES)


def test_import_mineres_loads_no_parser_and_no_cli() -> None:
    code = "import sys, mineres; print(sorted(m for m in sys.modules if m.startswith(('mineres', 'typer'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['mineres']"


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="no attribute 'parse_everything'"):
        mineres.parse_everything  # type: ignore[attr-defined]  # noqa: B018


def test_the_api_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    resolution = mineres.load_resolution(str(FIXTURES / "akn" / "A_RES_74_80.en.xml"))
    later = mineres.parse_resolution((FIXTURES / "akn" / "A_RES_76_74.en.xml").read_bytes())
    assert isinstance(resolution, mineres.Resolution)
    mineres.select_paragraphs(resolution, part="all", grep="victim")
    mineres.select_citations(resolution, kinds=["resolutions"], paragraph="PP1")
    mineres.diff_resolutions(resolution, later)
    mineres.search(mineres.Query("victim"), [str(FIXTURES / "akn")])
    assert capsys.readouterr() == ("", "")


def test_errors_are_mineres_errors() -> None:
    with pytest.raises(mineres.MineresError, match="no such file"):
        mineres.load_resolution("/no/such/file.txt")
    with pytest.raises(mineres.MineresError, match="unknown part"):
        mineres.select_paragraphs(mineres.load_resolution(), part="annex")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "api"),
    [
        (["--lead", "takes note"], {"lead": "takes note"}),
        (["--all", "--grep", "booby traps"], {"part": "all", "grep": "booby traps"}),
        (["--preamble", "-n", "7-8"], {"part": "preamble", "numbers": "7-8"}),
    ],
)
def test_the_command_line_lists_what_the_api_selects(
    capsys: pytest.CaptureFixture[str], args: list[str], api: dict[str, str]
) -> None:
    _, out, _ = run_cli(capsys, "paragraphs", *args)
    expected = mineres.select_paragraphs(load(None, with_citations=False), **api)  # type: ignore[arg-type]
    assert [line.split("\t")[0] for line in out.splitlines()] == [p.id for p in expected]
    assert expected
