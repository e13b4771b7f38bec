"""The model as plain dictionaries: the stable JSON contract documented in the README.

Renderers for json, jsonl, yaml, csv and markdown all start from these dictionaries,
so every format shows the same fields with the same names.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from mineres.models import (
    Citation,
    Footnote,
    Location,
    Metadata,
    Paragraph,
    Resolution,
    Section,
    Subparagraph,
)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def metadata_to_dict(metadata: Metadata) -> dict[str, Any]:
    return {
        "symbol": metadata.symbol,
        "number": metadata.number,
        "body": metadata.body,
        "session": metadata.session,
        "agenda_item": metadata.agenda_item,
        "title": metadata.title,
        "adopted": iso(metadata.adopted),
        "meeting": metadata.meeting,
        "distributed": iso(metadata.distributed),
        "committee": metadata.committee,
        "report": metadata.report,
        "drafts": list(metadata.drafts),
        "ods_job_number": metadata.ods_job_number,
        "language": metadata.language,
        "layout": metadata.layout,
    }


def subparagraph_to_dict(sub: Subparagraph) -> dict[str, Any]:
    return {
        "id": sub.id,
        "label": sub.label,
        "text": sub.text,
        "footnotes": list(sub.footnotes),
        "subparagraphs": [subparagraph_to_dict(child) for child in sub.subparagraphs],
    }


def paragraph_to_dict(paragraph: Paragraph) -> dict[str, Any]:
    return {
        "id": paragraph.id,
        "kind": paragraph.kind,
        "number": paragraph.number,
        "lead": paragraph.lead,
        "text": paragraph.text,
        "footnotes": list(paragraph.footnotes),
        "subparagraphs": [subparagraph_to_dict(sub) for sub in paragraph.subparagraphs],
        "section": paragraph.section,
    }


def footnote_to_dict(footnote: Footnote) -> dict[str, Any]:
    return {
        "number": footnote.number,
        "text": footnote.text,
        "cited_from": list(footnote.cited_from),
    }


def section_to_dict(section: Section) -> dict[str, Any]:
    return {
        "id": section.id,
        "label": section.label,
        "heading": section.heading,
        "part": section.part,
    }


def location_to_dict(location: Location) -> dict[str, Any]:
    return {"where": location.where, "start": location.start, "end": location.end}


def citation_to_dict(citation: Citation) -> dict[str, Any]:
    return {
        "kind": citation.kind,
        "body": citation.body,
        "text": citation.text,
        "symbol": citation.symbol,
        "name": citation.name,
        "url": citation.url,
        "date": iso(citation.date),
        "locations": [location_to_dict(location) for location in citation.locations],
        "paragraphs": list(citation.paragraphs),
    }


def resolution_parts(resolution: Resolution) -> dict[str, Any]:
    """The contract's top level, each list as an iterator that builds its records as they are
    read: a writer can stream a large resolution without holding all of it as dictionaries."""
    return {
        "metadata": metadata_to_dict(resolution.metadata),
        "preamble": map(paragraph_to_dict, resolution.preamble),
        "operative": map(paragraph_to_dict, resolution.operative),
        "footnotes": map(footnote_to_dict, resolution.footnotes),
        "sections": map(section_to_dict, resolution.sections),
        "citations": map(citation_to_dict, resolution.citations),
        "warnings": iter(resolution.warnings),
    }


def resolution_to_dict(resolution: Resolution) -> dict[str, Any]:
    """The whole model as the JSON contract's dictionary."""
    return {
        key: value if isinstance(value, dict) else list(value)
        for key, value in resolution_parts(resolution).items()
    }
