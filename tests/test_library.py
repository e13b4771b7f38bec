"""The library: symbols normalised, files recognised by content, directories searched in order."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from mineres.errors import MineresError
from mineres.library import (
    BUNDLED_DIR,
    FileFormat,
    LibraryEntry,
    best_entry,
    candidate_entries,
    find_document,
    find_entry,
    list_library,
    normalise_symbol,
    ranked_entries,
    sniff_file,
    symbol_sort_key,
)
from mineres.store.config import load_config, parse_config

AKN_76_74 = BUNDLED_DIR / "A_RES_76_74.en.xml"
AKN_74_80 = BUNDLED_DIR / "A_RES_74_80.en.xml"
ODS_58_127 = Path(__file__).parent / "fixtures" / "ods" / "A_RES_58_127.txt"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No user configuration, cache or MINERES_LIBRARY leaks into a test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MINERES_LIBRARY", raising=False)
    return tmp_path


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config" / "mineres" / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def copy_to(source: Path, directory: Path, name: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / name
    shutil.copyfile(source, target)
    return target


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("76/74", "A/RES/76/74"),
        ("A/RES/76/74", "A/RES/76/74"),
        (" a/res/76/74 ", "A/RES/76/74"),
        ("A / RES / 76 / 74", "A/RES/76/74"),
        ("76/74.", "A/RES/76/74"),
        ("A_RES_76_74", "A/RES/76/74"),
        ("A/RES/61/89 b", "A/RES/61/89 B"),
        ("A/RES/ES-10/21", "A/RES/ES-10/21"),
        ("a/res/s-27/2", "A/RES/S-27/2"),
        ("S/RES/2365 (2017)", "S/RES/2365 (2017)"),
        ("S/RES/2365(2017)", "S/RES/2365 (2017)"),
        ("s/res/2365", "S/RES/2365"),
        ("S_RES_2365_2017", "S/RES/2365 (2017)"),
        ("A/RES/1514 (XV)", "A/RES/1514 (XV)"),
        ("2625(xxv)", "A/RES/2625 (XXV)"),
        ("resolution", None),
        ("2365", None),
        ("76/74/1", None),
        ("../76/74.txt", None),
    ],
)
def test_normalise_symbol(typed: str, expected: str | None) -> None:
    assert normalise_symbol(typed) == expected


def test_symbols_sort_by_session_then_number() -> None:
    symbols = ["A/RES/76/74", "A/RES/74/80", "A/RES/74/100", "A/RES/74/9", "S/RES/2365 (2017)"]
    assert sorted(symbols, key=symbol_sort_key) == [
        "A/RES/74/9",
        "A/RES/74/80",
        "A/RES/74/100",
        "A/RES/76/74",
        "S/RES/2365 (2017)",
    ]


def test_akn_file_is_recognised_by_its_markup_not_its_name(tmp_path: Path) -> None:
    renamed = copy_to(AKN_76_74, tmp_path, "mine action 2021.xml")
    sniffed = sniff_file(renamed)
    assert sniffed is not None
    assert (sniffed.symbol, sniffed.format, sniffed.language) == ("A/RES/76/74", "akn", "en")
    assert sniffed.title == "Assistance in mine action"


def test_akn_language_comes_from_the_markup(tmp_path: Path) -> None:
    french = tmp_path / "copy.xml"
    french.write_text(
        AKN_74_80.read_text(encoding="utf-8").replace(
            'FRBRlanguage language="eng"', 'FRBRlanguage language="fra"'
        ),
        encoding="utf-8",
    )
    sniffed = sniff_file(french)
    assert sniffed is not None
    assert (sniffed.symbol, sniffed.language) == ("A/RES/74/80", "fr")


def test_akn_without_doc_number_falls_back_to_the_frbr_identifier(tmp_path: Path) -> None:
    text = AKN_76_74.read_text(encoding="utf-8").replace('refersTo="#symbol"', "")
    path = tmp_path / "x.xml"
    path.write_text(text, encoding="utf-8")
    sniffed = sniff_file(path)
    assert sniffed is not None
    assert sniffed.symbol == "A/RES/76/74"


def test_ods_export_is_recognised_by_its_symbol(tmp_path: Path) -> None:
    sniffed = sniff_file(copy_to(ODS_58_127, tmp_path, "download.txt"))
    assert sniffed is not None
    assert (sniffed.symbol, sniffed.format) == ("A/RES/58/127", "text")
    assert sniffed.title == "Assistance in mine action"


def test_plain_text_is_recognised_by_its_header(tmp_path: Path) -> None:
    """The header alone, without the ODS markers at the end, says which resolution it is."""
    text = ODS_58_127.read_text(encoding="utf-8")
    body = text[: text.index("<<ODS")]
    assert "A/RES/58/127" not in body
    path = tmp_path / "notes.txt"
    path.write_text(body, encoding="utf-8")
    sniffed = sniff_file(path)
    assert sniffed is not None
    assert sniffed.symbol == "A/RES/58/127"


def test_security_council_text_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "sc.txt"
    path.write_text(
        "Resolution 2365 (2017)\n\nAdopted by the Security Council at its 7990th meeting, "
        "on 30 June 2017\n\nThe Security Council,\n\n",
        encoding="utf-8",
    )
    sniffed = sniff_file(path)
    assert sniffed is not None
    assert sniffed.symbol == "S/RES/2365 (2017)"


def test_text_that_is_not_a_resolution_is_not_indexed(tmp_path: Path) -> None:
    (tmp_path / "A_RES_76_74.txt").write_text("shopping list: 76/74 eggs\n", encoding="utf-8")
    assert sniff_file(tmp_path / "A_RES_76_74.txt") is None


def test_pdf_is_recognised_by_the_name_fetch_gives_it(tmp_path: Path) -> None:
    (tmp_path / "A_RES_76_74.en.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (tmp_path / "unknown.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    sniffed = sniff_file(tmp_path / "A_RES_76_74.en.pdf")
    assert sniffed is not None
    assert (sniffed.symbol, sniffed.format, sniffed.language) == ("A/RES/76/74", "pdf", "en")
    assert sniff_file(tmp_path / "unknown.pdf") is None


def test_lookup_order(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--library, then MINERES_LIBRARY, then the configuration, then the cache, then bundled."""
    places = {
        "option": isolated / "option",
        "env": isolated / "env",
        "config": isolated / "configured",
        "cache": isolated / "cache" / "mineres",
    }
    copies = {name: copy_to(AKN_76_74, folder, f"{name}.xml") for name, folder in places.items()}
    monkeypatch.setenv(
        "MINERES_LIBRARY", os.pathsep.join([str(isolated / "nowhere"), str(places["env"])])
    )
    write_config(isolated, "library:\n  - ../../configured\n")

    assert find_document("76/74", [places["option"]]) == copies["option"]
    assert find_document("A/RES/76/74") == copies["env"]
    monkeypatch.delenv("MINERES_LIBRARY")
    assert find_document("76/74") == copies["config"]
    write_config(isolated, "library: []\n")
    assert find_document("76/74") == copies["cache"]
    copies["cache"].unlink()
    assert find_document("76/74") == AKN_76_74


def test_library_list_shows_every_directory_in_order(isolated: Path) -> None:
    option = isolated / "option"
    copy_to(AKN_74_80, option, "a.xml")
    entries = list_library([option])
    assert entries[0].symbol == "A/RES/74/80"
    assert entries[0].origin == "--library"
    bundled = {entry.symbol for entry in entries if entry.origin == "bundled"}
    assert {"A/RES/58/127", "A/RES/74/80", "A/RES/76/74"} <= bundled


def test_a_missing_library_option_is_an_error(isolated: Path) -> None:
    with pytest.raises(MineresError, match="no such library directory"):
        find_document("76/74", [isolated / "missing"])


def test_a_symbol_nowhere_in_the_library_is_none() -> None:
    assert find_document("A/RES/12/3") is None
    assert find_document("not a symbol") is None


def test_other_languages_are_never_returned(isolated: Path) -> None:
    folder = isolated / "lib"
    copy_to(AKN_76_74, folder, "A_RES_76_74.fr.xml").write_text(
        AKN_76_74.read_text(encoding="utf-8").replace('language="eng"', 'language="fra"'),
        encoding="utf-8",
    )
    entry = find_entry("76/74", [folder])
    assert entry is not None
    assert entry.origin == "bundled"
    french = find_entry("76/74", [folder], language="fr")
    assert french is not None
    assert french.path.parent == folder


def test_markup_is_preferred_to_text_and_pdf_in_one_directory(isolated: Path) -> None:
    folder = isolated / "lib"
    (folder / "pdf").mkdir(parents=True)
    (folder / "pdf" / "A_RES_76_74.en.pdf").write_bytes(b"%PDF-1.5\n")
    markup = copy_to(AKN_76_74, folder / "xml", "resolution.xml")
    entry = find_entry("76/74", [folder])
    assert entry is not None
    assert entry.path == markup


def test_security_council_symbol_without_year_matches(isolated: Path) -> None:
    folder = isolated / "lib"
    folder.mkdir()
    (folder / "S_RES_2365_2017.en.pdf").write_bytes(b"%PDF-1.5\n")
    assert find_document("S/RES/2365", [folder]) == folder / "S_RES_2365_2017.en.pdf"
    assert find_document("S/RES/2365 (2016)", [folder]) is None


def test_a_changed_file_is_read_again(isolated: Path) -> None:
    folder = isolated / "lib"
    path = copy_to(AKN_76_74, folder, "moving.xml")
    assert find_document("76/74", [folder]) == path
    path.write_text(AKN_74_80.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert find_document("74/80", [folder]) == path


def test_configuration_paths_are_relative_to_the_file(isolated: Path) -> None:
    path = write_config(isolated, "library: lib\nlanguage: fr\nfetch:\n  timeout: 5\n")
    config = load_config()
    assert config.library == (path.parent / "lib",)
    assert config.language == "fr"
    assert config.fetch.timeout == 5.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("library: [unclosed\n", "not valid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
        ("library: 3\n", "'library' must be"),
        ("fetch:\n  url_template: https://example.org/doc\n", "must contain {symbol}"),
        ("fetch:\n  timeout: soon\n", "must be numbers"),
        ("fetch:\n  max_bytes: -1\n", "must be positive"),
        ("libary: lib\n", r"unknown key 'libary' \(known: library, language, fetch\)"),
        (
            "fetch:\n  timout: 5\n",
            r"unknown key 'timout' in fetch \(known: url_template, timeout, max_bytes\)",
        ),
        ("language: 0\n", "language must be one of en, fr, es, ru, ar, zh, not a number"),
        ("language: [en]\n", "language must be one of .*, not a list"),
        (
            "fetch:\n  timeout: .inf\n",
            r"fetch.timeout must be positive and at most 3600 seconds \(got inf\)",
        ),
        ("fetch:\n  timeout: .nan\n", r"fetch.timeout must be positive .*\(got nan\)"),
        ("fetch:\n  timeout: 1e300\n", r"fetch.timeout must be positive .*\(got '1e300'\)"),
        ("fetch:\n  timeout: true\n", "must be numbers"),
        ("fetch:\n  max_bytes: 1e300\n", "fetch.max_bytes must be positive and at most"),
        ("fetch:\n  max_bytes: 2.5\n", "fetch.max_bytes must be a whole number"),
        (
            "fetch:\n  url_template: 'https://x/{symbol:d}'\n",
            r"field \{symbol:d\} has a format spec",
        ),
        ("fetch:\n  url_template: 'https://x/{symbol:>900000000}'\n", "has a format spec"),
        ("fetch:\n  url_template: 'https://x/{symbol!r}'\n", "has a format spec or conversion"),
        (
            "fetch:\n  url_template: 'https://x/{symbol.upper}'\n",
            r"field \{symbol.upper\} is not one",
        ),
    ],
)
def test_bad_configuration_is_a_one_line_error(isolated: Path, text: str, message: str) -> None:
    """The same error whether the YAML is parsed or its data read back from the cache."""
    write_config(isolated, text)
    for _ in ("parsed from the YAML", "again, from the cache where the data was kept"):
        parse_config.cache_clear()  # as in a new process
        with pytest.raises(MineresError, match=message) as raised:
            load_config()
        assert "\n" not in str(raised.value)


def test_a_configuration_read_once_is_not_parsed_as_yaml_again(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mineres.store.config as config

    path = write_config(isolated, "library: [lib, ~/un]\nlanguage: fr\nfetch:\n  timeout: 5\n")
    first = load_config()
    parse_config.cache_clear()

    def unparsed(text: str, where: Path) -> None:
        raise AssertionError("YAML parsed again")

    monkeypatch.setattr(config, "load_yaml", unparsed)
    assert load_config() == first
    assert first.library[0] == path.parent / "lib" and first.fetch.timeout == 5.0
    write_config(isolated, "library: [lib]\n")  # another text: parsed, not taken from the cache
    parse_config.cache_clear()
    with pytest.raises(AssertionError, match="parsed again"):
        load_config()


@pytest.mark.parametrize(
    "text",
    [
        "fetch:\n  timeout: 2020-01-01\n",  # a date: JSON would give back a string
        "library: lib\n1: one\n",  # a number as a key: JSON would give back "1"
        "fetch:\n  timeout: .nan\n",  # not equal to itself
    ],
)
def test_data_json_would_change_is_parsed_from_the_yaml_each_time(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    import mineres.store.config as config

    write_config(isolated, text)
    parsed: list[str] = []
    real = config.load_yaml

    def counting(text: str, where: Path) -> object:
        parsed.append(text)
        return real(text, where)

    monkeypatch.setattr(config, "load_yaml", counting)
    messages = []
    for _ in range(2):
        parse_config.cache_clear()
        with pytest.raises(MineresError) as raised:
            load_config()
        messages.append(str(raised.value))
    assert len(parsed) == 2 and messages[0] == messages[1]


def test_configuration_uses_safe_load(isolated: Path) -> None:
    write_config(isolated, "library: !!python/object/apply:os.system ['true']\n")
    with pytest.raises(MineresError, match="not valid YAML"):
        load_config()


def test_library_list_command(isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from mineres.cli import main

    option = isolated / "option"
    copy_to(AKN_76_74, option, "b.xml")
    copy_to(AKN_74_80, option, "a.xml")
    main(["--library", str(option), "library", "list", "--format", "jsonl"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["symbol"], r["origin"]) for r in rows[:2]] == [
        ("A/RES/74/80", "--library"),
        ("A/RES/76/74", "--library"),
    ]
    assert rows[0]["title"] == "Assistance in mine action"
    assert {r["origin"] for r in rows[2:]} == {"bundled"}


def titled_pdf(title: str) -> bytes:
    """A one-page PDF whose document Title is `title`, as the UN titles its PDFs."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": title})
    written = io.BytesIO()
    writer.write(written)
    return written.getvalue()


def test_pdf_named_any_way_is_recognised_by_its_title(tmp_path: Path) -> None:
    (tmp_path / "download (3).pdf").write_bytes(titled_pdf("A/RES/76/74"))
    sniffed = sniff_file(tmp_path / "download (3).pdf")
    assert sniffed is not None
    assert (sniffed.symbol, sniffed.format) == ("A/RES/76/74", "pdf")


def test_the_index_saved_on_disk_spares_reading_files_again(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mineres.library as library

    folder = isolated / "lib"
    copy_to(AKN_76_74, folder, "a.xml")
    first = list_library([folder])
    library.sniff_cached.cache_clear()  # as in a new process

    def unread(path: Path) -> None:
        raise AssertionError(f"{path} read again")

    monkeypatch.setattr(library, "sniff_file", unread)
    assert list_library([folder]) == first
    copy_to(AKN_74_80, folder, "b.xml")
    with pytest.raises(AssertionError, match=r"b\.xml read again"):
        list_library([folder])


def test_a_damaged_index_is_ignored(isolated: Path) -> None:
    from mineres.library import index_file

    folder = isolated / "lib"
    path = copy_to(AKN_76_74, folder, "a.xml")
    list_library([folder])
    index_file(folder).write_text('{"version": 1, "files": {"x": [1]}}', encoding="utf-8")
    assert find_document("76/74", [folder]) == path
    index_file(folder).write_text("not json", encoding="utf-8")
    assert find_document("76/74", [folder]) == path


def test_library_list_shows_session_metadata_files(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mineres.cli import main

    folder = isolated / "lib"
    folder.mkdir()
    sample = Path(__file__).parent / "fixtures" / "metadata" / "ga-sessions-sample.jsonl"
    shutil.copyfile(sample, folder / sample.name)
    main(["--library", str(folder), "library", "list", "--format", "tsv"])
    last = capsys.readouterr().out.splitlines()[-1].split("\t")
    assert last[2:] == [
        "metadata",
        "UN session metadata: 5 resolutions",
        "--library",
        str(folder / sample.name),
    ]


FRENCH_76_74 = (
    "Résolution adoptée par l’Assemblée générale le 9 décembre 2021\n\n"
    "76/74. Assistance à la lutte antimines\n\n"
    "L’Assemblée générale,\n\nRappelant ses résolutions antérieures sur la question\n"
)


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("Resolution adopted by the General Assembly on 9 December 2021", "en"),
        ("Résolution adoptée par l'Assemblée générale le 9 décembre 2021", "fr"),
        ("Resolución aprobada por la Asamblea General el 9 de diciembre de 2021", "es"),
        ("Резолюция, принятая Генеральной Ассамблеей 9 декабря 2021 года", "ru"),
        ("قرار اتخذته الجمعية العامة في 9 كانون الأول/ديسمبر 2021", "ar"),
        ("2021年12月9日大会决议 协助地雷行动", "zh"),
        (
            "Recalling all its previous resolutions on the question and the reports of the "
            "Secretary-General to the Assembly, with appreciation for the work",
            "en",
        ),
        (
            "Rappelant toutes ses résolutions sur la question et les rapports du Secrétaire "
            "général, avec satisfaction pour les travaux des États et des organisations",
            "fr",
        ),
        (
            "Recordando todas sus resoluciones sobre la cuestión y los informes del Secretario "
            "General, con aprecio para las actividades de los Estados y el sistema",
            "es",
        ),
        ("76/74 A/RES/76/74 2021", None),
    ],
)
def test_the_language_of_a_text_from_its_opening(opening: str, language: str | None) -> None:
    from mineres.un.languages import text_language

    assert text_language(opening) == language


def test_a_french_text_is_not_taken_for_english(isolated: Path) -> None:
    folder = isolated / "lib"
    folder.mkdir()
    (folder / "resolution.txt").write_text(FRENCH_76_74, encoding="utf-8")
    sniffed = sniff_file(folder / "resolution.txt")
    assert sniffed is not None
    assert (sniffed.symbol, sniffed.language) == ("A/RES/76/74", "fr")
    entry = find_entry("76/74", [folder], language="en")
    assert entry is not None and entry.origin == "bundled"
    french = find_entry("76/74", [folder], language="fr")
    assert french is not None and french.path == folder / "resolution.txt"


def test_the_text_says_its_language_louder_than_its_name(isolated: Path) -> None:
    folder = isolated / "lib"
    folder.mkdir()
    (folder / "A_RES_76_74.en.txt").write_text(FRENCH_76_74, encoding="utf-8")
    sniffed = sniff_file(folder / "A_RES_76_74.en.txt")
    assert sniffed is not None and sniffed.language == "fr"


@pytest.mark.corpus
def test_french_akn_from_the_un(shared_corpus: Path) -> None:
    sniffed = sniff_file(shared_corpus / "akn" / "mine-action" / "A_RES_76_74.fr.xml")
    assert sniffed is not None
    assert (sniffed.language, sniffed.complete) == ("fr", True)


def truncated_akn(folder: Path, name: str, symbol: str = "A/RES/76/74") -> Path:
    """An interrupted copy: the first 20 KB of the markup, without its closing tag."""
    folder.mkdir(parents=True, exist_ok=True)
    text = AKN_76_74.read_text(encoding="utf-8")[:20000].replace("A/RES/76/74", symbol)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_a_truncated_file_is_marked_incomplete(tmp_path: Path) -> None:
    sniffed = sniff_file(truncated_akn(tmp_path, "cut.xml"))
    assert sniffed is not None
    assert (sniffed.symbol, sniffed.complete) == ("A/RES/76/74", False)
    whole = sniff_file(copy_to(AKN_76_74, tmp_path, "whole.xml"))
    assert whole is not None and whole.complete
    (tmp_path / "A_RES_76_74.en.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    pdf = sniff_file(tmp_path / "A_RES_76_74.en.pdf")
    assert pdf is not None and not pdf.complete


def test_a_truncated_file_does_not_hide_a_good_copy(isolated: Path) -> None:
    from mineres.library import candidate_entries

    folder = isolated / "lib"
    cut = truncated_akn(folder, "A_RES_58_127.en.xml", "A/RES/58/127")
    text = copy_to(ODS_58_127, folder, "A_RES_58_127.en.txt")
    entry = find_entry("58/127", [folder])
    assert entry is not None and entry.path == text
    paths = [entry.path for entry in candidate_entries("58/127", [folder])]
    assert paths[0] == text
    assert paths[-1] == cut
    assert len(paths) == 3  # and the bundled copy between them


def test_a_truncated_file_in_an_earlier_directory_gives_way(isolated: Path) -> None:
    folder = isolated / "lib"
    truncated_akn(folder, "A_RES_76_74.en.xml")
    assert find_document("76/74", [folder]) == AKN_76_74


def test_info_reads_the_good_copy_beside_a_truncated_one(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mineres.cli import main

    folder = isolated / "lib"
    truncated_akn(folder, "A_RES_58_127.en.xml", "A/RES/58/127")
    copy_to(ODS_58_127, folder, "A_RES_58_127.en.txt")
    main(["--library", str(folder), "info", "58/127", "--format", "json"])
    assert '"symbol": "A/RES/58/127"' in capsys.readouterr().out


def entry(
    directory: str, format: FileFormat, *, language: str | None = "en", complete: bool = True
) -> LibraryEntry:
    """A library entry for A/RES/76/74 as the ranking sees it, without a file behind it."""
    folder = Path("/library") / directory
    return LibraryEntry(
        symbol="A/RES/76/74",
        path=folder / f"A_RES_76_74.{format}",
        origin="--library",
        directory=folder,
        format=format,
        language=language,
        complete=complete,
    )


def test_ranking_puts_markup_before_text_before_pdf() -> None:
    """The README's promise: AKN before text before PDF, within one directory."""
    entries = [entry("a", "pdf"), entry("a", "text"), entry("a", "akn")]
    assert [e.format for e in ranked_entries(entries, "76/74")] == ["akn", "text", "pdf"]
    assert [e.format for e in ranked_entries(entries[:2], "76/74")] == ["text", "pdf"]


def test_ranking_puts_the_directory_before_the_format() -> None:
    """A PDF in the first directory beats AKN in a later one: the user's order comes first."""
    entries = [entry("first", "pdf"), entry("second", "akn"), entry("second", "text")]
    ranked = ranked_entries(entries, "76/74")
    assert [(e.directory.name, e.format) for e in ranked] == [
        ("first", "pdf"),
        ("second", "akn"),
        ("second", "text"),
    ]
    assert best_entry(entries, "76/74") == entries[0]


def test_ranking_puts_a_whole_file_before_the_first_directory() -> None:
    entries = [entry("first", "akn", complete=False), entry("second", "pdf")]
    assert [e.directory.name for e in ranked_entries(entries, "76/74")] == ["second", "first"]


def test_ranking_puts_the_exact_language_before_an_unmarked_file() -> None:
    entries = [entry("a", "akn", language=None), entry("a", "pdf", language="en")]
    assert [e.format for e in ranked_entries(entries, "76/74")] == ["pdf", "akn"]
    assert ranked_entries([entry("a", "akn", language="fr")], "76/74") == []


def test_text_is_preferred_to_pdf_on_disk(isolated: Path) -> None:
    folder = isolated / "lib"
    folder.mkdir()
    (folder / "A_RES_58_127.en.pdf").write_bytes(b"%PDF-1.5\n%%EOF\n")
    text = copy_to(ODS_58_127, folder, "A_RES_58_127.txt")
    assert [e.format for e in candidate_entries("58/127", [folder])][:2] == ["text", "pdf"]
    assert find_document("58/127", [folder]) == text


def test_a_fifo_in_a_library_folder_is_passed_over(isolated: Path) -> None:
    folder = isolated / "lib"
    copy_to(ODS_58_127, folder, "A_RES_58_127.txt")
    os.mkfifo(folder / "A_RES_76_74.en.xml")
    (folder / "meta").mkdir()
    os.mkfifo(folder / "meta" / "ga-session-76.jsonl")
    symbols = [e.symbol for e in list_library([folder]) if e.directory == folder]
    assert symbols == ["A/RES/58/127"]
    assert find_document("76/74", [folder]) == BUNDLED_DIR / "A_RES_76_74.en.xml"


def test_a_header_with_a_5000_digit_number_breaks_no_lookup(isolated: Path) -> None:
    folder = isolated / "lib"
    folder.mkdir()
    heading = "Resolution adopted by the General Assembly\n\n58/" + "7" * 5000 + ". Title\n"
    (folder / "huge.txt").write_text(heading)
    copy_to(ODS_58_127, folder, "A_RES_58_127.txt")
    assert find_document("58/127", [folder]) == folder / "A_RES_58_127.txt"
    assert normalise_symbol("58/" + "7" * 5000) is None
    assert {e.symbol for e in list_library([folder]) if e.directory == folder} == {"A/RES/58/127"}


@pytest.mark.parametrize(
    "content",
    [
        "[1, 2]",
        '{"version": 2, "files": {"/x.txt": [1, 2, ["A/RES/1/1", "exe", null, null, true]]}}',
        '{"version": 2, "files": []}',
        '"text"',
    ],
)
def test_an_index_of_the_wrong_shape_is_ignored(isolated: Path, content: str) -> None:
    from mineres.library import index_file

    folder = isolated / "lib"
    copy_to(ODS_58_127, folder, "A_RES_58_127.txt")
    index = index_file(folder)
    index.parent.mkdir(parents=True)
    index.write_text(content)
    assert find_document("58/127", [folder]) == folder / "A_RES_58_127.txt"


def test_a_damaged_pdf_in_the_library_prints_no_warning_of_the_pdf_reader(tmp_path: Path) -> None:
    """pypdf logs "EOF marker not found" for a PDF cut short; a user must not see it."""
    import subprocess
    import sys

    whole = titled_pdf("A/RES/76/74")
    (tmp_path / "download.pdf").write_bytes(whole[: whole.rindex(b"%%EOF")])
    shutil.copy(ODS_58_127, tmp_path / "A_RES_58_127.txt")
    run = subprocess.run(
        [sys.executable, "-m", "mineres", "lineage", "58/127", "--library", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "MINERES_CACHE": "off", "NO_COLOR": "1"},
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "A/RES/58/127" in run.stdout
    assert run.stderr == ""
