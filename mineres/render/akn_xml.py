"""The model as AKN4UN XML, laid out as the UN marks up its own resolutions.

Cover page (symbol, distribution date, session, agenda item, adoption line, committee or
drafts), preface (number and title), preamble (the enacting formula, one ``<container>`` per
preambular paragraph with its lead phrase in italics), main body (``<paragraph>`` with
``<num>``; sub-paragraphs as ``<list>``/``<intro>``/``<point>``; sections as ``<section>``),
footnotes as ``<authorialNote>`` where the marker stood (a later citation of the same note as
``<sup>``), and conclusions (meeting and date). `mineres.parse.akn.parse_akn` reads it back to the
same paragraphs and footnotes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence

from mineres.models import Paragraph, Resolution, Section, Subparagraph, walk_subparagraphs
from mineres.un.dates import long_date
from mineres.un.language_codes import to_akn_code

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# Characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE, U+FFFF): each becomes U+FFFD,
# one character for one, so footnote offsets into the text stay right.
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
COMMITTEE_REFERENCES = {
    "First Committee": "#firstCommittee",
    "Second Committee": "#secondCommittee",
    "Third Committee": "#thirdCommittee",
    "Fourth Committee": "#fourthCommittee",
    "Fifth Committee": "#fifthCommittee",
    "Sixth Committee": "#sixthCommittee",
}
MIXED_CONTENT = frozenset(
    {
        "p",
        "item",
        "num",
        "heading",
        "crossHeading",
        "docTitle",
        "docNumber",
        "docProponent",
        "docDate",
        "session",
    }
)


def resolution_to_akn(resolution: Resolution) -> str:
    """The whole resolution as an AKN4UN document (UTF-8 XML text)."""
    ET.register_namespace("", NAMESPACE)
    root = element("akomaNtoso")
    notes = FootnoteWriter(resolution)
    tops = [s for s in resolution.sections if s.part == "preamble" and "." not in s.id]
    if tops:  # "74/92 A-B": one component resolution per top section
        document = child(root, "documentCollection", name="publication")
        write_front(document, resolution)
        components = child(root, "components")
        for top in tops:
            statement = child(child(components, "component"), "statement", name="resolution")
            preface = child(child(statement, "preface"), "p")
            child(preface, "docNumber").text = top.label
            child(preface, "docTitle", refersTo="#resolutionTitle").text = top.heading
            inner = [s for s in resolution.sections if s.id.startswith(f"{top.id}.")]
            write_parts(statement, resolution, notes, top.id, inner)
        write_conclusions(child(statement, "conclusions"), resolution)
    else:
        statement = child(root, "statement", name="resolution")
        write_front(statement, resolution)
        write_parts(statement, resolution, notes, None, list(resolution.sections))
        write_conclusions(child(statement, "conclusions"), resolution)
    indent(root)
    make_xml_safe(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_front(document: ET.Element, resolution: Resolution) -> None:
    write_meta(child(document, "meta"), resolution)
    write_cover(child(document, "coverPage"), resolution)
    write_preface(child(document, "preface"), resolution)


def write_parts(
    statement: ET.Element,
    resolution: Resolution,
    notes: FootnoteWriter,
    own_section: str | None,
    sections: Sequence[Section],
) -> None:
    """Preamble and main body: the paragraphs outside any section first (the reader puts every
    paragraph after a heading into that section), then each section with its own."""
    preamble = child(statement, "preamble")
    child(
        child(preamble, "formula", name="enactingFormula"), "p"
    ).text = f"The {resolution.metadata.body},"
    body = child(statement, "mainBody")
    for paragraph in resolution.preamble:
        if paragraph.section == own_section:
            write_paragraph(preamble, paragraph, notes, in_section=False)
    for paragraph in resolution.operative:
        if paragraph.section == own_section:
            write_paragraph(body, paragraph, notes, in_section=False)
    for section in sections:
        holder = section_element(body, section)
        for paragraph in resolution.paragraphs:
            if paragraph.section == section.id:
                write_paragraph(holder, paragraph, notes, in_section=True)


def element(tag: str, /, **attributes: str) -> ET.Element:
    return ET.Element(f"{{{NAMESPACE}}}{tag}", attributes)


def child(parent: ET.Element, tag: str, /, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}", attributes)


def work_path(resolution: Resolution) -> str | None:
    """ "/akn/un/statement/deliberation/unga/2021-12-09/76-74/" for a GA resolution."""
    metadata = resolution.metadata
    if not metadata.number or "/" not in metadata.number:
        return None
    body = "unga" if metadata.body == "General Assembly" else "unsc"
    day = metadata.adopted.isoformat() if metadata.adopted else "unknown"
    return f"/akn/un/statement/deliberation/{body}/{day}/{metadata.number.replace('/', '-')}/"


def write_meta(meta: ET.Element, resolution: Resolution) -> None:
    metadata = resolution.metadata
    identification = child(meta, "identification", source="#mineres")
    work = child(identification, "FRBRWork")
    path = work_path(resolution) or "/akn/un/statement/deliberation/unknown/"
    language = to_akn_code(metadata.language)
    child(work, "FRBRthis", value=path + "!main")
    child(work, "FRBRuri", value=path)
    if metadata.adopted:
        child(work, "FRBRdate", date=metadata.adopted.isoformat(), name="adoption")
    child(work, "FRBRauthor", href="#ga" if metadata.body == "General Assembly" else "#sc")
    child(work, "FRBRcountry", value="un")
    expression = child(identification, "FRBRExpression")
    child(expression, "FRBRthis", value=f"{path}{language}@/!main")
    child(expression, "FRBRuri", value=f"{path}{language}@/")
    child(expression, "FRBRlanguage", language=language)
    manifestation = child(identification, "FRBRManifestation")
    child(manifestation, "FRBRthis", value=f"{path}{language}@/!main.xml")
    child(manifestation, "FRBRuri", value=f"{path}{language}@.xml")


def write_cover(cover: ET.Element, resolution: Resolution) -> None:
    metadata = resolution.metadata
    child(child(cover, "p"), "docAuthority", refersTo="#publisher").text = "United Nations"
    if metadata.symbol:
        child(child(cover, "p"), "docNumber", refersTo="#symbol").text = metadata.symbol
    child(child(cover, "p"), "docAuthority", refersTo="#issuingBody").text = metadata.body
    if metadata.distributed:
        date = child(child(cover, "p"), "docDate", refersTo="#dateOfIssuance")
        date.set("date", metadata.distributed.isoformat())
        date.text = long_date(metadata.distributed)
    if metadata.session:
        session = child(child(cover, "p"), "session", value=str(metadata.session))
        session.text = f"Session {metadata.session}"
    if metadata.agenda_item:
        agenda = child(child(cover, "p"), "inline", name="agenda item")
        agenda.text = f"Agenda item {metadata.agenda_item}"
    if metadata.adopted:
        adopted = f"Resolution adopted by the {metadata.body} on {long_date(metadata.adopted)}"
        child(child(cover, "p"), "docTitle").text = adopted
    write_proponent(cover, resolution)


def write_proponent(cover: ET.Element, resolution: Resolution) -> None:
    metadata = resolution.metadata
    if metadata.committee:
        proponent = child(
            child(cover, "p"),
            "docProponent",
            refersTo=COMMITTEE_REFERENCES.get(metadata.committee, "#committee"),
        )
        proponent.text = f"[on the report of the {metadata.committee} ("
        documents = [metadata.report] if metadata.report else []
    elif metadata.drafts:
        proponent = child(child(cover, "p"), "docProponent", refersTo="#plenary")
        proponent.text = "[without reference to a Main Committee ("
        documents = list(metadata.drafts)
    else:
        return
    originating = child(proponent, "inline", name="originating document")
    originating.text = ", ".join(documents)
    originating.tail = ")]"


def write_preface(preface: ET.Element, resolution: Resolution) -> None:
    p = child(preface, "p")
    if resolution.metadata.number:
        child(p, "docNumber").text = f"{resolution.metadata.number}."
    if resolution.metadata.title:
        child(p, "docTitle", refersTo="#resolutionTitle").text = resolution.metadata.title


def write_conclusions(conclusions: ET.Element, resolution: Resolution) -> None:
    metadata = resolution.metadata
    if not metadata.meeting and not metadata.adopted:
        return
    p = child(conclusions, "p")
    if metadata.meeting:
        child(p, "inline", name="adoptionMeeting").text = metadata.meeting
        child(p, "eol")
    if metadata.adopted:
        date = child(p, "docDate", refersTo="#adoptionDate", date=metadata.adopted.isoformat())
        date.text = long_date(metadata.adopted)


def section_element(body: ET.Element, section: Section) -> ET.Element:
    element = child(body, "section", eId=f"sec_{section.id}")
    if section.label:
        child(element, "num").text = section.label
    if section.heading:
        child(element, "heading").text = section.heading
    return element


class FootnoteWriter:
    """Puts each footnote where its marker stood: the note itself the first time, then <sup>."""

    def __init__(self, resolution: Resolution) -> None:
        self.texts = {note.number: note.text for note in resolution.footnotes}
        self.written: set[int] = set()

    def fill(
        self,
        p: ET.Element,
        text: str,
        footnotes: Sequence[int],
        offsets: Sequence[tuple[int, int]],
        lead: str = "",
    ) -> None:
        """Write `text` into `p`: the lead in italics, the footnotes at their offsets."""
        marks = sorted(offsets, key=lambda mark: mark[1]) or [(n, len(text)) for n in footnotes]
        placed = {number for number, _ in marks}
        marks += [(n, len(text)) for n in footnotes if n not in placed]
        position = 0
        last: ET.Element | None = None
        if lead and text.startswith(lead):
            span = child(p, "span", **{"class": "italic"})
            span.text = lead
            position = len(lead)
            last = span
        for number, offset in marks:
            offset = max(offset, position)
            append_text(p, last, text[position:offset])
            last = self.marker(p, number)
            position = offset
        append_text(p, last, text[position:])

    def marker(self, p: ET.Element, number: int) -> ET.Element:
        if number in self.written or number not in self.texts:
            sup = child(p, "sup")
            sup.text = str(number)
            return sup
        self.written.add(number)
        note = child(p, "authorialNote", marker=str(number), placement="bottom")
        child(note, "p").text = self.texts[number]
        return note


def append_text(p: ET.Element, last: ET.Element | None, text: str) -> None:
    if not text:
        return
    if last is None:
        p.text = (p.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def write_paragraph(
    parent: ET.Element, paragraph: Paragraph, notes: FootnoteWriter, *, in_section: bool
) -> None:
    if paragraph.kind == "preambular":
        if in_section:
            p = child(parent, "crossHeading")
        else:
            p = child(child(parent, "container", name=paragraph.lead or "paragraph"), "p")
        notes.fill(p, paragraph.text, paragraph.footnotes, paragraph.marker_offsets, paragraph.lead)
        if paragraph.subparagraphs:
            items = child(parent, "blockList")
            for sub in walk_subparagraphs(paragraph.subparagraphs):
                item = child(items, "item")
                child(item, "num").text = f"({sub.label})"
                notes.fill(item, sub.text, sub.footnotes, sub.marker_offsets)
        return
    element = child(parent, "paragraph", eId=f"para_{paragraph.id.replace('.', '_')}")
    child(element, "num").text = f"{paragraph.number}."
    if not paragraph.subparagraphs:
        p = child(child(element, "content"), "p")
        notes.fill(p, paragraph.text, paragraph.footnotes, paragraph.marker_offsets, paragraph.lead)
        return
    listing = child(element, "list")
    intro = child(child(listing, "intro"), "p")
    notes.fill(intro, paragraph.text, paragraph.footnotes, paragraph.marker_offsets, paragraph.lead)
    write_points(listing, walk_subparagraphs(paragraph.subparagraphs), notes)


def write_points(listing: ET.Element, subs: Iterable[Subparagraph], notes: FootnoteWriter) -> None:
    """Points in reading order, flat: the reader nests (i) under (a) from the labels."""
    for sub in subs:
        point = child(listing, "point", eId=f"point_{sub.id}")
        child(point, "num").text = f"({sub.label})"
        p = child(child(point, "content"), "p")
        notes.fill(p, sub.text, sub.footnotes, sub.marker_offsets)


def make_xml_safe(root: ET.Element) -> None:
    """Replace what XML cannot hold, so the file written is one mineres (and any parser) reads."""
    for node in root.iter():
        if node.text:
            node.text = NOT_XML.sub("\ufffd", node.text)
        if node.tail:
            node.tail = NOT_XML.sub("\ufffd", node.tail)
        for name, value in node.attrib.items():
            node.set(name, NOT_XML.sub("\ufffd", value))


def indent(node: ET.Element, level: int = 0) -> None:
    """Indent the block structure only: text inside paragraphs is left exactly as it is."""
    if local_name(node.tag) in MIXED_CONTENT or len(node) == 0:
        return
    pad = "\n" + "  " * (level + 1)
    node.text = pad
    for index, item in enumerate(node):
        indent(item, level + 1)
        item.tail = pad if index < len(node) - 1 else "\n" + "  " * level


def local_name(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
