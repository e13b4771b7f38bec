"""Citations: what a resolution builds on, found in its text, typed, normalised, tied to paragraphs.

Each finder reads one string (a paragraph, a sub-paragraph or a footnote) and returns what it
finds there with character offsets; `find_citations` runs them over the whole model, resolves
"Ibid." to the footnote before it, and merges repeated mentions of the same thing into one
`Citation` whose `paragraphs` are those it supports, directly or through a footnote marker.

Domain knowledge lives in data files: bodies, symbol series and number shapes in
`data/symbols.yaml`, named instruments in `data/instruments.yaml`.

Every pattern here runs in linear time: no pattern has a quantified group that can match the
same text in two ways, symbols and names only start at a word boundary, lists of resolution
numbers are walked item by item, and the instrument names are one trie-shaped pattern.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mineres.citations.instruments import (
    find_instruments,
    find_instruments_in_texts,
    instrument_catalogue,
    trie_pattern,
)
from mineres.citations.mentions import HEADER, Found, Unit
from mineres.citations.merging import (
    drop_overlaps,
    merge_mentions,
    name_guessed_bodies,
    resolve_ibid,
)
from mineres.citations.numbered import find_numbered_resolutions, find_numbered_resolutions_in
from mineres.citations.references import (
    find_official_records,
    find_sales_numbers,
    find_treaty_series,
    find_urls,
)
from mineres.citations.rules import LanguageRules, symbol_rules
from mineres.citations.symbols import find_header_symbol, find_symbols, in_language
from mineres.models import Citation, Resolution, walk_subparagraphs

__all__ = [
    "Found",
    "Unit",
    "citation_units",
    "find_citations",
    "find_in_text",
    "header_symbols",
    "instrument_catalogue",
    "resolve_ibid",
    "trie_pattern",
]


def find_citations(resolution: Resolution) -> tuple[Citation, ...]:
    """Every citation of the resolution, in order of first mention, repeats merged."""
    own_body = resolution.metadata.body
    language = resolution.metadata.language
    mentions: list[tuple[Unit, Found]] = []
    for symbol in header_symbols(resolution):
        unit = Unit(HEADER, symbol, ())
        found = in_language(find_header_symbol(symbol), language)
        mentions.extend((unit, item) for item in found)
    previous_note: list[Found] = []
    units = citation_units(resolution)
    texts = [unit.text for unit in units]
    instruments = find_instruments_in_texts(texts, language)
    finder = TextFinder.for_texts(texts, own_body, language)
    for unit, named in zip(units, instruments, strict=True):
        found = finder.find(unit.text, named)
        if unit.is_footnote:
            found = resolve_ibid(unit.text, found, previous_note)
            previous_note = found
        mentions.extend((unit, item) for item in found)
    positions = {unit.where: index for index, unit in enumerate(units)}
    return merge_mentions(name_guessed_bodies(mentions, language), positions)


def find_in_text(
    text: str,
    *,
    own_body: str = "General Assembly",
    language: str = "en",
    instruments: list[Found] | None = None,
) -> list[Found]:
    """All mentions in one string, in reading order, overlapping ones resolved by kind.
    `language` chooses how resolutions cited by number are read ("fr": "sa résolution 72/75").
    `instruments`: the instruments named in the text when already found (a whole document's
    are found at once, see find_instruments_in_texts)."""
    finder = TextFinder.for_texts([text], own_body, language)
    return finder.find(
        text, find_instruments(text, language) if instruments is None else instruments
    )


# Words only some documents print, each the sign of one finder's kind of reference: looked
# for once in a whole document's text, then in each string only where the document has them.
RARE_WORDS = ("www.", "http", "Treaty Series", "Sales No", "Official Records")


@dataclass(frozen=True)
class TextFinder:
    """The finders for the strings of one document: its body and language, the rules of that
    language, and which of the RARE_WORDS it prints at all, worked out once, not per string."""

    own_body: str
    language: str
    other_language: LanguageRules | None
    rare_words: frozenset[str]

    @classmethod
    def for_texts(cls, texts: Sequence[str], own_body: str, language: str) -> TextFinder:
        joined = texts[0] if len(texts) == 1 else "\x00".join(texts)
        return cls(
            own_body=own_body,
            language=language,
            other_language=symbol_rules().languages.get(language),
            rare_words=frozenset(word for word in RARE_WORDS if word in joined),
        )

    def find(self, text: str, instruments: list[Found]) -> list[Found]:
        candidates: list[Found] = []
        rare = self.rare_words
        if rare:
            if ("www." in rare and "www." in text) or ("http" in rare and "http" in text):
                candidates.extend(find_urls(text))
            if "Treaty Series" in rare and "Treaty Series" in text:
                candidates.extend(find_treaty_series(text))
        if self.other_language is not None:
            candidates.extend(
                find_numbered_resolutions_in(text, self.other_language, self.language)
            )
        elif "esolution" in text or "ecision" in text:
            candidates.extend(find_numbered_resolutions(text, own_body=self.own_body))
        symbols = find_symbols(text) if "/" in text else []
        candidates.extend(symbols)
        if rare:
            if "Sales No" in rare and "Sales No" in text:
                candidates.extend(find_sales_numbers(text))
            if "Official Records" in rare and "Official Records" in text:
                candidates.extend(find_official_records(text, symbols))
        candidates.extend(instruments)
        found = drop_overlaps(candidates) if len(candidates) > 1 else candidates
        return in_language(found, self.language)


def header_symbols(resolution: Resolution) -> list[str]:
    """The drafts and the committee report the resolution was adopted on."""
    symbols = list(resolution.metadata.drafts)
    if resolution.metadata.report:
        symbols.append(resolution.metadata.report)
    return symbols


def citation_units(resolution: Resolution) -> list[Unit]:
    """Paragraphs, sub-paragraphs and footnotes, in reading order."""
    units: list[Unit] = []
    for paragraph in resolution.paragraphs:
        units.append(Unit(paragraph.id, paragraph.text, (paragraph.id,)))
        units.extend(
            Unit(sub.id, sub.text, (sub.id,)) for sub in walk_subparagraphs(paragraph.subparagraphs)
        )
    units.extend(
        Unit(f"FN{note.number}", note.text, note.cited_from, is_footnote=True)
        for note in resolution.footnotes
    )
    return units
