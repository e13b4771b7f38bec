"""mineres.un.numbering: roman numerals, section labels in six scripts, restart prefixes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineres.un.numbering import (
    next_roman,
    plenary_meeting_line,
    restart_prefixes,
    roman_value,
    section_label,
    to_roman,
)


@given(st.integers(min_value=1, max_value=3999))
def test_roman_numerals_round_trip(value: int) -> None:
    assert roman_value(to_roman(value)) == value
    assert roman_value(to_roman(value).upper()) == value


@pytest.mark.parametrize(("label", "following"), [("i", "ii"), ("iv", "v"), ("ix", "x")])
def test_next_roman(label: str, following: str) -> None:
    assert next_roman(label) == following


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("II", "II"),
        ("IV.", "IV"),
        ("B", "B"),
        ("أولا", "I"),
        ("ثانيا", "II"),
        ("حادي عشر", "XI"),
        ("باء", "B"),
        ("一", "I"),
        ("十", "X"),
        ("十四", "XIV"),
        ("二十", "XX"),
        ("Budget", None),
        ("会议日历", None),
    ],
)
def test_section_labels_in_six_scripts(printed: str, label: str | None) -> None:
    assert section_label(printed) == label


def test_no_prefix_while_numbers_are_unique() -> None:
    assert restart_prefixes([(1, None, None), (2, None, "I")]) == [None, None]


def test_prefix_by_component_when_that_keeps_ids_apart() -> None:
    """ "74/92 A-B": each component numbers from 1; sections inside B do not matter."""
    operative = [(1, "A", "A"), (2, "A", "A"), (1, "B", "B.I"), (2, "B", "B.II")]
    assert restart_prefixes(operative) == ["A", "A", "B", "B"]


def test_prefix_by_section_when_numbering_restarts_inside_a_component() -> None:
    operative = [(1, None, "I"), (2, None, "I"), (1, None, "II")]
    assert restart_prefixes(operative) == ["I", "I", "II"]


@pytest.mark.parametrize(
    ("line", "meeting"),
    [
        ("49th plenary meeting", True),
        ("49e séance plénière", True),
        ("49a sesión plenaria", True),
        ("37-e пленарное заседание 7 декабря 2020 года", True),
        ("الجلسة العامة 49", True),
        ("第49次全体会议", True),
        ("Decides to convene a plenary meeting", False),
    ],
)
def test_closing_meeting_line_in_six_languages(line: str, meeting: bool) -> None:
    assert bool(plenary_meeting_line().match(line)) is meeting


def test_a_heading_that_does_not_restart_the_numbering_names_nothing() -> None:
    """A/RES/74/263, as the AKN reader sees it: sections I ... IX restart at 1, while "A", "B"
    and a table's "A" inside section VIII (paragraphs 5 ... 41 go on) and the unnumbered
    headings inside XVII (4, 5, 6) do not: their paragraphs are named after the section."""
    operative = [
        (1, None, "I"),
        (2, None, "I"),
        (4, None, "VIII"),
        (5, None, "A"),
        (30, None, "B"),
        (37, None, "A~11"),
        (1, None, "IX"),
        (4, None, "XVII"),
        (5, None, "S21"),
        (6, None, "S22"),
        (1, None, "XVIII"),
    ]
    assert restart_prefixes(operative) == [
        "I",
        "I",
        "VIII",
        "VIII",
        "VIII",
        "VIII",
        "IX",
        "XVII",
        "XVII",
        "XVII",
        "XVIII",
    ]


def test_the_text_reader_nesting_letters_gives_the_same_names() -> None:
    """The text classifier nests "A" and "B" under "VIII" ("VIII.A") and keeps unnumbered
    headings at the top ("S21"): the same ids come out as from the markup."""
    operative = [
        (1, "I", "I"),
        (4, "VIII", "VIII"),
        (5, "VIII", "VIII.A"),
        (30, "VIII", "VIII.B"),
        (4, "XVII", "XVII"),
        (5, "S21", "S21"),
        (1, "XVIII", "XVIII"),
    ]
    assert restart_prefixes(operative) == ["I", "VIII", "VIII", "VIII", "XVII", "XVII", "XVIII"]


# A/RES/74/263 in web text, cut to sections I, VIII (with its headings A, B and a table's A)
# and IX. Section I's heading is 206 characters long, on one line after its number.
OMNIBUS_PLAIN = """\
                                                A/RES/74/263
                                                Distr.: General
                                                14 January 2020

Seventy-fourth session
Agenda item 135

Resolution adopted by the General Assembly on 27 December 2019

[on the report of the Fifth Committee (A/74/614)]

74/263. Special subjects relating to the proposed programme budget for
    2020

     The General Assembly,

                                   I
Request for a subvention to the United Nations Institute for Disarmament Research \
resulting from the recommendations of the Board of Trustees of the Institute on the work \
programme of the Institute for 2020

     Having considered the note by the Secretary-General on the request
for a subvention to the United Nations Institute for Disarmament
Research resulting from the recommendations of the Board of Trustees of
the Institute on the work programme of the Institute for 2020 1/ and the
related report of the Advisory Committee on Administrative and Budgetary
Questions, 2/

     1.  Takes note of the note by the Secretary-General; 1/

     2.  Endorses the conclusions and recommendations contained in the
report of the Advisory Committee on Administrative and Budgetary
Questions; 2/

                                  VIII
 Administrative expenses of the United Nations Joint Staff Pension Fund

     4.  Emphasizes the existing prerogative of the General Assembly on
matters pertaining to the Pension Fund;

                                   A
Report of the United Nations Joint Staff Pension Board on the work of its sixty-sixth session

     5.  Stresses the importance of continuing to achieve the necessary
3.5 per cent annual real rate of return on a long-term basis for the
future solvency of the Pension Fund;

                                   B
 Administrative expenses of the United Nations Joint Staff Pension Fund

     30.  Notes that the Pension Fund is funded in part through
contributions from its member organizations and participating staff
members, whereby the contributions of member organizations are resourced
by Member States through the United Nations regular budget,
extrabudgetary contributions and the budget of other participating
member organizations;

                                   A
                       Pension Board secretariat

     37.  Also approves the revised estimates of 184,916,800 dollars for
the biennium 2018-2019 for the administration of the Pension Fund;

                                   IX
Progress in the implementation of a flexible workplace at United Nations Headquarters

     Takes note of the report of the Secretary-General;

                                    52nd (resumed) plenary meeting
                                    27 December 2019

_______________

1/ A/74/339.
2/ A/74/7/Add.9.
"""


def test_an_omnibus_resolution_read_from_text_names_paragraphs_by_section() -> None:
    from mineres.parse import parse_resolution

    parsed = parse_resolution(OMNIBUS_PLAIN)
    assert [p.id for p in parsed.paragraphs] == [
        "PP1",
        "I.OP1",
        "I.OP2",
        "VIII.OP4",
        "VIII.OP5",
        "VIII.OP30",
        "VIII.OP37",
        "IX.OP1",
    ]
    assert parsed.sections[0].heading.startswith("Request for a subvention")
    assert parsed.preamble[0].text.startswith("Having considered the note")
    assert parsed.preamble[0].footnotes == (1, 2)


# A/RES/74/263, sections XV and XVI in the ODS export: each section opens with a preamble of
# its own, so the first citations read 31, 32, 33, 34 (XV) then 35, 36 (XVI) in reading order,
# not with both preambles first. XVI's heading is 210 characters long.
OMNIBUS_ODS = (
    "Resolution adopted by the General Assembly on 27 December 2019\n"
    "[on the report of the Fifth Committee (A/74/614)]\n"
    "74/263.  Special subjects relating to the proposed programme budget for 2020\n\n\n"
    "\tThe General Assembly,\n"
    "\tXV\n"
    "\tRevised estimates resulting from resolutions and decisions adopted by the Human Rights"
    " Council at its fortieth, forty-first and forty-second sessions\n"
    "\tHaving considered the report of the Secretary-General31 and the related report of the"
    " Advisory Committee,32\n"
    "\t1.\tTakes note of the report of the Secretary-General;31\n"
    "\t2.\tEndorses the conclusions and recommendations contained in the report of the Advisory"
    " Committee;32\n"
    "\t3.\tApproves the establishment, effective 1 January 2020, of 18 posts under section 24,"
    " Human rights, of the proposed programme budget for 2020, comprising 6 posts to support"
    " the activities mandated by the Human Rights Council in its resolutions 40/13 of 22 March"
    " 2019,33 42/20 and 42/22 of 26 September 2019 and 42/23 of 27 September 201934 and 12"
    " posts for the establishment of the country office in the Sudan, as mandated in"
    " resolution 42/35 of 27 September 2019;34\n"
    "\tXVI\n"
    "\tRevised estimates relating to the programme budget for 2020 under section 27,"
    " Humanitarian assistance, and section 36, Staff assessment, for the Office of the United"
    " Nations Emergency Ebola Response Coordinator\n"
    "\tHaving considered the report of the Secretary-General35 and the related report of the"
    " Advisory Committee,36\n"
    "\t1.\tTakes note of the report of the Secretary-General;35\n"
    "\t2.\tEndorses the conclusions and recommendations contained in the report of the Advisory"
    " Committee,36 subject to the provisions of the present resolution;\n\n"
    "52nd (resumed) plenary meeting\n"
    "27 December 2019\n"
    "31 A/74/529.\n"
    "32 A/74/7/Add.26.\n"
    "33 See Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53"
    " (A/74/53), chap. IV, sect. A.\n"
    "34 Ibid., Supplement No. 53A (A/74/53/Add.1), chap. III.\n"
    "35 A/74/544.\n"
    "36 A/74/7/Add.27.\n"
)


def test_footnotes_of_an_omnibus_resolution_are_decoded_in_reading_order() -> None:
    from mineres.parse import parse_resolution

    parsed = parse_resolution(OMNIBUS_ODS)
    by_id = {p.id: p for p in parsed.paragraphs}
    assert [p.id for p in parsed.paragraphs] == [
        "PP1",
        "PP2",
        "XV.OP1",
        "XV.OP2",
        "XV.OP3",
        "XVI.OP1",
        "XVI.OP2",
    ]
    assert by_id["PP2"].footnotes == (35, 36)
    assert by_id["PP2"].text == (
        "Having considered the report of the Secretary-General and the related report of the"
        " Advisory Committee,"
    )
    assert by_id["XV.OP3"].footnotes == (33, 34)
    assert parsed.sections[1].heading.endswith("Emergency Ebola Response Coordinator")
    assert by_id["XV.OP3"].text.endswith("resolution 42/35 of 27 September 2019;")
