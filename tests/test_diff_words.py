"""The words alignment compares are ALIGNMENT_WORD's matches, however they are cut: ASCII text
by string methods, other text by the pattern itself."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.diff.words import ALIGNMENT_WORD, alignment_words, single_spaced

# Every ASCII character (the string methods' path), weighted towards the ones a word may hold
# inside or end on; a few others send a text down the pattern's path.
ASCII = st.characters(min_codepoint=0, max_codepoint=127)
INNER = st.sampled_from(list("/'.-_ ab9"))
OTHER = st.sampled_from(list("é–—−°\u00a0\u2028½"))  # Chinese: test_diff_languages


@settings(max_examples=600, deadline=None)
@given(st.text(st.one_of(ASCII, INNER, INNER), max_size=60))
def test_ascii_text_is_cut_into_the_patterns_words(text: str) -> None:
    assert alignment_words(text) == tuple(re.findall(ALIGNMENT_WORD, text))


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(ASCII, INNER, OTHER), max_size=60))
def test_any_text_is_cut_into_the_patterns_words(text: str) -> None:
    assert alignment_words(text) == tuple(re.findall(ALIGNMENT_WORD, text))


def test_a_word_keeps_what_it_holds_inside_and_loses_it_at_its_ends() -> None:
    text = "recalls 74/80, the u.n. 'non-state' actors -- of_the (a) ... 2019–2023."
    assert alignment_words(text) == (
        "recalls",
        "74/80",
        "the",
        "u.n",
        "non-state",
        "actors",
        "of_the",
        "a",
        "2019",
        "2023",
    )


@settings(max_examples=600, deadline=None)
@given(
    st.text(st.one_of(ASCII, st.sampled_from(list("  a\t\n\x1c\x85\u00a0\u2003é"))), max_size=30)
)
def test_a_text_single_spaced_is_its_words_joined_by_one_space(text: str) -> None:
    assert single_spaced(text) == " ".join(text.split())


def test_a_text_already_single_spaced_is_kept_as_it_is() -> None:
    text = "Recalling its resolution 74/80 of 13 December 2019,"
    assert single_spaced(text) is text
    assert single_spaced(" two  spaces\tand a tab ") == "two spaces and a tab"
