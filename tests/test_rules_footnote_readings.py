"""Rules of the readings of a footnote marker (mineres.parse.footnote_readings), each test named
for the rule it checks and built from real paragraphs of the ODS export (the corpus in
../shared and the cases of tests/test_footnotes.py), shortened; at the edges of a text or a
run, the shortest text that shows the rule. A weight is pinned by the case whose decision it
flips or by the order of two scores the rules promise, never by its value."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from mineres.parse import footnote_readings
from mineres.parse.footnote_decoder import REPEAT
from mineres.parse.footnote_readings import (
    MISSED_FOOTNOTE,
    WRITTEN_MARKER,
    Evidence,
    Reading,
    arabic_readings,
    ascii_digits_only,
    glued_readings,
    has_slash_marker,
    inside_a_number,
    marker_runs,
    may_read_after_a_space,
    may_read_known,
    name_cited,
    name_key,
    names_of,
    names_split,
    names_written,
    punctuation_habit,
    readings_of_run,
    sites_of,
    slash_readings,
    superscript_readings,
    survey_runs,
    symbol_at,
    symbol_tail_may_read,
    thousands_group,
    token_start_before,
    with_names_cited,
    word_before,
    zeroed,
)

NOTES = frozenset(range(1, 30))
NO_EVIDENCE = Evidence(Counter())


def rules(texts: list[str], known: frozenset[int] = NOTES) -> list[list[tuple[int, int, str]]]:
    """(text index, number, rule) of every reading, site by site."""
    return [
        [(site.text_index, r.number, r.rule) for r in site.readings]
        for site in sites_of(texts, known, slash_style=False)
    ]


def scores(texts: list[str], known: frozenset[int] = NOTES) -> dict[str, float]:
    """The score of each rule that proposed a reading in `texts`."""
    return {
        r.rule: r.score for site in sites_of(texts, known, slash_style=False) for r in site.readings
    }


# ---------------------------------------------------------------- each rule names itself

EVERY_RULE = [
    "又回顾《联合国千年宣言》、1 大会认可",
    "目标及第二个2 和第三个铲除殖民主义国际十年行动计划",
    "可持续发展目标3，促进落实行动十年目标",
    "the Convention on Cluster Munitions4 and the Protocol",
    "entitled “Our ocean, our future: call for action”5 and encourages",
    "the Nouméa Accord;6",
    "the Geneva Conventions of 12 August 19491 and",
    "the Rio Declaration, Agenda 21,8 the Programme for the Further Implementation of Agenda 219",
    "consistent with paragraph 63 (d) of the Final Document",
    "its resolution 73/1551 of 17 December 2018",
]


def test_every_reading_names_the_rule_that_proposed_it() -> None:
    assert rules(EVERY_RULE) == [
        [(0, 1, "after Chinese punctuation")],
        [(1, 2, "after Chinese text")],
        [(2, 3, "after Chinese text, before punctuation")],
        [(3, 4, "glued to a word")],
        [(4, 5, "after a closing quote or bracket")],
        [(5, 6, "after a semicolon or colon")],
        [(6, 1, "after a year")],
        [(7, 8, "after a name and a comma")],
        [(7, 19, "after a name written elsewhere"), (7, 9, "after a name written elsewhere")],
        [(8, 3, "after a common noun and a number")],
        [(9, 1, "after a symbol")],
    ]


def test_a_number_two_runs_share_after_a_word_in_a_script_without_capitals_names_its_rule() -> None:
    """A/RES/75/220: "القرن 212" and "القرن 213" (Agenda 21, notes 2 and 3) share "21"."""
    texts = ["وجدول أعمال القرن 212 وبرنامج مواصلة", " تنفيذ جدول أعمال القرن 213 وإعلان"]
    assert rules(texts) == [
        [(0, 12, "after a common noun and a number"), (0, 2, "after a number two runs share")],
        [(1, 13, "after a common noun and a number"), (1, 3, "after a number two runs share")],
    ]


def test_where_markers_stand_before_punctuation_a_final_symbol_may_end_in_a_marker() -> None:
    """French glues its markers before the comma: the last digits of the symbol that ends a
    paragraph may be its marker, "74/52" and 1 or "74/5" and 21, as the numbering decides."""
    texts = ["d’appliquer l’Accord commercial1, visant", "en application de la résolution 74/521,"]
    assert rules(texts)[1:] == [
        [
            (1, 21, "after a symbol at the end, by the numbering"),
            (1, 1, "after a symbol at the end, by the numbering"),
        ]
    ]


def runs_read(text: str, known: frozenset[int] | None = None) -> list[tuple[int, str, str]]:
    """(number, digits of the run, rule) of every reading of every run of `text`, with no
    evidence from the rest of a document."""
    return [
        (r.number, text[start:end], r.rule)
        for start, end in marker_runs(text)
        for r in glued_readings(text, start, end, NO_EVIDENCE, known)
    ]


# ---------------------------------------------------------------- which runs are read


def test_without_the_footnote_numbers_every_reading_of_a_run_is_proposed() -> None:
    """With no footnote numbers given, a run has all its readings: the year and its marker
    "19491", the symbol and its marker "73/15527" cut three ways; given the numbers, only
    theirs."""
    text = "the Geneva Conventions of 12 August 19491 and its resolution 73/15527"
    assert runs_read(text) == [
        (1, "19491", "after a year"),
        (7, "15527", "after a symbol"),
        (27, "15527", "after a symbol"),
        (527, "15527", "after a symbol"),
    ]
    assert runs_read(text, frozenset({1, 27})) == [
        (1, "19491", "after a year"),
        (27, "15527", "after a symbol"),
    ]


def test_a_letter_and_digits_opening_a_paragraph_are_a_name() -> None:
    """ "G20" at the very start of a text is the Group of Twenty, not "G" and marker 20."""
    assert runs_read("G20 Leaders’ Declaration and the Convention1") == [
        (1, "1", "glued to a word")
    ]


def test_a_word_with_digits_in_it_takes_no_marker() -> None:
    """ "H5N1" is the name of a virus, not "H5N" and marker 1."""
    text = "highly pathogenic avian influenza H5N1 and the Convention2"
    assert runs_read(text) == [(2, "2", "glued to a word")]


def test_a_run_is_read_when_it_or_its_last_three_digits_are_a_footnote_number() -> None:
    """ "19491" is read for footnote 1, "73/15527" for 27, "74/521" for 521; never a longer
    tail ("15527" holds no footnote 5527), nor a number the run does not end with."""
    assert may_read_known("19491", frozenset({1}))
    assert may_read_known("15527", frozenset({27}))
    assert may_read_known("15527", frozenset({527}))
    assert may_read_known("15527", frozenset({15527}))
    assert not may_read_known("15527", frozenset({5527}))
    assert not may_read_known("15527", frozenset({155, 2, 1552}))
    assert not may_read_known("1", frozenset({2, 11}))


def test_runs_of_other_digits_are_read_by_their_value() -> None:
    """Full-width digits (Chinese texts) and Arabic-Indic ones: "١٩٤٩١" is 1949 and marker 1."""
    assert may_read_known("１２", frozenset({12}))
    assert may_read_known("١٩٤٩١", frozenset({1}))
    assert may_read_known("١٩٤٩١", frozenset({91}))
    assert may_read_known("١٩٤٩١", frozenset({491}))
    assert not may_read_known("١٩٤٩١", frozenset({9491}))
    assert not may_read_known("١٩٤٩١", frozenset({2, 4, 194}))


# ---------------------------------------------------------------- what stands before a marker

GLUED = "glued to a word"
AFTER_CLOSER = "after a closing quote or bracket"
AFTER_PAUSE = "after a semicolon or colon"
FULL_STOP = "after a full stop"


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # a word, a Roman numeral, a word through the invisible direction mark of Arabic text
        ("the Amended Protocol II2", [(2, GLUED)]),
        ("the Convention\u200f3 and", [(3, GLUED)]),
        ("the Convention \u200f3 and", []),  # the mark after a space: a number
        ("the Protocol I1 and the Protocol L1 and vitamin B1", [(1, GLUED)]),  # one letter: I
        ("the World Summit2 (", [(2, GLUED)]),
        ("a statement by Mr. Xu2", [(2, GLUED)]),  # two letters: a word, whatever opens it
        # a closing quote or bracket, a semicolon, a colon; not other punctuation
        ("the “Protocol”2", [(2, AFTER_CLOSER)]),
        ("«Convention»3", [(3, AFTER_CLOSER)]),
        ("of paragraph 1 (a)2 of", [(2, AFTER_CLOSER)]),
        ("the Protocol;3 and", [(3, AFTER_PAUSE)]),
        ("the Protocol:3 and", [(3, AFTER_PAUSE)]),
        ("the Protocol!3 and", []),
        ("the Convention?3 and", []),
        # a dash, a sign or a symbol's separator: part of a name or a number
        ("Declaration‑1", []),
        ("Declaration—1", []),
        ("the Convention@2", []),
        ("tel.+2", []),
        ("at #2", []),
        ("and &2", []),
        ("A=2", []),
        # a full stop after a word, never after an abbreviation, a symbol or a capital acronym
        ("Takes note of the report of the Credentials Committee.1", [(1, FULL_STOP)]),
        ("the Agreement adopted in Paris.4", [(4, FULL_STOP)]),
        ("the Corr.1 and", []),  # four letters: an abbreviation
        ("A/58/L.50 and Add.1", []),
        ("Convention No.3", []),
        ("decision C-SS-4/ DEC.3 (dated", []),
        ("the conclusions of UNCTAD.5", []),
        ("Rappelant la résolution 58/127.1", []),
        ("see the U.N.3", []),
        ("1949 Conventions.2", [(2, FULL_STOP)]),
        (".2 of", []),
    ],
)
def test_what_stands_before_a_glued_marker(text: str, readings: list[tuple[int, str]]) -> None:
    assert [(number, rule) for number, _, rule in runs_read(text)] == readings


COMMA_WORD = "after a word and a comma"
COMMA_YEAR = "after a year and a comma"
COMMA_SYMBOL = "after a symbol and a comma"
COMMA_MARKER = "after another marker"
COMMA_NAME = "after a name and a comma"
COMMA_NUMBER = "after a number and a comma"


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Advisory Committee on Administrative and Budgetary Questions,1", [(1, COMMA_WORD)]),
        ("the Millennium Declaration”,6 and", [(6, COMMA_WORD)]),
        ("可持续发展目标,6 和", [(6, COMMA_WORD)]),  # a Chinese text and an ASCII comma
        (",7 and", []),
        ("(2003),2 and", [(2, COMMA_WORD)]),
        ("in 2019,4 the", [(4, COMMA_YEAR)]),
        ("in 1800,4 the", [(4, COMMA_YEAR)]),
        ("in 2050,4 the", [(4, COMMA_YEAR)]),
        ("in 1799,4 the", [(4, COMMA_NUMBER)]),  # not a year of the United Nations' texts
        ("in 2051,4 the", [(4, COMMA_NUMBER)]),
        ("document A/58/260,5 and", [(5, COMMA_SYMBOL)]),
        ("in its resolution 2005/5,1 that", [(1, COMMA_SYMBOL)]),
        ("Recalling the reports1,2 of the Secretary-General", [(1, GLUED), (2, COMMA_MARKER)]),
        ("the reports12,3 and", [(12, GLUED), (3, COMMA_MARKER)]),
        # four digits glued to a word are no marker before the comma: only the numbering says
        ("the Conventions1234,5 and", [(1234, GLUED), (5, COMMA_NUMBER)]),
        (
            "chapter 17 of Agenda 21,1 and",
            [(7, "after a common noun and a number"), (1, COMMA_NAME)],
        ),
        ("Agenda 21,9", [(9, COMMA_NAME)]),
        ("B 12,3 and", [(3, COMMA_NAME)]),  # a name of one capital, opening the text
        ("the number 12,8 of", [(8, COMMA_NUMBER)]),  # a small letter: no name
        ("paragraphs 5,12 of", [(12, COMMA_NUMBER)]),
        ("1,7 and", [(7, COMMA_NUMBER)]),
    ],
)
def test_what_stands_before_a_comma_and_a_marker(
    text: str, readings: list[tuple[int, str]]
) -> None:
    assert [(number, rule) for number, _, rule in runs_read(text)] == readings


# ---------------------------------------------------------------- a number and a marker

YEAR = "after a year"
SYMBOL = "after a symbol"
NOUN = "after a common noun and a number"


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # a year of 1800 to 2050 and a marker, wherever the year opens
        ("the Geneva Conventions of 12 August 19491 and", [(1, YEAR)]),
        ("of 12 August 18001 and", [(1, YEAR)]),
        ("of 12 August 20502 and", [(2, YEAR)]),
        ("of 12 August 17992 and", []),
        ("of 12 August 20512 and", []),
        ("19491 and", [(1, YEAR)]),
        ("through the COVAX20211 Facility", [(20211, GLUED), (1, YEAR)]),  # after any letter
        # a year alone is never a number and a marker, nor a run of five digits
        ("the 2021 Working Group", []),
        ("as set out in Vision 2021 and", []),
        ("as set out in Vision 1800 and", []),
        ("as set out in Vision 2050 and", []),
        ("as set out in Vision 1799 and", [(9, NOUN), (99, NOUN), (799, NOUN)]),
        ("as set out in Vision 2051 and", [(1, NOUN), (51, NOUN)]),
        ("the 20501 Working Group", [(1, YEAR)]),
        ("第19491号", []),
        # a number after a common noun is a reference, proposed only for a name cited elsewhere
        ("the Agenda 216 and", [(6, NOUN), (16, NOUN)]),
        ("216 and", []),
        # after a slash: five digits, or four after a year or a session, end in a marker
        ("its resolution 73/15527", [(7, SYMBOL), (27, SYMBOL), (527, SYMBOL)]),
        (
            "Security Council resolution S/RES/24421 (2018)",
            [(1, SYMBOL), (21, SYMBOL), (421, SYMBOL)],
        ),
        ("pursuant to its resolution 59/3001 and", [(1, SYMBOL)]),
        ("in its resolution 1998/7211 and", [(1, SYMBOL), (11, SYMBOL), (211, SYMBOL)]),
        ("in its resolution 1800/7211 and", [(1, SYMBOL), (11, SYMBOL), (211, SYMBOL)]),
        ("in its resolution 1799/7211 and", []),
        ("as well as decision VII/1112 and", [(2, SYMBOL), (12, SYMBOL), (112, SYMBOL)]),
        ("resolution 1/1234 and", [(4, SYMBOL), (34, SYMBOL), (234, SYMBOL)]),
        ("resolution 12/1234 and", [(4, SYMBOL), (34, SYMBOL), (234, SYMBOL)]),
        ("resolution 123/1234 and", []),
        ("resolution 123A/1234 and", []),  # a letter before the slash: no year, no session
        ("A/1234 and", []),
        ("/1234 and", []),
        # a year after a slash of the United Nations (1945 to 2050) is never split
        ("the immediate repeal of Law No. 10/2018, concerned", []),
        ("the Report 2017/2018 of", []),
        ("resolution 10/1945 and", []),
        ("resolution 10/1944 and", [(4, SYMBOL), (44, SYMBOL), (944, SYMBOL)]),
        ("resolution 10/2050 and", []),
        ("resolution 10/2051 and", [(1, SYMBOL), (51, SYMBOL)]),
    ],
)
def test_where_a_number_ends_in_a_marker(text: str, readings: list[tuple[int, str]]) -> None:
    assert [(number, rule) for number, _, rule in runs_read(text)] == readings


def test_a_short_symbol_ends_in_a_marker_only_at_the_end_of_its_paragraph() -> None:
    """ "résolution 74/521," ends the paragraph: 74/52 and marker 1, or 74/5 and marker 21,
    as the numbering decides; within a sentence, or where markers follow the comma
    ("74/52,1"), the symbol keeps its digits."""
    at_the_end = "de la résolution 74/521,"
    by_the_numbering = "after a symbol at the end, by the numbering"
    assert runs_read(at_the_end) == [(1, "521", by_the_numbering), (21, "521", by_the_numbering)]
    assert runs_read(at_the_end.removesuffix(",")) == runs_read(at_the_end)
    assert runs_read(at_the_end + " et") == []
    assert runs_read(at_the_end + " ") == []
    after_the_comma = Evidence(Counter(), markers_before_punctuation=False)
    assert [r.number for r in glued_readings(at_the_end, 20, 23, after_the_comma)] == []


# ---------------------------------------------------------------- what the document says


def test_a_capitalised_name_written_elsewhere_raises_a_number_to_a_name_and_a_marker() -> None:
    """ "Agenda 213" is Agenda 21 and marker 3 when the document writes "Agenda 21,2";
    "paragraph 63" stays a reference though "paragraph 6" is written: a small letter."""
    agenda = (
        "the Rio Declaration on Environment and Development,1 Agenda 21,2 the Programme for "
        "the Further Implementation of Agenda 213"
    )
    paragraph = ["in accordance with paragraph 6 of the Final Document", "with paragraph 63 (d)"]
    assert rules([agenda])[2] == [
        (0, 13, "after a name written elsewhere"),
        (0, 3, "after a name written elsewhere"),
    ]
    assert rules(paragraph) == [[(1, 3, "after a common noun and a number")]]
    found = scores([agenda, *paragraph])
    name, noun = found["after a name written elsewhere"], found["after a common noun and a number"]
    numbering_only = scores(["l’Accord commercial1, visant", "la résolution 74/521,"])
    assert noun < -MISSED_FOOTNOTE < numbering_only["after a symbol at the end, by the numbering"]
    assert numbering_only["after a symbol at the end, by the numbering"] < name


def test_a_name_is_written_elsewhere_when_two_numbers_share_its_digits() -> None:
    """ "Programa 211" and "Programa 212" both say "Programa 21" is a name."""
    text = "el Programa 211, el Plan para la Ulterior Ejecución del Programa 212 y el Plan3"
    assert rules([text]) == [
        [(0, 11, "after a name written elsewhere"), (0, 1, "after a name written elsewhere")],
        [(0, 12, "after a name written elsewhere"), (0, 2, "after a name written elsewhere")],
        [(0, 3, "glued to a word")],
    ]
    assert rules([text.replace("Programa 212", "Programa 312")])[0] == [
        (0, 11, "after a common noun and a number"),
        (0, 1, "after a common noun and a number"),
    ]


# ---------------------------------------------------------------- written markers


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("held in Doha 1/, its resolution 56/210 B", [" 1/"]),
        ("развитию 2/ и План 3/,", [" 2/", " 3/"]),
        ("《21世纪议程》、 4/《进一步》", [" 4/"]),
        ("the Convention1/ and", ["1/"]),
        ("the Convention 12/ of", [" 12/"]),
        ("the Hyogo Framework for Action 2005–2015 1/ and", [" 1/"]),
        ("its COVAX1/ facility", ["1/"]),
        ("the Protocol V 1/ and", [" 1/"]),
        ("V 1/ and", [" 1/"]),
        ("V1/ and", ["1/"]),
        ("1/ See the Convention 2/ of", [" 2/"]),
        ("the Convention  1/ and the Protocol 2/", [" 2/"]),
        ("the “Convention” 1/ and", [" 1/"]),  # curly quotes: searched in the zeroed copy
        ("الاتفاقية ١/ و", [" ١/"]),  # an Arabic-Indic digit: searched with \d
        # not a symbol's part: "56/210", "A/RES/1/", "COP-1/", a text that opens with "1/"
        ("its resolution 56/210 B", []),
        ("decision 1/1", []),
        ("A/RES/1/ and", []),
        ("COP-1/ and", []),
        ("COP–1/ and", []),
        ("COP\u20101/ and", []),
        ("COP\u20111/ and", []),
        ("1/ See", []),
        ("1/", []),
        (" 1/ x", []),  # a space at the start: nothing before the marker
        ("x  1/ y", []),  # two spaces: the number stands alone
        ("Goal 1/Objectif", []),
        ("1/Ж", []),
    ],
)
def test_a_web_text_marker_is_a_number_and_a_slash_after_a_word(
    text: str, markers: list[str]
) -> None:
    found = slash_readings(text)
    assert [text[r.start : r.end] for r in found] == markers
    assert {(r.rule, r.score) for r in found} <= {("slash", WRITTEN_MARKER)}
    assert has_slash_marker(text) is bool(markers)


def test_a_text_whose_every_slash_is_in_a_symbol_is_not_searched_for_markers(
    record_calls: Callable[..., list[Any]],
) -> None:
    """ "A/74/483", "and/or": a slash followed by a letter, a digit or a slash ends no marker,
    so a text with only such slashes is not zeroed and searched; one with another is."""
    searched = record_calls(footnote_readings, "slash_spans", lambda text: text)
    assert not has_slash_marker("the report A/74/483 and/or resolution 73/155 of 2019")
    assert searched == []
    assert not has_slash_marker("resolution 73/155 / 2019 and")
    assert has_slash_marker("the Convention 1/ and")
    assert searched == ["resolution 73/155 / 2019 and", "the Convention 1/ and"]


def test_superscript_digits_are_markers_and_ascii_digits_are_not() -> None:
    text = "the Convention¹² and the Protocol²"
    assert [(r.number, text[r.start : r.end], r.rule) for r in superscript_readings(text)] == [
        (12, "¹²", "superscript"),
        (2, "²", "superscript"),
    ]
    assert superscript_readings("the Convention12 and the Protocol2") == []


def test_an_arabic_marker_in_brackets_glued_to_its_word_is_surer_than_one_after_a_space() -> None:
    glued_text = "ذات الصلة بالموضوع(1) وعمليات الاستعراض"
    spaced_text = "المخدِّرات العالمية لعام 2009 (3)، والبيان"
    glued = arabic_readings(glued_text, 19, 20)
    spaced = arabic_readings(spaced_text, 31, 32)
    assert [(r.number, r.rule) for r in glued + spaced] == [
        (1, "Arabic brackets"),
        (3, "Arabic brackets"),
    ]
    assert glued[0].score > spaced[0].score > REPEAT  # both may be a repeated marker
    assert arabic_readings("(3)", 1, 2)[0].score == spaced[0].score  # nothing before: spaced
    assert arabic_readings("لعام 2009 (3)", 5, 9) == []  # the year: not in brackets
    assert arabic_readings("(3", 1, 2) == arabic_readings("3)", 0, 1) == []
    assert arabic_readings("لعام 2009 (3", 11, 12) == []  # the text ends: no closing bracket
    assert arabic_readings("3) انظر (", 0, 1) == []  # nothing opens before the digits
    assert arabic_readings("ب(1)", 2, 3)[0].score == glued[0].score  # one letter is a word


# ---------------------------------------------------------------- the habit of a document


def habit(*texts: str) -> bool | None:
    return punctuation_habit(list(texts), [marker_runs(text) for text in texts])


def test_a_document_glues_its_markers_before_or_after_punctuation() -> None:
    """French writes "commercial1," and "Protocole3;", English "Questions,2" and
    "Accord;1"; as many of each, adjacent markers ("Milenio2,3") or none say nothing."""
    assert habit("d’appliquer l’Accord commercial1, visant") is True
    assert habit("Protocole3; et") is True
    assert habit("Advisory Committee on Administrative and Budgetary Questions,2 and") is False
    assert habit("the Nouméa Accord;1") is False
    assert habit("l’Accord commercial1, visant", "Budgetary Questions,2 and") is None
    assert habit("the Convention1 and") is None
    assert habit("el Programa 21 y el Milenio2,3 y") is None
    assert habit("the Conventions1234, and") is None  # four digits: no marker
    assert habit("1, and") is None  # nothing before the marker
    assert habit(",2 and") is None
    assert habit("UE1, et") is True  # two letters suffice
    assert habit("l’Accord commercial123, visant") is True  # three digits may be a marker
    assert habit("en 2019, l’Accord commercial1, visant") is True  # past a year
    assert habit("le Protocole V1, visant") is True  # a marker after a one-letter word
    assert habit("the Amended Protocol V,1 and") is False
    assert habit("the 12345 Accord commercial1, visant") is True  # past a long run


def test_a_document_s_habit_is_its_more_frequent_placement() -> None:
    """Two markers before punctuation and one after: before; one before and two after: after."""
    before, after = "l’Accord commercial1, visant", "Budgetary Questions,2 and"
    assert habit(before, "Protocole3; et", after) is True
    assert habit(before, after, "the Nouméa Accord;1") is False


@pytest.mark.parametrize("quote", ['"', "”"])  # ASCII or not: both found in the zeroed copy
def test_a_run_after_a_space_is_found_only_after_a_word_or_with_five_digits(quote: str) -> None:
    """A run after a space holds no marker and names nothing ("on 13", "of 123," and not its
    "23" either), unless four letters come before the space ("December 2019", "Agenda 21")
    or it has five digits ("and 194921"); a run at the start alike ("12 of" but "12345 of");
    a run glued to anything else is found ("Convention3", "(2019)")."""
    text = f"on 13 December 2019, {quote}Agenda 21{quote} and 194921 of 123, Convention3 (2019)"
    assert [text[start:end] for start, end in marker_runs(text)] == [
        "2019",
        "21",
        "194921",
        "3",
        "2019",
    ]
    assert marker_runs("12 of") == []
    assert marker_runs("12345 of") == [(0, 5)]
    assert marker_runs("Agenda\u00a021 and Agenda\t21") == [(7, 9), (21, 23)]
    assert marker_runs("annex X, and annex O, of 1949") == []  # only digits make a run


def test_only_a_text_whose_digits_are_all_ascii_is_searched_through_its_zeroed_copy() -> None:
    """The zeroed copy shows only the digits 0-9: a text with curly quotes and dashes (most
    English paragraphs) is searched through it, one with any other digit (Arabic-Indic,
    Devanagari, fullwidth: every character \\d matches beyond ASCII) with the \\d pattern."""
    other_digits = [chr(code) for code in range(0x80, 0x110000) if chr(code).isdecimal()]
    assert other_digits
    assert not [digit for digit in other_digits if ascii_digits_only(f"l’Accord {digit}")]
    assert ascii_digits_only("the “Agenda 21” of 1992 – the Rio Declaration’s 27 principles")
    assert ascii_digits_only("Agenda 21 of 1992")
    text = "l’Accord٣ and “Agenda 21”"  # an Arabic-Indic three glued to a word: a run too
    assert [text[start:end] for start, end in marker_runs(text)] == ["٣", "21"]


def test_a_run_of_more_than_seven_digits_holds_no_marker() -> None:
    """ "73/15527" (seven characters with the slash) is the longest symbol with a marker."""
    assert marker_runs("resolution 73/1552756 and 73/15527567 of") == [(14, 21)]


# ---------------------------------------------------------------- edges of the text and of a run


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # a text may open on the word, the number or the symbol that takes the marker
        ("Paris.4 and", [(4, FULL_STOP)]),
        ("19491 and its Additional Protocols, see A/", [(1, YEAR)]),  # no slash before it
        ("1998/7211 and", [(1, SYMBOL), (11, SYMBOL), (211, SYMBOL)]),
        ("1/1234 and", [(4, SYMBOL), (34, SYMBOL), (234, SYMBOL)]),
        ("123/1234 and", []),
        ("1,7 and the Protocol2", [(7, COMMA_NUMBER), (2, GLUED)]),
        ("2019,4 the", [(4, COMMA_YEAR)]),
        ("1,7 and the Goals", [(7, COMMA_NUMBER)]),  # no name before the number
        ("E/RES/1998/7211 and", [(1, SYMBOL), (11, SYMBOL), (211, SYMBOL)]),
        ("its decision I/1234 and", [(4, SYMBOL), (34, SYMBOL), (234, SYMBOL)]),
        ("the Conventions123,124 and", [(123, GLUED), (124, COMMA_MARKER)]),
        ("its COVAX1 facility", [(1, GLUED)]),
        # an address, a number opening with 0, a stray full stop, a whole number after one
        ("contact us at untranslation@un.org1", []),
        ("available at www.un.org.1", []),
        ("at the United Nations Offices at Geneva/Vienna.2", []),
        ("the Convention .3", []),
        ("the Convention.19491", [(19491, FULL_STOP)]),
        ("the Protocol05 and", []),
        ("decision 10/0512 and", []),
        # a marker before a bracketed date is no thousands group
        ("the Convention2 (20 November 1989)", [(2, GLUED)]),
        # Chinese text: a marker ends the text; a full-width bracket opens a name's gloss
        ("可持续发展问题世界首脑会议执行计划2", [(2, "after Chinese text")]),
        (
            "可持续发展目标1 （在全世界消除一切形式的贫困）",
            [(1, "after Chinese text, before punctuation")],
        ),
    ],
)
def test_readings_at_the_edges(text: str, readings: list[tuple[int, str]]) -> None:
    assert [(number, rule) for number, _, rule in runs_read(text)] == readings


def test_only_readings_of_the_footnote_numbers_are_proposed() -> None:
    """ "Convention12" with footnote 2 only: no reading of 12, and 2 is not split from 12."""
    assert runs_read("the Convention12", frozenset({2})) == []
    assert runs_read("the Convention12", frozenset({12})) == [(12, "12", GLUED)]


def test_a_run_followed_by_a_letter_is_no_marker() -> None:
    """ "article 8bis": the digits end where a marker may end, or are no marker at all."""
    assert glued_readings("in article 8bis of the Statute", 11, 12, NO_EVIDENCE) == []
    goal = "target of Sustainable Development Goal3a and"
    assert glued_readings(goal, 38, 39, NO_EVIDENCE) == []  # glued to a word, but "3a"
    assert not inside_a_number("4X4 vehicles", 0, 1)


def test_names_are_counted_at_the_start_of_a_text_and_by_prefixes_of_two_digits_or_more() -> None:
    """ "Goal 16" may open a text; "resolution 24421" and "24432" share "24" and "244"."""
    assert names_written(["Goal 16 and Goal 16"], [[(5, 7), (17, 19)]])["goal", "16"] == 2
    text = "resolution 24421 and resolution 24432"
    assert names_written([text], [marker_runs(text)]) == Counter(
        {
            ("resolution", "24421"): 1,
            ("resolution", "24432"): 1,
            ("resolution", "244"): 1,
            ("resolution", "24"): 1,
        }
    )
    assert name_key("the Convention² 3 and", 16, "3") is None  # a marker ends the word


def test_each_text_has_its_own_runs() -> None:
    with pytest.raises(ValueError):
        names_written(["Agenda 21", "Agenda 21"], [[(7, 9)]])
    with pytest.raises(ValueError):
        punctuation_habit(["Questions,2 and", "Questions,2 and"], [[(10, 11)]])


# ---------------------------------------------------------------- sites and names cited


def test_a_name_cited_with_a_marker_makes_the_same_name_and_marker_strong_elsewhere() -> None:
    """ "article 1,2" cites footnote 2 after "article 1": "article 12" elsewhere is article 1
    and marker 2, strong enough for a repeat; "paragraph 13" keeps its weakness."""
    texts = [
        "Effects1 and its amended article 1,2 the Protocol on Non-Detectable Fragments3",
        "to the Convention, its amended article 12 and the Protocols; paragraph 13 of",
    ]
    sites = sites_of(texts, frozenset({1, 2, 3}), slash_style=False)
    assert name_cited(texts[0], sites[1].readings[0]) == ("article", "1", 2)
    upgraded = with_names_cited(sites, frozenset({("article", "1", 2)}))
    assert upgraded[:3] == sites[:3]
    article, paragraph = upgraded[3].readings[0], upgraded[4].readings[0]
    assert (article.number, article.rule) == (2, "after a name cited with this marker")
    assert article.score > REPEAT > sites[3].readings[0].score
    assert upgraded[4] == sites[4]
    assert (paragraph.number, paragraph.rule) == (3, "after a common noun and a number")
    # what a second reading may change: the names the readings split, with their markers
    assert names_split(sites) == {("article", "1", 2), ("paragraph", "1", 3)}


def test_a_name_is_cited_before_its_marker_with_or_without_a_comma() -> None:
    text = "the Further Implementation of Agenda 213 and"
    (site,) = sites_of([text, "Agenda 21,1 and"], frozenset({3}), slash_style=False)
    assert name_cited(text, site.readings[0]) == ("agenda", "21", 3)
    assert name_cited("the Convention1", Reading(14, 15, 1, 3.0, GLUED)) is None


def test_readings_that_touch_are_two_sites_and_each_site_starts_at_its_first_reading() -> None:
    """ "Conventions 1/ 2/": two markers side by side, each its own site."""
    sites = sites_of(["the Geneva Conventions 1/ 2/ and"], frozenset({1, 2}), slash_style=True)
    assert [(site.start, [r.number for r in site.readings]) for site in sites] == [
        (22, [1]),
        (25, [2]),
    ]
    overlapping = sites_of(["its resolution 73/15527"], frozenset({7, 27}), slash_style=False)
    assert [(site.start, [r.number for r in site.readings]) for site in overlapping] == [
        (21, [27, 7])
    ]
    (alone,) = sites_of(["the Convention4 and"], frozenset({4}), slash_style=False)
    assert (alone.start, [r.number for r in alone.readings]) == (14, [4])


@pytest.fixture
def scored(record_calls: Callable[..., list[Any]]) -> list[str]:
    """The runs sites_of hands to readings_of_run, in order: which runs it scores at all."""
    return record_calls(
        footnote_readings, "readings_of_run", lambda text, start, end, *_: text[start:end]
    )


def test_sites_of_scores_no_run_that_the_tests_before_scoring_refuse(scored: list[str]) -> None:
    """ "73/155 of" (symbol_tail_may_read) and "December 2019" (may_read_after_a_space, a
    year) are refused before readings_of_run: most runs that end with a footnote's number are
    never scored, and only the run glued to a word is."""
    text = "its resolution 73/155 of 18 December 2019 and the Convention4"
    sites = sites_of([text], frozenset({4, 5, 9}), slash_style=False)
    assert [[r.number for r in site.readings] for site in sites] == [[4]]
    assert scored == ["4"]


def test_sites_of_scores_a_short_glued_run_only_where_it_may_be_read_whole(
    scored: list[str],
) -> None:
    """A run of four digits or fewer glued to what comes before it is read whole or not at all:
    "(2019)" and "2018-2019" beside footnotes 9 and 19 end with a footnote's number but are
    never scored, nor "2019" after a dash or a bracket when 2019 is a footnote, nor "Rio+20";
    a run after a space or a slash is read by its tail only ("Agenda 216")."""
    text = "in (2019), 2018-2019, 2018–2019, [2019] and the Convention19, Agenda 21 and Goals,9"
    sites_of([text], frozenset({9, 19}), slash_style=False)
    assert scored == ["19", "9"]
    scored.clear()
    sites_of([text], frozenset({2019}), slash_style=False)
    assert scored == []
    sites_of(
        ["the Agenda 216 and Rio+20 and A/74/483 of"], frozenset({6, 20, 3}), slash_style=False
    )
    assert scored == ["216"]


def test_web_text_reads_only_its_written_markers() -> None:
    """Where markers are written " 1/", digits glued to a word are the text's own."""
    text = "the Convention 1/ and the Amended Protocol II2"
    sites = sites_of([text], frozenset({1, 2}), slash_style=True)
    assert [[(r.number, r.rule) for r in site.readings] for site in sites] == [[(1, "slash")]]


def test_a_document_is_arabic_when_one_of_its_first_twenty_texts_is() -> None:
    """Arabic encloses its markers: "بالموضوع(1)"; an English document quoting Arabic late
    does not."""
    english = ["Recalling its resolutions on assistance in mine action"] * 20
    arabic = "ذات الصلة بالموضوع(1) وعمليات الاستعراض"
    late = sites_of([*english, arabic], frozenset({1}), slash_style=False)
    early = sites_of([*english[:19], arabic], frozenset({1}), slash_style=False)
    assert late == []
    assert [[r.rule for r in site.readings] for site in early] == [["Arabic brackets"]]


SURVEYED = (
    "Agenda 21 and AGENDA 216 of 18 December 2019, повестки 21, the Convention4, (2019) in 73/155"
)


def test_one_survey_of_the_runs_finds_the_evidence_and_the_runs_that_may_be_read() -> None:
    """The symbols, the runs after a word and a space (a name may be read from them) and the
    habit come from every run; only the runs that may be read as a footnote's number are kept
    to be scored: "AGENDA 216" (a tail 6) and "Convention4", not "(2019)" for footnote 9, nor
    "December 2019" (a year), nor "Agenda 21" (no footnote ends it)."""
    survey = survey_runs([SURVEYED], [marker_runs(SURVEYED)], frozenset({4, 6, 9}))
    assert survey.symbols == Counter({"73/155": 1})
    assert [SURVEYED[start:end] for _, start, end in survey.named] == ["21", "216", "2019", "21"]
    assert [[SURVEYED[start:end] for start, end in runs] for runs in survey.to_read] == [
        ["216", "4"]
    ]
    assert [SURVEYED[start:end] for _, start, end in survey.named_to_read] == ["216"]
    assert survey.habit is True  # "Convention4," glues its marker before the comma


def test_names_are_read_only_for_the_words_a_reading_asks_about(
    record_calls: Callable[..., list[Any]],
) -> None:
    """Only the pairs of the words asked about are counted, and a word is looked for only where
    its last four letters, when ASCII, may end one of them: not before "2019" of "December
    2019"; always before "21" of "повестки 21", whose letters are not ASCII."""
    named = survey_runs([SURVEYED], [marker_runs(SURVEYED)], frozenset()).named
    looked_at = record_calls(footnote_readings, "word_before", lambda text, end: end)
    agenda = names_of([SURVEYED], named, frozenset({"agenda"}))
    assert agenda == Counter({("agenda", "21"): 1, ("agenda", "216"): 1})
    assert [SURVEYED[end + 1 : end + 3] for end in looked_at] == ["21", "21", "21"]
    assert names_of([SURVEYED], named, frozenset({"повестки"})) == Counter({("повестки", "21"): 1})
    assert names_of([SURVEYED], named, None)[("december", "2019")] == 1


def test_a_run_glued_to_a_roman_numeral_is_glued_to_a_word_not_to_punctuation() -> None:
    """whole_run_score asks about punctuation first ("session,1", "Guam;2"), the commonest
    case: a letter before the run, "X" of "Protocol IX", is still read as a word."""
    assert rules(["the Amended Protocol IX4 and"], frozenset({4})) == [[(0, 4, "glued to a word")]]


def test_a_text_with_no_run_to_read_keeps_its_superscripts_and_its_arabic_brackets() -> None:
    """A text is passed over when nothing can be read in it: not when it has a superscript
    digit (it is then not ASCII), nor, in an Arabic document, a run in brackets, even in an
    ASCII text ("(1)" is never read as glued to the bracket, but is the Arabic marker)."""
    arabic = "ذات الصلة بالموضوع(1) وعمليات الاستعراض"
    assert rules(["the Convention\u00b9 and"], frozenset({1})) == [[(0, 1, "superscript")]]
    assert rules([arabic, "the Convention (1) and"], frozenset({1})) == [
        [(0, 1, "Arabic brackets")],
        [(1, 1, "Arabic brackets")],
    ]
    assert rules(["the Convention (1) and"], frozenset({1})) == []


def test_a_glued_run_of_five_digits_or_more_is_scored_when_it_or_a_tail_is_a_footnote(
    scored: list[str],
) -> None:
    """ "(194912)": 1949 and footnote 12, "(1949123)": 1949 and footnote 123, as "(19492)" is
    1949 and footnote 2; "(19491)" beside footnote 7 alone is never scored, and the runs after
    it are."""
    years = ["the Conventions (194912) and", "the Conventions (1949123) and"]
    assert rules(years, frozenset({12, 123})) == [
        [(0, 12, "after a year")],
        [(1, 123, "after a year")],
    ]
    scored.clear()
    assert rules(["the Conventions (19491) and the Protocol7"], frozenset({7})) == [
        [(0, 7, "glued to a word")]
    ]
    assert scored == ["7"]


def test_the_tests_before_scoring_refuse_what_a_marker_is_never_followed_by() -> None:
    """A letter after the run ("4X"), a number's decimals or a thousands group after it."""
    assert readings_of_run("the Convention4X and", 14, 15, NO_EVIDENCE, None) == []
    assert not inside_a_number("more than 12", 10, 12)  # nothing after the run
    assert not thousands_group("about 12 x00", 6, 8)  # a letter, not a group of three digits
    assert thousands_group("about 12 000", 6, 8)


def test_a_name_written_where_no_marker_may_stand_still_counts_as_written_elsewhere() -> None:
    """ "Agenda 21" ends with no footnote's number, so it is not read, but it says that "Agenda
    216" is Agenda 21 and footnote 6."""
    texts = ["the Agenda 21 and", "the Agenda 216 and"]
    assert rules(texts, frozenset({6})) == [[(1, 6, "after a name written elsewhere")]]


def test_a_web_text_reads_the_texts_after_a_blank_one() -> None:
    sites = sites_of(["", "the Convention 1/ and"], frozenset({1}), slash_style=True)
    assert [(site.text_index, [r.rule for r in site.readings]) for site in sites] == [
        (1, ["slash"])
    ]


def test_full_width_digits_make_runs_in_chinese_text() -> None:
    assert marker_runs("《公约》１，") == [(4, 5)]


# ---------------------------------------------------------------- cheap tests before scoring


@pytest.mark.parametrize(
    ("text", "after", "word"),
    [
        ("of the Agenda 21 and", " 21", "agenda"),  # ASCII letters: no pattern needed
        ("в частности пункте 3 статьи 1, а также", " 1,", "статьи"),  # other letters, kept whole
        ("题为“预防儿童伤害”的WHA 64.27号决议", " 64", "wha"),  # what follows a Chinese character
        ("可持续发展目标3，促进落实", "3", ""),  # Chinese characters are no word
        ("(A/RES/74/1) 21", " 21", ""),  # no letter before the end
    ],
)
def test_the_word_before_a_number_is_its_last_letters_after_any_chinese_character(
    text: str, after: str, word: str
) -> None:
    assert word_before(text, text.index(after)) == word


@pytest.mark.parametrize("space", [" ", "\u00a0", "\t", "\n"])
def test_a_token_starts_after_the_last_space_of_any_kind(space: str) -> None:
    text = f"the{space}Convention on Cluster{space}Munitions4{space}and"
    assert token_start_before(text, text.index("4")) == text.index("Munitions")
    assert token_start_before("Munitions4 and", 9) == 0  # the token opens the text


def test_a_token_longer_than_the_search_starts_after_its_space() -> None:
    """A web address glued to a marker: the token is walked back past the 64 characters."""
    url = "www.unodc.org/documents/treaties/UNCAC/Publications/Convention/08-50026_E.pdf"
    text = f"available from {url}3 and"
    assert token_start_before(text, text.index(url) + len(url)) == text.index(url)
    assert token_start_before(url, len(url)) == 0


@pytest.mark.parametrize(
    ("text", "start", "end", "may_read"),
    [
        ("adopted on 18 December 2019, and", 11, 13, False),  # a date: no name before it
        ("adopted on 18 December 2019, and", 23, 27, False),  # a year is never split
        ("Adopted in paragraph 5 of", 21, 22, False),  # one digit: nothing to split
        ("on 10 December 19492 and", 15, 20, True),  # a year and a marker
        ("Recalling Agenda 212 and", 17, 20, True),  # a name, four letters before the space
        ("Recalling the 212 and", 14, 17, False),  # three letters: no name
        ("Tema 51 del programa", 5, 7, True),  # a name opening the paragraph (Spanish)
        ("19492 and the", 0, 5, True),  # at the start of a paragraph
        ("212 and the", 0, 3, False),
    ],
)
def test_a_run_after_a_space_may_be_read_only_after_a_name_or_as_a_year_and_a_marker(
    text: str, start: int, end: int, may_read: bool
) -> None:
    assert may_read_after_a_space(text, start, end) is may_read
    # refused, the full scoring refuses it too (the test only spares the work); let through,
    # the run has a reading
    assert bool(glued_readings(text, start, end, NO_EVIDENCE, None)) is may_read


def test_a_run_already_known_to_end_in_a_footnote_number_is_read_as_glued_readings_reads_it() -> (
    None
):
    text = "the Convention on Cluster Munitions4 and on 10 December 19492 and"
    for start, end in marker_runs(text):
        assert readings_of_run(text, start, end, NO_EVIDENCE, NOTES) == glued_readings(
            text, start, end, NO_EVIDENCE, NOTES
        )
    assert [r.rule for r in readings_of_run(text, 35, 36, NO_EVIDENCE, NOTES)] == [
        "glued to a word"
    ]


# ---------------------------------------------------------------- evidence from the document

COP_NOTES = {  # A/RES/74/221: the notes report on meetings of the Conference of the Parties
    27: "UNEP/CBD/COP/10/27, annex, decision X/2.",
    28: "See United Nations Environment Programme, document UNEP/CBD/COP/13/25, sect. I.",
}


def noted_rules(
    texts: list[str], known: frozenset[int], notes: dict[int, str] | None = None
) -> list[list[tuple[int, int, str]]]:
    return [
        [(site.text_index, r.number, r.rule) for r in site.readings]
        for site in sites_of(texts, known, slash_style=False, notes=notes)
    ]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("fully in line with decision XIII/128 and decision 14/34, as well as", 28),
        ("the Aichi Biodiversity Targets adopted in decision X/227 and", 27),  # one numeral
    ],
)
def test_a_decision_of_the_session_a_note_names_ends_in_that_note_s_marker(
    text: str, number: int
) -> None:
    rule = "after a decision of the session its note names"
    assert noted_rules([text], frozenset({number}), COP_NOTES) == [[(0, number, rule)]]
    assert noted_rules([text], frozenset({number})) == []  # no note's text: digits kept


def test_a_symbol_written_twice_elsewhere_may_end_in_a_marker_the_numbering_needs() -> None:
    """A/RES/75/45 cites resolution 74/54 in PP1 and OP6: "74/542" beside them may be 74/54 and
    note 2; written twice itself, it is a number of its own."""
    cited = [
        "of 5 December 2018 and 74/54 of 12 December 2019,",
        "of the report of the Secretary-General submitted pursuant to resolution 74/54,",
    ]
    glued = "the report submitted by the Secretary-General pursuant to resolution 74/542 and"
    rule = "after a symbol written elsewhere, by the numbering"
    assert noted_rules([*cited, glued], frozenset({2})) == [[(2, 2, rule)]]
    assert noted_rules([*cited, glued, glued], frozenset({2})) == []


def test_a_run_of_full_width_digits_is_read_when_its_value_is_a_footnote_number() -> None:
    """Chinese text may write full-width digits: "７３" is no note, "１" after "》" is note 1."""
    texts = ["回顾大会第７３／２号决议和《公约》１，"]
    assert rules(texts, frozenset({1})) == [[(0, 1, "after Chinese punctuation")]]


def test_a_run_is_read_when_its_last_three_digits_alone_are_a_footnote_number() -> None:
    """A document of more than a hundred notes: "73/1125" is resolution 73/1 and note 125."""
    assert rules(["its resolution 73/1125 of 10 December 2018"], frozenset({125})) == [
        [(0, 125, "after a symbol")]
    ]


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Recalling Human Rights Council resolutions 5/1 and", "5/1"),  # a one-digit session
        ("5/1 and 5/2 of 18 June 2007", "5/1"),  # at the start of a text
        ("its resolution 74/54 of 12 December 2019", "74/54"),
        ("in line with decision XIII/1 and", "XIII/1"),
    ],
)
def test_a_symbol_is_the_session_before_the_slash_and_the_number_after_it(
    text: str, symbol: str
) -> None:
    end = text.index(symbol) + len(symbol)
    assert symbol_at(text, text.index("/", text.index(symbol)) + 1, end) == symbol


@pytest.mark.parametrize(
    "text",
    [
        "XIII/128 and decision 14/34, as well as other relevant decisions",
        "XIII/128 and its annex I",  # the numeral is read back to the start, not past it
    ],
)
def test_a_decision_opening_a_text_is_read_with_its_whole_session(text: str) -> None:
    rule = "after a decision of the session its note names"
    assert noted_rules([text], frozenset({28}), COP_NOTES) == [[(0, 28, rule)]]


@pytest.mark.parametrize(
    ("text", "run", "symbols", "may_read"),
    [
        ("its resolution 73/155 of", "155", {}, False),  # a symbol's number within a sentence
        ("its resolutions 73/15 and", "15", {}, False),
        ("5/1 and 5/2 of 18 June 2007", "1", {}, False),  # a one-digit session opening the text
        ("resolution 74/542 y", "542", {"74/54": 2}, True),  # "74/54" written twice elsewhere
        ("resolution 74/542 y", "542", {"74/5": 2}, True),
        ("resolution 74/542 y", "542", {"74/54": 1}, False),  # once is not enough
        ("resolution 74/542 y", "542", {"74/542": 2}, False),  # the whole run is no head
        ("resolution 1998/7211 and", "7211", {}, True),  # four digits
        ("de la résolution 74/521,", "521", {}, True),  # at the end of the text
        ("de la résolution 74/52", "52", {}, True),
        ("decision XIII/128 and", "128", {}, True),  # after a session in Roman numerals
        ("decision VII/11 and", "11", {}, True),
        ("decision X/128 and", "128", {}, True),
        ("/12 and", "12", {}, True),  # no session before the slash: left to the scoring
    ],
)
def test_a_run_after_a_slash_may_be_read_only_where_a_symbol_s_tail_may_be_a_marker(
    text: str, run: str, symbols: dict[str, int], may_read: bool
) -> None:
    start = text.index(run)
    evidence = Evidence(Counter(), None, Counter(), Counter(symbols))
    assert symbol_tail_may_read(text, start, start + len(run), evidence) is may_read
    if not may_read:  # refused, the full scoring refuses it too: the test only spares the work
        assert readings_of_run(text, start, start + len(run), evidence, None) == []


def test_a_name_is_counted_only_for_a_word_of_four_letters_just_before_a_space() -> None:
    """written_exactly reads the word itself: glued digits name nothing ("Agenda21"), nor a word
    a superscript marker ends ("Conv² 21") or that is three letters after a Chinese character."""
    assert names_written(["Agenda21"], [[(6, 8)]]) == Counter()
    assert names_written(["Conv² 21"], [[(6, 8)]]) == Counter()
    assert names_written(["中abc 12"], [[(5, 7)]]) == Counter()
    assert names_written(["Plan 21"], [[(5, 7)]]) == Counter({("plan", "21"): 1})


def test_a_tail_is_read_after_a_year_glued_to_a_word_but_never_after_a_comma_alone() -> None:
    """ "Protocol19492": a tail after a year, five digits glued to a word; "Goals,12" has only
    its whole run read, split_score refusing every tail after a comma or a letter."""
    text = "the Protocol19492 and"
    tails = [(r.number, r.rule) for r in glued_readings(text, 12, 17, NO_EVIDENCE, NOTES)]
    assert tails == [(2, "after a year")]
    assert [r.number for r in glued_readings("the Goals,12 and", 10, 12, NO_EVIDENCE)] == [12]


def test_the_zeroed_copy_makes_every_ascii_digit_0_in_ascii_text_and_in_any_other() -> None:
    """An ASCII text is translated as bytes, another by replacements: the same copy, and a
    digit of another script or a superscript is left as it is."""
    assert zeroed("A/RES/74/54 of 1 2 3 4 5 6 7 8 9 0") == "A/RES/00/00 of 0 0 0 0 0 0 0 0 0 0"
    assert zeroed("“1234567890” ٣ ² é") == "“0000000000” ٣ ² é"
    assert zeroed("“Article X” 10") == "“Article X” 00"  # only digits: not a Roman numeral
