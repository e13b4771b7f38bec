"""Citations: the hand-read list for A/RES/58/127, the whole model (merging, footnotes, Ibid.),
the instrument catalogue, and linear time on hostile text.

The real sentences, each with every citation it makes, are data in tests/fixtures/citations,
read by tests/test_citations_cases.py.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

import pytest

from mineres.citations import (
    find_citations,
    find_in_text,
    instrument_catalogue,
    resolve_ibid,
    trie_pattern,
)
from mineres.models import Citation, Footnote, Metadata, Paragraph, Resolution
from mineres.parse import parse_resolution
from mineres.store.datafiles import load_data_file
from tests.growth import ALLOWED_GROWTH, SCALE, growth

FIXTURES = Path(__file__).parent / "fixtures"


CCW = "Convention on Certain Conventional Weapons"


def test_undocs_links_only_for_un_series() -> None:
    [document_found, treaty_found] = find_in_text(
        "See LEG/CONF.15/21 and United Nations, Treaty Series, vol. 1, No. 2."
    )
    assert document_found.url is None
    [report] = find_in_text("See A/58/260.")
    assert report.url == "https://undocs.org/en/A/58/260"
    assert treaty_found.url is None


# --- Ibid. -------------------------------------------------------------------------------------


def test_ibid_cites_the_previous_footnotes_document_with_its_own_part() -> None:
    previous = find_in_text("See APLC/MSP.5/2003/5.")
    [resolved] = resolve_ibid("Ibid., part II.", find_in_text("Ibid., part II."), previous)
    assert (resolved.symbol, resolved.key, resolved.text) == (
        "APLC/MSP.5/2003/5",
        previous[0].key,
        "Ibid., part II",
    )


def test_ibid_with_its_own_volume_is_another_treaty() -> None:
    previous = find_in_text("United Nations, Treaty Series, vol. 1342, No. 22495.")
    text = "Ibid., vol. 2048, No. 22495."
    [resolved] = resolve_ibid(text, find_in_text(text), previous)
    assert resolved.kind == "treaty_series"
    assert resolved.text == "United Nations, Treaty Series, vol. 2048, No. 22495"
    assert resolved.key != previous[0].key
    assert (previous[0].name, resolved.name) == (CCW, "Amended Protocol II to the CCW")


def test_ibid_with_its_own_symbol_keeps_it() -> None:
    previous = find_in_text(
        "Official Records of the General Assembly, ..., Supplement No. 35 (A/74/35)."
    )
    text = "Ibid., Seventy-second Session, Supplement No. 23 (A/72/23)."
    assert [f.symbol for f in resolve_ibid(text, find_in_text(text), previous)] == ["A/72/23"]


# --- the whole model ------------------------------------------------------------------------------


def paragraph(paragraph_id: str, text: str, footnotes: tuple[int, ...] = ()) -> Paragraph:
    kind: Literal["preambular", "operative"] = (
        "operative" if paragraph_id.startswith("OP") else "preambular"
    )
    return Paragraph(paragraph_id, kind, int(paragraph_id[2:]), text.split()[0], text, footnotes)


def test_merges_mentions_and_ties_footnotes_to_their_paragraphs() -> None:
    model = Resolution(
        metadata=Metadata(drafts=("A/58/L.50", "A/58/L.50/Add.1")),
        preamble=(paragraph("PP1", "Recalling its resolution 57/159 of 16 December 2002,"),),
        operative=(
            paragraph("OP1", "Welcomes the report of the Secretary-General,", (10, 11)),
            paragraph("OP2", "Recalls its resolution 57/159;"),
            paragraph("OP3", "Requests the Secretary-General to submit a report;", (11,)),
        ),
        footnotes=(
            Footnote(10, "A/58/260.", ("OP1",)),
            Footnote(11, "A/58/260/Add.1.", ("OP1", "OP3")),
        ),
    )
    citations = {c.symbol: c for c in find_citations(model)}
    assert list(citations) == [
        "A/58/L.50",
        "A/58/L.50/Add.1",
        "A/RES/57/159",
        "A/58/260",
        "A/58/260/Add.1",
    ]
    recalled = citations["A/RES/57/159"]
    assert [(loc.where, loc.start, loc.end) for loc in recalled.locations] == [
        ("PP1", 25, 31),
        ("OP2", 23, 29),
    ]
    assert recalled.paragraphs == ("PP1", "OP2")
    assert recalled.date == date(2002, 12, 16)
    assert citations["A/58/260/Add.1"].paragraphs == ("OP1", "OP3")
    assert citations["A/58/L.50"].locations[0].where == "header"
    assert citations["A/58/L.50"].paragraphs == ()


def test_real_ibid_chain_in_74_80() -> None:
    """A/RES/74/80 cites three treaty volumes through "Ibid." after the Mine Ban Convention's."""
    model = parse_resolution((FIXTURES / "akn" / "A_RES_74_80.en.xml").read_bytes())
    treaties = [c for c in model.citations if c.kind == "treaty_series"]
    assert len(treaties) == len({c.text for c in treaties}) >= 4
    ibid_notes = [n for n in model.footnotes if n.text.startswith("Ibid., vol.")]
    assert ibid_notes
    for note in ibid_notes:
        volume = re.search(r"vol\. (\d+)", note.text)
        assert volume
        [cited] = [c for c in treaties if f"vol. {volume[1]}," in c.text]
        assert f"FN{note.number}" in [loc.where for loc in cited.locations]
        assert set(note.cited_from) <= set(cited.paragraphs)


# --- A/RES/58/127 against the hand-read structure -------------------------------------------------


@pytest.fixture(scope="module")
def citations_58_127(ods_bytes: bytes) -> tuple[Citation, ...]:
    return parse_resolution(ods_bytes, source="A_RES_58_127.txt").citations


def gold_entries(gold: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    kinds = {"resolutions": "resolution", "documents": "document", "instruments": "instrument"}
    return [
        (entry.get("kind", kinds.get(group)), entry)
        for group, entries in gold["citations"].items()
        for entry in entries
    ]


def matches_gold(citation: Citation, kind: str, ref: str) -> bool:
    """How the hand-read list names each citation: a symbol (the part in brackets left out,
    "CCW/CONF.I/16"), "<body> resolution <number>", an instrument as "<name> (<short>)", or
    the words printed."""
    if citation.kind != kind:
        return False
    names = {citation.text}
    if citation.symbol:
        names |= {citation.symbol, re.sub(r" ?\([^()]*\)$", "", citation.symbol)}
    if citation.body:
        names.add(f"{citation.body} resolution {citation.text}")
    if citation.name:
        names.add(citation.name)
    return ref in names or re.sub(r" \([^()]*\)$", "", ref) in names


def test_58_127_every_gold_citation_found_where_it_is_cited(
    citations_58_127: tuple[Citation, ...], gold: dict[str, Any]
) -> None:
    for kind, entry in gold_entries(gold):
        [citation] = [c for c in citations_58_127 if matches_gold(c, kind, entry["ref"])]
        assert sorted({loc.where for loc in citation.locations}) == sorted(entry["cited_from"])
        if "date" in entry:
            assert citation.date == entry["date"]


def test_58_127_no_false_citations(
    citations_58_127: tuple[Citation, ...], gold: dict[str, Any]
) -> None:
    entries = gold_entries(gold)
    extra = [
        c for c in citations_58_127 if not any(matches_gold(c, k, e["ref"]) for k, e in entries)
    ]
    assert extra == []
    assert len(citations_58_127) == len(entries)


def test_58_127_footnote_citations_support_the_citing_paragraphs(
    citations_58_127: tuple[Citation, ...],
) -> None:
    by_symbol = {c.symbol: c for c in citations_58_127 if c.symbol}
    assert by_symbol["A/58/260"].paragraphs == ("OP1",)
    assert by_symbol["A/58/260/Add.1"].paragraphs == ("OP1", "OP26")
    assert by_symbol["APLC/MSP.5/2003/5"].paragraphs == ("PP11",)
    assert by_symbol["A/RES/57/159"].url == "https://undocs.org/en/A/RES/57/159"
    assert by_symbol["A/58/L.50/Add.1"].paragraphs == ()


# --- the catalogue -------------------------------------------------------------------------------


def test_every_catalogue_name_finds_its_own_instrument() -> None:
    for entry in load_data_file("instruments.yaml")["instruments"]:
        for phrase in [entry["name"], *entry.get("phrases", []), *entry.get("short", [])]:
            found = [
                f for f in find_in_text(f"Recalling the {phrase}, and") if f.kind == "instrument"
            ]
            assert found and found[0].key == f"instrument:{entry['id']}", phrase
            assert len(phrase.split()) >= 2 or phrase.isupper(), f"too loose a phrase: {phrase}"
        for place in entry.get("treaty_series", []):
            [treaty] = find_in_text(f"United Nations, Treaty Series, {place}.")
            assert treaty.name == entry["name"], place


# How each language's sentences read around an instrument's name ("*" endings left out).
AROUND_A_NAME = {
    "fr": "Rappelant la {}, et",
    "es": "Recordando la {}, y",
    "ru": "ссылаясь на {}, и",
    "ar": "وإذ تشير إلى {}، و",
    "zh": "回顾《{}》和",
}


def test_every_name_in_another_language_finds_its_own_instrument() -> None:
    names = load_data_file("instrument_names.yaml")["names"]
    known = {entry["id"] for entry in load_data_file("instruments.yaml")["instruments"]}
    assert set(names) <= known
    for instrument_id, languages in names.items():
        for language, printed in languages.items():
            for name in printed:
                sentence = AROUND_A_NAME[language].format(name.replace("*", ""))
                found = [
                    f for f in find_in_text(sentence, language=language) if f.kind == "instrument"
                ]
                assert [f.key for f in found] == [f"instrument:{instrument_id}"], (language, name)


def test_a_russian_name_is_found_in_every_case() -> None:
    for sentence in (
        "в соответствии с Уставом Организации Объединенных Наций",
        "цели и принципы Устава Организации Объединенных Наций",
    ):
        [charter] = find_in_text(sentence, language="ru")
        assert charter.name == "Charter of the United Nations"


def test_an_arabic_name_is_found_behind_a_conjunction() -> None:
    [declaration] = find_in_text("والإعلان العالمي لحقوق الإنسان()", language="ar")
    assert (declaration.text, declaration.name) == (
        "والإعلان العالمي لحقوق الإنسان",
        "Universal Declaration of Human Rights",
    )


def test_a_title_is_not_found_inside_a_word_nor_in_lower_case() -> None:
    assert find_in_text("xConvention on the Rights of the Child; the paris agreement") == []


def test_trie_pattern_matches_longest_phrase() -> None:
    pattern = re.compile(trie_pattern(["2030 agenda", "2030 agenda for sustainable development"]))
    match = pattern.match("2030 Agenda for Sustainable  Development".lower())
    assert match and match.group().endswith("development")
    assert instrument_catalogue().by_short["NPT"].id == "npt"


# --- linear time ---------------------------------------------------------------------------------


def megabyte(piece: str) -> str:
    return piece * (1_000_000 // len(piece) + 1)


# Text that almost cites, over and over: a pattern that backtracks takes minutes on these.
NEAR_MISSES = {
    "symbol-like words": megabyte("A/ "),
    "a symbol without end": "A" + megabyte("/A"),
    "a word without end": megabyte("A"),
    "slashes and digits": megabyte("1/"),
    "long runs of series characters before slashes": megabyte("a" * 60 + "/ "),
    "a capital opening each long run before a slash": megabyte("A" + "a-" * 40 + "/ "),
    "a list that never ends": megabyte("resolutions 57/ of 16 December 2002, on "),
    "keywords without numbers": megabyte("resolution "),
    "treaty series": megabyte("United Nations, Treaty Series, vols. 1, 2 and 3, No "),
    "official records": megabyte("Official Records of the General Assembly, "),
    "instrument prefixes": megabyte("Convention on the Prohibition of the Use, Stockpiling, "),
    "sales numbers": megabyte("Sales No. E.81 "),
    "urls": megabyte("www."),
    "designations": megabyte("A/ (Sect. "),
    "ibid": megabyte("Ibid., vol. 1, No"),
}


@pytest.mark.parametrize("text", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_a_megabyte_line_of_near_matches_grows_linearly(text: str) -> None:
    """A backtracking pattern grows with the square of a line like these, or worse."""
    assert len(text) >= 1_000_000
    eighth = text[: len(text) // SCALE]
    assert growth(find_in_text, eighth, text) < ALLOWED_GROWTH


# The same in the other languages: lists that never close, dates that never end, names cut short.
LANGUAGE_NEAR_MISSES = {
    "fr": megabyte("résolutions 36/87 A et B et C du 9 décembre sur la 1/ "),
    "es": megabyte("resoluciones 70/286, de 17 de junio de , relativa a y 7/"),
    "ru": megabyte("резолюции Совета по правам человека 27/13 от 25 сентября и В "),
    "ar": megabyte("قرارات مجلــس حقــوق 27/13 المؤرخ 25 أيلول/ سبتمبر () و ألف وباء "),
    "zh": megabyte("人权理事会2014年9月25日第27/13号、第33/12和33/13号、关于的第"),
    "zh-subjects": megabyte("第1/1号、宣布2001-2010年为的的的2001年的的1/"),
}


@pytest.mark.parametrize(
    ("language", "text"), LANGUAGE_NEAR_MISSES.items(), ids=LANGUAGE_NEAR_MISSES.keys()
)
def test_near_matches_in_every_language_grow_linearly(language: str, text: str) -> None:
    def find(piece: str) -> object:
        return find_in_text(piece, language=language[:2])

    eighth = text[: len(text) // SCALE]
    assert growth(find, eighth, text) < ALLOWED_GROWTH


# Text that does cite, densely: the work grows with the length, not faster.
DENSE = {
    "resolution lists": "its resolutions 57/159 of 16 December 2002, on mines, and 57/160, ",
    "symbols with designations": "A/74/6 (Sect. 29H)/Add.1 and Corr.1, ",
    "instruments": "Amended Protocol II to the Convention on Certain Conventional Weapons, ",
}


@pytest.mark.parametrize("piece", DENSE.values(), ids=DENSE.keys())
def test_time_grows_linearly_with_dense_citations(piece: str) -> None:
    small = piece * (50_000 // len(piece))
    assert growth(find_in_text, small, small * SCALE) < ALLOWED_GROWTH


@pytest.mark.parametrize("piece", [*DENSE.values(), "A/58/1/ "], ids=[*DENSE.keys(), "one symbol"])
def test_merging_repeated_mentions_grows_linearly(piece: str) -> None:
    """Thousands of mentions of the same citations in one paragraph are merged in linear time."""

    def resolution(text: str) -> Resolution:
        paragraph = Paragraph(id="OP1", kind="operative", number=1, lead="Urges", text=text)
        return Resolution(metadata=Metadata(), operative=(paragraph,))

    small = piece * (30_000 // len(piece))
    assert growth(find_citations, resolution(small), resolution(small * SCALE)) < ALLOWED_GROWTH


def test_a_resolution_cited_bare_is_the_one_named_elsewhere_in_the_document() -> None:
    """A/RES/74/166: OP8 names the Council's resolution 34/24, OP11 cites it bare."""
    model = Resolution(
        metadata=Metadata(),
        operative=(
            paragraph(
                "OP8",
                "Welcomes the report of the United Nations High Commissioner for Human Rights on "
                "steps taken pursuant to Human Rights Council resolution 34/24 of 24 March 2017 "
                "to strengthen the capacity of the Office",
            ),
            paragraph(
                "OP11",
                "Acknowledges ..., which was confirmed by the United Nations High Commissioner "
                "for Human Rights in her report to the Human Rights Council submitted pursuant "
                "to resolution 34/24;",
            ),
        ),
    )
    [cited] = [c for c in find_citations(model) if c.kind == "resolution"]
    assert (cited.symbol, cited.body, cited.paragraphs) == (
        "A/HRC/RES/34/24",
        "Human Rights Council",
        ("OP8", "OP11"),
    )


def test_paragraphs_are_in_document_order_when_a_footnote_adds_one() -> None:
    """A/RES/74/80 names the Convention in PP20 and, through footnote 1, in PP2."""
    model = parse_resolution((FIXTURES / "akn" / "A_RES_74_80.en.xml").read_bytes())
    positions = {p.id: index for index, p in enumerate(model.paragraphs)}
    for citation in model.citations:
        order = [positions[where] for where in citation.paragraphs]
        assert order == sorted(order), (citation.text, citation.paragraphs)
    rights = "Convention on the Rights of Persons with Disabilities"
    [convention] = [c for c in model.citations if c.kind == "instrument" and c.name == rights]
    assert convention.paragraphs == ("PP2", "PP20")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("(A/CONF.157/24 (Part I)), chap. III", "A/CONF.157/24 (Part I)"),  # A/RES/74/151
        ("(NPT/CONF.2010/50 (Vol. I)), part I", "NPT/CONF.2010/50 (Vol. I)"),
        ("(A/74/6 (Sect. 10)),", "A/74/6 (Sect. 10)"),  # A/RES/74/262
        ("report (A/74/49 (Vol.I)),", "A/74/49 (Vol. I)"),
        ("A/74/6 (Income sect. 1),", "A/74/6 (Income sect. 1)"),
        ("NPT/CONF.2015/50 (Parts I and II)", "NPT/CONF.2015/50 (Parts I and II)"),
        ("Security Council resolution 2334 (2016)", "S/RES/2334(2016)"),
        ("S/RES/2334(2016)", "S/RES/2334(2016)"),
        ("its resolution 72/262 C", "A/RES/72/262 C"),  # A/RES/74/91
        ("its resolutions 73/102 A and", "A/RES/73/102 A"),  # A/RES/74/92
    ],
)
def test_symbols_are_written_as_undocs_org_writes_them(text: str, symbol: str) -> None:
    found = [item for item in find_in_text(text) if item.symbol]
    assert [item.symbol for item in found] == [symbol]
    assert found[0].url == "https://undocs.org/en/" + symbol.replace(" ", "%20")


@pytest.mark.parametrize(
    "pinpoint", ["sect. II", "section 3", "para. 3", "paras. 3-5", "annex I", "chap. IV", "part 2"]
)
@pytest.mark.parametrize("space", [" ", "  ", "\u00a0", ""])
def test_a_pinpoint_after_a_listed_resolution_does_not_end_the_list(
    pinpoint: str, space: str
) -> None:
    text = f"Recalling its resolutions 60/1,{space}{pinpoint}, and 70/1 of 25 September 2015,"
    assert [item.symbol for item in find_in_text(text)] == ["A/RES/60/1", "A/RES/70/1"]


def test_a_word_that_is_no_pinpoint_ends_the_list() -> None:
    """ "paragraph 3" opens as "para." does, but is not one of the pinpoint words."""
    text = "Recalling its resolutions 60/1, paragraph 3, and 70/1 of 25 September 2015,"
    assert [item.symbol for item in find_in_text(text)] == ["A/RES/60/1"]


# --- a clause about a listed resolution --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        (
            "Recalling its resolutions 61/36 of 4 December 2006, the annex to which contains "
            "the Principles, and 62/68 of 6 December 2007,",
            ["A/RES/61/36", "A/RES/62/68"],
        ),
        # no digit after the clause: nothing can go on (the check that spares the search)
        (
            "Recalling its resolution 61/36 of 4 December 2006, the annex to which contains "
            "the Principles, and the report,",
            ["A/RES/61/36"],
        ),
        # the digit lies past the clause's reach: the list ends as before
        (
            "Recalling its resolution 61/36, the annex to which contains "
            + "x" * 330
            + ", and 62/68",
            ["A/RES/61/36"],
        ),
        (
            "Recalling its resolution 61/36, the annex to which contains the Principles; and 62/68",
            ["A/RES/61/36"],
        ),
    ],
)
def test_a_clause_about_a_listed_resolution_goes_on_only_to_a_number_within_it(
    text: str, symbols: list[str]
) -> None:
    assert [found.symbol for found in find_in_text(text)] == symbols


def test_ibid_with_a_volume_after_a_note_citing_no_treaty_cites_that_note() -> None:
    previous = find_in_text("See A/74/35.")
    text = "Ibid., vol. 2048, No. 22495."
    [resolved] = resolve_ibid(text, find_in_text(text), previous)
    assert (resolved.symbol, resolved.text) == ("A/74/35", "Ibid., vol. 2048, No. 22495")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Recalling its resolution 31/1,", "A/RES/31/1"),
        ("Recalling its resolution 30/1,", None),  # numbered so only from session 31
        ("Recalling its resolution 7/34 of 28 March 2008,", None),
        ("Recalling its resolution S-27/2,", "A/RES/S-27/2"),  # a special session: no such limit
    ],
)
def test_the_assembly_owns_a_numbered_resolution_only_from_its_thirty_first_session(
    text: str, symbol: str | None
) -> None:
    [found] = find_in_text(text)
    assert found.symbol == symbol
