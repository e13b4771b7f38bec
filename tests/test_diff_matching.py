"""The diff's matching blocks are difflib's: `SequenceMatcher(None, a, b, autojunk=False)` gives
the same blocks, opcodes and ratio (to the last bit) for any two word lists, repeated words and
ties between equally long blocks included, as the word edits and the alignment's scores need."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.diff import words
from mineres.diff.words import longest_block, matching_blocks, sequence_opcodes, sequence_ratio

# Few distinct words, so blocks repeat and tie: where difflib's order of choice shows.
WORDS = st.lists(st.sampled_from(["the", "of", "mine", "action", "74/80", "États", "七"]))


def difflib_matcher(a: list[str], b: list[str]) -> SequenceMatcher[str]:
    return SequenceMatcher(None, a, b, autojunk=False)


@settings(max_examples=400, deadline=None)
@given(WORDS, WORDS)
def test_the_blocks_opcodes_and_ratio_are_difflibs(a: list[str], b: list[str]) -> None:
    matcher = difflib_matcher(a, b)
    assert matching_blocks(a, b) == [tuple(block) for block in matcher.get_matching_blocks()]
    assert sequence_opcodes(a, b) == matcher.get_opcodes()
    assert sequence_ratio(a, b) == matcher.ratio()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from("abcdefghij"), min_size=200, max_size=400), st.data())
def test_long_edited_lists_match_as_difflib_matches_them(a: list[str], data: st.DataObject) -> None:
    """Lists of 200 words and more (where difflib would drop popular words unless autojunk is
    off), the second an edited copy of the first, as two versions of one paragraph are."""
    b = list(a)
    for _ in range(data.draw(st.integers(0, 20))):
        position = data.draw(st.integers(0, len(b)))
        b[position:position] = data.draw(st.lists(st.sampled_from("abcxyz"), max_size=3))
        del b[data.draw(st.integers(0, len(b) - 1))]
    matcher = difflib_matcher(a, b)
    wide = len(a) * len(b)  # past MOST_WORD_PAIRS: run the character search all the same
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(words, "MOST_WORD_PAIRS", wide)
        assert sequence_opcodes(a, b) == matcher.get_opcodes()
        assert sequence_ratio(a, b) == matcher.ratio()


@given(WORDS, WORDS, st.data())
def test_the_longest_block_of_any_window_is_difflibs(
    a: list[str], b: list[str], data: st.DataObject
) -> None:
    """Of equally long blocks, the one starting first in a, then first in b; (alo, blo, 0)
    when the windows share no word."""
    alo = data.draw(st.integers(0, len(a)))
    ahi = data.draw(st.integers(alo, len(a)))
    blo = data.draw(st.integers(0, len(b)))
    bhi = data.draw(st.integers(blo, len(b)))
    codes = {word: chr(65 + code) for code, word in enumerate(dict.fromkeys([*a, *b]))}
    first, second = "".join(codes[w] for w in a), "".join(codes[w] for w in b)
    expected = difflib_matcher(a, b).find_longest_match(alo, ahi, blo, bhi)
    assert longest_block(first, second, alo, ahi, blo, bhi) == tuple(expected)


def test_ties_go_to_the_block_first_in_a_then_first_in_b() -> None:
    assert longest_block("xaby", "abab", 0, 4, 0, 4) == (1, 0, 2)
    assert longest_block("abab", "xaby", 0, 4, 0, 4) == (0, 1, 2)
    assert longest_block("ab", "ba", 0, 2, 0, 2) == (0, 1, 1)
    assert longest_block("ab", "cd", 1, 2, 1, 2) == (1, 1, 0)


def test_empty_lists_are_the_same_and_have_no_blocks() -> None:
    assert matching_blocks([], []) == [(0, 0, 0)]
    assert sequence_opcodes([], []) == []
    assert sequence_ratio([], []) == 1.0
    assert sequence_opcodes(["a"], []) == [("delete", 0, 1, 0, 0)]
    assert sequence_opcodes([], ["a"]) == [("insert", 0, 0, 0, 1)]


def test_more_distinct_words_than_characters_are_matched_by_difflib_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = ["a", "b", "c", "a"], ["b", "c", "d", "a"]
    expected = [tuple(block) for block in difflib_matcher(a, b).get_matching_blocks()]
    monkeypatch.setattr(words, "MOST_DISTINCT_WORDS", 4)
    assert matching_blocks(a, b) == expected  # 4 distinct: still one character each
    monkeypatch.setattr(words, "MOST_DISTINCT_WORDS", 3)
    monkeypatch.setattr(words, "longest_block", None)  # not called: difflib matches them
    assert matching_blocks(a, b) == expected


def test_two_long_texts_are_matched_by_difflib(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each start in a costs a search of b: past MOST_WORD_PAIRS word pairs difflib is the
    faster (and at 20,000 edited words far faster), so it matches them, with the same blocks."""
    a = [f"w{index % 300}" for index in range(201)]
    b = [word if index % 7 else "edited" for index, word in enumerate(a[:200])]
    assert len(a) * len(b) > words.MOST_WORD_PAIRS >= len(a[:200]) * len(b)
    expected = [tuple(block) for block in difflib_matcher(a, b).get_matching_blocks()]
    searched: list[tuple[object, ...]] = []
    real = words.longest_block

    def counted(*args: Any) -> tuple[int, int, int]:
        searched.append(args)
        return real(*args)

    monkeypatch.setattr(words, "longest_block", counted)
    assert matching_blocks(a, b) == expected
    assert searched == []
    assert matching_blocks(a[:200], b) == [
        tuple(block) for block in difflib_matcher(a[:200], b).get_matching_blocks()
    ]
    assert searched
