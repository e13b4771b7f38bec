"""Where each paragraph of a resolution comes from, across its series in the library.

For every paragraph: the earliest resolution of the series (in the library) where it, or a
form of it that `mineres.diff` aligns with it, appears; and the latest one that changed its
words. The yearly roll-over (resolution numbers, sessions, dates) is not counted as a change.
The series is the one `mineres lineage` finds; consecutive members are compared with
`diff_resolutions`, so blame and diff always agree.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from mineres.corpus.lineage import Library, lineage
from mineres.diff import ParagraphChange, diff_resolutions
from mineres.models import Resolution


@dataclass(frozen=True)
class Blame:
    paragraph: str  # "OP5"
    since: str  # the earliest member it appears in: "A/RES/74/80"
    changed: str  # the latest member that changed its words (= since when never changed)
    how: str  # "unchanged since", "reworded", "split from OP5", ...
    lead: str
    text: str


def series_resolutions(
    resolution: Resolution,
    library_dirs: Sequence[str | os.PathLike[str]] = (),
    *,
    path: Path | None = None,
) -> list[Resolution]:
    """The members of the series up to this resolution that the library holds, oldest first."""
    library = Library(library_dirs, resolution.metadata.language or "en")
    members = lineage(resolution, library_dirs, path=path, library=library)
    symbol = resolution.metadata.symbol
    found: list[Resolution] = []
    for member in members:
        if member.symbol == symbol:
            found.append(resolution)
            break
        if member.status == "library":
            parsed = library.resolution(member.symbol)
            if parsed is not None:
                found.append(parsed)
    return found


def blame(series: Sequence[Resolution]) -> list[Blame]:
    """Blame the last resolution of `series` (oldest first) paragraph by paragraph."""
    newest = series[-1]
    steps = [
        {
            new_id: change
            for change in diff_resolutions(old, new).changes
            for new_id in change.new_ids
        }
        for old, new in pairwise(series)
    ]
    symbols = [r.metadata.symbol or f"#{index}" for index, r in enumerate(series)]
    return [
        trace(paragraph.id, paragraph.lead, paragraph.full_text, steps, symbols)
        for paragraph in newest.paragraphs
    ]


def trace(
    paragraph_id: str,
    lead: str,
    text: str,
    steps: list[dict[str, ParagraphChange]],
    symbols: list[str],
) -> Blame:
    """Walk one paragraph back through the consecutive diffs until it was added."""
    ids: tuple[str, ...] = (paragraph_id,)
    since = len(symbols) - 1
    changed: int | None = None
    how = ""
    for index in range(len(steps) - 1, -1, -1):
        change = next((steps[index][i] for i in ids if i in steps[index]), None)
        if change is None or change.type == "added":
            break
        if changed is None and (change.reworded and not change.routine):
            changed = index + 1
            how = describe_change(change)
        ids = change.old_ids
        since = index
    if changed is None:
        changed = since
        how = "new" if since == len(symbols) - 1 and len(symbols) > 1 else "unchanged since"
    return Blame(paragraph_id, symbols[since], symbols[changed], how, lead, text)


def describe_change(change: ParagraphChange) -> str:
    if change.type == "split":
        return f"split from {change.old_id}"
    if change.type == "merged":
        return f"merged from {change.old_id}"
    if change.lead_change is not None:
        return f"lead {change.lead_change.old!r} → {change.lead_change.new!r}"
    return "reworded"


def blame_records(blames: Sequence[Blame]) -> list[dict[str, str]]:
    return [
        {
            "id": b.paragraph,
            "since": b.since,
            "changed": b.changed,
            "how": b.how,
            "lead": b.lead,
            "text": b.text,
        }
        for b in blames
    ]
