"""A/RES/58/127 from its ODS export, compared field by field with the structure read by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mineres.errors import MineresError, NotAResolution
from mineres.models import Resolution
from mineres.parse import footnotes, parse_resolution
from mineres.render.layouts import to_ods_text, to_plain_text

from .conftest import FIXTURES, ODS_58_127


@pytest.fixture(scope="module")
def resolution(ods_bytes: bytes) -> Resolution:
    return parse_resolution(ods_bytes, source="A_RES_58_127.txt")


def test_metadata_matches_gold(resolution: Resolution, gold: dict[str, Any]) -> None:
    expected = gold["metadata"]
    metadata = resolution.metadata
    assert metadata.symbol == expected["symbol"]
    assert metadata.number == expected["number"]
    assert metadata.session == expected["session"]
    assert metadata.agenda_item == expected["agenda_item"]
    assert metadata.title == expected["title"]
    assert metadata.adopted == expected["adopted"]
    assert metadata.meeting == expected["meeting"]
    assert metadata.distributed == expected["distributed"]
    assert metadata.committee == expected["committee"]
    assert list(metadata.drafts) == expected["drafts"]
    assert metadata.ods_job_number == expected["ods_job_number"]
    assert metadata.layout == "ods"


@pytest.mark.parametrize("part", ["preamble", "operative"])
def test_paragraph_ids_and_leads_match_gold(
    resolution: Resolution, gold: dict[str, Any], part: str
) -> None:
    paragraphs = getattr(resolution, part)
    expected = gold[part]
    assert [p.id for p in paragraphs] == [e["id"] for e in expected]
    for paragraph, wanted in zip(paragraphs, expected, strict=True):
        acceptable = [wanted["lead"], *wanted.get("also", [])]
        assert paragraph.lead in acceptable, paragraph.id
        assert paragraph.text.startswith(paragraph.lead)


def test_counts(resolution: Resolution) -> None:
    assert (len(resolution.preamble), len(resolution.operative), len(resolution.footnotes)) == (
        22,
        27,
        13,
    )
    assert [p.number for p in resolution.operative] == list(range(1, 28))


def test_footnotes_match_gold(resolution: Resolution, gold: dict[str, Any]) -> None:
    for note, wanted in zip(resolution.footnotes, gold["footnotes"], strict=True):
        assert note.number == wanted["n"]
        assert note.text == wanted["text"]
        assert list(note.cited_from) == wanted["cited_from"], note.number


def test_footnote_markers_recorded_on_paragraphs(resolution: Resolution) -> None:
    by_id = {p.id: p.footnotes for p in resolution.paragraphs}
    assert by_id["PP7"] == (2, 3)
    assert by_id["PP8"] == (4, 5)
    assert by_id["OP1"] == (10, 11)
    assert by_id["OP26"] == (11,)
    assert by_id["PP1"] == ()


def test_clean_text_has_markers_taken_out(resolution: Resolution, gold: dict[str, Any]) -> None:
    for paragraph_id, fragments in gold["clean_text_contains"].items():
        paragraph = resolution.paragraph(paragraph_id)
        assert paragraph is not None
        for fragment in fragments:
            assert fragment in paragraph.text, (paragraph_id, fragment)


def test_no_ods_artefact_reaches_a_paragraph(resolution: Resolution) -> None:
    for paragraph in resolution.paragraphs:
        for artefact in ("[DU", "<<ODS", "___", "---", "\t", "  "):
            assert artefact not in paragraph.text, (paragraph.id, artefact)
    assert not resolution.warnings


def test_markers_glued_after_punctuation_are_taken_out(resolution: Resolution) -> None:
    pp9 = resolution.paragraph("PP9")
    assert pp9 is not None
    assert "27 and 28 November 2003, and noting" in pp9.text
    pp5 = resolution.paragraph("PP5")
    assert pp5 is not None and pp5.text.endswith("on the rights of the child,")


def test_dates_and_numbers_in_text_are_not_markers(resolution: Resolution) -> None:
    op26 = resolution.paragraph("OP26")
    pp1 = resolution.paragraph("PP1")
    assert op26 is not None and pp1 is not None
    assert "2001-2005;" in op26.text
    assert "resolution 57/159 of 16 December 2002" in pp1.text


def test_crlf_and_utf16_give_the_same_model(ods_bytes: bytes, resolution: Resolution) -> None:
    crlf = ods_bytes.replace(b"\n", b"\r\n")
    utf16 = ods_bytes.decode("utf-8").encode("utf-16")
    for variant in (crlf, utf16, b"\xef\xbb\xbf" + ods_bytes):
        again = parse_resolution(variant)
        assert again.paragraphs == resolution.paragraphs
        assert again.footnotes == resolution.footnotes


def test_truncated_resolution_parses_what_is_there_with_a_warning(ods_bytes: bytes) -> None:
    text = ods_bytes.decode("utf-8")
    truncated = text[: text.index("\t15.\t")]
    resolution = parse_resolution(truncated)
    assert len(resolution.operative) == 14
    assert any("truncated" in warning for warning in resolution.warnings)


def test_text_without_operative_paragraphs_is_not_a_resolution() -> None:
    with pytest.raises(NotAResolution, match="no operative paragraphs"):
        parse_resolution("The General Assembly,\n\nRecalling its resolution 57/159,\n")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2000), "binary"),
    ],
)
def test_bad_bytes_are_refused_with_a_message(data: bytes, message: str) -> None:
    with pytest.raises(MineresError, match=message):
        parse_resolution(data)


def test_windows_1252_is_the_fallback(ods_bytes: bytes) -> None:
    text = ods_bytes.decode("utf-8").replace(
        '"Assistance in mine action"', "“Assistance in mine action”"
    )
    resolution = parse_resolution(text.encode("cp1252"))
    assert resolution.operative[-1].text.endswith("the item entitled “Assistance in mine action”.")


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(MineresError, match="cannot decode"):
        parse_resolution(b"The General Assembly,\n\t1.\tUrges \x81\x8d\x8f\x90 States;\n")


def marker_places(resolution: Resolution) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.id, p.marker_offsets) for p in resolution.paragraphs]


@pytest.mark.parametrize(
    "path",
    [ODS_58_127, *sorted((FIXTURES / "text").glob("*.txt")), *sorted(FIXTURES.glob("akn/*.xml"))],
    ids=lambda path: path.name,
)
@pytest.mark.parametrize("layout", ["as is", "ods", "plain"])
def test_texts_without_digits_are_not_scanned_for_markers_and_nothing_changes(
    path: Path, layout: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Footnote markers are looked for only in texts that may hold one: reading every text
    finds the same markers, footnotes and warnings."""
    data = path.read_bytes()
    if layout != "as is":
        model = parse_resolution(data, with_citations=False)
        data = (to_ods_text if layout == "ods" else to_plain_text)(model).encode()
    skipping = parse_resolution(data, with_citations=False)
    monkeypatch.setattr(footnotes, "may_hold_marker", lambda text: True)
    reading_all = parse_resolution(data, with_citations=False)
    assert skipping == reading_all
    assert marker_places(skipping) == marker_places(reading_all)
