"""One test per rule the AKN reader (mineres.parse.akn) reads by hand or only after a cheap
check, instead of compiling a pattern in every first run: each must read exactly what the
pattern read, so the pattern is kept here as the reference and the two are compared on
generated text made of the characters that matter (digits of two scripts, spaces of three
kinds, direction marks, brackets, line ends) and on the boundary cases written out."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mineres.errors import MineresError
from mineres.parse.akn import (
    MARK_CLOSE,
    MARK_OPEN,
    Inline,
    agenda_numbers,
    close_double_spaces,
    declares_anything,
    is_revision,
    is_roman_label,
    is_symbol,
    leading_label,
    make_inline,
    num_label,
    number_in_text,
    operative_number,
    parse_xml,
    resolution_number,
    squash,
    symbol_list_pieces,
    without_empty_marker,
    written_number,
)

SUB_LABEL = re.compile(
    r"^[\s\u00a0\u200e\u200f]*(?:\((?P<label>[^\s()]{1,4})\)|(?P<bare>[a-zа-я]{1,3})\))[\s\u00a0]+"
)
NUM_SUB = re.compile(r"^\s*(?:\((?P<label>[^\s()]{1,4})\)|(?P<bare>[a-zа-я]{1,3})\))\s*$")
NUMBER_IN_TEXT = re.compile(
    r"^[\u200e\u200f]*(?P<number>\d{1,4})[\u200e\u200f]*(?:\.|\s*-)[\u200e\u200f]*\s+"
)
INLINE_NUMBER = re.compile(
    r"^[\s\u200e\u200f]*(?P<number>\d{1,4})[\s\u200e\u200f]*(?:[.．]|-)?[\s\u200e\u200f]*$"
)
NUM_OPERATIVE = re.compile(r"^\s*(?P<number>\d{1,6})\s*[.-]?\s*$")
ROMAN = re.compile(r"^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
SYMBOL = re.compile(r"[A-Z]+(?:/[\w.()-]+)+")
SEPARATOR = re.compile(r"\s*(?:[,،，]|\band\b|\bet\b|\by\b|\bи\b|و)\s*")
REVISION = re.compile(r"(?:Add|Rev|Corr)\.\d+")
AGENDA = re.compile(r"\d+(?:\s*\([a-z]+\))?(?:\s*(?:,|and|et|y|и)\s*\d+(?:\s*\([a-z]+\))?)*")
RESOLUTION = re.compile(r"\d{1,5}\s*\(\d{4}\)|(?:ES-|S-)?\d{1,4}/\d{1,5}(?:\s+[A-Z](?:-[A-Z])?)?")
EMPTY_MARKER = re.compile(r"^\(\s*\)\s*")
MARK = re.compile(f"{MARK_OPEN}(\\d+){MARK_CLOSE}")

SPACES = [" ", "\u00a0", "\n", "\t"]
MARKS = ["\u200e", "\u200f"]
DIGITS = ["1", "7", "٣"]  # an Arabic-Indic digit is a digit to the patterns too


def texts(*pieces: str | list[str], size: int = 9) -> st.SearchStrategy[str]:
    alphabet = [
        piece for group in pieces for piece in ([group] if isinstance(group, str) else group)
    ]
    return st.lists(st.sampled_from(alphabet), max_size=size).map("".join)


def label_of(match: re.Match[str] | None) -> str | None:
    return (match["label"] or match["bare"]) if match else None


@settings(max_examples=600)
@given(texts("(", ")", "a", "z", "я", "ё", "B", "أ", SPACES, MARKS, DIGITS))
@example("(iiii) x")
@example("(iiiii) x")
@example("abc) x")
@example("abcd) x")
@example("\u200e(a)\u00a0x")
@example("(a)x")
@example("(a b) x")
@example("((a) x")
@example("()) x")
@example("(a)b) x")
@example(" abc) x")
@example("б) x")
@example("я) x")
@example("Z) x")
@example("_) x")
def test_a_sub_paragraph_label_is_read_as_the_label_pattern_read_it(text: str) -> None:
    match = SUB_LABEL.match(text)
    assert leading_label(text) == ((label_of(match), match.end()) if match else None)
    assert num_label(text) == label_of(NUM_SUB.match(text))


@settings(max_examples=600)
@given(texts(DIGITS, SPACES, MARKS, ".", "-", "．", "a"))
@example("1234. x")
@example("12345. x")
@example("\u200f19 -\u200f\t")
@example(" 12")
def test_a_number_written_inline_is_tried_only_where_a_digit_opens_the_text(text: str) -> None:
    for read, pattern in ((number_in_text, NUMBER_IN_TEXT), (written_number, INLINE_NUMBER)):
        expected, found = pattern.match(text), read(text)
        assert (found and (found.group(), found["number"])) == (
            expected and (expected.group(), expected["number"])
        )


@settings(max_examples=400)
@given(texts(DIGITS, SPACES, ".", "-", "．", "²"))
@example("123456.")
@example("1234567.")
@example(" 12 -\n")
@example("0.")
def test_an_operative_num_is_a_number_of_up_to_six_digits(num: str) -> None:
    match = NUM_OPERATIVE.match(num)
    assert operative_number(num) == (int(match["number"]) if match else None)


def test_a_roman_label_is_a_numeral_below_400_as_to_roman_writes_it() -> None:
    for length in range(6):
        for letters in itertools.product("ivxlca", repeat=length):
            label = "".join(letters)
            assert is_roman_label(label) == bool(ROMAN.match(label)), label


@settings(max_examples=600)
@given(texts("A", "Z", "/", "a", "1", "٣", "_", ".", "(", ")", "-", " ", "é", "\n", "+"))
@example("A/74/406")
@example("A/C.4/74/L.5")
@example("A/")
@example("/74")
@example("A//1")
def test_a_symbol_is_capitals_then_parts_after_slashes(piece: str) -> None:
    assert is_symbol(piece) == bool(SYMBOL.fullmatch(piece))


@settings(max_examples=600)
@given(texts("A/1", ",", "،", "，", "and", "et", "y", "и", "و", "a", "x", SPACES))
@example("A/76/413, para. 8")
@example("A/58/L.50 and Add.1")
def test_a_symbol_list_is_cut_at_commas_and_conjunctions(text: str) -> None:
    assert [piece.strip() for piece in symbol_list_pieces(text)] == [
        piece.strip() for piece in SEPARATOR.split(text)
    ]


@settings(max_examples=400)
@given(texts("Add", "Rev", "Corr", "Cor", ".", DIGITS, "x", " ", "\n"))
@example("Add.1")
@example("Add.")
@example("Rev.12")
def test_a_revision_is_add_rev_or_corr_and_a_number(piece: str) -> None:
    assert is_revision(piece) == bool(REVISION.fullmatch(piece))


@settings(max_examples=600)
@given(texts("Agenda item ", DIGITS, SPACES, "(a)", "(", "and", "y", ",", "x"))
@example("Agenda item 47")
@example("Agenda items 12 (a) and 13")
@example("Agenda item 47 ")
def test_the_agenda_item_is_the_first_run_of_numbers(text: str) -> None:
    match = AGENDA.search(text)
    assert agenda_numbers(text) == (squash(match.group(0)) if match else None)


def resolution_number_by_pattern(printed: str, symbol: str | None) -> str | None:
    for source in (printed, re.sub(r"^[A-Z]+/RES/", "", symbol or "")):
        match = RESOLUTION.search(source)
        if match:
            return squash(match.group(0))
    return printed.rstrip(".") or None


@settings(max_examples=600)
@given(
    texts(DIGITS, "/", ".", " ", "(", ")", "S-", "A", "Resolution "),
    st.sampled_from([None, "A/RES/76/74", "S/RES/2365 (2017)", "A/RES/ES-10/20"]),
)
@example("76/74.", None)
@example("1234/12345.", None)
@example("12345/1.", None)
@example("1/123456.", None)
@example("/1.", None)
@example("", "S/RES/2365 (2017)")
def test_the_resolution_number_is_read_from_the_preface_or_the_symbol(
    printed: str, symbol: str | None
) -> None:
    assert resolution_number(printed, symbol) == resolution_number_by_pattern(printed, symbol)


@settings(max_examples=300)
@given(texts("(", ")", " ", "\u00a0", "x", size=6))
def test_an_empty_arabic_marker_is_dropped_from_its_footnote(note: str) -> None:
    assert without_empty_marker(note) == EMPTY_MARKER.sub("", note)


def make_inline_by_patterns(raw: str, lead: str = "") -> Inline:
    if MARK_OPEN not in raw:
        return Inline(squash(raw), (), lead)
    text = re.sub(r"[\s\u00a0]*(" + MARK.pattern + ")", r"\1", raw)
    text = re.sub("(" + MARK.pattern + r")(?=[\w“‘(])", r"\1 ", text)
    text = squash(text)
    marks: list[tuple[int, int]] = []
    out: list[str] = []
    length = position = 0
    for match in MARK.finditer(text):
        out.append(text[position : match.start()])
        length += match.start() - position
        marks.append((int(match.group(1)), length))
        position = match.end()
    out.append(text[position:])
    clean = "".join(out)
    if "  " in clean:
        clean, marks = close_double_spaces(clean, marks)
    return Inline(clean.strip(), tuple(marks), lead)


@settings(max_examples=800)
@given(texts(MARK_OPEN, MARK_CLOSE, DIGITS, SPACES, "a", ",", "“", "‘", "(", "_", "-", size=12))
@example("the Convention \ue0003\ue001, and")
@example("2017,\ue0001\ue00136/5")
@example("a \ue000x \ue0001\ue001b")
@example("\ue000\ue0001\ue001 \ue0002\ue001(c)")
@example("a \ue0001\ue001 b \ue0002\ue001 c \ue0003\ue001d")  # a marker after the next
def test_footnote_markers_are_glued_and_counted_as_the_marker_pattern_found_them(
    raw: str,
) -> None:
    assert make_inline(raw) == make_inline_by_patterns(raw)


def test_only_a_bang_after_a_bracket_that_opens_no_comment_may_declare() -> None:
    """The pattern refusing DOCTYPE and ENTITY is searched only where some "<!" is not "<!--"."""
    for length in range(8):
        for characters in itertools.product("<!-x", repeat=length):
            text = "".join(characters)
            assert declares_anything(text) == (text.count("<!") > text.count("<!--")), text


@pytest.mark.parametrize(
    "declaration",
    [
        '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
        "<!-- a comment --><!doctype x>",
        "<!--c--><!--d--><!  ENTITY a 'b'>",
    ],
)
def test_a_declaration_is_refused_even_after_comments(declaration: str) -> None:
    with pytest.raises(MineresError, match="DOCTYPE or ENTITY"):
        parse_xml(f"{declaration}<akomaNtoso/>")


def test_a_declaration_written_inside_a_comment_is_refused_as_before() -> None:
    with pytest.raises(MineresError, match="DOCTYPE or ENTITY"):
        parse_xml("<!-- <!DOCTYPE x> --><akomaNtoso/>")


def test_comments_alone_declare_nothing() -> None:
    assert parse_xml("<!-- a --><akomaNtoso><!--b--></akomaNtoso>").tag == "akomaNtoso"
