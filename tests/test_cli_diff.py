"""`mineres diff` as a user meets it: formats, exit statuses like diff(1), inputs of any layout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from .conftest import FIXTURES, run_cli

OLD_XML = FIXTURES / "akn" / "A_RES_74_80.en.xml"
NEW_XML = FIXTURES / "akn" / "A_RES_76_74.en.xml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, "diff", *args)


def hand_summary() -> dict[str, int]:
    data = yaml.safe_load((FIXTURES / "diff" / "A_RES_74_80__76_74.yaml").read_text("utf-8"))
    counts = Counter(link["type"] for link in data["links"])
    types = ("unchanged", "modified", "moved", "added", "removed", "split", "merged")
    return {kind: counts[kind] for kind in types}


def test_json_summary_of_the_real_pair_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(OLD_XML), str(NEW_XML), "--format", "json")
    assert (code, err) == (1, "")
    data = json.loads(out)
    assert data["summary"] == hand_summary()
    assert data["changes"][0]["old_id"] == "PP1" and data["changes"][0]["routine"] is True


def test_bundled_symbols_work_as_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "74/80", "A/RES/76/74", "--format", "json", "--stat")
    assert code == 1
    assert json.loads(out)["summary"] == hand_summary()


def test_same_resolution_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(OLD_XML), "74/80", "--stat")
    assert (code, err) == (0, "")
    assert "modified      0" in out


def test_into_a_pipe_the_default_is_git_word_diff(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(OLD_XML), str(NEW_XML))
    assert code == 1
    assert out.startswith("--- A/RES/74/80\n+++ A/RES/76/74\n@@ PP1 -> PP1 modified, routine @@")
    assert "[-seventy-sixth-]{+seventy-eighth+}" in out


def test_ignore_routine(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(OLD_XML), str(NEW_XML), "-f", "json", "--ignore-routine")
    summary = json.loads(out)["summary"]
    assert summary["modified"] == hand_summary()["modified"] - 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.xml", str(NEW_XML)], "nope.xml"),
        ([str(OLD_XML), str(NEW_XML), "--format", "pdf"], "unknown format"),
        (["-", "-"], "only one of OLD and NEW"),
    ],
)
def test_trouble_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("format", ["md", "html"])
def test_redline_formats(capsys: pytest.CaptureFixture[str], format: str) -> None:
    code, out, _ = run(capsys, str(OLD_XML), str(NEW_XML), "-f", format)
    assert code == 1
    assert ("~~seventy-sixth~~ **seventy-eighth**" in out) == (format == "md")
    assert ("<del>seventy-sixth</del>" in out) == (format == "html")


def test_across_layouts_from_standard_input(tmp_path: Path) -> None:
    """Old from AKN markup on standard input, new as a plain-text file."""
    from mineres.parse.akn import parse_akn
    from mineres.render.layouts import to_plain_text

    plain = tmp_path / "A_RES_76_74.txt"
    plain.write_text(to_plain_text(parse_akn(NEW_XML.read_text("utf-8"))), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mineres", "diff", "-", str(plain), "--format", "json"],
        input=OLD_XML.read_bytes(),
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["summary"] == hand_summary()


def test_rich_side_by_side_into_a_pipe_has_no_colour(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(OLD_XML), str(NEW_XML), "--format", "rich", "--side-by-side")
    assert code == 1 and "\x1b[" not in out
    assert out.startswith("A/RES/74/80 → A/RES/76/74")
    assert "PP7 → PP7 modified   lead: Expressing alarm → Deeply concerned (weaker)" in out
