"""Footnote markers decoded over the whole document: one test for each rule of the decoder.

The excerpts are real paragraphs of the corpus in ../shared as the ODS export and the web
text print them (or, for the cases found on resolutions outside it, as issue 8 quotes them),
shortened. Each test is named for the rule it guards: deleting the rule fails its test.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.models import Paragraph, Subparagraph
from mineres.parse.footnote_decoder import decode
from mineres.parse.footnote_readings import (
    marker_runs,
    names_with_prefixes,
    sites_of,
    symbol_at,
    written_exactly,
)
from mineres.parse.footnotes import parse_footnote_texts, resolve_footnote_markers

from .growth import ALLOWED_GROWTH, growth


def paragraph(number: int, text: str, *subs: str) -> Paragraph:
    return Paragraph(
        id=f"OP{number}",
        kind="operative",
        number=number,
        lead="",
        text=text,
        subparagraphs=tuple(
            Subparagraph(id=f"OP{number}({chr(97 + i)})", label=chr(97 + i), text=sub)
            for i, sub in enumerate(subs)
        ),
    )


def decoded(*texts: str, notes: int | None = None) -> list[tuple[str, tuple[int, ...]]]:
    """(clean text, markers) of each paragraph; the footnotes are 1..notes."""
    count = notes if notes is not None else 9
    paragraphs = tuple(paragraph(i + 1, text) for i, text in enumerate(texts))
    result, _, _ = resolve_footnote_markers(
        paragraphs, {n: f"note {n}" for n in range(1, count + 1)}
    )
    return [(p.text, p.footnotes) for p in result]


# ---------------------------------------------------------------- where a marker is glued


def test_glued_to_a_word() -> None:
    assert decoded(
        "Reaffirming the Convention on Cluster Munitions1 and the Protocol", notes=1
    ) == [("Reaffirming the Convention on Cluster Munitions and the Protocol", (1,))]


def test_glued_to_a_roman_numeral() -> None:
    assert decoded("Protocol V1 and Amended Protocol II2 to the Convention", notes=2) == [
        ("Protocol V and Amended Protocol II to the Convention", (1, 2))
    ]


def test_a_single_letter_and_digits_is_a_name() -> None:
    assert decoded("the G20 and the Convention1", notes=20) == [
        ("the G20 and the Convention", (1,))
    ]


def test_after_a_closing_quote() -> None:
    text = "entitled “Our ocean, our future: call for action”1 and encourages"
    assert decoded(text, notes=1) == [
        ("entitled “Our ocean, our future: call for action” and encourages", (1,))
    ]


def test_after_a_semicolon_even_repeated() -> None:
    texts = (
        "the Nouméa Accord;1",
        "Urges respect for the spirit and letter of the Nouméa Accord;1",
    )
    assert decoded(*texts, notes=1)[1] == (
        "Urges respect for the spirit and letter of the Nouméa Accord;",
        (1,),
    )


def test_after_a_word_and_a_comma() -> None:
    assert decoded("Advisory Committee on Administrative and Budgetary Questions,1", notes=1) == [
        ("Advisory Committee on Administrative and Budgetary Questions,", (1,))
    ]


def test_after_a_year_and_a_comma_in_a_run_of_symbols() -> None:
    text = (
        "Human Rights Council resolutions 13/13 of 25 March 2010,1 22/6 of 21 March 2013,2 "
        "31/32 of 24 March 2016,3 34/5 of 23 March 20174 and"
    )
    assert decoded(text, notes=4) == [
        (
            "Human Rights Council resolutions 13/13 of 25 March 2010, 22/6 of 21 March 2013, "
            "31/32 of 24 March 2016, 34/5 of 23 March 2017 and",
            (1, 2, 3, 4),
        )
    ]


def test_after_a_symbol_and_a_comma_even_repeated() -> None:
    texts = (
        "its resolution 2005/5,1 that",
        "in its resolution 2005/5,1 that the Special Rapporteur",
    )
    assert decoded(*texts, notes=1)[1] == (
        "in its resolution 2005/5, that the Special Rapporteur",
        (1,),
    )


def test_adjacent_markers_lose_the_comma_between_them() -> None:
    texts = (
        "the Convention1 and the Protocol2",
        "revert on the status of the above-mentioned reports1,2 at the main part",
    )
    assert decoded(*texts, notes=2)[1] == (
        "revert on the status of the above-mentioned reports at the main part",
        (1, 2),
    )


def test_after_a_full_stop_but_not_after_an_abbreviation() -> None:
    texts = (
        "Takes note of the report of the Credentials Committee.1",
        "decision C-SS-4/ DEC.3 (dated",
    )
    assert decoded(*texts, notes=3) == [
        ("Takes note of the report of the Credentials Committee.", (1,)),
        ("decision C-SS-4/ DEC.3 (dated", ()),
    ]


def test_after_chinese_punctuation() -> None:
    text = "又回顾《联合国千年宣言》、1 大会认可《发展筹资问题国际会议蒙特雷共识》2 的2002年7月9日第56/210 B号决议"
    assert decoded(text, notes=2) == [
        (
            "又回顾《联合国千年宣言》、 大会认可《发展筹资问题国际会议蒙特雷共识》 的2002年7月9日第56/210 B号决议",
            (1, 2),
        )
    ]


def test_after_chinese_punctuation_before_punctuation() -> None:
    texts = ("又回顾《联合国千年宣言》1，", "和《可持续发展问题世界首脑会议执行计划》2，")
    assert [markers for _, markers in decoded(*texts, notes=2)] == [(1,), (2,)]


def test_after_chinese_text_before_a_space() -> None:
    text = "同时考虑到联合国制定的在2020年之前铲除殖民主义的目标及第二个1 和第三个铲除殖民主义国际十年行动计划"
    assert decoded(text, notes=1) == [
        (
            "同时考虑到联合国制定的在2020年之前铲除殖民主义的目标及第二个 和第三个铲除殖民主义国际十年行动计划",
            (1,),
        )
    ]


def test_chinese_numbers_before_characters_or_a_bracket_are_text() -> None:
    texts = (
        "修正的《议定书》，1 经1996年5月3日修正",
        "就可以促进实现可持续发展目标1 (在全世界消除一切形式的贫困)",
        "可持续发展目标6，促进落实行动十年目标",
        "《宣言》、2 《议程》、3 《方案》4 和《计划》，5 和《公约》，6",
    )
    assert [markers for _, markers in decoded(*texts, notes=6)] == [(1,), (), (), (2, 3, 4, 5, 6)]


def test_arabic_brackets() -> None:
    texts = (
        "ذات الصلة بالموضوع(1) وعمليات الاستعراض",
        "والشعوب المستعمرة عن أعمالها لعام 2020(2)،",
        "المخدِّرات العالمية لعام 2009 (3)، والبيان",
    )
    assert decoded(*texts, notes=3) == [
        ("ذات الصلة بالموضوع() وعمليات الاستعراض", (1,)),
        ("والشعوب المستعمرة عن أعمالها لعام 2020()،", (2,)),
        ("المخدِّرات العالمية لعام 2009 ()، والبيان", (3,)),
    ]


def test_arabic_markers_glued_before_the_arabic_comma() -> None:
    texts = (
        "المؤرخ 17 تموز/يوليه 20201، وقرارات لجنة حقوق الإنسان",
        "الدولي الخاص بالحقوق المدنية والسياسية\u200f2 والاتفاقية الدولية",
        "لتحقيق هدف ”دحر الملاريا“3 والغايات المنشودة",
        "وما يتصل بذلك من تعصُّب4؛",
    )
    assert decoded(*texts, notes=4) == [
        ("المؤرخ 17 تموز/يوليه 2020، وقرارات لجنة حقوق الإنسان", (1,)),
        ("الدولي الخاص بالحقوق المدنية والسياسية\u200f والاتفاقية الدولية", (2,)),
        ("لتحقيق هدف ”دحر الملاريا“ والغايات المنشودة", (3,)),
        ("وما يتصل بذلك من تعصُّب؛", (4,)),
    ]


def test_an_ascii_comma_between_digits_in_arabic_text_is_a_decimal() -> None:
    texts = ("بالموضوع1، والاتفاقية", "وأن 1,2 بليون من الناس", "برمودا3،")
    assert decoded(*texts, notes=3)[1] == ("وأن 1,2 بليون من الناس", ())


# ---------------------------------------------------------------- a number and a marker


def test_after_a_year() -> None:
    assert decoded("the Geneva Conventions of 12 August 19491 and the Additional Protocols") == [
        ("the Geneva Conventions of 12 August 1949 and the Additional Protocols", (1,))
    ]


def test_after_a_year_range() -> None:
    text = "the Sendai Framework for Disaster Risk Reduction 2015–20301 to ensure"
    assert decoded(text) == [
        ("the Sendai Framework for Disaster Risk Reduction 2015–2030 to ensure", (1,))
    ]


def test_after_a_symbol_of_five_digits() -> None:
    assert decoded("its resolution 73/1551 of 17 December 2018") == [
        ("its resolution 73/155 of 17 December 2018", (1,))
    ]


def test_after_a_security_council_symbol_of_five_digits() -> None:
    assert decoded("Security Council resolution S/RES/24421 (2018)", notes=1) == [
        ("Security Council resolution S/RES/2442 (2018)", (1,))
    ]


def test_after_a_session_symbol_of_four_digits() -> None:
    assert decoded("pursuant to its resolution 59/3001 and the reports") == [
        ("pursuant to its resolution 59/300 and the reports", (1,))
    ]


ELEVEN_CITED = "the Conventions1,2,3,4,5,6,7,8,9,10"


def test_after_a_symbol_numbered_by_year() -> None:
    text = "the Commission on Human Rights in its resolution 1998/7211 and the Council"
    assert decoded(ELEVEN_CITED, text, notes=11)[1] == (
        "the Commission on Human Rights in its resolution 1998/72 and the Council",
        (11,),
    )


def test_a_year_after_a_slash_is_never_split() -> None:
    texts = ("the immediate repeal of Law No. 10/2018, concerned", "the Report 2017/2018 of")
    assert [markers for _, markers in decoded(*texts, notes=1)] == [(), ()]


def test_short_symbol_split_only_by_the_numbering() -> None:
    text = "Prenant acte du rapport présenté en application de la résolution 74/521,"
    assert decoded(text, notes=1) == [
        ("Prenant acte du rapport présenté en application de la résolution 74/52,", (1,))
    ]
    repeat = ("Accord commercial1 visant", "de la résolution 74/521,")
    assert decoded(*repeat, notes=1)[1] == ("de la résolution 74/521,", ())


def test_a_symbol_within_a_sentence_is_whole() -> None:
    texts = (
        "Rappelant ses résolutions 62/28 du 5 décembre 2007, 63/51 du 2 décembre 2008,",
        "en application de la résolution 74/521,",
    )
    assert decoded(*texts, notes=1) == [
        ("Rappelant ses résolutions 62/28 du 5 décembre 2007, 63/51 du 2 décembre 2008,", ()),
        ("en application de la résolution 74/52,", (1,)),
    ]


def test_a_number_after_a_common_noun_stays() -> None:
    """ "paragraph 63" keeps its 3 though "paragraph 6" is written too and footnote 3 is cited
    nowhere in the paragraphs (an annex or a heading may cite it)."""
    texts = (
        "the Convention1 and the Protocol2",
        "in accordance with paragraph 6 of the Final Document",
        "consistent with paragraph 63 (d) of the Final Document",
        "held from 12 to 30 September and from 16 to 18 May",
        "the Statute4",
    )
    assert [text for text, _ in decoded(*texts, notes=4)[1:4]] == list(texts[1:4])


def test_where_markers_follow_punctuation_a_final_symbol_keeps_its_digits() -> None:
    texts = ("the Development,1 the Agenda,3", "in paragraph 8 of its resolution 73/122.")
    assert decoded(*texts, notes=3)[1] == ("in paragraph 8 of its resolution 73/122.", ())


def test_after_a_name_written_elsewhere() -> None:
    text = (
        "the Rio Declaration on Environment and Development,1 Agenda 21,2 the Programme for the "
        "Further Implementation of Agenda 213 and the Plan of Implementation4"
    )
    assert decoded(text, notes=4) == [
        (
            "the Rio Declaration on Environment and Development, Agenda 21, the Programme for the "
            "Further Implementation of Agenda 21 and the Plan of Implementation",
            (1, 2, 3, 4),
        )
    ]


def test_a_name_with_numbers_after_it_twice() -> None:
    text = "el Programa 211, el Plan para la Ulterior Ejecución del Programa 212 y el Plan3"
    assert decoded(text, notes=3) == [
        ("el Programa 21, el Plan para la Ulterior Ejecución del Programa 21 y el Plan", (1, 2, 3))
    ]


def test_a_year_is_never_a_number_and_a_marker() -> None:
    texts = ("as set out in Vision 2021 and Vision 2025 of the country", "the Convention2")
    assert decoded(*texts, notes=2)[0] == (texts[0], ())


def test_a_year_after_a_slash_at_the_end_is_whole() -> None:
    paragraphs = (paragraph(1, "la Convention1,"), paragraph(2, "abrogation de la loi no 10/2018,"))
    result, _, _ = resolve_footnote_markers(paragraphs, {1: "a", 18: "b"})
    assert result[1].text == "abrogation de la loi no 10/2018,"


def test_after_a_name_and_a_comma_even_repeated() -> None:
    texts = ("Agenda 21,1 and the Rio Declaration", "chapter 17 of Agenda 21,1 and that")
    assert decoded(*texts, notes=1)[1] == ("chapter 17 of Agenda 21, and that", (1,))


def test_a_number_without_a_name_elsewhere_stays() -> None:
    assert decoded("the Convention1 and resolution of 27 March 2014", notes=7)[0] == (
        "the Convention and resolution of 27 March 2014",
        (1,),
    )


def test_a_re_cited_marker_after_a_name_cited_with_it_elsewhere() -> None:
    texts = (
        "Effects1 and its amended article 1,2 the Protocol on Non-Detectable Fragments3",
        "to the Convention, its amended article 12 and the Protocols;",
    )
    assert decoded(*texts, notes=3) == [
        ("Effects and its amended article 1, the Protocol on Non-Detectable Fragments", (1, 2, 3)),
        ("to the Convention, its amended article 1 and the Protocols;", (2,)),
    ]


def test_a_currency_amount_is_never_a_marker() -> None:
    texts = ("the Convention1", "lived on less than $1.90 per day", "the Protocol2")
    assert decoded(*texts, notes=2)[1] == ("lived on less than $1.90 per day", ())


def test_a_number_inside_an_amount_is_never_a_marker() -> None:
    """ "Target 12.5" is not "Target 1" and marker 2, though "Target 1" is written."""
    texts = ("the Convention1", "Target 1.1 and Target 12.5 of the Goals", "the Protocol3")
    assert decoded(*texts, notes=3)[1] == ("Target 1.1 and Target 12.5 of the Goals", ())


def test_a_repeat_needs_strong_evidence() -> None:
    texts = ("la Convention1, le Protocole2, l’Accord3 et le Code4", "de 1 milliard à 1,4 milliard")
    assert decoded(*texts, notes=4)[1] == ("de 1 milliard à 1,4 milliard", ())


def test_a_decimal_comma_where_markers_stand_before_punctuation() -> None:
    """French, Spanish and Russian glue markers before the comma ("commercial1,"): there
    "1,2 milliard" is a decimal, even when footnote 2 is cited nowhere else."""
    texts = (
        "d’appliquer l’Accord commercial1, visant",
        "de 1 milliard à 1,2 milliard",
        "Protocole3,",
    )
    assert decoded(*texts, notes=3)[1] == ("de 1 milliard à 1,2 milliard", ())


def test_thousands_are_never_a_marker() -> None:
    texts = (
        "Convention1",
        "more than 1,000 mines and 12,500 devices",
        "并回顾已有11 000多名原住民",
    )
    assert [markers for _, markers in decoded(*texts, notes=12)] == [(1,), (), ()]


def test_a_year_before_a_word_is_never_split() -> None:
    assert decoded("Convention1", "the 2021 Working Group", notes=9)[1] == (
        "the 2021 Working Group",
        (),
    )


# ---------------------------------------------------------------- the numbering


def test_first_mentions_in_order() -> None:
    """ "paragraphs 5,12 of" with footnotes 1-12: 12 comes long before its turn."""
    texts = ("the Convention1 and the Protocol2", "paragraphs 5,12 of its report3")
    assert decoded(*texts, notes=12)[1] == ("paragraphs 5,12 of its report", (3,))


def test_a_missed_marker_does_not_hide_the_ones_after_it() -> None:
    texts = ("the Convention1", "the Protocol3", "the Statute4")
    assert [markers for _, markers in decoded(*texts, notes=4)] == [(1,), (3,), (4,)]


def test_the_numbering_chooses_where_a_symbol_ends() -> None:
    """ "decision VII/1112" is VII/11 and marker 12 or VII/111 and marker 2: 12 is next."""
    text = "as well as decision VII/1112 and other relevant decisions"
    assert decoded(ELEVEN_CITED + ",11", text, notes=12)[1] == (
        "as well as decision VII/11 and other relevant decisions",
        (12,),
    )


def test_sub_paragraphs_are_read_in_document_order() -> None:
    paragraphs = (paragraph(1, "Recalls the Convention1:", "the Protocol2;", "the Statute3."),)
    result, footnotes, warnings = resolve_footnote_markers(paragraphs, {1: "a", 2: "b", 3: "c"})
    assert [sub.footnotes for sub in result[0].subparagraphs] == [(2,), (3,)]
    assert [note.cited_from for note in footnotes] == [("OP1",), ("OP1(a)",), ("OP1(b)",)]
    assert warnings == ()


def test_a_footnote_no_paragraph_cites_is_warned() -> None:
    _, _, warnings = resolve_footnote_markers((paragraph(1, "the Convention1"),), {1: "a", 2: "b"})
    assert warnings == ("footnote 2 is not cited from any paragraph",)


# ---------------------------------------------------------------- web text and superscripts


def test_slash_markers_in_web_text() -> None:
    texts = (
        "held in Doha 1/, its resolution 56/210 B",
        "развитию 2/ и План 3/,",
        "《21世纪议程》、 4/《进一步》",
    )
    assert decoded(*texts, notes=4) == [
        ("held in Doha, its resolution 56/210 B", (1,)),
        ("развитию и План,", (2, 3)),
        ("《21世纪议程》、《进一步》", (4,)),
    ]


def test_slash_style_keeps_glued_digits() -> None:
    texts = ("the Convention 1/ and Protocol II", "its resolution 73/155 of 2018")
    assert [text for text, _ in decoded(*texts, notes=9)] == [
        "the Convention and Protocol II",
        "its resolution 73/155 of 2018",
    ]


def test_superscript_digits() -> None:
    assert decoded("the Convention¹ and the Protocol²", notes=2) == [
        ("the Convention and the Protocol", (1, 2))
    ]


# ---------------------------------------------------------------- no ceiling, linear


def test_footnote_texts_have_no_ceiling() -> None:
    assert parse_footnote_texts(["999 A/58/260.", "1000 See A/59/1.", "1/ Ibid."]) == {
        999: "A/58/260.",
        1000: "See A/59/1.",
        1: "Ibid.",
    }


def many_notes(count: int) -> tuple[tuple[Paragraph, ...], dict[int, str]]:
    paragraphs = tuple(
        paragraph(n, f"Notes the report on mines{n} and resolution 73/15{n % 10} of 2018,")
        for n in range(1, count + 1)
    )
    return paragraphs, {n: f"A/{n}" for n in range(1, count + 1)}


def test_fifteen_hundred_footnotes_are_all_cited() -> None:
    paragraphs, notes = many_notes(1500)
    result, footnotes, warnings = resolve_footnote_markers(paragraphs, notes)
    assert warnings == ()
    assert result[999].text == "Notes the report on mines and resolution 73/150 of 2018,"
    assert result[999].footnotes == (1000,)
    assert all(note.cited_from == (f"OP{note.number}",) for note in footnotes)


def test_decoding_grows_linearly() -> None:
    def work(count: int) -> None:
        resolve_footnote_markers(*many_notes(count))

    assert growth(work, 200, 1600) < ALLOWED_GROWTH


def test_the_decoder_keeps_a_bounded_number_of_states() -> None:
    """The work per site is bounded: the beam, not the number of footnotes, sets it."""
    paragraphs, notes = many_notes(1500)
    texts = [p.text for p in paragraphs]
    sites = sites_of(texts, frozenset(notes), slash_style=False)
    assert len(sites) <= 2 * len(texts)
    assert len(decode(sites, frozenset(notes))) == 1500


@pytest.mark.parametrize(
    "text",
    ["A/58/L.50 and Add.1", "COVID-19 pandemic", "grade P‑2 posts", "IMO resolution A.1090(28)"],
)
def test_symbols_and_names_keep_their_digits(text: str) -> None:
    assert decoded(text, notes=50) == [(text, ())]


# ---------------------------------------------------------------- totality


def removed_characters(before: str, after: str) -> str | None:
    """What `before` loses to become `after` when `after` is `before` with characters taken out,
    else None."""
    lost: list[str] = []
    position = 0
    for char in before:
        if position < len(after) and after[position] == char:
            position += 1
        else:
            lost.append(char)
    return "".join(lost) if position == len(after) else None


PIECES = st.sampled_from(
    ["Convention", "Agenda", " ", ",", ".", ";", "/", "(", ")", "”", "$", "年", "，", "Протокол"]
)


@given(
    st.lists(st.lists(st.one_of(PIECES, st.integers(0, 3000).map(str)), max_size=12), max_size=6)
)
@settings(max_examples=200, deadline=None)
def test_decoding_only_ever_takes_markers_out(pieces: list[list[str]]) -> None:
    texts = ["".join(paragraph_pieces) for paragraph_pieces in pieces]
    paragraphs = tuple(paragraph(i + 1, text) for i, text in enumerate(texts))
    result, footnotes, _ = resolve_footnote_markers(paragraphs, {n: "x" for n in range(1, 30)})
    for text, decoded_paragraph in zip(texts, result, strict=True):
        collapsed = " ".join(text.split()) if decoded_paragraph.footnotes else text
        lost = removed_characters(collapsed, decoded_paragraph.text)
        assert lost is not None and set(lost) <= set("0123456789, /"), (
            text,
            decoded_paragraph.text,
        )
    assert len(footnotes) == 29


# ---------------------------------------------------------------- evidence the document gives


def test_after_a_symbol_written_twice_elsewhere_by_the_numbering() -> None:
    """A/RES/75/45 (Spanish): "74/542 y" within a sentence is resolution 74/54 and note 2,
    for "74/54" is written as it stands twice elsewhere (PP1, OP6), "74/542" nowhere, and
    note 2 is cited nowhere else."""
    texts = (
        "Recordando sus resoluciones 73/40, de 5 de diciembre de 2018, y 74/54, de 12 de"
        " diciembre de 2019,",
        "Recordando la decisión expresada por los Jefes de Estado y de Gobierno en la"
        " Declaración del Milenio1 de esforzarse por eliminar las armas de destrucción masiva,",
        "Tomando nota del informe del Secretario General presentado con arreglo a la resolución"
        " 74/542 y acogiendo con beneplácito el hecho de que un gran número de Estados Miembros"
        " han presentado sus opiniones para el informe,",
        "Observando la aprobación, sometida a voto, del Tratado sobre la Prohibición de las"
        " Armas Nucleares3 el 7 de julio de 2017,",
        "Toma nota de las opiniones que figuran en el informe presentado por el Secretario"
        " General con arreglo a la resolución 74/54, y solicita al Secretario General que"
        " transmita dicho informe a la Conferencia de Desarme;",
    )
    result = decoded(*texts, notes=3)
    assert result[2] == (
        "Tomando nota del informe del Secretario General presentado con arreglo a la resolución"
        " 74/54 y acogiendo con beneplácito el hecho de que un gran número de Estados Miembros"
        " han presentado sus opiniones para el informe,",
        (2,),
    )
    assert [markers for _, markers in result] == [(), (1,), (2,), (3,), ()]


def test_a_symbol_written_once_elsewhere_keeps_its_digits() -> None:
    """A/RES/74/194: "66/10" is written once, in another paragraph; "66/105 of 9 December
    2011" keeps its 5 though note 5 is cited nowhere in the paragraphs."""
    texts = (
        "the Convention1 and the Protocols,2 the Agreement3 and the Statute4",
        "Recalling also its resolution 66/10 of 18 November 2011,",
        "Recalling its resolutions 65/34 of 6 December 2010, 66/105 of 9 December 2011 and"
        " 67/99 of 14 December 2012,",
        "the Charter6",
    )
    assert decoded(*texts, notes=6)[2] == (texts[2], ())


def test_after_a_number_two_runs_share_in_a_script_without_capitals() -> None:
    """A/RES/75/220 (Arabic): Agenda 21 ("جدول أعمال القرن 21") followed by notes 2 and 3;
    no capital tells a name, but the two runs "212" and "213" share "21"."""
    text = (
        "إذ تعيد تأكيد إعلان ريو بشأن البيئة والتنمية1 وجدول أعمال القرن 212 وبرنامج مواصلة"
        " تنفيذ جدول أعمال القرن 213 وإعلان جوهانسبرغ بشأن التنمية المستدامة4 وخطة تنفيذ نتائج"
        " مؤتمر القمة العالمي للتنمية المستدامة (خطة جوهانسبرغ للتنفيذ)5،"
    )
    assert decoded(text, notes=5) == [
        (
            "إذ تعيد تأكيد إعلان ريو بشأن البيئة والتنمية وجدول أعمال القرن 21 وبرنامج مواصلة"
            " تنفيذ جدول أعمال القرن 21 وإعلان جوهانسبرغ بشأن التنمية المستدامة وخطة تنفيذ نتائج"
            " مؤتمر القمة العالمي للتنمية المستدامة (خطة جوهانسبرغ للتنفيذ)،",
            (1, 2, 3, 4, 5),
        )
    ]


def test_a_number_shared_only_by_its_first_digit_stays() -> None:
    """ "from 12 to 30 ... from 16 to 18" share only "1": dates, not a name with notes 2, 6."""
    texts = (
        "the Convention1 and",
        "held from 12 to 30 September 2011 and from 16 to 18 May 2017,",
        "the Statute3, the Protocol4, the Agreement5",
    )
    assert decoded(*texts, notes=6)[1] == (texts[1], ())


def noted(texts: tuple[str, ...], notes: dict[int, str]) -> list[tuple[str, tuple[int, ...]]]:
    paragraphs = tuple(paragraph(i + 1, text) for i, text in enumerate(texts))
    result, _, _ = resolve_footnote_markers(paragraphs, notes)
    return [(p.text, p.footnotes) for p in result]


COP_NOTES = {
    27: "See United Nations Environment Programme, document UNEP/CBD/COP/12/29, sect. I.",
    28: "See United Nations Environment Programme, document UNEP/CBD/COP/13/25, sect. I.",
    29: "See United Nations Environment Programme, document UNEP/CBD/CP/MOP/8/17, sect. I.",
}
COP_TEXTS = (
    "Noting the outcomes of the twelfth meeting of the Conference of the Parties,27",
    "Noting the outcomes of the thirteenth meeting of the Conference of the Parties to the"
    " Convention,28 the eighth meeting of the Conference of the Parties serving as the Meeting"
    " of the Parties to the Cartagena Protocol29 and",
)


def test_after_a_decision_of_the_session_its_note_names_even_repeated() -> None:
    """A/RES/74/221, OP31: "decision XIII/128" is decision XIII/1 and note 28 cited again, for
    note 28 reports on the thirteenth meeting (UNEP/CBD/COP/13/25)."""
    text = (
        "Reaffirms the need for a comprehensive and participatory process towards developing"
        " proposals for the follow-up to the Strategic Plan for Biodiversity 2011–2020, fully in"
        " line with decision XIII/128 and decision 14/34, as well as other relevant decisions"
    )
    assert noted((*COP_TEXTS, text), COP_NOTES)[2] == (text.replace("XIII/128", "XIII/1"), (28,))


def test_a_decision_of_another_session_than_the_note_names_keeps_its_digits() -> None:
    """The same words with "XII/128": note 28 reports on meeting 13, not 12; kept whole."""
    text = "fully in line with decision XII/128 and decision 14/34, as well as"
    assert noted((*COP_TEXTS, text), COP_NOTES)[2] == (text, ())


def test_a_run_written_twice_as_it_stands_keeps_its_digits() -> None:
    """ "القرن 215" twice, "القرن 216" once: "21" is shared, but 215 is a number of its own."""
    texts = ("إعلان ريو1", "القرن 215 والتنمية", "القرن 215 والبرنامج", "القرن 216 والخطة")
    assert [text for text, _ in decoded(*texts, notes=6)[1:3]] == list(texts[1:3])


def test_the_evidence_counts_names_and_symbols_as_written() -> None:
    texts = ["resolution 74/54 and resolution 74/542 and Agenda 215 and Agenda 216"]
    runs = [marker_runs(texts[0])]
    written, symbols = written_exactly(texts, runs)
    assert symbols == Counter({"74/54": 1, "74/542": 1})
    assert written == Counter({("agenda", "215"): 1, ("agenda", "216"): 1})
    assert names_with_prefixes(written)[("agenda", "21")] == 1  # shared by two numbers
    assert symbol_at("decision XIII/128", 14, 17) == "XIII/128"
    assert symbol_at("see //54", 6, 8) == "/54"  # no session before a second slash
