"""The typed model of a resolution: what the parser produces and every renderer reads.

All values are frozen dataclasses so a parsed resolution can be shared, cached and
compared safely. Serialisation to plain dictionaries lives in `serialize.py`.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import Literal

from mineres.frozen import frozen_dataclass

ParagraphKind = Literal["preambular", "operative"]
Layout = Literal["ods", "plain", "akn"]


@frozen_dataclass
class Metadata:
    """What the header and the closing lines of a resolution say about it."""

    symbol: str | None = None  # "A/RES/58/127"
    number: str | None = None  # "58/127"
    session: int | None = None  # 58
    agenda_item: str | None = None  # "22", "19 (b)"
    title: str | None = None
    adopted: date | None = None
    meeting: str | None = None  # "76th plenary meeting"
    distributed: date | None = None
    committee: str | None = None  # None: "without reference to a Main Committee"
    drafts: tuple[str, ...] = ()  # ("A/58/L.50", "A/58/L.50/Add.1")
    report: str | None = None  # the committee report it was adopted on, "A/74/406"
    body: str = "General Assembly"
    ods_job_number: str | None = None  # "N0350220E"
    language: str = "en"
    layout: Layout = "plain"


@frozen_dataclass
class Subparagraph:
    """A lettered or numbered point inside a paragraph: (a), (b), (i), (ii)."""

    id: str  # "OP4(a)", "OP4(a)(i)"
    label: str  # "a", "i"
    text: str
    footnotes: tuple[int, ...] = ()
    subparagraphs: tuple[Subparagraph, ...] = ()
    # (footnote number, offset in text) for each marker, so renderers can put markers back
    marker_offsets: tuple[tuple[int, int], ...] = field(default=(), compare=False)


@frozen_dataclass
class Section:
    """A heading that groups paragraphs: "I. Follow-up ...", "A. Mine clearance"."""

    id: str  # "I", "I.A"
    label: str  # "I", "A"
    heading: str
    part: Literal["preamble", "operative"] = "operative"


@frozen_dataclass
class Paragraph:
    """One preambular or operative paragraph, its text whole and unwrapped.

    `text` is the paragraph's own words (the chapeau when it has sub-paragraphs),
    with footnote markers taken out; `footnotes` are the markers found in that text,
    in reading order, repeats kept out.
    """

    id: str  # "PP3", "OP12"; "II.OP3" when numbering restarts in a section
    kind: ParagraphKind
    number: int
    lead: str
    text: str
    footnotes: tuple[int, ...] = ()
    subparagraphs: tuple[Subparagraph, ...] = ()
    section: str | None = None  # a Section.id
    # (footnote number, offset in text) for each marker, so renderers can put markers back
    marker_offsets: tuple[tuple[int, int], ...] = field(default=(), compare=False)

    @property
    def all_footnotes(self) -> tuple[int, ...]:
        """Footnote markers in the paragraph and all its sub-paragraphs, in order."""
        seen: list[int] = list(self.footnotes)
        for sub in walk_subparagraphs(self.subparagraphs):
            seen.extend(n for n in sub.footnotes if n not in seen)
        return tuple(seen)

    @property
    def full_text(self) -> str:
        """The paragraph with its sub-paragraphs, as one string, for searching and diffing."""
        parts = [self.text]
        parts.extend(f"({sub.label}) {sub.text}" for sub in walk_subparagraphs(self.subparagraphs))
        return " ".join(parts)


@frozen_dataclass
class Footnote:
    """A footnote's text, and the paragraphs whose markers point to it."""

    number: int
    text: str
    cited_from: tuple[str, ...] = ()  # paragraph or sub-paragraph ids, in document order


@frozen_dataclass
class Location:
    """Where a citation's words stand: a paragraph id, "FN10" or "header", and offsets in its text."""

    where: str
    start: int
    end: int


CitationKind = Literal[
    "resolution",
    "decision",
    "document",
    "instrument",
    "treaty_series",
    "publication",
    "official_records",
    "url",
]


@frozen_dataclass
class Citation:
    """Something the resolution cites: a resolution, a document, a treaty, a publication, a link."""

    kind: CitationKind
    text: str  # as printed
    body: str | None = None  # "General Assembly", "Security Council", ...
    symbol: str | None = None  # normalised as undocs.org writes it: "A/RES/57/159"
    name: str | None = None  # an instrument's catalogue name
    url: str | None = None
    date: date | None = None
    locations: tuple[Location, ...] = ()
    paragraphs: tuple[str, ...] = ()  # the paragraphs it supports


@frozen_dataclass
class Resolution:
    """A whole parsed resolution: metadata, paragraphs, footnotes, sections and citations.

    (A docstring on every dataclass also spares `dataclass` computing one from the class's
    signature at import.)
    """

    metadata: Metadata
    preamble: tuple[Paragraph, ...] = ()
    operative: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    sections: tuple[Section, ...] = ()
    citations: tuple[Citation, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return self.preamble + self.operative

    def paragraph(self, paragraph_id: str) -> Paragraph | Subparagraph | None:
        """The paragraph or sub-paragraph with this id ("OP5", "pp3", "OP4(a)"), or None."""
        wanted = normalise_paragraph_id(paragraph_id)
        for paragraph in self.paragraphs:
            if paragraph.id.upper() == wanted:
                return paragraph
            for sub in walk_subparagraphs(paragraph.subparagraphs):
                if sub.id.upper() == wanted:
                    return sub
        return None

    def footnote(self, number: int) -> Footnote | None:
        return next((note for note in self.footnotes if note.number == number), None)


def walk_subparagraphs(subparagraphs: tuple[Subparagraph, ...]) -> list[Subparagraph]:
    """Every sub-paragraph, depth first, in reading order."""
    found: list[Subparagraph] = []
    for sub in subparagraphs:
        found.append(sub)
        found.extend(walk_subparagraphs(sub.subparagraphs))
    return found


def normalise_paragraph_id(paragraph_id: str) -> str:
    """Accept what users type: "op5", "OP 5", "5" (operative), "pp3", "OP4 (a)"."""
    cleaned = "".join(paragraph_id.split()).upper()
    if cleaned[:1].isdigit():
        cleaned = "OP" + cleaned
    return cleaned
