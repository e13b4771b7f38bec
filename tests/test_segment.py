"""Segmenting wrapped and one-line-per-paragraph text: what is a paragraph, a heading, furniture."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.parse import parse_resolution
from mineres.parse.classify import TRAILING_MARKERS, ending
from mineres.parse.normalise import (
    collapse_printable_whitespace,
    collapse_whitespace,
    normalise_text,
    normalised,
)
from mineres.parse.segment import (
    ENACTING_FORMULA,
    has_long_lines,
    is_formula_line,
    join_lines,
    joins_without_space,
    one_line_blocks,
    split_into_blocks,
    wrapped_blocks,
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


# what a block of a text `normalised` finds printable may hold: printable characters, tabs, breaks
PRINTABLE_BUT_BREAKS = (
    "".join(character for character in FAST_PATH_CHARACTERS if character.isprintable()) + "\t\n"
)


@given(st.text(alphabet=PRINTABLE_BUT_BREAKS, max_size=24))
@settings(max_examples=400)
def test_collapse_printable_whitespace_is_splitting_and_joining(text: str) -> None:
    assert collapse_printable_whitespace(text) == " ".join(text.split())


def test_collapse_printable_whitespace_makes_tabs_and_breaks_spaces() -> None:
    assert collapse_printable_whitespace("1.\tDecides") == "1. Decides"
    assert collapse_printable_whitespace("Recalling\nits") == "Recalling its"
    assert collapse_printable_whitespace(" Notes \t\n  the   report ") == "Notes the report"


@given(st.lists(st.text(alphabet=FAST_PATH_CHARACTERS, max_size=12), max_size=8))
@settings(max_examples=300)
def test_blocks_of_a_text_found_printable_are_printable_but_tabs(lines: list[str]) -> None:
    """Why classify may skip the printability check `normalised` vouches for: segment cuts
    blocks from the text's lines (stripped, joined by a space or nothing), adding no other
    character; the flag is never given for a text left unprintable."""
    text, printable = normalised("\n".join(["The General Assembly,", *lines]))
    assert text == normalise_text("\n".join(["The General Assembly,", *lines]))
    if not printable:
        return
    assert text.replace("\n", " ").replace("\t", " ").isprintable()
    for block in split_into_blocks(text).body:
        assert block.replace("\t", " ").isprintable()
        assert collapse_printable_whitespace(block) == collapse_whitespace(block)


def test_normalised_vouches_for_printable_text_only() -> None:
    assert normalised("1.\tDecides;\r\n2.\tRequests.") == ("1.\tDecides;\n2.\tRequests.", True)
    assert normalised("Notes\u200b the report") == ("Notes the report", False)
    assert normalised("Notes\u200e the report") == ("Notes\u200e the report", False)


def test_parsing_a_printable_text_skips_the_block_printability_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted, not timed: the blocks of a text found printable are collapsed without asking
    each again; a text with a character normalising left unprintable asks every block."""
    import mineres.parse.classify as classify

    calls: list[str] = []

    def counted(text: str) -> str:
        calls.append(text)
        return collapse_printable_whitespace(text)

    monkeypatch.setattr(classify, "collapse_printable_whitespace", counted)
    text = ODS_58_127.read_text(encoding="utf-8")
    resolution = parse_resolution(text, with_citations=False)
    assert len(calls) == len(split_into_blocks(normalise_text(text)).body)
    calls.clear()
    assert parse_resolution(text.replace("Assembly", "Assembly\u200e", 1), with_citations=False)
    assert calls == []
    assert parse_resolution(text.encode(), with_citations=False) == resolution


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


# ---------------------------------------------------------------- per-document, not per-line work
# Each reading below replaced one that asked every line; the test keeps the old reading and
# checks the new one against it on text made of the pieces where the two could part.

from mineres.parse.classify import classify_blocks  # noqa: E402
from mineres.parse.segment import (  # noqa: E402
    DRAFTING_MARK,
    FOOTNOTE_RULE,
    FURNITURE_LINE,
    INDENTED,
    ODS_TAG,
    RUNNING_HEADER_LINE,
    SECTION_LABEL_LINE,
    closing_index,
    detect_layout,
    ends_a_paragraph,
    footnote_rule_lines,
    group_into_units,
    has_unwrapping_cue,
    is_rule_line,
    is_running_header_line,
    is_section_label,
    line_of,
    may_be_furniture,
    new_paragraph_line,
    one_line_units,
    split_at_footnote_rule,
    split_off_ods_trailer,
    split_run_together,
    wrapped_units,
)
from mineres.un.text_forms import any_date_line, any_meeting_line  # noqa: E402


def trailer_line_by_line(lines: list[str]) -> tuple[list[str], list[str]]:
    start = next(
        (i for i, line in enumerate(lines) if "<<ODS " in line and ODS_TAG.search(line)),
        len(lines),
    )
    kept = [DRAFTING_MARK.sub("", line) for line in lines[:start]]
    trailer = [DRAFTING_MARK.sub("", line).strip() for line in lines[start:]]
    return kept, [line for line in trailer if line]


TRAILER_PIECES = [
    "[DU1]",
    "[DU[DU2]]",
    "<<ODS JOB NO>>",
    "<<ODS ",
    "A/RES/74/1",
    " ",
    "\t1.\tDecides",
    "",
]


@given(st.lists(st.lists(st.sampled_from(TRAILER_PIECES), max_size=3).map("".join), max_size=8))
@settings(max_examples=400)
def test_the_ods_trailer_is_cut_where_the_first_tag_is(lines: list[str]) -> None:
    """The tag's line opens the trailer and each line loses its drafting marks, as when every
    line was asked; a tag on the first line leaves nothing before it."""
    text = "\n".join(lines)
    assert split_off_ods_trailer(text) == trailer_line_by_line(text.split("\n"))


@given(st.text(alphabet="ab\n", max_size=30), st.integers(min_value=0, max_value=30))
@settings(max_examples=300)
def test_the_line_of_a_position_is_counted_from_either_end(text: str, position: int) -> None:
    position = min(position, len(text))
    assert line_of(text, position, text.count("\n") + 1) == text.count("\n", 0, position)


def test_drafting_marks_leave_the_lines_that_hold_them() -> None:
    kept, trailer = split_off_ods_trailer(
        "[DU1]\nOne [DU2]line\nTwo\n[DU3]<<ODS JOB NO>>X\n [DU4]Y "
    )
    assert kept == ["", "One line", "Two"]
    assert trailer == ["<<ODS JOB NO>>X", "Y"]
    assert split_off_ods_trailer("<<ODS JOB NO>>\nrest") == ([], ["<<ODS JOB NO>>", "rest"])
    assert split_off_ods_trailer("no tag [DU5]\nat all") == (["no tag ", "at all"], [])


@given(
    st.lists(
        st.sampled_from(
            ["", "  ", "---", "- 3 -", "[DU1]", " [DU] ", "12 34567", "Text", "\t1.\tDecides"]
        )
    )
)
@settings(max_examples=300)
def test_one_line_units_drop_blank_lines_and_furniture_in_one_pass(lines: list[str]) -> None:
    """A line of only a drafting mark is furniture: FURNITURE_LINE matches it."""
    expected = [
        [line]
        for line in lines
        if line.strip() and not DRAFTING_MARK.fullmatch(line) and not FURNITURE_LINE.match(line)
    ]
    assert one_line_units(lines) == expected


def long_lines_of_old(lines: list[str]) -> bool:
    text_lines = [line for line in lines if len(line) > 40 and len(line.strip()) > 40]
    long_lines = sum(1 for line in text_lines if len(line) > 150)
    return long_lines >= 3 and long_lines >= 0.3 * len(text_lines)


@given(st.lists(st.tuples(st.sampled_from([0, 30, 120, 160]), st.sampled_from([0, 20, 50, 160]))))
@settings(max_examples=300)
def test_long_lines_are_counted_only_when_three_could_be(shapes: list[tuple[int, int]]) -> None:
    lines = [" " * spaces + "x" * letters for spaces, letters in shapes]
    assert has_long_lines(lines) == long_lines_of_old(lines)


def test_a_tag_anywhere_or_an_opening_mark_makes_the_ods_layout() -> None:
    assert detect_layout("Resolution\n\nThe General Assembly,\n<<ODS JOB NO>>") == "ods"
    assert detect_layout("  [DU1]\nResolution") == "ods"
    assert detect_layout("Resolution\n\n<<ODS>>\n\nThe General Assembly,") == "plain"
    # without tag or mark, two tab-indented numbered lines (a text without a tab has none)
    assert detect_layout("Title\n\t1.\tDecides;\n\t2.\tRequests.") == "ods"
    assert detect_layout("\t1.\tDecides;\nand\t2 -\tRequests.") == "plain"
    assert detect_layout("Title\n 1.  Decides;\n 2.  Requests.") == "plain"


def split_run_together_line_by_line(unit: list[str]) -> list[str]:
    if len(unit) == 1:
        line = unit[0].strip()
        return [line] if line else []
    if is_section_label(unit[0]):
        return [unit[0].strip(), *split_run_together_line_by_line(unit[1:])]
    opens = new_paragraph_line().match
    numbered = [index for index, line in enumerate(unit) if index and opens(line)]
    starts = [0]
    for index in numbered:
        if ends_a_paragraph().search(unit[index - 1]) and (
            INDENTED.match(unit[index]) or not INDENTED.match(unit[starts[-1]])
        ):
            starts.append(index)
    ends = [*starts[1:], len(unit)]
    return [join_lines(unit[start:end]) for start, end in zip(starts, ends, strict=True)]


WRAPPED_PIECES = [
    "1.",
    "(a)",
    "b)",
    "(iv)",
    "2 -",
    " ",
    "  ",
    "\t",
    "\u2028",
    "\x1c",
    "-",
    ";",
    "word",
    "大",
    "I",
    "A",
]


@given(
    st.lists(
        st.lists(st.sampled_from(WRAPPED_PIECES), min_size=1, max_size=4)
        .map("".join)
        .filter(lambda line: not line.isspace()),
        min_size=1,
        max_size=5,
    )
)
@settings(max_examples=600)
def test_a_unit_without_numbered_line_or_hyphen_break_is_its_lines_joined(
    unit: list[str],
) -> None:
    """Asking the unit's joined lines once for a numbered line or a hyphen at a line's end
    (spaces within a line, never a line break) splits and joins as asking each line did."""
    assert split_run_together(unit) == split_run_together_line_by_line(unit)


def test_either_cue_alone_makes_a_unit_more_than_its_lines_joined() -> None:
    """The two cues are asked by two patterns: each one alone is a cue."""
    assert has_unwrapping_cue("Notes the report;\n  (b) Requests more;")  # an opening line
    assert has_unwrapping_cue("Notes the re- \nport;")  # a hyphen at a line's end
    assert not has_unwrapping_cue("Notes the re-port;\nof the Council (b) and more;")
    assert not has_unwrapping_cue("Notes the report -\t (b) more;")  # no line break after


def test_numbered_lines_and_hyphen_breaks_in_wrapped_units() -> None:
    assert split_run_together(["Notes the report;", "2. Requests more;"]) == [
        "Notes the report;",
        "2. Requests more;",
    ]
    assert split_run_together(["Notes the re-", "port  ", "of the Council;"]) == [
        "Notes the re-port of the Council;"  # joined without a space, the hyphen kept
    ]
    assert split_run_together(["Notes the report", "  of the Council;"]) == [
        "Notes the report of the Council;"
    ]
    assert split_run_together(["大会", "注意到"]) == ["大会注意到"]


def closing_index_line_by_line(units: list[list[str]]) -> int:
    for index, unit in enumerate(units):
        line = comparable_arabic(unit[0])
        if any_meeting_line().match(line):
            return index
        if len(unit) == 1 and (
            any_date_line().match(line) or ("___" in unit[0] and FOOTNOTE_RULE.match(unit[0]))
        ):
            return index
    return len(units)


CLOSING_PIECES = [
    "Recalling its resolution 73/1,",
    "\t1.\tDecides to remain seized;",
    "76th plenary meeting",
    "Quincuagésima sesión plenaria",
    "50-е пленарное заседание",
    "الجلسة العامة 50",
    "الجلسـة العامة 50",
    "第50次全体会议",
    "19 December 2019",
    "13 декабря 2019 года",
    "2019年12月13日",
    "Требует, чтобы",
    "  _______  ",
    "Notes ___ here",
]


@given(
    st.lists(st.lists(st.sampled_from(CLOSING_PIECES), min_size=1, max_size=2), max_size=6),
    st.sampled_from([0, 10**9]),
)
@settings(max_examples=400)
def test_lines_of_latin_letters_only_are_asked_the_latin_closing_patterns(
    units: list[list[str]], asked_before: int
) -> None:
    """A line without Cyrillic, Arabic or Chinese skips the other scripts' patterns and the
    Arabic marks (it has none); a line with them is asked all six languages. Once a process
    has asked many units, a one-line unit's three questions are one pattern: the same
    verdicts."""
    from mineres.parse import segment

    was = segment.UNITS_ASKED.count
    segment.UNITS_ASKED.count = asked_before
    try:
        assert closing_index(units) == closing_index_line_by_line(units)
    finally:
        segment.UNITS_ASKED.count = was


def test_the_one_line_closing_pattern_is_compiled_once_enough_units_were_asked() -> None:
    """Not for one text (a command reading a document does not pay ~1 ms to compile it),
    but once the units asked in the process pay for it."""
    from mineres.parse import segment

    was = segment.UNITS_ASKED.count
    segment.latin_one_line_closing.cache_clear()
    try:
        segment.UNITS_ASKED.count = 0
        limit = segment.UNITS_BEFORE_ONE_LINE_PATTERN
        units = [["Recalling its resolution 73/1,"]] * (limit - 1)
        assert closing_index(units) == len(units)
        assert segment.latin_one_line_closing.cache_info().currsize == 0
        assert closing_index([["19 December 2019"]]) == 0  # the limit reached: compiled
        assert segment.latin_one_line_closing.cache_info().currsize == 1
        assert segment.UNITS_ASKED.count == limit
    finally:
        segment.UNITS_ASKED.count = was


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("76th plenary meeting", True),
        ("  19 December 2019 ", True),
        ("19 December 2019, the day", False),  # a date line holds only the date
        ("   _____ ", True),
        ("__", False),
        ("Notes ___ here", False),
        ("Quincuagésima sesión plenaria", True),
        ("50e séance plénière", True),
        ("Recalling its resolution 73/1,", False),
    ],
)
def test_the_one_line_closing_pattern_asks_meeting_date_and_rule(line: str, closing: bool) -> None:
    from mineres.parse.segment import latin_one_line_closing

    assert bool(latin_one_line_closing().match(line)) is closing


def test_a_rule_line_is_only_underscores() -> None:
    assert is_rule_line("  ____ ")
    assert not is_rule_line("__")
    assert not is_rule_line("See ___ below")


def test_a_block_opening_with_another_ascii_character_than_a_capital_opens_no_section() -> None:
    """Labels are capitals ("A", "Z", "IV") or words beyond ASCII ("أولا"): a block opening
    with a digit, a bracket or a small letter is read by the later rules at once."""
    found = classify_blocks(
        (
            "Recalling its resolution,",
            "A",
            "First heading",
            "1. Decides;",
            "Z",
            "Second heading",
            "2. Requests.",
            "B. Third heading",
            "3. Notes;",
            "(a) one item;",
            "iv) another item.",
            "and then some text;",
        )
    )
    assert [(s.id, s.heading) for s in found.sections] == [
        ("A", "First heading"),
        ("Z", "Second heading"),
        ("B", "Third heading"),
    ]
    assert [(p.id, p.section) for p in found.operative] == [
        ("OP1", "A"),
        ("OP2", "Z"),
        ("OP3", "B"),
    ]
    arabic = classify_blocks(("أولا", "الميزانية", "1 - تقرر ما يلي؛"), "ar")
    assert [(s.id, s.heading) for s in arabic.sections] == [("I", "الميزانية")]


def test_a_pending_label_takes_the_next_block_as_heading_unless_numbered() -> None:
    found = classify_blocks(("I", "1. Decides;", "II", "Budget", "2. Requests."))
    assert [(s.id, s.heading) for s in found.sections] == [("I", ""), ("II", "Budget")]
    assert [(p.id, p.section, p.number) for p in found.operative] == [
        ("OP1", "I", 1),
        ("OP2", "II", 2),
    ]


def test_stray_characters_go_and_other_unprintable_ones_stay() -> None:
    """The substitution is skipped only when nothing but tabs and breaks is unprintable."""
    assert normalise_text("a\u00a0b\u200bc\td\n") == "a bc\td\n"
    assert normalise_text("a\u200eb\u00a0c") == "a\u200eb c"  # a left-to-right mark is kept
    clean = "Recalling\tits resolution\n’s text"
    assert normalise_text(clean) == clean


def wrapped_units_line_by_line(text: str, lines: list[str]) -> list[list[str]]:
    rules = "___" in text
    return [
        part
        for unit in group_into_units(lines)
        for part in (split_at_footnote_rule(unit) if rules and len(unit) > 1 else (unit,))
        if len(part) != 1 or not FURNITURE_LINE.match(part[0])
    ]


RULE_PIECES = ["____", "___ ___", "  ______ ", "1 See", "Text", "-", "- 2 -", "", " ", "_"]


@given(st.lists(st.sampled_from(RULE_PIECES), max_size=10))
@settings(max_examples=400)
def test_only_a_unit_holding_a_rule_line_is_cut_at_it(lines: list[str]) -> None:
    """The rule lines are found where runs of underscores are; a unit holding none is left
    whole, as when each of its lines was asked."""
    text = "\n".join(lines)
    split = text.split("\n")
    assert wrapped_units(text, split) == wrapped_units_line_by_line(text, split)


def test_footnote_rule_lines_are_lines_of_underscores_only() -> None:
    text = "Text ___ here\n  _______ \n_________\nab___"
    assert footnote_rule_lines(text) == {"  _______ ", "_________"}
    assert footnote_rule_lines("______") == {"______"}
    assert footnote_rule_lines("no rule __ _") == frozenset()


def test_one_line_blocks_are_the_lines_stripped_but_running_headers() -> None:
    units = [["\t1.\tDecides; "], ["  A/RES/74/1  "], ["Page 2"], ["\t(a)\tTo note "], ["3"]]
    assert one_line_blocks(units) == ["1.\tDecides;", "(a)\tTo note"]


def test_a_text_of_one_line_units_is_not_split_unit_by_unit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted, not timed: the ODS layout's units go through one_line_blocks alone."""
    import mineres.parse.segment as segment

    calls: list[list[str]] = []

    def counted(unit: list[str]) -> list[str]:
        calls.append(unit)
        return split_run_together(unit)

    monkeypatch.setattr(segment, "split_run_together", counted)
    blocks = split_into_blocks(normalise_text(ODS_58_127.read_text(encoding="utf-8")))
    assert len(blocks.body) == 49
    assert calls == []
    split_into_blocks("The General Assembly,\n\n1. Decides to\nact;\n\n2. Requests.")
    assert calls == [["1. Decides to", "act;"], ["2. Requests."]]


# what one-line units are made of: tabs, indents, symbols, page numbers, labels and words
ONE_LINE_CHARACTERS = " \t\xa0AEPRSage/1234.()-;,大"


@given(
    st.lists(
        st.text(alphabet=ONE_LINE_CHARACTERS, min_size=1, max_size=14).filter(
            lambda line: not line.isspace()
        ),
        max_size=6,
    )
)
@settings(max_examples=400)
def test_one_line_blocks_read_as_wrapped_units_of_one_line(lines: list[str]) -> None:
    """The one-line reading is the wrapped one on units of a line, without its calls."""
    units = [[line] for line in [*lines, "A/RES/74/1", "Page 3", "\t1.\tDecides;"]]
    assert one_line_blocks(units) == wrapped_blocks(units)


def test_classifying_holds_one_copy_of_the_body_at_a_time() -> None:
    """Each cleaned block is let go once a paragraph has its text: the NUMBERED match kept for
    a block (it holds the block) is let go with it. Counted in bytes allocated, not timed."""
    import tracemalloc

    blocks = tuple(f"{number}.\t" + "word " * 20_000 for number in range(1, 21))
    body_size = sum(len(block) for block in blocks)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        found = classify_blocks(blocks)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert [p.number for p in found.operative] == list(range(1, 21))
    assert peak < 1.5 * body_size


def test_a_stray_character_past_the_first_chunk_is_found() -> None:
    """Printability is asked a chunk at a time: a stray character in a later chunk, or on the
    edge between two, is still taken out."""
    from mineres.parse.normalise import PRINTABLE_CHUNK

    head = "a\tb\n" * (PRINTABLE_CHUNK // 4)
    assert normalise_text(head + "c\u00a0d") == head + "c d"
    assert normalise_text(head[:-1] + "\u200bx") == head[:-1] + "x"
    assert normalise_text(head + "\u200e") == head + "\u200e"


def test_a_paragraph_keeps_the_lead_of_its_whole_text() -> None:
    """The lead read to classify a block is the paragraph's lead only while the paragraph is
    that block alone: a continuation is read with it ("Welcomes" + "with appreciation ...")."""
    from mineres.parse.leads import find_lead

    found = classify_blocks(
        ("Recalling its resolution,", "Welcomes", "with appreciation the report;", "Notes it;")
    )
    assert [(p.id, p.lead, p.text) for p in found.in_reading_order] == [
        ("PP1", "Recalling", "Recalling its resolution,"),
        ("OP1", "Welcomes with appreciation", "Welcomes with appreciation the report;"),
        ("OP2", "Notes", "Notes it;"),
    ]
    assert all(p.lead == find_lead(p.text) for p in found.in_reading_order)


def test_a_numbered_paragraph_after_a_lone_label_opens_its_section() -> None:
    """Numbered blocks skip the rules before take_numbered only when no label waits: after a
    lone "II" the section opens, without a heading, and holds the paragraph."""
    found = classify_blocks(("Notes the report;", "II", "1. Decides;", "2. Requests;"))
    assert [(s.id, s.heading, s.part) for s in found.sections] == [("II", "", "operative")]
    assert [(p.id, p.section) for p in found.operative] == [
        ("OP1", None),
        ("II.OP1", "II"),
        ("II.OP2", "II"),
    ]
    inside = classify_blocks(("Notes the report;", "B", "The General Assembly,", "1. Decides;"))
    assert [(p.id, p.section) for p in inside.operative] == [("OP1", None), ("B.OP1", "B")]


INDENTED_PIECES = [" ", "\t", "-", "---", "*", "=", "12", "7", "74 12345", "[DU3]", "A/RES/74/1"]
INDENTED_PIECES += ["Page", "page ", "/", "(", "Recalling", "I", "\u2028", "x", "IV", "B", "."]


@given(st.lists(st.sampled_from(INDENTED_PIECES), max_size=6).map("".join))
@settings(max_examples=600)
def test_furniture_headers_and_labels_after_an_indent_as_without_the_lookahead(
    line: str,
) -> None:
    """Every alternative of the three patterns opens with a non-space: saying so ("(?=\\S)")
    changes no line's verdict."""
    furniture = re.compile(FURNITURE_LINE.pattern.replace(r"^\s*(?=\S)", r"^\s*", 1))
    running = re.compile(RUNNING_HEADER_LINE.pattern.replace(r"^\s*(?=\S)", r"^\s*", 1))
    assert furniture.pattern != FURNITURE_LINE.pattern != running.pattern
    assert bool(FURNITURE_LINE.match(line)) == bool(furniture.match(line))
    assert bool(RUNNING_HEADER_LINE.match(line)) == bool(running.match(line))
    label = re.compile(SECTION_LABEL_LINE.pattern.replace(r"^\s*(?=\S)", r"^\s*", 1))
    assert label.pattern != SECTION_LABEL_LINE.pattern
    assert bool(SECTION_LABEL_LINE.match(line)) == bool(label.match(line))


# the class SECTION_WITH_HEADING's heading opened with before: the quotes and brackets it named
# are no word characters, so "[^\W\d_]" alone excludes them
QUOTED_HEADING_CLASS = r"[^\W\d_“\"‘'(«《]"
HEADING_PIECES = [
    "A",
    "IV",
    ".",
    " ",
    "\t",
    "“",
    '"',
    "‘",
    "'",
    "(",
    "«",
    "《",
    "1",
    "_",
    "é",
    "ü",
    "x",
]


@given(st.lists(st.sampled_from(HEADING_PIECES), max_size=8).map("".join))
def test_a_section_heading_opens_with_a_letter_as_the_class_naming_quotes_said(text: str) -> None:
    from mineres.parse.classify import SECTION_WITH_HEADING

    named = re.compile(
        SECTION_WITH_HEADING.pattern.replace(r"[^\W\d_]", QUOTED_HEADING_CLASS), re.DOTALL
    )
    assert named.pattern != SECTION_WITH_HEADING.pattern
    found, expected = SECTION_WITH_HEADING.match(text), named.match(text)
    assert (found and found.groupdict()) == (expected and expected.groupdict())
    for quote in "“\"‘'(«《":
        assert SECTION_WITH_HEADING.match(f"A. {quote}Heading") is None


# the pieces above, and digits and spaces beyond ASCII: \d and \s of a str pattern are Unicode
ENDING_PIECES = [*INDENTED_PIECES, "\u0663", "\uff17", "\u3000", "\xa0", "\n", "]", ",", ";"]


@given(st.lists(st.sampled_from(ENDING_PIECES), min_size=1, max_size=6).map("".join))
@settings(max_examples=800)
def test_lines_are_asked_the_furniture_and_header_patterns_only_when_they_may_match(
    line: str,
) -> None:
    """The look at a line's last character before FURNITURE_LINE and RUNNING_HEADER_LINE
    changes no line's verdict: every line a pattern matches passes it."""
    if FURNITURE_LINE.match(line):
        assert may_be_furniture(line)
    assert is_running_header_line(line) == bool(RUNNING_HEADER_LINE.match(line))
    if line.strip():
        assert one_line_units([line]) == ([] if FURNITURE_LINE.match(line) else [[line]])


def test_a_line_ending_a_paragraph_is_no_furniture_without_the_pattern() -> None:
    assert not may_be_furniture("\t1.\tDecides to remain seized of the matter; ")
    assert not may_be_furniture("- 3 -,")
    assert may_be_furniture("  - 3 -\u3000")
    assert may_be_furniture("--- ") and may_be_furniture("***") and may_be_furniture("[DU1]")
    assert may_be_furniture("=== \n") and may_be_furniture("\u0663")
    assert not is_running_header_line("Page 2,") and is_running_header_line(" Page 2 ")
    assert is_running_header_line("A/RES/74/1\xa0") and not is_running_header_line("Decides")
