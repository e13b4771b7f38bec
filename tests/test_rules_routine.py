"""One test per rule of mineres.diff.routine, named for the rule, on sentences of the
mine-action series (A/RES/74/80, 76/74): the class and date of every word, and which edits
are the yearly roll-over, asserted whole so that bending a rule fails the test naming it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mineres.diff import routine as routine_module
from mineres.diff.routine import (
    RoutineWords,
    bare,
    changes_may_be_markers,
    in_phrases,
    marker_classes,
    may_be_marker,
    phrases_of,
    routine_opcodes,
    routine_tables,
    routine_words,
    routine_words_of,
)
from mineres.diff.word_edits import word_opcodes
from mineres.diff.words import language_tables, words_of

RECALLING = "Recalling its resolution 72/75 of 7 December 2017 and 73/61 of 5 December 2018,"


def routine(old: str, new: str, languages: tuple[str, ...] = ("en",)) -> bool:
    old_words, new_words = words_of(old), words_of(new)
    opcodes = word_opcodes(old_words, new_words)
    return routine_opcodes(opcodes, old_words, new_words, routine_words(languages))


def test_every_word_has_its_marker_class_and_date() -> None:
    """Numbers and years strong, days and months weak, joining words glue; each word of a
    date points at the date's first word, every other word at -1."""
    classes, dates = marker_classes(words_of(RECALLING), routine_words())
    assert classes == [
        None, None, None, "strong",
        "glue", "weak", "weak", "strong", "glue",
        "strong",
        "glue", "weak", "weak", "strong",
    ]  # fmt: skip
    assert dates == [-1, -1, -1, -1, 4, 4, 4, 4, 4, -1, 10, 10, 10, 10]


def test_a_date_may_open_the_text() -> None:
    classes, dates = marker_classes(
        words_of("13 December 2019 at its seventy-fourth session"), routine_words()
    )
    assert classes == ["weak", "weak", "strong", None, None, "strong", None]
    assert dates == [0, 0, 0, -1, -1, -1, -1]


def test_a_number_is_no_marker_unless_it_is_a_resolution_date_or_ordinal() -> None:
    classes, _ = marker_classes(words_of("paragraph 7 of resolution 74/80"), routine_words())
    assert classes == [None, None, "glue", None, "strong"]
    assert marker_classes(words_of("the 1980 Convention"), routine_words())[0] == [None] * 3


def test_a_number_after_an_ordinal_prefix_is_an_ordinal() -> None:
    """Chinese "第102届会议": 第 makes 102 the 102nd; 届会议 are plain words."""
    classes, _ = marker_classes(words_of("第102届会议"), routine_words(("zh",)))
    assert classes == ["glue", "strong", None, None, None]


def test_markers_are_compared_without_clinging_punctuation() -> None:
    assert bare("2018,") == "2018"
    assert bare("（第二议定书）") == "第二议定书"


def test_phrases_mark_every_word_they_cover_and_no_other() -> None:
    months = routine_words().months
    assert in_phrases(["7", "december", "2017"], months) == [False, True, False]
    sessions = routine_words(("es",)).sessions
    assert in_phrases(["su", "septuagésimo", "sexto", "período"], sessions) == [
        False, True, True, False,
    ]  # fmt: skip


def test_a_change_of_words_that_are_no_markers_is_no_roll_over() -> None:
    assert routine("Urges", "Requests") is False
    assert routine("Recalling its resolution 72/75,", "Recalling its resolution thereon,") is False


def test_a_number_that_is_no_marker_does_not_roll_over() -> None:
    """ "paragraph 7" -> "paragraph 13" is a real change."""
    old, new = "paragraph 7 of resolution 74/80", "paragraph 13 of resolution 74/80"
    assert routine(old, new) is False


def test_an_insertion_on_its_own_is_no_roll_over() -> None:
    assert routine("Recalling its resolutions", "Recalling also its resolutions") is False


def test_a_year_outside_a_date_is_no_roll_over() -> None:
    assert routine("the 1980 Convention", "the 1981 Convention") is False


def test_the_recalled_resolutions_and_their_dates_roll_over() -> None:
    new = RECALLING.replace("72/75", "74/80").replace("7 December 2017", "13 December 2019")
    assert routine(RECALLING, new) is True
    extended = "of 7 December 2019 and 75/52 of 7 December 2020,"
    assert routine("of 7 December 2019,", extended) is True


def test_unchanged_text_is_routine() -> None:
    assert routine(RECALLING, RECALLING) is True


def test_a_new_day_needs_a_new_year_in_the_same_date() -> None:
    """The first date rolls over (2017 -> 2019); the second changes its day in the same year
    2018, a correction: the paragraph is no roll-over."""
    old = "Recalling its resolutions 72/75 of 7 December 2017 and 73/61 of 5 January 2018,"
    new = "Recalling its resolutions 74/80 of 13 December 2019 and 73/61 of 6 January 2018,"
    assert routine(old, new) is False


def test_a_date_written_year_first_rolls_over_with_its_year() -> None:
    """Chinese writes the year first, so the day's change comes after the year's."""
    old, new = "回顾其2017年12月7日通过的决议", "回顾其2019年12月13日通过的决议"
    assert routine(old, new, ("zh",)) is True


def test_a_marker_replaced_by_a_word_is_no_roll_over_even_beside_one() -> None:
    old = "Recalling its resolutions 72/75 and 73/61,"
    new = "Recalling its resolutions thereon and 74/80,"
    assert routine(old, new) is False


def test_a_number_that_is_no_marker_replaced_by_one_is_no_roll_over_even_beside_one() -> None:
    """On either side: "7" of "paragraph 7" is a number, so it passes the cheap check that
    refuses words, and the classes of the whole text then refuse it."""
    old, new = "paragraph 7 of resolution 72/75", "paragraph 74/80 of resolution 74/80"
    assert routine(old, new) is False
    assert routine(new, old) is False


def test_a_new_day_without_a_year_rolls_over_with_a_marker_within_three_words() -> None:
    """ "of 7 December, 72/75" -> "of 13 December, 74/80": the day goes with the resolution
    number at most three words after it, not with one further away."""
    near = (
        "its decision of 7 December on the, 72/75,",
        "its decision of 13 December on the, 74/80,",
    )
    far = (
        "its decision of 7 December on the same, 72/75,",
        "its decision of 13 December on the same, 74/80,",
    )
    assert routine(*near) is True
    assert routine(*far) is False


def test_a_joining_word_is_no_marker_to_replace_or_be_replaced() -> None:
    """ "and" -> "74/80" beside a real roll-over (73/61 -> 73/62) is still no roll-over."""
    assert routine("resolutions 72/75 and the 73/61", "resolutions 72/75 74/80 the 73/62") is False
    assert routine("resolutions 72/75 74/80 the 73/61", "resolutions 72/75 and the 73/62") is False


def test_a_date_opening_the_text_rolls_over_with_its_year() -> None:
    """The date is the text's first word: its day changes with its year (2017 -> 2019)."""
    assert routine("2017年12月7日通过的决议", "2019年12月13日通过的决议", ("zh",)) is True


def test_a_resolution_number_replaced_by_a_day_and_month_is_no_roll_over() -> None:
    """ "72/75" -> "of 7 December": a marker on each side, but a citation became a date with
    no year, and no other marker changes beside it."""
    old = "Recalling its resolution 72/75 on assistance in mine action,"
    new = "Recalling its resolution of 7 December on assistance in mine action,"
    assert routine(old, new) is False


def test_a_changed_word_of_letters_that_no_marker_list_holds_is_never_a_marker() -> None:
    """What a marker without a digit can be: a word of a month, a session ordinal or a joining
    word, in any case and with punctuation clinging to it; anything with a digit may be one."""
    vocabulary = routine_words(("en", "es"))
    for word in ("2019,", "74/80", "43rd", "December", "seventy-sixth", "sexto", "and", "(of", "–"):
        assert may_be_marker(word, vocabulary), word
    for word in ("Urges", "resolution", "paragraph", "diciembres"):
        assert not may_be_marker(word, vocabulary), word
    assert "december" in vocabulary.words and "seventy-sixth" in vocabulary.words


def test_a_change_that_cannot_be_markers_is_refused_before_classifying_the_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import mineres.diff.routine as routine_module

    def unclassified(*args: object) -> None:
        raise AssertionError("classified")

    monkeypatch.setattr(routine_module, "marker_classes", unclassified)
    assert routine(RECALLING, RECALLING.replace("Recalling", "Noting")) is False
    assert routine(RECALLING, RECALLING.replace("2018,", "2018 thereon,")) is False
    with pytest.raises(AssertionError, match="classified"):
        routine(RECALLING, RECALLING.replace("2017", "2019"))


def test_only_the_changed_words_are_judged_before_classifying() -> None:
    """Unchanged words of letters around a change of markers keep it routine."""
    assert routine("Urges 72/75 of 7 December 2017", "Urges 74/80 of 5 December 2019") is True
    old_words, new_words = words_of("Urges 72/75"), words_of("Urges 74/80")
    opcodes = word_opcodes(old_words, new_words)
    assert changes_may_be_markers(opcodes, old_words, new_words, routine_words())


@pytest.fixture
def data_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty data cache, and no routine words remembered in memory, as a new process."""
    from mineres.store.datafiles import cache_directory

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    routine_words.cache_clear()
    yield cache_directory()
    routine_words.cache_clear()


def fields(words: RoutineWords) -> tuple[object, ...]:
    return (
        words.months,
        words.sessions,
        words.glue,
        words.ordinal.pattern,
        words.ordinal_prefixes,
        words.words,
    )


@pytest.mark.parametrize("languages", [("en",), ("zh",), ("en", "es")])
def test_routine_words_read_back_from_the_cache_are_those_derived(
    data_cache: Path, languages: tuple[str, ...]
) -> None:
    """One small entry per set of languages, read back by the next process as the very tables
    the data file gives (phrases as tuples, words as sets)."""
    first = fields(routine_words(languages))
    (entry,) = data_cache.glob(f"routine-words-{'-'.join(languages)}-*.json")
    routine_words.cache_clear()
    entry_bytes = entry.read_bytes()
    assert fields(routine_words(languages)) == first  # read back from the entry
    assert entry.read_bytes() == entry_bytes
    tables = routine_tables(languages)
    assert first == (
        phrases_of(tables["months"]),
        phrases_of(tables["sessions"]),
        frozenset(tables["glue"]),
        tables["ordinal"],
        frozenset(tables["ordinal_prefixes"]),
        frozenset(tables["words"]),
    )
    months = routine_words(languages).months
    assert all(isinstance(phrase, tuple) for found in months.values() for phrase in found)


@pytest.mark.parametrize("language", ["../en", "ру", "en gb"])
def test_a_language_code_no_file_is_named_by_is_derived_each_time(
    data_cache: Path, language: str
) -> None:
    """A code from a document's metadata names no cache entry unless it is ASCII letters and
    digits; the words are then every language's, as for any language the file lacks."""
    made: list[tuple[str, ...]] = []

    def derive(languages: tuple[str, ...]) -> dict[str, Any]:
        made.append(languages)
        return {"made": len(made)}

    code = Path(__file__)
    assert language_tables("kind", (language,), "routine_words.yaml", code, derive) == {"made": 1}
    assert language_tables("kind", (language,), "routine_words.yaml", code, derive) == {"made": 2}
    assert made == [(language,), (language,)]
    assert not data_cache.exists() or not list(data_cache.iterdir())
    assert fields(routine_words((language,))) == fields(routine_words(("no such language",)))
    assert language_tables("kind", ("en",), "routine_words.yaml", code, derive) == {"made": 3}
    assert language_tables("kind", ("en",), "routine_words.yaml", code, derive) == {"made": 3}


@pytest.fixture
def derived(monkeypatch: pytest.MonkeyPatch) -> Callable[[tuple[str, ...]], RoutineWords]:
    """Routine words derived from the data file afresh, past every cache (a cached entry would
    hide what the derivation itself does)."""
    monkeypatch.setattr(
        routine_module,
        "language_tables",
        lambda _kind, languages, _source, _code, derive: derive(languages),
    )
    return routine_words.__wrapped__


def test_the_routine_words_are_the_declared_languages_or_else_all_of_them(
    derived: Callable[[tuple[str, ...]], RoutineWords],
) -> None:
    english, spanish = derived(("en",)), derived(("es",))
    assert "december" in english.months and "diciembre" not in english.months
    assert "diciembre" in spanish.months and "december" not in spanish.months
    unknown = derived(("xx",))
    assert {"december", "diciembre", "décembre"} <= set(unknown.months)


def test_a_word_of_punctuation_alone_joins_markers(
    derived: Callable[[tuple[str, ...]], RoutineWords],
) -> None:
    """A dash or a lone bracket between the parts of a date joins them, as "of" does."""
    classes, dates = marker_classes(["7", "December", "–", "2017"], derived(("en",)))
    assert classes == ["weak", "weak", "glue", "strong"]
    assert dates == [0, 0, 0, 0]


def test_a_language_without_ordinal_suffixes_writes_no_number_as_an_ordinal(
    derived: Callable[[tuple[str, ...]], RoutineWords],
) -> None:
    assert derived(("ar",)).ordinal.fullmatch("43") is None
    assert derived(("zh",)).ordinal.fullmatch("43") is None
    assert derived(("en",)).ordinal.fullmatch("43rd")
    assert derived(("fr",)).ordinal.fullmatch("43e")


@pytest.mark.parametrize(
    "kept",
    [
        {},
        {
            "months": 5,
            "sessions": {},
            "glue": [],
            "ordinal": "x",
            "ordinal_prefixes": [],
            "words": [],
        },
        {
            "months": {},
            "sessions": {},
            "glue": "and",
            "ordinal": "x",
            "ordinal_prefixes": [],
            "words": [],
        },
        {
            "months": {},
            "sessions": {},
            "glue": [],
            "ordinal": "(",
            "ordinal_prefixes": [],
            "words": [],
        },
    ],
)
def test_a_kept_entry_of_another_shape_is_derived_anew(
    monkeypatch: pytest.MonkeyPatch, kept: dict[str, Any]
) -> None:
    """What the data cache gives back is checked against its bytes, not its shape: an entry of
    another shape (another version's, or one written to hurt) is derived again, not trusted."""
    monkeypatch.setattr(routine_module, "language_tables", lambda *arguments: kept)
    routine_words.cache_clear()
    try:
        assert fields(routine_words(("en",))) == fields(routine_words_of(routine_tables(("en",))))
    finally:
        routine_words.cache_clear()
