"""One paragraph in full (`mineres show`): its text, sub-paragraphs, footnotes and citations."""

from __future__ import annotations

import json
import textwrap
from typing import Any, TextIO

from mineres.models import Paragraph, Resolution, Subparagraph, walk_subparagraphs
from mineres.serialize import citation_to_dict, paragraph_to_dict, subparagraph_to_dict


def paragraph_details(resolution: Resolution, found: Paragraph | Subparagraph) -> dict[str, Any]:
    """The paragraph's own record, with the footnotes and citations that belong to it."""
    if isinstance(found, Paragraph):
        details = paragraph_to_dict(found)
        numbers = found.all_footnotes
        ids = {found.id} | {sub.id for sub in walk_subparagraphs(found.subparagraphs)}
    else:
        details = subparagraph_to_dict(found)
        numbers = found.footnotes
        ids = {found.id} | {sub.id for sub in walk_subparagraphs(found.subparagraphs)}
    details["symbol"] = resolution.metadata.symbol
    details["footnote_texts"] = [
        {"number": note.number, "text": note.text}
        for number in numbers
        if (note := resolution.footnote(number)) is not None
    ]
    details["citations"] = [
        citation_to_dict(citation)
        for citation in resolution.citations
        if ids & set(citation.paragraphs)
    ]
    return details


def write_paragraph(details: dict[str, Any], format: str, out: TextIO) -> None:
    if format == "json":
        out.write(json.dumps(details, indent=2, ensure_ascii=False) + "\n")
    elif format == "yaml":
        import yaml

        yaml.safe_dump(details, out, sort_keys=False, allow_unicode=True, width=100)
    elif format == "md":
        out.write(paragraph_markdown(details))
    else:
        out.write(paragraph_text(details))


def sub_lines(subs: list[dict[str, Any]], depth: int, wrap: bool) -> list[str]:
    lines: list[str] = []
    for sub in subs:
        prefix = "    " * depth + f"({sub['label']}) "
        body = sub["text"]
        lines.append(
            textwrap.fill(
                body,
                88,
                initial_indent=prefix,
                subsequent_indent=" " * len(prefix),
                break_on_hyphens=False,
            )
            if wrap
            else prefix + body
        )
        lines += sub_lines(sub["subparagraphs"], depth + 1, wrap)
    return lines


def paragraph_text(details: dict[str, Any]) -> str:
    kind = details.get("kind")
    heading = f"{details['id']} ({kind} paragraph)" if kind else details["id"]
    if details.get("lead"):
        heading += f", lead: {details['lead']}"
    lines = [f"{details.get('symbol') or ''} {heading}".strip(), ""]
    lines.append(textwrap.fill(details["text"], 88, break_on_hyphens=False))
    lines += sub_lines(details["subparagraphs"], 1, wrap=True)
    if details["footnote_texts"]:
        lines += ["", "Footnotes:"]
        lines += [f"  {note['number']}. {note['text']}" for note in details["footnote_texts"]]
    if details["citations"]:
        lines += ["", "Citations:"]
        for citation in details["citations"]:
            label = citation["symbol"] or citation["name"] or citation["text"]
            link = f"  {citation['url']}" if citation["url"] else ""
            lines.append(f"  {citation['kind']}: {label}{link}")
    return "\n".join(lines) + "\n"


def paragraph_markdown(details: dict[str, Any]) -> str:
    references = "".join(f"[^{number}]" for number in details["footnotes"])
    lines = [f"### {details['id']}", "", details["text"] + references]
    lines += [
        "  " * ((len(line) - len(line.lstrip())) // 4) + "- " + line.strip()
        for line in sub_lines(details["subparagraphs"], 0, wrap=False)
    ]
    if details["footnote_texts"]:
        lines += ["", *(f"[^{n['number']}]: {n['text']}" for n in details["footnote_texts"])]
    if details["citations"]:
        lines += ["", "**Citations:**", ""]
        for citation in details["citations"]:
            label = citation["symbol"] or citation["name"] or citation["text"]
            lines.append(
                f"- {citation['kind']}: [{label}]({citation['url']})"
                if citation["url"]
                else f"- {citation['kind']}: {label}"
            )
    return "\n".join(lines) + "\n"
