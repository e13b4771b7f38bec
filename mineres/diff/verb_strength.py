"""Verb strength: whether a changed lead ("Encourages" -> "Urges", "Encourage" -> "Exhorte",
"鼓励" -> "敦促") presses harder or less, on the scale of `data/verb_strength.yaml` for the
document's language."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from mineres.diff.model import Direction, LeadChange
from mineres.diff.words import has_cjk, language_tables, plain_typography
from mineres.models import ParagraphKind

MAX_CJK_LEAD = 12  # characters: the longest Chinese lead is shorter
MAX_LEAD_WORDS = 8  # words: the longest lead of the other languages is shorter


class StrengthScale:
    """One language's scale: lead -> rank (higher is stronger), and the words that only say a
    paragraph follows another ("also", "également", "также", "أيضا", "又"). Made once per
    language and never changed (a plain class: a NamedTuple costs import time)."""

    __slots__ = ("operative", "preambular", "sequence_words")

    def __init__(
        self, preambular: dict[str, int], operative: dict[str, int], sequence_words: tuple[str, ...]
    ) -> None:
        self.preambular = preambular
        self.operative = operative
        self.sequence_words = sequence_words


@cache
def strength_scale(language: str = "en") -> StrengthScale:
    """`data/verb_strength.yaml` for `language` (English when the file has no scale for it)."""
    tables = scale_tables(language)
    return StrengthScale(tables["preambular"], tables["operative"], tuple(tables["sequence_words"]))


@cache
def scale_tables(language: str) -> dict[str, Any]:
    """`language`'s scale and the languages the file has, kept in the data cache for each
    language: reading all six languages' scales costs more than one needs."""
    tables = language_tables(
        "verb-strength", (language,), "verb_strength.yaml", Path(__file__), derive_scale
    )
    shapes = (
        ("preambular", dict),
        ("operative", dict),
        ("sequence_words", list),
        ("languages", list),
    )
    if not all(isinstance(tables.get(name), kind) for name, kind in shapes):
        return derive_scale((language,))  # an entry of another shape: derived anew
    return tables


def derive_scale(languages: tuple[str, ...]) -> dict[str, Any]:
    """The ranks and sequence words of the language in `languages`, as JSON values."""
    from mineres.store.datafiles import load_data_file

    (language,) = languages
    data = load_data_file("verb_strength.yaml")
    entry = data.get(language) or data["en"]

    def ranks(levels: list[list[str]]) -> dict[str, int]:
        size = len(levels)
        return {
            lead_key(lead): size - position
            for position, level in enumerate(levels)
            for lead in level
        }

    words = {lead_key(word) for word in entry.get("sequence_words", ())}
    return {
        "preambular": ranks(entry["preambular"]),
        "operative": ranks(entry["operative"]),
        "sequence_words": sorted(words, key=len, reverse=True),  # "once again" before "again"
        "languages": list(data),
    }


def lead_key(lead: str) -> str:
    """A lead as compared: one space between words, no case, typography or Arabic optional
    marks ("تسلم" and "تسلّم" are one lead)."""
    return " ".join(plain_typography(lead).split()).casefold()


def lead_base(lead: str, language: str = "en") -> str:
    """A lead without words that only say it follows another ("Also urges" -> "urges",
    "Prie également" -> "prie", "又回顾" -> "回顾")."""
    base = lead_key(lead)
    sequence = strength_scale(language).sequence_words
    while True:
        shorter = without_sequence_word(base, sequence)
        if shorter == base:
            return base
        base = shorter


def without_sequence_word(lead: str, sequence: tuple[str, ...]) -> str:
    """`lead` less one sequence word at its start or end; Chinese and Japanese words have no
    spaces between them, so there the word is cut off the characters themselves."""
    for word in sequence:
        joined = has_cjk(word)
        space = "" if joined else " "
        if lead.startswith(word + space) and len(lead) > len(word + space):
            return lead[len(word + space) :]
        if lead.endswith(space + word) and len(lead) > len(space + word):
            return lead[: -len(space + word)]
    return lead


def lead_strength(lead: str, kind: ParagraphKind, language: str = "en") -> int | None:
    """The rank of a lead on the scale of its kind; a longer unknown lead falls back to its
    longest known opening ("Notes with deep regret" -> "Notes with ...", "Notes"), then to its
    longest known ending, where languages put the verb after its adverb ("с глубокой
    озабоченностью отмечая" -> "отмечая"). Chinese leads are cut by characters."""
    scale = strength_scale(language)
    table = scale.operative if kind == "operative" else scale.preambular
    base = lead_base(lead, language)
    pieces: list[str] = list(base) if has_cjk(base) else base.split()
    space = "" if has_cjk(base) else " "
    for length in range(len(pieces), 0, -1):
        rank = table.get(space.join(pieces[:length]))
        if rank is not None:
            return rank
    for length in range(len(pieces) - 1, 0, -1):
        rank = table.get(space.join(pieces[-length:]))
        if rank is not None:
            return rank
    return None


def lead_change(
    old_lead: str, new_lead: str, kind: ParagraphKind, language: str = "en"
) -> LeadChange | None:
    """The change of lead between two paired paragraphs, None when there is none (leads that
    differ only in spacing, typography or Arabic optional marks are the same lead). The scale
    of `language` decides; when it does not know both leads, the first other language's scale
    that does (a French text layout may not say it is French)."""
    if old_lead == new_lead:  # most paired paragraphs keep their lead: nothing to compare
        return None
    old_lead, new_lead = " ".join(old_lead.split()), " ".join(new_lead.split())
    if plain_typography(old_lead) == plain_typography(new_lead):
        return None
    directions = (direction(old_lead, new_lead, kind, other) for other in scale_languages(language))
    found: Direction = next((found for found in directions if found != "unknown"), "unknown")
    return LeadChange(old_lead, new_lead, found)


def scale_languages(language: str) -> list[str]:
    """`language` first, then every other language the scales have."""
    others = [other for other in scale_tables(language)["languages"] if other != language]
    return [language, *others]


def direction(old_lead: str, new_lead: str, kind: ParagraphKind, language: str) -> Direction:
    """Stronger, weaker or the same on the scale of `language`; unknown when it lacks either."""
    if lead_base(old_lead, language) == lead_base(new_lead, language):
        return "same"
    old_rank = lead_strength(old_lead, kind, language)
    new_rank = lead_strength(new_lead, kind, language)
    if old_rank is None or new_rank is None:
        return "unknown"
    if new_rank > old_rank:
        return "stronger"
    if new_rank < old_rank:
        return "weaker"
    return "same"


def opening_lead(text: str, kind: ParagraphKind, language: str) -> str:
    """The longest lead of the scale that opens a paragraph whose lead the parser did not see
    (Chinese leads are set in bold, not italics; Russian ones in lower case), whole words
    only; "" for English, whose leads the parser finds, and when none opens it."""
    if language == "en":
        return ""
    scale = strength_scale(language)
    table = scale.operative if kind == "operative" else scale.preambular
    if has_cjk(text[:1]):
        opening = lead_key(text[:MAX_CJK_LEAD])
        length = next((n for n in range(len(opening), 0, -1) if opening[:n] in table), 0)
        return text[:length]
    words = text.split()[:MAX_LEAD_WORDS]
    for length in range(len(words), 0, -1):
        if lead_key(" ".join(words[:length]).rstrip(",;:")) in table:
            return " ".join(words[:length]).rstrip(",;:")
    return ""
