"""Rules of taking footnote markers out (mineres.parse.footnotes) that the decoder tests do not
reach, named for the rule: markers out of sub-paragraphs at every depth, where each marker
stood in the clean text, and the footnotes' texts and citing ids, asserted whole."""

from __future__ import annotations

from mineres.models import Footnote, Paragraph, Subparagraph
from mineres.parse.footnotes import resolve_footnote_markers, take_out_markers

NOTES = {
    1: "United Nations, Treaty Series, vol. 2056, No. 35597.",
    2: "CCW/CONF.I/16 (Part I), annex B.",
    3: "CCW/AP.II/CONF.4/3 (Part I), sect. IV.",
    4: "CCW/GGE/VI/2, annex II.",
}


def sub(id_: str, text: str, *children: Subparagraph) -> Subparagraph:
    return Subparagraph(
        id=id_, label=id_.rsplit("(", 1)[1].rstrip(")"), text=text, subparagraphs=children
    )


def test_markers_come_out_of_sub_paragraphs_at_every_depth() -> None:
    """OP1 has no marker, (a) has none either but its (i) has one, (b) has two."""
    plain_child = sub("OP1(a)(ii)", "the Protocol on Blinding Laser Weapons;")
    paragraph = Paragraph(
        id="OP1",
        kind="operative",
        number=1,
        lead="Calls upon",
        text="Calls upon all States to become parties to:",
        subparagraphs=(
            sub(
                "OP1(a)",
                "the following instruments:",
                sub("OP1(a)(i)", "the Amended Protocol II2;"),
                plain_child,
            ),
            sub("OP1(b)", "the Convention1 and its Protocol3,4."),
        ),
    )
    (result,), footnotes, warnings = resolve_footnote_markers((paragraph,), NOTES)
    assert (result.text, result.footnotes, result.marker_offsets) == (paragraph.text, (), ())
    a, b = result.subparagraphs
    assert (a.text, a.footnotes, a.marker_offsets) == ("the following instruments:", (), ())
    first, second = a.subparagraphs
    assert (first.text, first.footnotes, first.marker_offsets) == (
        "the Amended Protocol II;",
        (2,),
        ((2, 23),),
    )
    assert second is plain_child  # nothing taken out: the same object
    assert (b.text, b.footnotes, b.marker_offsets) == (
        "the Convention and its Protocol.",
        (1, 3, 4),
        ((1, 14), (3, 31), (4, 31)),
    )
    assert footnotes == (
        Footnote(1, NOTES[1], ("OP1(b)",)),
        Footnote(2, NOTES[2], ("OP1(a)(i)",)),
        Footnote(3, NOTES[3], ("OP1(b)",)),
        Footnote(4, NOTES[4], ("OP1(b)",)),
    )
    assert warnings == ()


def test_each_marker_keeps_its_place_in_the_clean_text() -> None:
    """ "Convention2,3": the comma between adjacent markers goes with them; offsets count
    the clean text."""
    text = "the Convention2,3 and the Protocol4"
    clean, numbers, offsets = take_out_markers(text, [(14, 15, 2), (16, 17, 3), (34, 35, 4)])
    assert clean == "the Convention and the Protocol"
    assert numbers == (2, 3, 4)
    assert offsets == ((2, 14), (3, 14), (4, 31))
