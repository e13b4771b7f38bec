"""Treaties, protocols, declarations and standards named in the text, from the catalogue in
data/instruments.yaml, all names matched by one trie-shaped pattern built once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from mineres.citations.mentions import Found
from mineres.citations.rules import longest_first
from mineres.store.datafiles import load_data_file


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str


@dataclass(frozen=True)
class InstrumentCatalogue:
    by_phrase: dict[str, Instrument]  # lower-case phrase with single spaces -> instrument
    by_short: dict[str, Instrument]
    phrases: re.Pattern[str]  # matches lower-case text
    by_treaty: dict[str, Instrument]  # "vol. 2056, no. 35597" -> the instrument printed there
    phrases_any_case: re.Pattern[str]
    shorts: re.Pattern[str] | None


def find_instruments(text: str) -> list[Found]:
    """Treaties, protocols, declarations and standards named from the catalogue."""
    catalogue = instrument_catalogue()
    found: list[Found] = []
    lower = text.lower()
    if len(lower) == len(text):  # lower-casing kept every offset: match the lower-case trie
        spans = [(m.start(), m.end()) for m in catalogue.phrases.finditer(lower)]
    else:
        spans = [(m.start(), m.end()) for m in catalogue.phrases_any_case.finditer(text)]
    for start, end in spans:
        instrument = catalogue.by_phrase.get(" ".join(lower[start:end].split()))
        if instrument:
            found.append(instrument_found(instrument, start, end, text))
    if catalogue.shorts is not None:
        for match in catalogue.shorts.finditer(text):
            instrument = catalogue.by_short[match.group()]
            found.append(instrument_found(instrument, match.start(), match.end(), text))
    return found


def instrument_found(instrument: Instrument, start: int, end: int, text: str) -> Found:
    return Found(
        kind="instrument",
        text=text[start:end],
        start=start,
        end=end,
        key="instrument:" + instrument.id,
        name=instrument.name,
    )


@cache
def instrument_catalogue() -> InstrumentCatalogue:
    data = load_data_file("instruments.yaml")
    by_phrase: dict[str, Instrument] = {}
    by_short: dict[str, Instrument] = {}
    by_treaty: dict[str, Instrument] = {}
    for entry in data["instruments"]:
        instrument = Instrument(id=entry["id"], name=entry["name"])
        for place in entry.get("treaty_series", []):
            by_treaty[" ".join(place.split()).lower()] = instrument
        for phrase in [entry["name"], *entry.get("phrases", [])]:
            by_phrase.setdefault(" ".join(phrase.split()).lower(), instrument)
        for short in entry.get("short", []):
            by_short[short] = instrument
    phrases = r"\b" + trie_pattern(by_phrase) + r"(?![\w\-])"
    shorts = None
    if by_short:
        shorts = re.compile(
            r"(?<![\w/.\-])(?:"
            + "|".join(re.escape(short) for short in longest_first(by_short))
            + r")(?![\w/\-])"
        )
    return InstrumentCatalogue(
        by_phrase=by_phrase,
        by_short=by_short,
        phrases=re.compile(phrases),
        by_treaty=by_treaty,
        phrases_any_case=re.compile(phrases, re.IGNORECASE),
        shorts=shorts,
    )


def trie_pattern(phrases: Iterable[str]) -> str:
    """One pattern for many phrases, shaped as a trie so that matching never tries the same
    prefix twice; a space in a phrase matches any run of whitespace."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_node_pattern(trie)


def trie_node_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + trie_node_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
