"""Metadata from header lines: bodies, numbers, titles, drafts and symbols as the UN prints them."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.parse import parse_resolution
from mineres.parse.metadata import AGENDA_ITEM, expand_symbols, find_agenda_item
from mineres.un.text_forms import (
    LANGUAGES,
    TextForms,
    agenda_words,
    entry_of,
    first_match,
    read_agenda_item,
    text_forms,
)

from .conftest import FIXTURES

GA_HEADER = """                                                {symbol}
                                                Distr.: General
                                                9 January 2020

Seventy-fourth session
Agenda item 20

Resolution adopted by the General Assembly on 19 December 2019

[without reference to a Main Committee ({drafts})]

{title}

     The General Assembly,

     Recalling its resolution 73/230 of 20 December 2018,

     1.  Takes note of the report;

                                    50th plenary meeting
                                    19 December 2019
"""


def test_security_council_resolution() -> None:
    resolution = parse_resolution((FIXTURES / "text" / "security_council_style.txt").read_bytes())
    metadata = resolution.metadata
    assert metadata.body == "Security Council"
    assert metadata.symbol == "S/RES/2999 (2023)"
    assert metadata.number == "2999 (2023)"
    assert metadata.meeting == "9500th meeting"
    assert metadata.adopted == date(2023, 3, 15)
    assert metadata.committee is None and metadata.drafts == ()
    assert [p.lead for p in resolution.paragraphs] == [
        "Recalling",
        "Acting under Chapter VII of the Charter of the United Nations",
        "Decides",
        "Decides",
    ]
    assert resolution.warnings == ()


def test_title_running_on_with_a_slash_and_a_hyphen() -> None:
    text = GA_HEADER.format(
        symbol="A/RES/74/220",
        drafts="A/74/L.30",
        title="74/220. United Nations Convention to Combat Desertification in Those\n"
        "        Countries Experiencing Serious Drought and/or Desertification, Particularly\n"
        "        in Africa, and the right of peoples to self-\n        determination",
    )
    metadata = parse_resolution(text).metadata
    assert metadata.title == (
        "United Nations Convention to Combat Desertification in Those Countries Experiencing "
        "Serious Drought and/or Desertification, Particularly in Africa, and the right of "
        "peoples to self-determination"
    )
    assert metadata.agenda_item == "20"
    assert metadata.drafts == ("A/74/L.30",)


def test_symbol_of_a_resolution_in_parts() -> None:
    text = GA_HEADER.format(symbol="A/RES/74/260 B", drafts="A/74/L.9", title="74/260. Budget")
    assert parse_resolution(text).metadata.symbol == "A/RES/74/260 B"


@pytest.mark.parametrize(
    ("printed", "symbols"),
    [
        ("A/58/L.50 and Add.1", ("A/58/L.50", "A/58/L.50/Add.1")),
        ("A/77/L.12/Rev.1 and Add.1", ("A/77/L.12/Rev.1", "A/77/L.12/Rev.1/Add.1")),
        ("A/74/L.5, Add.1 and Add.2", ("A/74/L.5", "A/74/L.5/Add.1", "A/74/L.5/Add.2")),
        ("A/74/L.5 and A/74/L.6", ("A/74/L.5", "A/74/L.6")),
    ],
)
def test_draft_symbols(printed: str, symbols: tuple[str, ...]) -> None:
    assert expand_symbols(printed) == symbols


@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar", "zh"])
def test_text_of_another_language_says_so(language: str) -> None:
    """The UN's own markup of 74/80 in four more languages, written out as text and read back:
    the formula ("L’Assemblée générale,") is found and the language is the text's."""
    from mineres.parse.akn import parse_akn
    from mineres.render.layouts import to_plain_text

    source = FIXTURES / "akn" / f"A_RES_74_80.{language}.xml"
    markup = parse_akn(source.read_text(encoding="utf-8"))
    resolution = parse_resolution(to_plain_text(markup))
    assert resolution.metadata.language == language
    assert len(resolution.preamble) == len(markup.preamble)
    assert len(resolution.operative) == len(markup.operative)


AGENDA_LINE_PIECES = (
    "Agenda item 47",
    "Agenda items 20 and 21",
    "  Agenda item 12 (b) ",
    "agenda item 3",
    "Agenda\titem 4",
    "Point 20 b) de l’ordre du jour",
    "Points 3 et 4 de l’ordre du jour",
    "Point 7 de l'ordre du jour",
    "Tema 5 del programa",
    "Пункт 9 повестки дня",
    "البند 14 من جدول الأعمال",
    "议程项目12",
    "Distr.: General",
    "Seventy-fourth session",
    "Agenda",
    "l’ordre du jour",
)


def agenda_item_asking_every_line(lines: list[str], forms: TextForms) -> str | None:
    """find_agenda_item as it read before its gate: every line asked every pattern."""
    for line in lines:
        match = AGENDA_ITEM.search(line)
        if match:
            return match["item"]
        translated = first_match(forms.agenda_patterns, line.strip())
        if translated:
            return read_agenda_item(translated["item"], forms.language)
    return None


@given(
    st.lists(
        st.one_of(st.sampled_from(AGENDA_LINE_PIECES), st.text(alphabet=" Aagend1()’", max_size=9)),
        max_size=5,
    ),
    st.sampled_from(LANGUAGES),
)
@settings(max_examples=400)
def test_the_agenda_gate_finds_what_asking_every_line_finds(
    lines: list[str], language: str
) -> None:
    forms = text_forms(language)
    assert find_agenda_item(lines, forms) == agenda_item_asking_every_line(lines, forms)


def test_agenda_words_are_a_word_each_template_prints_as_written() -> None:
    assert agenda_words("en") == {"Agenda"}
    assert agenda_words("fr") == {"l’ordre"}
    assert agenda_words("zh") == {"议程项目"}
    for language in LANGUAGES:
        entry = entry_of(language)
        for key in ("agenda_item", "agenda_items"):
            assert any(word in entry[key] for word in agenda_words(language))


def test_a_line_without_an_agenda_word_is_not_asked_the_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted, not timed: the cover page's lines before the agenda item are passed over."""
    import mineres.parse.metadata as metadata

    asked: list[str] = []

    class Counted:
        def search(self, line: str) -> re.Match[str] | None:
            asked.append(line)
            return AGENDA_ITEM.search(line)

    monkeypatch.setattr(metadata, "AGENDA_ITEM", Counted())
    lines = ["A/RES/74/1", "Distr.: General", "Seventy-fourth session", "Agenda item 20", "x"]
    assert find_agenda_item(lines, text_forms("en")) == "20"
    assert asked == ["Agenda item 20"]
    french = ["Distr. générale", "Point 20 b) de l’ordre du jour"]
    assert find_agenda_item(french, text_forms("fr")) == "20 (b)"
