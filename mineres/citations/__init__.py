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

from mineres.citations.instruments import (
    find_instruments,
    find_instruments_in_texts,
    instrument_catalogue,
    trie_pattern,
)
from mineres.citations.mentions import HEADER, Found, Placed, Unit
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
from mineres.frozen import frozen_dataclass
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
    mentions: list[Placed] = []
    for symbol in header_symbols(resolution):
        found = in_language(find_header_symbol(symbol), language)
        mentions.extend((HEADER, (), item) for item in found)
    previous_note: list[Found] = []
    places = citation_places(resolution)
    texts = [text for _, text, _, _ in places]
    instruments = find_instruments_in_texts(texts, language)
    finder = TextFinder.for_language(own_body, language)
    for (where, text, supports, is_footnote), named in zip(places, instruments, strict=True):
        found = finder.find(text, named)
        if is_footnote:
            found = resolve_ibid(text, found, previous_note)
            previous_note = found
        if found:  # most strings cite nothing
            mentions += [(where, supports, item) for item in found]
    positions = {where: index for index, (where, _, _, _) in enumerate(places)}
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
    finder = TextFinder.for_language(own_body, language)
    return finder.find(
        text, find_instruments(text, language) if instruments is None else instruments
    )


@frozen_dataclass
class TextFinder:
    """The finders for the strings of one document: its body, its language and that language's
    rules, looked up once, not for each of its hundreds of strings. A frozen dataclass, as the
    rules are (see rules.py)."""

    own_body: str
    language: str
    other_language: LanguageRules | None

    @classmethod
    def for_language(cls, own_body: str, language: str) -> "TextFinder":
        return cls(own_body, language, symbol_rules().languages.get(language))

    def find(self, text: str, instruments: list[Found]) -> list[Found]:
        """The mentions in one string; `instruments`: the instruments named in it.

        A word is looked for only in a text holding one character of it that most texts lack
        (a capital, "/", "."): one character is found far faster than a word, and most of a
        document's strings cite nothing."""
        candidates: list[Found] = []
        slash = "/" in text
        # a URL holds "www." or "://", a treaty "vol.", a sales number "No.": so a "." (most
        # texts hold none) or a ":"
        period = "." in text
        if (period and "www." in text) or (slash and ":" in text and "://" in text):
            candidates += find_urls(text)
        if period and "T" in text and "Treaty Series" in text:
            candidates += find_treaty_series(text)
        if self.other_language is not None:
            candidates += find_numbered_resolutions_in(text, self.other_language, self.language)
        elif (slash or "(" in text or "（" in text) and ("esolution" in text or "ecision" in text):
            # a number cited after "resolution" holds a "/" ("57/159") or opens a year or a
            # session ("1373 (2001)", "217 A (III)"): a text holding neither lists none
            candidates += find_numbered_resolutions(text, own_body=self.own_body)
        symbols = find_symbols(text) if slash else []
        candidates += symbols
        if period and "N" in text and "Sales No" in text:
            candidates += find_sales_numbers(text)
        if "O" in text and "Official Records" in text:
            candidates += find_official_records(text, symbols)
        candidates += instruments
        found = drop_overlaps(candidates) if len(candidates) > 1 else candidates
        return in_language(found, self.language) if self.language != "en" else found


def header_symbols(resolution: Resolution) -> list[str]:
    """The drafts and the committee report the resolution was adopted on."""
    symbols = list(resolution.metadata.drafts)
    if resolution.metadata.report:
        symbols.append(resolution.metadata.report)
    return symbols


def citation_units(resolution: Resolution) -> list[Unit]:
    """Paragraphs, sub-paragraphs and footnotes, in reading order."""
    return [Unit(*place) for place in citation_places(resolution)]


Place = tuple[str, str, tuple[str, ...], bool]  # a Unit's fields: where, text, supports, footnote


def citation_places(resolution: Resolution) -> list[Place]:
    """`citation_units` as plain tuples: a document has thousands of strings, most citing
    nothing, and a tuple costs a fraction of a frozen dataclass to build."""
    places: list[Place] = []
    for paragraph in resolution.paragraphs:
        places.append((paragraph.id, paragraph.text, (paragraph.id,), False))
        if paragraph.subparagraphs:
            places.extend(
                (sub.id, sub.text, (sub.id,), False)
                for sub in walk_subparagraphs(paragraph.subparagraphs)
            )
    places.extend(
        (f"FN{note.number}", note.text, note.cited_from, True) for note in resolution.footnotes
    )
    return places
