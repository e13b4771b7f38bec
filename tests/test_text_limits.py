"""Hostile and very large text input: every loop of the text parser stays linear, and numbers
have no ceiling (paragraph 1,000 is paragraph 1,000, footnote 1,500 is footnote 1,500).

Inputs are generated; time is judged by growth ratios of CPU time (tests/growth.py), never in
seconds. The file runs alone: pytest tests/test_text_limits.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mineres.models import Resolution
from mineres.parse import parse_text
from mineres.parse.normalise import normalise_text
from mineres.parse.segment import join_lines, split_into_blocks
from tests.growth import ALLOWED_GROWTH, SCALE, growth

pytestmark = pytest.mark.hostile

HEADER = "Resolution adopted by the General Assembly on 19 December 2003\n\n"
CLOSING = "\n76th plenary meeting\n19 December 2003\n"


def ods_text(body: list[str], footnotes: tuple[str, ...] = ()) -> str:
    """A resolution in the ODS export layout: one paragraph a line, tab indents."""
    lines = ["[DU1]", HEADER, "\tThe General Assembly,", *body, CLOSING, *footnotes]
    return "\n".join(lines) + "\n"


def unnumbered_operative(count: int) -> str:
    """Short unnumbered operative paragraphs, each opening with an operative verb."""
    return ods_text(
        ["\tRecalling its resolution 1/1,"] + [f"\tDecides item {n};" for n in range(count)]
    )


def numbered(count: int) -> str:
    return ods_text(
        ["\tRecalling its resolution 1/1,"]
        + [f"\t{n}.\tDecides item {n};" for n in range(1, count + 1)]
    )


def continuation_blocks(count: int) -> str:
    """One numbered paragraph followed by many unnumbered blocks that continue it."""
    body = ["\tRecalling its resolution 1/1,", "\t1.\tDecides the following:"]
    filler = "and so the same paragraph goes on, " * 6  # long blocks: copying them shows
    body += [f"\tcontinued text {filler}number {n} of the same paragraph" for n in range(count)]
    return ods_text(body)


def wrapped_paragraph(lines: int) -> str:
    """One paragraph of the plain web layout wrapped over many lines."""
    wrapped = "\n".join("words of a very long paragraph that goes on" for _ in range(lines))
    return (
        HEADER
        + "     The General Assembly,\n\n     Recalling its resolution 1/1,\n\n     1.  Decides "
        + wrapped
        + ";\n"
        + CLOSING
    )


def parse(text: str) -> Resolution:
    return parse_text(normalise_text(text))


def test_forty_thousand_short_paragraphs_are_all_kept() -> None:
    resolution = parse_text(normalise_text(unnumbered_operative(40_000)))
    assert len(resolution.operative) == 40_000
    assert resolution.operative[-1].id == "OP40000"


@pytest.mark.parametrize(
    "make",
    [unnumbered_operative, numbered, continuation_blocks],
    ids=["unnumbered paragraphs", "numbered paragraphs", "continuation blocks"],
)
def test_paragraph_loops_grow_linearly(make: Callable[[int], str]) -> None:
    small, large = make(1000), make(1000 * SCALE)
    assert growth(parse, small, large) < ALLOWED_GROWTH


def test_a_long_wrapped_paragraph_grows_linearly() -> None:
    small, large = wrapped_paragraph(400), wrapped_paragraph(400 * SCALE)
    assert growth(parse, small, large) < ALLOWED_GROWTH


def test_joining_wrapped_lines_grows_linearly() -> None:
    small = ["a wrapped line of text"] * 2000
    large = small * SCALE
    assert growth(join_lines, small, large) < ALLOWED_GROWTH


def test_continuation_blocks_stay_in_their_paragraph() -> None:
    resolution = parse(continuation_blocks(3000))
    assert [p.id for p in resolution.operative] == ["OP1"]
    assert resolution.operative[0].text.endswith("number 2999 of the same paragraph")


@pytest.mark.parametrize("layout", ["ods", "plain"])
def test_paragraph_one_thousand_is_paragraph_one_thousand(layout: str) -> None:
    """No ceiling at 999: paragraph 1,000 and after are paragraphs, not glued into OP999."""
    if layout == "ods":
        text = numbered(1200)
    else:
        body = "\n\n".join(f"     {n}.  Decides item {n};" for n in range(1, 1201))
        text = (
            HEADER + "     The General Assembly,\n\n     Recalling it,\n\n" + body + "\n" + CLOSING
        )
    resolution = parse_text(normalise_text(text))
    assert [p.number for p in resolution.operative] == list(range(1, 1201))
    assert resolution.operative[999].id == "OP1000"
    assert len(resolution.operative[998].text) < 40
    assert not resolution.warnings or all("numbered" not in w for w in resolution.warnings)


def test_fifteen_hundred_footnotes_are_split_off() -> None:
    """The footnote block is cut into 1,500 footnotes: none beyond 999 is glued or dropped."""
    notes = [f"{n} See document A/75/{n}." for n in range(1, 1501)]
    blocks = split_into_blocks(normalise_text(ods_text(["\t1.\tDecides;"], tuple(notes))))
    assert len(blocks.footnotes) == 1500
    assert blocks.footnotes[-1] == "1500 See document A/75/1500."
    assert blocks.closing == ("76th plenary meeting", "19 December 2003")
