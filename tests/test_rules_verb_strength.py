"""One test per rule of mineres.diff.verb_strength, named for the rule, on leads printed in
General Assembly resolutions: each asserts the direction or rank the rule gives, so that a
bent comparison ("Urges" -> "Requests" made stronger) or a deleted fallback fails by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineres.diff.model import LeadChange
from mineres.diff.verb_strength import (
    derive_scale,
    direction,
    lead_base,
    lead_change,
    lead_strength,
    opening_lead,
    scale_languages,
    scale_tables,
    strength_scale,
)
from mineres.models import ParagraphKind


@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        ("Encourages", "Urges", "stronger"),
        ("Urges", "Encourages", "weaker"),
        ("Requests", "Decides", "stronger"),
        ("Takes note", "Notes", "stronger"),
        ("Notes", "Takes note", "weaker"),
    ],
)
def test_a_higher_level_presses_harder(old: str, new: str, found: str) -> None:
    assert direction(old, new, "operative", "en") == found


@pytest.mark.parametrize(("old", "new"), [("Urges", "Requests"), ("Invites", "Welcomes")])
def test_two_verbs_on_one_level_are_as_strong(old: str, new: str) -> None:
    """Different verbs, same level: neither stronger nor weaker."""
    assert direction(old, new, "operative", "en") == "same"


def test_a_sequence_word_changes_nothing() -> None:
    assert direction("Urges", "Also urges", "operative", "en") == "same"
    assert direction("Recalling", "Recalling further", "preambular", "en") == "same"


def test_a_lead_missing_from_the_scale_is_unknown() -> None:
    assert direction("Urges", "Wishes to thank", "operative", "en") == "unknown"
    assert direction("Wishes to thank", "Urges", "operative", "en") == "unknown"


@pytest.mark.parametrize(
    ("lead", "language", "base"),
    [
        ("Once again urges", "en", "urges"),
        ("Also  Urges", "en", "urges"),
        ("Requests further", "en", "requests"),
        ("Prie également", "fr", "prie"),
        ("просит также", "ru", "просит"),
        ("又回顾", "zh", "回顾"),
        ("Also", "en", "also"),  # a sequence word alone is the whole lead
        ("又", "zh", "又"),
    ],
)
def test_sequence_words_are_cut_from_either_end(lead: str, language: str, base: str) -> None:
    assert lead_base(lead, language) == base


@pytest.mark.parametrize(
    ("lead", "kind", "language", "rank"),
    [
        ("Decides", "operative", "en", 8),
        ("Urges", "operative", "en", 7),
        ("Notes with deep concern", "operative", "en", 6),  # listed whole
        ("Notes", "operative", "en", 2),
        ("Takes note", "operative", "en", 1),
        ("Décide en outre", "operative", "fr", 8),
    ],
)
def test_rank_is_the_level_counted_from_the_weakest(
    lead: str, kind: str, language: str, rank: int
) -> None:
    assert lead_strength(lead, kind, language) == rank  # type: ignore[arg-type]


def test_an_unlisted_lead_falls_back_to_its_longest_listed_opening() -> None:
    """ "Notes with deep regret" is not listed; "Notes" is (and "Notes with deep concern" is
    not its opening)."""
    assert lead_strength("Notes with deep regret", "operative", "en") == 2
    assert lead_strength("Urges most strongly", "operative", "en") == 7


def test_then_to_its_longest_listed_ending_where_the_verb_comes_last() -> None:
    """Russian puts the adverbial first: "с глубокой тревогой отмечая" ends with "отмечая"."""
    assert lead_strength("с глубокой тревогой отмечая", "preambular", "ru") == 2


def test_chinese_leads_are_cut_by_characters() -> None:
    assert lead_strength("敦促各国", "operative", "zh") == 7
    assert lead_strength("各国敦促", "operative", "zh") == 7
    assert lead_strength("强烈敦促", "operative", "zh") == 8


def test_a_lead_changed_only_in_spacing_or_typography_is_no_change() -> None:
    assert lead_change("Takes  note", "Takes note", "operative") is None
    assert lead_change("Re\u2011emphasizes", "Re-emphasizes", "operative") is None


def test_a_changed_lead_says_its_direction() -> None:
    assert lead_change("Encourages", "Urges", "operative") == LeadChange(
        "Encourages", "Urges", "stronger"
    )
    assert lead_change("Urges", "Wishes to thank", "operative") == LeadChange(
        "Urges", "Wishes to thank", "unknown"
    )


def test_another_language_decides_when_the_declared_one_does_not_know_the_leads() -> None:
    """A French text layout that does not say it is French: the French scale decides."""
    assert scale_languages("fr")[0] == "fr"
    assert "en" in scale_languages("fr")
    assert lead_change("Encourage", "Exhorte", "operative", "en") == LeadChange(
        "Encourage", "Exhorte", "stronger"
    )


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("敦促所有国家继续提供援助", "zh", "敦促"),
        ("Prie le Secrétaire général de lui présenter", "fr", "Prie"),
        ("Encourage, en outre, les États", "fr", "Encourage"),
        ("Priez le Secrétaire général", "fr", ""),  # whole words only
        ("Urges all States", "en", ""),  # English leads are the parser's
    ],
)
def test_opening_lead_finds_the_longest_listed_lead_at_the_start(
    text: str, language: str, lead: str
) -> None:
    assert opening_lead(text, "operative", language) == lead


def test_the_sequence_words_cut_are_the_declared_languages() -> None:
    """ "Prie de nouveau" is "Prie" on the French scale; English sequence words would leave
    "prie de nouveau" to a shorter fallback. An unlisted lead ("Se déclare") with and without
    a French sequence word is the same lead, not an unknown one."""
    assert lead_strength("Prie de nouveau", "operative", "fr") == 7
    assert lead_strength("Exige une fois de plus", "operative", "fr") == 8
    assert direction("Se déclare", "Se déclare de nouveau", "operative", "fr") == "same"
    assert direction("Se déclare de nouveau", "Se déclare", "operative", "fr") == "same"


@pytest.mark.parametrize(
    ("lead", "rank"),
    [
        ("с сожалением отмечая", 2),  # "noting with regret": only "отмечая" is listed
        ("по-прежнему с глубокой обеспокоенностью отмечая", 6),  # the longest listed ending
    ],
)
def test_the_longest_listed_ending_wins(lead: str, rank: int) -> None:
    assert lead_strength(lead, "preambular", "ru") == rank


def test_no_chinese_lead_opens_a_paragraph_that_starts_otherwise() -> None:
    assert opening_lead("各国继续提供援助", "operative", "zh") == ""


def test_leads_differing_by_a_sequence_word_of_their_language_are_one_lead_even_off_scale() -> None:
    """French "Se référant également" / "Se référant" (GA preambles: "Se référant à sa
    résolution ..."): the scale does not rank the lead, but "également" is a French sequence
    word, so the two are the same lead, not an unknown change."""
    assert lead_strength("Se référant", "preambular", "fr") is None
    assert direction("Se référant également", "Se référant", "preambular", "fr") == "same"
    assert direction("Se référant", "Se référant également", "preambular", "fr") == "same"


@pytest.mark.parametrize(
    ("text", "language", "kind", "lead"),
    [
        # A/RES/76/74 in Chinese, PP1, PP2, PP4: leads of three characters in an opening of twelve
        ("回顾其2019年12月13日第74/80号决议及其以往关于协助扫雷", "zh", "preambular", "回顾其"),
        ("又回顾所有相关条约和公约 及其审查进程，", "zh", "preambular", "又回顾"),
        (
            "注意到联合国所有相关决议，其中考虑到协助地雷行动的人道主义方面",
            "zh",
            "preambular",
            "注意到",
        ),
        # A/RES/74/80 in French, OP19: a lead of one word before eight and more
        (
            "Prie le Secrétaire général de lui présenter, à sa soixante-seizième session, un "
            "rapport sur l'application de la présente résolution",
            "fr",
            "operative",
            "Prie",
        ),
    ],
)
def test_opening_lead_tries_every_length_from_the_longest_down(
    text: str, language: str, kind: ParagraphKind, lead: str
) -> None:
    """Every length of opening is tried, one character (or word) at a time, not every other."""
    assert opening_lead(text, kind, language) == lead


def test_a_scale_read_back_from_the_cache_is_the_one_derived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One small entry per language, holding its scale and the languages the file has (the
    order in which other scales are asked), read back by the next process unchanged."""
    from mineres.store.datafiles import cache_directory, load_data_file

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    scale_tables.cache_clear()
    strength_scale.cache_clear()
    try:
        derived = derive_scale(("fr",))
        assert scale_tables("fr") == derived
        (entry,) = cache_directory().glob("verb-strength-fr-*.json")
        scale_tables.cache_clear()
        strength_scale.cache_clear()
        scale = strength_scale("fr")
        assert (scale.preambular, scale.operative) == (derived["preambular"], derived["operative"])
        assert scale.sequence_words == tuple(derived["sequence_words"])
        assert derived["languages"] == list(load_data_file("verb_strength.yaml"))
        assert scale_languages("fr") == [
            "fr",
            *(code for code in derived["languages"] if code != "fr"),
        ]
        assert len(list(cache_directory().glob("verb-strength-fr-*.json"))) == 1
        assert entry.is_file()
    finally:
        scale_tables.cache_clear()
        strength_scale.cache_clear()


def test_a_derived_scale_ranks_each_level_from_the_weakest() -> None:
    """Read past every cache (a cached entry would hide the derivation): the first level of
    the file is the strongest, the last ranks 1; leads as compared (case folded)."""
    scale = derive_scale(("en",))
    operative = scale["operative"]
    assert operative["decides"] == 8 and operative["urges"] == 7
    assert min(operative.values()) == 1 and min(scale["preambular"].values()) == 1
    assert scale["preambular"]["taking note"] == 1


def test_a_derived_scale_cuts_longer_sequence_words_first() -> None:
    words = derive_scale(("en",))["sequence_words"]
    assert words.index("once again") < words.index("again")
    assert [len(word) for word in words] == sorted((len(word) for word in words), reverse=True)


def test_a_language_the_file_lacks_is_given_the_english_scale() -> None:
    unknown, english = derive_scale(("xx",)), derive_scale(("en",))
    assert unknown["operative"] == english["operative"]
    assert unknown["sequence_words"] == english["sequence_words"]
    assert derive_scale(("fr",))["operative"] != english["operative"]


def test_a_scale_listing_no_sequence_words_cuts_none(monkeypatch: pytest.MonkeyPatch) -> None:
    from mineres.store import datafiles

    scales = {"en": {"preambular": [["Noting"]], "operative": [["Urges"], ["Invites"]]}}
    monkeypatch.setattr(datafiles, "load_data_file", lambda _name: scales)
    assert derive_scale(("en",)) == {
        "preambular": {"noting": 1},
        "operative": {"urges": 2, "invites": 1},
        "sequence_words": [],
        "languages": ["en"],
    }


@pytest.mark.parametrize(
    "kept",
    [{}, {"preambular": [], "operative": {}, "sequence_words": [], "languages": []}],
)
def test_a_kept_scale_of_another_shape_is_derived_anew(
    monkeypatch: pytest.MonkeyPatch, kept: dict[str, object]
) -> None:
    """The data cache checks an entry's bytes, not its shape: a scale of another shape is
    derived again, so neither the scale nor the order of the other languages breaks."""
    from mineres.diff import verb_strength

    monkeypatch.setattr(verb_strength, "language_tables", lambda *arguments: kept)
    scale_tables.cache_clear()
    strength_scale.cache_clear()
    try:
        assert scale_tables("fr") == derive_scale(("fr",))
        assert strength_scale("fr").operative == derive_scale(("fr",))["operative"]
    finally:
        scale_tables.cache_clear()
        strength_scale.cache_clear()
