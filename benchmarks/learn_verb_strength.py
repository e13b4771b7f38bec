"""Learn each language's verb-strength scale from the English one and the six-language corpus.

Every resolution of ../shared/corpus/akn/session-75-six and mine-action exists in six
languages with the same paragraph ids; a lead in French, Spanish, Russian, Arabic or Chinese
takes the level of the English leads it translates, by majority. Prints YAML to paste into
mineres/data/verb_strength.yaml after review (python benchmarks/learn_verb_strength.py).
Chinese leads are set in bold, which the parser may not report: they are read from the bold
spans of the markup.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from mineres.diff.verb_strength import lead_key, lead_strength, strength_scale
from mineres.models import Paragraph, ParagraphKind, Resolution
from mineres.parse import parse_resolution

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "akn"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
MIN_CJK_LEAD = 2  # characters: one bold character ("对") is no lead
NO_LEAD = {"إذ", "وإذ"}  # "whereas" alone: the Arabic lead's verb was not read
MIN_VOTES = 1  # every lead seen with a known English counterpart
BOLD = re.compile(r'<span class="bold">\s*([^<]+?)\s*</span>')


def paragraphs(resolution: Resolution) -> dict[str, Paragraph]:
    return {paragraph.id: paragraph for paragraph in resolution.preamble + resolution.operative}


def lead(paragraph: Paragraph, bold: list[str]) -> str:
    """The parsed lead, or the longest bold phrase of the markup that opens the paragraph."""
    if paragraph.lead:
        return " ".join(paragraph.lead.split())
    text = paragraph.text.strip()
    found = max((phrase for phrase in bold if text.startswith(phrase)), key=len, default="")
    return found if len(found) >= MIN_CJK_LEAD else ""


def learn() -> dict[str, dict[ParagraphKind, dict[str, Counter[int]]]]:
    votes: dict[str, dict[ParagraphKind, dict[str, Counter[int]]]] = {
        language: {"preambular": defaultdict(Counter), "operative": defaultdict(Counter)}
        for language in LANGUAGES
    }
    english_files = sorted((CORPUS / "session-75-six").glob("*.en.xml"))
    english_files += sorted((CORPUS / "mine-action").glob("*.en.xml"))
    for english_file in english_files:
        english = paragraphs(parse_resolution(english_file.read_bytes(), with_citations=False))
        for language in LANGUAGES:
            other_file = english_file.with_name(english_file.name.replace(".en.", f".{language}."))
            markup = other_file.read_text(encoding="utf-8")
            bold = sorted({" ".join(phrase.split()) for phrase in BOLD.findall(markup)})
            other = parse_resolution(markup, with_citations=False)
            for paragraph_id, paragraph in paragraphs(other).items():
                source = english.get(paragraph_id)
                if source is None or not source.lead or source.kind != paragraph.kind:
                    continue
                rank = lead_strength(source.lead, source.kind)
                found = lead(paragraph, bold)
                if rank is not None and found and found not in NO_LEAD:
                    votes[language][paragraph.kind][found][rank] += 1
    return votes


def levels(votes: dict[str, Counter[int]], size: int) -> list[list[str]]:
    """Leads by level, strongest first; a lead's surface form is its most frequent one, and a
    lead seen fewer than MIN_VOTES times is left out."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    ranks: dict[str, Counter[int]] = defaultdict(Counter)
    for found, counted in votes.items():
        forms[lead_key(found)][found] += sum(counted.values())
        ranks[lead_key(found)].update(counted)
    result: list[list[str]] = [[] for _ in range(size)]
    for key, counted in sorted(ranks.items()):
        if sum(counted.values()) < MIN_VOTES:
            continue
        rank = max(counted, key=lambda value: (counted[value], value))
        result[size - rank].append(forms[key].most_common(1)[0][0])
    return result


def main() -> None:
    english = strength_scale("en")
    sizes = {
        "preambular": max(english.preambular.values()),
        "operative": max(english.operative.values()),
    }
    for language, kinds in learn().items():
        sys.stdout.write(f"{language}:\n")
        for kind, votes in kinds.items():
            sys.stdout.write(f"  {kind}:\n")
            for level in levels(votes, sizes[kind]):
                sys.stdout.write(f"    - {level!r}\n")


if __name__ == "__main__":
    main()
