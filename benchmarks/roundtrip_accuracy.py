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

With --languages, the six-language table instead: for every resolution of the corpus that
exists in the six official languages (session-75-six, mine-action), each language's markup is
read, rendered to both text layouts and parsed back, and every paragraph is checked: present
with its id, lead, sub-paragraphs, footnote placement. The "markup" row checks each language's
markup against the English markup (ids, sub-paragraphs, footnote placement), so ids equal
across the six versions show there. Header metadata read from the text (agenda item,
committee, report, meeting, adoption and issue dates) is checked against the markup's.

Usage: python benchmarks/roundtrip_accuracy.py [--detail] [--all-languages] [--languages]
[CORPUS_DIR] (--detail lists every differing paragraph with the expected and the parsed value.)
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
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
    texts = sum(1 for w, h in zip(want, have, strict=False) if not same_text(w, h))
    return [p for p in problems if p], texts


def same_text(want: Paragraph, have: Paragraph) -> bool:
    """The same words, character for character once both are in Unicode's composed form:
    the markup may spell "Niño" as "n" + a combining tilde, which reading text composes."""
    return unicodedata.normalize("NFC", want.full_text) == unicodedata.normalize(
        "NFC", have.full_text
    )


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


# ---------------------------------------------------------------- six languages, per paragraph

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
FORMS = ("markup", "ods", "plain")
CHECKS = ("ids", "leads", "subparagraphs", "footnotes")
STRUCTURE = ("ids", "subparagraphs", "footnotes")  # what the text parser owns; leads apart
METADATA_FIELDS = ("agenda_item", "committee", "report", "meeting", "adopted", "distributed")


@dataclass
class Tally:
    """Right and judged counts of each paragraph check, for one language and input form."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHECKS, 0))
    judged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHECKS, 0))
    metadata_right: int = 0
    metadata_judged: int = 0
    documents: int = 0
    same_ids_as_english: int = 0
    footnote_lists_right: int = 0  # the footnote block split off whole, every note numbered
    failures: list[str] = field(default_factory=list)

    def add(self, check: str, ok: bool) -> None:
        self.judged[check] += 1
        self.right[check] += ok

    def rate(self, checks: Iterable[str]) -> float:
        judged = sum(self.judged[c] for c in checks)
        return sum(self.right[c] for c in checks) / judged if judged else 1.0


def six_language_sets(corpus: Path) -> list[dict[str, Path]]:
    """{language: file} for every resolution the corpus holds in all six languages."""
    sets: list[dict[str, Path]] = []
    for english in sorted(corpus.glob("*/*.en.xml")):
        stem = english.name.removesuffix(".en.xml")
        files = {lang: english.with_name(f"{stem}.{lang}.xml") for lang in LANGUAGES}
        if all(path.exists() for path in files.values()):
            sets.append(files)
    return sets


def check_paragraphs(
    tally: Tally,
    expected: Resolution,
    got: Resolution,
    *,
    leads: bool,
    variants: LeadVariants = frozenset(),
    name: str = "",
) -> None:
    """Each expected paragraph: found with its id (and kind), lead, sub-paragraphs, footnotes."""
    have = {p.id: p for p in got.paragraphs}
    for want in expected.paragraphs:
        other = have.get(want.id)
        found = other is not None and other.kind == want.kind
        tally.add("ids", found)
        if not found or other is None:
            tally.failures.append(f"{name} {want.id}: missing")
            for check in ("subparagraphs", "footnotes") + (
                ("leads",) if want.lead and leads else ()
            ):
                tally.add(check, False)
            continue
        if leads and want.lead:
            tally.add("leads", same_lead(want.lead, other.lead, variants))
        subs_ok = sub_shape(want.subparagraphs) == sub_shape(other.subparagraphs)
        tally.add("subparagraphs", subs_ok)
        notes_ok = placement(want) == placement(other)
        tally.add("footnotes", notes_ok)
        if not subs_ok:
            tally.failures.append(f"{name} {want.id}: sub-paragraphs")
        if not notes_ok:
            tally.failures.append(
                f"{name} {want.id}: footnotes {placement(want)} {placement(other)}"
            )
    extra = len(got.paragraphs) - len(expected.paragraphs)
    if extra > 0:  # paragraphs the markup does not have count as wrong ids
        tally.judged["ids"] += extra
        tally.failures.append(f"{name}: {extra} paragraphs more than the markup")


def check_metadata(
    tally: Tally, expected: Resolution, got: Resolution, name: str, english: Resolution
) -> None:
    """Header fields read from the text agree with the markup of the same language, or with
    the English markup where that language's markup is read less well ("72(b)" for "72 (b)")."""
    for field_name in METADATA_FIELDS:
        want = getattr(expected.metadata, field_name)
        if want in (None, ""):
            continue
        value = getattr(got.metadata, field_name)
        ok = value in (want, getattr(english.metadata, field_name))
        tally.metadata_judged += 1
        tally.metadata_right += ok
        if not ok:
            tally.failures.append(
                f"{name} metadata {field_name}: {want!r} != {getattr(got.metadata, field_name)!r}"
            )


def measure_languages(corpus: Path) -> dict[tuple[str, str], Tally]:
    """The language x input form tallies over every six-language resolution of the corpus."""
    from mineres.parse import parse_resolution

    tallies = {(lang, form): Tally() for lang in LANGUAGES for form in FORMS}
    for files in six_language_sets(corpus):
        references = {
            lang: parse_akn(path.read_text(encoding="utf-8")) for lang, path in files.items()
        }
        english = references["en"]
        english_ids = [p.id for p in english.paragraphs]
        for lang, reference in references.items():
            name = f"{files[lang].name.removesuffix('.xml')}"
            markup = tallies[(lang, "markup")]
            markup.documents += 1
            markup.same_ids_as_english += [p.id for p in reference.paragraphs] == english_ids
            check_paragraphs(markup, english, reference, leads=False, name=name)
            for layout, render in LAYOUTS.items():
                tally = tallies[(lang, layout)]
                tally.documents += 1
                try:
                    parsed = parse_resolution(render(reference), source=name)
                except Exception as error:  # a crash is a failure to report, not to hide
                    tally.failures.append(f"{name}: {type(error).__name__}: {error}")
                    check_paragraphs(
                        tally,
                        reference,
                        replace(reference, preamble=(), operative=()),
                        leads=True,
                        name=name,
                    )
                    continue
                tally.same_ids_as_english += [p.id for p in parsed.paragraphs] == english_ids
                notes = [(f.number, f.text[:20]) for f in parsed.footnotes]
                tally.footnote_lists_right += notes == [
                    (f.number, f.text[:20]) for f in reference.footnotes
                ]
                check_paragraphs(tally, reference, parsed, leads=True, name=name)
                check_metadata(tally, reference, parsed, name, english)
    return tallies


def language_table(tallies: dict[tuple[str, str], Tally]) -> str:
    """The language x input form table of paragraph checks."""
    header = (
        f"{'lang':4} {'form':6} {'docs':>4} {'paras':>6} {'ids':>7} {'subs':>7} {'notes':>7}"
        f" {'STRUCT':>7} {'leads':>7} {'meta':>7} {'ids=en':>7} {'notelist':>8}"
    )
    lines = [header, "-" * len(header)]
    for (lang, form), tally in tallies.items():
        if form == "markup":
            tally.footnote_lists_right = tally.documents  # the reference itself
        meta = (
            f"{100 * tally.metadata_right / tally.metadata_judged:6.1f}%"
            if tally.metadata_judged
            else "      -"
        )
        leads = f"{100 * tally.rate(['leads']):6.1f}%" if tally.judged["leads"] else "      -"
        lines.append(
            f"{lang:4} {form:6} {tally.documents:4} {tally.judged['ids']:6}"
            f" {100 * tally.rate(['ids']):6.1f}% {100 * tally.rate(['subparagraphs']):6.1f}%"
            f" {100 * tally.rate(['footnotes']):6.1f}% {100 * tally.rate(STRUCTURE):6.1f}%"
            f" {leads} {meta} {tally.same_ids_as_english:3}/{tally.documents:<3}"
            f" {tally.footnote_lists_right:4}/{tally.documents:<3}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    all_languages = "--all-languages" in argv
    detail = "--detail" in argv
    paths = [a for a in argv if not a.startswith("--")]
    corpus = Path(paths[0]) if paths else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(f"no AKN corpus at {corpus}", file=sys.stderr)
        return 2
    if "--languages" in argv:
        tallies = measure_languages(corpus)
        print(language_table(tallies))
        if detail:
            for (lang, form), tally in tallies.items():
                for failure in tally.failures:
                    print(f"  {lang} {form}: {failure}")
        return 0
    files = corpus_files(corpus, all_languages=all_languages)
    for layout in LAYOUTS:
        print(report(measure(files, layout), layout, detail=detail))
    print("set aside:")
    for document, reason in SET_ASIDE.items():
        print(f"  {document}: {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
