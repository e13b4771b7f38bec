"""The pipeline: bytes -> text -> blocks -> paragraphs -> footnotes -> citations -> Resolution."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from mineres.errors import NotAResolution
from mineres.models import Resolution
from mineres.parse.read import decode_bytes

if TYPE_CHECKING:
    from mineres.parse.segment import Blocks


def parse_resolution(
    data: bytes | str, *, source: str = "<input>", with_citations: bool = True
) -> Resolution:
    """Read a resolution in any layout mineres knows: ODS text, plain text, AKN4UN XML, PDF.

    Raises MineresError for input that is not text, and NotAResolution when no operative
    paragraph is found. `with_citations=False` skips the citation stage for callers that
    only need paragraphs and footnotes (it is the costliest stage).
    """
    if isinstance(data, bytes) and data.startswith(b"%PDF"):
        from mineres.parse.pdf import pdf_to_text

        data = pdf_to_text(data)
    text = data if isinstance(data, str) else decode_bytes(data, source=source)
    del data  # the caller's reference, if any, is the only one left
    if looks_like_akn(text):
        from mineres.parse.akn import parse_akn

        resolution = parse_akn(text)
    else:
        from mineres.parse.normalise import normalised
        from mineres.parse.segment import split_into_blocks

        text, printable = normalised(text)
        blocks = split_into_blocks(text)
        del text  # the blocks hold all that is read further: memory peaks at one copy less
        resolution = parse_blocks(blocks, printable=printable)
    if not resolution.operative:
        raise NotAResolution(f"{source}: not a resolution: no operative paragraphs found")
    return add_citations(resolution) if with_citations else resolution


def looks_like_akn(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    return head.startswith("<") and "akomaNtoso" in head


def parse_text(text: str) -> Resolution:
    """A resolution from its text in the ODS export layout or the plain web layout.

    The stages are imported here, not with the package: a command whose document is in the
    parse cache imports mineres.parse (for read_input) but parses nothing (~15 ms of imports).
    """
    from mineres.parse.segment import split_into_blocks

    return parse_blocks(split_into_blocks(text))


def parse_blocks(blocks: Blocks, *, printable: bool = False) -> Resolution:
    """A resolution from the blocks of its text (see parse_text). `printable`: the text was
    found printable but its line breaks and tabs (normalised), so are its blocks."""
    from mineres.parse.classify import classify_blocks
    from mineres.parse.footnotes import parse_footnote_texts, resolve_footnote_markers
    from mineres.parse.metadata import find_language, read_metadata

    language = find_language(blocks)
    classification = classify_blocks(blocks.body, language, printable=printable)
    paragraphs, footnotes, footnote_warnings = resolve_footnote_markers(
        classification.in_reading_order,
        parse_footnote_texts(blocks.footnotes),
    )
    preamble = tuple(p for p in paragraphs if p.kind == "preambular")
    operative = tuple(p for p in paragraphs if p.kind == "operative")
    warnings = list(classification.warnings) + list(footnote_warnings)
    metadata = read_metadata(blocks, language)
    if operative and not blocks.closing and metadata.meeting is None:
        warnings.append("no closing meeting line: the document may be truncated")
    return Resolution(
        metadata=metadata,
        preamble=preamble,
        operative=operative,
        footnotes=footnotes,
        sections=classification.sections,
        warnings=tuple(warnings),
    )


def add_citations(resolution: Resolution) -> Resolution:
    """Citations are found on the finished model, from paragraphs, footnotes and header."""
    from mineres.citations import find_citations

    return replace(resolution, citations=find_citations(resolution))
