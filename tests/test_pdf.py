"""PDF input: a PDF typeset from a real resolution's text reads back to the same paragraphs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mineres.errors import MineresError
from mineres.parse import parse_resolution
from mineres.parse.pdf import FURNITURE, join_hyphenated, pdf_to_text
from tests.pdfmaker import typeset

ODS_58_127 = Path(__file__).parent / "fixtures" / "ods" / "A_RES_58_127.txt"


@pytest.fixture(scope="module")
def ods_text() -> str:
    return ODS_58_127.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pdf_bytes(ods_text: str) -> bytes:
    return typeset(ods_text, "A/RES/58/127", "03 50220")


def test_the_typeset_pdf_has_what_makes_pdfs_hard(pdf_bytes: bytes) -> None:
    """The test is only worth something if the PDF breaks words and repeats page furniture."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 4
    assert raw.count("A/RES/58/127") >= len(reader.pages)
    assert sum(1 for line in raw.splitlines() if line.rstrip().endswith("-")) >= 10
    assert "Please recycle" in raw


@pytest.mark.parametrize("line_numbers", [False, True], ids=["plain", "line-numbers"])
def test_pdf_parses_to_the_same_paragraphs_as_the_text(ods_text: str, line_numbers: bool) -> None:
    from_text = parse_resolution(ods_text.encode("utf-8"), source="text")
    pdf = typeset(ods_text, "A/RES/58/127", "03 50220", line_numbers=line_numbers)
    from_pdf = parse_resolution(pdf, source="pdf")
    assert from_pdf.preamble == from_text.preamble
    assert from_pdf.operative == from_text.operative
    assert from_pdf.footnotes == from_text.footnotes
    assert len(from_pdf.operative) == 27
    for field in ("symbol", "title", "adopted", "meeting", "agenda_item", "drafts", "committee"):
        assert getattr(from_pdf.metadata, field) == getattr(from_text.metadata, field), field


def test_page_furniture_never_reaches_the_text(pdf_bytes: bytes) -> None:
    text = pdf_to_text(pdf_bytes)
    lines = text.splitlines()
    assert "Please recycle" not in text
    assert not any(line.strip() in {"A/RES/58/127", "2/5", "03-50220"} for line in lines)
    assert not any("*0350220*" in line for line in lines)
    assert Counter(line[:1] for line in lines)["\t"] == 1 + 22 + 27


@pytest.mark.parametrize(
    ("head", "tail", "vocabulary", "joined"),
    [
        ("humani-", "tarian aid", {"humanitarian": 3}, "humanitarian aid"),
        ("mine-", "action centres", {"mine-action": 2}, "mine-action centres"),
        ("peace-", "keeping", {"peacekeeping": 1}, "peacekeeping"),
        ("non-", "discriminatory", {"non-governmental": 1}, "non-discriminatory"),
        ("assis-", "tance", {}, "assistance"),
        ("best-", "available science", {"best": 2, "available": 5}, "best-available science"),
        ("achieve-", "ment of", {"achieve": 3, "ment": 1}, "achievement of"),
        ("people-", "centred", {"people": 9}, "people-centred"),
        ("e-", "commerce", {}, "e-commerce"),
        ("micro-", ", small and medium-sized", {}, "micro-, small and medium-sized"),
        ("2001-", "2005;", {}, "2001-2005;"),
        ("non-", "State actors", {}, "non-State actors"),
        ("peace-", "and confidence-building", {}, "peace- and confidence-building"),
    ],
)
def test_hyphens_at_line_ends(
    head: str, tail: str, vocabulary: dict[str, int], joined: str
) -> None:
    assert join_hyphenated(head, tail, Counter(vocabulary)) == joined


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("A/RES/58/127", True),
        ("2/7", True),
        ("2/7 21-19048", True),
        ("03 50220 *0350220*", True),
        ("21-19048 (E) 151221", True),
        ("Please recycle", True),
        ("N2139545 *N2139545*", True),
        ("N0350220E", True),
        ("S/RES/2365 (2017)", True),
        ("Agenda item 22", False),
        ("76th plenary meeting", False),
        ("19 December 2003", False),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert bool(FURNITURE.match(line)) is furniture


def test_a_pdf_without_text_is_a_clear_error() -> None:
    blank = typeset("[DU1]\n", "A/RES/1/1", "00 00000").replace(b"/Contents", b"/Unused")
    with pytest.raises(MineresError, match="no text layer"):
        pdf_to_text(blank)


def test_a_damaged_pdf_is_a_clear_error(pdf_bytes: bytes) -> None:
    with pytest.raises(MineresError, match="PDF"):
        pdf_to_text(pdf_bytes[:200])


def test_the_cli_reads_a_pdf(
    pdf_bytes: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mineres.cli import main

    path = tmp_path / "resolution.pdf"
    path.write_bytes(pdf_bytes)
    main(["paragraphs", str(path), "--number", "27", "--format", "text"])
    assert capsys.readouterr().out == (
        "OP27\tDecides to include in the provisional agenda of its fifty-ninth session "
        'the item entitled "Assistance in mine action".\n'
    )


@pytest.mark.parametrize("symbol", ["74/80", "76/74"])
def test_sub_paragraphs_survive_the_pdf(symbol: str) -> None:
    """The mine-action AKN, laid out as ODS text and typeset: (a), (b) ... come back in place."""
    from mineres.documents import load_resolution
    from mineres.render.layouts import to_ods_text

    # WinAnsi, the generator's encoding, has no non-breaking hyphen; the comparison is fair
    # because both sides read the same text.
    text = to_ods_text(load_resolution(symbol)).replace("\u2011", "-")
    from_text = parse_resolution(text)
    from_pdf = parse_resolution(typeset(text, f"A/RES/{symbol}", "21 19048"))
    assert any(p.subparagraphs for p in from_text.operative)
    assert from_pdf.preamble == from_text.preamble
    assert from_pdf.operative == from_text.operative
    assert from_pdf.footnotes == from_text.footnotes


@pytest.mark.corpus
def test_the_largest_resolution_survives_the_pdf(shared_corpus: Path) -> None:
    """A/RES/74/19: 425 paragraphs, 135 footnotes, sections, 42 typeset pages."""
    from mineres.render.layouts import to_ods_text

    original = parse_resolution(
        (shared_corpus / "akn" / "session-74" / "A_RES_74_19.en.xml").read_bytes()
    )
    text = "".join(
        c if c in "\t\n" or c.encode("cp1252", "ignore") else "-" for c in to_ods_text(original)
    )
    from_text = parse_resolution(text)
    from_pdf = parse_resolution(typeset(text, "A/RES/74/19", "19 21000"))
    assert len(from_text.footnotes) == 135
    assert from_pdf.preamble == from_text.preamble
    assert from_pdf.operative == from_text.operative
    assert from_pdf.footnotes == from_text.footnotes
    assert from_pdf.sections == from_text.sections
