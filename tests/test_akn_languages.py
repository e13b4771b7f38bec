"""The six language versions of one resolution read from the UN's markup give one structure.

Real files in tests/fixtures/akn: the mine-action pair (A/RES/74/80, 76/74) in all six languages,
A/RES/75/247 in six (Arabic headings set as bold body paragraphs, numbers written "1 -" before
the lead) and 75/57 in Russian (the closing meeting line left in the body). Expected values were
read by hand from the XML. The corpus test runs benchmarks/akn_languages.py over ../shared.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from mineres.models import Resolution, Subparagraph
from mineres.parse.akn import parse_akn
from tests.benchmark_modules import load_benchmark

AKN = Path(__file__).parent / "fixtures" / "akn"
LANGUAGES = ("ar", "es", "fr", "ru", "zh")
REQUIRED_RATE = 0.99


@cache
def load(name: str) -> Resolution:
    return parse_akn((AKN / f"{name}.xml").read_text(encoding="utf-8"))


def shape(subs: tuple[Subparagraph, ...]) -> list[object]:
    return [[sub.footnotes, shape(sub.subparagraphs)] for sub in subs]


def structure(resolution: Resolution) -> list[object]:
    """What must not depend on the language: ids, sections, nesting, footnote placement."""
    return [
        (p.id, p.section, shape(p.subparagraphs), p.footnotes) for p in resolution.paragraphs
    ] + [(f.number, f.cited_from) for f in resolution.footnotes]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("series", ["A_RES_74_80", "A_RES_76_74", "A_RES_75_247", "A_RES_75_281"])
def test_each_language_has_the_structure_of_the_english(series: str, language: str) -> None:
    translated = load(f"{series}.{language}")
    assert translated.metadata.language == language
    assert structure(translated) == structure(load(f"{series}.en"))
    assert all("joined" in warning for warning in translated.warnings)


def test_a_paragraph_cut_by_a_page_break_in_the_markup_is_joined() -> None:
    """Russian 75/281 OP5 ends "... Организации Объединен" and the next, unnumbered markup
    paragraph goes on "ных Наций способность ...": one paragraph, as in English."""
    russian = load("A_RES_75_281.ru")
    assert [p.id for p in russian.operative] == [p.id for p in load("A_RES_75_281.en").operative]
    assert russian.operative[4].text.endswith("к выполнению своих обязанностей в этой области;")
    assert len(russian.warnings) == 1 and "joined" in russian.warnings[0]


def test_arabic_numbers_between_right_to_left_marks() -> None:
    """75/188 writes "\u200f19 -\u200f" before the lead from OP19 on."""
    arabic, english = load("A_RES_75_188.ar"), load("A_RES_75_188.en")
    assert [p.id for p in arabic.paragraphs] == [p.id for p in english.paragraphs]
    assert arabic.paragraph("OP19") is not None
    assert [bool(p.lead) for p in arabic.operative] == [bool(p.lead) for p in english.operative]
    assert arabic.operative[18].lead == "تحيط علما مع التقدير"
    assert not arabic.operative[18].text.startswith(("\u200f", "19"))


def test_chinese_76_74_operative_paragraphs_listed_inside_the_preamble_are_read() -> None:
    """OP1-13 sit in a <blockList> inside the last preambular <container>; OP14 is numbered
    inline in the next container ("14\\t<span class="bold">鼓励</span>")."""
    chinese = load("A_RES_76_74.zh")
    assert [p.id for p in chinese.preamble][-1] == "PP27"
    assert chinese.preamble[-1].lead == "注意到"
    assert [p.number for p in chinese.operative] == list(range(1, 23))
    assert chinese.operative[0].lead == "表示注意到"
    assert chinese.operative[0].footnotes == (11,)
    assert [s.label for s in chinese.operative[3].subparagraphs] == ["a", "b", "c", "d", "e"]
    fourteen = chinese.operative[13]
    assert (fourteen.id, fourteen.lead) == ("OP14", "鼓励")
    assert fourteen.text.startswith("鼓励关注地雷行动本地化")


@pytest.mark.parametrize(
    ("name", "paragraph_id", "lead"),
    [
        ("A_RES_76_74.zh", "PP1", "回顾"),  # Chinese leads are bold
        ("A_RES_76_74.ar", "OP1", "تحيط علما"),
        ("A_RES_75_247.ar", "I.OP1", "تعيد تأكيد"),  # after "1 -" written inline
        ("A_RES_76_74.ru", "OP2", "призывает"),  # Russian leads in lower case
        ("A_RES_76_74.fr", "OP2", "Demande"),
    ],
)
def test_leads_are_the_markups_own_emphasis(name: str, paragraph_id: str, lead: str) -> None:
    found = load(name).paragraph(paragraph_id)
    assert found is not None and getattr(found, "lead", None) == lead


def test_arabic_brackets_around_footnote_markers_are_taken_out() -> None:
    """<sup>(</sup><authorialNote/><sup>)</sup>, and the note's own text opening with "()"."""
    arabic = load("A_RES_76_74.ar")
    assert all("()" not in p.full_text for p in arabic.paragraphs)
    assert all(not note.text.startswith("(") for note in arabic.footnotes)
    assert arabic.paragraph("PP2") is not None
    assert arabic.preamble[1].footnotes == (1,)


def test_arabic_headings_set_as_bold_paragraphs_are_sections() -> None:
    """ "أولا" and the heading after it, each a bold body paragraph: section I, as in English."""
    arabic = load("A_RES_75_247.ar")
    assert [(s.id, s.label) for s in arabic.sections][:1] == [("I", "أولا")]
    assert [(s.id, s.label) for s in load("A_RES_75_247.en").sections][:1] == [("I", "I")]
    assert arabic.operative[0].id == "I.OP1"


def test_closing_meeting_line_left_in_the_body_ends_the_text() -> None:
    """Russian 75/57 has no <conclusions>: "37-e пленарное заседание" is its last body paragraph."""
    russian, english = load("A_RES_75_57.ru"), load("A_RES_75_57.en")
    assert [p.id for p in russian.paragraphs] == [p.id for p in english.paragraphs]
    assert "заседание" not in russian.operative[-1].text


@pytest.mark.corpus
def test_six_language_corpus_agrees_with_english_in_every_language(shared_corpus: Path) -> None:
    """session-75-six (71 resolutions x 6) and mine-action: >= 99% paragraph checks right."""
    benchmark = load_benchmark("akn_languages")
    scores = benchmark.measure(shared_corpus / "akn")
    report = "\n".join(benchmark.table(scores))
    for language, score in scores.items():
        assert score.documents >= 73, report
        assert not score.errors, score.errors
        assert score.rate >= REQUIRED_RATE, f"{language}\n{report}\n" + "\n".join(score.wrong)
