"""Round-trip accuracy of the text parser over the AKN corpus.

Each resolution's AKN4UN markup is read into the model (the reference), rendered to text in
the ODS export layout and in the plain web layout, and parsed back from that text. A document
is exactly right when the parsed text agrees with the markup on:

- paragraph ids, in order (so counts, kinds, numbering and section prefixes);
- lead phrases: the phrase the markup italicises; where the UN's markup italicises the same words
  both ways in the corpus ("Reaffirming" + "its commitment" in one resolution, "Reaffirming its
  commitment" in another), either form is right, as the hand-read gold file allows alternatives;
- sub-paragraph structure (labels, nested);
- footnote placement (the markers each paragraph and sub-paragraph carries) and the footnote list.

Paragraph text is compared too and reported, but is not part of "exactly right".

Usage: python benchmarks/roundtrip_accuracy.py [--detail] [--all-languages] [CORPUS_DIR]
(--detail lists every differing paragraph with the expected and the parsed value.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mineres.models import Paragraph, Resolution, Subparagraph
from mineres.parse.akn import parse_akn
from mineres.render.layouts import to_ods_text, to_plain_text

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "akn"
LAYOUTS: dict[str, Callable[[Resolution], str]] = {"ods": to_ods_text, "plain": to_plain_text}
JUDGED_FIELDS = ("ids", "leads", "subparagraphs", "footnote placement", "footnotes")

# Documents set aside from the score: none. Every document of the corpus is scored, the
# irregular ones (74/262, 263, 266) included; the name stays for the report and the tests.
SET_ASIDE: dict[str, str] = {}


@dataclass
class Outcome:
    document: str
    layout: str
    mismatches: list[str] = field(default_factory=list)
    text_mismatches: int = 0
    error: str | None = None
    details: list[str] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return self.error is None and not self.mismatches


def sub_shape(subs: tuple[Subparagraph, ...]) -> list[object]:
    return [(sub.label, sub_shape(sub.subparagraphs)) for sub in subs]


def placement(paragraph: Paragraph) -> list[tuple[int, ...]]:
    """The footnote markers of a paragraph and of each of its sub-paragraphs, in order."""
    found = [paragraph.footnotes]
    stack = list(reversed(paragraph.subparagraphs))
    while stack:
        sub = stack.pop()
        found.append(sub.footnotes)
        stack.extend(reversed(sub.subparagraphs))
    return found


def first_difference(
    name: str, expected: Sequence[object], got: Sequence[object], ids: Sequence[str]
) -> str | None:
    if expected == got:
        return None
    if len(expected) != len(got):
        return f"{name}: {len(expected)} expected, {len(got)} got"
    at = next(i for i, (e, g) in enumerate(zip(expected, got, strict=True)) if e != g)
    wrong = sum(1 for e, g in zip(expected, got, strict=True) if e != g)
    return f"{name}: {wrong} differ, first at {ids[at]}: expected {expected[at]!r}, got {got[at]!r}"


LeadVariants = frozenset[tuple[str, str]]


def lead_variants(references: Iterable[Resolution]) -> LeadVariants:
    """(shorter, longer) leads the markup italicises both ways for paragraphs opening the same way.

    "Reaffirming its commitment" is italicised whole in some resolutions, while in others only
    "Reaffirming" is, before the same words: the markup itself does not decide between them.
    """
    paragraphs = [p for resolution in references for p in resolution.paragraphs if p.lead]
    by_first_word: dict[str, set[str]] = {}
    for paragraph in paragraphs:
        by_first_word.setdefault(paragraph.lead.split()[0], set()).add(paragraph.lead)
    pairs: set[tuple[str, str]] = set()
    for paragraph in paragraphs:
        for longer in by_first_word[paragraph.lead.split()[0]]:
            if longer.startswith(paragraph.lead + " ") and opens_with(paragraph.text, longer):
                pairs.add((paragraph.lead, longer))
    return frozenset(pairs)


def opens_with(text: str, phrase: str) -> bool:
    return text.startswith(phrase) and not text[len(phrase) : len(phrase) + 1].isalnum()


def same_lead(expected: str, got: str, variants: LeadVariants) -> bool:
    """Equal, or differing only by words the markup italicises both ways after the same verb:
    "Also reiterates" / "Also reiterates its request" as "Reiterates" / "Reiterates its request"."""
    shorter, longer = sorted((expected, got), key=len)
    if expected == got or (shorter, longer) in variants:
        return True
    tail = longer[len(shorter) :]
    verb = shorter.split()[-1].casefold() if longer.startswith(shorter) and shorter else ""
    return any(a.casefold().endswith(verb) and b == a + tail for a, b in variants if verb and tail)


def compare(
    expected: Resolution, got: Resolution, variants: LeadVariants = frozenset()
) -> tuple[list[str], int]:
    """Mismatches on the judged fields, and the number of paragraphs whose text differs."""
    want, have = list(expected.paragraphs), list(got.paragraphs)
    ids = [p.id for p in want]
    problems = [first_difference("ids", ids, [p.id for p in have], ids)]
    if len(want) == len(have):
        judged = [(i, p) for i, p in enumerate(want) if p.lead]
        problems.append(
            first_difference(
                "leads",
                [p.lead for _, p in judged],
                [
                    p.lead if same_lead(p.lead, have[i].lead, variants) else have[i].lead
                    for i, p in judged
                ],
                [p.id for _, p in judged],
            )
        )
        problems.append(
            first_difference(
                "subparagraphs",
                [sub_shape(p.subparagraphs) for p in want],
                [sub_shape(p.subparagraphs) for p in have],
                ids,
            )
        )
        problems.append(
            first_difference(
                "footnote placement",
                [placement(p) for p in want],
                [placement(p) for p in have],
                ids,
            )
        )
    notes = [f.number for f in expected.footnotes]
    problems.append(
        first_difference(
            "footnotes", notes, [f.number for f in got.footnotes], [str(n) for n in notes]
        )
    )
    texts = sum(1 for w, h in zip(want, have, strict=False) if w.full_text != h.full_text)
    return [p for p in problems if p], texts


def details(
    expected: Resolution, got: Resolution, variants: LeadVariants = frozenset()
) -> list[str]:
    """Every paragraph where the parsed text disagrees with the markup, field by field."""
    found: list[str] = []
    have = {p.id: p for p in got.paragraphs}
    for want in expected.paragraphs:
        other = have.get(want.id)
        if other is None:
            found.append(f"{want.id}: missing (markup: {want.text[:60]!r})")
            continue
        if want.lead and not same_lead(want.lead, other.lead, variants):
            found.append(f"{want.id}: lead expected {want.lead!r}, got {other.lead!r}")
        if sub_shape(want.subparagraphs) != sub_shape(other.subparagraphs):
            found.append(
                f"{want.id}: subparagraphs expected {sub_shape(want.subparagraphs)}, "
                f"got {sub_shape(other.subparagraphs)}"
            )
        if placement(want) != placement(other):
            found.append(f"{want.id}: footnotes expected {placement(want)}, got {placement(other)}")
    extra = [p.id for p in got.paragraphs if p.id not in {w.id for w in expected.paragraphs}]
    if extra:
        found.append(f"not in the markup: {', '.join(extra)}")
    return found


def round_trip(
    path: Path, layout: str, reference: Resolution, variants: LeadVariants = frozenset()
) -> Outcome:
    from mineres.parse import parse_resolution

    outcome = Outcome(document_name(path), layout)
    try:
        parsed = parse_resolution(LAYOUTS[layout](reference), source=path.name)
    except Exception as error:  # a crash is a failure to report, not to hide
        outcome.error = f"{type(error).__name__}: {error}"
        return outcome
    outcome.mismatches, outcome.text_mismatches = compare(reference, parsed, variants)
    if outcome.mismatches:
        outcome.details = details(reference, parsed, variants)
    return outcome


def document_name(path: Path) -> str:
    name = path.name.removesuffix(".xml")
    return name.removesuffix(".en")


def corpus_files(corpus: Path, *, all_languages: bool = False) -> list[Path]:
    files = sorted(corpus.glob("*/*.xml"))
    if all_languages:
        return files
    return [f for f in files if f.name.count(".") == 1 or f.name.endswith(".en.xml")]


def measure(files: Iterable[Path], layout: str) -> list[Outcome]:
    references = {path: parse_akn(path.read_text(encoding="utf-8")) for path in files}
    variants = lead_variants(references.values())
    return [round_trip(path, layout, ref, variants) for path, ref in references.items()]


def language_of(document: str) -> str:
    suffix = document.rpartition(".")[2]
    return suffix if len(suffix) == 2 else "en"


def report(outcomes: list[Outcome], layout: str, *, detail: bool = False) -> str:
    judged = [o for o in outcomes if o.document.split(".")[0] not in SET_ASIDE]
    exact = sum(o.exact for o in judged)
    lines = [
        f"layout {layout}: {exact}/{len(judged)} documents exactly right "
        f"({100 * exact / max(len(judged), 1):.1f}%), {len(outcomes) - len(judged)} set aside; "
        f"documents with some paragraph text differing: {sum(o.text_mismatches > 0 for o in judged)}"
    ]
    for outcome in judged:
        if not outcome.exact:
            summary = outcome.error or "; ".join(outcome.mismatches)
            lines.append(f"  {outcome.document}: {summary}")
            if detail:
                lines.extend(f"      {line}" for line in outcome.details)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    all_languages = "--all-languages" in argv
    detail = "--detail" in argv
    paths = [a for a in argv if not a.startswith("--")]
    corpus = Path(paths[0]) if paths else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(f"no AKN corpus at {corpus}", file=sys.stderr)
        return 2
    files = corpus_files(corpus, all_languages=all_languages)
    for layout in LAYOUTS:
        print(report(measure(files, layout), layout, detail=detail))
    print("set aside:")
    for document, reason in SET_ASIDE.items():
        print(f"  {document}: {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
