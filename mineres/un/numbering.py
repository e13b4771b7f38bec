"""How UN resolutions number their parts: roman numerals, section labels in six scripts, and
the id prefixes that keep paragraph ids apart when numbering restarts.

One home for what the AKN reader, the text classifier and the citation finder all need, so
that "(iv)", "II.OP3" and "ثانيا" mean the same thing at every stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from mineres.store.datafiles import load_data_file

ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
ROMAN_NUMERAL = re.compile(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
ROMAN_PAIRS = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman_value(numeral: str) -> int:
    """ "xiv" or "XIV" -> 14: each digit adds, or subtracts when a larger one follows."""
    values = [ROMAN_DIGITS[character] for character in numeral.lower()]
    return sum(
        -value if index + 1 < len(values) and value < values[index + 1] else value
        for index, value in enumerate(values)
    )


def to_roman(value: int) -> str:
    """14 -> "xiv", in lower case as sub-paragraph labels are written."""
    out: list[str] = []
    for amount, letters in ROMAN_PAIRS:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


def next_roman(label: str) -> str:
    return to_roman(roman_value(label) + 1)


def restart_prefixes(
    operative: Sequence[tuple[int, str | None, str | None]],
) -> list[str | None]:
    """Each operative paragraph's id prefix, from (number, top part, section) in reading order.

    No prefix while the printed numbers are unique; when numbering restarts, the top-level part
    ("B.OP1", a component of "74/92 A-B") if that keeps ids apart, else the section ("II.OP3").
    One pass over the paragraphs with sets, so 10,000 paragraphs cost 10,000 steps.
    """
    if not has_duplicates(number for number, _, _ in operative):
        return [None] * len(operative)
    seen_in_top: set[tuple[str | None, int]] = set()
    tops_keep_apart = True
    for number, top, _ in operative:
        if top is None or (top, number) in seen_in_top:
            tops_keep_apart = False
            break
        seen_in_top.add((top, number))
    if tops_keep_apart:
        return [top for _, top, _ in operative]
    return [section for _, _, section in operative]


def has_duplicates(numbers: Iterable[int]) -> bool:
    seen: set[int] = set()
    for number in numbers:
        if number in seen:
            return True
        seen.add(number)
    return False


# ---------------------------------------------------------------- section labels in six scripts


@cache
def section_label_table() -> dict[str, str]:
    """Every non-Latin section label the data names, to its English (Latin) form."""
    data = load_data_file("numbering.yaml")
    table: dict[str, str] = {}
    for rank, word in enumerate(data["arabic_ordinals"], start=1):
        table[word] = to_roman(rank).upper()
    for rank, word in enumerate(data["arabic_letters"]):
        table[word] = chr(ord("A") + rank)
    digits, ten = data["chinese_digits"], data["chinese_ten"]
    for value in range(1, 40):
        table[chinese_number(value, digits, ten)] = to_roman(value).upper()
    return table


def chinese_number(value: int, digits: str, ten: str) -> str:
    """11 -> "十一", 20 -> "二十", 7 -> "七": how Chinese numbers sections."""
    tens, units = divmod(value, 10)
    written = ""
    if tens:
        written = (digits[tens - 1] if tens > 1 else "") + ten
    return written + (digits[units - 1] if units else "")


LATIN_LABEL = re.compile(r"^(?:[IVXLC]{1,7}|[A-Z])$")


def section_label(text: str) -> str | None:
    """The English label a section number stands for ("ثانيا" -> "II", "二" -> "II", "B" -> "B"),
    or None when `text` is not a section number. A trailing full stop is allowed."""
    cleaned = " ".join(text.split()).rstrip(".．、 ")
    if LATIN_LABEL.match(cleaned):
        return cleaned
    return section_label_table().get(cleaned)


@cache
def plenary_meeting_line() -> re.Pattern[str]:
    """A closing meeting line in any of the six languages: "49th plenary meeting", "第49次全体会议"."""
    words = "|".join(
        re.escape(word) for word in load_data_file("numbering.yaml")["plenary_meeting"]
    )
    return re.compile(
        rf"^\s*(?:[^\s\d]{{0,3}}\d{{1,5}}[^\s\d]{{0,4}}\s*(?:{words})|(?:{words})\s*\d{{1,5}})",
        re.IGNORECASE,
    )
