"""Text in the six official languages: the two layouts as each language prints them, read back.

Built from the UN's own markup of A/RES/74/80 and 76/74 ("Assistance in mine action") in
Arabic, Chinese, English, French, Russian and Spanish, copied into tests/fixtures/akn so the
round trip runs without ../shared.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mineres.models import Resolution, Subparagraph
from mineres.parse import parse_resolution, parse_text
from mineres.parse.akn import parse_akn
from mineres.parse.normalise import normalise_text
from mineres.parse.segment import join_lines, split_into_blocks
from mineres.render.layouts import to_ods_text, to_plain_text, wrap
from mineres.un.text_forms import (
    comparable_arabic,
    format_date,
    parse_date,
    print_agenda_item,
    read_agenda_item,
    section_label_id,
    split_section_label,
    wide,
)

FIXTURES = Path(__file__).parent / "fixtures" / "akn"
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
SERIES = ("A_RES_74_80", "A_RES_76_74")
LAYOUTS = {"ods": to_ods_text, "plain": to_plain_text}
# The Chinese markup of 76/74 puts operative paragraphs 1-13 in a list inside the preamble:
# its ids cannot match the English, though its text round trip still matches its markup.
IRREGULAR_MARKUP: set[tuple[str, str]] = set()


@cache
def markup(series: str, language: str) -> Resolution:
    return parse_akn((FIXTURES / f"{series}.{language}.xml").read_text(encoding="utf-8"))


@cache
def read_back(series: str, language: str, layout: str) -> Resolution:
    return parse_resolution(LAYOUTS[layout](markup(series, language)), source=series)


def shape(subparagraphs: tuple[Subparagraph, ...]) -> list[object]:
    return [(sub.label, shape(sub.subparagraphs)) for sub in subparagraphs]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("series", SERIES)
def test_text_reads_back_the_structure_of_the_markup(
    series: str, language: str, layout: str
) -> None:
    expected, got = markup(series, language), read_back(series, language, layout)
    assert [p.id for p in got.paragraphs] == [p.id for p in expected.paragraphs]
    assert [shape(p.subparagraphs) for p in got.paragraphs] == [
        shape(p.subparagraphs) for p in expected.paragraphs
    ]
    assert [f.number for f in got.footnotes] == [f.number for f in expected.footnotes]
    assert got.metadata.language == language


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("series", SERIES)
def test_paragraph_ids_are_the_same_in_every_language(
    series: str, language: str, layout: str
) -> None:
    if (series, language) in IRREGULAR_MARKUP:
        pytest.skip("the markup itself nests operative paragraphs in the preamble")
    english = [p.id for p in markup(series, "en").paragraphs]
    assert [p.id for p in read_back(series, language, layout).paragraphs] == english


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_header_and_closing_give_the_metadata(language: str, layout: str) -> None:
    got = read_back("A_RES_74_80", language, layout).metadata
    assert got.agenda_item == "47"
    assert got.committee == "Fourth Committee"
    assert got.report == "A/74/406"
    assert got.adopted == date(2019, 12, 13)
    assert got.meeting == markup("A_RES_74_80", language).metadata.meeting
    assert got.symbol == "A/RES/74/80"


def ods_lines(language: str) -> list[str]:
    return to_ods_text(markup("A_RES_74_80", language)).split("\n")


@pytest.mark.parametrize(
    ("language", "meeting", "adopted"),
    [
        ("en", "47th plenary meeting", "13 December 2019"),
        ("fr", "47e séance plénière", "13 décembre 2019"),
        ("es", "47a sesión plenaria", "13 de diciembre de 2019"),
        ("ru", "47-e пленарное заседание", "13 декабря 2019 года"),
        ("ar", "الجلسة العامة 47", "13 كانون الأول/ديسمبر 2019"),
        ("zh", "第47次全体会议", "2019年12月13日"),
    ],
)
def test_closing_lines_are_printed_in_the_language(
    language: str, meeting: str, adopted: str
) -> None:
    lines = ods_lines(language)
    at = lines.index(meeting)
    assert lines[at + 1] == adopted
    assert lines[at + 2].startswith("1 ")  # the footnote block follows, split off


def test_french_heading_lines() -> None:
    assert ods_lines("fr")[1:3] == [
        "Résolution adoptée par l’Assemblée générale le 13 décembre 2019",
        "[sur la base du rapport de la Commission des questions politiques spéciales et de la "
        "décolonisation (Quatrième Commission) (A/74/406)]",
    ]
    assert "\tL’Assemblée générale," in ods_lines("fr")


@pytest.mark.parametrize(
    ("language", "numbered", "label"),
    [("en", "\t1.\t", "\t(a)\t"), ("fr", "\t1.\t", "\ta)\t"), ("ar", "\t1 -\t", "\t(أ)\t")],
)
def test_numbers_and_labels_as_each_language_prints_them(
    language: str, numbered: str, label: str
) -> None:
    lines = ods_lines(language)
    assert any(line.startswith(numbered) for line in lines)
    assert any(line.startswith(label) for line in lines)


def test_chinese_plain_text_is_wrapped_without_spaces_and_joined_without_them() -> None:
    text = to_plain_text(markup("A_RES_74_80", "zh"))
    chinese_lines = [line for line in text.split("\n") if any(wide(c) for c in line)]
    assert max(columns(line) for line in chinese_lines) <= 74  # wide characters count two
    got = read_back("A_RES_74_80", "zh", "plain")
    want = markup("A_RES_74_80", "zh")
    assert got.operative[1].text == want.operative[1].text  # "促请会员国履行..."
    assert " " not in got.operative[1].text


def columns(line: str) -> int:
    return sum(2 if wide(c) else 1 for c in line)


def test_wrapped_lines_join_without_a_space_next_to_chinese() -> None:
    assert join_lines(["回顾其2017年12月7日第72/75号决议及其以往关于协", "助扫雷的所有决议，"]) == (
        "回顾其2017年12月7日第72/75号决议及其以往关于协助扫雷的所有决议，"
    )
    assert join_lines(["the report of the", "Secretary-General"]) == (
        "the report of the Secretary-General"
    )


def test_arabic_is_compared_without_tatweel_but_kept_as_written() -> None:
    text = to_ods_text(markup("A_RES_74_80", "ar")).replace("الجلسة العامة 47", "الجلسـة العامة 47")
    blocks = split_into_blocks(normalise_text(text))
    assert blocks.closing[0] == "الجلسـة العامة 47"
    assert blocks.footnotes[0].startswith("1 ")
    assert parse_resolution(text).metadata.meeting == "الجلسـة العامة 47"  # as written
    assert section_label_id("ثانيـا") == "II"


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_both_ways(language: str) -> None:
    for day in (date(2019, 12, 1), date(2021, 5, 27)):
        assert parse_date(format_date(day, language), language) == day


@pytest.mark.parametrize(
    ("language", "printed"),
    [("en", "20 (b)"), ("fr", "20 b)"), ("ru", "20 b)"), ("ar", "20 (ب)"), ("zh", "20(b)")],
)
def test_agenda_items_with_a_letter(language: str, printed: str) -> None:
    assert print_agenda_item("20 (b)", language) == printed
    assert read_agenda_item(printed, language) == "20 (b)"


def test_section_labels_in_words_name_sections_by_the_english_label() -> None:
    assert section_label_id("أولا") == "I"
    assert section_label_id("二") == "II"
    assert section_label_id("Recalling") is None
    assert split_section_label("一 内部监督事务厅的活动") == ("一", "内部监督事务厅的活动")
    assert split_section_label("二、会议日历") == ("二", "会议日历")
    assert split_section_label("一些国家") is None


FRENCH_HEADER = """Point 20 b) de l’ordre du jour

Résolution adoptée par l’Assemblée générale le 1er décembre 2020

[sur la base du rapport de la Première Commission (A/75/399)]

75/999. Titre

     L’Assemblée générale,

     Rappelant sa résolution 74/1,

     1.  Décide de poursuivre l’examen de la question.

                                    30e séance plénière
                                    1er décembre 2020
"""


def test_french_metadata_from_a_web_text() -> None:
    resolution = parse_text(normalise_text(FRENCH_HEADER))
    metadata = resolution.metadata
    assert (metadata.agenda_item, metadata.committee, metadata.report) == (
        "20 (b)",
        "First Committee",
        "A/75/399",
    )
    assert (metadata.adopted, metadata.meeting) == (date(2020, 12, 1), "30e séance plénière")
    assert metadata.language == "fr"
    assert [p.id for p in resolution.paragraphs] == ["PP1", "OP1"]


def test_an_unknown_lead_is_read_by_its_punctuation() -> None:
    """A lone unnumbered paragraph ending with a full stop decides: it is operative."""
    text = FRENCH_HEADER.replace("     1.  Décide", "     Décide")
    assert [p.id for p in parse_text(normalise_text(text)).paragraphs] == ["PP1", "OP1"]


@pytest.mark.parametrize(
    ("formula", "body"),
    [
        ("Le Conseil de sécurité,", "Security Council"),
        ("安全理事会，", "Security Council"),
        ("إن المجلس الاقتصادي والاجتماعي،", "Economic and Social Council"),
        ("La Asamblea General,", "General Assembly"),
    ],
)
def test_the_enacting_formula_names_the_body_in_every_language(formula: str, body: str) -> None:
    text = f"     {formula}\n\n     Rappelant sa résolution 1 (1946),\n\n     1.  Décide de rester saisi.\n"
    assert parse_text(normalise_text(text)).metadata.body == body


CJK_TEXT = st.text(alphabet="回顾决议大会，。《》、abcXYZ0123/", min_size=1, max_size=400)
# A Chinese paragraph: wide characters with short runs of Latin letters, digits and slashes
# between them. The wrapper breaks next to a wide character and never inside such a run (joining
# the lines back could not tell where a space was); a text of mostly narrow characters goes to
# textwrap, which counts characters, not columns ("00000000000、、、" is one word to it).
CHINESE_PARAGRAPH = st.lists(
    st.tuples(
        st.text(alphabet="abcXYZ0123/", max_size=2), st.sampled_from("回顾决议大会，。《》、")
    ),
    min_size=1,
    max_size=150,
).map(lambda parts: "".join(narrow + wide for narrow, wide in parts))


@given(CJK_TEXT, st.integers(min_value=20, max_value=90))
def test_wrapped_chinese_joins_back_to_the_same_text(text: str, width: int) -> None:
    """Wrapping any mix of Chinese and Latin characters and unwrapping it gives it back,
    character for character."""
    assert join_lines(wrap(text, width, "     ")) == text


@given(CHINESE_PARAGRAPH, st.integers(min_value=20, max_value=90))
def test_wrapped_chinese_lines_keep_to_the_width(text: str, width: int) -> None:
    """A line of a Chinese paragraph ends once it reaches the width: at most one wide
    character (two columns) past it."""
    lines = wrap(text, width, "     ")
    assert join_lines(lines) == text
    assert all(columns(line) <= width + 1 for line in lines)


# Mostly Latin text with a name or a title in Chinese: words of up to ten letters, and runs of
# wide characters standing between them, each with a space on both sides.
LATIN_WORD = st.text(alphabet="abcdefghijXYZ0123/,.()", min_size=1, max_size=10)
MIXED_PARAGRAPH = st.lists(
    st.one_of(
        LATIN_WORD,
        LATIN_WORD,
        LATIN_WORD,
        st.text(alphabet="李明联合国《》，", min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=60,
).map(" ".join)


@given(MIXED_PARAGRAPH, st.integers(min_value=30, max_value=90))
def test_wrapped_text_with_spaces_beside_wide_characters_joins_back(text: str, width: int) -> None:
    """No line ends at a space beside a wide character: the join glues a line break next to
    one, and would lose the space."""
    assert join_lines(wrap(text, width, "     ")) == text


@given(MIXED_PARAGRAPH, st.integers(min_value=30, max_value=90))
def test_wrapped_latin_text_with_wide_characters_keeps_to_the_width(text: str, width: int) -> None:
    """Wide characters count two columns in mostly Latin text too (textwrap counts one)."""
    assume(sum(map(wide, text)) <= len(text) // 4)
    lines = wrap(text, width, "     ")
    assert join_lines(lines) == text
    assert all(columns(line) <= width for line in lines)


def test_an_english_paragraph_naming_a_chinese_office_is_wrapped_by_columns() -> None:
    text = (
        "Welcomes the report of the Special Envoy 李明 on the work of the 联合国地雷行动处 "
        "and of its partners in the field of mine action and assistance to victims"
    )
    lines = wrap(text, 40, "     ")
    assert join_lines(lines) == text
    assert max(map(columns, lines)) == 40  # textwrap counted 李明 as two columns: 50
    assert lines[1] == "Envoy 李明 on the work of the 联合国地雷"


def test_a_closing_line_printed_twice_leaves_the_footnotes_whole() -> None:
    """The Spanish markup of A/RES/75/1 repeats "Tercera sesión plenaria" at the end of its body."""
    text = (
        "[DU1]\n\tLa Asamblea General,\n\t1.\tAprueba la declaración;\n\tTercera sesión plenaria\n"
        "\nTercera sesión plenaria\n21 de septiembre de 2020\n1 Resolución 70/1.\n"
        "2 Resolución 217 A (III).\n"
    )
    blocks = split_into_blocks(normalise_text(text))
    assert blocks.footnotes == ("1 Resolución 70/1.", "2 Resolución 217 A (III).")
    assert blocks.closing[-1] == "21 de septiembre de 2020"


def test_a_text_in_latin_letters_with_curly_quotes_asks_no_script_pattern() -> None:
    """Beyond U+03FF a Latin-script text holds the punctuation of U+2000-U+206F: a sample with
    nothing else there is read by its heading without any script's pattern compiled or asked."""
    from mineres.un.languages import beyond_latin_punctuation, script_pattern, text_language

    english = "Resolution adopted by the General Assembly\n“Recalling” the States’ work – all"
    script_pattern.cache_clear()
    assert text_language(english) == "en"
    assert script_pattern.cache_info().currsize == 0
    assert beyond_latin_punctuation().search(english) is None
    assert beyond_latin_punctuation().search("l’Ѐ") is not None  # the first Cyrillic letter
    assert beyond_latin_punctuation().search("Ͽ\u2000\u206f") is None  # the classes' edges
    assert beyond_latin_punctuation().search("\u2070") is not None
    # any other character beyond them sends the text to the scripts, which find none here
    assert text_language(english + " €5") == "en"
    assert text_language("«Резолюция», принятая Генеральной Ассамблеей – 9 декабря") == "ru"


HEADINGS_AS_PRINTED = [
    "Résolution adoptée par l’Assemblée générale",
    "RESOLUTION ADOPTEE PAR L'ASSEMBLEE GENERALE",
    "Adoptée par le Conseil de sécurité",
    "L’Assemblée générale,",
    "Resolución aprobada por la Asamblea General",
    "RESOLUCION APROBADA POR LA ASAMBLEA GENERAL",
    "Aprobada por el Consejo de Seguridad",
    "La Asamblea General,",
    "Resolution adopted by the General Assembly",
    "Adopted by the Security Council",
    "The General Assembly,",
]
HEADING_PIECES = [*HEADINGS_AS_PRINTED, "les", "los", "of the", "générale", "Consejo", "\n"]


@given(st.lists(st.sampled_from(HEADING_PIECES), max_size=6).map(" ".join))
@settings(max_examples=400)
def test_the_words_a_heading_needs_change_no_verdict(text: str) -> None:
    """A heading's pattern is asked only when the sample holds one of the words it cannot
    match without: every text gets the language the patterns alone give it."""
    from mineres.un.languages import LANGUAGE_HEADINGS, text_language

    by_patterns = next(
        (language for language, _, heading in LANGUAGE_HEADINGS if re.search(heading, text)),
        None,
    )
    if by_patterns is not None:
        assert text_language(text) == by_patterns
    for _, needed, heading in LANGUAGE_HEADINGS:
        assert not re.search(heading, text) or not needed or any(w in text.lower() for w in needed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_closing_form_opens_with_a_space(language: str) -> None:
    """The closing patterns skip a line's indent for good ("(?=\\S)" after it): each language's
    meeting and date forms must open with what is not a space, so none matches its own
    printed closing lines with a space before them, as each does without."""
    from mineres.un.text_forms import date_source, entry_of

    entry = entry_of(language)
    meeting = re.compile(f"(?:{entry['meeting']})", re.IGNORECASE)
    dated = re.compile(f"(?:{date_source(entry)})", re.IGNORECASE)
    lines = [comparable_arabic(line.strip()) for line in ods_lines(language) if line.strip()]
    printed = [line for line in lines if meeting.match(line) or dated.fullmatch(line)]
    assert len(printed) >= 2  # the meeting line and the date under it
    for line in printed:
        assert not meeting.match(" " + line)
        assert not dated.match(" " + line)


CLOSING_PIECES = [" ", "\t", "  ", "47th", "plenary", "meeting", "47e", "séance", "plénière"]
CLOSING_PIECES += ["47a", "sesión", "plenaria", "Centésima", "13", "December", "2019", "de"]
CLOSING_PIECES += ["diciembre", "décembre", "47-e", "пленарное", "заседание", "декабря"]
CLOSING_PIECES += ["года", "الجلسة", "العامة", "47", "第47次全体会议", "2019年12月13日", "Adopted"]
CLOSING_PIECES += ["by", "the", "General", "Assembly", "at", "its", "(resumed)", "x"]


@given(st.lists(st.sampled_from(CLOSING_PIECES), max_size=7).map("".join))
@settings(max_examples=600)
def test_closing_lines_after_an_indent_as_without_the_lookahead(line: str) -> None:
    """Both closing patterns, in the Latin-script languages and the others, give every line
    the verdict they give it without "(?=\\S)" after the indent."""
    from mineres.un.text_forms import LANGUAGES as ALL
    from mineres.un.text_forms import date_line_of, meeting_line_of

    for build in (meeting_line_of, date_line_of):
        for languages in (ALL[:3], ALL[3:]):
            pattern = build(languages)
            plain = re.compile(pattern.pattern.replace(r"(?=\S)", "", 1), pattern.flags)
            assert plain.pattern != pattern.pattern
            assert bool(pattern.match(line)) == bool(plain.match(line))


def test_an_english_text_compiles_no_french_or_spanish_heading() -> None:
    """The headings are compiled when asked: only the first English one is, for an English
    text that opens with it."""
    from mineres.un.languages import LANGUAGE_HEADINGS, text_language

    re.purge()
    assert text_language("Resolution adopted by the General Assembly on 19 December") == "en"
    cached = {key[1] for key in re._cache}  # type: ignore[attr-defined]
    for *_, heading in LANGUAGE_HEADINGS:
        assert (heading in cached) == (heading == LANGUAGE_HEADINGS[4][2])
