"""Lead phrases: one test per rule of the grammar and of its learning, from real UN text.

Each rule test builds a grammar holding only the words the rule needs, so that deleting the rule
fails the test named after it; the last tests read real text in each language with the grammar
mineres ships (learnt from the markup in ../shared).
"""

from __future__ import annotations

from typing import Any

import pytest

from mineres.parse.lead_learning import Example, learn
from mineres.parse.leads import (
    LeadGrammar,
    build_grammar,
    find_lead,
    lead_in,
    lead_kind,
    tokens_of,
)

ENGLISH: dict[str, Any] = {
    "spaced": True,
    "capitalised": True,
    "introducers": ["its", "with"],
    "and": ["and"],
}


def english(**learnt: Any) -> LeadGrammar:
    return build_grammar("en", ENGLISH, learnt)


# The grammar: adverb* head (and adverb* head)* (modifier | object)*


def test_rule_longest_known_head_wins() -> None:
    grammar = english(heads=["Takes note", "Takes note with appreciation"])
    text = "Takes note with appreciation of the Mine Action Guidelines"
    assert lead_in(grammar, text) == "Takes note with appreciation"


def test_rule_adverbs_stand_before_the_head() -> None:
    grammar = english(heads=["Requests"], adverbs=["Also"])
    text = "Also requests the Committee to continue to keep under review the situation"
    assert lead_in(grammar, text) == "Also requests"


def test_rule_adverb_pattern_before_a_known_head() -> None:
    grammar = build_grammar(
        "en", {**ENGLISH, "adverb_pattern": "[A-Z][a-z]+ly"}, {"heads": ["Concerned"]}
    )
    text = "Particularly concerned that illegal, unreported and unregulated fishing continues"
    assert lead_in(grammar, text) == "Particularly concerned"


def test_rule_adverb_pattern_needs_a_known_head() -> None:
    grammar = build_grammar("en", {**ENGLISH, "adverb_pattern": "[A-Z][a-z]+ly"}, {})
    assert lead_in(grammar, "Italy and the Netherlands") == "Italy"


def test_rule_an_unknown_head_is_the_first_word() -> None:
    text = "Renews its request to the Secretary-General to submit to the General Assembly"
    assert lead_in(english(), text) == "Renews"


def test_rule_an_unknown_head_after_an_adverb_is_in_lower_case() -> None:
    grammar = english(adverbs=["Strongly"])
    assert lead_in(grammar, "Strongly urges all States to take the measures") == "Strongly urges"
    assert lead_in(grammar, "Strongly Urges") == "Strongly"


def test_rule_english_leads_open_with_a_capital() -> None:
    grammar = english(heads=["Calls upon"])
    assert lead_in(grammar, "calls upon Member States") == ""
    assert lead_in(grammar, "(a) To establish a group of governmental experts") == ""


def test_rule_punctuation_ends_a_lead() -> None:
    grammar = english(heads=["Calls", "Calls for"])
    text = "Calls, in particular, for the continuation of the efforts of Member States"
    assert lead_in(grammar, text) == "Calls"


def test_rule_a_head_is_known_in_its_other_verb_forms() -> None:
    grammar = build_grammar("en", {**ENGLISH, "endings": ["ing", "s"]}, {"heads": ["Calls for"]})
    text = "Calling for full respect for international law, including for"
    assert lead_in(grammar, text) == "Calling for"
    assert lead_kind("Calling for") == "preambular"


def test_rule_modifiers_follow_the_head() -> None:
    grammar = english(heads=["Recognizing"], modifiers=["also"])
    text = "Recognizing also that the specific characteristics and the aspirations"
    assert lead_in(grammar, text) == "Recognizing also"


def test_rule_heads_joined_by_and() -> None:
    grammar = english(heads=["Welcomes", "Supports"])
    text = "Welcomes and supports the measures taken by Mongolia to consolidate"
    assert lead_in(grammar, text) == "Welcomes and supports"


def test_rule_object_after_its() -> None:
    grammar = english(heads=["Reaffirming"], intensifiers=["grave"], nouns=["concern"])
    text = "Reaffirming its grave concern that the human rights monitoring mission in Ukraine"
    assert lead_in(grammar, text) == "Reaffirming its grave concern"


def test_rule_objects_joined_by_and() -> None:
    grammar = english(heads=["Expresses"], nouns=["gratitude", "support"])
    text = "Expresses its gratitude and support to all front-line health-care workers"
    assert lead_in(grammar, text) == "Expresses its gratitude and support"


def test_rule_bare_object_only_after_heads_seen_to_take_one() -> None:
    grammar = english(
        heads=["Expresses", "Urges"],
        bare=["Expresses"],
        nouns=["satisfaction", "support"],
        intensifiers=["continued"],
    )
    text = "Expresses satisfaction at the fulfilment of the mandate given by the Ministers"
    assert lead_in(grammar, text) == "Expresses satisfaction"
    text = "Urges continued support of measures to address the challenges of poverty"
    assert lead_in(grammar, text) == "Urges"


def test_rule_any_noun_after_an_open_introducer() -> None:
    grammar = english(heads=["Takes note", "Recalls"], intensifiers=["grave"], open=["with"])
    text = "Takes note with grave concern of the first report of the Investigation"
    assert lead_in(grammar, text) == "Takes note with grave concern"
    text = "Recalls its resolution 43/173 of 9 December 1988 on the Body of Principles"
    assert lead_in(grammar, text) == "Recalls"


def test_rule_exceptions_seen_in_markup_are_not_read() -> None:
    grammar = english(
        heads=["Encourages"], modifiers=["further"], exceptions=["encourages further"]
    )
    text = "Encourages further efforts by the Office of the High Commissioner"
    assert lead_in(grammar, text) == "Encourages"


def test_rule_objects_before_the_head_in_russian() -> None:
    seed = {"spaced": True, "introducers": ["с"], "objects_before_head": True}
    grammar = build_grammar("ru", seed, {"heads": ["отмечает"]})
    text = "с воодушевлением отмечает диалог и обсуждения, проведенные с Корейской"
    assert lead_in(grammar, text) == "с воодушевлением отмечает"


def test_rule_arabic_compared_without_vowel_marks() -> None:
    grammar = build_grammar("ar", {"spaced": True}, {"heads": ["وإذ تسلم"]})
    text = "وإذ تسلّم بأن جميع الخيارات المتاحة لتقرير مصير الإقليم خيارات سليمة"
    assert lead_in(grammar, text) == "وإذ تسلّم"


def test_rule_chinese_reads_characters_and_never_guesses() -> None:
    grammar = build_grammar("zh", {"spaced": False}, {"heads": ["回顾"], "adverbs": ["又"]})
    text = "又回顾大会2017年12月20日关于联合国家庭农业十年的第72/239号决议"
    assert lead_in(grammar, text) == "又回顾"
    assert lead_in(grammar, "表示注意到新闻委员会全面而重要的报告，") == ""


def test_rule_a_reading_is_kept_only_for_the_words_it_looked_at() -> None:
    grammar = english(heads=["Takes note", "Takes note with appreciation"])
    assert lead_in(grammar, "Takes note of the report of the Secretary-General") == "Takes note"
    text = "Takes note with appreciation of the report of the Secretary-General"
    assert lead_in(grammar, text) == "Takes note with appreciation"
    assert lead_in(grammar, "Takes note") == "Takes note"


def test_rule_two_words_no_phrase_knows_end_the_opening() -> None:
    grammar = english(heads=["Requests"], modifiers=["also"])
    text = "Requests the Secretary-General to submit to the General Assembly"
    assert [t.form for t in tokens_of(text, grammar=grammar)] == ["requests", "the"]


# Kinds: a lead takes the kind of its parts


def test_kind_of_a_whole_lead() -> None:
    assert lead_kind("Recalling") == "preambular"
    assert lead_kind("Decides") == "operative"
    assert lead_kind("Unheard of") is None


def test_kind_from_the_parts_of_a_lead_never_seen_whole() -> None:
    assert lead_kind("Also reaffirms its grave concern") == "operative"
    assert lead_kind("Reaffirming its unwavering gratitude") == "preambular"


def test_kind_from_an_arabic_adverb() -> None:
    assert lead_kind("تسلم", "ar") == "operative"
    assert lead_kind("وإذ تسلم", "ar") == "preambular"


# Learning: from the markup's leads to the word classes


def test_learning_every_lead_is_a_head() -> None:
    learnt = learn([Example("Urges", "Urges all States to", "operative")], "en", ENGLISH)
    assert learnt["heads"] == ["Urges"]
    assert learnt["operative"] == ["Urges"]


def test_learning_adverbs_from_leads_that_extend_a_lead_seen_twice() -> None:
    examples = [
        Example("Requests", "Requests the Secretary-General to", "operative"),
        Example("Requests", "Requests the Committee to", "operative"),
        Example("Also requests", "Also requests the Committee to", "operative"),
    ]
    assert learn(examples, "en", ENGLISH)["adverbs"] == ["Also"]


def test_learning_objects_after_an_introducer() -> None:
    examples = [
        Example("Reiterating", "Reiterating that", "preambular"),
        Example("Reiterating its grave concern", "Reiterating its grave concern at", "preambular"),
    ]
    learnt = learn(examples, "en", ENGLISH)
    assert learnt["nouns"] == ["concern"]
    assert learnt["intensifiers"] == ["grave"]


def test_learning_modifiers_after_a_lead() -> None:
    examples = [
        Example("Recalling", "Recalling its resolution", "preambular"),
        Example("Recalling further", "Recalling further its resolution", "preambular"),
    ]
    assert learn(examples, "en", ENGLISH)["modifiers"] == ["further"]


def test_learning_heads_that_take_a_bare_object() -> None:
    examples = [
        Example("Expresses", "Expresses the hope", "operative"),
        Example("Notes with concern", "Notes with concern that", "operative"),
        Example("Notes", "Notes that", "operative"),
        Example("Expresses concern", "Expresses concern at", "operative"),
    ]
    assert learn(examples, "en", ENGLISH)["bare"] == ["Expresses"]


def test_learning_drops_phrases_that_run_past_the_italics() -> None:
    examples = [Example("Reaffirms", "Reaffirms its commitment to", "operative")] * 3 + [
        Example("Reaffirms its commitment", "Reaffirms its commitment to", "operative")
    ]
    learnt = learn(examples, "en", ENGLISH)
    assert [e.casefold() for e in learnt["exceptions"]] == ["reaffirms its commitment"]
    text = "Reaffirms its commitment to working tirelessly for the full implementation"
    assert lead_in(build_grammar("en", ENGLISH, learnt), text) == "Reaffirms"


def test_learning_exceptions_where_a_phrase_is_right_elsewhere() -> None:
    examples = (
        [Example("Recalling further", "Recalling further its resolution", "preambular")] * 2
        + [Example("Recalling", "Recalling its resolution", "preambular")]
        + [Example("Encourages", "Encourages further efforts by", "operative")] * 2
        + [Example("Encourages", "Encourages States", "operative")]
    )
    learnt = learn(examples, "en", ENGLISH)
    assert "further" in learnt["modifiers"]
    assert "encourages further" in [e.casefold() for e in learnt["exceptions"]]


def test_learning_open_introducers_from_how_often_the_italics_take_the_next_word() -> None:
    examples = [Example("Notes with concern", "Notes with concern that", "operative")] * 5 + [
        Example("Recalls", "Recalls its resolution", "operative")
    ] * 5
    assert learn(examples, "en", ENGLISH)["open"] == ["with"]


# The shipped grammar, on real text in each language


@pytest.mark.parametrize(
    ("language", "text", "lead"),
    [
        (
            "en",
            "Reaffirming its deep concern at the tremendous humanitarian",
            "Reaffirming its deep concern",
        ),
        ("en", "Mindful also of the need to", "Mindful also"),
        (
            "en",
            "Remaining convinced that the need for disarmament and non-proliferation",
            "Remaining convinced",
        ),
        ("en", "Welcomes and supports the measures taken by Mongolia", "Welcomes and supports"),
        (
            "en",
            "Acting under Chapter VII of the Charter of the United Nations,",
            "Acting under Chapter VII of the Charter of the United Nations",
        ),
        (
            "fr",
            "Prie instamment les puissances administrantes de prendre des mesures",
            "Prie instamment",
        ),
        (
            "fr",
            "Se félicite des efforts que déploie le Département de la communication",
            "Se félicite",
        ),
        (
            "es",
            "Acoge con beneplácito la estrategia de comunicación global de 2020",
            "Acoge con beneplácito",
        ),
        (
            "es",
            "Observando con preocupación que el proceso para un plebiscito",
            "Observando con preocupación",
        ),
        ("ru", "настоятельно призывает к тому, чтобы все страны", "настоятельно призывает"),
        (
            "ru",
            "с удовлетворением отмечает работу, проделанную сетью",
            "с удовлетворением отмечает",
        ),
        ("ar", "تعرب عن تقديرها للجهود التي يبذلها رسل السلام", "تعرب عن تقديرها"),
        ("ar", "وإذ تسلم بأن التطورات في تكنولوجيا المعلومات والاتصالات", "وإذ تسلم"),
        ("zh", "表示注意到新闻委员会全面而重要的报告，", "表示注意到"),
        ("zh", "又回顾大会2017年12月20日关于联合国家庭农业十年", "又回顾"),
    ],
)
def test_shipped_grammar_reads_real_leads(language: str, text: str, lead: str) -> None:
    assert find_lead(text, language) == lead


def test_find_lead_reads_english_by_default() -> None:
    assert find_lead("Strongly urges all States") == "Strongly urges"
    assert find_lead("(a) not a lead") == ""
