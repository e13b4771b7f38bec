"""Lead phrases: the italic words a paragraph opens with ("Noting with appreciation", "Urges").

The phrases the UN uses are listed in `data/lead_phrases.yaml`. The longest listed phrase that
opens a paragraph wins; a paragraph that opens with none of them gets its first word, with an
adverb before it or a modifier after it ("Strongly urges", "Requests also").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from mineres.models import ParagraphKind
from mineres.store.datafiles import load_data_file

FIRST_WORD = re.compile(r"[A-Z][\w’'-]*")


@dataclass(frozen=True)
class LeadPhrases:
    preambular: frozenset[str]
    operative: frozenset[str]
    adverbs: frozenset[str]  # may stand before the verb: "Strongly", "Further"
    modifiers: tuple[str, ...]  # may follow it: "also", "further", "once again"
    by_first_word: dict[str, tuple[str, ...]]  # longest first


@cache
def lead_phrases() -> LeadPhrases:
    data = load_data_file("lead_phrases.yaml")
    preambular = frozenset(data["preambular"])
    operative = frozenset(data["operative"])
    by_first_word: dict[str, list[str]] = {}
    for phrase in preambular | operative:
        by_first_word.setdefault(phrase.split()[0], []).append(phrase)
    return LeadPhrases(
        preambular=preambular,
        operative=operative,
        adverbs=frozenset(data["adverbs"]),
        modifiers=tuple(sorted(data["modifiers"], key=len, reverse=True)),
        by_first_word={
            word: tuple(sorted(phrases, key=len, reverse=True))
            for word, phrases in by_first_word.items()
        },
    )


def find_lead(text: str) -> str:
    """The lead phrase that opens `text`, or "" when it opens with no word at all."""
    return find_lead_in_opening(text[:LONGEST_OPENING])


LONGEST_OPENING = 120  # longer than any lead phrase, short enough to cache


@lru_cache(maxsize=4096)
def find_lead_in_opening(text: str) -> str:
    match = FIRST_WORD.match(text)
    if not match:
        return ""
    phrases = lead_phrases()
    listed = next(
        (p for p in phrases.by_first_word.get(match.group(), ()) if opens_with(text, p)), None
    )
    if (
        listed is not None
    ):  # "Mindful also of": only "also" (a listed verb "further" is an object's)
        rest = text[len(listed) :]
        return f"{listed} also" if rest.startswith(" ") and opens_with(rest[1:], "also") else listed
    lead = match.group()
    rest = text[match.end() :]
    if lead in phrases.adverbs:
        following = re.match(r" ([a-z][\w’'-]*)", rest)
        if following:
            lead += following.group()
            rest = rest[following.end() :]
    for modifier in phrases.modifiers:
        if rest.startswith(" ") and opens_with(rest[1:], modifier):
            return f"{lead} {modifier}"
    return lead


def opens_with(text: str, phrase: str) -> bool:
    """`text` starts with `phrase` as whole words."""
    if not text.startswith(phrase):
        return False
    rest = text[len(phrase) : len(phrase) + 1]
    return not rest or not (rest.isalnum() or rest in "-’'")


def lead_kind(lead: str) -> ParagraphKind | None:
    """Whether a lead is only ever preambular or only ever operative; None if both or unknown."""
    phrases = lead_phrases()
    preambular = lead in phrases.preambular
    operative = lead in phrases.operative
    if operative and not preambular:
        return "operative"
    if preambular and not operative:
        return "preambular"
    return None
