"""Lead phrases: the longest listed phrase, "also" after it, adverbs before an unlisted verb."""

from __future__ import annotations

import pytest

from mineres.parse.leads import find_lead, lead_kind


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Reaffirming its deep concern at the tremendous humanitarian",
            "Reaffirming its deep concern",
        ),
        ("Calls, in particular, for the continuation of the efforts", "Calls"),
        ("Calls upon Member States, especially those", "Calls upon"),
        (
            "Takes note with appreciation of the Mine Action Guidelines",
            "Takes note with appreciation",
        ),
        ("Mindful also of the need to", "Mindful also"),
        ("Encourages further efforts to", "Encourages"),
        ("Strongly urges all States", "Strongly urges"),
        ("Deeply alarmed by the number of mines", "Deeply alarmed"),
        (
            "Acting under Chapter VII of the Charter of the United Nations,",
            "Acting under Chapter VII of the Charter of the United Nations",
        ),
        ("(a) not a lead", ""),
    ],
)
def test_find_lead(text: str, lead: str) -> None:
    assert find_lead(text) == lead


def test_lead_kind_tells_preambular_from_operative() -> None:
    assert lead_kind("Recalling") == "preambular"
    assert lead_kind("Decides") == "operative"
    assert lead_kind("Unheard of") is None
