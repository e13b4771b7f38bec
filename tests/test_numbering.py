"""mineres.un.numbering: roman numerals, section labels in six scripts, restart prefixes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineres.un.numbering import (
    next_roman,
    plenary_meeting_line,
    restart_prefixes,
    roman_value,
    section_label,
    to_roman,
)


@given(st.integers(min_value=1, max_value=3999))
def test_roman_numerals_round_trip(value: int) -> None:
    assert roman_value(to_roman(value)) == value
    assert roman_value(to_roman(value).upper()) == value


@pytest.mark.parametrize(("label", "following"), [("i", "ii"), ("iv", "v"), ("ix", "x")])
def test_next_roman(label: str, following: str) -> None:
    assert next_roman(label) == following


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("II", "II"),
        ("IV.", "IV"),
        ("B", "B"),
        ("أولا", "I"),
        ("ثانيا", "II"),
        ("حادي عشر", "XI"),
        ("باء", "B"),
        ("一", "I"),
        ("十", "X"),
        ("十四", "XIV"),
        ("二十", "XX"),
        ("Budget", None),
        ("会议日历", None),
    ],
)
def test_section_labels_in_six_scripts(printed: str, label: str | None) -> None:
    assert section_label(printed) == label


def test_no_prefix_while_numbers_are_unique() -> None:
    assert restart_prefixes([(1, None, None), (2, None, "I")]) == [None, None]


def test_prefix_by_component_when_that_keeps_ids_apart() -> None:
    """ "74/92 A-B": each component numbers from 1; sections inside B do not matter."""
    operative = [(1, "A", "A"), (2, "A", "A"), (1, "B", "B.I"), (2, "B", "B.II")]
    assert restart_prefixes(operative) == ["A", "A", "B", "B"]


def test_prefix_by_section_when_numbering_restarts_inside_a_component() -> None:
    operative = [(1, None, "I"), (2, None, "I"), (1, None, "II")]
    assert restart_prefixes(operative) == ["I", "I", "II"]


@pytest.mark.parametrize(
    ("line", "meeting"),
    [
        ("49th plenary meeting", True),
        ("49e séance plénière", True),
        ("49a sesión plenaria", True),
        ("37-e пленарное заседание 7 декабря 2020 года", True),
        ("الجلسة العامة 49", True),
        ("第49次全体会议", True),
        ("Decides to convene a plenary meeting", False),
    ],
)
def test_closing_meeting_line_in_six_languages(line: str, meeting: bool) -> None:
    assert bool(plenary_meeting_line().match(line)) is meeting
