"""A diff as a Markdown redline to paste into a report: ~~deleted~~ **inserted**."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from mineres.diff import CHANGE_TYPES, ParagraphChange, ResolutionDiff, WordEdit
from mineres.render.diff_text import change_heading, citation_line, lead_line, shown_changes
from mineres.render.diff_words import marked_words

MARKDOWN_SPECIAL = re.compile(r"([\\`*_~\[\]<>|#])")


def escape(text: str) -> str:
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def redline(edits: Sequence[WordEdit]) -> str:
    return marked_words(
        edits, deleted=lambda w: f"~~{w}~~", inserted=lambda w: f"**{w}**", plain=escape
    )


def change_markdown(change: ParagraphChange) -> list[str]:
    lines = [f"### {escape(change_heading(change, '→'))}", ""]
    if not change.old_ids:
        lines.append(f"**{escape(change.new_text)}**")
    elif not change.new_ids:
        lines.append(f"~~{escape(change.old_text)}~~")
    else:
        lines.append(redline(change.edits))
    notes = [line for line in (lead_line(change, "→"), citation_line(change)) if line]
    notes.extend(
        f"footnote {note.old_number or '–'} → {note.new_number or '–'}: {redline(note.edits)}"
        for note in change.footnote_changes
    )
    if notes:
        lines.append("")
        lines.extend(f"- {note if note.startswith('footnote') else escape(note)}" for note in notes)
    lines.append("")
    return lines


def summary_table(diff: ResolutionDiff) -> list[str]:
    counts = diff.summary
    rows = [f"| {kind} | {counts[kind]} |" for kind in CHANGE_TYPES]
    routine = sum(1 for change in diff.changes if change.routine)
    return ["| change | paragraphs |", "| --- | ---: |", *rows, f"| routine | {routine} |", ""]


def write_diff_markdown(diff: ResolutionDiff, out: TextIO, *, stat: bool = False) -> None:
    title = f"{diff.old.symbol or 'old'} → {diff.new.symbol or 'new'}"
    lines = [f"# {escape(title)}", "", *summary_table(diff)]
    if not stat:
        for change in shown_changes(diff):
            lines.extend(change_markdown(change))
    out.write("\n".join(lines).rstrip("\n") + "\n")
