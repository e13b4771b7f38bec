"""How UN documents write dates and session numbers in English words.

"19 December 2003" and "fifty-ninth session" are read by the metadata stage, written by the
layout renderers and compared by the diff (a routine roll-over), so they are spelled here once.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)}
# compiled on first use (by re's own cache): a text that never asks costs nothing
LONG_DATE = r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})"

UNIT_ORDINALS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
TEEN_ORDINALS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def parse_long_date(text: str) -> date | None:
    """The first "19 December 2003" in `text` as a date; None when there is no valid one."""
    match = re.search(LONG_DATE, text)
    if not match or match["month"] not in MONTH_NUMBERS:
        return None
    try:
        return date(int(match["year"]), MONTH_NUMBERS[match["month"]], int(match["day"]))
    except ValueError:
        return None


def long_date(value: date | None) -> str:
    """date(2003, 12, 19) -> "19 December 2003"; "" for None."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


def ordinal_word(number: int) -> str:
    """A session number as the UN writes it: 59 -> "fifty-ninth", 60 -> "sixtieth"."""
    if not 1 <= number <= 199:
        raise ValueError(f"no ordinal word for {number}")
    if number >= 100:
        rest = number - 100
        return "one hundredth" if rest == 0 else f"one hundred and {ordinal_word(rest)}"
    if number < 10:
        return UNIT_ORDINALS[number]
    if number < 20:
        return TEEN_ORDINALS[number - 10]
    tens, units = divmod(number, 10)
    if units == 0:
        return TENS[tens][:-1] + "ieth"
    return f"{TENS[tens]}-{UNIT_ORDINALS[units]}"
