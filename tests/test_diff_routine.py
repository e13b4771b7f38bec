"""Rules of the routine roll-over check, one test each, in the languages that need them: dates
in any order, ordinals of several words, and what is no marker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.diff import diff_resolutions
from mineres.diff import routine as routine_module
from mineres.diff.routine import (
    MARKER_EDGE,
    RoutineWords,
    changed_spans,
    in_phrases,
    marker_classes,
    routine_words,
)
from mineres.diff.word_edits import word_opcodes
from mineres.diff.words import edit_keys, words_of
from mineres.models import Resolution

from .test_diff import only_change, resolution

if TYPE_CHECKING:
    from mineres.diff.routine import Class

# The session paragraph of A/RES/76/74 (OP22) in each language, its session named as given.
AGENDA = {
    "en": "Decides to include in the provisional agenda of its {} session the item entitled "
    "“Assistance in mine action”.",
    "fr": "Décide d’inscrire à l’ordre du jour provisoire de sa {} session la question intitulée "
    "« Assistance à la lutte antimines ».",
    "es": "Decide incluir en el programa provisional de su {} período de sesiones el tema "
    "titulado “Asistencia para las actividades relativas a las minas”.",
    "ru": "постановляет включить в предварительную повестку дня своей {} сессии пункт «Помощь в "
    "деятельности, связанной с разминированием».",
    "ar": "تقرر أن تُدرج في جدول الأعمال المؤقت لدورتها {} البند المعنون ”تقديم المساعدة في "
    "الإجراءات المتعلقة بالألغام“.",
    "zh": "决定将题为“协助地雷行动”的项目列入大会{}届会议临时议程。",
}


def in_language(made: Resolution, language: str) -> Resolution:
    return replace(made, metadata=replace(made.metadata, language=language))


def is_routine(language: str, old_text: str, new_text: str) -> bool:
    old = in_language(resolution("old", [old_text]), language)
    new = in_language(resolution("new", [new_text]), language)
    return only_change(diff_resolutions(old, new)).routine


@pytest.mark.parametrize(
    ("language", "old", "new"),
    [
        ("en", "seventy-sixth", "eightieth"),
        ("fr", "soixante et onzième", "soixante-treizième"),  # an ordinal of three words
        ("es", "septuagésimo sexto", "octogésimo segundo"),  # both words change
        ("es", "septuagésimo noveno", "octogésimo primer"),
        ("ru", "семьдесят шестой", "восьмидесятой"),
        ("ar", "السادسة والسبعين", "الثمانين"),
        ("zh", "第七十六", "第八十"),  # "十" stays, "六" goes: one change across it
        ("zh", "第七十九", "第八十一"),
        # numbers written as ordinals
        ("en", "43rd", "44th"),
        ("fr", "43e", "44e"),
        ("es", "43er", "44º"),
        ("ru", "102-й", "103‑й"),  # the second with a non-breaking hyphen
        ("zh", "第102", "第103"),
    ],
)
def test_session_ordinals_of_several_words_roll_over(language: str, old: str, new: str) -> None:
    assert is_routine(language, AGENDA[language].format(old), AGENDA[language].format(new))


@pytest.mark.parametrize(
    ("language", "old", "new"),
    [
        ("en", "7 December 2017", "13 December 2019"),
        ("es", "7 de diciembre de 2017", "13 de diciembre de 2019"),
        ("ru", "7 декабря 2017 года", "13 декабря 2019 года"),
        ("ar", "7 كانون الأول/ديسمبر 2017", "13 كانون الأول/ديسمبر 2019"),
        ("ar", "7 كانون الأول/ ديسمبر 2017", "13 كانون الأول/ ديسمبر 2019"),  # spaced month
        ("zh", "2017年12月7日", "2019年12月13日"),  # the year first
    ],
)
def test_dates_roll_over_whatever_their_order(language: str, old: str, new: str) -> None:
    text = "Recalling its resolution {} of {} and all its previous resolutions,"
    if language == "zh":
        text = "回顾其{1}第{0}号决议及其以往关于协助扫雷和协助地雷行动的所有决议，"
    assert is_routine(language, text.format("72/75", old), text.format("74/80", new))


def test_a_new_day_in_the_same_year_is_no_roll_over() -> None:
    """Only the day changed: a correction, not the series moving on a year."""
    text = "Recalling its resolution 74/80 of {} December 2019 and all its previous resolutions,"
    assert not is_routine("en", text.format(7), text.format(13))


def test_cardinal_numbers_in_words_are_no_session() -> None:
    """ "cinquante" alone is fifty, not the fiftieth session."""
    text = "Note que {} pays sont touchés par les mines et les restes explosifs de guerre ;"
    assert not is_routine("fr", text.format("cinquante"), text.format("soixante"))


def test_a_bare_chinese_number_is_no_session() -> None:
    """ "六个月" (six months) -> "八个月": a number without "第" is no ordinal."""
    text = "请秘书长在{}个月内提交报告；"
    assert not is_routine("zh", text.format("六"), text.format("八"))


def test_changes_are_joined_only_across_unchanged_strong_markers() -> None:
    old, new = words_of("第七十六届会议"), words_of("第八十届会议")
    classes, _ = marker_classes(old, routine_words(("zh",)))
    spans = changed_spans(word_opcodes(old, new), classes)
    assert spans == [(1, 4, 1, 3)]
    english = ["of", "7", "December", "2017"], ["of", "13", "December", "2019"]
    classes, _ = marker_classes(english[0], routine_words())
    assert len(changed_spans(word_opcodes(*english), classes)) == 2  # "December" is no bridge


def every_word_classified(
    words: Sequence[str], vocabulary: RoutineWords
) -> tuple[list[Class], list[int]]:
    """marker_classes as it was written first, each word looked at in turn: the oracle of the
    version that looks only at the words that may be markers."""
    plain = [key.strip(MARKER_EDGE) for key in edit_keys(words)]
    keys = [word.casefold() for word in plain]
    months = every_start_tried(keys, vocabulary.months)
    sessions = every_start_tried(keys, vocabulary.sessions)
    classes: list[Class] = [None] * len(words)
    dates = [-1] * len(words)
    numeric = [not key.isalpha() for key in keys]
    day, year = routine_module.DAY, routine_module.YEAR
    datelike = [
        months[i]
        or keys[i] in vocabulary.glue
        or (numeric[i] and bool(day.fullmatch(keys[i]) or year.fullmatch(keys[i])))
        for i in range(len(words))
    ]
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and datelike[end]:
            end += 1
        if any(months[start:end]):
            for position in range(start, end):
                dates[position] = start
                if year.fullmatch(keys[position]):
                    classes[position] = "strong"
                elif months[position] or day.fullmatch(keys[position]):
                    classes[position] = "weak"
        start = end + 1 if end == start else end
    for position, word in enumerate(plain):
        if classes[position] is not None:
            continue
        if sessions[position] or (
            numeric[position]
            and (
                routine_module.RESOLUTION_NUMBER.fullmatch(word)
                or routine_module.DOCUMENT_SYMBOL.fullmatch(word)
                or vocabulary.ordinal.fullmatch(keys[position])
                or (
                    word.isdigit()
                    and position
                    and keys[position - 1] in vocabulary.ordinal_prefixes
                )
            )
        ):
            classes[position] = "strong"
        elif keys[position] in vocabulary.glue:
            classes[position] = "glue"
    return classes, dates


def every_start_tried(
    keys: Sequence[str], table: dict[str, tuple[tuple[str, ...], ...]]
) -> list[bool]:
    found = [False] * len(keys)
    position = 0
    while position < len(keys):
        phrase = next(
            (
                p
                for p in table.get(keys[position], ())
                if tuple(keys[position : position + len(p)]) == p
            ),
            None,
        )
        if phrase is None:
            position += 1
            continue
        found[position : position + len(phrase)] = [True] * len(phrase)
        position += len(phrase)
    return found


LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


@st.composite
def marker_rich_words(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A language and words drawn mostly from what its markers are made of: months and
    ordinals (whole or cut), joining words, days, years, symbols, ordinal numbers and prefixes,
    with punctuation clinging to some."""
    language = draw(st.sampled_from(LANGUAGES))
    vocabulary = routine_words((language,))
    phrase_words = sorted(
        {
            word
            for table in (vocabulary.months, vocabulary.sessions)
            for found in table.values()
            for phrase in found
            for word in phrase
        }
    )
    pieces = st.one_of(
        st.sampled_from(phrase_words),
        st.sampled_from(sorted(vocabulary.glue | vocabulary.ordinal_prefixes) or ["of"]),
        st.sampled_from(
            [
                "7",
                "13",
                "31",
                "2019",
                "1980",
                "74/80",
                "A/74/288",
                "43rd",
                "102",
                "paragraph",
                "the",
                "Recalls",
                "–",
            ]
        ),
    )
    words = draw(st.lists(pieces, max_size=24))
    return language, [word + draw(st.sampled_from(["", "", ",", ";", ")"])) for word in words]


@settings(max_examples=500, deadline=None)
@given(marker_rich_words())
def test_markers_found_only_where_they_may_be_are_every_words_classes(
    drawn: tuple[str, list[str]],
) -> None:
    language, words = drawn
    vocabulary = routine_words((language,))
    assert marker_classes(words, vocabulary) == every_word_classified(words, vocabulary)


@settings(max_examples=300, deadline=None)
@given(marker_rich_words())
def test_phrases_tried_only_where_one_opens_are_every_starts(drawn: tuple[str, list[str]]) -> None:
    language, words = drawn
    vocabulary = routine_words((language,))
    keys = [word.casefold() for word in words]
    for table in (vocabulary.months, vocabulary.sessions):
        assert in_phrases(keys, table) == every_start_tried(keys, table)


def test_a_day_inside_a_date_stays_a_day_after_an_ordinal_prefix() -> None:
    """ "第13日" in a Chinese date: 13 is the day (weak), not an ordinal, though 第 precedes it."""
    classes, dates = marker_classes(words_of("2019年12月第13日"), routine_words(("zh",)))
    assert classes == ["strong", "glue", "weak", "weak", "glue", "weak", "glue"]
    assert dates == [0] * 7


def test_a_phrase_is_not_looked_for_inside_a_phrase_found_before_it() -> None:
    """Read from the left: "a b" is found, so "b c" (opening inside it) is not; "d e" after
    it still is."""
    table = {"a": (("a", "b"),), "b": (("b", "c"),), "d": (("d", "e"),)}
    assert in_phrases(["a", "b", "c", "d", "e"], table) == [True, True, False, True, True]
