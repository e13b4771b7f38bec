"""Rules of the lead grammar (mineres.parse.leads) that the phrase tests do not reach, named
for the rule: what a language file that says nothing means, the kinds the hand-written lists
give, heads read through another form of their verb, and a memo that never changes a lead."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineres.parse.akn import parse_akn
from mineres.parse.leads import (
    Token,
    build_grammar,
    find_lead,
    grammar_for,
    has,
    lead_in,
    lead_kind,
    phrase_of,
)
from mineres.store.datafiles import load_data_file

from .conftest import FIXTURES


def test_a_language_file_that_says_nothing_is_spaced_lower_case_with_objects_after() -> None:
    grammar = build_grammar("xx", {}, {})
    assert (grammar.spaced, grammar.capitalised, grammar.objects_before_head) == (
        True,
        False,
        False,
    )
    assert grammar.language == "xx"
    assert grammar_for("fr").language == "fr"


def test_phrases_are_words_unless_told_otherwise() -> None:
    assert phrase_of("Takes note") == ("takes", "note")
    assert phrase_of("回顾", spaced=False) == ("回", "顾")


def test_has_looks_at_a_plain_sequence_of_words_too() -> None:
    words = (Token("urges", 5),)
    assert has(words, 0) is True
    assert has(words, 1) is False


@pytest.mark.parametrize(
    ("lead", "language", "kind"),
    [
        ("Determining", "en", "preambular"),  # from the hand-written list
        ("Appoints", "en", "operative"),
        ("Acting under Chapter VII of the Charter of the United Nations", "en", "preambular"),
        ("决定", "zh", "operative"),  # Chinese phrases are characters, not words
    ],
)
def test_the_kind_of_a_listed_lead(lead: str, language: str, kind: str) -> None:
    assert lead_kind(lead, language) == kind


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Taking into account the report of the Secretary-General", "Taking into account"),
        ("Taking into account", "Taking into account"),  # the head ends the text
        ("Calling for the immediate cessation", "Calling for"),
        ("Welcomes and", "Welcomes"),  # nothing after "and": no second head
    ],
)
def test_a_head_is_read_in_another_form_of_its_verb(text: str, lead: str) -> None:
    assert find_lead(text) == lead


def english_openings() -> list[str]:
    texts: list[str] = []
    for path in sorted((FIXTURES / "akn").glob("*.en.xml")):
        resolution = parse_akn(Path(path).read_text(encoding="utf-8"))
        texts.extend(paragraph.text for paragraph in resolution.paragraphs)
    return texts


def test_the_memo_of_readings_never_changes_a_lead() -> None:
    """A reading is kept for the words it looked at; a later paragraph opening with the same
    words gets it. Read with the memo and without, every lead of the fixtures is the same."""
    seed, learnt = load_data_file("leads/en.yaml"), load_data_file("leads/en.learnt.yaml")
    shared = build_grammar("en", seed, learnt)
    alone = build_grammar("en", seed, learnt)
    openings = english_openings()
    assert len(openings) > 100
    for text in openings:
        alone.memo.clear()
        assert lead_in(shared, text) == lead_in(alone, text), text
