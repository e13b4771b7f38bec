"""A resolution as Markdown: headings, numbered paragraphs, footnotes as [^n] references."""

from __future__ import annotations

from mineres.models import Paragraph, Resolution, Subparagraph


def resolution_to_markdown(resolution: Resolution) -> str:
    metadata = resolution.metadata
    lines = [f"# {metadata.symbol or 'Resolution'}: {metadata.title or ''}".rstrip(": "), ""]
    facts = [
        ("Adopted", metadata.adopted.isoformat() if metadata.adopted else None),
        ("Meeting", metadata.meeting),
        ("Agenda item", metadata.agenda_item),
        ("Committee", metadata.committee or "without reference to a Main Committee"),
        ("Drafts", ", ".join(metadata.drafts) or None),
        ("Report", metadata.report),
    ]
    lines += [f"- **{label}:** {value}" for label, value in facts if value]
    sections = {section.id: section for section in resolution.sections}
    current_section: str | None = None
    for title, paragraphs in (
        ("Preamble", resolution.preamble),
        ("Operative part", resolution.operative),
    ):
        lines += ["", f"## {title}", ""]
        for paragraph in paragraphs:
            if paragraph.section != current_section and paragraph.section in sections:
                section = sections[paragraph.section]
                lines += [f"### {section.label}. {section.heading}".rstrip(". "), ""]
            current_section = paragraph.section
            lines += [*paragraph_lines(paragraph), ""]
    if resolution.footnotes:
        lines += ["## Footnotes", ""]
        lines += [f"[^{note.number}]: {note.text}" for note in resolution.footnotes]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def with_markers(text: str, lead: str, footnotes: tuple[int, ...]) -> str:
    if lead and text.startswith(lead):
        text = f"*{lead}*{text[len(lead) :]}"
    return text + "".join(f"[^{n}]" for n in footnotes)


def paragraph_lines(paragraph: Paragraph) -> list[str]:
    text = with_markers(paragraph.text, paragraph.lead, paragraph.footnotes)
    first = f"{paragraph.number}. {text}" if paragraph.kind == "operative" else text
    return [first, *subparagraph_lines(paragraph.subparagraphs, 1)]


def subparagraph_lines(subs: tuple[Subparagraph, ...], depth: int) -> list[str]:
    lines: list[str] = []
    for sub in subs:
        lines.append(
            "    " * depth + f"- ({sub.label}) {with_markers(sub.text, '', sub.footnotes)}"
        )
        lines += subparagraph_lines(sub.subparagraphs, depth + 1)
    return lines
