"""Rules of taking footnote markers out (mineres.parse.footnotes) that the decoder tests do not
reach, named for the rule: markers out of sub-paragraphs at every depth, where each marker
stood in the clean text, and the footnotes' texts and citing ids, asserted whole."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

import pytest

from mineres.models import Footnote, Paragraph, Subparagraph
from mineres.parse import footnotes
from mineres.parse.footnote_decoder import (
    BEAM,
    MISSED,
    REPEAT,
    Choice,
    decode,
    step,
    step_one,
)
from mineres.parse.footnote_readings import (
    Reading,
    Site,
    inside_a_number,
    is_cjk,
    is_cjk_punctuation,
    name_key,
    names_written,
    roman_before,
    sites_of,
    thousands_group,
    word_before,
)
from mineres.parse.footnotes import (
    is_collapsed,
    markers_by_text,
    may_hold_marker,
    rebuilt,
    resolve_footnote_markers,
    take_out_markers,
)
from mineres.parse.normalise import collapse_whitespace

NOTES = {
    1: "United Nations, Treaty Series, vol. 2056, No. 35597.",
    2: "CCW/CONF.I/16 (Part I), annex B.",
    3: "CCW/AP.II/CONF.4/3 (Part I), sect. IV.",
    4: "CCW/GGE/VI/2, annex II.",
}


def sub(id_: str, text: str, *children: Subparagraph) -> Subparagraph:
    return Subparagraph(
        id=id_, label=id_.rsplit("(", 1)[1].rstrip(")"), text=text, subparagraphs=children
    )


def test_markers_come_out_of_sub_paragraphs_at_every_depth() -> None:
    """OP1 has no marker, (a) has none either but its (i) has one, (b) has two."""
    plain_child = sub("OP1(a)(ii)", "the Protocol on Blinding Laser Weapons;")
    paragraph = Paragraph(
        id="OP1",
        kind="operative",
        number=1,
        lead="Calls upon",
        text="Calls upon all States to become parties to:",
        subparagraphs=(
            sub(
                "OP1(a)",
                "the following instruments:",
                sub("OP1(a)(i)", "the Amended Protocol II2;"),
                plain_child,
            ),
            sub("OP1(b)", "the Convention1 and its Protocol3,4."),
        ),
    )
    (result,), footnotes, warnings = resolve_footnote_markers((paragraph,), NOTES)
    assert (result.text, result.footnotes, result.marker_offsets) == (paragraph.text, (), ())
    a, b = result.subparagraphs
    assert (a.text, a.footnotes, a.marker_offsets) == ("the following instruments:", (), ())
    first, second = a.subparagraphs
    assert (first.text, first.footnotes, first.marker_offsets) == (
        "the Amended Protocol II;",
        (2,),
        ((2, 23),),
    )
    assert second is plain_child  # nothing taken out: the same object
    assert (b.text, b.footnotes, b.marker_offsets) == (
        "the Convention and its Protocol.",
        (1, 3, 4),
        ((1, 14), (3, 31), (4, 31)),
    )
    assert first.subparagraphs == b.subparagraphs == ()  # rebuilt with no children: none
    assert footnotes == (
        Footnote(1, NOTES[1], ("OP1(b)",)),
        Footnote(2, NOTES[2], ("OP1(a)(i)",)),
        Footnote(3, NOTES[3], ("OP1(b)",)),
        Footnote(4, NOTES[4], ("OP1(b)",)),
    )
    assert warnings == ()


def test_a_marker_in_a_paragraph_s_own_text_comes_out_when_its_sub_paragraphs_have_none() -> None:
    """The sub-paragraphs are kept as they are (the same objects); the paragraph's own text is
    still cleaned and cites the footnote."""
    children = (sub("OP2(a)", "landmines;"), sub("OP2(b)", "explosive remnants of war."))
    paragraph = Paragraph(
        id="OP2",
        kind="operative",
        number=2,
        lead="Urges",
        text="Urges all States parties to the Convention1 to clear:",
        subparagraphs=children,
    )
    (result,), footnotes, _ = resolve_footnote_markers((paragraph,), NOTES)
    assert (result.text, result.footnotes, result.marker_offsets) == (
        "Urges all States parties to the Convention to clear:",
        (1,),
        ((1, 42),),
    )
    assert all(new is old for new, old in zip(result.subparagraphs, children, strict=True))
    assert footnotes[0] == Footnote(1, NOTES[1], ("OP2",))


def test_each_marker_keeps_its_place_in_the_clean_text() -> None:
    """ "Convention2,3": the comma between adjacent markers goes with them; offsets count
    the clean text."""
    text = "the Convention2,3 and the Protocol4"
    clean, numbers, offsets = take_out_markers(text, [(14, 15, 2), (16, 17, 3), (34, 35, 4)])
    assert clean == "the Convention and the Protocol"
    assert numbers == (2, 3, 4)
    assert offsets == ((2, 14), (3, 14), (4, 31))


@pytest.mark.parametrize(
    "item",
    [
        Paragraph("II.OP3", "operative", 3, "Decides", "text2", (), (sub("II.OP3(a)", "a"),), "II"),
        sub("OP4(a)", "text2", sub("OP4(a)(i)", "i")),
    ],
)
def test_an_item_rebuilt_without_its_markers_keeps_every_other_field(
    item: Paragraph | Subparagraph,
) -> None:
    """What dataclasses.replace would make, field by field (marker_offsets too, which equality
    leaves out): a field added to the model and not to rebuilt fails here."""
    children = (sub("X(b)", "b"),)
    made = rebuilt(item, "text", (2,), children, ((2, 4),))
    expected = replace(
        item, text="text", footnotes=(2,), subparagraphs=children, marker_offsets=((2, 4),)
    )
    assert type(made) is type(item)
    assert [getattr(made, f.name) for f in fields(made)] == [
        getattr(expected, f.name) for f in fields(expected)
    ]


def test_only_the_texts_with_a_slash_are_asked_for_a_web_text_marker(
    record_calls: Callable[..., list[Any]],
) -> None:
    """A web-text marker is a number and a slash ("1/"): a text with no slash is not asked."""
    asked = record_calls(footnotes, "has_slash_marker", lambda text: text)
    texts = ["the Convention1 and", "resolution 74/1 of 2019", "the Protocol 2/ and"]
    assert markers_by_text(texts, frozenset({2})) == {2: [(12, 15, 2)]}  # " 2/"
    assert asked == texts[1:]


@pytest.mark.parametrize(
    "text",
    [
        "the Convention and the Protocol",
        "",
        "the  Convention",
        " the Convention",
        "the Convention ",
        "the\tConvention",
        "the\u00a0Convention",
        "the \u00a0Convention",
        "the\u200fConvention",  # unprintable, yet no whitespace: collapsed as it is
        "the\u200f Convention ",
    ],
)
def test_a_text_is_collapsed_exactly_when_collapse_whitespace_leaves_it_as_it_is(text: str) -> None:
    assert is_collapsed(text) is (collapse_whitespace(text) == text)


def test_a_text_with_runs_of_spaces_has_them_collapsed_where_markers_come_out() -> None:
    """Spaces around a marker collapse with the rest; the offsets count the clean text."""
    text = "the  Convention2  and the Protocol3 "
    clean, numbers, offsets = take_out_markers(text, [(15, 16, 2), (34, 35, 3)])
    assert clean == "the Convention and the Protocol"
    assert numbers == (2, 3)
    assert offsets == ((2, 14), (3, 31))


@pytest.mark.parametrize(
    ("char", "cjk", "punctuation"),
    [
        ("\u3000", True, True),  # ideographic space: the first of the CJK block
        ("\u303f", True, True),  # the last CJK punctuation
        ("\u3040", True, False),  # hiragana: CJK, no punctuation
        ("中", True, False),
        ("\u9fff", True, False),
        ("\ua000", False, False),
        ("\u2fff", False, False),
        ("，", True, True),  # full-width forms
        ("\uff00", True, True),
        ("\uffef", True, True),
        ("\ufff0", False, False),
        ("a", False, False),
    ],
)
def test_chinese_characters_and_punctuation_by_their_blocks(
    char: str, cjk: bool, punctuation: bool
) -> None:
    assert is_cjk(char) is cjk
    assert is_cjk_punctuation(char) is punctuation


@pytest.mark.parametrize(
    ("text", "start", "end", "inside"),
    [
        ("of $1.90 a day", 4, 5, True),
        ("12.5 per cent", 0, 2, True),
        ("than 12,500 persons", 5, 7, True),
        ("1,4 and", 0, 1, True),
        ("50% of", 0, 2, True),
        ("at 5° north", 3, 4, True),
        ("the Convention3,4 and", 14, 15, False),  # markers 3 and 4 after a word
        ("the Convention3 and", 14, 15, False),
    ],
)
def test_digits_of_an_amount_are_no_marker(text: str, start: int, end: int, inside: bool) -> None:
    assert inside_a_number(text, start, end) is inside


@pytest.mark.parametrize(
    ("text", "start", "end", "group"),
    [
        ("11 000 persons", 0, 2, True),
        ("12\u00a0000 m", 0, 2, True),
        ("2 000", 0, 1, True),  # the group ends the text
        ("1 0000", 0, 1, False),  # four digits are no group
        ("12 00", 0, 2, False),
        ("1234 000", 0, 4, False),  # a long number is no thousands
    ],
)
def test_three_digits_after_a_space_are_a_thousands_group(
    text: str, start: int, end: int, group: bool
) -> None:
    assert thousands_group(text, start, end) is group


def test_a_name_is_a_word_of_four_letters_a_space_and_a_number() -> None:
    assert name_key("Agenda 21", 7, "21") == ("agenda", "21")
    assert name_key("Agenda\u00a021", 7, "21") == ("agenda", "21")
    assert name_key("in the Plan 21", 12, "21") == ("plan", "21")
    assert name_key("of 2", 3, "2") is None
    assert name_key("Ag 21", 3, "21") is None
    assert word_before("in line with Agenda 21", 19) == "agenda"


def test_names_are_counted_whole_and_by_their_shared_prefix() -> None:
    """ "Programa 215" and "Programa 216" both say "Programa 21" (and "Programa 2") is a name."""
    text = "Programa 215 y Programa 216 y Agenda 21"
    assert names_written([text], [[(9, 12), (24, 27), (37, 39)]]) == Counter(
        {
            ("programa", "215"): 1,
            ("programa", "216"): 1,
            ("agenda", "21"): 1,
            ("programa", "21"): 1,
            ("programa", "2"): 1,
        }
    )


@pytest.mark.parametrize(
    ("text", "slash", "session"),
    [
        ("decision VII/11", 12, True),
        ("VII/11", 3, True),  # at the start of the text
        ("VII/XI", 3, True),
        ("decision I/5", 10, True),
        ("decision LXVIII/5", 15, True),  # six numerals at most
        ("decision LXXVIII/5", 16, False),
        ("/11", 0, False),
        ("aXVII/5", 5, False),  # glued to a word: no session
    ],
)
def test_a_session_in_roman_numerals_before_a_slash(text: str, slash: int, session: bool) -> None:
    assert roman_before(text, slash) is session


def test_more_rules_of_numbers_and_names() -> None:
    assert thousands_group("100 000 people", 0, 3) is True
    assert inside_a_number("1.9", 0, 1) is True  # a decimal that ends the text
    assert inside_a_number("table A1.5", 7, 8) is True  # "1.5" is a decimal even after a letter
    assert name_key("Agenda21", 6, "21") is None  # no space: no name
    assert name_key("Plan 21", 5, "21") == ("plan", "21")  # a name may open the text
    assert word_before("a" * 35, 35) == "a" * 30  # the word is looked for 30 characters back
    assert word_before("12 21", 2) == ""
    twice = names_written(["Agenda 21 and Agenda 21"], [[(7, 9), (21, 23)]])
    assert twice == Counter({("agenda", "21"): 2, ("agenda", "2"): 1})


def test_each_reading_names_the_rule_that_proposed_it() -> None:
    """Real openings of the ODS export, one per rule of the comma and the full stop: the
    reading, its rule and its strength (a number and a comma only weakly suggest a marker)."""
    texts = [
        "Recalling the reports1,2 of the Secretary-General",
        "in Agenda 21,6 and",
        "the Convention,3 and",
        "in 2019,4 the",
        "document A/58/260,5 and",
        "the Protocol.7 The",
        "the number 12,8 of",
    ]
    sites = sites_of(texts, frozenset(range(1, 13)), slash_style=False)
    assert [[(r.number, r.rule, r.score) for r in site.readings] for site in sites] == [
        [(1, "glued to a word", 3.0)],
        [(2, "after another marker", 3.0)],
        [(6, "after a name and a comma", 3.0)],
        [(3, "after a word and a comma", 3.0)],
        [(4, "after a year and a comma", 3.0)],
        [(5, "after a symbol and a comma", 3.0)],
        [(7, "after a full stop", 3.0)],
        [(8, "after a number and a comma", -1.0)],
    ]


def test_a_paragraph_keeps_where_each_of_its_markers_stood() -> None:
    """The offsets of a paragraph's own markers, not only of its sub-paragraphs'."""
    paragraph = Paragraph(
        id="PP3",
        kind="preambular",
        number=3,
        lead="Recalling",
        text="Recalling the Convention1 and the Protocol2",
    )
    (result,), _, _ = resolve_footnote_markers((paragraph,), {1: NOTES[1], 2: NOTES[2]})
    assert (result.text, result.footnotes, result.marker_offsets) == (
        "Recalling the Convention and the Protocol",
        (1, 2),
        ((1, 24), (2, 41)),
    )


def test_of_two_readings_worth_the_same_the_one_citing_fewer_footnotes_wins() -> None:
    """A reading worth exactly what a missed footnote costs neither gains nor loses: the
    decoder keeps the text as written rather than cite one more footnote."""
    cited = Reading(14, 15, 1, 3.0, "glued to a word")
    even = Reading(40, 41, 2, -MISSED, "after a name cited with this marker")
    sites = [Site(0, 14, (cited,)), Site(0, 40, (even,))]
    assert decode(sites, frozenset({1, 2})) == [(0, cited)]


def test_a_reading_worth_a_missed_footnote_is_not_taken_on_the_way_to_the_next() -> None:
    """Footnote 2 reached from the start (1 missed) or through a reading of 1 worth exactly
    what missing it costs: the two are worth the same, and the first way found, with fewer
    markers, is kept."""
    even = Reading(11, 12, 1, -MISSED, "after a name cited with this marker")
    second = Reading(30, 31, 2, 3.0, "glued to a word")
    sites = [Site(0, 11, (even,)), Site(0, 30, (second,))]
    assert decode(sites, frozenset({1, 2})) == [(1, second)]


def test_footnote_1_is_the_first_rank_for_the_beam_too() -> None:
    """A site read as any of 1 ... 17 opens 18 states; reading footnote n from the start leaves
    n - 1 missed, so state 1 is worth 1, the empty state 0, states 2 ... 16 are worth 2 and 17
    is worth -1: the beam drops 17 and the empty state, and keeps 1, from which the next
    sites introduce 2 ... 17 in order."""
    worth = {1: 1.0, **{n: 2.0 + MISSED * (n - 1) for n in range(2, 17)}, 17: -1.0 + MISSED * 16}
    opening = tuple(Reading(0, 2, n, worth[n], "glued to a word") for n in range(1, 18))
    later = [
        Site(index, 0, (Reading(0, 1, number, 3.0, "glued to a word"),))
        for index, number in enumerate(range(2, 18), start=1)
    ]
    assert len(opening) + 1 > BEAM
    chosen = decode([Site(0, 0, opening), *later], frozenset(range(1, 18)))
    assert [reading.number for _, reading in chosen] == list(range(1, 18))


def test_a_useless_repeat_does_not_hide_a_new_footnote_at_the_same_site() -> None:
    """ "the reports1,2": where the run could be a weak repeat of 1 or the next footnote 2,
    the repeat is worth nothing and the next footnote is still weighed."""
    first = Reading(21, 22, 1, 3.0, "glued to a word")
    weak_repeat = Reading(23, 24, 1, -1.0, "after a number and a comma")
    next_one = Reading(23, 25, 2, 3.0, "after another marker")
    sites = [Site(0, 21, (first,)), Site(0, 23, (weak_repeat, next_one))]
    assert decode(sites, frozenset({1, 2})) == [(0, first), (1, next_one)]


def test_the_beam_keeps_the_best_states_not_the_highest_numbers() -> None:
    """ "the Convention1", then references "paragraph 20" ... "paragraph 14" read as markers
    20 ... 4 after a common noun (each a state of its own), then "the Protocol2" and "the
    Statute3": the beam must keep the state of footnote 1, the best, not the highest ones."""
    first = Reading(14, 15, 1, 3.0, "glued to a word")
    references = [
        Reading(11, 12, number, -10.0, "after a common noun and a number")
        for number in range(20, 3, -1)
    ]
    second = Reading(12, 13, 2, 3.0, "glued to a word")
    third = Reading(11, 12, 3, 3.0, "glued to a word")
    readings = [first, *references, second, third]
    sites = [Site(index, reading.start, (reading,)) for index, reading in enumerate(readings)]
    assert len(references) + 2 > BEAM
    chosen = decode(sites, frozenset(range(1, 21)))
    assert [reading.number for _, reading in chosen] == [1, 2, 3]


@pytest.mark.parametrize("digit", "0123456789")
def test_an_ascii_text_is_scanned_for_markers_when_it_has_any_digit(digit: str) -> None:
    assert may_hold_marker(f"the Convention on Cluster Munitions{digit} and the Protocol")
    assert not may_hold_marker("Recalling its resolutions on assistance in mine action")
    assert may_hold_marker(
        "又回顾《联合国千年宣言》，大会认可"
    )  # not ASCII: may be Arabic or Chinese


@pytest.mark.parametrize(
    "text",
    [
        "the Convention¹ and",  # superscript digits, below U+0660 and after General Punctuation
        "the Convention² and",
        "the Convention³ and",
        "the Convention⁴ and",
        "l’Accord٣ et",  # another script's digit
        "وإذ تشير إلى الاتفاقية",  # Arabic, no digit: it tells the document is Arabic
        "“Protocol 2” and",  # a digit 0-9 beside curly quotes
    ],
)
def test_a_text_without_a_digit_0_to_9_is_scanned_when_it_may_hold_another_digit(
    text: str,
) -> None:
    assert may_hold_marker(text)


def test_a_text_of_curly_quotes_dashes_and_accented_letters_without_a_digit_is_not_scanned() -> (
    None
):
    assert not may_hold_marker(
        "Recalling the “Ottawa Convention” – the States’ efforts, “Déclaration”"
    )
    assert not may_hold_marker("Ссылаясь на Конвенцию «О кассетных боеприпасах»")


def test_a_site_with_one_reading_is_stepped_as_any_site() -> None:
    """step_one, the decoder's pass for a site with one reading, keeps the states, scores,
    order of states and choices step keeps: repeats above the reading's rank, the state of its
    rank reached from below or by a repeat (a tie to the first tried, skipping first), a new
    state last, the beam. States and scores drawn at random, ties frequent."""
    rng = random.Random(74)
    worths = [3.0, -10.0, 1.0, -3.0, -1.0, 5.0, 7.0, REPEAT, 0.0]
    ranks = {number: number for number in range(1, 26)}
    earlier = Reading(0, 1, 1, 3.0, "a reading before")  # the choices that reached each state
    for _ in range(3000):
        states = rng.sample(range(26), rng.randint(1, BEAM + 3))
        scores = {state: rng.choice([0.0, -5.0, -2.5, 3.0, -10.0]) for state in states}
        paths: dict[int, Choice | None] = {state: (state, earlier, None) for state in states}
        reading = Reading(0, 1, rng.randint(1, 25), rng.choice(worths), "a rule")
        expected_paths = dict(paths)
        expected = step(dict(scores), expected_paths, 7, Site(0, 0, (reading,)), ranks)[0]
        found = step_one(dict(scores), paths, 7, reading, ranks[reading.number])
        assert list(found.items()) == list(expected.items())
        assert paths == expected_paths
