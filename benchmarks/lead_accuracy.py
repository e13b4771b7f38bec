"""Lead accuracy: how many paragraph leads `find_lead` reads exactly as the markup sets them.

The reference is the UN's AKN markup in ../shared/corpus/akn: the italic words (bold in
Chinese) a paragraph opens with. `find_lead` gets the paragraph's plain text, as a text layout
would give it, and must return exactly those words.

Held out: the grammar is learnt on one part of the corpus and measured on another, as the
product meets resolutions it has never seen: English session 74 -> session 75 and back; each
language's session-75 resolutions split in two halves (odd and even document order), each
half measured with a grammar learnt on the other; the mine-action series with a grammar learnt
on session 75. Then the shipped grammar (learnt from everything) is measured on everything.

Usage: python benchmarks/lead_accuracy.py [--detail LANG] [--write] [CORPUS_DIR]
(--write learns from the whole corpus and writes mineres/data/leads/*.learnt.yaml;
--detail LANG lists the held-out misses of one language.)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from mineres.models import ParagraphKind
from mineres.parse.lead_learning import Example, learn
from mineres.parse.leads import LANGUAGES, LeadGrammar, build_grammar, grammar_for, lead_in
from mineres.store.datafiles import DATA_DIRECTORY, load_data_file

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "akn"
NUMBER = re.compile(r"\s*\d+\s*(?:[.\-–]\s*|\s)")
LEAD_TRIM = " ,;:，、：；،"


@dataclass(frozen=True)
class MarkedParagraph:
    collection: str  # session-74, session-75-six, mine-action, related
    document: str
    language: str
    example: Example


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def plain_text(p: ET.Element) -> str:
    """The paragraph's words without its footnotes, as a text layout shows them."""
    out: list[str] = []

    def walk(element: ET.Element) -> None:
        if local(element.tag) == "authorialNote":
            return
        out.append(element.text or "")
        for child in element:
            walk(child)
            out.append(child.tail or "")

    walk(p)
    return squash("".join(out))


def marked_lead(p: ET.Element) -> str:
    """The italic (or bold) words the paragraph opens with, after its number if any."""
    opening = (p.text or "").strip()
    if opening and not NUMBER.fullmatch(opening + " "):
        return ""
    words: list[str] = []
    for child in p:
        style = child.get("class") or ""
        if local(child.tag) != "span" or not ("italic" in style or "bold" in style):
            break
        words.append("".join(child.itertext()))
        if (child.tail or "").strip():
            break
    return squash(" ".join(words)).rstrip(LEAD_TRIM)


def paragraphs_of(element: ET.Element) -> Iterator[ET.Element]:
    """The body's paragraphs: not footnotes, tables or the enacting formula."""
    for child in element:
        if local(child.tag) in ("authorialNote", "formula", "table"):
            continue
        if local(child.tag) == "p":
            yield child
        else:
            yield from paragraphs_of(child)


def marked_paragraphs(path: Path) -> Iterator[tuple[str, Example]]:
    language = path.name.split(".")[-2]
    root = ET.parse(path).getroot()
    for part in root.iter():
        kind: ParagraphKind = "preambular" if local(part.tag) == "preamble" else "operative"
        if local(part.tag) not in ("preamble", "mainBody"):
            continue
        for p in paragraphs_of(part):
            lead = marked_lead(p)
            text = (
                NUMBER.sub("", plain_text(p), count=1)
                if NUMBER.match(plain_text(p))
                else plain_text(p)
            )
            if lead and text.startswith(lead) and len(text) > len(lead) + 1:  # not a heading
                yield language, Example(lead, text, kind)


def corpus(folder: Path) -> list[MarkedParagraph]:
    found: list[MarkedParagraph] = []
    for collection in ("session-74", "session-75-six", "mine-action", "related"):
        for path in sorted((folder / collection).glob("*.xml")):
            document = path.name.rsplit(".", 2)[0]
            for language, example in marked_paragraphs(path):
                found.append(MarkedParagraph(collection, document, language, example))
    return found


def seed(language: str) -> Any:
    return load_data_file(f"leads/{language}.yaml")


def grammar_learnt_on(language: str, paragraphs: Iterable[MarkedParagraph]) -> LeadGrammar:
    learnt = learn((p.example for p in paragraphs), language, seed(language))
    return build_grammar(language, seed(language), learnt)


def misses(
    grammar: LeadGrammar, paragraphs: Sequence[MarkedParagraph]
) -> list[tuple[str, str, str]]:
    found = []
    for p in paragraphs:
        got = lead_in(grammar, p.example.text)
        if got != p.example.lead:
            found.append((p.example.lead, got, p.example.text[:80]))
    return found


def rate(grammar: LeadGrammar, paragraphs: Sequence[MarkedParagraph]) -> str:
    wrong = misses(grammar, paragraphs)
    right = len(paragraphs) - len(wrong)
    longer = sum(len(got) > len(lead) for lead, got, _ in wrong)
    share = right / len(paragraphs) if paragraphs else 1.0
    return f"{right:5d}/{len(paragraphs):<5d} {share:7.2%}  ({longer} too long)"


def held_out(everything: list[MarkedParagraph], language: str) -> list[tuple[str, str]]:
    """(what was learnt -> what was measured, figure) for one language."""
    mine = [p for p in everything if p.language == language]
    s74 = [p for p in mine if p.collection == "session-74"]
    s75 = [p for p in mine if p.collection == "session-75-six"]
    mine_action = [p for p in mine if p.collection == "mine-action"]
    rows: list[tuple[str, str]] = []
    if s74:
        rows.append(("session 74 -> session 75", rate(grammar_learnt_on(language, s74), s75)))
        rows.append(("session 75 -> session 74", rate(grammar_learnt_on(language, s75), s74)))
    documents = sorted({p.document for p in s75})
    halves = [set(documents[0::2]), set(documents[1::2])]
    for i, half in enumerate(halves):
        train = [p for p in s75 if p.document not in half]
        test = [p for p in s75 if p.document in half]
        rows.append(
            (f"75 half {2 - i} -> 75 half {i + 1}", rate(grammar_learnt_on(language, train), test))
        )
    rows.append(("session 75 -> mine action", rate(grammar_learnt_on(language, s75), mine_action)))
    return rows


def write_learnt(everything: list[MarkedParagraph]) -> None:
    for language in LANGUAGES:
        mine = [p for p in everything if p.language == language]
        learnt = learn((p.example for p in mine), language, seed(language))
        path = DATA_DIRECTORY / "leads" / f"{language}.learnt.yaml"
        header = (
            f"# Learnt from {len(mine)} paragraph leads in the UN's markup (../shared/corpus/akn)\n"
            "# by `python benchmarks/lead_accuracy.py --write`: do not edit by hand.\n"
        )
        body = yaml.safe_dump(learnt, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(header + body, encoding="utf-8")
        print(f"wrote {path} ({sum(len(v) for v in learnt.values())} phrases)")


def main(argv: list[str]) -> None:
    detail = argv[argv.index("--detail") + 1] if "--detail" in argv else None
    folders = [a for a in argv if not a.startswith("--") and a not in LANGUAGES]
    folder = Path(folders[0]) if folders else DEFAULT_CORPUS
    everything = corpus(folder)
    if "--write" in argv:
        write_learnt(everything)
        return
    print("Lead accuracy: paragraph leads read exactly as the markup sets them\n")
    print("held out (learnt on one part, measured on another):")
    for language in LANGUAGES:
        for label, figure in held_out(everything, language):
            print(f"  {language}  {label:28s} {figure}")
    print("\nshipped grammar (learnt from the whole corpus), measured on:")
    for language in LANGUAGES:
        for collection in ("session-74", "session-75-six", "mine-action", "related"):
            chosen = [
                p for p in everything if p.language == language and p.collection == collection
            ]
            if chosen:
                print(f"  {language}  {collection:28s} {rate(grammar_for(language), chosen)}")
    if detail:
        s75 = [p for p in everything if p.language == detail and p.collection == "session-75-six"]
        others = [p for p in everything if p.language == detail and p not in s75]
        train = others if detail == "en" else s75[: len(s75) // 2]
        test = s75 if detail == "en" else s75[len(s75) // 2 :]
        for lead, got, text in misses(grammar_learnt_on(detail, train), test):
            print(f"  want {lead!r:40} got {got!r:40} {text}")


if __name__ == "__main__":
    main(sys.argv[1:])
