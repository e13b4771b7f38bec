"""Dates and session numbers in the English words UN documents use."""

from __future__ import annotations

from datetime import date

import pytest

from mineres.un.dates import long_date, ordinal_word, parse_long_date


@pytest.mark.parametrize(
    ("number", "word"),
    [
        (1, "first"),
        (11, "eleventh"),
        (12, "twelfth"),
        (20, "twentieth"),
        (58, "fifty-eighth"),
        (59, "fifty-ninth"),
        (60, "sixtieth"),
        (61, "sixty-first"),
        (72, "seventy-second"),
        (73, "seventy-third"),
        (76, "seventy-sixth"),
        (78, "seventy-eighth"),
        (80, "eightieth"),
        (100, "one hundredth"),
    ],
)
def test_session_ordinal_words(number: int, word: str) -> None:
    assert ordinal_word(number) == word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resolution adopted by the General Assembly on 19 December 2003", date(2003, 12, 19)),
        ("17 February 2004Fifty-eighth session", date(2004, 2, 17)),  # as the ODS trailer glues it
        ("31 February 2004", None),
        ("19 Decembre 2003", None),
        ("no date here", None),
    ],
)
def test_parse_long_date(text: str, expected: date | None) -> None:
    assert parse_long_date(text) == expected


def test_long_date_round_trip() -> None:
    assert long_date(date(2019, 12, 13)) == "13 December 2019"
    assert parse_long_date(long_date(date(2019, 12, 13))) == date(2019, 12, 13)
    assert long_date(None) == ""
