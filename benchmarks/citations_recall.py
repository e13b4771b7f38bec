"""Citation recall over the AKN corpus: .venv/bin/python benchmarks/citations_recall.py [-v]

Three figures: undocs.org-linked symbols found (below), printed resolution numbers in
enumerations found (an independent simple rule counts them), and the same symbols found in the
six language versions of each resolution.

The UN's AKN4UN markup links each cited document to undocs.org (English, and the mine action
resolutions in the five other official languages). Those links are the ground
truth: every resolution is read into the model (whose texts carry no links), citations are
found by mineres alone, and each linked symbol is looked up among them. A link whose words
are not in the model's text (an annex, a table) cannot be found and is counted apart.

Symbols are compared as undocs.org writes them, spaces included ("S/RES/1373 (2001)",
"A/74/6 (Sect. 10)"), in any case (undocs.org reads "(s-iv)" as "(S-IV)"). A link written
without the usual space ("S/RES/2117(2013)") is then a miss, reported apart as "spacing".
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDERS = ("mine-action", "related", "session-74")
LANGUAGE_PREFIX = re.compile(r"^(?:en|fr|es|sp|ru|ar|ch|zh)/", re.IGNORECASE)
LETTER_SUFFIX = re.compile(r"(/RES/(?:E?S-)?\d+/\d+) ?[A-Z]{1,2}(?:-[A-Z]{1,2})?$")
SUPPLEMENT_SUFFIX = re.compile(r" ?\(SUPP\)$")
JOINT = re.compile(r"-(?=[A-Z][A-Z.]*/)")

sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Link:
    document: str
    symbol: str  # normalised: upper case, single spaces
    text: str  # the words the link is set on


@dataclass
class Recall:
    links: int = 0
    found: int = 0
    outside: int = 0  # links on words the model does not hold (annexes, tables)
    missed: list[tuple[Link, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Symbols found exactly as the link writes them."""
        counted = self.links - self.outside
        return self.found / counted if counted else 1.0

    @property
    def spacing(self) -> int:
        """Links found but spaced otherwise than mineres writes them ("S/RES/2370(2017)")."""
        return sum(1 for _, reason in self.missed if reason.startswith("spacing"))

    @property
    def recall_spacing_aside(self) -> float:
        counted = self.links - self.outside
        return (self.found + self.spacing) / counted if counted else 1.0


def corpus_paths(shared: Path = SHARED) -> list[Path]:
    paths: list[Path] = []
    for folder in FOLDERS:
        paths.extend(sorted((shared / "corpus" / "akn" / folder).glob("*.xml")))
    return paths


def normalise_symbol(symbol: str) -> str:
    """The form both sides are compared in: upper case, runs of spaces as one, and no
    "(supp)" that undocs.org links add to a report printed without it."""
    key = " ".join(unquote(symbol).split()).upper()
    return SUPPLEMENT_SUFFIX.sub("", key)


def loose_symbol(key: str) -> str:
    """Lettered resolutions are linked with or without their letter: compare without it."""
    return LETTER_SUFFIX.sub(r"\1", key)


def href_symbol(href: str) -> str | None:
    if "undocs.org" not in href:
        return None
    path = href.split("undocs.org", 1)[1].lstrip("/")
    symbol = normalise_symbol(LANGUAGE_PREFIX.sub("", path))
    return JOINT.split(symbol, maxsplit=1)[0]  # a joint symbol is linked by its first half


def linked_symbols(xml: str, document: str) -> list[Link]:
    """Every undocs.org link of the document, with the words it is set on."""
    links: list[Link] = []
    for element in ET.fromstring(xml).iter():
        if not isinstance(element.tag, str) or not element.tag.endswith("}a"):
            continue
        symbol = href_symbol(element.get("href", ""))
        if symbol:
            links.append(Link(document, symbol, " ".join("".join(element.itertext()).split())))
    return links


def model_text(resolution: object) -> str:
    from mineres.citations import citation_units, header_symbols

    units = citation_units(resolution)  # type: ignore[arg-type]
    pieces = [unit.text for unit in units] + header_symbols(resolution)  # type: ignore[arg-type]
    return " ".join(" ".join(pieces).split())


def measure(paths: list[Path]) -> Recall:
    from mineres.parse import parse_resolution

    result = Recall()
    for path in paths:
        xml = path.read_text(encoding="utf-8")
        resolution = parse_resolution(xml, source=path.name)
        found = {normalise_symbol(c.symbol) for c in resolution.citations if c.symbol}
        loose = {loose_symbol(symbol) for symbol in found}
        text = model_text(resolution)
        for link in linked_symbols(xml, path.name):
            result.links += 1
            if link.symbol in found or loose_symbol(link.symbol) in loose:
                result.found += 1
            elif spaceless(link.symbol) in {spaceless(symbol) for symbol in found}:
                result.missed.append((link, f"spacing: ours {spaced_as(link.symbol, found)}"))
            elif not link.text or link.text not in text:
                result.outside += 1
            else:
                result.missed.append((link, why_missed(link, text)))
    return result


def spaceless(symbol: str) -> str:
    return "".join(symbol.split())


def spaced_as(symbol: str, found: set[str]) -> str:
    """The symbol mineres wrote where the link spaces the same characters otherwise."""
    return next(ours for ours in found if spaceless(ours) == spaceless(symbol))


def why_missed(link: Link, text: str) -> str:
    """A short guess at the reason, to group the misses."""
    at = text.find(link.text)
    context = text[max(0, at - 50) : at + len(link.text) + 30]
    if not re.search(r"\d", link.text):
        return f"link on words, not a number: {context!r}"
    return f"in text: {context!r}"


def main() -> None:
    paths = corpus_paths()
    if not paths:
        print(f"skipped: {SHARED / 'corpus' / 'akn'} not found (the corpus lives in ../shared)")
        return
    result = measure(paths)
    by_language = {
        language: measure([p for p in paths if p.name.endswith(f".{language}.xml")])
        for language in ("fr", "es", "ru", "ar", "zh")
    }
    counted = result.links - result.outside
    print(f"documents            {len(paths)}")
    print(f"linked symbols       {result.links}")
    print(f"outside the text     {result.outside}  (annexes, tables: not in the model)")
    print(f"found                {result.found} of {counted}")
    print(f"recall, exact        {result.recall:.2%}")
    print(
        f"spaced otherwise     {result.spacing}  (links spacing the symbol otherwise, e.g. 'S/RES/1373 (2001)')"
    )
    print(f"recall, any spacing  {result.recall_spacing_aside:.2%}  (target >= 99.8%)")
    for language, part in by_language.items():
        print(f"  of which {language}          {part.found} of {part.links - part.outside}")
    reasons = Counter(reason.split(":", 1)[0] for _, reason in result.missed)
    for reason, count in reasons.most_common():
        print(f"  missed: {reason:40} {count}")
    limit = None if "-v" in sys.argv else 40
    real_first = sorted(result.missed, key=lambda miss: miss[1].startswith("spacing"))
    for link, reason in real_first[:limit]:
        print(f"  {link.document:22} {link.symbol:28} {reason}")
    print_enumerations(measure_enumerations(english_paths()), limit)
    print_languages(measure_languages(versions_by_resolution()), limit)


# --- printed resolution numbers in enumerations --------------------------------------------------

# The independent rule: after "resolution(s)", up to the end of the clause (a semicolon, a full
# stop before a capital, or the word "decision"), every "NN/NNN" that is not part of a symbol.
KEYWORD_SIMPLE = re.compile(r"\b[Rr]esolutions?\b")
CLAUSE_END = re.compile(r";|\.\s+[A-Z]|\b[Dd]ecisions?\b")
PRINTED_NUMBER = re.compile(r"(?<![\w/.\-])\d{1,4}/\d{1,4}(?![\w/])")


@dataclass
class Enumerations:
    numbers: int = 0
    found: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # document, number, context

    @property
    def recall(self) -> float:
        return self.found / self.numbers if self.numbers else 1.0


def printed_numbers(text: str) -> list[tuple[int, int]]:
    """Every "NN/NNN" after "resolution(s)" in its clause, by the simple rule above."""
    spans: dict[tuple[int, int], None] = {}
    for keyword in KEYWORD_SIMPLE.finditer(text):
        stop = CLAUSE_END.search(text, keyword.end())
        end = stop.start() if stop else len(text)
        for number in PRINTED_NUMBER.finditer(text, keyword.end(), end):
            spans[number.span()] = None
    return list(spans)


def measure_enumerations(paths: list[Path]) -> Enumerations:
    """How many of the printed numbers mineres finds as a resolution or decision at that place."""
    from mineres.citations import citation_units
    from mineres.parse import parse_resolution

    result = Enumerations()
    for path in paths:
        resolution = parse_resolution(path.read_bytes(), source=path.name)
        cited: dict[str, list[tuple[int, int]]] = {}
        for citation in resolution.citations:
            if citation.kind in {"resolution", "decision"}:
                for location in citation.locations:
                    cited.setdefault(location.where, []).append((location.start, location.end))
        for unit in citation_units(resolution):
            for start, end in printed_numbers(unit.text):
                result.numbers += 1
                spans = cited.get(unit.where, [])
                if any(first <= start and end <= last for first, last in spans):
                    result.found += 1
                else:
                    context = unit.text[max(0, start - 70) : end + 30]
                    result.missed.append((path.name, unit.text[start:end], context))
    return result


def english_paths(shared: Path = SHARED) -> list[Path]:
    folders = (*FOLDERS, "session-75-six")
    paths: list[Path] = []
    for folder in folders:
        for path in sorted((shared / "corpus" / "akn" / folder).glob("*.xml")):
            if path.name.endswith(".en.xml") or path.name.count(".") == 1:
                paths.append(path)
    return paths


# --- the same symbols in the six language versions -----------------------------------------------

LANGUAGE_FOLDERS = ("session-75-six", "mine-action")
OTHER_LANGUAGES = ("fr", "es", "ru", "ar", "zh")


@dataclass
class LanguageAgreement:
    """How far one language's citations agree with the English version's, symbol by symbol."""

    versions: int = 0
    same_symbols: int = 0  # versions whose set of symbols is the English set
    same_paragraphs: int = 0  # ... and each symbol supports the same paragraphs
    english: int = 0  # symbols of the English versions
    shared: int = 0  # of which this language finds too
    extra: int = 0  # symbols this language finds that English does not
    differences: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.shared / self.english if self.english else 1.0


def versions_by_resolution(shared: Path = SHARED) -> dict[str, dict[str, Path]]:
    """ "A_RES_75_33" -> {"en": path, "fr": path, ...}, for the resolutions in six languages."""
    groups: dict[str, dict[str, Path]] = {}
    for folder in LANGUAGE_FOLDERS:
        for path in sorted((shared / "corpus" / "akn" / folder).glob("*.*.xml")):
            stem, language, _ = path.name.rsplit(".", 2)
            groups.setdefault(stem, {})[language] = path
    return {stem: group for stem, group in groups.items() if "en" in group}


def cited_symbols(path: Path) -> dict[str, tuple[str, ...]]:
    """The symbols cited in the text (not the drafts in the header), with their paragraphs."""
    from mineres.parse import parse_resolution

    resolution = parse_resolution(path.read_bytes(), source=path.name)
    return {
        citation.symbol.upper(): citation.paragraphs
        for citation in resolution.citations
        if citation.symbol and any(place.where != "header" for place in citation.locations)
    }


def measure_languages(groups: dict[str, dict[str, Path]]) -> dict[str, LanguageAgreement]:
    result = {language: LanguageAgreement() for language in OTHER_LANGUAGES}
    for stem, versions in groups.items():
        english = cited_symbols(versions["en"])
        for language, agreement in result.items():
            if language not in versions:
                continue
            other = cited_symbols(versions[language])
            agreement.versions += 1
            agreement.english += len(english)
            agreement.shared += len(english.keys() & other.keys())
            agreement.extra += len(other.keys() - english.keys())
            if english.keys() == other.keys():
                agreement.same_symbols += 1
                agreement.same_paragraphs += english == other
            else:
                missing = sorted(english.keys() - other.keys())
                extra = sorted(other.keys() - english.keys())
                agreement.differences.append(f"{stem} {language} missing {missing} extra {extra}")
    return result


def print_languages(result: dict[str, LanguageAgreement], limit: int | None) -> None:
    print("\nthe same symbols in six languages (English versions as the reference)")
    print("language  versions  same symbols  same paragraphs  symbols found  extra")
    for language, part in result.items():
        print(
            f"{language:9} {part.versions:8}  {part.same_symbols:12}  {part.same_paragraphs:15}"
            f"  {part.shared:5} of {part.english:<5} ({part.recall:.1%})  {part.extra:5}"
        )
    differences = [line for part in result.values() for line in part.differences]
    for line in differences[:limit]:
        print(f"  {line}")


def print_enumerations(result: Enumerations, limit: int | None) -> None:
    print("\nprinted resolution numbers after 'resolution(s)' (independent rule: every NN/NNN")
    print("in the clause after the word, outside symbols)")
    print(f"numbers              {result.numbers}")
    print(f"found by mineres     {result.found}  ({result.recall:.2%}, target >= 99.5%)")
    for document, number, context in result.missed[:limit]:
        print(f"  missed {document:22} {number:10} {context!r}")


if __name__ == "__main__":
    main()
