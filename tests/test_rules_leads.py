"""Rules of the lead grammar (mineres.parse.leads) that the phrase tests do not reach, named
for the rule: what a language file that says nothing means, the kinds the hand-written lists
give, heads read through another form of their verb, and a memo that never changes a lead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mineres.parse.akn import parse_akn
from mineres.parse.leads import (
    MOST_WORDS,
    LeadGrammar,
    Phrase,
    Token,
    best_reading,
    build_grammar,
    find_lead,
    form_at,
    grammar_for,
    grammar_of_parts,
    grammar_parts,
    has,
    lead_in,
    lead_kind,
    phrase_of,
    tokens_of,
)
from mineres.store import datafiles
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


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "zh"])
def test_a_grammar_kept_as_json_is_the_grammar_built(language: str) -> None:
    seed = load_data_file(f"leads/{language}.yaml")
    learnt = load_data_file(f"leads/{language}.learnt.yaml") or {}
    kept = json.loads(json.dumps(grammar_parts(seed, learnt)))
    built = build_grammar(language, seed, learnt)
    assert grammar_of_parts(language, kept) == built
    assert built.endings == tuple(sorted(seed.get("endings") or [], key=len, reverse=True))


@pytest.mark.parametrize("kept", [{}, {"settings": {}, "classes": []}, {"settings": []}])
def test_a_kept_grammar_of_another_shape_is_built_anew(
    kept: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(datafiles, "read_cached", lambda path: kept)
    monkeypatch.setattr(datafiles, "remember", lambda path, data: None)
    grammar_for.cache_clear()
    try:
        grammar = grammar_for("en")
    finally:
        grammar_for.cache_clear()
    seed, learnt = load_data_file("leads/en.yaml"), load_data_file("leads/en.learnt.yaml")
    assert grammar == build_grammar("en", seed, learnt)


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


# The shipped grammar on real openings: each grammar built afresh, so no reading is remembered
# from another test.


def shipped(language: str) -> LeadGrammar:
    seed = load_data_file(f"leads/{language}.yaml")
    return build_grammar(language, seed, load_data_file(f"leads/{language}.learnt.yaml") or {})


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # A/RES/75/21, A/RES/77/64, A/RES/74/19: the lead in italics, the words after the
        # comma in roman
        ("Taking note, in particular, of the action taken by the Committee", "Taking note"),
        ("Noting, in this regard, the establishment pursuant to General Assembly", "Noting"),
        ("Noting with concern, in this regard, the findings by the World", "Noting with concern"),
    ],
)
def test_a_lead_never_reads_past_a_comma(text: str, lead: str) -> None:
    assert lead_in(shipped("en"), text) == lead


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # A/RES/74/166, A/RES/74/100: "stresses the importance" and the like were seen in the
        # markup not to be one lead; an exception holds from the word where it starts
        (
            "Noting with concern the findings of the United Nations that 10.9 million",
            "Noting with concern",
        ),
        ("Also stresses the importance of the Special Committee being apprised", "Also stresses"),
    ],
)
def test_an_exception_is_matched_from_the_word_where_it_starts(text: str, lead: str) -> None:
    assert lead_in(shipped("en"), text) == lead


@pytest.mark.parametrize(
    ("language", "text", "lead"),
    [
        # A/RES/74/19, A/RES/75/188: "in" and "sur" open an object after a head that takes a
        # bare one ("Welcomes in particular"); with no noun after them, the lead is the head
        (
            "en",
            "Welcomes in this regard the holding of a Ministerial Conference on Fishing",
            "Welcomes",
        ),
        ("fr", "Insiste sur le fait que le droit à la liberté de pensée, de conscience", "Insiste"),
    ],
)
def test_an_intensifier_after_a_head_needs_its_noun(language: str, text: str, lead: str) -> None:
    assert lead_in(shipped(language), text) == lead


@pytest.mark.parametrize(
    "text",
    [
        "Reiterates its appreciation for the report of the group of independent experts",
        "Expresses its support for the efforts of the Secretariat to better engage",
    ],
)
def test_only_a_head_takes_a_bare_object(text: str) -> None:
    """A/RES/74/166, A/RES/74/251. After "its appreciation" the object is complete: "for" is no noun of a bare object,
    which only a head seen taking one ("Expressing grave concern") may have."""
    assert lead_in(shipped("en"), text) == " ".join(text.split()[:3])


def test_a_head_of_three_words_is_read_in_another_form_of_its_verb() -> None:
    """Known as "Noting in this regard" and "Taking into consideration"; printed as in
    A/RES/74/242 ("..., notes in this regard the Scaling Up Nutrition movement") and
    A/RES/75/59 ("... that takes into consideration the different needs of women")."""
    grammar = shipped("en")
    for text, lead in [
        ("Notes in this regard the Scaling Up Nutrition movement", "Notes in this regard"),
        ("Takes into consideration the different needs of women", "Takes into consideration"),
    ]:
        assert lead_in(grammar, text) == lead
        reading, _ = best_reading(grammar, text)
        assert reading == (("heads", 0, len(lead.split())),)
        assert lead_kind(lead) == "operative"


# The parts of a reading, by class: learning (lead_learning) credits each part to its class.


@pytest.mark.parametrize(
    ("language", "text", "parts"),
    [
        # A/RES/75/176: "с" + intensifier + noun before the head
        (
            "ru",
            "с глубокой обеспокоенностью отмечая, что во многих странах",
            (("introducers", 0, 1), ("intensifiers", 1, 2), ("adverbs", 2, 3), ("heads", 3, 4)),
        ),
        # A/RES/74/80: any noun after "с" stands before the head
        (
            "ru",
            "с удовлетворением отмечая масштабы мероприятий",
            (("introducers", 0, 1), ("adverbs", 1, 2), ("heads", 2, 3)),
        ),
        # A/RES/74/160: an unlisted verb after an adverb is a word of its own
        (
            "en",
            "Deeply disturbed by the alarmingly high numbers",
            (("adverbs", 0, 1), ("word", 1, 2)),
        ),
        # A/RES/74/80: any noun after the open introducer "عن"
        (
            "ar",
            "وإذ تعرب عن الجزع إزاء عودة أعداد ضحايا الألغام",
            (("adverbs", 0, 1), ("word", 1, 2), ("introducers", 2, 3), ("nouns", 3, 4)),
        ),
    ],
)
def test_each_part_of_a_reading_is_named_for_its_class(
    language: str, text: str, parts: tuple[tuple[str, int, int], ...]
) -> None:
    reading, _ = best_reading(shipped(language), text)
    assert reading == parts


def test_an_adverb_read_by_its_pattern_is_an_adverb() -> None:
    seed = {"spaced": True, "capitalised": True, "adverb_pattern": "[A-Z][a-z]+ly"}
    grammar = build_grammar("en", seed, {"heads": ["Concerned"]})
    text = "Particularly concerned that illegal, unreported and unregulated fishing"
    reading, _ = best_reading(grammar, text)
    assert reading == (("adverbs", 0, 1), ("heads", 1, 2))


# The word lists the readings rely on.


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "zh"])
def test_a_head_that_takes_a_bare_object_is_a_head_and_nothing_else(language: str) -> None:
    """Only heads take an object without "its" or "with": a bare phrase read as an adverb, a
    modifier or a noun would let any part take one."""
    grammar = shipped(language)
    bare = [
        phrase for phrases in grammar.word_class("bare").by_first.values() for phrase in phrases
    ]
    for phrase in bare:
        assert phrase in grammar.word_class("heads"), phrase
        others = ("adverbs", "modifiers", "introducers", "intensifiers", "nouns", "and")
        assert not any(phrase in grammar.word_class(name) for name in others), phrase


# Openings: where the words of a lead are looked for.

# A/RES/74/80 in Chinese: 30 characters before the first comma
LONG_CHINESE = "赞赏地注意到世界各地广泛纪念国际提高地雷意识和协助地雷行动日，"


def test_an_unspaced_opening_is_at_most_sixteen_characters() -> None:
    assert len(tokens_of(LONG_CHINESE, spaced=False)) == MOST_WORDS
    assert len(phrase_of(LONG_CHINESE, spaced=False)) == MOST_WORDS


def test_a_phrase_ends_at_a_number() -> None:
    """ "Recalling its resolution 74/1": a lead never holds a number."""
    assert phrase_of("Recalling its resolution 74/1") == ("recalling", "its", "resolution")


def test_a_word_past_the_end_of_a_plain_sequence_is_none() -> None:
    """The word classes read a plain tuple of words as they read the opening of a text: a
    phrase longer than the words left is not there."""
    words = (Token("welcomes", 8),)  # "Welcomes" alone; "Welcomes in this regard" is a head too
    assert form_at(words, 0) == "welcomes"
    assert form_at(words, 1) is None
    assert shipped("en").word_class("heads").at(words, 0) == [1]


def test_an_unseen_adjective_and_noun_before_a_russian_head_stay_in_the_lead() -> None:
    """ "с воодушевлением отмечает" (A/RES/75/65, tests/test_leads.py) with an adjective the
    grammar has not seen, as "с глубокой обеспокоенностью отмечая" has one it has."""
    text = "с огромным воодушевлением отмечает диалог и обсуждения"
    assert lead_in(shipped("ru"), text) == "с огромным воодушевлением отмечает"


def test_unknown_words_before_a_known_head_are_read_up_to_the_language_limit() -> None:
    """Russian "самым решительным образом осуждает": three words no phrase knows, then a head."""
    seed = {"heads": ["осуждает"], "unknown_before_head": 3}
    text = "самым решительным образом осуждает насилие"
    assert lead_in(build_grammar("ru", seed, {}), text) == "самым решительным образом осуждает"
    assert lead_in(build_grammar("ru", seed, {}), "а б в г осуждает насилие") == "а"
    assert lead_in(build_grammar("ru", {"heads": ["осуждает"]}, {}), text) == "самым"


def test_an_unknown_word_qualifies_a_known_noun_only() -> None:
    seed = {
        "capitalised": True,
        "heads": ["Expresses"],
        "introducers": ["its"],
        "nouns": ["concern"],
    }
    grammar = build_grammar("en", seed, {})
    assert lead_in(grammar, "Expresses its grave concern at") == "Expresses its grave concern"
    assert lead_in(grammar, "Expresses its grave doubts at") == "Expresses"


def test_a_possessive_ending_makes_the_word_after_the_head_its_object() -> None:
    """Arabic "تكرر طلبها" ("reiterates its request")."""
    text = "تكرر طلبها إلى الأمين العام"
    assert lead_in(
        build_grammar("ar", {"heads": ["تكرر"], "object_suffixes": ["ها"]}, {}), text
    ) == ("تكرر طلبها")
    assert lead_in(build_grammar("ar", {"heads": ["تكرر"]}, {}), text) == "تكرر"
    assert lead_in(
        build_grammar("ar", {"heads": ["تكرر"], "object_suffixes": ["ها"]}, {}), "تكرر ها"
    ) == ("تكرر")


def test_an_unknown_chinese_lead_takes_its_first_characters() -> None:
    seed = {"spaced": False, "unknown_head_length": 2}
    assert lead_in(build_grammar("zh", seed, {}), "认为必须继续努力") == "认为"
    assert lead_in(build_grammar("zh", seed, {}), "认") == ""
    assert lead_in(build_grammar("zh", {"spaced": False}, {}), "认为必须继续努力") == ""
    assert build_grammar("en", {"unknown_head_length": 2}, {}).unknown_head_length == 0


def test_a_closing_word_at_a_comma_ends_a_chinese_lead() -> None:
    """ "深感关切的是，" ("deeply concerned that") whatever its characters."""
    grammar = build_grammar("zh", {"spaced": False, "closers": ["的是"]}, {})
    assert lead_in(grammar, "深感关切的是，溺水") == "深感关切的是"
    assert lead_in(grammar, "深感关切的是溺水") == ""
    assert lead_in(grammar, "深感关切，溺水") == ""
    assert lead_in(build_grammar("zh", {"spaced": False}, {}), "深感关切的是，溺水") == ""


def test_an_adverb_of_the_pattern_right_after_the_head_belongs_to_the_lead() -> None:
    """ "Condamne fermement": an adverb in lower case after the head, seen or not."""
    seed = {"capitalised": True, "heads": ["Condamne"], "adverb_pattern": "[A-Z][a-z]+ment"}
    grammar = build_grammar("fr", seed, {})
    assert lead_in(grammar, "Condamne fermement la violence") == "Condamne fermement"
    assert lead_in(grammar, "Condamne Fermement la violence") == "Condamne"
    assert lead_in(grammar, "Condamne la violence") == "Condamne"
    without = build_grammar("fr", {"capitalised": True, "heads": ["Condamne"]}, {})
    assert lead_in(without, "Condamne fermement la violence") == "Condamne"


def test_an_introducer_opens_a_noun_of_the_lead_by_its_ending() -> None:
    """Russian "отмечая с сожалением": "с" + an instrumental noun, seen or not, even after an
    adjective never seen; "с государствами" (plural) is not read."""
    seed = {"heads": ["отмечая"], "introducers": ["с"], "noun_endings": ["ением", "остью"]}
    grammar = build_grammar("ru", seed, {})
    assert lead_in(grammar, "отмечая с сожалением, что") == "отмечая с сожалением"
    assert lead_in(grammar, "отмечая с глубокой обеспокоенностью рост") == (
        "отмечая с глубокой обеспокоенностью"
    )
    assert lead_in(grammar, "отмечая с государствами рост") == "отмечая"
    without = build_grammar("ru", {"heads": ["отмечая"], "introducers": ["с"]}, {})
    assert lead_in(without, "отмечая с сожалением, что") == "отмечая"


def test_adverbs_of_the_pattern_after_a_listed_one_lead_to_any_verb_in_lower_case() -> None:
    """Russian "будучи глубоко озабочена": "будучи", an adverb in "-о", then a participle
    the grammar has not seen."""
    seed = {"adverbs": ["будучи"], "adverb_pattern": "[а-яё]{4,}о"}
    grammar = build_grammar("ru", seed, {})
    assert lead_in(grammar, "будучи глубоко озабочена тем, что") == "будучи глубоко озабочена"
    assert lead_in(grammar, "глубоко озабочена тем, что") == "глубоко"
    capitalised = build_grammar("en", {**seed, "capitalised": True}, {})
    assert lead_in(capitalised, "будучи глубоко озабочена") == ""


def test_a_closing_word_in_the_first_characters_ends_a_chinese_lead_without_a_comma() -> None:
    """ "深表失望的是裁军谈判会议…" ("deeply disappointed that the Conference…")."""
    seed = {"spaced": False, "closers": ["的是"], "closed_within": 6}
    grammar = build_grammar("zh", seed, {})
    assert lead_in(grammar, "深表失望的是裁军谈判会议") == "深表失望的是"
    assert lead_in(grammar, "深表十分失望的是裁军谈判会议") == ""
    assert lead_in(grammar, "深表失望裁军谈判会议") == ""


# The rules added with the Russian, Arabic, Chinese and Romance grammars (issue 13): each
# read on a small grammar built for the rule, so the test says which word list it rests on.


def test_a_language_file_that_says_nothing_guesses_no_words_and_closes_no_lead() -> None:
    grammar = build_grammar("xx", {}, {})
    assert (grammar.unknown_before_head, grammar.closed_within, grammar.closers) == (0, 0, ())
    assert (grammar.noun_endings, grammar.object_suffixes, grammar.endings) == ((), (), ())


def test_an_unknown_head_takes_its_adverb_in_lower_case() -> None:
    """ "Encourage vivement" (A/RES/75/196 has "Encourage vivement les États"): the head
    never seen, the adverb known and of the pattern, both in the lead."""
    seed = {"capitalised": True, "adverbs": ["Vivement"], "adverb_pattern": "[A-ZÉ][a-zé]+ment"}
    grammar = build_grammar("fr", seed, {})
    assert lead_in(grammar, "Encourage vivement les États") == "Encourage vivement"
    reading, _ = best_reading(grammar, "Encourage vivement les États")
    assert reading == (("word", 0, 1), ("modifiers", 1, 2))


def test_a_known_noun_with_a_possessive_ending_is_the_object_of_an_unknown_head() -> None:
    """Arabic "تكرر طلبها" ("reiterates its request") with the verb never seen."""
    grammar = build_grammar("ar", {"object_suffixes": ["ها"], "nouns": ["طلبها"]}, {})
    reading, _ = best_reading(grammar, "تكرر طلبها إلى الأمين العام")
    assert reading == (("word", 0, 1), ("nouns", 1, 2))


def test_a_possessive_ending_needs_a_word_of_four_letters() -> None:
    """ "تؤكد حقها" ("affirms its right") is an object; "لها" ("to it") is not."""
    grammar = build_grammar("ar", {"heads": ["تؤكد"], "object_suffixes": ["ها"]}, {})
    assert lead_in(grammar, "تؤكد حقها في التنمية") == "تؤكد حقها"
    assert lead_in(grammar, "تؤكد لها أن") == "تؤكد"


def test_an_unknown_chinese_head_is_a_word_of_the_length_given() -> None:
    grammar = build_grammar("zh", {"spaced": False, "unknown_head_length": 2}, {})
    reading, _ = best_reading(grammar, "认为必须继续努力")
    assert reading == (("word", 0, 2),)
    one = build_grammar("zh", {"spaced": False, "unknown_head_length": 1}, {})
    assert lead_in(one, "认为必须继续努力") == "认"


def test_an_adverb_of_the_pattern_after_a_listed_one_leads_to_a_word() -> None:
    """ "будучи глубоко озабочена": the participle never seen is read as a word."""
    seed = {"adverbs": ["будучи"], "adverb_pattern": "[а-яё]{4,}о"}
    reading, _ = best_reading(build_grammar("ru", seed, {}), "будучи глубоко озабочена тем")
    assert reading == (("adverbs", 0, 1), ("adverbs", 1, 2), ("word", 2, 3))


RUSSIAN_WITH = {
    "heads": ["отмечая"],
    "introducers": ["с"],
    "open": ["с"],
    "noun_endings": ["остью"],
}


def test_an_unknown_word_after_an_open_introducer_stays_introduced() -> None:
    """ "отмечая с глубокой обеспокоенностью": A/RES/75/176's "с глубокой обеспокоенностью
    отмечая" written head first, as A/RES/75/65 writes "отмечая с сожалением": "глубокой"
    guessed, and the noun after it read as any noun after "с" is."""
    reading, _ = best_reading(
        build_grammar("ru", RUSSIAN_WITH, {}), "отмечая с глубокой обеспокоенностью рост"
    )
    assert reading == (
        ("heads", 0, 1),
        ("introducers", 1, 2),
        ("guessed", 2, 3),
        ("nouns", 3, 4),
    )


def test_a_bare_object_may_be_a_guessed_word_and_a_noun_known_by_its_ending() -> None:
    """ "Expressing grave concern" read with an adjective and a noun never seen: after a head
    that takes a bare object, the unknown word opens the object, whose noun is known by its
    ending ("-остью")."""
    seed = {"heads": ["выражая"], "bare": ["выражая"], "noun_endings": ["остью"]}
    grammar = build_grammar("ru", seed, {})
    reading, _ = best_reading(grammar, "выражая глубокой обеспокоенностью рост")
    assert reading == (("heads", 0, 1), ("guessed", 1, 2), ("guessed", 2, 3))
    english = {"capitalised": True, "heads": ["Expressing"], "bare": ["Expressing"]}
    grammar = build_grammar("en", {**english, "nouns": ["concern"]}, {})
    assert lead_in(grammar, "Expressing grave concern at") == "Expressing grave concern"


def test_two_unknown_words_end_the_opening_unless_known_by_ending_or_pattern() -> None:
    seed = {"heads": ["отмечая"], "noun_endings": ["остью"], "adverb_pattern": "[а-яё]{4,}о"}
    grammar = build_grammar("ru", seed, {})
    assert [t.form for t in tokens_of("отмечая а б в", grammar=grammar)] == ["отмечая", "а"]
    assert len(tokens_of("отмечая глубоко обеспокоенностью", grammar=grammar)) == 3


RUSSIAN_CONDEMNS = {"heads": ["осуждает"], "introducers": ["с"], "unknown_before_head": 3}


def test_one_unknown_word_before_a_known_head_is_read_as_its_adverb() -> None:
    grammar = build_grammar("ru", RUSSIAN_CONDEMNS, {})
    reading, _ = best_reading(grammar, "решительно осуждает насилие")
    assert reading == (("guessed", 0, 1), ("heads", 1, 2))


def test_unknown_words_before_a_head_stop_at_a_known_word() -> None:
    grammar = build_grammar("ru", RUSSIAN_CONDEMNS, {})
    assert lead_in(grammar, "а с осуждает насилие") == "а"


def test_unknown_words_before_a_head_open_the_lead_only() -> None:
    """After an adverb, one unknown verb is the head; unknown words are guessed to stand
    before a known head only at the start (or after "с" and its noun)."""
    seed = {**RUSSIAN_CONDEMNS, "adverbs": ["также"]}
    grammar = build_grammar("ru", seed, {})
    assert lead_in(grammar, "также самым решительным осуждает") == "также самым"


def test_unknown_words_between_an_introducer_and_a_known_head_are_guessed() -> None:
    """ "с огромным воодушевлением отмечает" (A/RES/75/65's lead, with "огромным")."""
    seed = {
        "heads": ["отмечает"],
        "introducers": ["с"],
        "objects_before_head": True,
        "unknown_before_head": 3,
    }
    grammar = build_grammar("ru", seed, {})
    text = "с огромным воодушевлением отмечает диалог"
    assert lead_in(grammar, text) == "с огромным воодушевлением отмечает"


def test_unknown_words_before_a_head_read_in_another_form_of_its_verb() -> None:
    seed = {"heads": ["призывает к"], "endings": ["ает", "ая"], "unknown_before_head": 2}
    grammar = build_grammar("ru", seed, {})
    assert lead_in(grammar, "настоятельно призывая к миру") == "настоятельно призывая к"


def test_a_closing_word_at_a_latin_comma_ends_a_chinese_lead() -> None:
    grammar = build_grammar("zh", {"spaced": False, "closers": ["的是"]}, {})
    assert lead_in(grammar, "深感关切的是,溺水") == "深感关切的是"
    assert lead_in(grammar, "，深感关切的是") == ""


def test_the_first_closing_word_ends_the_lead() -> None:
    grammar = build_grammar("zh", {"spaced": False, "closers": ["的是"], "closed_within": 8}, {})
    assert lead_in(grammar, "感到的是的是裁军") == "感到的是"
    single = build_grammar("zh", {"spaced": False, "closers": ["是"], "closed_within": 8}, {})
    assert lead_in(single, "是裁军谈判会议") == "是"


def test_closing_words_close_leads_of_unspaced_languages_only() -> None:
    seed = {"heads": ["notes with concern"], "closers": ["no"], "closed_within": 8}
    assert lead_in(build_grammar("en", seed, {}), "notes with concern the") == (
        "notes with concern"
    )


@pytest.mark.parametrize(
    ("words", "phrase"),
    [
        ("Takes note ", ("takes", "note")),  # a trailing space read as the patterns read it
        (" Takes note", ()),  # an opening with no word first
        ("Takes  note", ("takes", "note")),
        ("Recalling annex IX", ("recalling", "annex", "ix")),
        ("States' obligations", ("states’", "obligations")),
    ],
)
def test_a_plain_phrase_is_read_as_the_patterns_read_it(words: str, phrase: Phrase) -> None:
    assert phrase_of(words) == phrase


def test_a_spaced_phrase_is_at_most_sixteen_words() -> None:
    words = [f"w{chr(97 + i)}" for i in range(MOST_WORDS + 2)]
    assert phrase_of(" ".join(words)) == tuple(words[:MOST_WORDS])


def test_a_reading_stops_at_twelve_parts() -> None:
    grammar = build_grammar("en", {"heads": ["a"], "modifiers": ["m"]}, {})
    reading, _ = best_reading(grammar, "a" + " m" * 13)
    assert len(reading) == 12


def test_a_reading_reached_twice_is_skipped_and_the_others_still_read() -> None:
    """ "Calls for" is a head and the stem of "calls" with "for": the same reading twice."""
    seed = {"heads": ["calls for", "for action"], "adverbs": ["calls"], "endings": ["s"]}
    assert lead_in(build_grammar("en", seed, {}), "calls for action now") == "calls for action"


def test_a_coordinated_object_has_no_part_of_its_own() -> None:
    seed = {
        "capitalised": True,
        "heads": ["Expresses"],
        "introducers": ["its"],
        "nouns": ["gratitude", "support"],
        "and": ["and"],
    }
    reading, _ = best_reading(build_grammar("en", seed, {}), "Expresses its gratitude and support")
    assert [part[0] for part in reading] == ["heads", "introducers", "nouns", "and", "nouns"]


def test_an_unknown_head_takes_an_unlisted_adverb_in_lower_case() -> None:
    """ "Encourage fermement": an adverb of the pattern after a head, seen or not, belongs to
    the lead; the opening's words do not stop at it though the pattern is capitalised."""
    seed = {"capitalised": True, "adverb_pattern": "[A-ZÉ][a-zé]+ment"}
    grammar = build_grammar("fr", seed, {})
    assert lead_in(grammar, "Encourage fermement les États") == "Encourage fermement"


def test_an_unknown_head_takes_a_short_unlisted_adverb_read_with_all_its_letters() -> None:
    """ "Decides duly": the head never seen, "duly" of the pattern only as "Duly", each of its
    letters kept; the opening's words go on through it to the lead's end."""
    seed = {"capitalised": True, "adverb_pattern": "[A-Z][a-z]+ly"}
    assert lead_in(build_grammar("en", seed, {}), "Decides duly the report") == "Decides duly"


def test_two_words_never_seen_end_the_lead_even_a_possessive_object() -> None:
    """Arabic "تكرر طلبها" with neither word seen: the opening stops at the second unknown
    word, so the lead is the head alone; with "طلبها" known it is the head's object (see
    test_a_known_noun_with_a_possessive_ending_is_the_object_of_an_unknown_head)."""
    grammar = build_grammar("ar", {"object_suffixes": ["ها"]}, {})
    assert lead_in(grammar, "تكرر طلبها إلى الأمين العام") == "تكرر"


def test_a_language_that_guesses_no_words_before_a_head_reads_the_first_as_its_head() -> None:
    """English and Chinese list no unknown words before a head: "Further decides" with
    "further" unlisted is read up to it, and a Chinese character before a head is no lead."""
    english = build_grammar("en", {"heads": ["decides"]}, {})
    assert lead_in(english, "further decides to") == "further"
    chinese = build_grammar("zh", {"spaced": False, "heads": ["决定"]}, {})
    assert lead_in(chinese, "又决定") == ""


def test_an_exception_is_looked_for_from_the_last_three_parts() -> None:
    seed = {"heads": ["a"], "modifiers": ["b", "c", "d", "e"], "exceptions": ["a b c d e"]}
    grammar = build_grammar("en", seed, {})
    assert lead_in(grammar, "a b c d e") == "a b c d e"
    assert lead_in(grammar, "a b c d") == "a b c d"


def test_a_word_class_gives_the_longest_phrase_first() -> None:
    heads = build_grammar("en", {"heads": ["takes", "takes note", "takes note of"]}, {})
    words = tokens_of("takes note of the report")
    assert heads.word_class("heads").at(words, 0) == [3, 2, 1]


def test_an_adverb_after_the_head_is_matched_whole() -> None:
    """ "duly" as "Duly": the pattern "[A-Z][a-z]+ly" needs all its letters."""
    seed = {"capitalised": True, "heads": ["Notes"], "adverb_pattern": "[A-Z][a-z]+ly"}
    assert lead_in(build_grammar("en", seed, {}), "Notes duly the report") == "Notes duly"
