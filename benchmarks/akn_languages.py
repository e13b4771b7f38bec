"""The six language versions of each resolution, read from the UN's markup, checked against English.

For every resolution of ../shared/corpus/akn/session-75-six and mine-action, each language's
AKN4UN file is read into the model and compared paragraph by paragraph with the English one.
A paragraph check is right when the translated paragraph at the same place has:

- the same id, kind and section (so counts and numbering agree: OP7 in French is OP7 in English);
- the same sub-paragraph nesting (labels differ by script: "(a)", "а)", "(أ)", "(a)");
- the same footnote placement: the notes the paragraph and each sub-paragraph cite;
- a lead exactly when the English has one, and that lead is what the markup itself sets in
  italics (bold in Chinese) at the paragraph's opening.

A paragraph the English has and the translation lacks (or the reverse) is a wrong check.

Usage: python benchmarks/akn_languages.py [--detail] [CORPUS_DIR]
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mineres.errors import MineresError
from mineres.models import Paragraph, Resolution, Subparagraph
from mineres.parse.akn import parse_akn

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "akn"
FOLDERS = ("session-75-six", "mine-action")
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
FILE_NAME = re.compile(r"^(?P<document>.+)\.(?P<language>ar|en|es|fr|ru|zh)\.xml$")
EMPHASIS = frozenset({"italic", "bold"})
INLINE_NUMBER = re.compile(
    r"^[\u200e\u200f]*\d{1,4}[\s\u200e\u200f]*[.．-]?[\s\u200e\u200f]*"
)  # "1 -"


@dataclass
class LanguageScore:
    checks: int = 0
    right: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.checks if self.checks else 0.0


def series(corpus: Path, folders: Iterable[str] = FOLDERS) -> dict[str, dict[str, Path]]:
    """Each resolution's files by language: {"A_RES_75_1": {"en": path, "fr": path, ...}}."""
    found: dict[str, dict[str, Path]] = {}
    for folder in folders:
        for path in sorted((corpus / folder).glob("*.xml")):
            match = FILE_NAME.match(path.name)
            if match:
                found.setdefault(match["document"], {})[match["language"]] = path
    return {name: files for name, files in found.items() if "en" in files and len(files) > 1}


def squash(text: str) -> str:
    return " ".join(text.split())


def emphasised_openings(markup: str) -> set[str]:
    """Every phrase the markup sets in italics or bold at the opening of a paragraph, squashed;
    in Chinese after a short adverbial ("在这方面<b>欢迎</b>": "在这方面欢迎")."""
    root = ET.fromstring(markup.lstrip("\ufeff"))
    openings: set[str] = set()
    for p in root.iter():
        opening = INLINE_NUMBER.sub("", (p.text or "").strip())
        if len(p) == 0 or len(opening) > 8 or (opening.isascii() and opening):
            continue
        words: list[str] = []
        for child in p:
            css = set((child.get("class") or "").split())
            if not css & EMPHASIS:
                break
            words.append("".join(child.itertext()))
            phrase = squash("".join(words)).rstrip(" ,;:،؛，；：")
            openings.update({phrase, opening + phrase})
            if (child.tail or "").strip():
                break
            words.append(child.tail or "")  # as printed: "<i>Recalling</i> <i>also</i>"
    return openings


def shape(subs: tuple[Subparagraph, ...]) -> list[object]:
    return [[sub.footnotes, shape(sub.subparagraphs)] for sub in subs]


def paragraph_faults(
    english: Paragraph | None, translated: Paragraph | None, openings: Openings
) -> list[str]:
    """What differs between the English paragraph and the translated one at the same place."""
    if english is None or translated is None:
        missing = "translation" if translated is None else "English"
        present = english or translated
        assert present is not None
        return [f"{present.id} missing in the {missing}"]
    faults = []
    if (english.id, english.kind, english.section) != (
        translated.id,
        translated.kind,
        translated.section,
    ):
        faults.append(f"id {translated.id} for {english.id}")
    if shape(english.subparagraphs) != shape(translated.subparagraphs):
        faults.append(f"{english.id} sub-paragraphs or their footnotes differ")
    if english.footnotes != translated.footnotes:
        faults.append(f"{english.id} footnotes {translated.footnotes} for {english.footnotes}")
    faults.extend(lead_faults(english, translated, openings))
    return faults


def lead_faults(english: Paragraph, translated: Paragraph, openings: Openings) -> list[str]:
    """A lead where the English markup sets one, and always the markup's own emphasis; English
    paragraphs the markup leaves plain may take theirs from the lead-phrase list."""
    english_marked = english.lead in openings.english
    if english_marked and not translated.lead:
        return [f"{english.id} no lead beside English {english.lead!r}"]
    if translated.lead and not openings.own_language and translated.lead not in openings.own:
        return [f"{english.id} lead {translated.lead!r} is not the markup's emphasis"]
    return []


@dataclass(frozen=True)
class Openings:
    """The emphasised openings of the English markup and of the translation's own."""

    english: set[str]
    own: set[str]
    own_language: bool = False  # the English file itself: its plain paragraphs may have leads


def pairs(
    english: tuple[Paragraph, ...], translated: tuple[Paragraph, ...]
) -> Iterator[tuple[Paragraph | None, Paragraph | None]]:
    for index in range(max(len(english), len(translated))):
        yield (
            english[index] if index < len(english) else None,
            translated[index] if index < len(translated) else None,
        )


def read(path: Path) -> tuple[Resolution, set[str]]:
    markup = path.read_text(encoding="utf-8")
    return parse_akn(markup), emphasised_openings(markup)


def measure(corpus: Path, folders: Iterable[str] = FOLDERS) -> dict[str, LanguageScore]:
    scores = {language: LanguageScore() for language in LANGUAGES}
    for document, files in series(corpus, folders).items():
        try:
            english, english_openings = read(files["en"])
        except MineresError as error:
            scores["en"].errors.append(f"{document}: {error}")
            continue
        for language, path in files.items():
            score = scores[language]
            score.documents += 1
            try:
                translated, openings = read(path)
            except MineresError as error:
                score.errors.append(f"{document}: {error}")
                continue
            for pair in pairs(english.paragraphs, translated.paragraphs):
                seen = Openings(english_openings, openings, language == "en")
                faults = paragraph_faults(*pair, seen)
                score.checks += 1
                score.right += not faults
                score.wrong.extend(f"{document}.{language}: {fault}" for fault in faults)
            if footnote_places(english) != footnote_places(translated):
                score.wrong.append(f"{document}.{language}: footnote list differs")
    return scores


def footnote_places(resolution: Resolution) -> list[tuple[int, int]]:
    return [(note.number, len(note.cited_from)) for note in resolution.footnotes]


def table(scores: dict[str, LanguageScore]) -> Iterable[str]:
    yield f"{'language':<9} {'documents':>9} {'checks':>7} {'right':>7} {'rate':>8}  errors"
    for language, score in scores.items():
        yield (
            f"{language:<9} {score.documents:>9} {score.checks:>7} {score.right:>7} "
            f"{score.rate:>8.2%}  {len(score.errors)}"
        )


def main(argv: list[str]) -> int:
    detail = "--detail" in argv
    paths = [arg for arg in argv if not arg.startswith("--")]
    corpus = Path(paths[0]) if paths else DEFAULT_CORPUS
    print("AKN markup, each language against English (paragraph checks)")
    for title, folders in (("mine-action", ("mine-action",)), ("all", FOLDERS)):
        scores = measure(corpus, folders)
        print(f"\n{title}: {', '.join(folders)}")
        for line in table(scores):
            print(line)
    if detail:
        for language, score in scores.items():
            for line in score.errors + score.wrong:
                print(f"  {language}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
