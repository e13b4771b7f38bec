"""What changed between two resolutions of a series: paragraphs aligned by content, word edits,
and what the edits mean (stronger or weaker verbs, citations, routine roll-over).

Everything here is pure: two `Resolution` values in, one `ResolutionDiff` out. Alignment is by
content, never by number, so a paragraph inserted at OP3 does not make every later paragraph
look changed. Renderers in `mineres.render.diff_*` print the result.

The modules, in the order the diff runs them: `words` (what a word is and when two are the
same), `alignment` (paragraphs paired), `word_edits` (edits inside a pair), `routine` (the
yearly roll-over), `verb_strength` (stronger or weaker leads), `citations_and_footnotes`, and
`compare` (the whole diff); `model` holds the values they return.
"""

from __future__ import annotations

from mineres.diff.alignment import Link, align, longest_increasing
from mineres.diff.compare import diff_resolutions
from mineres.diff.model import (
    CHANGE_TYPES,
    ChangeType,
    CitationChanges,
    Direction,
    EditOp,
    FootnoteChange,
    LeadChange,
    ParagraphChange,
    ResolutionDiff,
    WordEdit,
)
from mineres.diff.verb_strength import lead_change, lead_strength
from mineres.diff.word_edits import word_edits

__all__ = [
    "CHANGE_TYPES",
    "ChangeType",
    "CitationChanges",
    "Direction",
    "EditOp",
    "FootnoteChange",
    "LeadChange",
    "Link",
    "ParagraphChange",
    "ResolutionDiff",
    "WordEdit",
    "align",
    "diff_resolutions",
    "lead_change",
    "lead_strength",
    "longest_increasing",
    "word_edits",
]
