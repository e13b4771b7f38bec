"""One test per ranking rule of mineres.library, named for the rule: which of a symbol's files
`lineage`, `diff` and `find_document` pick. The README promises AKN before text before PDF,
a whole file before a truncated one, and the first library directory before later ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineres.library import (
    LibraryEntry,
    best_entry,
    candidate_entries,
    find_entry,
    ranked_entries,
)
from mineres.library.symbols import normalise_symbol, symbol_sort_key

from .conftest import FIXTURES

FIRST, SECOND = Path("/library/first"), Path("/library/second")


def entry(
    directory: Path,
    format: str,
    language: str | None = "en",
    complete: bool = True,
    symbol: str = "A/RES/76/74",
) -> LibraryEntry:
    suffix = {"akn": "xml", "text": "txt", "pdf": "pdf"}[format]
    return LibraryEntry(
        symbol=symbol,
        path=directory / f"{symbol.replace('/', '_')}.{language or 'xx'}.{suffix}",
        origin="--library",
        directory=directory,
        format=format,  # type: ignore[arg-type]
        language=language,
        complete=complete,
    )


def formats(entries: list[LibraryEntry]) -> list[tuple[Path, str]]:
    return [(e.directory, e.format) for e in entries]


def test_akn_before_text_before_pdf() -> None:
    found = ranked_entries(
        [entry(FIRST, "pdf"), entry(FIRST, "text"), entry(FIRST, "akn")], "76/74"
    )
    assert formats(found) == [(FIRST, "akn"), (FIRST, "text"), (FIRST, "pdf")]


def test_the_first_directory_before_a_better_format_in_a_later_one() -> None:
    """Even a PDF beats the AKN of a directory searched after its own; directories rank in
    the order their files come (the search path's order)."""
    found = ranked_entries([entry(SECOND, "akn"), entry(FIRST, "pdf")], "A/RES/76/74")
    assert formats(found) == [(SECOND, "akn"), (FIRST, "pdf")]  # SECOND searched first
    found = ranked_entries([entry(FIRST, "pdf"), entry(SECOND, "akn")], "A/RES/76/74")
    assert formats(found) == [(FIRST, "pdf"), (SECOND, "akn")]


def test_a_whole_file_before_a_truncated_one_wherever_it_is() -> None:
    truncated = entry(FIRST, "akn", complete=False)
    found = ranked_entries([truncated, entry(SECOND, "pdf")], "A/RES/76/74")
    assert formats(found) == [(SECOND, "pdf"), (FIRST, "akn")]


def test_the_language_asked_before_an_unmarked_file() -> None:
    unmarked = entry(FIRST, "akn", language=None)
    found = ranked_entries([unmarked, entry(FIRST, "pdf")], "A/RES/76/74", "en")
    assert [(e.format, e.language) for e in found] == [("pdf", "en"), ("akn", None)]


def test_a_file_in_another_language_is_never_returned() -> None:
    french = entry(FIRST, "akn", language="fr")
    assert ranked_entries([french], "A/RES/76/74", "en") == []
    assert best_entry([french], "A/RES/76/74", "en") is None
    assert best_entry([french], "A/RES/76/74", "fr") == french


def test_the_symbol_is_matched_as_normalised() -> None:
    other = entry(FIRST, "akn", symbol="A/RES/74/80")
    wanted = entry(FIRST, "text")
    assert ranked_entries([other, wanted], "76/74") == [wanted]
    assert best_entry([other, wanted], "a/res/76/74") == wanted


@pytest.fixture()
def two_libraries(tmp_path: Path) -> tuple[Path, Path]:
    """A truncated AKN copy of 76/74 in the first directory, a whole one in the second."""
    whole = (FIXTURES / "akn" / "A_RES_76_74.en.xml").read_text(encoding="utf-8")
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "A_RES_76_74.en.xml").write_text(whole[: len(whole) // 2], encoding="utf-8")
    (second / "A_RES_76_74.en.xml").write_text(whole, encoding="utf-8")
    return first, second


def test_a_truncated_copy_never_hides_a_whole_one_in_a_later_directory(
    two_libraries: tuple[Path, Path],
) -> None:
    first, second = two_libraries
    found = find_entry("A/RES/76/74", [first, second], "en")
    assert found is not None and found.path == second / "A_RES_76_74.en.xml"
    tried = [e.path for e in candidate_entries("76/74", [first, second], "en")]
    assert tried[-1] == first / "A_RES_76_74.en.xml"  # the truncated copy last of all
    assert tried.index(second / "A_RES_76_74.en.xml") < len(tried) - 1


@pytest.mark.parametrize(
    ("typed", "symbol"),
    [
        ("A_RES_76_74", "A/RES/76/74"),
        ("a_RES_76_74", "A/RES/76/74"),  # a file name's series letter in either case
        ("S_RES_2365_2017", "S/RES/2365 (2017)"),
        ("s_RES_2365_2017", "S/RES/2365 (2017)"),
        ("076/74", "A/RES/76/74"),  # numbers as numbers
        ("A/RES/ES-10/15", "A/RES/ES-10/15"),
    ],
)
def test_file_names_and_typed_symbols_normalise(typed: str, symbol: str) -> None:
    assert normalise_symbol(typed) == symbol


def test_symbols_sort_assembly_then_council_then_others_by_number() -> None:
    """Sessions as numbers (74/9 before 74/80), an emergency or special session after the
    regular session of the same number (10/20 before ES-10/15)."""
    symbols = [
        "S/RES/2365 (2017)",
        "A/RES/74/80",
        "E/CN.4/RES/2003/49",
        "A/RES/74/9",
        "A/RES/ES-10/15",
        "A/RES/10/20",
        "A/RES/S-27/2",
        "S/RES/1373 (2001)",
        "A/RES/76/74",
    ]
    assert sorted(symbols, key=symbol_sort_key) == [
        "A/RES/10/20",
        "A/RES/ES-10/15",
        "A/RES/S-27/2",
        "A/RES/74/9",
        "A/RES/74/80",
        "A/RES/76/74",
        "S/RES/1373 (2001)",
        "S/RES/2365 (2017)",
        "E/CN.4/RES/2003/49",
    ]
