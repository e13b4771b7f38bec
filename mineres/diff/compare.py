"""The diff of two resolutions: each kind of paragraph aligned, each link described (word edits,
lead, citations, footnotes, roll-over), in the new document's order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from mineres.diff.alignment import Link, align
from mineres.diff.citations_and_footnotes import (
    citation_changes,
    citations_by_paragraph,
    cited_by,
    footnote_changes,
    footnote_texts,
)
from mineres.diff.model import ChangeType, ParagraphChange, ResolutionDiff
from mineres.diff.routine import RoutineWords, routine_opcodes, routine_words
from mineres.diff.verb_strength import lead_change, lead_key, opening_lead
from mineres.diff.word_edits import edits_from, readable, text_changed, word_opcodes
from mineres.diff.words import words_of, written_language
from mineres.models import Paragraph, ParagraphKind, Resolution


class Side:
    """One resolution of the pair, with what describing its paragraphs needs at hand (a plain
    class: a NamedTuple costs import time)."""

    __slots__ = ("cites", "language", "notes", "paragraphs", "texts")

    def __init__(
        self,
        paragraphs: Sequence[Paragraph],
        texts: Sequence[str],
        notes: dict[int, str],
        cites: dict[str, tuple[str, ...]],
        language: str,
    ) -> None:
        self.paragraphs = paragraphs
        self.texts = texts  # each paragraph's full text
        self.notes = notes  # footnote texts by number
        self.cites = cites
        self.language = language


def side(
    resolution: Resolution,
    paragraphs: Sequence[Paragraph],
    cites: dict[str, tuple[str, ...]],
    language: str,
) -> Side:
    notes = {note.number: note.text for note in resolution.footnotes}
    # full_text joins a paragraph's sub-paragraphs to it; most have none and are their text
    texts = [p.full_text if p.subparagraphs else p.text for p in paragraphs]
    return Side(paragraphs, texts, notes, cites, language)


def document_language(resolution: Resolution) -> str:
    """The language the resolution is written in, read from its first paragraphs' script when
    that names one, else from its metadata."""
    sample = " ".join(p.text for p in (*resolution.preamble, *resolution.operative)[:3])
    return written_language(sample[:2000], resolution.metadata.language)


def lead_of(paragraph: Paragraph, kind: ParagraphKind, language: str) -> str:
    """The paragraph's lead as parsed; in a language other than English, the scale's longest
    lead that opens the paragraph when the parser found none, or found only its first words
    ("Vivement" of "Vivement préoccupée", "Prie" of "Prie instamment")."""
    opening = opening_lead(paragraph.text, kind, language)
    if len(opening) > len(paragraph.lead) and lead_key(opening).startswith(
        lead_key(paragraph.lead)
    ):
        return opening
    return paragraph.lead


def describe(
    link: Link,
    kind: ParagraphKind,
    before: Side,
    after: Side,
    vocabulary: RoutineWords | None = None,
) -> ParagraphChange:
    olds = [before.paragraphs[position] for position in link.old]
    news = [after.paragraphs[position] for position in link.new]
    old_text = " ".join([before.texts[position] for position in link.old])
    new_text = " ".join([after.texts[position] for position in link.new])
    old_ids = tuple(paragraph.id for paragraph in olds)
    new_ids = tuple(paragraph.id for paragraph in news)
    cited = citation_changes(cited_by(before.cites, old_ids), cited_by(after.cites, new_ids))
    if not olds or not news:
        return ParagraphChange(
            type="added" if news else "removed",
            kind=kind,
            old_ids=old_ids,
            new_ids=new_ids,
            old_text=old_text,
            new_text=new_text,
            citation_changes=cited,
        )
    old_words = words_of(old_text)
    new_words = old_words if new_text == old_text else words_of(new_text)  # most are the same
    opcodes = word_opcodes(old_words, new_words)
    edits = readable(edits_from(opcodes, old_words, new_words))
    notes, notes_routine = footnote_changes(
        footnote_texts(before.notes, olds), footnote_texts(after.notes, news), vocabulary
    )
    reworded = text_changed(edits) or bool(notes)
    lead = lead_change(
        lead_of(olds[0], kind, before.language),
        lead_of(news[0], kind, after.language),
        kind,
        after.language,
    )
    routine = (
        reworded
        and lead is None
        and notes_routine
        and routine_opcodes(opcodes, old_words, new_words, vocabulary)
    )
    change_type: ChangeType
    if len(olds) > 1:
        change_type = "merged"
    elif len(news) > 1:
        change_type = "split"
    elif link.moved:
        change_type = "moved"
    else:
        change_type = "modified" if reworded else "unchanged"
    return ParagraphChange(
        type=change_type,
        kind=kind,
        old_ids=old_ids,
        new_ids=new_ids,
        old_text=old_text,
        new_text=new_text,
        edits=edits,
        lead_change=lead,
        citation_changes=cited,
        footnote_changes=notes,
        routine=routine,
        reworded=reworded,
    )


def document_order(links: Sequence[Link]) -> list[Link]:
    """Links in the new document's order; a removed paragraph right after the paragraph that
    preceded it in the old document."""
    new_position_of_old: dict[int, int] = {}
    for link in links:
        if link.new:
            for source in link.old:
                new_position_of_old[source] = link.new[0]
    size = 1 + max((source for link in links for source in link.old), default=-1)
    after: list[float] = []  # for each old paragraph, where the one before it went
    last = -0.5
    for source in range(size):
        after.append(last)
        if source in new_position_of_old:
            last = new_position_of_old[source] + 0.5

    def key(link: Link) -> tuple[float, int]:
        if link.new:
            return (link.new[0], 0)
        return (after[link.old[0]], link.old[0])

    return sorted(links, key=key)


def hide_routine(change: ParagraphChange) -> ParagraphChange:
    if change.routine and change.type == "modified":
        return replace(change, type="unchanged")
    return change


def diff_resolutions(
    old: Resolution, new: Resolution, *, ignore_routine: bool = False
) -> ResolutionDiff:
    """Align `old` and `new` paragraph by paragraph and describe every change, in the new
    document's order (preamble first). With `ignore_routine`, a paragraph whose only change is
    the series roll-over counts as unchanged (still marked `routine`)."""
    changes: list[ParagraphChange] = []
    old_language, new_language = document_language(old), document_language(new)
    vocabulary = routine_words(tuple(sorted({old_language, new_language})))
    old_cites, new_cites = citations_by_paragraph(old), citations_by_paragraph(new)
    kinds: tuple[tuple[ParagraphKind, Side, Side], ...] = (
        (
            "preambular",
            side(old, old.preamble, old_cites, old_language),
            side(new, new.preamble, new_cites, new_language),
        ),
        (
            "operative",
            side(old, old.operative, old_cites, old_language),
            side(new, new.operative, new_cites, new_language),
        ),
    )
    for kind, before, after in kinds:
        links = align(before.texts, after.texts)
        changes.extend(
            describe(link, kind, before, after, vocabulary) for link in document_order(links)
        )
    if ignore_routine:
        changes = [hide_routine(change) for change in changes]
    return ResolutionDiff(old.metadata, new.metadata, tuple(changes))
