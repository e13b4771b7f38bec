"""Footnote markers out of the words, and footnotes tied to the paragraphs that cite them.

Markers come in three forms: glued to the word or punctuation before them in the ODS export
("Amended Protocol II2 to", "2003,6 and"), written " 1/" in web text, or as superscript
digits. A glued digit is only a marker when a footnote of that number exists and it comes in
order: a new footnote is always the next number, a repeated one is a number already seen.
That keeps "A/58/L.50", "1,000" and "G20" in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import TypeVar, cast

from mineres.models import Footnote, Paragraph, Subparagraph, walk_subparagraphs
from mineres.parse.footnote_decoder import decode
from mineres.parse.footnote_readings import (
    ascii_digits_only,
    has_slash_marker,
    name_cited,
    names_split,
    sites_of,
    with_names_cited,
)
from mineres.parse.normalise import collapse_whitespace

FOOTNOTE_TEXT = re.compile(r"^\s*(?P<number>\d+)(?:/|\s)\s*(?P<text>\S.*)$", re.DOTALL)
Item = TypeVar("Item", Paragraph, Subparagraph)
MARKER_PLACE = "\ue000"  # a private-use character: stands where a marker stood while text is tidied


def parse_footnote_texts(blocks: Iterable[str]) -> dict[int, str]:
    """{number: text} from footnote blocks such as "10 A/58/260." or "1/ See ..."."""
    texts: dict[int, str] = {}
    for block in blocks:
        match = FOOTNOTE_TEXT.match(block)
        if match:
            texts.setdefault(int(match["number"]), collapse_whitespace(match["text"]))
    return texts


def take_out_markers(
    text: str, markers: list[tuple[int, int, int]]
) -> tuple[str, tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The text without the chosen markers (start, end, number), the markers in reading order
    (no repeats), and (number, offset in the clean text) for every marker, so renderers can
    put them back. Nothing else changes, except the comma the export writes between adjacent
    markers ("Convention2,3") and runs of spaces, collapsed."""
    if not markers:
        return text, (), ()
    numbers = [number for _, _, number in markers]
    pieces = pieces_around(text, markers)
    if not is_collapsed(text):
        # runs of spaces collapsed, a marker's place kept: the offsets count the clean text
        pieces = collapse_whitespace(MARKER_PLACE.join(pieces)).split(MARKER_PLACE)
    # else, the usual case, the pieces of a collapsed text have no run of spaces, and none
    # starts or ends the text with a space: nothing to collapse where a marker stood either
    offsets: list[tuple[int, int]] = []
    length = 0
    for index, number in enumerate(numbers):
        length += len(pieces[index])  # the clean text before the marker
        offsets.append((number, length))
    return "".join(pieces), tuple(dict.fromkeys(numbers)), tuple(offsets)


def is_collapsed(text: str) -> bool:
    """Whether collapse_whitespace leaves `text` as it is, without making the collapsed copy
    to compare: in a printable text the space is the only whitespace, so it is collapsed when
    no two spaces meet and none starts or ends it (paragraph texts are, all but a few)."""
    if text.isprintable():
        return "  " not in text and text[:1] != " " and text[-1:] != " "
    return collapse_whitespace(text) == text


def pieces_around(text: str, markers: list[tuple[int, int, int]]) -> list[str]:
    """The text before, between and after the markers (start, end, number), without the comma
    the export writes between adjacent markers ("Convention2,3")."""
    pieces: list[str] = []
    position = 0
    previous_end = -1
    for start, end, _ in markers:
        between = text[position:start]
        pieces.append("" if previous_end == position and between == "," else between)
        position = previous_end = end
    pieces.append(text[position:])
    return pieces


def markers_by_text(
    texts: list[str], known: frozenset[int], notes: dict[int, str] | None = None
) -> dict[int, list[tuple[int, int, int]]]:
    """The decoded markers, (start, end, number), of each text that has any, by the text's
    index, for the whole document at once."""
    found: dict[int, list[tuple[int, int, int]]] = {}
    if not known:
        return found
    # half the paragraphs have no digit: they are not scanned for markers
    scanned = [text if may_hold_marker(text) else "" for text in texts]
    slash_style = any(has_slash_marker(text) for text in scanned if "/" in text)
    sites = sites_of(scanned, known, slash_style=slash_style, notes=notes)
    chosen = decode(sites, known)
    # a second reading knows which names the first found cited with a marker ("article 1,2"):
    # it changes only the readings that split the same name before the same marker ("article
    # 12"), so only the markers such a reading has are looked at, and without one of them cited
    # nothing is read again (174 of the 202 documents of session 74 with footnotes)
    split = names_split(sites)
    split_markers = {number for _, _, number in split}
    cited = frozenset(
        pair
        for site_index, reading in chosen
        if reading.number in split_markers
        and (pair := name_cited(texts[sites[site_index].text_index], reading))
    )
    if cited & split:
        sites = with_names_cited(sites, cited)
        chosen = decode(sites, known)
    for site_index, reading in chosen:
        marker = (reading.start, reading.end, reading.number)
        found.setdefault(sites[site_index].text_index, []).append(marker)
    return found


def without_markers(
    item: Item, decoded: Iterator[list[tuple[int, int, int]]], cited_from: dict[int, list[str]]
) -> Item:
    """The paragraph or sub-paragraph without its markers nor its sub-paragraphs', `decoded`
    giving the markers of each text in walk_subparagraphs order; the ids citing each footnote
    added to `cited_from`. What had no marker is returned as it is, not copied."""
    text, markers, offsets = take_out_markers(item.text, next(decoded))
    for number in markers:
        cited_from[number].append(item.id)
    if not item.subparagraphs:  # most items: no generator to make for no children
        if not markers:
            return item
        children: tuple[Subparagraph, ...] = ()
    else:
        children = tuple(without_markers(sub, decoded, cited_from) for sub in item.subparagraphs)
        if not markers and children == item.subparagraphs:
            return item
    # mypy does not follow a constrained TypeVar through isinstance: rebuilt keeps the class
    return cast(Item, rebuilt(item, text, markers, children, offsets))


def rebuilt(
    item: Paragraph | Subparagraph,
    text: str,
    footnotes: tuple[int, ...],
    subparagraphs: tuple[Subparagraph, ...],
    marker_offsets: tuple[tuple[int, int], ...],
) -> Paragraph | Subparagraph:
    """The item with a new text, footnotes, sub-paragraphs and marker offsets, its other fields
    kept: made by its constructor, a quarter of the cost of dataclasses.replace, which reads the
    class's fields at every call (~1,800 items rebuilt over session 74)."""
    if isinstance(item, Paragraph):
        return Paragraph(
            item.id,
            item.kind,
            item.number,
            item.lead,
            text,
            footnotes,
            subparagraphs,
            item.section,
            marker_offsets,
        )
    return Subparagraph(item.id, item.label, text, footnotes, subparagraphs, marker_offsets)


def may_hold_marker(text: str) -> bool:
    """False for a text without a digit 0-9 whose other characters are ASCII, curly quotes,
    dashes or letters of the Latin, Greek or Cyrillic scripts (see ascii_digits_only): it holds
    no marker (every form has a digit: 0-9, another script's or a superscript) and says nothing
    about one (evidence is read from runs of digits), and having no Arabic it does not change
    whether the document is Arabic. Ten searches in C first, cheaper than scanning it with the
    marker pattern; the class of other characters only for a text that has no 0-9."""
    return (  # spelt out: a loop over the digits costs three times the ten searches
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
        or not ascii_digits_only(text)
    )


def resolve_footnote_markers(
    paragraphs: tuple[Paragraph, ...], footnote_texts: dict[int, str]
) -> tuple[tuple[Paragraph, ...], tuple[Footnote, ...], tuple[str, ...]]:
    """Markers out of every paragraph and sub-paragraph, decoded over the whole document;
    footnotes with the ids that cite them; warnings for footnotes no paragraph cites."""
    texts: list[str] = []
    starts: list[int] = []  # where each paragraph's texts start, then where the last ends
    for paragraph in paragraphs:
        starts.append(len(texts))
        texts.append(paragraph.text)
        if paragraph.subparagraphs:
            texts.extend(sub.text for sub in walk_subparagraphs(paragraph.subparagraphs))
    starts.append(len(texts))
    decoded = markers_by_text(texts, frozenset(footnote_texts), footnote_texts)
    cited_from: dict[int, list[str]] = {number: [] for number in footnote_texts}
    result = list(paragraphs)  # most paragraphs have no marker: kept as they are
    for index in sorted({bisect_right(starts, text_index) - 1 for text_index in decoded}):
        own_texts = range(starts[index], starts[index + 1])
        markers = (decoded.get(text_index, []) for text_index in own_texts)
        result[index] = without_markers(paragraphs[index], markers, cited_from)

    footnotes = tuple(
        Footnote(number=number, text=footnote_texts[number], cited_from=tuple(cited_from[number]))
        for number in sorted(footnote_texts)
    )
    warnings = tuple(
        f"footnote {note.number} is not cited from any paragraph"
        for note in footnotes
        if not note.cited_from
    )
    return tuple(result), footnotes, warnings
