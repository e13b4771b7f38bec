"""Rules of what the citation finders set up once a process: the instrument catalogue read back
from the data-file store is the one built from the data files, and the pattern of a list's
clauses, compiled only where a clause word is printed, matches what it always matched."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import uuid4

import pytest

from mineres.citations import citation_units, instruments, numbered, rules
from mineres.citations.instruments import (
    FOLDED_TO_NON_ASCII_LOWER,
    SEPARATOR,
    WILDCARD,
    WORD_OUTSIDE_CJK,
    catalogue_of_parts,
    catalogue_parts,
    instrument_catalogue,
    is_sign,
    needed_words,
    titles_and_shorts,
    titles_maybe_in,
    words_of,
)
from mineres.citations.merging import resolve_ibid
from mineres.citations.numbered import subject_or_separator
from mineres.citations.references import TREATY_NUMBERS, TREATY_SERIES, find_treaty_series
from mineres.citations.rules import ListRules, literal_start, phrase_pattern, symbol_rules
from mineres.parse import parse_resolution
from mineres.store.datafiles import load_data_file

FIXTURE = Path(__file__).parent / "fixtures"
SOURCES = {False: ("instruments.yaml",), True: ("instruments.yaml", "instrument_names.yaml")}


def list_entries() -> dict[str, dict[str, Any]]:
    """Each language's list rules as data/symbols.yaml gives them."""
    data = load_data_file("symbols.yaml")
    return {"en": data["enumeration"], **data["languages"]}


def clause_texts(entry: dict[str, Any]) -> list[str]:
    """A list member followed by each clause word and join of the language, printed the ways a
    text prints them: after a comma or not, a space or a no-break space, Arabic stretched."""
    words = [*entry.get("interrupters", []), *entry.get("joins", []), "x", "onward"]
    texts: list[str] = []
    for word in words:
        stretched = word[0] + "\u0640" + word[1:]
        for printed in {word, word.replace(" ", "  "), stretched}:
            for before in (", ", ",", " ", "\u00a0", ",\u00a0", "، ", "; ", "() ", ""):
                texts.append(f"70/1{before}{printed} 71/2")
    return texts


@pytest.mark.parametrize("code", sorted(list_entries()))
def test_a_list_clause_is_matched_by_the_separator_where_no_clause_word_follows(
    code: str,
) -> None:
    lists = symbol_rules().lists[code]
    everything = re.compile(lists.subject_or_separator)
    for text in clause_texts(list_entries()[code]):
        for position in range(len(text) + 1):
            found = subject_or_separator(text, position, lists)
            expected = everything.match(text, position)
            assert (found and (found.span(), found.lastgroup)) == (
                expected and (expected.span(), expected.lastgroup)
            ), (text, position)


def test_a_clause_pattern_is_compiled_only_where_a_clause_word_follows(
    record_compiles: Callable[[ModuleType], list[str]],
) -> None:
    lists: ListRules = symbol_rules().lists["en"]
    compiled = record_compiles(numbered)
    assert subject_or_separator("57/1 and 58/2", 4, lists) is not None
    assert subject_or_separator("57/1, and 58/2", 4, lists) is not None
    assert subject_or_separator("57/1.", 4, lists) is None
    assert compiled == [lists.separator] * 3
    found = subject_or_separator("57/1, entitled “x”", 4, lists)
    assert found is not None and found.lastgroup == "subject"
    found = subject_or_separator("57/1\u00a0on the x", 4, lists)
    assert found is not None and found.lastgroup == "subject"
    assert compiled[3:] == [lists.subject_or_separator] * 2


@pytest.mark.parametrize(
    ("phrase", "tatweel", "start"),
    [
        ("entitled", False, "entitled"),
        ("relating to", False, "relating"),
        ("de l’", False, "de"),
        ("l'annexe", False, "l"),
        ("Совет* по", False, "Совет"),
        ("a/b", False, "a"),
        ("التي", True, "ا"),
        ("التي", False, "التي"),
        (" on", False, ""),
    ],
)
def test_a_phrase_opens_with_its_literal_start(phrase: str, tatweel: bool, start: str) -> None:
    assert literal_start(phrase, tatweel) == start


@pytest.mark.parametrize("code", sorted(list_entries()))
def test_every_printing_of_a_clause_word_opens_with_its_literal_start(code: str) -> None:
    entry = list_entries()[code]
    tatweel = bool(entry.get("tatweel"))
    for word in entry.get("interrupters", []):
        pattern = re.compile(phrase_pattern(word, tatweel))
        for printed in {word, word.replace(" ", "\u00a0 "), word[0] + "\u0640" + word[1:]}:
            if pattern.match(printed):
                assert printed.startswith(literal_start(word, tatweel)), (word, printed)


@pytest.mark.parametrize("translated", [False, True])
def test_the_catalogue_read_back_is_the_one_built_from_the_data_files(translated: bool) -> None:
    parts = catalogue_parts(SOURCES[translated])
    catalogue = catalogue_of_parts(parts)
    assert catalogue_of_parts(json.loads(json.dumps(parts))) == catalogue
    assert instrument_catalogue(translated) == catalogue
    entries = load_data_file("instruments.yaml")["instruments"]
    english = [
        " ".join(phrase.split()).lower()
        for entry in entries
        for phrase in [entry["name"], *entry.get("phrases", [])]
    ]
    assert catalogue.titles["en"] == tuple(english)
    for entry in entries:
        key = " ".join(entry["name"].split()).lower()
        assert catalogue.by_phrase[key].id == entry["id"]
        for short in entry.get("short", []):
            assert catalogue.by_short[short].id == entry["id"]
        for place in entry.get("treaty_series", []):
            assert catalogue.by_treaty[" ".join(place.split()).lower()].id == entry["id"]
    assert set(catalogue.titles) == ({"en", "fr", "es", "ru", "ar", "zh"} if translated else {"en"})
    lower_case = [key for key in english if catalogue.by_phrase[key].id in lower_case_ids()]
    assert catalogue.lower_case.get("en", ()) == tuple(lower_case)


def lower_case_ids() -> set[str]:
    return {
        entry["id"]
        for entry in load_data_file("instruments.yaml")["instruments"]
        if entry.get("lower_case")
    }


@pytest.mark.parametrize("language", ["en", "fr", "ru", "zh"])
def test_each_title_keeps_the_words_a_text_must_hold_for_it(language: str) -> None:
    word = re.compile(WORD_OUTSIDE_CJK)
    titles = instruments.title_words(language)
    assert [title for title, _ in titles] == list(instrument_catalogue().titles[language])
    for title, needed in titles:
        if all(char.isascii() or is_sign(char) for char in title) and WILDCARD not in title:
            assert needed == frozenset(word.findall(title))
        else:
            assert needed is None
    if language == "en":  # the titles with a dash ("2015–2030") too
        assert all(needed is not None for _, needed in titles)


@pytest.mark.parametrize(
    ("char", "sign"),
    [
        *[("–", True), ("—", True), ("’", True), ("-", True)],
        *[("é", False), ("ß", False), ("\u00b5", False), ("二", False), ("٢", False)],
        *[("_", False), ("\u01c5", False)],
    ],
)
def test_a_sign_is_no_word_character_and_has_no_case(char: str, sign: bool) -> None:
    assert is_sign(char) is sign
    if sign:  # ignoring case, it matches itself alone, and no word runs across it
        assert re.fullmatch(re.escape(char), char.upper(), re.IGNORECASE)
        assert re.findall(r"\w+", f"a{char}b") == ["a", "b"]


SENDAI = "the Sendai Framework for Disaster Risk Reduction 2015–2030"


@pytest.mark.parametrize(
    "text",
    [
        SENDAI,
        SENDAI.replace("–", "-"),
        SENDAI.replace("–", " – "),
        SENDAI.replace(" ", "  "),
        SENDAI.upper(),
        "the sendai framework for disaster risk reduction 2015–2030, xSendai Framework",
        "Disaster Risk Reduction 2015–2030",
    ],
)
def test_a_title_with_a_dash_is_kept_where_it_may_stand_and_found_as_by_every_title(
    text: str,
) -> None:
    catalogue = instrument_catalogue()
    maybe_in = titles_maybe_in("en", text)
    assert maybe_in is not None
    title = "sendai framework for disaster risk reduction 2015–2030"
    assert (title in maybe_in[0]) is (title in " ".join(text.lower().split()))
    names, _, shorts = instruments.patterns_in("en", text)
    assert titles_and_shorts(catalogue, "en", text, names, shorts) == titles_and_shorts(
        catalogue, "en", text
    )


def test_the_words_of_a_title_are_kept_once_each_in_order() -> None:
    assert needed_words("convention on the law of the sea") == "convention law of on sea the"
    assert needed_words("protocol v") == "protocol v"
    assert needed_words("anti-personnel mines, 1997") == "1997 anti mines personnel"
    assert needed_words("устав* организации") is None
    assert needed_words("déclaration universelle") is None
    assert needed_words("charte des nations unies, ‘x’") == "charte des nations unies x"
    assert needed_words("agenda 2015–2030") == "2015 2030 agenda"


@pytest.mark.parametrize("translated", [False, True])
def test_the_catalogue_is_kept_in_the_store_by_its_data_files(
    translated: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, tuple[str, ...]]] = []

    def derived(name: str, sources: tuple[str, ...], *_: object) -> dict[str, Any]:
        asked.append((name, sources))
        return catalogue_parts(sources)

    monkeypatch.setattr(instruments, "load_derived", derived)
    catalogue = instrument_catalogue.__wrapped__(translated)
    assert asked == [("instruments-all" if translated else "instruments-en", SOURCES[translated])]
    assert catalogue == catalogue_of_parts(catalogue_parts(SOURCES[translated]))


def test_a_stored_catalogue_of_another_shape_is_built_anew(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(instruments, "load_derived", lambda *_: {"instruments": [["x"]]})
    built = catalogue_of_parts(catalogue_parts(SOURCES[False]))
    assert instrument_catalogue.__wrapped__(False) == built


def test_lowering_a_text_changes_no_character_s_being_a_word_character_but_one() -> None:
    word = re.compile(r"\w")
    changed = [
        code
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000
        and (
            len(chr(code).lower()) != 1
            or bool(word.match(chr(code))) != bool(word.match(chr(code).lower()))
        )
    ]
    assert changed == [0x130]
    assert "\u0130" in FOLDED_TO_NON_ASCII_LOWER  # refused by titles_maybe_in


@pytest.mark.parametrize(
    "text",
    [
        "the Convention on Cluster Munitions, the anti-personnel mines (APMBC) and “Protocol V”;",
        "a_b c__ _ 2015–2030 x.y.z (a) ,,, l’homme \u212aelvin STRASSE Stra\u00dfe \u01c5ungla",
        "Côte d’Ivoire,Mines\u00a0\u00a0and\tTabs\nnew lines 12,5 ١٢ ",
        "",
        "   ",
    ],
)
def test_the_words_of_a_text_cut_at_whitespace_are_the_words_the_pattern_finds(text: str) -> None:
    expected = {word.lower() for word in set(re.findall(WORD_OUTSIDE_CJK, text))}
    assert words_of(text.lower().split()) == expected


@pytest.mark.parametrize("name", ["A_RES_74_80.en.xml", "A_RES_76_74.en.xml", "A_RES_74_80.fr.xml"])
def test_the_words_of_a_resolution_cut_at_whitespace_are_the_words_the_pattern_finds(
    name: str,
) -> None:
    resolution = parse_resolution((FIXTURE / "akn" / name).read_bytes())
    text = SEPARATOR.join(unit.text for unit in citation_units(resolution))
    expected = {word.lower() for word in set(re.findall(WORD_OUTSIDE_CJK, text))}
    assert words_of(text.lower().split()) == expected


def test_a_text_where_no_title_may_stand_keeps_none_and_is_read_as_single_spaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as patched:
        titles = (("mine action", frozenset({"mine", "action"})),)
        patched.setattr(instruments, "title_words", lambda _: titles)
        assert titles_maybe_in("en", "rien  ici") == ((), True)
        assert titles_maybe_in("en", "Mine  Action") == (("mine action",), False)
        assert titles_maybe_in("en", "Mine action") == (("mine action",), True)
        assert titles_maybe_in("en", "Mine, action") == ((), True)
    kept, spaced = titles_maybe_in("en", "the Convention  on Cluster Munitions") or ((), True)
    assert "convention on cluster munitions" in kept and not spaced
    kept, spaced = titles_maybe_in("en", "the Convention on Cluster Munitions") or ((), False)
    assert "convention on cluster munitions" in kept and spaced


def test_the_short_names_pattern_of_a_text_holds_only_the_short_names_printed() -> None:
    catalogue = instrument_catalogue()
    _, _, shorts = instruments.patterns_in("en", "the Convention on Cluster Munitions")
    assert shorts is None
    text = "the NPT and the CCW, NPTs, xCTBT, the Convention on Cluster Munitions"
    names, _, shorts = instruments.patterns_in("en", text)
    assert shorts is not None and shorts is not catalogue.shorts
    printed = {"NPT", "CCW", "CTBT"}  # "xCTBT" prints it, where it cannot start a name
    assert {match.group() for match in shorts.finditer("NPT CCW CTBT UNCLOS")} == printed
    found = titles_and_shorts(catalogue, "en", text, names, shorts)
    assert found == titles_and_shorts(catalogue, "en", text)
    assert len(found[0]) == 1 and len(found[1]) == 2
    assert instruments.shorts_pattern(()) is None


def range_texts(entry: dict[str, Any]) -> list[str]:
    """Letters and numbers joined by each range word and join of the language, and by dashes."""
    words = [*entry.get("range_words", []), *entry.get("letter_joins", []), "t", "x"]
    texts = ["A-C", "A–C", "A\u2011C", "A—C", "70/1 -71/2", "A", ""]
    for word in words:
        stretched = word[0] + "\u0640" + word[1:]
        for printed in {word, stretched}:
            for space in ("", " ", "  ", "\u00a0", " \u00a0"):
                texts.append(f"36/87 A{space}{printed}{space}E and 70/1{space}{printed} 70/3")
    return texts


@pytest.mark.parametrize("code", sorted(list_entries()))
def test_a_range_word_is_matched_where_a_dash_or_its_start_stands(code: str) -> None:
    lists = symbol_rules().lists[code]
    everything = re.compile(lists.range_word)
    for text in range_texts(list_entries()[code]):
        for position in range(len(text) + 1):
            found = numbered.range_at(text, position, lists)
            expected = everything.match(text, position)
            assert (found and found.span()) == (expected and expected.span()), (text, position)


def test_a_range_pattern_is_compiled_only_where_a_dash_or_a_range_word_stands(
    record_compiles: Callable[[ModuleType], list[str]],
) -> None:
    lists: ListRules = symbol_rules().lists["en"]
    compiled = record_compiles(numbered)
    text = "57/1 and 58/2, 59/3 of this day\u00a0\u00a0and all"
    assert [numbered.range_at(text, position, lists) for position in range(len(text))] == [
        None
    ] * len(text)
    assert compiled == []
    for printed in ("–", "-", "\u2011", " to ", "\u00a0 to", "to"):
        found = numbered.range_at(printed + "x", 0, lists)
        assert found is not None and found.end() == len(printed)
    assert compiled == [lists.range_word] * 6


# What TREATY_SERIES matched before it matched "Ibid." too, and what resolve_ibid matched.
SERIES_ALONE = re.compile(
    r"(?P<series>United Nations|League of Nations),[ \u00a0]Treaty[ \u00a0]Series,[ \u00a0]"
    rf"vols?\.[ \u00a0](?P<volumes>{TREATY_NUMBERS}),[ \u00a0]Nos?\.[ \u00a0](?P<numbers>{TREATY_NUMBERS})"
)
IBID_ALONE = re.compile(
    rf"Ibid\.,[ \u00a0]vols?\.[ \u00a0](?P<volumes>{TREATY_NUMBERS}),[ \u00a0]"
    rf"Nos?\.[ \u00a0](?P<numbers>{TREATY_NUMBERS})"
)
TREATY_TEXTS = [
    "United Nations, Treaty Series, vol. 2515, No. 44910; Ibid., vol. 2048, No. 22495.",
    "Ibid., vols. 1 and 2, Nos. 3–5, League of Nations, Treaty Series, vol. 9, No. 1",
    "Ibid.,\u00a0vol.\u00a012, No.\u00a03 Ibid., vol. x United Nations, Treaty Series, vol. 1, No. 2",
    "See Ibid., vol. 75, No. 970, United Nations, Treaty Series, vol. 75, Nos. 970-973",
]


@pytest.mark.parametrize("text", TREATY_TEXTS)
def test_one_pattern_for_the_treaty_series_and_ibid_finds_what_each_found(text: str) -> None:
    found = [(item.start, item.end) for item in find_treaty_series(text)]
    assert found == [match.span() for match in SERIES_ALONE.finditer(text)]
    both = re.compile(TREATY_SERIES)
    for position in range(len(text) + 1):
        expected = IBID_ALONE.match(text, position)
        match = both.match(text, position) if text.startswith("Ibid", position) else None
        assert (match and match.group("volumes", "numbers")) == (
            expected and expected.group("volumes", "numbers")
        )
        assert (match and match.span()) == (expected and expected.span())


def test_an_ibid_after_a_treaty_reads_its_own_volume() -> None:
    earlier = find_treaty_series("United Nations, Treaty Series, vol. 2515, No. 44910.")
    note = "Ibid., vol. 2048, No. 22495, and the Sales No. E.81.IX.4"
    (resolved, *_) = resolve_ibid(note, [], earlier)
    assert resolved.key == "treaty:united nations, treaty series, vol. 2048, no. 22495"
    assert (resolved.start, resolved.end) == (0, note.index(", and"))


def test_a_text_that_may_hold_no_name_is_scanned_with_a_pattern_matching_nothing() -> None:
    text = "Disaster Risk Reduction 2015–2030, the protocol"
    assert titles_maybe_in("en", text) == ((), True)
    names, lower_case, shorts = instruments.patterns_in("en", text)
    assert names is not None and names.search(text) is None and names.search("") is None
    assert (lower_case, shorts) == ((), None)
    assert titles_and_shorts(instrument_catalogue(), "en", text, names, shorts) == ([], [])
    assert titles_and_shorts(instrument_catalogue(), "en", text) == ([], [])


class Matched:
    """A compiled pattern's stand-in: what it was asked to match, and a match for all."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []

    def match(self, text: str, position: int) -> str:
        self.asked.append((text, position))
        return "matched"


def test_once_compiled_the_list_patterns_are_matched_without_the_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lists: ListRules = symbol_rules().lists["en"]
    clause, range_word = Matched(), Matched()
    compiled = {lists.subject_or_separator: clause, lists.range_word: range_word}
    monkeypatch.setattr(numbered, "COMPILED", compiled)
    assert subject_or_separator("57/1 and 58/2", 4, lists) == "matched"
    assert numbered.range_at("57/1 and 58/2", 4, lists) == "matched"
    assert clause.asked == range_word.asked == [("57/1 and 58/2", 4)]


def test_compiled_once_compiles_a_pattern_once_and_keeps_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rules, "COMPILED", {})
    first = rules.compiled_once("a+b")
    assert rules.COMPILED["a+b"] is first and len(rules.COMPILED) == 1
    assert rules.compiled_once("a+b") is first
    assert first.match("aab") is not None


# --- the separator after a clause about a member, as searched --------------------------------

CLAUSE_TEXTS = [
    ", on the rights of persons, and 2003/86",
    ", on the rights of persons,2003/86",
    " the annex to which contains the Principles, as well as 62/68 of 6 December 2007",
    " about it (), and 70/1",
    " about it ()  and further 70/1",
    " about it ()x, 70/1",
    " about it ; and also\u00a0ES-10/2",
    " about it \u00a0and 1373 (2001)",
    " about it \u060c 70/1",
    "\u060c \u0648 70/1",
    " about it and 217 A (III)",
    " no member follows: 12 of them, and",
    " (, 70/1 and 2003/86",
]


@pytest.mark.parametrize("code", ["en", "fr", "es", "ru", "ar", "zh"])
def test_the_searched_separator_finds_what_the_separator_finds(code: str) -> None:
    lists = symbol_rules().lists[code]
    plain, searched = re.compile(lists.next_item), re.compile(lists.searched_next_item)
    for text in CLAUSE_TEXTS:
        for start in range(len(text)):
            found, also = plain.search(text, start), searched.search(text, start)
            assert (found and found.span()) == (also and also.span()), (text, start)


def test_a_process_compiles_the_searched_separator_only_after_many_clauses() -> None:
    """A command reading a document or two searches a clause or two: the plain pattern, cheaper
    to compile, serves it; a corpus's hundreds are worth the quicker one."""
    english = symbol_rules().lists["en"]
    fresh = f"(?#{uuid4().hex})"  # patterns of their own, never compiled before in the process
    lists = replace(
        english,
        next_item=english.next_item + fresh,
        searched_next_item=english.searched_next_item + fresh,
    )
    used = [numbered.next_item_pattern(lists).pattern for _ in range(numbered.PLAIN_SEARCHES + 2)]
    plain = [lists.next_item] * numbered.PLAIN_SEARCHES
    assert used == [*plain, lists.searched_next_item, lists.searched_next_item]
