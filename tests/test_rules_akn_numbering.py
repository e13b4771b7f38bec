"""One test per numbering rule of the AKN reader (mineres.parse.akn), named for the rule, on
the paragraphs of real resolutions in tests/fixtures/akn: labels "(a)", "б)", "(iv)" split
from their text, "(i)" read as a letter or a numeral by what is open around it, the letter
after a letter, and paragraph numbers written inline before the lead ("14\t<span>鼓励",
Arabic "\u200f19 -\u200f\t<span>تحيط")."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from mineres.parse.akn import (
    Inline,
    SubDraft,
    cut_number,
    inline_number,
    label_style,
    next_letter,
    parse_akn,
    strip_label,
)

from .conftest import FIXTURES

# A/RES/74/265, operative paragraph 1 (b): its items (i) and (ii) carry the label in the text.
AD_HOC_JUDGES = (
    "The designation of ad hoc judges (Statute of the International Court of Justice, "
    "Article 31), not exceeding a total of 100,000 dollars;"
)


def paragraph(xml: str) -> ET.Element:
    return ET.fromstring(f"<p>{xml}</p>")


def open_subs(*labels_and_styles: tuple[str, str]) -> list[SubDraft]:
    return [SubDraft(label, style, Inline("")) for label, style in labels_and_styles]


# --- Paragraph numbers written inline ----------------------------------------------------------


def test_a_number_before_the_lead_is_the_paragraph_number() -> None:
    """A/RES/76/74 in Chinese, OP14; A/RES/74/80 in Arabic, OP1; A/RES/75/188, OP19."""
    assert inline_number(paragraph('\t14\t<span class="bold">鼓励</span>关注')) == 14
    assert inline_number(paragraph('\t1 -\t<span class="bold italic">تحيط علما</span>')) == 1
    assert inline_number(paragraph('\t\u200f19 -\u200f\t<span class="bold">تحيط</span>')) == 19
    assert inline_number(paragraph("12.<span>Encourages</span>")) == 12
    assert inline_number(paragraph("12．<span>鼓励</span>")) == 12


def test_text_before_the_lead_is_no_number() -> None:
    assert inline_number(paragraph('\t<span class="bold">重申</span>')) is None
    assert inline_number(paragraph("在这方面<span>欢迎</span>")) is None
    assert inline_number(paragraph("2019 and <span>Encourages</span>")) is None
    assert inline_number(paragraph("12345 <span>Encourages</span>")) is None


def test_a_number_with_no_lead_after_it_is_no_paragraph_number() -> None:
    """A paragraph of text only ("14") has no emphasised lead the number could stand before."""
    assert inline_number(paragraph("14")) is None
    assert inline_number(None) is None


def test_the_number_is_cut_from_the_text_and_marks_follow() -> None:
    """ "14\tEncourages ..." -> "Encourages ...": a footnote mark after the lead moves back by
    the length cut; one inside the cut stands at the start."""
    cut = cut_number(Inline("14\tEncourages a focus", ((3, 14), (4, 1)), "Encourages"))
    assert cut == Inline("Encourages a focus", ((3, 11), (4, 0)), "Encourages")


def test_arabic_numbers_are_cut_with_their_direction_marks_and_dash() -> None:
    cut = cut_number(Inline("\u200f19 -\u200f\tتحيط علما", ()))
    assert cut.text == "تحيط علما"
    assert cut_number(Inline("12．鼓励")).text == "鼓励"


def test_text_without_a_number_is_not_cut() -> None:
    kept = Inline("Encourages 14 States", ((1, 3),), "Encourages")
    assert cut_number(kept) is kept


# --- Labels of subparagraphs -------------------------------------------------------------------


def test_a_label_in_brackets_is_split_from_its_text() -> None:
    label, rest = strip_label(Inline(f"\t(i)\t{AD_HOC_JUDGES}", ((1, 40), (2, 2))))
    assert label == "i"
    assert rest == Inline(AD_HOC_JUDGES, ((1, 35), (2, 0)))


def test_a_label_closed_by_a_bracket_only_is_split_too() -> None:
    """Russian subparagraphs read "б) ..." and some English ones "a) ..."."""
    assert strip_label(Inline("б) оказания помощи")) == ("б", Inline("оказания помощи"))
    assert strip_label(Inline("\u00a0a)\u00a0Assistance")) == ("a", Inline("Assistance"))


def test_text_without_a_label_keeps_its_marks_and_lead() -> None:
    kept = Inline("Technological assistance (i) to countries", ((1, 5),), "Technological")
    assert strip_label(kept) == (None, kept)


def test_the_letter_after_a_letter() -> None:
    assert [next_letter(label) for label in ("a", "h", "y", "z")] == ["b", "i", "z", "aa"]


def test_doubled_letters_go_on_doubled() -> None:
    """After (z) come (aa), (bb) ... and after (zz) (aaa)."""
    assert [next_letter(label) for label in ("aa", "bb", "zz")] == ["bb", "cc", "aaa"]


def test_a_label_of_mixed_letters_has_no_next_letter() -> None:
    assert [next_letter(label) for label in ("ab", "iv", "")] == ["", "", ""]


def test_a_label_that_is_no_roman_numeral_is_a_letter() -> None:
    assert label_style("a", [], None) == "letter"
    assert label_style("b", open_subs(("i", "roman")), None) == "letter"


def test_i_after_h_is_a_letter_unless_ii_follows() -> None:
    """(h) (i) (j) is a list of letters; (h) (i) (ii) a list of numerals inside (h)."""
    after_h = open_subs(("h", "letter"))
    assert label_style("i", after_h, "j") == "letter"
    assert label_style("i", after_h, None) == "letter"
    assert label_style("i", after_h, "ii") == "roman"


def test_the_numeral_after_an_open_numeral_is_a_numeral() -> None:
    """A/RES/74/265, OP1 (b): (i), (ii), then (iii) and (iv) in <num>, then (v)."""
    inside_b = open_subs(("b", "letter"), ("ii", "roman"))
    assert label_style("iii", inside_b, "iv") == "roman"
    assert label_style("iv", open_subs(("b", "letter"), ("iii", "roman")), None) == "roman"
    assert label_style("v", open_subs(("u", "letter"), ("iv", "roman")), None) == "roman"


def test_a_letter_that_follows_the_open_letter_closes_the_numerals() -> None:
    """(c) after (b)(v): the next letter, not the numeral one hundred."""
    assert label_style("c", open_subs(("b", "letter"), ("v", "roman")), None) == "letter"
    assert label_style("v", open_subs(("u", "letter")), "w") == "letter"


def test_i_opening_a_list_is_a_numeral() -> None:
    assert label_style("i", [], "ii") == "roman"
    assert label_style("i", [], None) == "roman"
    assert label_style("i", open_subs(("a", "letter")), None) == "roman"


def test_a_numeral_not_next_under_an_open_numeral_is_still_a_numeral() -> None:
    assert label_style("x", open_subs(("ii", "roman")), None) == "roman"


def test_a_numeral_looking_label_with_nothing_open_is_a_letter() -> None:
    """(c), (v), (x) opening a list are letters; under an open letter they are numerals."""
    assert [label_style(label, [], None) for label in ("c", "v", "x")] == ["letter"] * 3
    assert label_style("v", open_subs(("a", "letter")), None) == "roman"


def test_a_real_list_of_numerals_inside_letters_nests() -> None:
    """A/RES/74/265, OP1: (a), (b) with (i) to (v) inside it, then (c)."""
    resolution = parse_akn((FIXTURES / "akn" / "A_RES_74_265.en.xml").read_text("utf-8"))
    first = resolution.operative[0]
    assert [sub.label for sub in first.subparagraphs] == ["a", "b", "c"]
    inside_b = first.subparagraphs[1].subparagraphs
    assert [sub.label for sub in inside_b] == ["i", "ii", "iii", "iv", "v"]
    assert inside_b[0].text == AD_HOC_JUDGES
