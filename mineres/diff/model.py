"""What a diff says: the change types and the frozen values `diff_resolutions` returns."""

from __future__ import annotations

from collections import Counter
from typing import Literal

from mineres.frozen import frozen_dataclass
from mineres.models import Metadata, ParagraphKind

ChangeType = Literal["unchanged", "modified", "moved", "added", "removed", "split", "merged"]
EditOp = Literal["equal", "insert", "delete", "replace"]
Direction = Literal["stronger", "weaker", "same", "unknown"]

CHANGE_TYPES: tuple[ChangeType, ...] = (
    "unchanged",
    "modified",
    "moved",
    "added",
    "removed",
    "split",
    "merged",
)


@frozen_dataclass
class WordEdit:
    """One run of words: kept (equal), inserted, deleted, or replaced by other words."""

    op: EditOp
    old: str
    new: str


@frozen_dataclass
class LeadChange:
    """A paired paragraph's lead phrase changed, and whether the new one is stronger or weaker."""

    old: str
    new: str
    direction: Direction


@frozen_dataclass
class CitationChanges:
    """What a paragraph cites now that it did not (added), and no longer cites (removed)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


@frozen_dataclass
class FootnoteChange:
    """A footnote of a paired paragraph whose text changed, or that appeared or went."""

    old_number: int | None
    new_number: int | None
    old_text: str
    new_text: str
    edits: tuple[WordEdit, ...] = ()


@frozen_dataclass
class ParagraphChange:
    """One entry of the diff: a paragraph (or a split or merged group) and what happened to it."""

    type: ChangeType
    kind: ParagraphKind
    old_ids: tuple[str, ...]
    new_ids: tuple[str, ...]
    old_text: str
    new_text: str
    edits: tuple[WordEdit, ...] = ()
    lead_change: LeadChange | None = None
    citation_changes: CitationChanges = CitationChanges()  # a frozen value: one serves every change
    footnote_changes: tuple[FootnoteChange, ...] = ()
    routine: bool = False  # every edit is the yearly roll-over of the series
    reworded: bool = False  # the words changed (also for moved, split and merged paragraphs)

    @property
    def old_id(self) -> str | None:
        return "+".join(self.old_ids) or None

    @property
    def new_id(self) -> str | None:
        return "+".join(self.new_ids) or None


@frozen_dataclass
class ResolutionDiff:
    """The whole diff: both documents' metadata and every change, in the new document's order."""

    old: Metadata
    new: Metadata
    changes: tuple[ParagraphChange, ...]

    @property
    def summary(self) -> dict[ChangeType, int]:
        """How many changes of each type, every type present (zero when none)."""
        counts = Counter(change.type for change in self.changes)
        return {kind: counts[kind] for kind in CHANGE_TYPES}

    @property
    def differs(self) -> bool:
        return any(change.type != "unchanged" for change in self.changes)
