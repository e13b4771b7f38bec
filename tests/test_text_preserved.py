"""Footnote decoding never changes a paragraph's words: it only takes the markers out.

Each resolution's AKN markup is the reference. Its paragraphs get their footnote markers back
the way each text layout writes them (mineres.render.layouts: glued in the ODS export,
" 1/" in web text), the markers are decoded again over the whole document, and every
paragraph's and sub-paragraph's clean text must equal the markup's text without notes,
character for character once whitespace is normalised. The markers must land where the
markup puts them too.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from mineres.models import Paragraph, Resolution, Subparagraph, walk_subparagraphs
from mineres.parse.akn import parse_akn
from mineres.parse.footnotes import resolve_footnote_markers
from mineres.render.layouts import reading_order, with_markers

FIXTURE_AKN = Path(__file__).parent / "fixtures" / "akn"
STYLES = ("ods", "plain")
# Glued markers that only the numbering could find: the decoder leaves the digits in the text
# (and warns that the footnote is not cited) rather than take a digit from a number on the
# numbering alone, for a footnote may be cited from an annex or a heading instead.
UNDECIDED = {
    # goal 17 is written nowhere else and the note (resolution 70/1) does not name it
    "A_RES_75_324.es.xml": "'objetivos 9 y 17' + note 5 within a sentence: 'y 175'",
    "A_RES_75_324.fr.xml": "'objectifs 9 et 17' + note 4 within a sentence: 'et 174'",
    "A_RES_75_324.ru.xml": "'цели 9 и 17' + note 4 within a sentence: 'и 174'",
    "A_RES_75_324.ar.xml": "'الهدفان 9 و 17' + note 4 within a sentence: '174،'",
    "A_RES_75_85.ru.xml": "'статьи 1' + note 2: 'статьи 12,'; 'статьи 1' written once elsewhere"
    " is no more than 'section 2' beside 'section 24, Human rights' (A/RES/75/253 B)",
    "A_RES_75_125.ar.xml": "'واختطاف 134' (134 abducted) + note 10: '13410،'; 134 is written"
    " nowhere else and note 10 (a report) does not name it",
}


def marked_sub(sub: Subparagraph, style: str) -> Subparagraph:
    return replace(
        sub,
        text=with_markers(sub.text, sub.marker_offsets, sub.footnotes, style),
        subparagraphs=tuple(marked_sub(child, style) for child in sub.subparagraphs),
    )


def marked(paragraph: Paragraph, style: str) -> Paragraph:
    """The paragraph as the layout prints it: its markers back in the words."""
    return replace(
        paragraph,
        text=with_markers(paragraph.text, paragraph.marker_offsets, paragraph.footnotes, style),
        subparagraphs=tuple(marked_sub(sub, style) for sub in paragraph.subparagraphs),
    )


def texts_and_markers(paragraph: Paragraph) -> list[tuple[str, str, tuple[int, ...]]]:
    items: list[Paragraph | Subparagraph] = [paragraph]
    items.extend(walk_subparagraphs(paragraph.subparagraphs))
    return [(item.id, " ".join(item.text.split()), item.footnotes) for item in items]


def in_reading_order(resolution: Resolution) -> tuple[Paragraph, ...]:
    """The paragraphs as a layout prints them: each section's own preamble before its
    operative paragraphs (A/RES/74/263), so first citations come in the order printed."""
    return tuple(item for item in reading_order(resolution) if isinstance(item, Paragraph))


def differences(reference: Resolution, style: str) -> list[str]:
    """Every paragraph whose decoded text or markers differ from the markup's."""
    notes = {note.number: note.text for note in reference.footnotes}
    paragraphs = in_reading_order(reference)
    printed = tuple(marked(paragraph, style) for paragraph in paragraphs)
    decoded, _, _ = resolve_footnote_markers(printed, notes)
    found: list[str] = []
    for want, got in zip(paragraphs, decoded, strict=True):
        for (ident, text, markers), (_, clean, decoded_markers) in zip(
            texts_and_markers(want), texts_and_markers(got), strict=True
        ):
            if text != clean:
                at = next(
                    (
                        i
                        for i, pair in enumerate(zip(text, clean, strict=False))
                        if pair[0] != pair[1]
                    ),
                    0,
                )
                found.append(
                    f"{ident} text: {text[at - 30 : at + 30]!r} != {clean[at - 30 : at + 30]!r}"
                )
            if markers != decoded_markers:
                found.append(f"{ident} markers: {markers} != {decoded_markers}")
    return found


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("path", sorted(FIXTURE_AKN.glob("*.xml")), ids=lambda path: path.name)
def test_fixture_texts_keep_their_words(path: Path, style: str) -> None:
    reference = parse_akn(path.read_text(encoding="utf-8"))
    assert differences(reference, style) == []


@pytest.mark.corpus
@pytest.mark.parametrize("style", STYLES)
def test_corpus_texts_keep_their_words(shared_corpus: Path, style: str) -> None:
    """Every AKN resolution in ../shared, six languages: no paragraph's words changed."""
    failures: dict[str, list[str]] = {}
    files = sorted((shared_corpus / "akn").glob("*/*.xml"))
    assert len(files) > 600
    for path in files:
        found = differences(parse_akn(path.read_text(encoding="utf-8")), style)
        if found:
            failures[path.name] = found
    # every entry still undecided (a stale reason is a false one), and only in the ODS export:
    # web text writes its markers " 1/" apart from the words
    assert set(failures) == (set(UNDECIDED) if style == "ods" else set()), failures


def without_citations_of(paragraph: Paragraph, number: int) -> Paragraph:
    """The paragraph as if footnote `number` were cited from elsewhere (an annex, a heading)."""

    def sub(item: Subparagraph) -> Subparagraph:
        return replace(
            item,
            footnotes=tuple(n for n in item.footnotes if n != number),
            marker_offsets=tuple(o for o in item.marker_offsets if o[0] != number),
            subparagraphs=tuple(sub(child) for child in item.subparagraphs),
        )

    return replace(
        paragraph,
        footnotes=tuple(n for n in paragraph.footnotes if n != number),
        marker_offsets=tuple(o for o in paragraph.marker_offsets if o[0] != number),
        subparagraphs=tuple(sub(child) for child in paragraph.subparagraphs),
    )


def digits_lost(reference: Resolution, number: int) -> list[str]:
    """Paragraphs that lose a digit of their words when footnote `number` is cited nowhere in
    them: the numbering then asks for a marker that is not there, and must not invent one."""
    notes = {note.number: note.text for note in reference.footnotes}
    paragraphs = tuple(without_citations_of(p, number) for p in in_reading_order(reference))
    decoded, _, _ = resolve_footnote_markers(tuple(marked(p, "ods") for p in paragraphs), notes)
    lost: list[str] = []
    for want, got in zip(paragraphs, decoded, strict=True):
        for (ident, text, _), (_, clean, _) in zip(
            texts_and_markers(want), texts_and_markers(got), strict=True
        ):
            if sum(c.isdigit() for c in clean) < sum(c.isdigit() for c in text):
                lost.append(f"{ident}: {text!r} became {clean!r}")
    return lost


@pytest.mark.corpus
def test_a_footnote_cited_elsewhere_costs_no_number_its_digits(shared_corpus: Path) -> None:
    """For every resolution with three footnotes or more, each third footnote in turn is
    taken out of the paragraphs: no other number of the text may lose a digit."""
    lost: dict[str, list[str]] = {}
    for path in sorted((shared_corpus / "akn").glob("*/*.xml")):
        reference = parse_akn(path.read_text(encoding="utf-8"))
        numbers = sorted(note.number for note in reference.footnotes)
        for number in numbers[1 :: max(1, len(numbers) // 3)] if len(numbers) >= 3 else []:
            found = digits_lost(reference, number)
            if found:
                lost[f"{path.name} without {number}"] = found
    assert lost == {}
