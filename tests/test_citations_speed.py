"""The faster ways of finding instruments find exactly what the plain ways find.

Instruments are found in a whole document at once (its strings joined by a separator no name
crosses), and names in ASCII printed in lower case are matched by classes of characters
instead of re.IGNORECASE: both only save time, so both are checked against the plain way.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from mineres.citations import citation_units
from mineres.citations.instruments import (
    FOLDED_TO_ASCII,
    NO_WORD_AFTER,
    SEPARATOR,
    find_instruments,
    find_instruments_in_texts,
    folded_piece,
    instrument_catalogue,
    lower_case_pattern,
    lower_case_patterns,
    names_pattern,
    names_pattern_of,
    short_may_start,
    title_pattern,
    titles_and_shorts,
    trie_pattern,
    word_matches,
)
from mineres.citations.numbered import keywords
from mineres.parse import parse_resolution

FIXTURE = Path(__file__).parent / "fixtures"


def test_only_four_characters_outside_ascii_match_an_ascii_one_when_case_is_ignored() -> None:
    for letter, folded in FOLDED_TO_ASCII.items():
        assert all(re.fullmatch(letter, char, re.IGNORECASE) for char in folded)
    everything = "".join(
        chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000
    )
    matching = set(re.findall(r"[\x00-\x7f]", everything, re.IGNORECASE))
    assert {char for char in matching if not char.isascii()} == set(
        "".join(FOLDED_TO_ASCII.values())
    )


@pytest.mark.parametrize("char", [chr(code) for code in range(0x20, 0x7F)])
def test_a_folded_piece_matches_what_the_character_matches_ignoring_case(char: str) -> None:
    candidates = [char.lower(), char.upper(), *"".join(FOLDED_TO_ASCII.values()), "x", "0", " "]
    folded = re.compile(folded_piece(char))
    ignoring_case = re.compile(re.escape(char) if char not in " *" else folded_piece(char), re.I)
    for candidate in candidates:
        assert bool(folded.fullmatch(candidate)) == bool(ignoring_case.fullmatch(candidate))


@pytest.mark.parametrize(
    "text",
    [
        "the global compact on refugees, and",
        "the Global Compact on Refugees.",
        "THE GLOBAL COMPACT ON REFUGEE\u017f",
        "the global\n compact  on refugees-based",
        "the global compact on refugeesx",
        "the g\u0130obal compact on refugees",
        "xglobal compact on refugees and Global compact on refugees, GLOBAL  COMPACT ON REFUGEES",
    ],
)
def test_names_in_lower_case_match_as_ignoring_case_does(text: str) -> None:
    phrases = instrument_catalogue().lower_case["en"]
    ignoring_case = re.compile(trie_pattern(phrases) + NO_WORD_AFTER, re.IGNORECASE)
    pattern = lower_case_pattern("en")
    assert pattern is not None
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in ignoring_case.finditer(text)
    ]
    split = lower_case_patterns("en")
    assert len(split) > 1
    assert list(word_matches(split, text)) == list(word_matches((ignoring_case,), text))


@pytest.mark.parametrize("name", ["A_RES_74_80.en.xml", "A_RES_74_80.fr.xml", "A_RES_74_80.zh.xml"])
def test_a_document_at_once_finds_what_each_string_alone_finds(name: str) -> None:
    resolution = parse_resolution((FIXTURE / "akn" / name).read_bytes())
    language = resolution.metadata.language
    texts = [unit.text for unit in citation_units(resolution)]
    # names cut at the joins, the separator inside a text, empty texts
    texts += ["Recalling the Convention on the", "Rights of the Child", "", "NPT"]
    texts += [f"the Charter{SEPARATOR}of the United Nations", "the NPT", "CCW/CONF"]
    at_once = find_instruments_in_texts(texts, language)
    assert at_once == [find_instruments(text, language) for text in texts]
    assert sum(len(found) for found in at_once) >= 3


def test_a_trie_pattern_writes_runs_of_single_letters_as_they_are() -> None:
    assert trie_pattern(["cat", "car", "ca"]) == "ca(?:(?:r|t))?"
    assert trie_pattern(["a b", "a*"]) == r"a(?:\s+b|\w*)"


def test_batches_of_strings_find_what_each_string_alone_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mineres.citations import instruments

    monkeypatch.setattr(instruments, "BATCH_CHARACTERS", 60)
    texts = ["Recalling the Convention on the Rights of the Child,", "", "the NPT and"] * 5
    at_once = find_instruments_in_texts(texts)
    assert at_once == [find_instruments(text) for text in texts]
    assert sum(len(found) for found in at_once) == 10
    assert find_instruments_in_texts([]) == []


def titles_and_shorts_in_two_scans(text: str, language: str) -> tuple[list[Any], list[Any]]:
    """The titles as word_matches finds them with the title pattern alone, and the short names
    as their own pattern finds them: what the one scan of names_pattern must find."""
    shorts = instrument_catalogue().shorts
    assert shorts is not None
    titles = list(word_matches((title_pattern(language),), text))
    found = [
        match.span()
        for match in shorts.finditer(text)
        if not match.start() or short_may_start(text[match.start() - 1])
    ]
    return titles, found


NAMES_AND_SHORTS = [
    "Protocol V to the Convention on Certain Conventional Weapons (CCW Protocol V)",
    "the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), xNPT, NPT/CONF.2020, NPTs",
    "UNCLOS, the United Nations Convention on the Law of the Sea (UNCLOS), ICCPR ICESCR",
    "xConvention on the Rights of the Child, Convention on the Rights of the ChildCEDAW CEDAW",
    "the Charter of the United Nations\x00NPT\x00Charter of the United NationsNPT",
    "Protocol V, Protocol Va, Protocol V-x, CTBT_ CTBT. APMBC IMAS IATG CRPD UNTOC UNCAC UNFCCC",
]


@pytest.mark.parametrize("text", NAMES_AND_SHORTS)
def test_one_scan_finds_the_titles_and_short_names_two_scans_find(text: str) -> None:
    titles, shorts = titles_and_shorts(instrument_catalogue(), "en", text)
    assert (titles, shorts) == titles_and_shorts_in_two_scans(text, "en")
    assert titles or shorts


@pytest.mark.parametrize("name", ["A_RES_74_80.en.xml", "A_RES_74_80.fr.xml", "A_RES_74_80.zh.xml"])
def test_one_scan_of_a_document_finds_what_two_scans_find(name: str) -> None:
    resolution = parse_resolution((FIXTURE / "akn" / name).read_bytes())
    language = resolution.metadata.language
    texts = [unit.text for unit in citation_units(resolution)]
    text = SEPARATOR.join([*texts, *NAMES_AND_SHORTS])
    assert names_pattern(language) is not None
    assert titles_and_shorts(instrument_catalogue(), language, text) == (
        titles_and_shorts_in_two_scans(text, language)
    )


TEXTS_FOR_WORDS = [
    *NAMES_AND_SHORTS,
    "the Convention on the Rights of the Child宣言, Convention on the Rights of the Child-x",
    "the CONVENTION ON THE RIGHTS OF THE CHILD, the convention on the rights of the child",
    "the Convention on the Rights of the \u212ahild and the Charter of the United Nations",
    "the Convention\non  the Rights\tof the Child, xCharter of the United Nations",
    "the global compact on refugees, the Global\nCompact on Refugees, xglobal compact on refugees",
]


@pytest.mark.parametrize("name", ["A_RES_74_80.en.xml", "A_RES_76_74.en.xml", "A_RES_74_80.fr.xml"])
def test_the_names_a_text_may_hold_find_what_all_names_find(name: str) -> None:
    from mineres.citations import instruments

    resolution = parse_resolution((FIXTURE / "akn" / name).read_bytes())
    language = resolution.metadata.language
    texts = [unit.text for unit in citation_units(resolution)]
    catalogue = instrument_catalogue()
    for text in [SEPARATOR.join(texts), *TEXTS_FOR_WORDS]:
        assert instruments.titles_maybe_in(language, text) is not None
        everything = titles_and_shorts(catalogue, language, text)
        names, lower_case, shorts = instruments.patterns_in(language, text)
        assert titles_and_shorts(catalogue, language, text, names, shorts) == everything
        assert names is not names_pattern(language)
        assert shorts is None or shorts is not catalogue.shorts
        every_lower = list(word_matches(lower_case_patterns(language), text))
        assert list(word_matches(lower_case, text)) == every_lower
    every = instrument_catalogue().titles[language]
    maybe_in = instruments.titles_maybe_in(language, SEPARATOR.join(texts))
    assert maybe_in is not None
    kept = maybe_in[0]
    assert len(kept) < len(every)
    if language == "en":  # hundreds of names, a few in a resolution: else no time saved
        assert len(kept) < len(every) / 4


def test_a_text_with_a_letter_that_lower_does_not_fold_keeps_every_title() -> None:
    from mineres.citations.instruments import titles_maybe_in

    assert titles_maybe_in("en", "the \u0130nternational Covenant") is None
    assert titles_maybe_in("en", "the International Covenant") is not None


def test_a_corpus_compiles_the_full_names_pattern_once_after_a_few_documents() -> None:
    from mineres.citations import instruments

    names_pattern.cache_clear()
    names_pattern_of.cache_clear()
    compiled_before: list[int] = []
    patterns = []
    for title in instrument_catalogue().titles["en"][:40]:
        compiled_before.append(names_pattern_of.cache_info().misses)
        patterns.append(instruments.patterns_for("en", f"the {title.title()}")[0])
    full = names_pattern("en")
    limit = instruments.SUBSET_PATTERNS_BEFORE_FULL
    assert [pattern is full for pattern in patterns] == [
        compiled >= limit for compiled in compiled_before
    ]
    assert compiled_before[-1] >= limit


# what numbered.keywords replaced: one pattern opening on the first letter
KEYWORD_BY_FIRST_LETTER = re.compile(
    r"(?P<word>[RrDd](?:(?<=[Rr])esolution|(?<=[Dd])ecision))s?\b[ \u00a0]*"
)


@pytest.mark.parametrize(
    "text",
    [
        "Recalling its resolutions 57/159 and 58/1, and decision 74/501",
        "Resolutionsresolution 1 resolutionsx decisions\u00a0 \u00a0Decision",
        "esolution at the start, xresolution, presolutions, aresolution,ecision decision",
        "resolution",
        "irresolution of the Decisions: resolutions\u00a0and decisionsdecisions ecisions",
        "",
    ],
)
def test_keywords_found_by_their_stems_are_what_one_pattern_finds(text: str) -> None:
    expected = [
        (match.start(), match.end(), match["word"])
        for match in KEYWORD_BY_FIRST_LETTER.finditer(text)
    ]
    assert list(keywords(text)) == expected


def test_keywords_of_the_fixtures_are_what_one_pattern_finds() -> None:
    paths = sorted(FIXTURE.rglob("*.xml"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        expected = [
            (match.start(), match.end(), match["word"])
            for match in KEYWORD_BY_FIRST_LETTER.finditer(text)
        ]
        assert list(keywords(text)) == expected, path.name


def test_no_cjk_is_seen_only_in_a_text_without_a_character_of_the_range() -> None:
    from mineres.citations.instruments import holds_no_cjk

    for char in "\u3000\u3400\u4e00\u5000\u6000\u7000\u8000\u9fff":
        assert not holds_no_cjk(f"the Charter{char}")
    for text in ["", "the Charter", "the Charter\u2019s \u2013 \u2fff\ua000\uff08 \U00010000"]:
        assert holds_no_cjk(text)


def test_the_checks_for_texts_without_cjk_agree_with_the_full_ones_outside_it() -> None:
    from mineres.citations.instruments import (
        NO_WORD_AFTER_OUTSIDE_CJK,
        TEXT_WORD,
        WORD_OUTSIDE_CJK,
    )

    outside = "".join(
        chr(code)
        for code in range(0x10000)
        if not 0x3000 <= code <= 0x9FFF and chr(code).isprintable()
    )
    assert re.findall(WORD_OUTSIDE_CJK, outside) == re.findall(TEXT_WORD, outside)
    after, cheap = re.compile(NO_WORD_AFTER), re.compile(NO_WORD_AFTER_OUTSIDE_CJK)
    assert [bool(after.match(char)) for char in outside] == [
        bool(cheap.match(char)) for char in outside
    ]
    assert not after.match("-") and after.match("\u4e00") and not cheap.match("\u4e00")


@pytest.mark.parametrize(
    ("text", "cjk"),
    [("the Charter of the United Nations", False), ("the Charter of the United Nations宣言", True)],
)
def test_only_a_text_with_cjk_compiles_the_patterns_holding_its_range(
    monkeypatch: pytest.MonkeyPatch, text: str, cjk: bool
) -> None:
    from mineres.citations import instruments

    asked: list[str] = []

    def recorded(pattern: str) -> re.Pattern[str]:
        asked.append(pattern)
        return re.compile(pattern)

    monkeypatch.setattr(instruments, "compiled_once", recorded)
    instruments.names_pattern_of.cache_clear()
    names, _, _ = instruments.patterns_in("en", text)
    assert names is not None
    assert (instruments.TEXT_WORD in asked) is cjk
    assert names.pattern.endswith(
        instruments.NO_WORD_AFTER if cjk else instruments.NO_WORD_AFTER_OUTSIDE_CJK
    )


@pytest.mark.parametrize(
    ("text", "single_spaced"),
    [
        ("the Charter of the United Nations", True),
        ("the Charter of  the United Nations", False),
        ("the Charter of\nthe United Nations", False),
        ("the Charter of\u00a0the United Nations", False),
        ("the Charter of the United Nations ", False),
        (" the Charter of the United Nations", False),
        ("the Charter of the United Nations\x00the Charter", True),
        ("the CHARTER of the United Nations", True),
        ("nothing named here", True),
    ],
)
def test_a_text_is_single_spaced_when_every_whitespace_is_one_space(
    text: str, single_spaced: bool
) -> None:
    from mineres.citations.instruments import titles_maybe_in

    maybe_in = titles_maybe_in("en", text)
    assert maybe_in is not None
    assert maybe_in[1] is single_spaced
    assert ("charter of the united nations" in maybe_in[0]) is ("of" in text)


SPACED_TEXTS = [
    "the Charter of the United Nations and the global compact on refugees",
    "the Charter of  the United Nations and the global\ncompact on refugees",
    "the Charter of\u00a0the United Nations, the Global Compact\ton Refugees",
    "the Charter of the United Nations\u2028and the global compact on refugees ",
]


@pytest.mark.parametrize("text", SPACED_TEXTS)
def test_names_spelt_for_the_spacing_of_the_text_find_what_every_name_finds(text: str) -> None:
    from mineres.citations import instruments

    catalogue = instrument_catalogue()
    instruments.names_pattern_of.cache_clear()
    instruments.lower_case_patterns_of.cache_clear()
    names, lower_case, shorts = instruments.patterns_in("en", text)
    assert titles_and_shorts(catalogue, "en", text, names, shorts) == titles_and_shorts(
        catalogue, "en", text
    )
    every_lower = list(word_matches(lower_case_patterns("en"), text))
    assert list(word_matches(lower_case, text)) == every_lower
    assert every_lower and titles_and_shorts(catalogue, "en", text)[0]


@pytest.mark.parametrize(("text", "spaced"), [(SPACED_TEXTS[0], True), (SPACED_TEXTS[1], False)])
def test_only_a_single_spaced_text_spells_a_space_as_itself(text: str, spaced: bool) -> None:
    from mineres.citations import instruments

    instruments.names_pattern_of.cache_clear()
    instruments.lower_case_patterns_of.cache_clear()
    names, lower_case, _ = instruments.patterns_in("en", text)
    assert names is not None and lower_case
    for pattern in [names, *lower_case]:
        assert (r"\s+" in pattern.pattern) is not spaced
        assert (" " in pattern.pattern.replace(r"\ ", "")) is spaced


@pytest.mark.parametrize(
    "text",
    [
        "the Human Rights Council and the Economic and Social Council, through ESCAP resolution",
        "the Security Council, xESCAP, ESCAPx, the Council; the General Assembly",
        "by the Commission on Human Rights at its session, of the Human Rights Council",
        "nothing named here",
        "",
    ],
)
def test_the_aliases_printed_in_a_window_find_what_every_alias_finds(text: str) -> None:
    from mineres.citations import rules

    every = re.compile("(?:" + "|".join(re.escape(a) for a in rules.body_names().aliases) + r")\b")
    for start in range(0, len(text) + 1, 7):
        for end in range(start, len(text) + 1, 5):
            expected: list[str] = []  # what named_bodies found with the full pattern
            position = start
            while match := every.search(text, position, end):
                if match.start() and rules.is_word_character(text[match.start() - 1]):
                    position = match.start() + 1
                    continue
                expected.append(match.group())
                position = match.end()
            rules.body_names.cache_clear()
            assert rules.named_bodies(text, start, end) == expected  # the printed aliases
            assert rules.body_names().every is None
            rules.body_names().every = every
            assert rules.named_bodies(text, start, end) == expected  # every alias


def test_a_window_printing_no_alias_compiles_no_pattern() -> None:
    from mineres.citations import rules

    rules.body_names.cache_clear()
    assert rules.named_bodies("resolutions of the Assembly 57/159", 0, 30) == []
    assert rules.body_names().of_few == {}
    assert rules.named_bodies("the Human Rights Council", 0, 24) == ["Human Rights Council"]
    assert list(rules.body_names().of_few) == [("Human Rights Council",)]
    assert rules.named_bodies("the Human Rights Council", 4, 24) == ["Human Rights Council"]
    assert len(rules.body_names().of_few) == 1
    assert rules.body_names().every is None


def test_a_corpus_compiles_every_alias_once_after_a_few_windows() -> None:
    from mineres.citations import rules

    rules.body_names.cache_clear()
    names = rules.body_names()
    limit = rules.BODY_PATTERNS_BEFORE_FULL
    for index, alias in enumerate(names.aliases[: limit + 2]):
        text = f"the {alias} and"
        pattern = names.in_window(text, 0, len(text))
        assert pattern is not None
        assert (names.every is not None) is (index >= limit)
        assert (pattern is names.every) is (index >= limit)
        assert (pattern.pattern.count("|") == len(names.aliases) - 1) is (index >= limit)
        assert rules.named_bodies(text, 0, len(text)) == [alias]
    assert len(names.of_few) == limit
