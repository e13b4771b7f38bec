"""Routine roll-over: the edits a series makes every year (resolution numbers, dates, session
ordinals), told apart from real changes, in every language `data/routine_words.yaml` knows."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from mineres.diff.word_edits import Opcode
from mineres.diff.words import EDGE_PUNCTUATION, edit_key, edit_keys, language_tables, words_of

RESOLUTION_NUMBER = re.compile(r"\d{1,3}/\d{1,4}[A-Z]?")
DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,4}(?:/[A-Za-z0-9.\-]+)*/\d[\w.\-]*")
YEAR = re.compile(r"(?:19|20)\d\d")
DAY = re.compile(r"\d{1,2}")


Phrases = dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
if TYPE_CHECKING:  # read by the type checker only: an alias costs import time
    Class = Literal["strong", "weak", "glue"] | None

# Punctuation that may cling to a marker in any of the six languages ("2019,", "（第二议定书）").
MARKER_EDGE = EDGE_PUNCTUATION + "，。、；：（）《》「」“”‘’«»؛،"


class RoutineWords:
    """The words of one or more languages that mark a roll-over, casefolded: month names and
    session ordinals as phrases (a month or an ordinal may be several words: "كانون الأول/ديسمبر",
    "septuagésimo sexto", "第七十六"), and the short words that join markers. Made once per
    set of languages and never changed (a plain class: a NamedTuple costs import time)."""

    __slots__ = ("glue", "months", "ordinal", "ordinal_prefixes", "sessions", "words")

    def __init__(
        self,
        months: Phrases,
        sessions: Phrases,
        glue: frozenset[str],
        ordinal: re.Pattern[str],
        ordinal_prefixes: frozenset[str],
        words: frozenset[str],
    ) -> None:
        self.months = months
        self.sessions = sessions
        self.glue = glue
        self.ordinal = ordinal  # a number written as an ordinal: "43rd", "43er", "43-я"
        self.ordinal_prefixes = ordinal_prefixes  # make the number after them an ordinal: 第
        self.words = words  # every word of a month, an ordinal or glue: all a marker without a
        # digit can be


@cache
def routine_words(languages: tuple[str, ...] = ("en",)) -> RoutineWords:
    """`data/routine_words.yaml` for `languages`; every language the file has when it has
    none of them, so an unlisted language still gets numbers and symbols right and loses
    nothing to a wrong guess. The tables are kept in the data cache for each set of languages:
    reading the words of all six cost a first diff more than the tables of the one it needs."""
    tables = language_tables(
        "routine-words", languages, "routine_words.yaml", Path(__file__), routine_tables
    )
    try:
        return routine_words_of(tables)
    except (KeyError, TypeError, ValueError, AttributeError, re.error):  # an entry of another shape
        return routine_words_of(routine_tables(languages))


def routine_words_of(tables: dict[str, Any]) -> RoutineWords:
    """RoutineWords of routine_tables' JSON; TypeError when a table is not of its type."""
    if not isinstance(tables["ordinal"], str) or not all(
        isinstance(tables[name], list) for name in ("glue", "ordinal_prefixes", "words")
    ):
        raise TypeError("routine words of another shape")
    return RoutineWords(
        phrases_of(tables["months"]),
        phrases_of(tables["sessions"]),
        frozenset(tables["glue"]),
        re.compile(tables["ordinal"]),
        frozenset(tables["ordinal_prefixes"]),
        frozenset(tables["words"]),
    )


def routine_tables(languages: tuple[str, ...]) -> dict[str, Any]:
    """What `RoutineWords` holds for `languages`, as JSON values (lists, not sets)."""
    from mineres.store.datafiles import load_data_file

    data: dict[str, dict[str, list[str]]] = load_data_file("routine_words.yaml")
    chosen = [data[language] for language in languages if language in data] or list(data.values())

    def entries(key: str) -> list[str]:
        return [entry for language in chosen for entry in language.get(key, ())]

    glue = frozenset(marker_key(word) for word in entries("glue"))
    months, sessions = phrase_table(entries("months")), phrase_table(entries("sessions"))
    suffixes = sorted(
        {edit_key(suffix).casefold() for suffix in entries("ordinal_suffixes")}, key=len
    )
    ordinal = r"\d+(?:" + "|".join(map(re.escape, reversed(suffixes))) + ")" if suffixes else "(?!)"
    return {
        "months": months,
        "sessions": sessions,
        "glue": sorted(glue | {""}),
        "ordinal": ordinal,
        "ordinal_prefixes": sorted(marker_key(word) for word in entries("ordinal_prefixes")),
        "words": sorted(glue | phrase_words(months) | phrase_words(sessions)),
    }


def phrases_of(table: dict[str, list[list[str]]]) -> Phrases:
    """A phrase table read back from JSON, its phrases tuples again."""
    return {first: tuple(map(tuple, phrases)) for first, phrases in table.items()}


def phrase_words(table: Phrases) -> frozenset[str]:
    return frozenset(word for phrases in table.values() for phrase in phrases for word in phrase)


def marker_key(word: str) -> str:
    """A word as markers are looked up: compared form, no clinging punctuation, no case."""
    return bare(word).casefold()


def bare(word: str) -> str:
    return edit_key(word).strip(MARKER_EDGE)


def phrase_table(entries: Iterable[str]) -> Phrases:
    table: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for entry in entries:
        words = tuple(marker_key(word) for word in words_of(entry))
        if words:
            table[words[0]].add(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in table.items()}


def in_phrases(keys: Sequence[str], table: Phrases) -> list[bool]:
    """Which words stand in one of the phrases, the longest phrase first at each word, read
    from the left. Only the words that open a phrase are tried (most words open none), and
    none inside a phrase already found."""
    found = [False] * len(keys)
    covered = 0  # the words before this one stand in a phrase found
    for position in [position for position, key in enumerate(keys) if key in table]:
        if position < covered:
            continue
        phrase = next(
            (
                phrase
                for phrase in table[keys[position]]
                if tuple(keys[position : position + len(phrase)]) == phrase
            ),
            None,
        )
        if phrase is not None:
            found[position : position + len(phrase)] = [True] * len(phrase)
            covered = position + len(phrase)
    return found


def marker_classes(words: Sequence[str], vocabulary: RoutineWords) -> tuple[list[Class], list[int]]:
    """For every word, the kind of series marker it is ("strong": a resolution number, symbol,
    session ordinal, or the year of a date; "weak": a day or month of a date; "glue": a word
    that joins markers, "and", "of"), or None; and the date each word stands in (-1 outside a
    date). A date is a run of numbers, month names and joining words holding a month: "13
    December 2019", "13 de diciembre de 2019", "2019年12月13日". A year outside a date ("the
    1980 Convention", "Strategy 2019–2023") is no series marker. Only the words that may be
    markers are looked at: the runs around month names, and words that hold a digit, open a
    session ordinal or join markers; a paragraph's other words are passed by."""
    plain = [key.strip(MARKER_EDGE) for key in edit_keys(words)]  # bare(), all words at once
    keys = [word.casefold() for word in plain]
    months = in_phrases(keys, vocabulary.months)
    sessions = in_phrases(keys, vocabulary.sessions)
    classes: list[Class] = [None] * len(words)
    dates = [-1] * len(words)

    def datelike(position: int) -> bool:
        key = keys[position]
        return (
            months[position]
            or key in vocabulary.glue
            # every number pattern needs a digit: words of letters alone skip them
            or (not key.isalpha() and bool(DAY.fullmatch(key) or YEAR.fullmatch(key)))
        )

    end = 0  # where the last date read ends
    for month in [position for position, found in enumerate(months) if found]:
        if month < end:  # inside that date
            continue
        start, end = month, month + 1
        while start > 0 and datelike(start - 1):
            start -= 1
        while end < len(words) and datelike(end):
            end += 1
        for position in range(start, end):
            dates[position] = start
            if YEAR.fullmatch(keys[position]):
                classes[position] = "strong"
            elif months[position] or DAY.fullmatch(keys[position]):
                classes[position] = "weak"
    for position in [
        position
        for position, key in enumerate(keys)
        if classes[position] is None
        and (sessions[position] or not key.isalpha() or key in vocabulary.glue)
    ]:
        word, key = plain[position], keys[position]
        if sessions[position] or (
            not key.isalpha()
            and (
                RESOLUTION_NUMBER.fullmatch(word)
                or DOCUMENT_SYMBOL.fullmatch(word)
                or vocabulary.ordinal.fullmatch(key)
                or (
                    word.isdigit()
                    and position
                    and keys[position - 1] in vocabulary.ordinal_prefixes
                )
            )
        ):
            classes[position] = "strong"
        elif key in vocabulary.glue:
            classes[position] = "glue"
    return classes, dates


def changes_may_be_markers(
    opcodes: Sequence[Opcode],
    old_words: Sequence[str],
    new_words: Sequence[str],
    vocabulary: RoutineWords,
) -> bool:
    """Whether every changed word may be a series marker: it holds a digit, or it is a word of
    a month, a session ordinal or a joining word. A changed word of letters that is none of
    these is no marker in any context, so the change is not routine, and the classes of the
    whole paragraphs (the dearer check) are not worked out: most edits fail here."""
    return all(
        may_be_marker(word, vocabulary)
        for op, i1, i2, j1, j2 in opcodes
        if op != "equal"
        for word in (*old_words[i1:i2], *new_words[j1:j2])
    )


def may_be_marker(word: str, vocabulary: RoutineWords) -> bool:
    key = marker_key(word)
    return not key.isalpha() or key in vocabulary.words


# One change, or several joined across unchanged markers ("七[十]六" -> "八[十]"): old words
# i1:i2 became new words j1:j2 (a plain tuple: a class costs import time, this costs none).
Span = tuple[int, int, int, int]


def changed_spans(opcodes: Sequence[Opcode], old_classes: Sequence[Class]) -> list[Span]:
    """The changes, those kept apart only by unchanged strong markers taken as one: a session
    ordinal of several words changes some of them, "seventy-sixth" -> "seventy-eighth" as
    "семьдесят шестой" -> "семьдесят восьмой" or "七十六" -> "八十"."""
    spans: list[Span] = []
    bridged = False
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            bridged = bool(spans) and all(kind == "strong" for kind in old_classes[i1:i2])
            continue
        if bridged and spans:
            first_i1, _, first_j1, _ = spans.pop()
            spans.append((first_i1, i2, first_j1, j2))
        else:
            spans.append((i1, i2, j1, j2))
        bridged = False
    return spans


def routine_opcodes(
    opcodes: Sequence[Opcode],
    old_words: Sequence[str],
    new_words: Sequence[str],
    vocabulary: RoutineWords | None = None,
) -> bool:
    """Every change replaces series markers with series markers: a resolution number, symbol,
    year or session ordinal on both sides ("2019," -> "2019 and 75/52 of 7 December 2020,"
    extends a list of recalled resolutions), or a day or month of a date whose year changes
    too ("7 December 2017" -> "13 December 2019"). "paragraph 7" -> "paragraph 13" is not
    routine, nor is any insertion or deletion on its own."""
    if all(opcode[0] == "equal" for opcode in opcodes):
        return True
    vocabulary = vocabulary or routine_words()
    if not changes_may_be_markers(opcodes, old_words, new_words, vocabulary):
        return False
    old_classes, old_dates = marker_classes(old_words, vocabulary)
    new_classes, _ = marker_classes(new_words, vocabulary)
    spans = changed_spans(opcodes, old_classes)
    strong_starts: list[int] = []
    strong_dates: set[int] = set()
    for i1, i2, j1, j2 in spans:
        old_span, new_span = old_classes[i1:i2], new_classes[j1:j2]
        if not old_span or not new_span or None in old_span or None in new_span:
            return False
        if all(kind == "glue" for kind in old_span) or all(kind == "glue" for kind in new_span):
            return False
        if "strong" in old_span:
            strong_starts.append(i1)
            strong_dates.update(old_dates[i1:i2])
    for i1, i2, j1, j2 in spans:
        old_span, new_span = old_classes[i1:i2], new_classes[j1:j2]
        if "strong" in old_span and "strong" in new_span:
            continue
        same_date = any(old_dates[i] in strong_dates for i in range(i1, i2) if old_dates[i] >= 0)
        after = bisect_left(strong_starts, i2)
        soon = after < len(strong_starts) and strong_starts[after] <= i2 + 3
        if not (same_date or soon):
            return False
    return True
