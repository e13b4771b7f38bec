"""A diff as JSON: `summary` (counts by change type) and `changes` in document order.

The dictionaries built here are the diff's stable contract; the other diff renderers show the
same facts laid out for people.
"""

from __future__ import annotations

from typing import Any, TextIO

from mineres.diff import FootnoteChange, ParagraphChange, ResolutionDiff, WordEdit
from mineres.render.indented_json import indented_json


def edit_to_dict(edit: WordEdit) -> dict[str, str]:
    return {"op": edit.op, "old": edit.old, "new": edit.new}


def footnote_change_to_dict(change: FootnoteChange) -> dict[str, Any]:
    return {
        "old_number": change.old_number,
        "new_number": change.new_number,
        "old_text": change.old_text,
        "new_text": change.new_text,
        "edits": [edit_to_dict(edit) for edit in change.edits],
    }


def change_to_dict(change: ParagraphChange) -> dict[str, Any]:
    lead = change.lead_change
    return {
        "type": change.type,
        "kind": change.kind,
        "old_id": change.old_id,
        "new_id": change.new_id,
        "old_ids": list(change.old_ids),
        "new_ids": list(change.new_ids),
        "old_text": change.old_text or None,
        "new_text": change.new_text or None,
        "edits": [edit_to_dict(edit) for edit in change.edits],
        "lead_change": (
            {"old": lead.old, "new": lead.new, "direction": lead.direction} if lead else None
        ),
        "citation_changes": {
            "added": list(change.citation_changes.added),
            "removed": list(change.citation_changes.removed),
        },
        "footnote_changes": [footnote_change_to_dict(note) for note in change.footnote_changes],
        "routine": change.routine,
        "reworded": change.reworded,
    }


def diff_to_dict(diff: ResolutionDiff, *, stat: bool = False) -> dict[str, Any]:
    """The whole diff; with `stat`, only what the summary says."""
    result: dict[str, Any] = {
        "old": diff.old.symbol,
        "new": diff.new.symbol,
        "differs": diff.differs,
        "summary": diff.summary,
        "routine": sum(1 for change in diff.changes if change.routine),
    }
    if not stat:
        result["changes"] = [change_to_dict(change) for change in diff.changes]
    return result


def write_diff_json(diff: ResolutionDiff, out: TextIO, *, stat: bool = False) -> None:
    out.write(indented_json(diff_to_dict(diff, stat=stat)) + "\n")
