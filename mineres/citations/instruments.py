"""Treaties, protocols, declarations and standards named in the text, from the catalogue in
data/instruments.yaml and their names in the other languages in data/instrument_names.yaml.

Every name contains one of a few anchor words ("convention", "declaration", "公约"), chosen
once per process so that they cover the catalogue. A string is searched for an anchor with plain
substring search, and only the names of the anchors it contains are matched, by a trie-shaped
pattern per anchor compiled the first time that anchor is met: most strings name no instrument
and cost a few substring searches, and a process compiles only the patterns it uses.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from mineres.citations.mentions import Found
from mineres.citations.rules import longest_first
from mineres.store.datafiles import load_data_file

WILDCARD = "*"  # a Russian case ending: "Устав*"
ARABIC_PROCLITICS = ("و", "ب", "ل", "وب", "ول", "ف")  # glued before a name: "والإعلان ..."
GLUED = "_-"  # a name does not start or end inside a hyphenated word


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str


@dataclass(frozen=True)
class InstrumentCatalogue:
    by_phrase: dict[str, Instrument]  # lower-case phrase with single spaces -> instrument
    by_short: dict[str, Instrument]
    by_treaty: dict[str, Instrument]  # "vol. 2056, no. 35597" -> the instrument printed there
    shorts: re.Pattern[str] | None
    anchors: dict[str, tuple[str, ...]]  # a lower-case word -> the phrases found through it
    inflected: tuple[tuple[re.Pattern[str], Instrument], ...]  # phrases with "*"


def find_instruments(text: str) -> list[Found]:
    """Treaties, protocols, declarations and standards named from the catalogue."""
    catalogue = instrument_catalogue()
    found: list[Found] = []
    lower = text.lower()
    same_length = len(lower) == len(text)  # lower-casing kept every offset ("İ" does not)
    for anchor in catalogue.anchors:
        if anchor not in lower:
            continue
        pattern = anchor_pattern(anchor, ignore_case=not same_length)
        for match in pattern.finditer(lower if same_length else text):
            instrument = named(catalogue, " ".join(lower[match.start() : match.end()].split()))
            if instrument:
                found.append(instrument_found(instrument, match.start(), match.end(), text))
    if catalogue.shorts is not None:
        for match in catalogue.shorts.finditer(text):
            if match.start() and not short_may_start(text[match.start() - 1]):
                continue
            instrument = catalogue.by_short[match.group()]
            found.append(instrument_found(instrument, match.start(), match.end(), text))
    return found


def named(catalogue: InstrumentCatalogue, phrase: str) -> Instrument | None:
    instrument = catalogue.by_phrase.get(phrase)
    if instrument is None and catalogue.inflected:
        for pattern, candidate in catalogue.inflected:
            if pattern.fullmatch(phrase):
                return candidate
    return instrument


def short_may_start(before: str) -> bool:
    """ "CCW" alone, not inside a symbol such as CCW/CONF.I/16 or a longer word."""
    return not (before.isalnum() or before in "_/.-")


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
    translations = load_data_file("instrument_names.yaml")["names"]
    by_phrase: dict[str, Instrument] = {}
    by_short: dict[str, Instrument] = {}
    by_treaty: dict[str, Instrument] = {}
    for entry in data["instruments"]:
        instrument = Instrument(id=entry["id"], name=entry["name"])
        for place in entry.get("treaty_series", []):
            by_treaty[" ".join(place.split()).lower()] = instrument
        names = [entry["name"], *entry.get("phrases", [])]
        for languages in translations.get(entry["id"], {}).values():
            names.extend(variant for name in languages for variant in with_proclitics(name))
        for phrase in names:
            by_phrase.setdefault(" ".join(phrase.split()).lower(), instrument)
        for short in entry.get("short", []):
            by_short[short] = instrument
    shorts = None
    if by_short:
        shorts = re.compile(
            "(?:"
            + "|".join(re.escape(short) for short in longest_first(by_short))
            + r")(?![\w/\-])"
        )
    return InstrumentCatalogue(
        by_phrase=by_phrase,
        by_short=by_short,
        by_treaty=by_treaty,
        shorts=shorts,
        anchors=anchor_words(by_phrase, frozenset(data.get("anchor_stopwords", []))),
        inflected=tuple(
            (re.compile(inflected_pattern(phrase)), instrument)
            for phrase, instrument in by_phrase.items()
            if WILDCARD in phrase
        ),
    )


@cache
def anchor_pattern(anchor: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """The names found through one anchor, as one trie, matching lower-case text (or any case,
    for the rare text whose lower case changes its length)."""
    phrases = instrument_catalogue().anchors[anchor]
    pattern = r"\b" + trie_pattern(phrases) + r"(?![\w\-])"
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


def with_proclitics(name: str) -> list[str]:
    """An Arabic name, and the same glued to "و", "ب", ...: "والإعلان العالمي لحقوق الإنسان"."""
    if not name or not "\u0600" <= name[0] <= "\u06ff":
        return [name]
    return [name, *(proclitic + name for proclitic in ARABIC_PROCLITICS)]


def inflected_pattern(phrase: str) -> str:
    return r"\s+".join(
        re.escape(word.rstrip(WILDCARD)) + (r"\w*" if word.endswith(WILDCARD) else "")
        for word in phrase.split()
    )


def anchor_words(phrases: Iterable[str], stopwords: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """A few words such that every phrase contains one, chosen greedily (the word in most
    phrases first, never a word common in any text), each with the phrases it stands for."""
    words_of = {phrase: phrase_words(phrase, stopwords) for phrase in phrases}
    phrases_of: dict[str, set[str]] = {}
    for phrase, words in words_of.items():
        for word in words:
            phrases_of.setdefault(word, set()).add(phrase)
    heap = [(-len(found), -len(word), word) for word, found in phrases_of.items()]
    heapq.heapify(heap)
    uncovered = set(words_of)
    anchors: dict[str, tuple[str, ...]] = {}
    while uncovered and heap:
        count, length, word = heapq.heappop(heap)
        covered = phrases_of[word] & uncovered
        if len(covered) < -count:  # stale: some of its phrases were covered since
            if covered:
                heapq.heappush(heap, (-len(covered), length, word))
            continue
        anchors[word] = tuple(sorted(covered))
        uncovered -= covered
    return anchors


def phrase_words(phrase: str, stopwords: frozenset[str]) -> set[str]:
    """The literal words of a phrase that may anchor it (a "*" ending cut off); a phrase
    written without spaces (Chinese) offers its last two characters."""
    if " " not in phrase and len(phrase) > 2 and not phrase.isascii():
        return {phrase[-2:]}  # "公约", "宣言", "议程": the kind of instrument ends its name
    words = {word.rstrip(WILDCARD).strip(",.’'()") for word in phrase.split()}
    words |= {word[len(p) :] for word in words for p in ARABIC_PROCLITICS if word.startswith(p)}
    anchors = {word for word in words if len(word) >= 4 and word not in stopwords}
    return anchors or {max(words, key=len)}


def trie_pattern(phrases: Iterable[str]) -> str:
    """One pattern for many phrases, shaped as a trie so that matching never tries the same
    prefix twice; a space in a phrase matches any run of whitespace, a "*" any word ending."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_node_pattern(trie)


def trie_node_pattern(node: dict[str, Any]) -> str:
    branches = [
        piece(char) + trie_node_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def piece(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char == WILDCARD:
        return r"\w*"
    return re.escape(char)
