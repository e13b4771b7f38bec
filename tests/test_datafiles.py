"""The data files' parsed form kept in the cache: read back when intact, ignored and written
again when damaged, edited or written by another mineres."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mineres.store import datafiles

NAME = "numbering.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    datafiles.load_data_file.cache_clear()
    yield datafiles.cache_directory()
    datafiles.load_data_file.cache_clear()


def fresh_load() -> Any:
    """As a new process loads it: nothing remembered in memory."""
    datafiles.load_data_file.cache_clear()
    return datafiles.load_data_file(NAME)


def entry(cache: Path) -> Path:
    (found,) = cache.glob("numbering-*.json")
    return found


def yaml_parses(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Record each time the YAML itself is parsed, as it is when no entry can be used."""
    parsed: list[bytes] = []
    real = datafiles.parse_yaml

    def counting(raw: bytes) -> Any:
        parsed.append(raw)
        return real(raw)

    monkeypatch.setattr(datafiles, "parse_yaml", counting)
    return parsed


def test_an_intact_entry_is_read_instead_of_the_yaml(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = fresh_load()
    parsed = yaml_parses(monkeypatch)
    assert fresh_load() == first
    assert parsed == []
    assert entry(cache).read_bytes().count(b"\n") == 1  # a header line, then the data


def test_an_entry_holds_other_scripts_as_utf8(cache: Path) -> None:
    """Arabic, Chinese and Russian words written as themselves, not as \\u escapes: the
    entry is read on every start-up, and escapes double the bytes to decode."""
    data = fresh_load()
    body = entry(cache).read_bytes().split(b"\n", 1)[1]
    assert b"\\u" not in body
    assert any(not character.isascii() for character in body.decode("utf-8"))
    assert fresh_load() == data


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw.replace(b'"', b"'", 1),  # the header is no JSON
        lambda raw: raw[:-5],  # the data cut short
        lambda raw: raw.replace(b"[", b"[ ", 1),  # the data edited: the checksum differs
        lambda raw: raw.replace(datafiles.FORMAT.encode(), b"mineres-data-1"),  # another format
        lambda raw: raw.split(b"\n")[0] + b"\n[]",  # not a mapping
        lambda raw: b"",
    ],
)
def test_a_damaged_entry_is_ignored_and_written_again(
    cache: Path, monkeypatch: pytest.MonkeyPatch, damage: Any
) -> None:
    expected = fresh_load()
    path = entry(cache)
    intact = path.read_bytes()
    path.write_bytes(damage(intact))
    parsed = yaml_parses(monkeypatch)
    assert fresh_load() == expected
    assert len(parsed) == 1
    assert path.read_bytes() == intact


def test_each_entry_format_keeps_an_entry_of_its_own(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two versions of mineres sharing a cache do not overwrite each other's entry."""
    fresh_load()
    mine, format = entry(cache), datafiles.FORMAT
    monkeypatch.setattr(datafiles, "FORMAT", "mineres-data-other")
    fresh_load()
    entries = sorted(cache.glob("numbering-*.json"))
    assert len(entries) == 2 and mine in entries
    monkeypatch.setattr(datafiles, "FORMAT", format)
    parsed = yaml_parses(monkeypatch)
    fresh_load()
    assert parsed == []


def derived(tmp_path: Path, made: list[int]) -> tuple[Path, Any]:
    """A source file deriving data from numbering.yaml, and a load that counts derivations."""
    code = tmp_path / "deriving.py"
    code.write_text("# derives\n")

    def derive() -> dict[str, Any]:
        made.append(1)
        return {"count": len(made)}

    return code, lambda: datafiles.load_derived("counted", (NAME,), code, derive)


def test_derived_data_is_read_back_until_its_code_changes(cache: Path, tmp_path: Path) -> None:
    made: list[int] = []
    code, load = derived(tmp_path, made)
    assert load() == {"count": 1}
    assert load() == {"count": 1}  # read back, not derived again
    (found,) = cache.glob("counted-*.json")
    code.write_text("# derives otherwise\n")
    assert load() == {"count": 2}  # an entry keyed by the other code's bytes
    assert len(list(cache.glob("counted-*.json"))) == 2
    found.write_bytes(found.read_bytes()[:-3])  # damaged: derived and written again
    code.write_text("# derives\n")
    assert load() == {"count": 3}
    assert load() == {"count": 3}


def test_derived_data_is_keyed_by_the_interpreter_that_derived_it(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Python (other Unicode tables) sharing the cache derives its own entry."""
    made: list[int] = []
    _, load = derived(tmp_path, made)
    assert load() == {"count": 1}
    monkeypatch.setattr(sys, "version", "3.99.0 (other)")
    assert load() == {"count": 2}
    assert len(list(cache.glob("counted-*.json"))) == 2


def test_derived_data_without_its_code_to_key_it_is_derived_each_time(
    cache: Path, tmp_path: Path
) -> None:
    made: list[int] = []
    code, load = derived(tmp_path, made)
    code.unlink()
    assert load() == {"count": 1}
    assert load() == {"count": 2}
    assert not cache.exists() or not list(cache.glob("counted-*.json"))
