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


def test_show_takes_the_document_and_the_paragraph_in_either_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`show 58/127 OP4` is read as `show OP4 58/127`: a symbol is never a paragraph id."""
    code, out, _ = run(capsys, "show", str(ODS_58_127), "OP4")
    assert code == 0 and "OP4 (operative paragraph), lead: Expresses its appreciation" in out
    code, out, err = run(capsys, "show", str(ODS_58_127), "OP99")
    assert code == 2 and "no paragraph OP99 in A/RES/58/127" in err


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
    """The rule is "no colour when output is not a terminal", whatever NO_COLOR says: the
    variable is removed, and even FORCE_COLOR, which rich honours, changes nothing."""
    for args in (["paragraphs"], ["paragraphs", "--format", "table"], ["info"], ["show", "OP5"]):
        env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
        result = subprocess.run(
            [sys.executable, "-m", "mineres", *args],
            capture_output=True,
            env={**env, "TERM": "xterm-256color"},
            timeout=60,
        )
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
        ("export.json", ["export", "--format", "json"]),
        ("paragraphs-all.json", ["paragraphs", "--all", "--format", "json"]),
        ("citations.tsv", ["citations", "--format", "tsv"]),
    ],
)
def test_golden_output(capsys: pytest.CaptureFixture[str], name: str, args: list[str]) -> None:
    """CLI output for the bundled resolution, byte for byte; MINERES_UPDATE_GOLDEN=1 rewrites
    the files that differ and fails, so the change is reviewed before it is accepted."""
    _, out, _ = run(capsys, *args)
    check_golden(GOLDEN / name, out)


def check_golden(golden: Path, out: str) -> None:
    expected = golden.read_text(encoding="utf-8") if golden.exists() else None
    if out == expected:
        return
    if os.environ.get("MINERES_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(out, encoding="utf-8")
        pytest.fail(
            f"{golden} rewritten: review it with `git diff {golden}`, then run the tests "
            "again without MINERES_UPDATE_GOLDEN"
        )
    assert out == expected, f"{golden.name} differs (MINERES_UPDATE_GOLDEN=1 rewrites it)"


def test_golden_update_mode_writes_then_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    golden = tmp_path / "golden" / "out.txt"
    monkeypatch.setenv("MINERES_UPDATE_GOLDEN", "1")
    with pytest.raises(pytest.fail.Exception, match="review it"):
        check_golden(golden, "new output\n")
    assert golden.read_text(encoding="utf-8") == "new output\n"
    check_golden(golden, "new output\n")  # the second run, reviewed, passes
    monkeypatch.delenv("MINERES_UPDATE_GOLDEN")
    with pytest.raises(AssertionError, match="differs"):
        check_golden(golden, "other output\n")
    assert golden.read_text(encoding="utf-8") == "new output\n"


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


@pytest.mark.parametrize("where", ["before", "after"])
def test_global_options_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], where: str
) -> None:
    library = ["--library", str(FIXTURES / "akn")]
    args = [*library, "lineage", "74/80"] if where == "before" else ["lineage", "74/80", *library]
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "57/159 (missing) → 58/127 … 72/75 (missing) → 74/80 * → 76/74"


def test_library_given_before_and_after_adds_both(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "-L", str(FIXTURES / "ods"), "library", "list", "-L", str(FIXTURES / "akn")
    )
    origins = [line.split("\t")[4] for line in out.splitlines()]
    assert code == 0 and origins.count("--library") >= 2


@pytest.mark.parametrize("args", [["paragraphs", "--version"], ["--version"]])
def test_version_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, out, _ = run(capsys, *args)
    assert (code, out) == (0, "mineres 0.1.0\n")


def test_debug_after_the_command_shows_the_traceback() -> None:
    result = run_process("paragraphs", "/no/such/file", "--debug")
    assert result.returncode != 0 and b"Traceback" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["paragraphs", "no\x1b[31msuch\nfile\u202e.txt"],
        ["no\x1b[2Jcommand\n"],
        ["paragraphs", "--number", "\x1b]0;title\x07"],
    ],
)
def test_control_characters_in_arguments_are_escaped(args: list[str]) -> None:
    """A file name holding escape sequences must not drive the terminal or split the line."""
    result = run_process(*args)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "\x1b" not in err and "\u202e" not in err and "\x07" not in err
    message = [line for line in err.splitlines() if "no" in line or "-n" in line or "Error" in line]
    assert message and any("\\x1b" in line for line in message), err


def test_a_file_name_longer_than_the_system_allows_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "paragraphs", "x" * 300)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "internal error" not in err
    assert err.startswith("mineres: ") and "too long" in err


def interrupts_as_at_a_terminal() -> None:
    """Ctrl-C at its default, as a terminal gives it: a shell starts background jobs (and so
    a CI run may start pytest) with SIGINT ignored, and Python keeps an ignored SIGINT."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    """Interrupted while it waits for standard input: status 130, nothing on stderr."""
    import signal
    import time

    process = subprocess.Popen(
        [sys.executable, "-m", "mineres", "paragraphs", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=interrupts_as_at_a_terminal,
    )
    wchan = Path(f"/proc/{process.pid}/wchan")
    deadline = time.monotonic() + 60  # only to catch a hang; the loop ends at the read
    while wchan.exists() and "pipe_read" not in wchan.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not wchan.exists():
        time.sleep(2.0)  # no /proc: give it time to reach its read
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in err and out == b""


def test_ctrl_c_while_modules_load_exits_130() -> None:
    """The interrupt arrives during start-up, before any command runs."""
    code = (
        "import signal, mineres.cli, typer\n"
        "signal.raise_signal(signal.SIGINT)\n"  # as if pressed during the imports
    )
    wrapped = f"from mineres.cli import main\nimport sys\ndef boom(args):\n    exec({code!r})\n"
    script = wrapped + "import mineres.cli as cli\ncli.run = boom\nmain(['paragraphs'])\n"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        timeout=60,
        preexec_fn=interrupts_as_at_a_terminal,
    )
    assert result.returncode == 130 and result.stderr == b""


@pytest.mark.parametrize(
    ("args", "registered"),
    [
        (["paragraphs", "-n", "5"], ["paragraphs"]),
        (["--library", "diff", "lineage", "74/80"], ["lineage"]),  # "diff" is a folder here
        (["-L", "dir", "--debug", "library", "list"], ["library"]),
        (["--library=dir", "search", "x", "."], ["search"]),
        (["--version"], []),
    ],
)
def test_only_the_command_named_is_registered(args: list[str], registered: list[str]) -> None:
    """Start-up does not grow with the number of commands."""
    from mineres.cli import commands_needed

    assert list(commands_needed(args)) == registered


@pytest.mark.parametrize("args", [[], ["--help"], ["-h"], ["no-such-command"]])
def test_help_and_mistakes_see_every_command(args: list[str]) -> None:
    from mineres.cli import COMMANDS, commands_needed

    assert list(commands_needed(args)) == list(COMMANDS)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from mineres.cli import COMMANDS

    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert all(name in out for name in COMMANDS)
