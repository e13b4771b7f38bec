"""The words alignment compares are ALIGNMENT_WORD's matches, however they are cut: ASCII text
by string methods, other text by the pattern itself."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.diff.words import ALIGNMENT_WORD, alignment_words

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
