"""Selection, the one module behind -n, --lead, --grep, --kind, --paragraph and --group-by."""

from __future__ import annotations

import pytest

from mineres import load_resolution
from mineres.errors import MineresError
from mineres.models import Resolution
from mineres.select import (
    find_paragraph,
    group_citations,
    is_paragraph_id,
    lead_matches,
    parse_kinds,
    parse_number_ranges,
    select_citations,
    select_paragraphs,
)

from .conftest import run_cli


@pytest.fixture(scope="module")
def resolution() -> Resolution:
    return load_resolution(None)


def test_number_ranges() -> None:
    assert parse_number_ranges("5") == [range(5, 6)]
    assert parse_number_ranges("3-7, 12") == [range(3, 8), range(12, 13)]
    for bad in ("7-3", "x", "1-", "", "1,,2"):
        with pytest.raises(MineresError, match="-n"):
            parse_number_ranges(bad)


@pytest.mark.parametrize(
    ("lead", "wanted", "matches"),
    [
        ("Urges", "urges", True),
        ("Strongly urges", "Urges", True),
        ("Urging", "Urges", False),
        ("Takes note with appreciation", "takes note", True),
        ("Takes notes", "takes note", False),
    ],
)
def test_lead_matches_whole_words_in_any_case(lead: str, wanted: str, matches: bool) -> None:
    assert lead_matches(lead, wanted) is matches


def test_search_and_paragraphs_share_one_lead_rule() -> None:
    from mineres.corpus import search

    assert search.lead_matches is lead_matches


def test_an_invalid_grep_is_an_error_not_a_plain_text_search(
    resolution: Resolution, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(MineresError, match="invalid regular expression"):
        select_paragraphs(resolution, grep="[a-")
    assert [p.id for p in select_paragraphs(resolution, grep="[a-", fixed=True)] == []
    code, out, err = run_cli(capsys, "paragraphs", "--grep", "(unclosed")
    assert (code, out) == (2, "") and "invalid regular expression" in err


def test_filters_combine(resolution: Resolution) -> None:
    chosen = select_paragraphs(resolution, part="all", numbers="1-30", lead="urges")
    assert [p.id for p in chosen] == ["OP13", "OP23"]


def test_kinds_accept_plurals_and_hyphens_and_refuse_others() -> None:
    assert parse_kinds("Resolutions, treaty-series") == {"resolution", "treaty_series"}
    assert parse_kinds(["document"]) == {"document"}
    assert parse_kinds(None) is None and parse_kinds("") is None
    with pytest.raises(MineresError, match="unknown citation kind 'laws'"):
        parse_kinds("laws")


def test_citations_of_one_paragraph_include_its_subparagraphs(resolution: Resolution) -> None:
    chosen = select_citations(resolution, paragraph="op1")
    assert chosen and all(any(p.startswith("OP1") for p in c.paragraphs) for c in chosen)
    assert not any(p.startswith("OP10") for c in chosen for p in c.paragraphs)
    with pytest.raises(MineresError, match="no paragraph OP99"):
        select_citations(resolution, paragraph="OP99")


def test_groups_keep_first_appearance_and_refuse_unknown_groupings(
    resolution: Resolution,
) -> None:
    groups = group_citations(resolution.citations, "Kind")
    assert list(groups) == list(dict.fromkeys(c.kind for c in resolution.citations))
    assert sum(len(members) for members in groups.values()) == len(resolution.citations)
    with pytest.raises(MineresError, match="unknown grouping 'colour'"):
        group_citations(resolution.citations, "colour")


def test_find_paragraph_names_the_ids_that_exist(resolution: Resolution) -> None:
    assert find_paragraph(resolution, "4").id == "OP4"
    with pytest.raises(MineresError, match=r"\(PP1 to PP22, OP1 to OP27\)"):
        find_paragraph(resolution, "OP99")


@pytest.mark.parametrize("text", ["OP5", "pp3", "OP4(a)(ii)", "VIII.OP30", "5", "A~11.OP37"])
def test_paragraph_ids_are_recognised(text: str) -> None:
    assert is_paragraph_id(text)


@pytest.mark.parametrize("text", ["58/127", "A/RES/58/127", "res.txt", "-", "S/RES/2365(2017)"])
def test_documents_are_not_paragraph_ids(text: str) -> None:
    assert not is_paragraph_id(text)
