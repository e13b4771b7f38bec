"""One test per rule of mineres.select, named for the rule, on the bundled A/RES/58/127: each
asserts the value the rule gives, so bending the rule (a flag's default, a case fold, the
footnote route of --cites) fails the test that names it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mineres import load_resolution
from mineres.errors import MineresError
from mineres.models import Citation, Location, Resolution
from mineres.select import (
    comparable_symbol,
    compile_regex,
    find_paragraph,
    group_citations,
    paragraph_of,
    paragraphs_citing,
    parse_grouping,
    parse_kinds,
    select_citations,
    select_paragraphs,
    supports,
    text_matcher,
)

# The Mine Ban Convention as a Treaty Series reference prints it, with the catalogue's name.
TREATY_SERIES = Citation(
    kind="treaty_series",
    text="United Nations, Treaty Series, vol. 2056, No. 35597",
    name="Anti-Personnel Mine Ban Convention",
    paragraphs=("OP4(a)",),
)


@pytest.fixture(scope="module")
def resolution() -> Resolution:
    return load_resolution(None)


def test_grep_is_a_regular_expression_unless_fixed(resolution: Resolution) -> None:
    """OP13 "Urges ... to assist" is found by a pattern; the same pattern as plain text is not."""
    assert compile_regex("mine.action").search("mine action") is not None
    assert compile_regex("mine.action", fixed=True).search("mine action") is None
    op1 = resolution.operative[0]
    assert "mine action" in op1.full_text
    assert text_matcher("mine.action")(op1) is True
    assert text_matcher("mine.action", fixed=True)(op1) is False


def test_grep_ignores_case(resolution: Resolution) -> None:
    assert compile_regex("URGES").search("Urges all States") is not None
    assert text_matcher("URGES")(resolution.operative[12]) is True


def test_no_pattern_matches_every_paragraph(resolution: Resolution) -> None:
    assert text_matcher(None)(resolution.operative[0]) is True
    assert text_matcher("")(resolution.preamble[0]) is True


def test_part_chooses_preamble_operative_or_all(resolution: Resolution) -> None:
    preamble = select_paragraphs(resolution, part="preamble")
    assert [p.id for p in preamble] == [f"PP{n}" for n in range(1, 23)]
    assert len(select_paragraphs(resolution, part="all")) == 22 + 27
    with pytest.raises(
        MineresError, match=r"^unknown part 'annex': choose from operative, preamble, all$"
    ):
        select_paragraphs(resolution, part="annex")  # type: ignore[arg-type]


def test_unknown_kinds_and_groupings_list_the_choices() -> None:
    with pytest.raises(MineresError, match=r"choose from resolution, decision, document, "):
        parse_kinds("laws")
    with pytest.raises(MineresError, match=r"choose from kind, paragraph, symbol$"):
        parse_grouping("colour")


def test_kind_filter_keeps_only_that_kind(resolution: Resolution) -> None:
    chosen = select_citations(resolution, kinds="resolutions")
    assert [c.symbol for c in chosen] == [
        "A/RES/57/159",
        "A/RES/57/190",
        "E/CN.4/RES/2003/49",
        "E/CN.4/RES/2003/86",
    ]


def test_unknown_paragraph_shows_the_first_three_ids(resolution: Resolution) -> None:
    with pytest.raises(MineresError, match=r"\(ids look like PP1, PP2, PP3\)$"):
        select_citations(resolution, paragraph="OP99")


def test_a_citation_of_a_subparagraph_supports_its_paragraph() -> None:
    assert supports(TREATY_SERIES, "OP4") is True
    assert supports(TREATY_SERIES, "OP4(A)") is True
    assert supports(TREATY_SERIES, "OP40") is False


def test_group_by_paragraph_puts_the_header_drafts_under_none(resolution: Resolution) -> None:
    groups = group_citations(resolution.citations, "paragraph")
    assert list(groups)[:3] == ["(none)", "PP1", "PP5"]
    assert [c.symbol for c in groups["(none)"]] == ["A/58/L.50", "A/58/L.50/Add.1"]
    assert [c.symbol for c in groups["PP5"]] == [
        "A/RES/57/190",
        "E/CN.4/RES/2003/49",
        "E/CN.4/RES/2003/86",
        "E/2003/23",
    ]


def test_group_by_symbol_names_what_is_cited(resolution: Resolution) -> None:
    """A symbol, else an instrument's catalogue name, else the words printed with the
    catalogue's name beside them, else the words printed."""
    groups = group_citations(resolution.citations, "symbol")
    assert list(groups)[6] == "Amended Protocol II to the CCW"
    assert "Sales No. E.81.IX.4" in groups
    assert [c.text for c in groups["A/RES/57/159"]] == ["57/159"]
    treaty = group_citations([TREATY_SERIES], "symbol")
    assert list(treaty) == [
        "United Nations, Treaty Series, vol. 2056, No. 35597 (Anti-Personnel Mine Ban Convention)"
    ]


def test_missing_paragraph_error_names_the_ranges(resolution: Resolution) -> None:
    untitled = replace(resolution, metadata=replace(resolution.metadata, symbol=None), preamble=())
    with pytest.raises(
        MineresError, match=r"^no paragraph OP99 in this resolution \(none, OP1 to OP27\)$"
    ):
        find_paragraph(untitled, "OP99")


def test_cites_compares_resolution_numbers_and_other_symbols_in_any_case() -> None:
    assert comparable_symbol("57/159") == "A/RES/57/159"
    assert comparable_symbol("A/RES/57/159") == "A/RES/57/159"
    assert comparable_symbol("CCW/CONF.I/16  (Part I)") == "ccw/conf.i/16 (part i)"


def test_a_subparagraph_belongs_to_its_paragraph() -> None:
    assert paragraph_of("OP4(a)(ii)") == "OP4"
    assert paragraph_of("PP3") == "PP3"


def test_cites_finds_paragraphs_directly_and_through_footnotes(resolution: Resolution) -> None:
    assert paragraphs_citing(resolution, "57/159") == {"PP1"}
    assert paragraphs_citing(resolution, "a/58/260") == {"OP1", "FN10"}
    assert paragraphs_citing(resolution, "A/99/1") == set()


def test_cites_follows_a_footnote_to_the_paragraph_that_calls_it(resolution: Resolution) -> None:
    """A/53/496 is cited only in footnote 12, which OP11 calls: OP11 cites it."""
    in_footnote_only = Citation(
        kind="document",
        text="A/53/496",
        symbol="A/53/496",
        locations=(Location("FN12", 4, 12),),
    )
    only_there = replace(resolution, citations=(in_footnote_only,))
    assert paragraphs_citing(only_there, "A/53/496") == {"FN12", "OP11"}
    sub = replace(in_footnote_only, locations=(Location("OP4(a)", 0, 8),))
    assert paragraphs_citing(replace(resolution, citations=(sub,)), "a/53/496") == {"OP4"}
