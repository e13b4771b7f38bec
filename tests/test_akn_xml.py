"""AKN4UN out: text -> AKN -> parse_akn gives the same model; the UN's own markup survives too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mineres.models import Resolution, walk_subparagraphs
from mineres.parse import parse_resolution
from mineres.parse.akn import parse_akn
from mineres.render.akn_xml import NAMESPACE, resolution_to_akn

FIXTURES = Path(__file__).parent / "fixtures"
METADATA_FIELDS = (
    "symbol",
    "number",
    "session",
    "agenda_item",
    "title",
    "adopted",
    "meeting",
    "distributed",
    "committee",
    "drafts",
    "report",
    "language",
)


def assert_same_model(original: Resolution, again: Resolution) -> None:
    assert again.preamble == original.preamble
    assert again.operative == original.operative
    assert again.footnotes == original.footnotes
    assert again.sections == original.sections
    for name in METADATA_FIELDS:
        assert getattr(again.metadata, name) == getattr(original.metadata, name), name
    assert set(again.warnings) <= set(original.warnings)  # nothing new goes wrong


def test_ods_text_round_trip() -> None:
    original = parse_resolution((FIXTURES / "ods" / "A_RES_58_127.txt").read_bytes())
    assert_same_model(original, parse_akn(resolution_to_akn(original)))


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "akn").glob("*.xml")))
def test_akn_round_trip(name: str) -> None:
    original = parse_resolution((FIXTURES / "akn" / name).read_bytes())
    assert_same_model(original, parse_akn(resolution_to_akn(original)))


def test_the_markup_is_akn4un() -> None:
    """Paragraph numbers, points for sub-paragraphs, authorial notes for footnotes, italic leads."""
    original = parse_resolution((FIXTURES / "akn" / "A_RES_76_74.en.xml").read_bytes())
    root = ET.fromstring(resolution_to_akn(original))
    ns = {"a": NAMESPACE}
    assert root.tag == f"{{{NAMESPACE}}}akomaNtoso"
    numbers = [n.text for n in root.findall(".//a:mainBody/a:paragraph/a:num", ns)]
    assert numbers == [f"{p.number}." for p in original.operative]
    points = root.findall(".//a:point", ns)
    assert len(points) == sum(len(walk_subparagraphs(p.subparagraphs)) for p in original.operative)
    notes = root.findall(".//a:authorialNote", ns)
    assert [int(n.get("marker", "")) for n in notes] == [f.number for f in original.footnotes]
    leads = [s.text for s in root.findall(".//a:preamble/a:container/a:p/a:span", ns)]
    assert leads == [p.lead for p in original.preamble]
    assert root.find(".//a:FRBRuri", ns).get("value") == (  # type: ignore[union-attr]
        "/akn/un/statement/deliberation/unga/2021-12-09/76-74/"
    )


def test_export_command_writes_akn(tmp_path: Path) -> None:
    from mineres.cli import main

    target = tmp_path / "58-127.xml"
    main(["export", "58/127", "--format", "akn", "--output", str(target)])
    again = parse_resolution(target.read_bytes())
    assert again.metadata.layout == "akn"
    assert len(again.operative) == 27
    assert len(again.footnotes) == 13


@pytest.mark.corpus
def test_every_corpus_document_round_trips(shared_corpus: Path) -> None:
    """All 224 AKN files of ../shared, six languages of the mine-action pair included."""
    files = sorted((shared_corpus / "akn").glob("*/*.xml"))
    assert len(files) >= 224
    failures = []
    for path in files:
        original = parse_resolution(path.read_bytes())
        try:
            assert_same_model(original, parse_akn(resolution_to_akn(original)))
        except AssertionError:
            failures.append(path.name)
    assert failures == []
