"""parse_akn on real AKN4UN files; every expected value was read by hand from the XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.errors import MineresError
from mineres.models import Paragraph, Resolution, Subparagraph, walk_subparagraphs
from mineres.parse.akn import label_style, parse_akn, split_symbols

AKN = Path(__file__).parent / "fixtures" / "akn"


@cache
def load(name: str) -> Resolution:
    return parse_akn((AKN / f"{name}.en.xml").read_text(encoding="utf-8"))


def paragraph(name: str, paragraph_id: str) -> Paragraph:
    found = load(name).paragraph(paragraph_id)
    assert isinstance(found, Paragraph), f"{paragraph_id} not found in {name}"
    return found


def subparagraph(name: str, sub_id: str) -> Subparagraph:
    found = load(name).paragraph(sub_id)
    assert isinstance(found, Subparagraph), f"{sub_id} not found in {name}"
    return found


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        ("A_RES_74_80", "symbol", "A/RES/74/80"),
        ("A_RES_74_80", "number", "74/80"),
        ("A_RES_74_80", "session", 74),
        ("A_RES_74_80", "agenda_item", "47"),
        ("A_RES_74_80", "title", "Assistance in mine action"),
        ("A_RES_74_80", "adopted", date(2019, 12, 13)),
        ("A_RES_74_80", "meeting", "47th plenary meeting"),
        ("A_RES_74_80", "distributed", date(2019, 12, 26)),
        ("A_RES_74_80", "committee", "Fourth Committee"),
        ("A_RES_74_80", "report", "A/74/406"),
        ("A_RES_74_80", "drafts", ()),
        ("A_RES_74_80", "language", "en"),
        ("A_RES_74_80", "layout", "akn"),
        ("A_RES_76_74", "agenda_item", "51"),
        ("A_RES_76_74", "meeting", "49th plenary meeting"),
        ("A_RES_76_74", "adopted", date(2021, 12, 9)),
        ("A_RES_76_74", "distributed", date(2021, 12, 15)),
        ("A_RES_76_74", "report", "A/76/413"),  # printed "A/76/413, para. 8"
        ("A_RES_74_179", "committee", None),  # "without reference to a Main Committee"
        ("A_RES_74_179", "drafts", ("A/74/572",)),
        ("A_RES_74_179", "report", None),
        ("A_RES_74_179", "meeting", "51st plenary meeting"),
        ("A_RES_74_256", "agenda_item", "133 and 144"),
        ("A_RES_74_256", "committee", "Fifth Committee"),
        ("A_RES_74_256", "meeting", "52nd (resumed) plenary meeting"),
        ("A_RES_74_265", "title", "Unforeseen and extraordinary expenses for 2020"),
        ("A_RES_74_265", "distributed", date(2020, 1, 14)),
    ],
)
def test_metadata(name: str, field: str, expected: object) -> None:
    assert getattr(load(name).metadata, field) == expected


@pytest.mark.parametrize(
    ("name", "preambular", "operative", "footnotes"),
    [
        ("A_RES_74_80", 23, 20, 12),
        ("A_RES_76_74", 27, 22, 11),
        ("A_RES_74_179", 1, 1, 1),
        ("A_RES_74_256", 4, 25, 2),
        ("A_RES_74_265", 0, 3, 1),
    ],
)
def test_counts(name: str, preambular: int, operative: int, footnotes: int) -> None:
    resolution = load(name)
    assert len(resolution.preamble) == preambular
    assert len(resolution.operative) == operative
    assert len(resolution.footnotes) == footnotes


@pytest.mark.parametrize(
    ("name", "paragraph_id", "lead"),
    [
        ("A_RES_74_80", "PP1", "Recalling"),
        ("A_RES_74_80", "PP6", "Reaffirming its deep concern"),
        ("A_RES_74_80", "PP11", "Noting"),  # marked up as "Noting " with the space inside
        ("A_RES_74_80", "PP23", "Noting also"),
        ("A_RES_74_80", "OP3", "Calls"),  # "Calls, in particular, for"
        ("A_RES_76_74", "PP10", "Strongly condemning"),
        ("A_RES_76_74", "OP4", "Urges"),  # the intro of a <list>
        ("A_RES_74_179", "OP1", "Approves"),
        ("A_RES_74_256", "PP3", "Recalling"),  # a <crossHeading> in section II
        ("A_RES_74_256", "II.OP1", "Notes with appreciation"),
        ("A_RES_74_265", "OP2", "Resolves"),
    ],
)
def test_leads(name: str, paragraph_id: str, lead: str) -> None:
    found = paragraph(name, paragraph_id)
    assert found.lead == lead
    assert found.text.startswith(lead)


def test_text_is_whole_with_markers_taken_out() -> None:
    pp2 = paragraph("A_RES_74_80", "PP2")
    assert pp2.text == (
        "Recalling also all relevant treaties and conventions and their review processes,"
    )
    assert pp2.footnotes == (1,)
    assert pp2.marker_offsets == ((1, len("Recalling also all relevant treaties and conventions")),)
    op1 = paragraph("A_RES_74_80", "OP1")
    assert op1.text == (
        "Takes note of the report of the Secretary-General, including the recommendations "
        "contained therein;"
    )
    assert op1.footnotes == (12,)


def test_several_markers_in_one_paragraph() -> None:
    pp23 = paragraph("A_RES_74_80", "PP23")
    assert pp23.footnotes == (9, 10, 11)
    assert pp23.text.endswith("Excessively Injurious or to Have Indiscriminate Effects,")
    assert "Protocol V) to the Convention" in pp23.text


def test_footnote_texts_and_citing_paragraphs() -> None:
    resolution = load("A_RES_74_80")
    assert [note.number for note in resolution.footnotes] == list(range(1, 13))
    note2 = resolution.footnote(2)
    assert note2 is not None
    assert note2.text == "United Nations, Treaty Series, vol. 2056, No. 35597."
    assert note2.cited_from == ("PP3",)
    assert [resolution.footnote(n).cited_from for n in (9, 10, 11, 12)] == [  # type: ignore[union-attr]
        ("PP23",),
        ("PP23",),
        ("PP23",),
        ("OP1",),
    ]


@pytest.mark.parametrize(
    ("name", "number", "cited_from"),
    [
        ("A_RES_74_179", 1, ("PP1", "OP1")),  # cited again by <sup>1</sup>
        ("A_RES_74_256", 1, ("PP2", "I.OP9")),
        ("A_RES_74_256", 2, ("PP4", "II.OP3")),
    ],
)
def test_a_marker_used_again_is_resolved_every_time(
    name: str, number: int, cited_from: tuple[str, ...]
) -> None:
    note = load(name).footnote(number)
    assert note is not None
    assert note.cited_from == cited_from


@pytest.mark.parametrize("name", ["A_RES_74_80", "A_RES_76_74"])
def test_subparagraphs_of_op4(name: str) -> None:
    """74/80 flattens (a)-(e) into unnumbered paragraphs; 76/74 marks them as a <list>."""
    op4 = paragraph(name, "OP4")
    assert [sub.label for sub in op4.subparagraphs] == ["a", "b", "c", "d", "e"]
    assert [sub.id for sub in op4.subparagraphs][:2] == ["OP4(a)", "OP4(b)"]
    assert op4.text.endswith("by providing:")
    assert op4.subparagraphs[0].text.startswith("Assistance to countries affected by mines")
    assert op4.subparagraphs[4].text.startswith("Technological assistance (i) to countries")
    assert all(not sub.subparagraphs for sub in op4.subparagraphs)  # "(i)" inside text, not a label


def test_nested_subparagraphs_marked_up_three_ways() -> None:
    """74/265 OP1: (a), (b) with (i)-(v) under it, (c); (iii) and (iv) carry <num>, the others not."""
    op1 = paragraph("A_RES_74_265", "OP1")
    assert [sub.label for sub in op1.subparagraphs] == ["a", "b", "c"]
    b = op1.subparagraphs[1]
    assert [sub.label for sub in b.subparagraphs] == ["i", "ii", "iii", "iv", "v"]
    assert [sub.id for sub in walk_subparagraphs(op1.subparagraphs)][2:5] == [
        "OP1(b)(i)",
        "OP1(b)(ii)",
        "OP1(b)(iii)",
    ]
    assert subparagraph("A_RES_74_265", "OP1(b)(iii)").text.startswith(
        "The maintenance in office for the completion of cases of judges"
    )
    assert op1.footnotes == (1,)


def test_restarted_numbering_names_paragraphs_after_their_section() -> None:
    resolution = load("A_RES_74_256")
    assert [(s.id, s.heading) for s in resolution.sections] == [
        ("I", "Activities of the Office of Internal Oversight Services"),
        ("II", "Activities of the Independent Audit Advisory Committee"),
    ]
    ids = [p.id for p in resolution.operative]
    assert ids == [f"I.OP{n}" for n in range(1, 21)] + [f"II.OP{n}" for n in range(1, 6)]
    assert [p.number for p in resolution.operative][19:21] == [20, 1]
    assert [p.section for p in resolution.preamble] == ["I", "I", "II", "II"]
    assert [p.lead for p in resolution.preamble] == [
        "Recalling",
        "Having considered",
        "Recalling",
        "Having considered",
    ]


def test_a_lone_unnumbered_paragraph_is_operative_paragraph_1() -> None:
    op1 = paragraph("A_RES_74_179", "OP1")
    assert (op1.kind, op1.number) == ("operative", 1)
    assert op1.text == "Approves the report of the Credentials Committee."
    assert op1.footnotes == (1,)


def test_ids_are_unique_and_without_warnings() -> None:
    for name in ("A_RES_74_80", "A_RES_76_74", "A_RES_74_179", "A_RES_74_256", "A_RES_74_265"):
        resolution = load(name)
        ids = [p.id for p in resolution.paragraphs]
        assert len(ids) == len(set(ids)), name
        assert resolution.warnings == (), name
        assert resolution.citations == ()


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("A/58/L.50 and Add.1", ("A/58/L.50", "A/58/L.50/Add.1")),
        ("A/74/L.12/Rev.1 and A/74/L.12/Rev.1/Add.1", ("A/74/L.12/Rev.1", "A/74/L.12/Rev.1/Add.1")),
        ("A/75/399, para. 96", ("A/75/399",)),
        ("A/74/406", ("A/74/406",)),
    ],
)
def test_split_symbols(text: str, symbols: tuple[str, ...]) -> None:
    assert split_symbols(text) == symbols


@pytest.mark.parametrize(
    ("after", "label", "next_label", "style"),
    [
        ("h", "i", "j", "letter"),  # (h) (i) (j)
        ("h", "i", "ii", "roman"),  # (h) (i) (ii): a list inside (h)
        ("a", "i", None, "roman"),
        ("c", "d", None, "letter"),
        ("u", "v", "w", "letter"),
    ],
)
def test_label_style(after: str, label: str, next_label: str | None, style: str) -> None:
    from mineres.parse.akn import Inline, SubDraft

    assert label_style(label, [SubDraft(after, "letter", Inline(""))], next_label) == style


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ('<!DOCTYPE x [<!ENTITY a "aaaa">]><akomaNtoso>&a;</akomaNtoso>', "DOCTYPE or ENTITY"),
        ("<akomaNtoso><statement>", "not well-formed XML"),
    ],
)
def test_bad_xml_is_one_line_error(xml: str, message: str) -> None:
    with pytest.raises(MineresError, match=message) as raised:
        parse_akn(xml)
    assert "\n" not in str(raised.value)


@settings(max_examples=60, deadline=None)
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0), st.sampled_from(["drop", "num", "class"])),
        min_size=1,
        max_size=10,
    ),
    number=st.sampled_from(["1.", "(i)", "I", "", "\t(a)\t", "12 -", "x"]),
)
def test_damaged_markup_gives_a_resolution_or_a_mineres_error(
    edits: list[tuple[int, str]], number: str
) -> None:
    root = ET.fromstring((AKN / "A_RES_74_265.en.xml").read_text(encoding="utf-8"))
    for index, edit in edits:
        pairs = [(parent, child) for parent in root.iter() for child in parent]
        if not pairs:
            break
        parent, child = pairs[index % len(pairs)]
        if edit == "drop":
            parent.remove(child)
        elif edit == "num":
            child.text = number
        else:
            child.set("class", "H23")
    try:
        resolution = parse_akn(ET.tostring(root, encoding="unicode"))
    except MineresError as error:
        assert "\n" not in str(error)
    else:
        assert all(p.id for p in resolution.paragraphs)


MINIMAL = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement>
<meta><identification><FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression>
</identification></meta>
<preamble><container><p>Recalling its resolution 1/1,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>Decides to remain seized of the matter.</p>
</content></paragraph></mainBody></statement></akomaNtoso>"""


@pytest.mark.parametrize(
    ("language", "leads"), [("eng", ["Recalling", "Decides"]), ("fra", ["", ""])]
)
def test_paragraphs_without_italics_take_their_lead_from_the_phrase_list_in_english(
    language: str, leads: list[str]
) -> None:
    resolution = parse_akn(MINIMAL.format(language=language))
    assert [p.lead for p in resolution.paragraphs] == leads


# ---------------------------------------------------------------- metadata from any body's markup

NEWER_CONCLUSIONS = re.compile(r"<inline name=\"adoptionMeeting\"([^>]*)>(.*?)</inline>")


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "zh"])
def test_meeting_in_the_newer_location_element_is_read(language: str) -> None:
    """Newer General Assembly markup wraps the adoption in <event> and tags the meeting as
    <location refersTo="#adoptionMeeting">: the real 76/74 conclusions rewritten that way."""
    markup = (AKN / f"A_RES_76_74.{language}.xml").read_text(encoding="utf-8")
    printed = NEWER_CONCLUSIONS.search(markup)
    assert printed is not None
    newer = NEWER_CONCLUSIONS.sub(
        r'<event refersTo="#adoption"><location\1 refersTo="#adoptionMeeting">\2</location>',
        markup,
    )
    newer = re.sub(r"(</docDate>)(\s*</p>\s*</conclusions>)", r"\1</event>\2", newer)
    metadata = parse_akn(newer).metadata
    assert metadata.meeting == " ".join(printed.group(2).split())
    assert "<location" in newer and "</event>" in newer
    assert metadata.adopted == date(2021, 12, 9)
    assert metadata.body == "General Assembly"


# A Security Council resolution in the shape AKN4UN gives it (no SC markup is bundled: the
# structure follows the AKN4UN statement/deliberation model, the words S/RES/2365 (2017)).
COUNCIL = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta><identification source="#DGACM"><FRBRWork>
      <FRBRthis value="/akn/un/statement/deliberation/unsc/2017-06-30/2365/!main"/>
      <FRBRuri value="/akn/un/statement/deliberation/unsc/2017-06-30/2365/"/>
      <FRBRdate date="2017-06-30" name="adoption"/>
      <FRBRauthor href="#sc" as="#author"/>
      <FRBRcountry value="un"/>
    </FRBRWork><FRBRExpression><FRBRlanguage language="{code}"/></FRBRExpression>
    </identification></meta>
    <coverPage>
      <p><docAuthority refersTo="#publisher">United Nations</docAuthority></p>
      <p><docNumber refersTo="#symbol">S/RES/2365 (2017)</docNumber></p>
      <p><docAuthority refersTo="#issuingBody">{body}</docAuthority></p>
    </coverPage>
    <preface>
      <p><docNumber>{number}</docNumber></p>
      <p>{adopted}</p>
    </preface>
    <preamble>
      <formula name="enactingFormula"><p>{formula}</p></formula>
      <container name="Recalling"><p><span class="italic">Recalling</span> the statements of
      its President,</p></container>
    </preamble>
    <mainBody>
      <paragraph eId="para_1"><num>1.</num><content><p><span class="italic">Decides</span>
      to remain seized of the matter.</p></content></paragraph>
    </mainBody>
  </statement>
</akomaNtoso>"""


@pytest.mark.parametrize(
    ("code", "body", "number", "adopted", "formula", "meeting"),
    [
        (
            "eng",
            "Security Council",
            "Resolution 2365 (2017)",
            "Adopted by the Security Council at its 7992nd meeting, on 30 June 2017",
            "The Security Council,",
            "7992nd meeting",
        ),
        (
            "fra",
            "Conseil de sécurité",
            "Résolution 2365 (2017)",
            "Adoptée par le Conseil de sécurité à sa 7992e séance, le 30 juin 2017",
            "Le Conseil de sécurité,",
            "7992e séance",
        ),
        (
            "zho",
            "安全理事会",
            "第2365 (2017)号决议",
            "2017年6月30日安全理事会第7992次会议通过",
            "安全理事会，",
            "第7992次会议",
        ),
    ],
)
def test_security_council_markup(
    code: str, body: str, number: str, adopted: str, formula: str, meeting: str
) -> None:
    markup = COUNCIL.format(code=code, body=body, number=number, adopted=adopted, formula=formula)
    metadata = parse_akn(markup).metadata
    assert metadata.body == "Security Council"
    assert metadata.number == "2365 (2017)"
    assert metadata.symbol == "S/RES/2365 (2017)"
    assert metadata.meeting == meeting
    assert metadata.adopted == date(2017, 6, 30)


def test_council_body_from_identifiers_or_symbol_when_the_cover_page_is_silent() -> None:
    markup = COUNCIL.format(
        code="eng", body="", number="", adopted="", formula="The Security Council,"
    )
    metadata = parse_akn(markup).metadata
    assert (metadata.body, metadata.number) == ("Security Council", "2365 (2017)")
    no_identifiers = re.sub(r"<FRBR(?:this|uri|author)[^>]*/>", "", markup)
    assert parse_akn(no_identifiers).metadata.body == "Security Council"  # from S/RES/
