"""A diff as plain text for pipes: git's word-diff notation, `[-old-]{+new+}`.

Only changes are printed, each under an `@@ old -> new type @@` line; unchanged paragraphs
(however renumbered) appear only in the closing summary. The labels built here are shared by
the other human-readable diff renderers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from mineres.diff import CHANGE_TYPES, ParagraphChange, ResolutionDiff, WordEdit
from mineres.render.diff_words import marked_words


def shown_changes(diff: ResolutionDiff) -> list[ParagraphChange]:
    return [change for change in diff.changes if change.type != "unchanged"]


def change_heading(change: ParagraphChange, arrow: str = "->") -> str:
    """ "PP1 -> PP1 modified, routine", "PP3 removed", "PP6 added"."""
    if change.old_ids and change.new_ids:
        where = f"{change.old_id} {arrow} {change.new_id}"
    else:
        where = change.old_id or change.new_id or ""
    notes: list[str] = [change.type]
    if change.type in ("moved", "split", "merged") and change.reworded:
        notes.append("reworded")
    if change.routine:
        notes.append("routine")
    return f"{where} {', '.join(notes)}"


def lead_line(change: ParagraphChange, arrow: str = "->") -> str | None:
    lead = change.lead_change
    if lead is None:
        return None
    return f"lead: {lead.old} {arrow} {lead.new} ({lead.direction})"


def citation_line(change: ParagraphChange) -> str | None:
    cited = change.citation_changes
    if not cited:
        return None
    parts = [f"+{key}" for key in cited.added] + [f"-{key}" for key in cited.removed]
    return "citations: " + " ".join(parts)


def summary_line(diff: ResolutionDiff) -> str:
    counts = diff.summary
    parts = [f"{counts[kind]} {kind}" for kind in CHANGE_TYPES if counts[kind]]
    routine = sum(1 for change in diff.changes if change.routine)
    if routine:
        parts.append(f"{routine} routine")
    return ", ".join(parts) or "no paragraphs"


def stat_lines(diff: ResolutionDiff) -> list[str]:
    counts = diff.summary
    width = max(len(kind) for kind in CHANGE_TYPES)
    lines = [f"{diff.old.symbol or 'old'} -> {diff.new.symbol or 'new'}"]
    lines.extend(f"{kind:<{width}}  {counts[kind]:>4}" for kind in CHANGE_TYPES)
    routine = sum(1 for change in diff.changes if change.routine)
    lines.append(f"{'routine':<{width}}  {routine:>4}")
    return lines


def word_diff(edits: Sequence[WordEdit]) -> str:
    """Edits in git's word-diff notation."""
    return marked_words(
        edits, deleted=lambda w: f"[-{w}-]", inserted=lambda w: f"{{+{w}+}}", between=""
    )


def change_body(change: ParagraphChange) -> str:
    if not change.old_ids:
        return f"{{+{change.new_text}+}}"
    if not change.new_ids:
        return f"[-{change.old_text}-]"
    return word_diff(change.edits)


def text_lines(change: ParagraphChange) -> list[str]:
    lines = [f"@@ {change_heading(change)} @@"]
    lines.extend(line for line in (lead_line(change), citation_line(change)) if line)
    lines.append(change_body(change))
    for note in change.footnote_changes:
        numbers = f"{note.old_number or '-'} -> {note.new_number or '-'}"
        lines.append(f"footnote {numbers}: {word_diff(note.edits)}")
    return lines


def write_diff_text(diff: ResolutionDiff, out: TextIO, *, stat: bool = False) -> None:
    if stat:
        out.write("\n".join(stat_lines(diff)) + "\n")
        return
    out.write(f"--- {diff.old.symbol or 'old'}\n+++ {diff.new.symbol or 'new'}\n")
    for change in shown_changes(diff):
        out.write("\n".join(text_lines(change)) + "\n")
    out.write(summary_line(diff) + "\n")
