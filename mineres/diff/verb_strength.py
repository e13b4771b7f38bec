"""Verb strength: whether a changed lead ("Encourages" -> "Urges") presses harder or less,
on the scale of `data/verb_strength.yaml`."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from mineres.diff.model import Direction, LeadChange
from mineres.models import ParagraphKind

SEQUENCE_WORDS = re.compile(
    r"^(?:also|further|once again|again|once more)\s+|"
    r"\s+(?:also|further|once again|again|once more|in this regard|in particular)$"
)


class StrengthScale(NamedTuple):
    preambular: dict[str, int]
    operative: dict[str, int]


@cache
def strength_scale() -> StrengthScale:
    """`data/verb_strength.yaml` as lead -> rank, higher is stronger."""
    from mineres.store.datafiles import load_data_file

    data = load_data_file("verb_strength.yaml")

    def ranks(levels: list[list[str]]) -> dict[str, int]:
        size = len(levels)
        return {
            lead.casefold(): size - position
            for position, level in enumerate(levels)
            for lead in level
        }

    return StrengthScale(ranks(data["preambular"]), ranks(data["operative"]))


def lead_base(lead: str) -> str:
    """A lead without words that only say it follows another ("Also urges" -> "urges")."""
    base = " ".join(lead.split()).casefold()
    while True:
        shorter = SEQUENCE_WORDS.sub("", base)
        if shorter == base:
            return base
        base = shorter


def lead_strength(lead: str, kind: ParagraphKind) -> int | None:
    """The rank of a lead on the scale of its kind; a longer unknown lead falls back to its
    longest known opening ("Notes with deep regret" -> "Notes with ...", "Notes")."""
    scale = strength_scale()
    table = scale.operative if kind == "operative" else scale.preambular
    words = lead_base(lead).split()
    for length in range(len(words), 0, -1):
        rank = table.get(" ".join(words[:length]))
        if rank is not None:
            return rank
    return None


def lead_change(old_lead: str, new_lead: str, kind: ParagraphKind) -> LeadChange | None:
    old_lead, new_lead = " ".join(old_lead.split()), " ".join(new_lead.split())
    if old_lead == new_lead:
        return None
    old_rank, new_rank = lead_strength(old_lead, kind), lead_strength(new_lead, kind)
    direction: Direction
    if lead_base(old_lead) == lead_base(new_lead):
        direction = "same"
    elif old_rank is None or new_rank is None:
        direction = "unknown"
    elif new_rank > old_rank:
        direction = "stronger"
    elif new_rank < old_rank:
        direction = "weaker"
    else:
        direction = "same"
    return LeadChange(old_lead, new_lead, direction)
