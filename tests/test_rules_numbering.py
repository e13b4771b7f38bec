"""One test per rule of mineres.un.numbering, named for the rule, so that deleting or bending
the rule fails the test with its name (the cases come from real section headings)."""

from __future__ import annotations

import itertools
import re

import pytest

from mineres.store.datafiles import load_data_file
from mineres.un.numbering import (
    chinese_number,
    has_duplicates,
    heading_kind,
    is_latin_section_label,
    named_by_restarting_headings,
    restart_prefixes,
    section_label,
    section_label_table,
    word_label_openings,
)

DIGITS = load_data_file("numbering.yaml")["chinese_digits"]
TEN = load_data_file("numbering.yaml")["chinese_ten"]


@pytest.mark.parametrize(
    ("value", "written"),
    [(1, "一"), (7, "七"), (10, "十"), (11, "十一"), (20, "二十"), (35, "三十五"), (39, "三十九")],
)
def test_chinese_section_numbers_write_tens_then_units(value: int, written: str) -> None:
    """Called directly: section_label_table() is cached, so a test through section_label()
    would not notice a change here once another test had filled the cache."""
    assert chinese_number(value, DIGITS, TEN) == written


def test_a_trailing_full_stop_is_not_part_of_the_label() -> None:
    """ "X." heads section X; the stop goes, the numeral stays."""
    assert section_label("X.") == "X"
    assert section_label("XI、") == "XI"


def test_sections_decide_when_a_paragraph_has_no_component() -> None:
    """Numbers restart (two OP1s) and one paragraph lies outside any component: components
    cannot keep ids apart, so the sections do."""
    operative = [(1, "A", "I"), (2, "A", "I"), (1, None, "II")]
    assert restart_prefixes(operative) == ["I", "I", "II"]


def test_sections_decide_when_numbers_restart_inside_a_component() -> None:
    """Every paragraph is in component A, but A numbers from 1 twice: sections decide."""
    operative = [(1, "A", "I"), (2, "A", "I"), (1, "A", "II"), (2, "A", "II")]
    assert restart_prefixes(operative) == ["I", "I", "II", "II"]


@pytest.mark.parametrize(
    ("group", "kind"),
    [
        ("VIII", "roman"),
        ("B.IV", "roman"),
        ("A", "letter"),
        ("VIII.A", "letter"),
        ("A~11", "letter"),
        ("S21", "unnumbered"),
        ("B.S5", "unnumbered"),
        ("Budget", "other"),
        (None, None),
    ],
)
def test_heading_kinds_are_read_from_the_last_part_of_a_section_id(
    group: str | None, kind: str | None
) -> None:
    assert heading_kind(group) == kind


def test_a_heading_kind_names_paragraphs_only_where_numbering_restarts_at_it() -> None:
    """Section VIII of A/RES/74/263: "B" opens at paragraph 30, after 29: letters go on with
    the numbering, the Roman sections restart it."""
    operative = [(1, None, "VIII"), (29, None, "A"), (30, None, "B"), (1, None, "IX")]
    assert restart_prefixes(operative) == ["VIII", "VIII", "VIII", "IX"]


def test_a_letter_heading_names_paragraphs_where_letters_restart() -> None:
    """Parts A and B each numbered from 1 (A/RES/74/250): the letters name them."""
    operative = [(1, None, "A"), (2, None, "A"), (1, None, "B"), (2, None, "B")]
    assert restart_prefixes(operative) == ["A", "A", "B", "B"]


def test_numbers_that_go_on_under_new_headings_are_not_duplicates() -> None:
    """Section VIII of A/RES/74/263 alone: "Administrative expenses of the United Nations Joint
    Staff Pension Fund" (paragraphs 1 ... 4), then "A" ("Report of the United Nations Joint
    Staff Pension Board on the work of its sixty-sixth session", 5 ... 29) and "B" (30 ...)
    go on with the numbering: no number repeats, so no paragraph needs a prefix."""
    assert not has_duplicates([1, 2, 3, 4, 5, 29, 30, 41])
    operative = [(4, None, "VIII"), (5, None, "A"), (29, None, "A"), (30, None, "B")]
    assert restart_prefixes(operative) == [None, None, None, None]


def test_a_heading_kind_restarts_wherever_the_numbering_starts_again_at_it() -> None:
    """From the first unnumbered heading of section XVII of A/RES/74/263 on: "Programme budget"
    (5), "Support account for peacekeeping operations" (6), "Extrabudgetary resources" (7),
    then section XVIII starts again at 1. The Roman kind restarts there, not only the kind of
    the first heading, so XVIII names its paragraphs."""
    numbers = [5, 6, 7, 1, 2]
    groups = ["S21", "S22", "S23", "XVIII", "XVIII"]
    assert named_by_restarting_headings(numbers, groups) == ["S21", "S22", "S23", "XVIII", "XVIII"]


def test_the_first_heading_restarts_even_when_the_last_paragraph_is_under_the_same_one() -> None:
    """The document's first paragraph always starts a numbering, under whatever heading the
    last one stands (the index before the first is no paragraph before it): A, I, A."""
    numbers = [1, 2, 1, 2]
    groups = ["A", "A", "I", "A"]
    assert named_by_restarting_headings(numbers, groups) == ["A", "A", "I", "A"]


def test_the_first_paragraph_takes_its_heading_when_the_last_shares_it() -> None:
    """I, II, I: the first paragraph is named after its own heading, not left unnamed because
    the last paragraph stands under the same one."""
    assert named_by_restarting_headings([1, 1, 2], ["I", "II", "I"]) == ["I", "II", "I"]


def test_a_number_going_down_under_the_same_heading_restarts_no_kind() -> None:
    """Only a heading's first paragraph can start the numbering again: 1 under I, then 2 and 1
    both under A (a slip in the numbering) make letters no restarting kind."""
    assert named_by_restarting_headings([1, 2, 1], ["I", "A", "A"]) == ["I", "I", "I"]


def test_a_heading_opening_on_the_same_number_restarts_the_numbering() -> None:
    """1 under I, then 1 again under A: the letter heading starts the numbering again (the
    number repeats, it does not go on), so A names its paragraphs, the next one under A too."""
    assert named_by_restarting_headings([1, 1, 2], ["I", "A", "A"]) == ["I", "A", "A"]
    assert named_by_restarting_headings([1, 1], ["I", "A"]) == ["I", "A"]


def test_word_labels_open_with_the_characters_read_from_the_data() -> None:
    """Every label of the table opens with one of them, and each of them opens a label."""
    openings = word_label_openings()
    assert {label[:1] for label in section_label_table()} == openings


def test_an_english_text_asks_whether_word_labels_are_ascii_without_building_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mineres.un import numbering, text_forms

    section_label_table.cache_clear()
    word_label_openings.cache_clear()
    text_forms.word_labels_beyond_ascii.cache_clear()
    try:
        assert text_forms.word_labels_beyond_ascii() is True
        assert section_label_table.cache_info().currsize == 0
        data = {**load_data_file("numbering.yaml"), "arabic_letters": ["A"]}
        monkeypatch.setattr(numbering, "load_data_file", lambda name: data)
        word_label_openings.cache_clear()
        text_forms.word_labels_beyond_ascii.cache_clear()
        assert text_forms.word_labels_beyond_ascii() is False  # a label opening with "A"
        data["arabic_letters"] = []
        data["chinese_ten"] = "T"
        word_label_openings.cache_clear()
        text_forms.word_labels_beyond_ascii.cache_clear()
        assert text_forms.word_labels_beyond_ascii() is False  # "T", ten, opens 10 to 19
    finally:
        monkeypatch.undo()
        section_label_table.cache_clear()
        word_label_openings.cache_clear()
        text_forms.word_labels_beyond_ascii.cache_clear()


def test_a_latin_section_label_is_up_to_seven_roman_digits_or_one_capital() -> None:
    """Read by hand; the pattern it replaced is the reference (a label holds no line end)."""
    pattern = re.compile(r"^(?:[IVXLC]{1,7}|[A-Z])$")
    for length in range(9):
        for letters in itertools.product("IVXa", repeat=length):
            label = "".join(letters)
            assert is_latin_section_label(label) == bool(pattern.match(label)), label
    for label in ("A", "Z", "@", "[", "É", "C", "c", "CCCCCCC", "CCCCCCCC", "AB", "CXLVI"):
        assert is_latin_section_label(label) == bool(pattern.match(label)), label
