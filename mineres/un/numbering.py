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
# compiled on first use (by re's own cache): only AKN numbering asks
ROMAN_NUMERAL = r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$"
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
    Only a kind of heading at which the numbering restarts names paragraphs: in A/RES/74/263
    the Roman sections restart at 1, while the headings "A", "B" inside section VIII (its
    paragraphs go on 5 ... 41) and the unnumbered ones inside XVII and XVIII never do, so
    their paragraphs are named after the section: "VIII.OP30", "XVII.OP5". Both readers,
    which nest such headings differently, then give the same ids.
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
    groups = [top if tops_keep_apart else section for _, top, section in operative]
    return named_by_restarting_headings([number for number, _, _ in operative], groups)


def named_by_restarting_headings(
    numbers: Sequence[int], groups: Sequence[str | None]
) -> list[str | None]:
    """Each paragraph named after the latest heading of a kind (Roman, letter, unnumbered) at
    which the numbering starts again somewhere in the document; a heading of another kind,
    whose paragraphs only go on with the numbering, names nothing."""
    restarting: set[str | None] = set()
    for index, (number, group) in enumerate(zip(numbers, groups, strict=True)):
        opens_group = index == 0 or group != groups[index - 1]
        if opens_group and (index == 0 or number <= numbers[index - 1]):
            restarting.add(heading_kind(group))
    named: list[str | None] = []
    current: str | None = None
    for index, group in enumerate(groups):
        if (index == 0 or group != groups[index - 1]) and heading_kind(group) in restarting:
            current = group
        named.append(current)
    return named


UNNUMBERED_SECTION = r"^S\d+$"  # compiled on first use, as ROMAN_NUMERAL


def heading_kind(group: str | None) -> str | None:
    """ "VIII" and "B.IV" are Roman, "A" and "VIII.A~11" letters, "S21" unnumbered (the id the
    readers give a heading without a number)."""
    if group is None:
        return None
    label = group.rsplit(".", 1)[-1].split("~", 1)[0]
    if re.match(UNNUMBERED_SECTION, label):
        return "unnumbered"
    if re.match(ROMAN_NUMERAL, label):
        return "roman"
    return "letter" if len(label) == 1 else "other"


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


@cache
def word_label_openings() -> frozenset[str]:
    """The characters a label of section_label_table can open with, read from the data
    without building the table (~0.6 ms): the Arabic words' first characters, the Chinese
    digits and ten (a Chinese number opens with one of them)."""
    data = load_data_file("numbering.yaml")
    words = [*data["arabic_ordinals"], *data["arabic_letters"]]
    return frozenset(
        [word[:1] for word in words] + list(data["chinese_digits"]) + list(data["chinese_ten"])
    )


def chinese_number(value: int, digits: str, ten: str) -> str:
    """11 -> "十一", 20 -> "二十", 7 -> "七": how Chinese numbers sections."""
    tens, units = divmod(value, 10)
    written = ""
    if tens:
        written = (digits[tens - 1] if tens > 1 else "") + ten
    return written + (digits[units - 1] if units else "")


LATIN_SECTION_DIGITS = frozenset("IVXLC")


def section_label(text: str) -> str | None:
    """The English label a section number stands for ("ثانيا" -> "II", "二" -> "II", "B" -> "B"),
    or None when `text` is not a section number. A trailing full stop is allowed."""
    cleaned = " ".join(text.split()).rstrip(".．、 ")
    if is_latin_section_label(cleaned):
        return cleaned
    return section_label_table().get(cleaned)


def is_latin_section_label(label: str) -> bool:
    """ "II", "XIV", "B": up to seven roman digits or one capital letter. What the pattern
    r"^(?:[IVXLC]{1,7}|[A-Z])$" matched in a label holding no newline, without compiling it."""
    if len(label) == 1:
        return "A" <= label <= "Z"
    return bool(label) and len(label) <= 7 and set(label) <= LATIN_SECTION_DIGITS


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
