"""Routine roll-over: the edits a series makes every year (resolution numbers, dates, session
ordinals), told apart from real changes, in every language `data/routine_words.yaml` knows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from mineres.diff.word_edits import Opcode
from mineres.diff.words import EDGE_PUNCTUATION, edit_key

RESOLUTION_NUMBER = re.compile(r"\d{1,3}/\d{1,4}[A-Z]?")
DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,4}(?:/[A-Za-z0-9.\-]+)*/\d[\w.\-]*")
YEAR = re.compile(r"(?:19|20)\d\d")
DAY = re.compile(r"\d{1,2}")
NUMBER_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


class RoutineWords(NamedTuple):
    """The words of one or more languages that mark a roll-over, casefolded."""

    months: frozenset[str]
    sessions: frozenset[str]
    glue: frozenset[str]


@cache
def routine_words(languages: tuple[str, ...] = ("en",)) -> RoutineWords:
    """`data/routine_words.yaml` for `languages`; every language the file has when it has
    none of them, so an unlisted language still gets numbers and symbols right and loses
    nothing to a wrong guess."""
    from mineres.store.datafiles import load_data_file

    data: dict[str, dict[str, list[str]]] = load_data_file("routine_words.yaml")
    chosen = [data[language] for language in languages if language in data] or list(data.values())

    def words(key: str) -> frozenset[str]:
        return frozenset(word.casefold() for entry in chosen for word in entry.get(key, ()))

    return RoutineWords(words("months"), words("sessions"), words("glue") | {""})


def bare_word(words: Sequence[str], position: int) -> str:
    if 0 <= position < len(words):
        return edit_key(words[position]).strip(EDGE_PUNCTUATION)
    return ""


def routine_class(
    words: Sequence[str], position: int, vocabulary: RoutineWords | None = None
) -> str | None:
    """The kind of series marker a word is ("strong": a resolution number, symbol, session
    ordinal, or the year of a date; "weak": a day or month of a date; "glue": a word that joins
    markers, "and", "of"), or None. A year outside a date ("the 1980 Convention", "Strategy
    2019–2023") is no series marker. `vocabulary` holds the month names, session ordinals and
    joining words of the documents' language (English when not given)."""
    vocabulary = vocabulary or routine_words()
    months = vocabulary.months
    word = bare_word(words, position)
    folded = word.casefold()
    if folded in vocabulary.glue:
        return "glue"
    if (
        RESOLUTION_NUMBER.fullmatch(word)
        or DOCUMENT_SYMBOL.fullmatch(word)
        or NUMBER_ORDINAL.fullmatch(word)
        or folded in vocabulary.sessions
        or (YEAR.fullmatch(word) and beside_month(words, position, -1, vocabulary))
    ):
        return "strong"
    if folded in months or (DAY.fullmatch(word) and beside_month(words, position, 1, vocabulary)):
        return "weak"
    return None


def beside_month(words: Sequence[str], position: int, step: int, vocabulary: RoutineWords) -> bool:
    """A month name is the next word in direction `step`, or the one after a joining word:
    "13 December 2019", "13 décembre 2019", "13 de diciembre de 2019"."""
    neighbour = bare_word(words, position + step).casefold()
    if neighbour in vocabulary.glue and neighbour:
        neighbour = bare_word(words, position + 2 * step).casefold()
    return neighbour in vocabulary.months


def routine_opcodes(
    opcodes: Sequence[Opcode],
    old_words: Sequence[str],
    new_words: Sequence[str],
    vocabulary: RoutineWords | None = None,
) -> bool:
    """Every change replaces series markers with series markers: a resolution number, symbol,
    year or session ordinal on both sides ("2019," -> "2019 and 75/52 of 7 December 2020,"
    extends a list of recalled resolutions), or a day or month of a date whose year changes
    within three words ("7 December 2017" -> "13 December 2019"). "paragraph 7" -> "paragraph
    13" is not routine, nor is any insertion or deletion on its own."""
    changed = [opcode for opcode in opcodes if opcode[0] != "equal"]
    if any(opcode[0] != "replace" for opcode in changed):
        return False
    old_spans = [
        [routine_class(old_words, i, vocabulary) for i in range(i1, i2)]
        for _, i1, i2, _, _ in changed
    ]
    new_spans = [
        [routine_class(new_words, j, vocabulary) for j in range(j1, j2)]
        for _, _, _, j1, j2 in changed
    ]
    for (_, _, i2, _, _), old_span, new_span in zip(changed, old_spans, new_spans, strict=True):
        if None in old_span or None in new_span:
            return False
        if all(kind == "glue" for kind in old_span) or all(kind == "glue" for kind in new_span):
            return False
        if "strong" in old_span and "strong" in new_span:
            continue
        if not any(
            i2 <= later[1] <= i2 + 3 and "strong" in later_span
            for later, later_span in zip(changed, old_spans, strict=True)
        ):
            return False
    return True
