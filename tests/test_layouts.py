"""The two text layouts: the ODS export and the plain web text, rendered from the model."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from mineres.models import Metadata, Paragraph, Resolution
from mineres.parse.akn import parse_akn
from mineres.render.layouts import drafts_phrase, to_ods_text, to_plain_text

FIXTURES = Path(__file__).parent / "fixtures"


@cache
def akn(name: str) -> Resolution:
    return parse_akn((FIXTURES / "akn" / f"{name}.en.xml").read_text(encoding="utf-8"))


@cache
def ods_lines(name: str) -> list[str]:
    return to_ods_text(akn(name)).split("\n")


@cache
def plain_lines(name: str) -> list[str]:
    return to_plain_text(akn(name)).split("\n")


def test_ods_opening_lines() -> None:
    assert ods_lines("A_RES_74_80")[:7] == [
        "[DU1]",
        "Resolution adopted by the General Assembly on 13 December 2019",
        "[on the report of the Special Political and Decolonization Committee (Fourth Committee)"
        " (A/74/406)]",
        "74/80.  Assistance in mine action",
        "",
        "",
        "\tThe General Assembly,",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "\tRecalling also all relevant treaties and conventions1 and their review processes,",
        "\t1.\tTakes note of the report of the Secretary-General,12 including the recommendations"
        " contained therein;",
        "\t(a)\tAssistance to countries affected by mines and explosive remnants of war for the"
        " establishment and development of national mine action capacities, including in the"
        " fulfilment of the relevant international obligations of those countries and the"
        " implementation of national mine action strategies and plans;",
        "2 United Nations, Treaty Series, vol. 2056, No. 35597.",
        "[DU1]<<ODS JOB NO>><<ODS JOB NO>>",
        "<<ODS DOC SYMBOL1>>A/RES/74/80<<ODS DOC SYMBOL1>>",
        "United NationsA/RES/74/80General AssemblyDistr.: General",
        "26 December 2019Seventy-fourth session",
        "Agenda item 47",
    ],
)
def test_ods_lines(line: str) -> None:
    assert line in ods_lines("A_RES_74_80")


def test_ods_closing_lines_come_before_the_footnotes() -> None:
    lines = ods_lines("A_RES_74_80")
    at = lines.index("47th plenary meeting")
    assert lines[at - 1] == ""
    assert lines[at + 1 : at + 3] == [
        "13 December 2019",
        "1 These include the Convention on the"
        " Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and"
        " on Their Destruction, 1997; the Protocol on Prohibitions or Restrictions on the Use of"
        " Mines, Booby Traps and Other Devices, as amended in 1996 (Protocol II to the 1980"
        " Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons"
        " Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects); the"
        " Protocol on Explosive Remnants of War, 2003 (Protocol V to the 1980 Convention); the"
        " Convention on Cluster Munitions, 2008; the Protocol Additional to the Geneva Conventions"
        " of 12 August 1949, and relating to the Protection of Victims of International Armed"
        " Conflicts, 1977 (Protocol I); and the Convention on the Rights of Persons with"
        " Disabilities, 2006.",
    ]


def test_ods_sections_with_their_own_preamble_and_restarted_numbers() -> None:
    lines = ods_lines("A_RES_74_256")
    second = lines.index("\tII")
    assert lines[second + 1] == "\tActivities of the Independent Audit Advisory Committee"
    assert lines[second + 2].startswith("\tRecalling its resolutions")
    assert lines[second + 4].startswith("\t1.\tNotes with appreciation")
    assert lines[second - 1].startswith("\t20.\tWelcomes")
    assert lines.index("\tI") < lines.index("\tThe General Assembly,") + 2


def test_ods_a_lone_paragraph_has_no_number() -> None:
    lines = ods_lines("A_RES_74_179")
    assert "[without reference to a Main Committee (A/74/572)]" in lines
    assert "\tApproves the report of the Credentials Committee.1" in lines


def test_ods_nested_subparagraphs_keep_their_labels() -> None:
    lines = ods_lines("A_RES_74_265")
    labels = [line.split("\t")[1] for line in lines if line.startswith("\t(")]
    assert labels == ["(a)", "(b)", "(i)", "(ii)", "(iii)", "(iv)", "(v)", "(c)"]


def test_ods_reproduces_the_real_export_of_58_127() -> None:
    """Parsing the real ODS export and rendering it again gives the export back, line for line."""
    from mineres.parse import parse_resolution

    original = (FIXTURES / "ods" / "A_RES_58_127.txt").read_text(encoding="utf-8")
    rendered = to_ods_text(parse_resolution(original.encode()))

    def tidy(text: str) -> list[str]:
        return [" ".join(line.split(" ")).replace("  ", " ").rstrip() for line in text.split("\n")]

    assert tidy(rendered) == tidy(original)


def test_plain_header() -> None:
    lines = plain_lines("A_RES_74_80")
    assert [line.strip() for line in lines[:14]] == [
        "A/RES/74/80",
        "Distr.: General",
        "26 December 2019",
        "",
        "Seventy-fourth session",
        "Agenda item 47",
        "",
        "Resolution adopted by the General Assembly on 13 December 2019",
        "",
        "[on the report of the Special Political and Decolonization Committee",
        "(Fourth Committee) (A/74/406)]",
        "",
        "74/80. Assistance in mine action",
        "",
    ]


def test_plain_paragraphs_are_wrapped_and_indented() -> None:
    lines = plain_lines("A_RES_74_80")
    assert all(len(line) <= 72 for line in lines)
    op1 = lines.index("     1.  Takes note of the report of the Secretary-General, 12/")
    assert lines[op1 + 1] == "including the recommendations contained therein;"
    assert lines[op1 - 1] == ""
    assert "     Recalling also all relevant treaties and conventions 1/ and their" in lines
    assert any(line.startswith("     (a)  Assistance to countries affected") for line in lines)


def test_plain_footnotes_after_a_rule() -> None:
    lines = plain_lines("A_RES_74_80")
    rule = lines.index("_" * 15)
    assert lines.index("                                    47th plenary meeting") < rule
    assert "2/ United Nations, Treaty Series, vol. 2056, No. 35597." in lines[rule:]
    assert lines[-2] == "12/ A/74/288."
    first_note = lines[rule + 2]
    assert first_note.startswith("1/ These include the Convention")
    assert lines[rule + 3].startswith("   ")  # continuation lines sit under the text


def test_plain_nested_subparagraphs_are_indented_deeper() -> None:
    lines = plain_lines("A_RES_74_265")
    assert any(line.startswith("     (b)  Such commitments as the President") for line in lines)
    assert any(line.startswith("          (i)  The designation of ad hoc judges") for line in lines)


def adjacent_markers() -> Resolution:
    text = "Recalling the Convention, and the Protocol,"
    at = len("Recalling the Convention,")
    paragraph = Paragraph(
        id="PP1",
        kind="preambular",
        number=1,
        lead="Recalling",
        text=text,
        footnotes=(2, 3, 4),
        marker_offsets=((2, at), (3, at), (4, len(text))),
    )
    operative = Paragraph(
        id="OP1", kind="operative", number=1, lead="Decides", text="Decides.", footnotes=(5,)
    )
    return Resolution(metadata=Metadata(), preamble=(paragraph,), operative=(operative,))


def test_markers_at_one_place_and_markers_without_offsets() -> None:
    ods = to_ods_text(adjacent_markers())
    assert "\tRecalling the Convention,2,3 and the Protocol,4" in ods
    assert "\tDecides.5" in ods  # no offsets known: the marker goes at the end
    plain = to_plain_text(adjacent_markers())
    assert "     Recalling the Convention, 2/ 3/ and the Protocol, 4/" in plain


@pytest.mark.parametrize(
    ("drafts", "phrase"),
    [
        (("A/58/L.50", "A/58/L.50/Add.1"), "A/58/L.50 and Add.1"),
        (("A/74/L.2",), "A/74/L.2"),
        (("A/74/L.18", "A/74/L.18/Add.1", "A/74/L.18/Add.2"), "A/74/L.18, Add.1 and Add.2"),
    ],
)
def test_drafts_phrase(drafts: tuple[str, ...], phrase: str) -> None:
    assert drafts_phrase(drafts) == phrase


@pytest.mark.parametrize(
    ("language", "label"), [("en", "\t(a)\t"), ("fr", "\ta)\t"), ("ar", "\t(a)\t")]
)
def test_subparagraph_labels_as_each_language_prints_them(language: str, label: str) -> None:
    from mineres.models import Subparagraph

    sub = Subparagraph(id="OP1(a)", label="a", text="De faire rapport;")
    paragraph = Paragraph(
        id="OP1", kind="operative", number=1, lead="Prie", text="Prie :", subparagraphs=(sub,)
    )
    resolution = Resolution(metadata=Metadata(language=language), operative=(paragraph,))
    assert f"{label}De faire rapport;" in to_ods_text(resolution)


def test_plain_lines_never_end_on_a_suspended_hyphen() -> None:
    text = "Takes note of the burden- and responsibility-sharing " * 6
    paragraph = Paragraph(id="OP1", kind="operative", number=2, lead="Takes note", text=text)
    resolution = Resolution(metadata=Metadata(), operative=(paragraph,))
    rendered = to_plain_text(resolution)
    assert rendered.count("burden- and") == 6
    assert not any(line.endswith("-") for line in rendered.split("\n"))
