"""The corpus tests whose documents are copied in tests/fixtures, run on the copies, so that
a fresh clone without ../shared checks them too: the mine-action pair in six languages (diff,
routine roll-over, language of the text layout, lineage) and A/RES/74/209 (lineage). The
corpus versions stay, over ../shared, as the same checks on the UN's folder layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineres import load_resolution
from mineres.corpus.lineage import lineage
from mineres.diff import diff_resolutions
from mineres.library import sniff_file
from mineres.models import Resolution
from mineres.parse import parse_resolution
from mineres.parse.akn import parse_akn
from mineres.render.layouts import to_plain_text

from .conftest import FIXTURES
from .test_diff import hand_links, tool_links

AKN = FIXTURES / "akn"


def read(path: Path) -> Resolution:
    return parse_akn(path.read_text(encoding="utf-8"))


def test_real_pair_matches_the_hand_alignment() -> None:
    """tests/test_diff.py::test_real_pair_across_the_corpus_when_present, on the copies."""
    result = diff_resolutions(read(AKN / "A_RES_74_80.en.xml"), read(AKN / "A_RES_76_74.en.xml"))
    assert tool_links(result) == hand_links()


@pytest.mark.parametrize(("language", "routine"), [("en", 4), ("fr", 4), ("es", 3)])
def test_routine_changes_of_the_real_pair_in_each_language(language: str, routine: int) -> None:
    """Spanish has one fewer: its OP1 rewords "que contiene" as "que en él figuran"."""
    old = read(AKN / f"A_RES_74_80.{language}.xml")
    new = read(AKN / f"A_RES_76_74.{language}.xml")
    assert sum(change.routine for change in diff_resolutions(old, new).changes) == routine


@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar"])
def test_text_of_another_language_says_so(language: str) -> None:
    """74/80 written out as text and read back: the formula is found, the language is the text's."""
    markup = read(AKN / f"A_RES_74_80.{language}.xml")
    resolution = parse_resolution(to_plain_text(markup))
    assert resolution.metadata.language == language
    assert len(resolution.preamble) == len(markup.preamble)
    assert len(resolution.operative) == len(markup.operative)


def test_french_akn_from_the_un() -> None:
    sniffed = sniff_file(AKN / "A_RES_76_74.fr.xml")
    assert sniffed is not None
    assert (sniffed.language, sniffed.complete) == ("fr", True)


def test_lineage_of_74_209_has_no_false_predecessor() -> None:
    """A/RES/74/209 (International Day of Awareness of Food Loss and Waste) starts no series
    in the bundled library: nothing is claimed before it."""
    members = lineage(load_resolution(str(FIXTURES / "lineage" / "A_RES_74_209.en.xml")))
    assert [m.symbol for m in members] == ["A/RES/74/209"]


def test_lineage_over_the_fixture_library() -> None:
    library = [AKN, FIXTURES / "metadata"]
    members = lineage(load_resolution("A/RES/76/74", library), library)
    found = {m.symbol: m for m in members}
    assert found["A/RES/74/80"].path == AKN / "A_RES_74_80.en.xml"
    assert found["A/RES/76/74"].recalls == "A/RES/74/80"
    assert [m.symbol for m in members if m.status == "missing"] == [
        "A/RES/57/159",
        "A/RES/72/75",
        "A/RES/78/70",
        "A/RES/80/74",
    ]


@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar", "zh"])
def test_lineage_in_the_other_official_languages(language: str) -> None:
    members = lineage(load_resolution(str(AKN / f"A_RES_76_74.{language}.xml")), [AKN])
    found = {m.symbol: m for m in members}
    assert found["A/RES/76/74"].recalls == "A/RES/74/80"
    assert found["A/RES/74/80"].path == AKN / f"A_RES_74_80.{language}.xml"
    assert found["A/RES/74/80"].recalls == "A/RES/72/75"
