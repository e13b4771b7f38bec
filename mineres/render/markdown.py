"""A resolution as Markdown: headings, numbered paragraphs, footnotes as [^n] references."""

from __future__ import annotations

from mineres.models import Metadata, Paragraph, Resolution, Section, Subparagraph


def resolution_to_markdown(resolution: Resolution) -> str:
    metadata = resolution.metadata
    lines = [f"# {metadata.symbol or 'Resolution'}: {metadata.title or ''}".rstrip(": "), ""]
    lines += [f"- **{label}:** {value}" for label, value in facts(metadata) if value]
    sections = {section.id: section for section in resolution.sections}
    current_section: str | None = None
    for title, paragraphs in (
        ("Preamble", resolution.preamble),
        ("Operative part", resolution.operative),
    ):
        lines += ["", f"## {title}", ""]
        for paragraph in paragraphs:
            if paragraph.section != current_section and paragraph.section in sections:
                lines += [section_heading(sections[paragraph.section]), ""]
            current_section = paragraph.section
            lines += [*paragraph_lines(paragraph), ""]
    if resolution.footnotes:
        lines += ["## Footnotes", ""]
        lines += [f"[^{note.number}]: {note.text}" for note in resolution.footnotes]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def facts(metadata: Metadata) -> list[tuple[str, str | None]]:
    committee = metadata.committee
    if committee is None and metadata.drafts and metadata.body == "General Assembly":
        committee = "without reference to a Main Committee"
    return [
        ("Body", metadata.body),
        ("Adopted", metadata.adopted.isoformat() if metadata.adopted else None),
        ("Meeting", metadata.meeting),
        ("Agenda item", metadata.agenda_item),
        ("Committee", committee),
        ("Drafts", ", ".join(metadata.drafts) or None),
        ("Report", metadata.report),
    ]


def section_heading(section: Section) -> str:
    label = f"{section.label}. " if section.label else ""
    return f"### {label}{section.heading}".rstrip(". ") if section.heading or label else "###"


def with_markers(text: str, lead: str, marker_offsets: tuple[tuple[int, int], ...]) -> str:
    """The lead in italics and each footnote reference where its marker stood."""
    pieces: list[str] = []
    position = 0
    for number, offset in sorted(marker_offsets, key=lambda marker: marker[1]):
        pieces += [text[position:offset], f"[^{number}]"]
        position = offset
    pieces.append(text[position:])
    marked = "".join(pieces)
    if lead and marked.startswith(lead):
        marked = f"*{lead}*{marked[len(lead) :]}"
    return marked


def paragraph_lines(paragraph: Paragraph) -> list[str]:
    text = with_markers(paragraph.text, paragraph.lead, paragraph.marker_offsets)
    first = f"{paragraph.number}. {text}" if paragraph.kind == "operative" else text
    return [first, *subparagraph_lines(paragraph.subparagraphs, 1)]


def subparagraph_lines(subs: tuple[Subparagraph, ...], depth: int) -> list[str]:
    lines: list[str] = []
    for sub in subs:
        marked = with_markers(sub.text, "", sub.marker_offsets)
        lines.append("    " * depth + f"- ({sub.label}) {marked}")
        lines += subparagraph_lines(sub.subparagraphs, depth + 1)
    return lines
