"""Segmenting wrapped and one-line-per-paragraph text: what is a paragraph, a heading, furniture."""

from __future__ import annotations

from mineres.parse import parse_resolution
from mineres.parse.normalise import normalise_text
from mineres.parse.segment import has_long_lines, split_into_blocks

from .conftest import FIXTURES, ODS_58_127


def test_unlabelled_heading_page_header_and_footnotes_under_the_rule() -> None:
    """Hand-made in the web layout: a heading without a number between two paragraphs, a
    repeated symbol and page number inside the body, and footnotes right under the rule."""
    resolution = parse_resolution(
        (FIXTURES / "text" / "headings_and_page_headers.txt").read_bytes()
    )
    assert [p.text for p in resolution.operative] == [
        "Takes note of the report;",
        "Decides to approve the budget;",
        "Requests the Secretary-General to report.",
    ]
    assert [(s.id, s.heading) for s in resolution.sections] == [
        ("S1", "Budget estimates for the period from 1 July 2022 to 30 June 2023")
    ]
    assert [p.section for p in resolution.operative] == [None, "S1", "S1"]
    assert [(n.number, n.cited_from) for n in resolution.footnotes] == [(1, ("OP2",))]


def test_a_few_long_lines_do_not_make_wrapped_text_one_paragraph_a_line() -> None:
    wrapped = ["Recalling its resolution 57/159 of 16 December 2002 and all its"] * 40
    links = ["1/ See https://www.un.org/" + "x" * 200] * 3
    assert not has_long_lines(wrapped + links)
    assert has_long_lines(ODS_58_127.read_text(encoding="utf-8").replace("\t", "").splitlines())


def test_ods_export_layout_and_trailer() -> None:
    blocks = split_into_blocks(normalise_text(ODS_58_127.read_text(encoding="utf-8")))
    assert blocks.layout == "ods"
    assert blocks.formula == "The General Assembly,"
    assert len(blocks.body) == 49
    assert blocks.closing == ("76th plenary meeting", "19 December 2003")
    assert len(blocks.footnotes) == 13
    assert any("N0350220E" in line for line in blocks.trailer)
    assert not any("ODS" in block or "[DU" in block for block in blocks.body)
