"""Clean text to blocks: header, enacting formula, body paragraphs, closing, footnotes.

Two text layouts are read:

- ``ods``: the Official Document System's text export. One paragraph per line, tab
  indents, footnote markers glued to words, footnotes after the closing lines, and a
  trailer of export tags (``<<ODS JOB NO>>``), rules and page numbers.
- ``plain``: text as UN web pages give it. Lines wrapped near 72 columns, blank lines
  between paragraphs, footnote markers written `` 1/`` and footnotes after a rule.

Both are read in the six official languages: the enacting formula, the closing meeting and
date lines and the numbering come from data/text_layouts.yaml, and wrapped Chinese lines join
without a space.

Page furniture (rules, page numbers, repeated symbols, ODS tags) is dropped here, so it
never reaches a paragraph; the trailer is kept apart for the metadata stage.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import islice

from mineres.frozen import frozen_dataclass
from mineres.models import Layout
from mineres.un.text_forms import (
    any_date_line,
    any_meeting_line,
    comparable_arabic,
    date_forms_of,
    formula_initials,
    is_other_formula_line,
    latin_languages,
    meeting_forms,
    other_script,
    section_label_id,
    wide,
)

ODS_TAG = re.compile(r"<<ODS [A-Z0-9 ]+>>")
# what `"<<ODS " in text` tells, found 2.5 times faster in a text of characters beyond Latin-1
# (the pattern engine skips to each "<"; a text without a tag is read to its end)
ODS_TAG_OPENING = re.compile("<<ODS ")
DRAFTING_MARK = re.compile(r"\[DU\d*\]")
FOOTNOTE_RULE = re.compile(r"^\s*_{3,}\s*$")
UNDERSCORES = re.compile("___")  # a literal: the engine skips to each "_"
JOB_NUMBER_LINE = re.compile(r"^\s*\d{2} \d{5}\s*$")
# Leading spaces, then what is not a space. In three patterns below, asked of most lines,
# each alternative opens with a non-space: "(?=\S)" says so to the engine, which then does
# not give the indent back a space at a time to try every alternative again (half as long).
INDENT = r"^\s*(?=\S)"
# a line of page furniture: a rule that is not a footnote rule, a page number, a job number
# or a drafting mark; one pattern, so a unit is judged in one call (every unit is asked)
FURNITURE_LINE = re.compile(
    INDENT + r"(?:-{3,}|\*{3,}|={3,}|(?:-\s*)?\d{1,3}(?:\s*-)?|\d{2} \d{5}|\[DU\d*\])\s*$"
)
# "\n\t1.\t": a tab-indented numbered paragraph, anchored on the line break (not "(?m)^",
# which the engine tries at every position)
OPENING_DRAFTING_MARK = re.compile(r"\s*\[DU")  # matched, not a stripped copy of the text
TAB_NUMBERED = re.compile(r"\n\t+\d+(?:\.| -)\t")
REPEATED_SYMBOL = re.compile(r"^\s*[A-Z]{1,6}/(?:RES|DEC)/[\w./()-]+\s*$")
ENACTING_FORMULA = re.compile(  # "The General Assembly,"; not a heading "The Question of Palestine"
    r"^\s*The\s+(?P<body>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|and|for|the)){0,7})"
    r"(?:\s*,|(?<=Assembly)|(?<=Council)|(?<=Conference)|(?<=Commission))\s*$"
)
SECTION_LABEL_LINE = re.compile(INDENT + r"(?:[IVXL]{1,6}|[A-H])\.?\s*$")
PAGE_LINE = r"(?i:(?:Page\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?)"
# a repeated symbol or a page number: one pattern, asked of every unit of the body
RUNNING_HEADER_LINE = re.compile(
    INDENT
    + "(?:"
    + REPEATED_SYMBOL.pattern.removeprefix(r"^\s*").removesuffix(r"\s*$")
    + "|"
    + PAGE_LINE
    + r")\s*$"
)
YEAR_AT_END = re.compile(r"\b\d{4}(?:\s*года)?\s*$")
# Numbers have no ceiling: footnote 1,000 and paragraph 1,000 are read like footnote 1.
FOOTNOTE_START = re.compile(r"^\s*[1-9]\d*(?:/|\s)\s*\D")  # "1 See", "2/ Ibid.", not "19 December"
FOOTNOTE_LINE = re.compile(r"^\s*(?P<number>[1-9]\d*)(?:/|\s)\s*(?P<text>\S.*)$")
INDENTED = re.compile(r"^(?:\t| {2,})\S")


@frozen_dataclass
class Blocks:
    """A resolution text cut into its parts, each an unwrapped string per unit.

    (Documented: an undocumented dataclass has its signature read and tokenised at import.)
    """

    layout: Layout
    header: tuple[str, ...] = ()  # lines before the enacting formula
    formula: str | None = None  # "The General Assembly,"
    body: tuple[str, ...] = ()  # one unwrapped string per paragraph, sub-paragraph or heading
    closing: tuple[str, ...] = ()  # "76th plenary meeting", "19 December 2003"
    footnotes: tuple[str, ...] = ()  # one unwrapped string per footnote: "1 text", "1/ text"
    annex: tuple[str, ...] = ()  # what follows the closing lines and is not a footnote
    trailer: tuple[str, ...] = ()  # ODS export tags and cover-page lines, for the metadata


def detect_layout(text: str) -> Layout:
    # the opening mark first: the tags are at the end, and a scan for them reads the whole text
    if OPENING_DRAFTING_MARK.match(text) or ODS_TAG_OPENING.search(text):
        return "ods"
    first_line = TAB_NUMBERED.match("\n" + text.partition("\n")[0])  # the text's own start
    # two are enough: the scan stops there; a text without a tab (one character, found by a
    # fast scan) has none, and is not scanned for them
    found = islice(TAB_NUMBERED.finditer(text), 2) if "\t" in text else ()
    tab_numbered = (1 if first_line else 0) + sum(1 for _ in found)
    return "ods" if tab_numbered >= 2 else "plain"


def split_into_blocks(text: str) -> Blocks:
    """Cut a normalised resolution text into its parts, dropping page furniture."""
    layout = detect_layout(text)
    trailer: list[str] = []
    if layout == "ods" and ("[DU" in text or ODS_TAG_OPENING.search(text)):  # neither: nothing
        lines, trailer = split_off_ods_trailer(text)
    else:
        lines = text.split("\n")
    one_line = layout == "ods" or has_long_lines(lines)
    # a unit of one line is never cut at a rule
    units = one_line_units(lines) if one_line else wrapped_units(text, lines)

    formula_at = next((i for i, unit in enumerate(units) if is_enacting_formula(unit)), None)
    if formula_at is None:
        formula_at = first_paragraph_index(units) - 1
        formula = None
    else:
        formula = join_lines(units[formula_at])
    header_units = units[: max(formula_at, 0)]
    opening_heading = take_trailing_heading(header_units)
    header = [line.strip() for unit in header_units for line in unit]

    formula_unit = [units[formula_at]] if opening_heading and formula is not None else []
    rest = opening_heading + formula_unit + units[formula_at + 1 :]
    closing_at = closing_index(rest)
    body = one_line_blocks(rest[:closing_at]) if one_line else wrapped_blocks(rest[:closing_at])
    after = rest[closing_at:]
    closing, after = take_closing(after)
    footnotes, annex = take_footnotes(after)
    return Blocks(
        layout=layout,
        header=tuple(line for line in header if line),
        formula=formula,
        body=tuple(body),
        closing=tuple(closing),
        footnotes=tuple(footnotes),
        annex=tuple(annex),
        trailer=tuple(trailer),
    )


def split_off_ods_trailer(text: str) -> tuple[list[str], list[str]]:
    """The ODS export ends with tagged lines and the cover page; keep them apart, untagged.

    The trailer opens at the line of the first tag (a tag holds no line break). The text is
    split once; the tag and the drafting marks (one or two a text) are found by pattern, and
    their lines by counting line breaks, not by asking every line."""
    lines = text.split("\n")
    for index in {line_of(text, mark.start(), len(lines)) for mark in DRAFTING_MARK.finditer(text)}:
        lines[index] = DRAFTING_MARK.sub("", lines[index])
    tag = ODS_TAG.search(text)  # no "<<ODS " in text first: finding the tag reads no more
    start = line_of(text, tag.start(), len(lines)) if tag else len(lines)
    return lines[:start], [line for line in map(str.strip, lines[start:]) if line]


def line_of(text: str, position: int, line_count: int) -> int:
    """The line of `text` (of `line_count` lines) that `position` is on, from the line breaks
    on the shorter side of it: the tag and the last mark are near the end of the text."""
    if position < len(text) // 2:
        return text.count("\n", 0, position)
    return line_count - 1 - text.count("\n", position)


def footnote_rule_lines(text: str) -> frozenset[str]:
    """The lines of `text` that are footnote rules (FOOTNOTE_RULE), found from where its runs
    of underscores are (a text has one or two), not by asking every line."""
    rules: set[str] = set()
    end = -1
    for run in UNDERSCORES.finditer(text):
        if run.start() < end:
            continue  # on the line just read
        start = text.rfind("\n", 0, run.start()) + 1
        end = text.find("\n", run.end())
        end = end if end >= 0 else len(text)
        line = text[start:end]
        if FOOTNOTE_RULE.match(line):
            rules.add(line)
    return frozenset(rules)


def split_at_footnote_rule(unit: list[str]) -> list[list[str]]:
    """A rule of underscores with footnotes right under it, no blank line between."""
    if len(unit) == 1:
        return [unit]
    for index, line in enumerate(unit):
        if "___" in line and FOOTNOTE_RULE.match(line):
            before, after = unit[:index], unit[index + 1 :]
            return [part for part in (before, [line], after) if part]
    return [unit]


def has_long_lines(lines: list[str]) -> bool:
    """Text with a paragraph a line (no wrapping) has many lines far longer than 72 columns;
    wrapped text has only a few (a long link, an unwrapped heading)."""
    if sum(1 for line in lines if len(line) > 150) < 3:
        return False  # wrapped text: too few lines are long, whatever their spaces
    text_lines = [line for line in lines if len(line) > 40 and len(line.strip()) > 40]
    long_lines = sum(1 for line in text_lines if len(line) > 150)
    return long_lines >= 3 and long_lines >= 0.3 * len(text_lines)


def one_line_units(lines: list[str]) -> list[list[str]]:
    """Each line a unit (ODS), but blank lines and page furniture (rules, page and job numbers,
    a line of only a drafting mark): one pass over the lines. Only a line that may be furniture
    by its last character (may_be_furniture) is asked FURNITURE_LINE."""
    return [
        [line]
        for line in lines
        if line
        and not line.isspace()
        and not (may_be_furniture(line) and FURNITURE_LINE.match(line))
    ]


# What each alternative of FURNITURE_LINE ends with, but a digit: a rule of "-", "*" or "=",
# a page number between dashes, a drafting mark "[DU1]"
FURNITURE_ENDINGS = frozenset("-*=]")


def may_be_furniture(line: str) -> bool:
    """Whether the last character of `line` but spaces is one FURNITURE_LINE can end with (a
    FURNITURE_ENDINGS or a digit): a line it matches always is. Most lines end a paragraph
    ("," ";" "."), and this is asked twice as fast as the pattern fails on them. Exact: the
    pattern's \\s is what rstrip strips and its \\d what isdecimal tells."""
    last = line.rstrip()[-1:]
    return last in FURNITURE_ENDINGS or last.isdecimal()


def one_line_blocks(units: list[list[str]]) -> list[str]:
    """The body blocks of units of one line each (one_line_units): each line stripped, but
    running headers. A line is no blank (one_line_units drops those) and has nothing to split
    or join: split_run_together is not called for each."""
    return [line.strip() for [line] in units if not is_running_header_line(line)]


def is_running_header_line(line: str) -> bool:
    """RUNNING_HEADER_LINE's match, asked only of a line that holds a "/" (every repeated
    symbol does) or ends, but spaces, with a digit (every page number does): most body lines
    do neither, and a scan for one character and a look at the last are faster than the
    pattern failing. Exact, as may_be_furniture."""
    if "/" not in line and not line.rstrip()[-1:].isdecimal():
        return False
    return RUNNING_HEADER_LINE.match(line) is not None


def wrapped_blocks(units: list[list[str]]) -> list[str]:
    """The body blocks of wrapped units: each unwrapped, split where paragraphs run together,
    but running headers."""
    return [
        block
        for unit in units
        # the first line asked here: almost every unit fails there, without a call
        if not (RUNNING_HEADER_LINE.match(unit[0]) and is_running_header(unit))
        for block in split_run_together(unit)
    ]


def wrapped_units(text: str, lines: list[str]) -> list[list[str]]:
    """Runs of lines between blank lines, cut at a footnote rule right above footnotes, but
    page furniture on a line of its own. `lines` are the lines of `text`."""
    rules = footnote_rule_lines(text)  # a unit holding none of them is not cut
    return [
        part
        for unit in group_into_units(lines)
        for part in (
            split_at_footnote_rule(unit)
            if rules and len(unit) > 1 and not rules.isdisjoint(unit)
            else (unit,)
        )
        if len(part) != 1 or not FURNITURE_LINE.match(part[0])
    ]


def group_into_units(lines: list[str]) -> list[list[str]]:
    """Runs of lines between blank lines (wrapped text)."""
    units: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line and not line.isspace():  # not blank, tested without a stripped copy
            current.append(line)
        elif current:
            units.append(current)
            current = []
    if current:
        units.append(current)
    return units


def is_running_header(unit: list[str]) -> bool:
    """The symbol and page number a printed page repeats at its top ("A/RES/77/999", "Page 2"),
    on lines of their own inside the body."""
    return all(map(RUNNING_HEADER_LINE.match, unit))


def is_footnote_rule(unit: list[str]) -> bool:
    return len(unit) == 1 and bool(FOOTNOTE_RULE.match(unit[0]))


def is_enacting_formula(unit: list[str]) -> bool:
    return len(unit) == 1 and is_formula_line(unit[0])


def is_formula_line(text: str) -> bool:
    """ "The General Assembly," or the same in another official language."""
    first = text.lstrip()[:1]
    if first == "T" and ENACTING_FORMULA.match(text):
        return True
    return first in formula_initials() and is_other_formula_line(comparable_arabic(text))


def take_trailing_heading(units: list[list[str]]) -> list[list[str]]:
    """A section heading printed above "The General Assembly," belongs to the body
    (A/RES/74/250 opens with "A / Final budget appropriations ..."). Removed from `units`."""
    if units and is_section_label(units[-1][0]):
        return [units.pop()]
    if len(units) >= 2 and is_section_label(units[-2][0]) and len(units[-2]) == 1:
        heading = [units.pop(-2), units.pop()]
        return heading
    return []


def is_section_label(line: str) -> bool:
    return bool(SECTION_LABEL_LINE.match(line) or section_label_id(line))


def first_paragraph_index(units: list[list[str]]) -> int:
    """Without an enacting formula, the body starts at the first long or numbered block."""
    for i, unit in enumerate(units):
        text = join_lines(unit)
        if new_paragraph_line().match(text) or (
            len(text) > 100 and not REPEATED_SYMBOL.match(text)
        ):
            return i
    return len(units)


def join_lines(lines: list[str]) -> str:
    """Unwrap lines into one string. A line ending in a hyphen after a letter joins without
    space, and so does a line break next to a Chinese or Japanese character (that writing
    has no spaces between words). Built in one pass: long wrapped paragraphs stay linear.
    One line (most footnotes of the ODS layout) has no break to join: it is only stripped."""
    if len(lines) == 1:
        return lines[0].strip()
    stripped = list(filter(None, map(str.strip, lines)))
    spaced = " ".join(stripped)
    hyphen_break = "- " in spaced and any(line.endswith("-") for line in stripped[:-1])
    if not hyphen_break and not has_wide(spaced):
        return spaced  # no line but the last ends with a hyphen, no CJK: every break a space
    parts: list[str] = []
    previous = ""
    for line in stripped:
        if previous and not joins_without_space(previous, line):
            parts.append(" ")
        parts.append(line)
        previous = line
    return "".join(parts)


def has_wide(text: str) -> bool:
    """Whether `text` may hold a character `wide` is true of (none is below U+2E80), by one
    scan in C rather than a test a character at a time."""
    return not text.isascii() and beyond_u2e7f().search(text) is not None


@cache
def beyond_u2e7f() -> re.Pattern[str]:
    """Any character from U+2E80 on: compiled when a text first needs it (a negated class
    compiles four times faster than the range up to U+2FFFF)."""
    return re.compile("[^\x00-\u2e7f]")


def joins_without_space(before: str, after: str) -> bool:
    hyphenated = before.endswith("-") and len(before) > 1 and before[-2].isalpha()
    return hyphenated or wide(before[-1]) or wide(after[0])


# "1. ", "2 - ", "(a) ", "b) ", "(iv) ": how a line opening a paragraph, sub-paragraph or item
# starts, after any spaces
PARAGRAPH_OPENING = (
    r"\s*(?:[1-9]\d*(?:\.|\s?-)|\((?:[^\W\d_]{1,2}|[ivxlc]{1,6})\)|[^\W\d_]{1,2}\))\s+\S"
)


# Compiled when a text needs them (wrapped text, or one without an enacting formula), not by
# every process that reads a text of one paragraph a line.
@cache
def new_paragraph_line() -> re.Pattern[str]:
    return re.compile("^" + PARAGRAPH_OPENING)


@cache
def unwrapping_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """In a unit's lines joined by line breaks, what makes unwrapping more than joining its
    lines by spaces: a line but the first opening like a paragraph (PARAGRAPH_OPENING within
    a line: its spaces are no line break) or a line but the last ending with a hyphen. Asked
    once of a unit's text, not of each of its lines.

    Two patterns, each opening with one literal character the engine skips to ("\n", "-"):
    one pattern of both alternatives opens with a set of two, which it tests character by
    character, twice as slow over a unit's text."""
    within_line = PARAGRAPH_OPENING.replace(r"\s", r"[^\S\n]")
    return re.compile(rf"\n{within_line}"), re.compile(r"-[^\S\n]*\n")


def has_unwrapping_cue(joined: str) -> bool:
    """Whether a unit's lines, joined by line breaks, hold a cue of `unwrapping_cues`."""
    paragraph_opening, hyphen_break = unwrapping_cues()
    return bool(paragraph_opening.search(joined) or hyphen_break.search(joined))


@cache
def ends_a_paragraph() -> re.Pattern[str]:
    """The end of a paragraph in any of the six languages: "," ";" ":" ".", Arabic "،" "؛",
    Chinese "，" "；" "：" "。", or a closing "and"/"et"/"y"/"и"/"و" before the last item."""
    return re.compile(r"(?:[;:.,،؛，；：。]|\b(?:and|or|et|ou|y|o|и|или))\s*$")


def split_run_together(unit: list[str]) -> list[str]:
    """Wrapped text sometimes lacks blank lines between paragraphs: split at numbered lines.
    A centred section label on a line of its own ("I", "أولا", "一") is a block of its own."""
    if len(unit) == 1:  # every unit of the ODS layout: nothing to split
        line = unit[0].strip()
        return [line] if line else []
    if is_section_label(unit[0]):
        return [unit[0].strip(), *split_run_together(unit[1:])]
    if not has_unwrapping_cue("\n".join(unit)):  # most units: one wrapped paragraph
        spaced = " ".join(filter(None, map(str.strip, unit)))
        return [spaced if not has_wide(spaced) else join_lines(unit)]
    opens = new_paragraph_line().match
    numbered = [index for index, line in enumerate(unit) if index and opens(line)]
    starts = [0]  # where each block starts; only a numbered line may start one
    for index in numbered:
        line = unit[index]
        if ends_a_paragraph().search(unit[index - 1]) and (
            INDENTED.match(line) or not INDENTED.match(unit[starts[-1]])
        ):
            starts.append(index)
    ends = [*starts[1:], len(unit)]
    return [join_lines(unit[start:end]) for start, end in zip(starts, ends, strict=True)]


def closing_index(units: list[list[str]]) -> int:
    """The first unit that is a closing line or a footnote rule (len(units) when none is):
    is_closing_line and is_footnote_rule in one loop, as every unit of the body is asked.

    A line without a character of the Russian, Arabic or Chinese script (almost every line
    of almost every text) is asked of the Latin-script languages' patterns directly: the
    other scripts' patterns could not match it, and it holds no Arabic mark to take out.
    In a process that has read many texts, a one-line unit (every unit of an ODS text) is
    asked the three questions by one pattern (latin_one_line_closing)."""
    meeting, date = any_meeting_line(), any_date_line()
    latin_meeting, latin_date = meeting.latin.match, date.latin.match
    one_line = one_line_closing(len(units))
    for index, unit in enumerate(units):
        first = unit[0]
        if first.isascii() or not other_script().search(first):
            if one_line is not None and len(unit) == 1:
                if one_line(first):
                    return index
                continue
            if latin_meeting(first):
                return index
            if len(unit) == 1 and (latin_date(first) or is_rule_line(first)):
                return index
            continue
        line = comparable_arabic(first)
        if meeting.match(line):
            return index
        if len(unit) == 1 and (date.match(line) or is_rule_line(first)):
            return index
    return len(units)


class UnitsAsked:
    """How many units closing_index has been given in this process."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


UNITS_ASKED = UnitsAsked()
# latin_one_line_closing takes ~1 ms to compile and saves ~0.25 µs a one-line unit: it is
# compiled once this many units were asked (a batch of texts), never for one or two texts.
UNITS_BEFORE_ONE_LINE_PATTERN = 4000


def one_line_closing(units: int) -> Callable[[str], re.Match[str] | None] | None:
    """latin_one_line_closing's match, once the units asked in this process pay for it."""
    UNITS_ASKED.count += units
    if UNITS_ASKED.count < UNITS_BEFORE_ONE_LINE_PATTERN:
        return None
    return latin_one_line_closing().match


@cache
def latin_one_line_closing() -> re.Pattern[str]:
    """A meeting line, a date line or a footnote rule, in the Latin-script languages: what
    the meeting and date lines' Latin patterns and FOOTNOTE_RULE ask of a one-line unit, as
    one pattern (all three skip the indent, then part ways)."""
    languages = latin_languages()
    return re.compile(
        rf"{INDENT}(?:{meeting_forms(languages)}|(?:{date_forms_of(languages)})\s*$|_{{3,}}\s*$)",
        re.IGNORECASE,
    )


def is_rule_line(line: str) -> bool:
    """The pattern alone, without a scan for "___" first: it fails at a line's first word,
    where the scan reads a long paragraph to its end."""
    return FOOTNOTE_RULE.match(line) is not None


def is_closing_line(unit: list[str]) -> bool:
    """ "76th plenary meeting", or only the date when the resolution was adopted without a
    meeting (by the silence procedure of 2020)."""
    line = comparable_arabic(unit[0])  # "الجلسـة العامة" with a tatweel is the same line
    return bool(any_meeting_line().match(line) or (len(unit) == 1 and any_date_line().match(line)))


def take_closing(units: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The meeting line and the date under it; a meeting line printed twice (the markup of
    A/RES/75/1 in Spanish ends its last paragraph with it) is all closing, not a footnote."""
    closing: list[str] = []
    rest = units
    while rest and len(closing) < 6:
        unit = rest[0]
        if is_closing_line(unit):
            closing += [line.strip() for line in unit]
        elif (  # the footnote under the closing lines fails at FOOTNOTE_START, asked first:
            closing  # is_date_line searches the whole line for a year
            and len(unit) == 1
            and not FOOTNOTE_START.match(unit[0])
            and is_date_line(unit[0])
        ):
            closing.append(unit[0].strip())
        else:
            break
        rest = rest[1:]
    return closing, rest


def is_date_line(line: str) -> bool:
    """ "19 December 2003", "13 декабря 2019 года", "2019年12月13日"."""
    return bool(YEAR_AT_END.search(line) or any_date_line().match(line))


def take_footnotes(units: list[list[str]]) -> tuple[list[str], list[str]]:
    """Footnotes follow the closing lines (ODS) or a rule (plain); the rest is annex text.

    A line starts a new footnote only when its number follows the previous one, so a wrapped
    line that happens to begin "10 December 2019" stays part of the footnote before it.
    """
    footnotes: list[list[str]] = []
    annex: list[str] = []
    last_number = 0
    for unit in units:
        if is_footnote_rule(unit):
            continue
        in_footnote = False
        for line in unit:
            match = FOOTNOTE_LINE.match(line)
            number = int(match["number"]) if match else -1
            in_order = number == last_number + 1 or not footnotes  # part B may start at 2
            if match and not JOB_NUMBER_LINE.match(line) and in_order:
                footnotes.append([line])
                last_number = number
                in_footnote = True
            elif in_footnote:
                footnotes[-1].append(line)
            else:
                annex.append(line.strip())
    return [join_lines(lines) for lines in footnotes], [line for line in annex if line]
