"""batch and search: many documents, in parallel, bad files skipped, same output for any --jobs."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from mineres.corpus.batch import Outcome, expand_paths, process_many, run_batch
from mineres.errors import MineresError
from mineres.models import Resolution

from .conftest import run_cli

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MINERES_LIBRARY", raising=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Four real resolutions, a binary PDF, an empty file, a text that is no resolution, a
    binary file of no document type, a broken link and a hidden file."""
    folder = tmp_path / "docs"
    (folder / "akn").mkdir(parents=True)
    for name in ("A_RES_74_80.en.xml", "A_RES_76_74.en.xml", "A_RES_74_265.en.xml"):
        shutil.copyfile(FIXTURES / "akn" / name, folder / "akn" / name)
    shutil.copyfile(FIXTURES / "ods" / "A_RES_58_127.txt", folder / "A_RES_58_127.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    (folder / "empty.xml").write_bytes(b"")
    (folder / "letter.txt").write_text("Dear colleague,\n\nSee you on Monday.\n", encoding="utf-8")
    (folder / "notes.md").write_text("not a document type batch reads\n", encoding="utf-8")
    (folder / "scan.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "gone.xml").symlink_to(folder / "moved-away.xml")
    (folder / ".hidden.xml").write_text("an editor's lock file\n", encoding="utf-8")
    return folder


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_cli(capsys, *args)


def test_folders_are_walked_for_every_file_but_hidden_ones(folder: Path) -> None:
    names = [Path(p).name for p in expand_paths([str(folder)])]
    assert names == [
        "A_RES_58_127.txt",
        "A_RES_74_265.en.xml",
        "A_RES_74_80.en.xml",
        "A_RES_76_74.en.xml",
        "broken.pdf",
        "empty.xml",
        "gone.xml",
        "letter.txt",
        "notes.md",
        "scan.bin",
    ]


def test_batch_writes_one_object_per_document_and_skips_bad_files(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["batch", str(folder), "--jobs", "2"], capsys)
    assert code == 1
    documents = [json.loads(line) for line in out.splitlines()]
    assert [d["metadata"]["symbol"] for d in documents] == [
        "A/RES/58/127",
        "A/RES/74/265",
        "A/RES/74/80",
        "A/RES/76/74",
    ]
    assert documents[0]["source"] == str(folder / "A_RES_58_127.txt")
    assert len(documents[0]["operative"]) == 27
    skipped = [line for line in err.splitlines() if line.startswith("mineres: skipped: ")]
    assert [line.split(": ")[2] for line in skipped] == [
        str(folder / "broken.pdf"),
        str(folder / "empty.xml"),
        str(folder / "gone.xml"),
        str(folder / "letter.txt"),
        str(folder / "notes.md"),
        str(folder / "scan.bin"),
    ]
    assert f"{folder / 'gone.xml'}: broken link (to {folder / 'moved-away.xml'})" in err
    assert err.splitlines()[-1].startswith("mineres: 10 documents: 4 parsed, 6 skipped, in ")


def test_batch_exits_0_only_when_every_document_parsed(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["batch", str(folder / "akn"), "-f", "csv"], capsys)[0] == 0
    given = [str(folder / "akn" / "A_RES_74_80.en.xml"), str(folder / "gone.xml")]
    code, out, err = run(["batch", *given, "-f", "csv"], capsys)
    assert code == 1
    assert len(out.splitlines()) == 2
    assert "2 documents: 1 parsed, 1 skipped" in err


def test_the_number_of_jobs_does_not_change_the_output(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = run(["batch", str(folder), "-j", "1"], capsys)[1]
    two = run(["batch", str(folder), "-j", "2"], capsys)[1]
    assert one == two


def test_batch_summary_rows(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["batch", str(folder / "akn"), "-f", "csv", "-j", "1"], capsys)
    lines = out.splitlines()
    assert code == 0
    assert (
        lines[0] == "source,symbol,title,adopted,preambular,operative,footnotes,citations,warnings"
    )
    assert len(lines) == 4
    assert ",A/RES/76/74,Assistance in mine action,2021-12-09,27,22," in lines[3]


def test_batch_as_one_json_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["batch", "58/127", "76/74", "-f", "json"], capsys)
    assert code == 0
    assert [d["metadata"]["symbol"] for d in json.loads(out)] == ["A/RES/58/127", "A/RES/76/74"]


def test_batch_of_nothing_parseable_is_an_error(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["batch", str(folder / "empty.xml")], capsys)
    assert code == 2
    assert err.splitlines()[-1] == "mineres: no document could be parsed"


def explode(resolution: Resolution) -> None:
    raise ValueError("a bug")


def test_a_crash_on_one_document_is_reported_not_raised() -> None:
    [outcome] = list(process_many([str(FIXTURES / "ods" / "A_RES_58_127.txt")], explode))
    assert outcome == Outcome(
        str(FIXTURES / "ods" / "A_RES_58_127.txt"),
        error=f"{FIXTURES / 'ods' / 'A_RES_58_127.txt'}: internal error: ValueError: a bug",
    )


def test_search_by_text(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["search", "COVID-19", str(folder), "-f", "tsv"], capsys)
    assert code == 0
    rows = [line.split("\t")[:2] for line in out.splitlines()[1:]]
    assert rows == [["A/RES/76/74", "PP6"], ["A/RES/76/74", "OP14"]]


def test_search_by_lead(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["search", "victim", "74/80", "76/74", "--lead", "Urges", "-f", "tsv"], capsys
    )
    ids = [line.split("\t")[:3] for line in out.splitlines()[1:]]
    assert code == 0
    assert ids == [
        ["A/RES/74/80", "OP4", "Urges"],
        ["A/RES/74/80", "OP11", "Urges"],
        ["A/RES/76/74", "OP4", "Urges"],
        ["A/RES/76/74", "OP12", "Urges"],
    ]


def test_search_by_cited_symbol(capsys: pytest.CaptureFixture[str]) -> None:
    """57/159 is cited in 58/127's PP1; A/58/260 only in footnote 10, which OP1 cites."""
    code, out, _ = run(["search", "", "58/127", "--cites", "A/RES/57/159", "-f", "tsv"], capsys)
    assert code == 0
    assert [line.split("\t")[1] for line in out.splitlines()[1:]] == ["PP1"]
    code, out, _ = run(["search", "", "58/127", "--cites", "A/58/260", "-f", "tsv"], capsys)
    assert [line.split("\t")[1] for line in out.splitlines()[1:]] == ["OP1"]


def test_search_without_a_match_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["search", "no such words anywhere", "58/127", "-f", "text"], capsys)
    assert (code, out) == (1, "")


@pytest.mark.corpus
def test_batch_over_session_74(shared_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The 208 resolutions of the seventy-fourth session, two processes."""
    code, out, err = run(["batch", str(shared_corpus / "akn" / "session-74"), "-j", "2"], capsys)
    documents = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert len(documents) == 208
    assert len({d["metadata"]["symbol"] for d in documents}) == 208
    assert "208 documents: 208 parsed, 0 skipped" in err


def test_nothing_under_a_hidden_folder_is_tried(folder: Path) -> None:
    """Every component is checked, not only the file name: .git/objects/... is never tried."""
    (folder / ".git" / "objects").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "ods" / "A_RES_58_127.txt", folder / ".git" / "objects" / "ab.txt")
    (folder / "akn" / ".cache").mkdir()
    (folder / "akn" / ".cache" / "copy.xml").write_text("<x/>", encoding="utf-8")
    found = expand_paths([str(folder)])
    assert not [path for path in found if "/." in path]
    assert len(found) == 10


def test_a_fifo_in_a_batch_folder_is_skipped_not_read(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(folder / "pipe.txt")
    code, out, err = run(["batch", "--format", "csv", str(folder)], capsys)
    assert code == 1
    assert f"mineres: skipped: {folder / 'pipe.txt'}: not a regular file" in err
    assert "A_RES_58_127.txt" in out


def test_run_batch_returns_records_and_prints_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes = list(run_batch([str(folder / "akn"), str(folder / "letter.txt")], jobs=2))
    assert capsys.readouterr() == ("", "")
    assert [o.value["symbol"] if o.value else None for o in outcomes] == [
        "A/RES/74/265",
        "A/RES/74/80",
        "A/RES/76/74",
        None,
    ]
    assert outcomes[0].value["operative"] == 3
    assert outcomes[-1].error is not None and outcomes[-1].error.startswith(
        f"{folder / 'letter.txt'}: "
    )


def test_run_batch_whole_gives_the_json_contract(folder: Path) -> None:
    [outcome] = run_batch([str(folder / "A_RES_58_127.txt")], whole=True)
    assert json.loads(outcome.value)["metadata"]["symbol"] == "A/RES/58/127"


def test_run_batch_of_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(MineresError, match="no documents found in"):
        run_batch([str(tmp_path / "empty")])
