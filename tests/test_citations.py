"""Citations: the hand-read list for A/RES/58/127, and one table of real sentences per kind.

The sentences are taken from the corpus (A/RES/58/127 and resolutions of the seventy-fourth
session); each case states everything the tool must find in it, and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Want:
    """What one finding must say; None leaves a field unchecked."""

    kind: str
    printed: str
    symbol: str | None = None
    body: str | None = None
    name: str | None = None
    when: date | None = None


def resolution(printed: str, symbol: str, body: str, when: date | None = None) -> Want:
    return Want("resolution", printed, symbol=symbol, body=body, when=when)


def document(symbol: str, printed: str | None = None) -> Want:
    return Want("document", printed or symbol, symbol=symbol)


def instrument(printed: str, name: str) -> Want:
    return Want("instrument", printed, name=name)


GA = "General Assembly"
SC = "Security Council"
ECOSOC = "Economic and Social Council"
HRC = "Human Rights Council"
CHR = "Commission on Human Rights"
CCW = "Convention on Certain Conventional Weapons"
CCW_TITLE = (
    "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons "
    "Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects"
)

CASES: list[tuple[str, str, list[Want]]] = [
    (
        "own-resolution-with-date",
        "Recalling its resolution 57/159 of 16 December 2002 and all its previous resolutions on "
        "assistance in mine clearance and mine action, all adopted without a vote,",
        [resolution("57/159", "A/RES/57/159", GA, date(2002, 12, 16))],
    ),
    (
        "two-bodies-and-a-subject-between-items",
        "recalling in this context its resolution 57/190 of 18 December 2002 and Commission on "
        "Human Rights resolutions 2003/49 of 23 April 2003, on the human rights of persons with "
        "disabilities, and 2003/86 of 25 April 2003, on the rights of the child,",
        [
            resolution("57/190", "A/RES/57/190", GA, date(2002, 12, 18)),
            resolution("2003/49", "E/CN.4/RES/2003/49", CHR, date(2003, 4, 23)),
            resolution("2003/86", "E/CN.4/RES/2003/86", CHR, date(2003, 4, 25)),
        ],
    ),
    (
        "plural-list",
        "Recalling also its decision that, bearing in mind its resolutions 62/63 and 70/114, the "
        "consideration of the report of the Group of Legal Experts",
        [resolution("62/63", "A/RES/62/63", GA), resolution("70/114", "A/RES/70/114", GA)],
    ),
    (
        "lettered",
        "53/77 W of 4 December 1998, 54/54 Q of 1 December 1999, 55/33 X of 20 November 2000",
        [],  # a list without the word "resolutions" before it is not read as one
    ),
    (
        "lettered-after-keyword",
        "Recalling its resolutions 53/77 W of 4 December 1998, 54/54 Q of 1 December 1999 and "
        "55/33 X of 20 November 2000,",
        [
            resolution("53/77 W", "A/RES/53/77 W", GA, date(1998, 12, 4)),
            resolution("54/54 Q", "A/RES/54/54 Q", GA, date(1999, 12, 1)),
            resolution("55/33 X", "A/RES/55/33 X", GA, date(2000, 11, 20)),
        ],
    ),
    (
        "old-style-and-special-session",
        "as stated in its resolutions 1874 (S-IV) of 27 June 1963, 3101 (XXVIII) of 11 December "
        "1973 and 55/235 of 23 December 2000,",
        [
            resolution("1874 (S-IV)", "A/RES/1874(S-IV)", GA, date(1963, 6, 27)),
            resolution("3101 (XXVIII)", "A/RES/3101(XXVIII)", GA, date(1973, 12, 11)),
            resolution("55/235", "A/RES/55/235", GA, date(2000, 12, 23)),
        ],
    ),
    (
        "universal-declaration-by-number",
        "Resolution 217 A (III).",
        [resolution("217 A (III)", "A/RES/217(III)", GA)],
    ),
    (
        "security-council-named-and-by-shape",
        "in accordance with Security Council resolution 1373 (2001) and Council resolution "
        "1566 (2004) of 8 October 2004,",
        [
            resolution("1373 (2001)", "S/RES/1373(2001)", SC),
            resolution("1566 (2004)", "S/RES/1566(2004)", SC, date(2004, 10, 8)),
        ],
    ),
    (
        "security-council-from-the-number-alone",
        "Noting the role of the Security Council Committee established pursuant to resolution "
        "1373 (2001) concerning counter-terrorism",
        [resolution("1373 (2001)", "S/RES/1373(2001)", SC)],
    ),
    (
        "economic-and-social-council",
        "welcomes the adoption of Economic and Social Council resolution 2019/14 of 26 June 2019;",
        [resolution("2019/14", "E/RES/2019/14", ECOSOC, date(2019, 6, 26))],
    ),
    (
        "human-rights-council-beside-own",
        "including its resolution 73/176 of 17 December 2018 and Human Rights Council resolution "
        "40/10 of 21 March 2019,",
        [
            resolution("73/176", "A/RES/73/176", GA, date(2018, 12, 17)),
            resolution("40/10", "A/HRC/RES/40/10", HRC, date(2019, 3, 21)),
        ],
    ),
    (
        "body-carried-to-the-next-list",
        "and relevant Human Rights Council resolutions, in particular resolutions 7/34 of 28 March "
        "2008,18/15 of 29 September 2011",
        [
            resolution("7/34", "A/HRC/RES/7/34", HRC, date(2008, 3, 28)),
            resolution("18/15", "A/HRC/RES/18/15", HRC, date(2011, 9, 29)),
        ],
    ),
    (
        "emergency-special-session",
        "and recalling further its resolutions ES-10/15 of 20 July 2004 and ES-10/17 of "
        "15 December 2006,",
        [
            resolution("ES-10/15", "A/RES/ES-10/15", GA, date(2004, 7, 20)),
            resolution("ES-10/17", "A/RES/ES-10/17", GA, date(2006, 12, 15)),
        ],
    ),
    (
        "decision",
        "and 75/59 of 7 December 2020, and its decision 76/516 of 6 December 2021,",
        [Want("decision", "76/516", symbol="A/DEC/76/516", body=GA, when=date(2021, 12, 6))],
    ),
    (
        "pinpoints-between-items",
        "Resolutions 69/117, para. 8, 70/116, para. 4, and 73/201, para. 7.",
        [
            resolution("69/117", "A/RES/69/117", GA),
            resolution("70/116", "A/RES/70/116", GA),
            resolution("73/201", "A/RES/73/201", GA),
        ],
    ),
    (
        "resolution-inside-a-cited-document",
        "A/56/1026-S/2002/932, annex II, resolution 14/221.",
        [document("A/56/1026"), document("S/2002/932"), Want("resolution", "14/221")],
    ),
    (
        "report-symbols",
        "A/58/260/Add.1.",
        [document("A/58/260/Add.1")],
    ),
    (
        "designation-in-brackets",
        "CCW/CONF.I/16 (Part I), annex B.",
        [document("CCW/CONF.I/16 (Part I)", "CCW/CONF.I/16 (Part I)")],
    ),
    (
        "volume-inside-brackets",
        "Final Document, vol. I (NPT/CONF.2010/50 (Vol. I)), part I.",
        [document("NPT/CONF.2010/50 (Vol. I)", "NPT/CONF.2010/50 (Vol. I)")],
    ),
    (
        "summary-records",
        "See A/C.6/74/SR.34.",
        [document("A/C.6/74/SR.34")],
    ),
    (
        "addendum-by-and",
        "See A/ES-10/273 and A/ES-10/273/Corr.1.",
        [document("A/ES-10/273"), document("A/ES-10/273/Corr.1")],
    ),
    (
        "issuance-written-after-and",
        "(A/58/L.50 and Add.1)",
        [document("A/58/L.50"), document("A/58/L.50/Add.1", "Add.1")],
    ),
    (
        "records-with-their-symbol",
        "See Official Records of the Economic and Social Council, 2003, Supplement No. 3 "
        "(E/2003/23), chap. II, sect. A.",
        [document("E/2003/23")],
    ),
    (
        "records-and-corrigendum",
        "Official Records of the Economic and Social Council, 2013, Supplement No. 10 and "
        "corrigendum (E/2013/30 and E/2013/30/Corr.1), chap. I,",
        [document("E/2013/30"), document("E/2013/30/Corr.1")],
    ),
    (
        "records-naming-a-document",
        "Official Records of the General Assembly, Nineteenth Session, Annexes, Annex No. 11, "
        "document A/5700.",
        [document("A/5700")],
    ),
    (
        "records-without-a-symbol",
        "See Official Records of the Security Council, Fifty-fifth Year, 4213th meeting. See also "
        "Official Records of the General Assembly, Nineteenth Session, Annexes, Annex No. 8; and",
        [
            Want(
                "official_records",
                "Official Records of the Security Council, Fifty-fifth Year, 4213th meeting",
            ),
            Want(
                "official_records",
                "Official Records of the General Assembly, Nineteenth Session, Annexes, Annex No. 8",
            ),
        ],
    ),
    (
        "treaty-series",
        "United Nations, Treaty Series, vol. 2515, No. 44910.",
        [
            Want(
                "treaty_series",
                "United Nations, Treaty Series, vol. 2515, No. 44910",
                name="Convention on the Rights of Persons with Disabilities",
            )
        ],
    ),
    (
        "sales-number",
        "See The United Nations Disarmament Yearbook, vol. 5: 1980 (United Nations publication, "
        "Sales No. E.81.IX.4), appendix VII.",
        [Want("publication", "Sales No. E.81.IX.4")],
    ),
    (
        "bare-web-address",
        "The Guidelines are available from E-MINE at www.mineaction.org.",
        [Want("url", "www.mineaction.org")],
    ),
    (
        "instrument-and-its-protocol",
        f"Noting the inclusion in Amended Protocol II to the {CCW_TITLE} of a number of provisions",
        [
            instrument("Amended Protocol II", "Amended Protocol II to the CCW"),
            instrument(CCW_TITLE, CCW),
        ],
    ),
    (
        "protocol-v-described",
        "Noting further the new additional Protocol to address the post-conflict impact of "
        "explosive remnants of war adopted by the Meeting of States Parties",
        [
            instrument(
                "Protocol to address the post-conflict impact of explosive remnants of war",
                "Protocol on Explosive Remnants of War",
            )
        ],
    ),
    (
        "mine-ban-convention-lower-case-title",
        "to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
        "Anti-personnel Mines and on Their Destruction, which entered into force on 1 March 1999",
        [
            instrument(
                "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer "
                "of Anti-personnel Mines and on Their Destruction",
                "Anti-Personnel Mine Ban Convention",
            )
        ],
    ),
    (
        "title-with-comma",
        "the International Covenant on Economic, Social and Cultural Rights and",
        [
            instrument(
                "International Covenant on Economic, Social and Cultural Rights",
                "International Covenant on Economic, Social and Cultural Rights",
            )
        ],
    ),
    (
        "short-name-not-inside-a-symbol",
        "States parties to the CCW, CCW/MSP/2019/9.",
        [instrument("CCW", CCW), document("CCW/MSP/2019/9")],
    ),
    (
        "no-citation-in-numbers",
        "a strategy for the period 2001-2005, Supplement No. 3, paragraph 12 of resolution 5, "
        "chap. I, resolution 1, annex, in 2019/2020, HIV/AIDS and COVID-19, 1,000 mines, G20",
        [],
    ),
    (
        "conference-decisions-are-not-documents",
        "decision X/2 of the Conference of the Parties, decision 1/CP.21",
        [],
    ),
    (
        "unknown-body-is-not-the-general-assembly",
        "World Meteorological Organization resolution 12/2019 and Arab League resolution 14/221",
        [Want("resolution", "12/2019"), Want("resolution", "14/221")],
    ),
]


# The same citations in the other official languages (A/RES/76/74 and 74/80, mine action).
LANGUAGE_CASES: list[tuple[str, str, list[Want]]] = [
    (
        "fr",
        "Rappelant sa résolution 74/80 du 13 décembre 2019 et toutes ses résolutions antérieures",
        [resolution("74/80", "A/RES/74/80", GA, date(2019, 12, 13))],
    ),
    (
        "es",
        "Recordando su resolución 74/80, de 13 de diciembre de 2019, y todas sus resoluciones",
        [resolution("74/80", "A/RES/74/80", GA, date(2019, 12, 13))],
    ),
    (
        "ru",
        "ссылаясь на свою резолюцию 74/80 от 13 декабря 2019 года и все свои предыдущие",
        [resolution("74/80", "A/RES/74/80", GA, date(2019, 12, 13))],
    ),
    (
        "ar",
        "إذ تشير إلى قرارها 74/80 المؤرخ 13 كانون الأول/ديسمبر 2019 وإلى سائر قراراتها",
        [resolution("74/80", "A/RES/74/80", GA, date(2019, 12, 13))],
    ),
    (
        "zh",
        "回顾其2019年12月13日第74/80号决议及其以往关于协助扫雷和协助地雷行动的所有决议",
        [resolution("第74/80号决议", "A/RES/74/80", GA, date(2019, 12, 13))],
    ),
    ("fr", "Résolution 70/1.", [resolution("70/1", "A/RES/70/1", GA)]),
    ("zh", "A/74/288。", [document("A/74/288")]),
    (
        "fr",
        "rappelant la résolution 40/10 du Conseil des droits de l’homme",
        [Want("resolution", "40/10", symbol=None)],
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    LANGUAGE_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(LANGUAGE_CASES)],
)
def test_other_official_languages(language: str, text: str, wanted: list[Want]) -> None:
    found = find_in_text(text, language=language)
    check(found, wanted)
    if wanted and wanted[0].symbol is None:
        assert (found[0].symbol, found[0].body) == (None, None)  # another body: not guessed


def check(found: list[Any], wanted: list[Want]) -> None:
    assert [(item.kind, item.text) for item in found] == [(w.kind, w.printed) for w in wanted]
    for item, want in zip(found, wanted, strict=True):
        for field, value in (
            ("symbol", want.symbol),
            ("body", want.body),
            ("name", want.name),
            ("date", want.when),
        ):
            if value is not None:
                assert getattr(item, field) == value, (field, item)


@pytest.mark.parametrize(
    ("text", "wanted"), [case[1:] for case in CASES], ids=[c[0] for c in CASES]
)
def test_finds_exactly_what_the_sentence_cites(text: str, wanted: list[Want]) -> None:
    check(find_in_text(text), wanted)


def test_offsets_point_at_the_printed_words() -> None:
    for _, text, _ in CASES:
        for item in find_in_text(text):
            if not item.text.startswith(("United Nations, Treaty", "Ibid")):
                assert text[item.start : item.end] == item.text


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


def test_trie_pattern_matches_longest_phrase() -> None:
    pattern = re.compile(trie_pattern(["2030 agenda", "2030 agenda for sustainable development"]))
    match = pattern.match("2030 Agenda for Sustainable  Development".lower())
    assert match and match.group().endswith("development")
    assert instrument_catalogue().shorts is not None


# --- linear time ---------------------------------------------------------------------------------


def megabyte(piece: str) -> str:
    return piece * (1_000_000 // len(piece) + 1)


# Text that almost cites, over and over: a pattern that backtracks takes minutes on these.
NEAR_MISSES = {
    "symbol-like words": megabyte("A/ "),
    "a symbol without end": "A" + megabyte("/A"),
    "a word without end": megabyte("A"),
    "slashes and digits": megabyte("1/"),
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


CPD = "Commission on Population and Development"
ECLAC = "Economic Commission for Latin America and the Caribbean"
ESCAP = "Economic and Social Commission for Asia and the Pacific"
UNEA = "United Nations Environment Assembly"

OTHER_BODIES = [
    (  # A/RES/74/178 OP107: "its" is the Council named before, not the Assembly
        "its-resolution-of-the-body-named-before",
        "Also takes note of the request of the Human Rights Council to the Working Group on "
        "Arbitrary Detention, within its mandate, to prepare a study on arbitrary detention "
        "related to drug policies, through its resolution 42/22 of 26 September 2019;",
        [("42/22", HRC, "A/HRC/RES/42/22")],
    ),
    (  # A/RES/74/148 PP9: "its" continues the Commission's list
        "its-resolution-after-a-commissions-resolutions",
        "Recalling also Commission on Population and Development resolutions 2006/2 of "
        "10 May 2006 and 2009/1 of 3 April 2009 and its resolution 2013/1 of 26 April 2013 on "
        "new trends in migration: demographic aspects,",
        [("2006/2", CPD, None), ("2009/1", CPD, None), ("2013/1", CPD, None)],
    ),
    (  # A/RES/74/95 OP13
        "regional-commission-of-its-resolution",
        "Recalls the adoption by the Economic Commission for Latin America and the Caribbean of "
        "its resolution 574 (XXVII) of 16 May 1998, calling for the necessary mechanisms",
        [("574 (XXVII)", ECLAC, None)],
    ),
    (  # A/RES/74/212 PP5
        "regional-commission-before-resolution",
        "Recalling United Nations Environment Assembly resolution 3/8 of 6 December 2017, World "
        "Health Assembly resolution 68.8 of 26 May 2015 and Economic and Social Commission for "
        "Asia and the Pacific resolution 75/4 of 31 May 2019,",
        [("3/8", UNEA, "UNEP/EA.3/Res.8"), ("75/4", ESCAP, None)],
    ),
    (  # A/RES/74/226 PP9: the date rules out the Assembly, the clause names the Commission
        "regional-commission-at-its-session",
        "Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at "
        "its seventy-second session, of resolution 72/7 of 19 May 2016 on regional cooperation "
        "to combat sand and dust storms in Asia and the Pacific,",
        [("72/7", ESCAP, None)],
    ),
    (  # A/RES/74/298 OP2: "the Economic and Social Council" is the subject of 68/1
        "body-in-the-subject-of-the-item-before",
        "Decides to conduct, in conjunction, the reviews of General Assembly resolution 72/305 "
        "on the review of the implementation of General Assembly resolution 68/1 on the "
        "strengthening of the Economic and Social Council, resolution 67/290 on the format and "
        "organizational aspects of the high-level political forum on sustainable development "
        "and resolution 70/299 on the follow-up and review of the 2030 Agenda",
        [
            ("72/305", GA, "A/RES/72/305"),
            ("68/1", GA, "A/RES/68/1"),
            ("67/290", GA, "A/RES/67/290"),
            ("70/299", GA, "A/RES/70/299"),
        ],
    ),
    (  # the end of A/RES/74/178 OP107 alone: Assembly session 42 met in 1987-1988
        "date-contradicts-the-assembly-session",
        "to prepare a study on arbitrary detention related to drug policies, through its "
        "resolution 42/22 of 26 September 2019;",
        [("42/22", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [case[1:] for case in OTHER_BODIES], ids=[c[0] for c in OTHER_BODIES]
)
def test_resolutions_of_other_bodies_are_not_the_assemblys(
    text: str, wanted: list[tuple[str, str | None, str | None]]
) -> None:
    found = [item for item in find_in_text(text) if item.kind == "resolution"]
    assert [(item.text, item.body, item.symbol) for item in found] == wanted


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
        HRC,
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
    assert found[0].url is not None and " " not in found[0].url
