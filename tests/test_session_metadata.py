"""The UN's session metadata read from the library: adoption, votes, sponsors, subjects."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mineres.library.session_metadata import (
    enrich_metadata,
    iso_date,
    metadata_files,
    metadata_warnings,
    same_title_symbols,
)

SAMPLE = Path(__file__).parent / "fixtures" / "metadata" / "ga-sessions-sample.jsonl"


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MINERES_LIBRARY", raising=False)
    folder = tmp_path / "library" / "metadata"
    folder.mkdir(parents=True)
    shutil.copyfile(SAMPLE, folder / SAMPLE.name)
    (folder / "other.jsonl").write_text('{"name": "not UN metadata"}\n', encoding="utf-8")
    return tmp_path / "library"


def test_only_un_metadata_files_are_read(library: Path) -> None:
    assert [path.name for path in metadata_files([library])] == [SAMPLE.name]


def test_a_clean_library_has_no_warnings(library: Path) -> None:
    assert metadata_warnings([library]) == []


def test_damaged_lines_are_skipped_and_counted(library: Path) -> None:
    """A bad line costs only its own record, and the user is told how many were lost."""
    damaged = library / "metadata" / "ga-session-damaged.jsonl"
    good = SAMPLE.read_bytes().splitlines(keepends=True)
    damaged.write_bytes(
        b"{not json\n"
        + good[0]
        + b'{"title": "no symbol"}\n\n'
        + b"[1, 2]\n"
        + b'{"symbol": "A/RES/76/74", "title": "\xff\xfe"}\n'
        + b"".join(good[1:])
    )
    assert damaged in metadata_files([library])
    warnings = metadata_warnings([library])
    assert warnings == [f"{damaged}: 4 lines skipped (not a JSON object with a symbol)"]
    assert (enrich_metadata("76/74", [library]) or {}).get("adopted") == "2021-12-09"


def test_an_unreadable_metadata_file_is_reported(library: Path) -> None:
    broken = library / "metadata" / "ga-session-77.jsonl"
    broken.symlink_to(library / "nowhere.jsonl")
    assert broken not in metadata_files([library])
    assert metadata_warnings([library]) == [
        f"{broken}: cannot read UN session metadata (No such file or directory)"
    ]
    assert (enrich_metadata("76/74", [library]) or {}).get("adopted") == "2021-12-09"


def test_adopted_without_a_vote(library: Path) -> None:
    enriched = enrich_metadata("76/74", [library])
    assert enriched is not None
    assert enriched["adoption"] == "without a vote"
    assert enriched["votes"] is None
    assert enriched["agenda_item_name"] == "Assistance in mine action"
    assert "BANGLADESH" in enriched["sponsors"]
    assert "JAPAN" in enriched["additional_sponsors"]
    assert "LANDMINES" in enriched["subjects"]
    assert enriched["adopted"] == "2021-12-09"


def test_adopted_by_a_recorded_vote(library: Path) -> None:
    """80/74 was put to a recorded vote: 166 in favour, 1 against, 2 abstaining."""
    enriched = enrich_metadata("A/RES/80/74", [library])
    assert enriched is not None
    assert enriched["adoption"] == "recorded vote"
    assert enriched["votes"] == {"in_favour": 166, "against": 1, "abstaining": 2}


def test_counts_written_na_fall_back_to_none(library: Path) -> None:
    """74/80's file says "N.A." for its counts: without a vote, so no counts at all."""
    enriched = enrich_metadata("74/80", [library])
    assert enriched is not None
    assert (enriched["adoption"], enriched["votes"]) == ("without a vote", None)
    assert enriched["adopted"] == "2019-12-13"


def test_a_symbol_without_metadata(library: Path) -> None:
    assert enrich_metadata("A/RES/58/127", [library]) is None


def test_series_by_title(library: Path) -> None:
    symbols = [symbol for symbol, _ in same_title_symbols("Assistance in  mine action", [library])]
    assert symbols == ["A/RES/74/80", "A/RES/76/74", "A/RES/78/70", "A/RES/80/74"]


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2019-12-13 00:00:00", "2019-12-13"),
        ("9 December 2021", "2021-12-09"),
        ("5\u00a0December 2025", "2025-12-05"),
        ("N.A.", None),
    ],
)
def test_dates_as_the_files_write_them(written: str, iso: str | None) -> None:
    assert iso_date(written) == iso


@pytest.mark.corpus
def test_the_whole_session_files(shared_corpus: Path) -> None:
    enriched = enrich_metadata("A/RES/76/10", [shared_corpus / "metadata"])
    assert enriched is not None
    assert enriched["votes"] == {"in_favour": 148, "against": 9, "abstaining": 14}


def test_a_fifo_named_like_metadata_is_reported_not_read(library: Path) -> None:
    import os

    fifo = library / "metadata" / "ga-session-78.jsonl"
    os.mkfifo(fifo)
    assert fifo not in metadata_files([library])
    assert metadata_warnings([library]) == [
        f"{fifo}: cannot read UN session metadata (not a regular file)"
    ]


def test_session_metadata_does_not_import_the_library_package() -> None:
    """The cycle of issue 11: library_records imports session_metadata, never the reverse."""
    import ast
    from pathlib import Path as FilePath

    import mineres.library.session_metadata as module

    tree = ast.parse(FilePath(module.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "mineres.library" not in imported
    assert {"mineres.library.folders", "mineres.library.symbols"} <= imported
