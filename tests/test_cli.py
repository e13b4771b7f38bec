"""The command line as a user meets it: formats, filters, pipes and bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import FIXTURES, ODS_58_127, run_cli

GOLDEN = FIXTURES / "golden"


run = run_cli


def run_process(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mineres", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_paragraphs_default_is_operative_one_line_each_into_a_pipe(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "paragraphs")
    lines = out.splitlines()
    assert code == 0 and err == ""
    assert len(lines) == 27
    assert lines[0].startswith("OP1\tWelcomes the report of the Secretary-General")


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["-n", "3-5,12"], ["OP3", "OP4", "OP5", "OP12"]),
        (["--lead", "Urges"], ["OP13", "OP23"]),
        (["--lead", "takes note"], ["OP14", "OP15", "OP25"]),
        (["--grep", "Geneva International Centre"], ["OP6", "OP18"]),
        (["--preamble", "-n", "7-8"], ["PP7", "PP8"]),
        (["--all", "--lead", "Welcom"], []),
        (["--all", "--grep", "booby traps"], ["PP7", "PP14", "OP22"]),
    ],
)
def test_paragraph_filters(
    capsys: pytest.CaptureFixture[str], args: list[str], ids: list[str]
) -> None:
    code, out, _ = run(capsys, "paragraphs", *args, "--format", "json")
    assert code == 0
    assert [record["id"] for record in json.loads(out)] == ids


def test_all_paragraphs_count(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "paragraphs", "--all", "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 49
    assert set(records[0]) == {
        "id",
        "kind",
        "number",
        "lead",
        "text",
        "footnotes",
        "subparagraphs",
        "section",
    }


def test_every_listing_format_parses(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "footnotes", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[10] == {"number": "11", "cited_from": "OP1;OP26", "text": "A/58/260/Add.1."}
    _, out, _ = run(capsys, "footnotes", "--format", "tsv")
    assert out.splitlines()[1].split("\t")[:2] == ["1", "PP5"]
    _, out, _ = run(capsys, "footnotes", "--format", "yaml")
    assert yaml.safe_load(out)[8] == {
        "number": 9,
        "text": "Ibid., part II.",
        "cited_from": ["PP11"],
    }
    _, out, _ = run(capsys, "paragraphs", "-n", "1", "--format", "md")
    assert out.splitlines()[0] == "| id | lead | text | footnotes |"
    assert out.splitlines()[2].startswith("| OP1 | Welcomes | Welcomes the report")
    _, out, _ = run(capsys, "paragraphs", "-n", "1", "--format", "table")
    assert "OP1" in out and "\x1b[" not in out


def test_info_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", "58/127", "--format", "json")
    info = json.loads(out)
    assert code == 0
    assert info["symbol"] == "A/RES/58/127"
    assert info["drafts"] == ["A/58/L.50", "A/58/L.50/Add.1"]
    assert info["operative_paragraphs"] == 27


def test_show_paragraph_with_its_footnotes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "op1")
    assert code == 0
    assert "lead: Welcomes" in out
    assert "10. A/58/260." in out and "11. A/58/260/Add.1." in out
    code, out, _ = run(capsys, "show", "PP7", "--format", "json")
    shown = json.loads(out)
    assert shown["footnotes"] == [2, 3]  # the PARAGRAPH contract: numbers
    assert [n["number"] for n in shown["footnote_texts"]] == [2, 3]


def test_show_unknown_paragraph_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "OP99")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no paragraph OP99" in err


def test_export_json_contract(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "export", str(ODS_58_127), "--format", "json", "-o", str(target))
    assert code == 0 and out == ""
    model = json.loads(target.read_text())
    assert {"metadata", "preamble", "operative", "footnotes"} <= set(model)
    op1 = model["operative"][0]
    assert {k: op1[k] for k in ("id", "number", "lead", "footnotes", "section")} == {
        "id": "OP1",
        "number": 1,
        "lead": "Welcomes",
        "footnotes": [10, 11],
        "section": None,
    }
    assert model["footnotes"][10]["cited_from"] == ["OP1", "OP26"]


@pytest.mark.parametrize("format", ["yaml", "md"])
def test_export_other_formats(capsys: pytest.CaptureFixture[str], format: str) -> None:
    code, out, _ = run(capsys, "export", "--format", format)
    assert code == 0
    if format == "yaml":
        assert yaml.safe_load(out)["metadata"]["meeting"] == "76th plenary meeting"
    else:
        assert out.startswith("# A/RES/58/127: Assistance in mine action")
        assert "27. *Decides* to include" in out and "[^11]: A/58/260/Add.1." in out


def test_standard_input(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_process("paragraphs", "-", "-n", "27", stdin=ODS_58_127.read_bytes())
    assert result.returncode == 0
    assert result.stdout.decode().startswith("OP27\tDecides")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: str(d / "missing.txt"), "no such file"),
        (lambda d: str(d), "is a directory"),
        (lambda d: write(d / "empty.txt", b""), "empty"),
        (lambda d: write(d / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20), "binary"),
        (lambda d: write(d / "latin.txt", b"Urges \x81\x8d\x8f States"), "cannot decode"),
        (lambda d: write(d / "notes.txt", b"Shopping list\n\nmilk, bread\n"), "not a resolution"),
        (lambda d: write(d / "huge.txt", b"a" * (21 * 1024 * 1024)), "too large"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    code, out, err = run(capsys, "paragraphs", path)
    assert code == 2
    assert out == ""
    assert err.startswith("mineres: ") and err.count("\n") == 1, err
    assert message in err
    assert "Traceback" not in err


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_unknown_format_and_bad_ranges_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "paragraphs", "--format", "xml")[0] == 2
    assert run(capsys, "paragraphs", "-n", "7-3")[0] == 2
    assert run(capsys, "paragraphs", "--no-such-option")[0] == 2


def test_pipe_closed_early_exits_quietly() -> None:
    command = f"{sys.executable} -m mineres paragraphs --all | head -1"
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"], capture_output=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stderr == b""
    assert result.stdout.startswith(b"PP1\t")


def test_no_colour_codes_into_a_pipe() -> None:
    for args in (["paragraphs"], ["paragraphs", "--format", "table"], ["info"], ["show", "OP5"]):
        result = run_process(*args, env={"NO_COLOR": "1"})
        assert result.returncode == 0
        assert b"\x1b[" not in result.stdout


def test_debug_shows_the_traceback() -> None:
    result = run_process("--debug", "paragraphs", "/no/such/file")
    assert result.returncode != 0
    assert b"Traceback" in result.stderr


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("paragraphs.txt", ["paragraphs"]),
        ("footnotes.csv", ["footnotes", "--format", "csv"]),
        ("info.json", ["info", "--format", "json"]),
        ("show-OP11.txt", ["show", "OP11"]),
    ],
)
def test_golden_output(capsys: pytest.CaptureFixture[str], name: str, args: list[str]) -> None:
    """CLI output for the bundled resolution; MINERES_UPDATE_GOLDEN=1 rewrites the files."""
    _, out, _ = run(capsys, *args)
    golden = GOLDEN / name
    if os.environ.get("MINERES_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(out)
    assert out == golden.read_text()


@pytest.mark.parametrize("layout", ["txt", "ods"])
def test_export_text_layouts_read_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, layout: str
) -> None:
    """A resolution exported as text parses back to the same paragraphs and footnotes."""
    target = tmp_path / f"58-127.{layout}"
    assert run(capsys, "export", "--format", layout, "-o", str(target))[0] == 0
    _, original, _ = run(capsys, "export", "--format", "json")
    _, again, _ = run(capsys, "export", str(target), "--format", "json")
    before, after = json.loads(original), json.loads(again)
    for part in ("preamble", "operative", "footnotes"):
        assert after[part] == before[part], part


def test_info_adds_the_un_session_metadata_found_in_the_library(
    capsys: pytest.CaptureFixture[str],
) -> None:
    library = str(FIXTURES / "metadata")
    code, out, _ = run(capsys, "--library", library, "info", "74/80", "--format", "json")
    info = json.loads(out)
    assert code == 0
    assert info["adoption"] == "without a vote"
    assert info["agenda_item_name"] == "Assistance in mine action"
    assert "CANADA" in info["sponsors"]
    _, out, _ = run(capsys, "--library", library, "info", "74/80", "--format", "text")
    assert "adoption: without a vote" in out.splitlines()
    _, out, _ = run(capsys, "info", "--format", "json")
    assert "adoption" not in json.loads(out)


def test_export_output_keeps_links_modes_and_devices(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-o replaces a file whole, but through a link, with the file's own mode; a device or a
    pipe is written to, never replaced."""
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert run(capsys, "export", "-o", str(link))[0] == 0
    assert link.is_symlink()
    assert json.loads(target.read_text())["metadata"]["symbol"] == "A/RES/58/127"
    assert target.stat().st_mode & 0o777 == 0o640
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    assert run(capsys, "export", "-f", "md", "-o", str(fifo))[0] == 0
    out, _ = reader.communicate(timeout=30)
    assert out.startswith(b"# A/RES/58/127") and fifo.exists() and not fifo.is_file()
    code, _, err = run(capsys, "export", "-o", "")
    assert code == 2 and "needs a file name" in err


def test_a_bug_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import mineres.render.paragraph

    def broken(*args: object) -> None:
        raise RuntimeError("something we did not foresee")

    monkeypatch.setattr(mineres.render.paragraph, "write_paragraph", broken)
    code, _, err = run(capsys, "show", "OP1")
    assert code == 2
    assert err.count("\n") == 1 and "internal error: RuntimeError" in err


def test_huge_and_empty_number_ranges(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "paragraphs", "-n", "1-999999999", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 27
    code, out, err = run(capsys, "paragraphs", "-n", "30")
    assert code == 0 and out == "" and "no paragraph matches" in err


def test_markdown_puts_footnote_references_where_the_markers_stood(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "export", "--format", "md")
    assert "in Amended Protocol II[^2] to the Convention" in out
    assert "Indiscriminate Effects[^3] of a number" in out
    assert "[^2]: CCW/CONF.I/16 (Part I), annex B." in out


def test_a_damaged_copy_in_the_library_does_not_hide_a_whole_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """74/80 in --library is broken in the middle (its closing tag intact); the bundled copy
    is read instead. With only broken copies, the error names the file."""
    xml = (FIXTURES / "akn" / "A_RES_74_80.en.xml").read_text(encoding="utf-8")
    broken = tmp_path / "A_RES_74_80.en.xml"
    broken.write_text(xml.replace("</p>", "</q>", 5), encoding="utf-8")
    code, out, err = run(capsys, "--library", str(tmp_path), "info", "74/80", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["operative_paragraphs"] == 20
    code, _, err = run(capsys, "paragraphs", str(broken))
    assert code == 2 and err.startswith(f"mineres: {broken}: ") and err.count("\n") == 1
