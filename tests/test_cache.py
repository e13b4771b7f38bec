"""The parse cache: a hit returns the same model, anything changed or broken is a miss."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from mineres.documents import load_resolution
from mineres.models import Resolution
from mineres.parse import parse_resolution
from mineres.store.cache import cached_parse, code_fingerprint, entry_path

from .conftest import ODS_58_127


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("MINERES_CACHE", raising=False)
    return tmp_path / "mineres" / "parsed"


def counting_parse(data: bytes, calls: list[int]) -> Resolution:
    calls.append(1)
    return parse_resolution(data)


def test_second_load_is_read_from_the_cache(cache_dir: Path) -> None:
    data = ODS_58_127.read_bytes()
    calls: list[int] = []
    first = cached_parse(data, with_citations=True, parse=lambda: counting_parse(data, calls))
    second = cached_parse(data, with_citations=True, parse=lambda: counting_parse(data, calls))
    assert calls == [1]
    assert second == first
    assert second.citations == first.citations and second.warnings == first.warnings
    assert len(list(cache_dir.glob("*.json"))) == 1


def test_changed_bytes_or_citations_flag_miss(cache_dir: Path) -> None:
    data = ODS_58_127.read_bytes()
    changed = data.replace(b"Decides to include", b"Decides to keep")
    assert entry_path(data, True) != entry_path(changed, True)
    assert entry_path(data, True) != entry_path(data, False)
    resolution = load_resolution(str(ODS_58_127))
    assert resolution.operative[-1].text.startswith("Decides to include")


def test_corrupt_entry_is_a_miss_and_is_replaced(cache_dir: Path) -> None:
    data = ODS_58_127.read_bytes()
    path = entry_path(data, False)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not JSON")
    calls: list[int] = []
    result = cached_parse(data, with_citations=False, parse=lambda: counting_parse(data, calls))
    assert calls == [1] and len(result.operative) == 27
    assert path.read_bytes() != b"not JSON"


def test_cache_can_be_turned_off(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINERES_CACHE", "off")
    data = ODS_58_127.read_bytes()
    calls: list[int] = []
    for _ in range(2):
        cached_parse(data, with_citations=False, parse=lambda: counting_parse(data, calls))
    assert calls == [1, 1]
    assert not cache_dir.exists()


def test_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file-not-directory"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    resolution = load_resolution(str(ODS_58_127), with_citations=False)
    assert len(resolution.preamble) == 22


def test_errors_are_not_cached(cache_dir: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list\n\nmilk\n")
    for _ in range(2):
        with pytest.raises(Exception, match="not a resolution"):
            load_resolution(str(notes))
    assert not cache_dir.exists() or not list(cache_dir.glob("*.json"))


def test_every_field_survives_the_round_trip(cache_dir: Path) -> None:
    data = ODS_58_127.read_bytes()
    fresh = parse_resolution(data)
    cached_parse(data, with_citations=True, parse=lambda: fresh)
    again = cached_parse(data, with_citations=True, parse=lambda: pytest.fail("a miss"))
    assert again == fresh
    assert [p.marker_offsets for p in again.paragraphs] == [
        p.marker_offsets for p in fresh.paragraphs
    ]
    assert again.metadata.adopted == fresh.metadata.adopted


def test_a_planted_pickle_is_never_executed(cache_dir: Path, tmp_path: Path) -> None:
    """The attack of issue 12: an entry under the computable name that runs code if unpickled."""
    import pickle

    witness = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {witness}",))

    data = ODS_58_127.read_bytes()
    for name in (entry_path(data, True), entry_path(data, True).with_suffix(".pickle")):
        name.parent.mkdir(parents=True, exist_ok=True)
        name.write_bytes(pickle.dumps(Payload()))
    resolution = load_resolution(str(ODS_58_127))
    assert not witness.exists()
    assert len(resolution.operative) == 27


def test_an_entry_of_the_wrong_shape_is_a_miss(cache_dir: Path) -> None:
    data = ODS_58_127.read_bytes()
    path = entry_path(data, False)
    path.parent.mkdir(parents=True)
    wrong = {"format": "mineres-parsed-1", "resolution": {"metadata": {"symbol": 5}}}
    path.write_text(json.dumps(wrong))
    calls: list[int] = []
    cached_parse(data, with_citations=False, parse=lambda: counting_parse(data, calls))
    assert calls == [1]
    assert json.loads(path.read_text())["resolution"]["metadata"]["symbol"] == "A/RES/58/127"


def test_entries_and_folders_are_private_whatever_the_umask(cache_dir: Path) -> None:
    data = ODS_58_127.read_bytes()
    old = os.umask(0)
    try:
        cached_parse(data, with_citations=False, parse=lambda: parse_resolution(data))
    finally:
        os.umask(old)
    entry = entry_path(data, False)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(cache_dir.parent.stat().st_mode) == 0o700


def test_a_fifo_in_the_cache_is_a_miss_not_a_hang(cache_dir: Path) -> None:
    data = ODS_58_127.read_bytes()
    path = entry_path(data, False)
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    resolution = cached_parse(data, with_citations=False, parse=lambda: parse_resolution(data))
    assert len(resolution.operative) == 27


def test_the_key_covers_modules_in_every_subpackage() -> None:
    fingerprint = code_fingerprint()
    for module in ("parse/classify.py", "citations/__init__.py", "un/dates.py", "cli/__init__.py"):
        assert f"\n{module}:" in fingerprint
