"""Rules of symbol normalisation named for the rule: what a symbol printed with a
non-breaking hyphen becomes, and how a text in UTF-16 without a byte-order mark is read (both
promised in the README, both left untested before: deleting either rule failed nothing)."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

import pytest

from mineres.citations import find_in_text
from mineres.citations.rules import Body, symbol_rules
from mineres.citations.symbols import (
    SYMBOL,
    body_of_symbol,
    find_header_symbol,
    find_symbols,
    in_language,
    issuance_at,
    prefixes_of,
    strip_issuance,
    symbol_matches,
    symbol_patterns,
)
from mineres.parse.read import decode_bytes

from .conftest import ODS_58_127


def test_a_non_breaking_hyphen_in_a_symbol_is_a_hyphen() -> None:
    """The tenth emergency special session's resolutions are printed "ES‑10/15" with U+2011;
    the symbol, its key and its undocs.org link use the ASCII hyphen, the text stays printed."""
    printed = "General Assembly resolution A/RES/ES\u201110/15 of 20 July 2004"
    (found,) = find_symbols(printed)
    assert (found.kind, found.symbol) == ("resolution", "A/RES/ES-10/15")
    assert found.key == "symbol:A/RES/ES-10/15"
    assert found.url == "https://undocs.org/en/A/RES/ES-10/15"
    assert found.text == "A/RES/ES\u201110/15"


def test_a_document_symbol_with_a_non_breaking_hyphen_too() -> None:
    (found,) = find_symbols("the report of the Secretary-General (A/58/260\u2011Add.1)")
    assert (found.kind, found.symbol) == ("document", "A/58/260-Add.1")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding: str) -> None:
    text = ODS_58_127.read_text(encoding="utf-8")
    data = text.encode(encoding)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert decode_bytes(data) == text


def test_a_joint_symbol_splits_at_a_non_breaking_hyphen_too() -> None:
    text = "Recalling A/74/L.30\u2011A/74/L.31 and"
    assert [(f.symbol, f.start, f.end) for f in find_symbols(text)] == [
        ("A/74/L.30", 10, 19),
        ("A/74/L.31", 20, 29),
    ]


def test_a_header_symbol_is_a_citation_even_when_not_written_like_one() -> None:
    """The metadata's symbol is cited as found; one the patterns refuse (lower case) is
    still a document, whole and as written."""
    assert [(f.kind, f.symbol) for f in find_header_symbol("A/RES/76/74")] == [
        ("resolution", "A/RES/76/74")
    ]
    (found,) = find_header_symbol("  a/76/251 ")
    assert (found.kind, found.text, found.start, found.end, found.symbol, found.key) == (
        "document",
        "a/76/251",
        0,
        8,
        "a/76/251",
        "symbol:A/76/251",
    )


@pytest.mark.parametrize(
    ("symbol", "body"),
    [
        ("A/RES/76/74", "General Assembly"),
        ("S/RES/2365 (2017)", "Security Council"),
        ("s/res/1", "Security Council"),  # any case
        ("E/RES/2003/1", "Economic and Social Council"),
        ("E/CN.4/RES/2003/49", "Commission on Human Rights"),  # the longest prefix wins
        ("A/HRC/RES/40/1", "Human Rights Council"),
        ("CCW/GGE/VI/2", None),
    ],
)
def test_the_body_is_the_one_with_the_longest_symbol_prefix(symbol: str, body: str | None) -> None:
    assert body_of_symbol(symbol) == body


def test_an_issuance_printed_after_a_space_belongs_to_the_symbol() -> None:
    (found,) = find_symbols("see A/58/260 /Add.1, annex")
    assert (found.symbol, found.start, found.end) == ("A/58/260/Add.1", 4, 19)


# What follows a designation: "(Sect. 3)/Add.7" belongs to the symbol, up to its last part.
# The list of reports considered in A/RES/74/263 (budget sections, their addenda and
# corrigenda), as printed.
BUDGET_REPORTS = (
    "Having considered the reports of the Secretary-General, A/74/6 (Sect. 3)/Add.5/Corr.1,"
    " A/74/6 (Sect. 3)/Add.7 and A/74/6 (Sect. 3)/Add.8. and the related reports"
)


def test_the_parts_after_a_designation_belong_to_the_symbol() -> None:
    found = find_symbols(BUDGET_REPORTS)
    assert [(f.symbol, f.text) for f in found] == [
        ("A/74/6 (Sect. 3)/Add.5/Corr.1", "A/74/6 (Sect. 3)/Add.5/Corr.1"),
        ("A/74/6 (Sect. 3)/Add.7", "A/74/6 (Sect. 3)/Add.7"),
        ("A/74/6 (Sect. 3)/Add.8", "A/74/6 (Sect. 3)/Add.8"),
    ]
    assert [(f.start, f.end) for f in found] == [(56, 85), (87, 109), (114, 136)]


def test_the_full_stop_after_a_designated_symbol_ends_the_sentence() -> None:
    """ "A/74/6 (Sect. 3)/Add.8." : the stop is the sentence's, not part of "Add.8"."""
    (found,) = find_symbols("A/74/6 (Sect. 3)/Add.8.")
    assert (found.symbol, found.end) == ("A/74/6 (Sect. 3)/Add.8", 22)


def test_the_key_of_a_designated_symbol_has_no_spaces() -> None:
    """The key compares symbols however the designation is spaced ("(Sect. 3)", "(Sect.3)");
    the link writes its spaces as %20."""
    (found,) = find_symbols("A/74/6 (Sect. 3)/Add.7 and")
    assert found.key == "symbol:A/74/6(SECT.3)/ADD.7"
    assert found.url == "https://undocs.org/en/A/74/6%20(Sect.%203)/Add.7"


# A range of summary records printed with a hyphen, as text layouts print the en dash of
# "A/C.6/56/SR.11–13" (tests/fixtures/citations/enumerations.yaml).
def test_a_record_range_printed_with_a_hyphen_names_each_record() -> None:
    found = find_symbols("See A/C.6/56/SR.11-13.")
    assert [(f.symbol, f.start, f.end, f.expanded) for f in found] == [
        ("A/C.6/56/SR.11", 4, 18, False),
        ("A/C.6/56/SR.12", 4, 21, True),
        ("A/C.6/56/SR.13", 19, 21, False),
    ]


@pytest.mark.parametrize(
    "printed", ["SR.11 -13", "SR.11\u00a0\u201313", "SR.11 - 13", "SR.11\u201113", "SR.11\u2013 13"]
)
def test_a_record_range_may_open_after_a_space(printed: str) -> None:
    """The dash of a range (any of the three) follows the record or one space after it."""
    found = find_symbols(f"See A/C.6/56/{printed}.")
    assert [f.symbol for f in found] == ["A/C.6/56/SR.11", "A/C.6/56/SR.12", "A/C.6/56/SR.13"]


@pytest.mark.parametrize("printed", ["SR.11 - and", "SR.11 -", "SR.11-."])
def test_a_dash_after_a_record_with_no_number_after_it_is_no_range(printed: str) -> None:
    assert [f.symbol for f in find_symbols(f"See A/C.6/56/{printed}")] == ["A/C.6/56/SR.11"]


@pytest.mark.parametrize("series", ["I", "V", "X", "L", "C", "CL", "XIII", "EX", "SS.X"])
def test_a_series_in_roman_numerals_is_no_symbol(series: str) -> None:
    """ "decision X/2" of a Conference of the Parties: a session in roman numerals, not a
    document series (one for each letter such a series may open with)."""
    assert find_symbols(f"see {series}/2 now") == []


@pytest.mark.parametrize("series", ["A", "E", "S", "SS"])
def test_a_series_opening_as_a_roman_numeral_may_still_be_a_symbol(series: str) -> None:
    assert [f.symbol for f in find_symbols(f"see {series}/2 now")] == [f"{series}/2"]


@pytest.mark.parametrize(
    ("symbol", "kind"),
    [
        ("A/RES/74/1", "resolution"),
        ("A/res/74/1", "resolution"),
        ("A/Res.74/1", "resolution"),
        ("E/DEC/2019/201", "decision"),
        ("E/dec/2019/201", "decision"),
        ("A/74/L.5/Rev.1", "document"),
        ("A/74/L.5/Add.1", "document"),
    ],
)
def test_a_symbol_is_typed_by_its_part_in_either_case(symbol: str, kind: str) -> None:
    assert [(f.kind, f.symbol) for f in find_symbols(f"see {symbol} now")] == [(kind, symbol)]


def test_a_range_that_does_not_go_up_names_no_other_record() -> None:
    """ "SR.11-11" or "SR.13-11" is no range: only the record printed first is named."""
    for printed in ("See A/C.6/56/SR.11-11.", "See A/C.6/56/SR.13-11."):
        assert [f.symbol for f in find_symbols(printed)] == [printed[4:18]]


def test_a_record_range_is_read_up_to_the_longest_range_allowed() -> None:
    """The committee's records run to a few dozen a session: a range of more than
    `max_range` records is a misprint and names only its first record."""
    longest = symbol_rules().max_range
    within = find_symbols(f"A/C.6/56/SR.1-{1 + longest}")
    assert [f.symbol for f in within][-1] == f"A/C.6/56/SR.{1 + longest}"
    assert len(within) == longest + 1
    beyond = find_symbols(f"A/C.6/56/SR.1-{2 + longest}")
    assert [f.symbol for f in beyond] == ["A/C.6/56/SR.1"]


def test_a_hyphen_after_a_document_that_is_not_a_record_stays_in_the_symbol() -> None:
    """Only records (SR., PV.) are printed in ranges: "A/RES/ES-10/15" keeps its "-10"."""
    assert [f.symbol for f in find_symbols("resolution A/RES/ES-10/15")] == ["A/RES/ES-10/15"]


# Issuances after "and", written short as in "A/58/L.50 and Add.1"
# (tests/fixtures/citations/english.yaml): the pairs A/74/7/Add.23, A/74/7/Add.24 (A/RES/74/263)
# and A/69/53/Add.1, A/69/53/Add.1/Corr.1 (A/RES/74/154).
@pytest.mark.parametrize(
    ("printed", "issuance"),
    [
        ("A/74/7/Add.23 and Add.24", "A/74/7/Add.24"),  # a second addendum, not Add.23/Add.24
        ("A/69/53/Add.1 and Corr.1", "A/69/53/Add.1/Corr.1"),  # the addendum's corrigendum
        ("A/58/L.50 and Add.1", "A/58/L.50/Add.1"),
        ("A/74/7/ADD.23 and Add.24", "A/74/7/Add.24"),  # the word in any case
    ],
)
def test_an_issuance_after_and_shares_the_base_of_the_same_kind(
    printed: str, issuance: str
) -> None:
    first, second = find_symbols(printed)
    assert first.symbol == printed.split(" and ")[0]
    assert (second.symbol, second.text) == (issuance, printed.split(" and ")[1])


def test_a_series_is_never_taken_as_the_base_of_an_issuance() -> None:
    """ "A/Add.1 and Add.2": a symbol of two parts keeps both; only a third part and more can
    be the issuance to replace."""
    assert strip_issuance("A/Add.1", "Add") == "A/Add.1"
    assert strip_issuance("A/74/Add.1", "Add") == "A/74"
    assert strip_issuance("A/74/7/Add.23", "Add") == "A/74/7"


# Resolutions and decisions: typed, placed, their body and their date.
def test_a_resolution_symbol_has_its_place_body_and_date() -> None:
    printed = "General Assembly resolution A/RES/ES\u201110/15 of 20 July 2004"
    (found,) = find_symbols(printed)
    assert (found.start, found.end) == (28, 42)
    assert found.body == "General Assembly"
    assert str(found.date) == "2004-07-20"


def test_a_decision_symbol_is_a_decision() -> None:
    """A/RES/74/221 cites "decision CBD/NP/MOP/DEC/2/7" of the Nagoya Protocol's parties."""
    (found,) = find_symbols("and decision CBD/NP/MOP/DEC/2/7, adopted")
    assert (found.kind, found.symbol, found.start, found.end) == (
        "decision",
        "CBD/NP/MOP/DEC/2/7",
        13,
        31,
    )


def test_a_dotted_series_is_a_series() -> None:
    """A/RES/74/71 cites the African Union's "decision EX.CL/Dec.263 (VIII)": the series
    "EX.CL" is letters and a dot."""
    (found,) = find_symbols(
        "Executive Council of the African Union, decision EX.CL/Dec.263 (VIII)."
    )
    assert (found.kind, found.symbol) == ("document", "EX.CL/Dec.263")


def test_a_series_is_at_most_max_series_length_letters() -> None:
    longest = symbol_rules().max_series_length
    assert [f.symbol for f in find_symbols(f"{'A' * longest}/1")] == [f"{'A' * longest}/1"]
    assert find_symbols(f"{'A' * (longest + 1)}/1") == []


def test_a_symbol_glued_to_a_number_is_not_read_and_the_text_goes_on() -> None:
    """A/RES/74/181 stripped of its footnote tags reads "September 2016ST/IC/2016/25": a
    capital glued to a digit is inside a word; the symbols after it (here A/74/240, of
    A/RES/74/133) are still read."""
    text = "Secretariat of September 2016ST/IC/2016/25, annex, and A/74/240."
    assert [f.symbol for f in find_symbols(text)] == ["A/74/240"]


def test_not_a_symbol_does_not_stop_the_reading() -> None:
    """ "HIV/AIDS" (A/RES/74/134) has no number: not a symbol, and a symbol after it (here
    one the sentence is given) is read."""
    text = "the Joint United Nations Programme on HIV/AIDS, in its report A/75/836"
    assert [f.symbol for f in find_symbols(text)] == ["A/75/836"]


def test_links_in_a_language_undocs_does_not_publish_stay_english() -> None:
    found = find_symbols("A/74/288")
    assert in_language(found, "de") == found
    assert [f.url for f in in_language(found, "fr")] == ["https://undocs.org/fr/A/74/288"]


def test_symbol_prefixes_are_the_longest_first_and_of_two_as_long_the_first_bodys() -> None:
    def body(name: str, kind: str, template: str) -> Body:
        return Body(name, (), {kind: {"numbered": template}})

    bodies = [
        body("Early", "resolution", "e/{number}"),
        body("Unlinked", "resolution", "{first}-{second}"),  # no slash before a field
        body("Long", "resolution", "E/CN.4/RES/{number}"),
        body("Later", "decision", "E/{number}"),
        body("Fifth", "resolution", "F/{number}"),  # as long as "E/", after it in the list
    ]
    # by length alone, kept in the bodies' order: not by the prefixes' or names' letters
    assert prefixes_of(bodies) == (
        ("E/CN.4/RES/", "Long"),
        ("E/", "Early"),
        ("E/", "Later"),
        ("F/", "Fifth"),
    )


def test_no_two_bodies_share_a_symbol_prefix() -> None:
    """The longest prefix names the body; two bodies with one prefix would make it a draw."""
    owners: dict[str, set[str]] = {}
    for body in symbol_rules().bodies:
        for shapes in body.templates.values():
            for template in shapes.values():
                prefix = template.split("{", 1)[0].upper()
                owners.setdefault(prefix, set()).add(body.name)
    assert owners
    assert {prefix: names for prefix, names in owners.items() if len(names) > 1} == {}


def long_series_cases() -> list[str]:
    """Runs of series characters around the 48 characters searched before a slash, as a
    run-together line of a PDF or a long ministerial series gives them ("UNEP/CBD/COP/DEC")."""
    cases = []
    for length in (46, 47, 48, 49, 50, 51, 60, 120):
        for run in ("A" + "b" * length, "a" * length + "A", "A" + "b" * length + "C"):
            cases += [f"{run}/75/1", f"see {run}/75/1.", f"{run}/ and A/75/1", f"x {run}/"]
    return cases


@pytest.mark.parametrize(
    "text",
    [
        "UNEP/CBD/COP/DEC/XIII/1 and A/RES/74/221",  # A/RES/74/221, its decisions
        "and/or A/75/1",  # a slash inside a word, then a symbol
        "HIV/AIDS/A/75/1",
        "a//B/1",
        "x/A/1, S/RES/2365 (2017)",
        "/A/1 70/1 A/74/6 1/CP.21 (A)/B/2 A./1 A-/2 A\u2011/3 A /4",  # what stands before a slash
        "resolutions 70/1, 72/279/A/75/1 and 73/2",
        *long_series_cases(),
    ],
)
def test_symbols_are_found_from_their_slashes_as_a_scan_at_every_position_finds_them(
    text: str,
) -> None:
    """symbol_matches looks only behind each slash (48 characters, or the whole run of series
    characters when it is longer); what it finds is what the plain scan finds."""
    every = re.compile(SYMBOL)
    assert [m.span() for m in symbol_matches(text)] == [m.span() for m in every.finditer(text)]


@pytest.mark.parametrize(
    ("text", "hyphen"),
    [("A/RES/ES-10/15 and A/58/260", False), ("A/RES/ES\u201110/15 and A/58/260", True)],
)
def test_only_a_text_with_a_non_breaking_hyphen_compiles_the_symbol_patterns_holding_it(
    text: str, hyphen: bool
) -> None:
    """The patterns without U+2011 match what SYMBOL and SYMBOL_HEAD match where none stands."""
    symbol, head = symbol_patterns("\u2011" in text)
    assert ("\\u2011" in symbol.pattern) is hyphen and ("\\u2011" in head.pattern) is hyphen
    every = re.compile(SYMBOL)
    assert [m.span() for m in symbol.finditer(text)] == [m.span() for m in every.finditer(text)]
    assert [m.span() for m in symbol_matches(text)] == [m.span() for m in every.finditer(text)]
    assert head.search(text) is not None


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("A/58/260 /Add.1", "A/58/260/Add.1"),
        ("A/58/260\u00a0/Add.1", "A/58/260/Add.1"),
        ("A/58/260 / Add.1", "A/58/260"),
        ("A/58/260  /Add.1", "A/58/260"),
        ("A/58/260 /", "A/58/260"),
        ("A/58/260 (Part I)", "A/58/260 (Part I)"),
        ("A/58/260(Part I)", "A/58/260 (Part I)"),
        ("A/58/260  (Part I)", "A/58/260"),
        ("A/58/260 x(Part I)", "A/58/260"),
        ("A/58/260 (", "A/58/260"),
    ],
)
def test_an_issuance_or_a_designation_is_read_only_where_it_may_start(
    text: str, symbol: str
) -> None:
    """A spaced issuance has its slash second, a designation its parenthesis first or second:
    the patterns are tried (and compiled) only there."""
    assert [found.symbol for found in find_symbols(text)] == [symbol]


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Available from www.un.org, and", "www.un.org"),  # no scheme: found by its "www."
        ("see https://undocs.org/A/74/1 and", "https://undocs.org/A/74/1"),  # no "www."
        ("x: http://example.org; y", "http://example.org"),
    ],
)
def test_a_url_is_found_by_its_www_or_by_its_scheme(text: str, printed: str) -> None:
    assert [(found.kind, found.text) for found in find_in_text(text)] == [("url", printed)]


STOP_CASES = [
    "resolutions 57/159, 58/1 and 60/2; RESOLUTION 1, Decision 2, dEcIsIoN ;",
    "61/36 of 4 December 2006, the annex to which contains ...,\u00a0and also 62/68",
    "résolutions 72/75 et 73/1 ; Résolution 1, DÉCISION 2, décisions 3",
    "resoluciones 72/75 y 73/1, Resolución 1, DECISIÓN 2",
    "резолюции 72/75 и 73/1, Резолюция 1, РЕШЕНИЕ 2",
    "القرارات 72/75 و 73/1، قرار 1",
    "ıſ Kelvin \u212a resolutıon resoluſion",  # what folds to an ASCII letter when case is ignored
]


@pytest.mark.parametrize("code", ["en", "fr", "es", "ru", "ar"])
def test_the_stop_of_a_clause_is_where_its_case_ignoring_form_finds_it(code: str) -> None:
    """The stop opens on literals (searched for at those characters only): it starts where
    `(?i:resolution|decision)|;` starts."""
    from mineres.citations.rules import alternatives, compiled_once
    from mineres.store.datafiles import load_data_file

    data = load_data_file("symbols.yaml")
    entry = data["enumeration"] if code == "en" else data["languages"][code]
    words = [*entry.get("resolution", ["resolution"]), *entry.get("decision", ["decision"])]
    expected_stop = re.compile(rf"(?i:{alternatives(words, bool(entry.get('tatweel')))})|;")
    stop = compiled_once(symbol_rules().lists[code].stop)
    for text in STOP_CASES:
        for start in range(len(text)):
            expected, found = expected_stop.search(text, start), stop.search(text, start)
            assert (expected and expected.start()) == (found and found.start()), (text, start)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Security Council resolution 1373 (2001), and", "1373 (2001)"),  # no slash: "("
        ("resolution 1373（2001） and", "1373（2001）"),  # a full-width parenthesis
        ("its resolution 57/159 of", "57/159"),  # no parenthesis: "/"
        ("its decision 217 A (III)", "217 A (III)"),
    ],
)
def test_a_number_after_resolution_holds_a_slash_or_a_parenthesis(text: str, printed: str) -> None:
    assert [found.text for found in find_in_text(text)] == [printed]
    assert find_in_text(text.replace("/", "-").replace("(", "[").replace("（", "[")) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("United Nations, Treaty Series, vol. 2515, No. 44910", "treaty_series"),
        ("(United Nations publication, Sales No. E.81.IX.4)", "publication"),
        ("United Nations, Treaty Series, vol 2515, No 44910", None),  # no "." after "vol"
        ("(United Nations publication, Sales No E 81 IX 4)", None),
    ],
)
def test_a_treaty_and_a_sales_number_are_read_where_a_period_follows_their_word(
    text: str, kind: str | None
) -> None:
    assert [found.kind for found in find_in_text(text)] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("resolutions ES-10/1 to ES-10/3", ["ES-10/1", "ES-10/1 to ES-10/3", "ES-10/3"]),
        ("resolutions 36/87 B to 36/90", ["36/87 B"]),  # a lettered end opens no range
        ("Security Council resolutions 2139 (2014) to 2141 (2014)", ["2139 (2014)"]),  # no "/"
    ],
)
def test_a_range_opens_on_a_numbered_resolution_without_letters(
    text: str, printed: list[str]
) -> None:
    """Only "ES-10/1 to ES-10/3" names the numbers between its ends: the checks on the first
    end come before the range word is looked for."""
    assert [found.text for found in find_in_text(text)] == printed


def test_an_arabic_special_session_is_read_as_the_latin_one() -> None:
    """Only a language that prints special sessions its own way looks them up ("دإ-10/2")."""
    found = find_in_text("وإذ تشير إلى قرارها دإ-10/2 المؤرخ", language="ar")
    assert [item.key for item in found] == ["symbol:A/RES/S-10/2"]


def test_a_lone_comma_before_resolution_is_no_word() -> None:
    """ "the Human Rights Council , in particular resolution 7/34": the comma standing alone is
    dropped from the words before, and the Council is named, not guessed."""
    found = find_in_text("the Human Rights Council , in particular resolution 7/34")
    assert [(item.body, item.guessed) for item in found] == [("Human Rights Council", False)]


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("resolutions 2003/49, on the rights of persons, and 2003/86", ["2003/49", "2003/86"]),
        ("resolutions 2003/49, on the rights of persons, and others", ["2003/49"]),
        ("resolutions 2003/49 and 2003/86", ["2003/49", "2003/86"]),
        ("resolutions 2003/49 and", ["2003/49"]),
        ("resolution 2003/49", ["2003/49"]),
    ],
)
def test_after_a_member_one_match_reads_a_clause_about_it_or_a_separator(
    text: str, printed: list[str]
) -> None:
    assert [found.text for found in find_in_text(text)] == printed


ISSUANCE_TEXTS = [
    "A/58/L.50 and Add.1, Add.2 and Corr.1",
    "A/58/L.50, and Add.1,\u00a0Rev.2 and\u00a0Amend. 3, Amend 4",
    "A/58/L.50 and also Add.1, and Corr. 1/2, Add.x, Add, Corr.12345",
    "A/58/L.50, add.1 and add.2,Add.3 ,Add.4  and Add.5",
    "Add.1",
    "",
]


@pytest.mark.parametrize("text", ISSUANCE_TEXTS)
def test_an_issuance_is_matched_where_its_word_stands_as_the_full_pattern_matches(
    text: str,
) -> None:
    rules = symbol_rules()
    everything = re.compile(rules.issuance)
    for position in range(len(text) + 1):
        found = issuance_at(text, position, rules)
        expected = everything.match(text, position)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        ), position


def test_an_issuance_pattern_is_compiled_only_where_an_issuance_word_stands(
    record_compiles: Callable[[ModuleType], list[str]],
) -> None:
    from mineres.citations import symbols

    compiled = record_compiles(symbols)
    rules = symbol_rules()
    text = "A/58/L.50, para. 3 and the annex, revised and added (rev)"
    assert [issuance_at(text, position, rules) for position in range(len(text))] == [None] * len(
        text
    )
    assert compiled == []
    for printed in (", Add.1", " and Corr.1", ", and Rev.1"):
        found = issuance_at(printed, 0, rules)
        assert found is not None and found.end() == len(printed)
    assert compiled == [rules.issuance] * 3
    assert issuance_at(" (Rev)", 0, rules) is None  # a word 2 characters on: looked for
    assert compiled == [rules.issuance] * 4


def test_once_compiled_the_issuance_pattern_is_matched_without_the_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mineres.citations import symbols

    rules = symbol_rules()
    everything = re.compile(rules.issuance)
    asked: list[int] = []

    class Recorded:
        def match(self, text: str, position: int) -> re.Match[str] | None:
            asked.append(position)
            return everything.match(text, position)

    monkeypatch.setattr(symbols, "COMPILED", {rules.issuance: Recorded()})
    assert issuance_at("A/58/L.50)", 9, rules) is None
    found = issuance_at("A/58/L.50 and Add.1", 9, rules)
    assert found is not None and found.group() == " and Add.1"
    assert asked == [9, 9]
