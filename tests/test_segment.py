"""Segmenting wrapped and one-line-per-paragraph text: what is a paragraph, a heading, furniture."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.parse import parse_resolution
from mineres.parse.classify import TRAILING_MARKERS, ending
from mineres.parse.normalise import collapse_whitespace, normalise_text
from mineres.parse.segment import (
    ENACTING_FORMULA,
    has_long_lines,
    is_formula_line,
    join_lines,
    joins_without_space,
    split_into_blocks,
)
from mineres.un.text_forms import any_formula_line, comparable_arabic

from .conftest import FIXTURES, ODS_58_127


def test_unlabelled_heading_page_header_and_footnotes_under_the_rule() -> None:
    """Hand-made in the web layout: a heading without a number between two paragraphs, a
    repeated symbol and page number inside the body, and footnotes right under the rule."""
    resolution = parse_resolution(
        (FIXTURES / "text" / "headings_and_page_headers.txt").read_bytes()
    )
    assert [p.text for p in resolution.operative] == [
        "Takes note of the report;",
        "Decides to approve the budget;",
        "Requests the Secretary-General to report.",
    ]
    assert [(s.id, s.heading) for s in resolution.sections] == [
        ("S1", "Budget estimates for the period from 1 July 2022 to 30 June 2023")
    ]
    assert [p.section for p in resolution.operative] == [None, "S1", "S1"]
    assert [(n.number, n.cited_from) for n in resolution.footnotes] == [(1, ("OP2",))]


def test_a_few_long_lines_do_not_make_wrapped_text_one_paragraph_a_line() -> None:
    wrapped = ["Recalling its resolution 57/159 of 16 December 2002 and all its"] * 40
    links = ["1/ See https://www.un.org/" + "x" * 200] * 3
    assert not has_long_lines(wrapped + links)
    assert has_long_lines(ODS_58_127.read_text(encoding="utf-8").replace("\t", "").splitlines())


def test_ods_export_layout_and_trailer() -> None:
    blocks = split_into_blocks(normalise_text(ODS_58_127.read_text(encoding="utf-8")))
    assert blocks.layout == "ods"
    assert blocks.formula == "The General Assembly,"
    assert len(blocks.body) == 49
    assert blocks.closing == ("76th plenary meeting", "19 December 2003")
    assert len(blocks.footnotes) == 13
    assert any("N0350220E" in line for line in blocks.trailer)
    assert not any("ODS" in block or "[DU" in block for block in blocks.body)


# The fast paths below each stand for a slower reading that the parser used before: they are
# checked against it on text made of the characters where the two could part.
FAST_PATH_CHARACTERS = (
    " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2028\u3000\ufeff\u200b\x01\x7f-ab1٣/()“”;,.大"
)


@given(st.text(alphabet=FAST_PATH_CHARACTERS, max_size=24))
@settings(max_examples=400)
def test_collapse_whitespace_is_splitting_and_joining(text: str) -> None:
    assert collapse_whitespace(text) == " ".join(text.split())


@given(st.text(alphabet=FAST_PATH_CHARACTERS, max_size=24))
@settings(max_examples=400)
def test_normalise_text_is_the_three_substitutions(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    expected = unicodedata.normalize("NFC", expected)
    expected = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ue000]", "", expected)
    expected = re.sub("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]", "", expected)
    expected = re.sub("[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", expected)
    assert normalise_text(text) == expected


@given(st.text(alphabet=FAST_PATH_CHARACTERS, max_size=24))
@settings(max_examples=400)
def test_ending_runs_the_marker_pattern_on_the_tail_only(text: str) -> None:
    expected = TRAILING_MARKERS.sub("", text.rstrip()).rstrip(' »”"’)')
    assert ending(text) == expected


@given(st.lists(st.text(alphabet=FAST_PATH_CHARACTERS, max_size=10), max_size=5))
@settings(max_examples=400)
def test_join_lines_joins_like_the_character_by_character_reading(lines: list[str]) -> None:
    parts: list[str] = []
    previous = ""
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        if previous and not joins_without_space(previous, line):
            parts.append(" ")
        parts.append(line)
        previous = line
    assert join_lines(lines) == "".join(parts)


@pytest.mark.parametrize(
    "line",
    [
        "The General Assembly,",
        "  The Security Council",
        "L’Assemblée générale,",
        "L'Assemblee generale",
        "La Asamblea General,",
        "El Consejo de Seguridad,",
        "Генеральная Ассамблея,",
        "إن الجمعية العامة،",
        "\u0640إن الجمعية العامة،",
        "大会，",
        "Emphasizing the need,",
        "Taking note of the report,",
    ],
)
def test_formula_lines_are_read_after_the_first_character_test(line: str) -> None:
    """Only lines opening with a formula's first character are matched against the formulas:
    the answer is the full patterns' answer."""
    full = bool(ENACTING_FORMULA.match(line) or any_formula_line().match(comparable_arabic(line)))
    assert is_formula_line(line) == full
