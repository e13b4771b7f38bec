"""Hostile and big AKN markup (issue 12): deep nesting, thousands of operative paragraphs,
repeated numbers, characters XML cannot hold. Outcomes are checked, and growth by CPU-time
ratios (tests/growth.py), never seconds.

The inputs are built from the real A/RES/76/74 markup: its first operative paragraph repeated,
renumbered or nested, so the shapes are the UN's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from mineres.errors import MineresError
from mineres.models import Metadata, Paragraph, Resolution
from mineres.parse import parse_resolution
from mineres.parse.akn import (
    MAX_DEPTH,
    Inline,
    ResolutionBuilder,
    Unit,
    close_double_spaces,
    parse_akn,
)
from mineres.render.akn_xml import resolution_to_akn
from mineres.un.numbering import restart_prefixes
from tests.growth import ALLOWED_GROWTH, SCALE, growth

pytestmark = pytest.mark.hostile

REAL = (Path(__file__).parent / "fixtures" / "akn" / "A_RES_76_74.en.xml").read_text(
    encoding="utf-8"
)
BODY = re.compile(r"<mainBody>.*</mainBody>", re.DOTALL)
FIRST_PARAGRAPH = re.search(r"<paragraph eId=\"para_\d+\".*?</paragraph>", REAL, re.DOTALL)
assert FIRST_PARAGRAPH is not None
OPERATIVE = FIRST_PARAGRAPH.group(0)


def with_body(paragraphs: str) -> str:
    return BODY.sub(lambda _: f"<mainBody>{paragraphs}</mainBody>", REAL, count=1)


def numbered(count: int, number: int | None = None) -> str:
    """`count` copies of the real OP1, numbered 1..count, or all with the same `number`."""
    return with_body(
        "".join(
            re.sub(r"<num>[^<]*</num>", f"<num>{number or index}.</num>", OPERATIVE, count=1)
            for index in range(1, count + 1)
        )
    )


def unnumbered(count: int) -> str:
    """`count` copies of OP1 without their <num>: each is read as the next operative paragraph."""
    return with_body(re.sub(r"<num>[^<]*</num>", "", OPERATIVE, count=1) * count)


def nested_spans(depth: int) -> str:
    spans = '<span class="italic">' * depth + "Decides" + "</span>" * depth
    paragraph = re.sub(r"<p xml:space=\"preserve\">", f"<p>{spans} ", OPERATIVE, count=1)
    return with_body(paragraph)


@pytest.mark.parametrize("depth", [990, 5000, 100_000])
def test_deep_nesting_is_one_line_error_naming_the_limit(depth: int) -> None:
    with pytest.raises(MineresError) as raised:
        parse_akn(nested_spans(depth))
    message = str(raised.value)
    assert f"limit of {MAX_DEPTH}" in message and "\n" not in message


def test_nesting_within_the_limit_is_read() -> None:
    resolution = parse_akn(nested_spans(MAX_DEPTH - 20))
    assert resolution.operative[0].lead.startswith("Decides")


def test_1200_operative_paragraphs_are_numbered_without_ceiling() -> None:
    resolution = parse_akn(numbered(1200))
    assert [p.id for p in resolution.operative] == [f"OP{n}" for n in range(1, 1201)]
    assert resolution.warnings == ()


def test_1200_unnumbered_paragraphs_continue_the_numbering() -> None:
    resolution = parse_akn(unnumbered(1200))
    assert resolution.operative[-1].id == "OP1200"


def test_a_repeated_number_is_reported_once_per_repeat() -> None:
    resolution = parse_akn(numbered(50, number=7))
    assert len(resolution.operative) == 50
    assert len(resolution.warnings) == 49
    assert all("OP7" in warning for warning in resolution.warnings)


def build(units: list[Unit]) -> Resolution:
    return ResolutionBuilder().build(units, Metadata(), {})


def plain_units(count: int) -> list[Unit]:
    """Unnumbered paragraphs: add_plain once looked back over every earlier paragraph."""
    return [Unit("plain", Inline(f"Decides {index};")) for index in range(count)]


def repeated_units(count: int) -> list[Unit]:
    """One number repeated: restart_prefixes once grouped every paragraph per paragraph."""
    return [Unit("operative", Inline(f"Decides {index};"), number=1) for index in range(count)]


def numbered_units(count: int) -> list[Unit]:
    return [Unit("operative", Inline(f"Decides {i};"), number=i + 1) for i in range(count)]


@pytest.mark.parametrize("units", [plain_units, repeated_units, numbered_units])
def test_fitting_paragraphs_grows_linearly(units: Callable[[int], list[Unit]]) -> None:
    """Without the XML's own cost in the way: the old quadratic paths grew 52x and 70x here."""
    assert growth(build, units(1000), units(1000 * SCALE)) < ALLOWED_GROWTH


@pytest.mark.parametrize("markup", [numbered, unnumbered])
def test_reading_markup_grows_linearly(markup: Callable[[int], str]) -> None:
    assert growth(parse_akn, markup(150), markup(150 * SCALE)) < ALLOWED_GROWTH


def test_restart_prefixes_one_pass() -> None:
    """The same numbers in each of 2,000 sections: every id prefixed by its section."""
    operative = [(n, None, f"S{s}") for s in range(2000) for n in (1, 2, 3)]
    prefixes = restart_prefixes(operative)
    assert prefixes[:4] == ["S0", "S0", "S0", "S1"]
    small = [(1, "A", f"S{index}") for index in range(2000)]
    large = [(1, "A", f"S{index}") for index in range(2000 * SCALE)]
    assert growth(restart_prefixes, small, large) < ALLOWED_GROWTH


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\x00", "\x1b", "\ud800"])
def test_export_of_text_xml_cannot_hold_reads_back(character: str) -> None:
    original = parse_akn(REAL)
    first = original.operative[0]
    damaged = replace(first, text=first.text[:10] + character + first.text[10:])
    resolution = replace(original, operative=(damaged, *original.operative[1:]))
    again = parse_resolution(resolution_to_akn(resolution).encode("utf-8", "surrogatepass"))
    read: Paragraph = again.operative[0]
    assert read.text == first.text[:10] + "\ufffd" + first.text[10:]
    assert [p.id for p in again.paragraphs] == [p.id for p in original.paragraphs]


def with_notes(count: int) -> str:
    """OP1 citing `count` footnotes, each marker between two spaces as some markup has them."""
    notes = "".join(
        f' mines <authorialNote marker="{n}" placement="bottom"><p>Note {n}.</p></authorialNote> '
        for n in range(101, count + 101)  # after the real notes 1-11
    )
    head, tail = OPERATIVE.rsplit("</p>", 1)  # the paragraph's own text ends last
    return with_body(head + notes + "</p>" + tail)


def test_1500_footnotes_are_all_read_and_placed() -> None:
    resolution = parse_akn(with_notes(1500))
    numbers = list(range(101, 1601))
    assert [note.number for note in resolution.footnotes][-1500:] == numbers
    assert resolution.operative[0].footnotes == (11, *numbers)
    assert not re.search(r"mines\d", resolution.operative[0].text)


def test_many_footnotes_grow_linearly() -> None:
    assert growth(parse_akn, with_notes(200), with_notes(200 * SCALE)) < ALLOWED_GROWTH


def test_closing_double_spaces_is_one_pass() -> None:
    """Every marker between two spaces once cost a rescan of the whole paragraph."""

    def text(count: int) -> tuple[str, list[tuple[int, int]]]:
        return "word  " * count, [(n, 6 * n + 5) for n in range(count)]

    small, large = text(2000), text(2000 * SCALE)
    assert growth(lambda pair: close_double_spaces(*pair), small, large) < ALLOWED_GROWTH
    assert close_double_spaces("ab  cd", [(1, 3), (2, 5)]) == ("ab cd", [(1, 2), (2, 4)])
