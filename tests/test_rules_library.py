"""One test per ranking rule of mineres.library, named for the rule: which of a symbol's files
`lineage`, `diff` and `find_document` pick. The README promises AKN before text before PDF,
a whole file before a truncated one, and the first library directory before later ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineres.documents import load_resolution
from mineres.library import (
    BUNDLED_DIR,
    LibraryEntry,
    Sniffed,
    best_entry,
    candidate_entries,
    find_document,
    find_entry,
    index_file,
    list_library,
    ranked_entries,
    shipped_entries,
    sniff_file,
)
from mineres.library.bundled import BUNDLED_FILES
from mineres.library.symbols import (
    is_written_as_undocs,
    normalise_symbol,
    pattern,
    symbol_sort_key,
)
from mineres.store.directories import STORE_FOLDERS

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


@pytest.mark.parametrize(
    ("typed", "as_is"),
    [
        ("A/RES/76/74", True),
        ("A/RES/123456789/987654321", True),  # nine digits, the most a number may have
        ("A/RES/1234567890/1", False),  # ten: no symbol at all
        ("A/RES/76/1234567890", False),
        ("A/RES/076/74", False),  # a leading zero is dropped
        ("A/RES/76/074", False),
        ("A/RES/\u0667\u0666/74", False),  # Arabic-Indic digits are written as ASCII ones
        ("A/RES/76/7\u00b2", False),  # a superscript two is a digit to isdigit, not to \\d
        ("A/RES//74", False),
        ("A/RES/76/", False),
        ("A/RES/76/74/5", False),
        ("A/RES/76/74 A", False),  # a part letter
        ("xA/RES/76/74", False),
        ("a/res/76/74", False),
        ("S/RES/2365 (2017)", False),
    ],
)
def test_a_symbol_written_as_undocs_writes_it_is_taken_as_is(typed: str, as_is: bool) -> None:
    """The patterns are skipped only for what they would return unchanged."""
    assert is_written_as_undocs(typed) is as_is
    if as_is:
        assert normalise_symbol(typed) == typed


def test_a_symbol_written_as_undocs_writes_it_compiles_no_pattern() -> None:
    pattern.cache_clear()
    assert normalise_symbol(" A/RES/74/80. ") == "A/RES/74/80"
    assert pattern.cache_info().currsize == 0
    assert normalise_symbol("A/RES/74/80 B") == "A/RES/74/80 B"
    assert pattern.cache_info().currsize > 0


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


# --- how a lookup reads the library: no more than the answer needs ---------------------------


@pytest.fixture()
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No user configuration, cache or MINERES_LIBRARY: the cache is tmp_path/cache/mineres."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MINERES_LIBRARY", raising=False)
    return tmp_path


def copy_of_76_74(folder: Path, name: str = "copy.xml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    target.write_bytes((BUNDLED_DIR / "A_RES_76_74.en.xml").read_bytes())
    return target


def test_the_bundled_table_says_what_reading_each_bundled_file_finds() -> None:
    rows = {
        path.name: (path.stat().st_size, sniffed)
        for path in sorted(BUNDLED_DIR.iterdir())
        if (sniffed := sniff_file(path)) is not None
    }
    shipped = {
        name: (size, Sniffed(symbol, format, language, title))  # type: ignore[arg-type]
        for name, (size, symbol, format, language, title) in BUNDLED_FILES.items()
    }
    assert rows == shipped


def test_the_bundled_folder_is_known_without_reading_it_or_its_index(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mineres.library as library

    def unread(*args: object) -> None:
        raise AssertionError(f"read {args}")

    monkeypatch.setattr(library, "sniff_file", unread)
    monkeypatch.setattr(library, "load_index", unread)
    assert find_document("74/80") == BUNDLED_DIR / "A_RES_74_80.en.xml"
    assert {e.symbol for e in list_library()} == {"A/RES/58/127", "A/RES/74/80", "A/RES/76/74"}


def test_a_bundled_file_not_as_shipped_is_read(tmp_path: Path) -> None:
    """The table holds only while each file has the name and size it was shipped with."""
    files = [(path, path.stat()) for path in sorted(BUNDLED_DIR.glob("A_RES_*"))]
    assert shipped_entries(BUNDLED_DIR, files) is not None
    assert shipped_entries(tmp_path, files) is None  # another folder: its own index
    grown = copy_of_76_74(tmp_path, "A_RES_74_80.en.xml")
    with grown.open("a") as handle:
        handle.write("\n")
    assert shipped_entries(BUNDLED_DIR, [*files[:1], (grown, grown.stat())]) is None
    renamed = copy_of_76_74(tmp_path, "renamed.xml")
    assert shipped_entries(BUNDLED_DIR, [(renamed, renamed.stat())]) is None


def test_a_users_copy_shadows_the_bundled_one(isolated: Path) -> None:
    mine = copy_of_76_74(isolated / "mine")
    assert find_document("76/74", [mine.parent]) == mine
    assert find_document("74/80", [mine.parent]) == BUNDLED_DIR / "A_RES_74_80.en.xml"


def test_the_caches_own_folders_hold_no_resolution(isolated: Path) -> None:
    """Parsed documents, data files and indexes live in the cache beside downloads: a lookup
    does not walk them, but any other folder of the cache is searched like a library's."""
    cache = isolated / "cache" / "mineres"
    for folder in STORE_FOLDERS:
        copy_of_76_74(cache / folder)
    assert find_document("76/74") == BUNDLED_DIR / "A_RES_76_74.en.xml"
    kept = copy_of_76_74(cache / "kept" / "parsed")  # named like a store folder, deeper
    assert find_document("76/74") == kept
    assert {e.path for e in list_library() if e.origin == "cache"} == {kept}


def test_only_the_cache_skips_the_stores_folder_names(isolated: Path) -> None:
    library = isolated / "library"
    inside = copy_of_76_74(library / "parsed")
    assert find_document("76/74", [library]) == inside


def test_a_folder_without_resolutions_loads_no_index(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mineres.library as library

    def unread(directory: Path) -> None:
        raise AssertionError(f"index of {directory} loaded")

    empty = isolated / "empty"
    (empty / "notes").mkdir(parents=True)
    (empty / "notes" / "list.csv").write_text("symbol\n")
    monkeypatch.setattr(library, "load_index", unread)
    assert library.scan_directory(empty) == []


def test_later_folders_are_read_only_when_the_earlier_copies_fail(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mineres.library as library

    mine = copy_of_76_74(isolated / "mine")
    walked: list[Path] = []
    scan = library.scan_directory

    def recorded(directory: Path, skipped: frozenset[str] = frozenset()) -> object:
        walked.append(directory)
        return scan(directory, skipped)

    monkeypatch.setattr(library, "scan_directory", recorded)
    assert load_resolution("76/74", [mine.parent], with_citations=False).metadata.symbol
    assert walked == [mine.parent]
    mine.write_text("<akomaNtoso>broken", encoding="utf-8")  # now the bundled copy is parsed
    assert load_resolution("76/74", [mine.parent], with_citations=False).metadata.symbol
    assert walked[1:] == [mine.parent, isolated / "cache" / "mineres", BUNDLED_DIR]


def test_the_index_is_named_by_the_folder(isolated: Path) -> None:
    first, second = isolated / "first", isolated / "second"
    first.mkdir()
    second.mkdir()
    assert index_file(first) == index_file(isolated / "second" / ".." / "first")
    assert index_file(first) != index_file(second)
    assert index_file(first).parent == isolated / "cache" / "mineres" / "index"
