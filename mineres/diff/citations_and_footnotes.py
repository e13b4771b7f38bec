"""What a paired paragraph cites and footnotes now that it did not, and no longer does."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from mineres.diff.model import CitationChanges, FootnoteChange
from mineres.diff.routine import RoutineWords, routine_opcodes
from mineres.diff.word_edits import edits_from, readable, word_opcodes
from mineres.diff.words import edit_key, sequence_opcodes, single_spaced, words_of
from mineres.models import Paragraph, Resolution


def citation_key(resolution: Resolution, index: int) -> str:
    citation = resolution.citations[index]
    return citation.symbol or citation.name or citation.url or " ".join(citation.text.split())


def citations_by_paragraph(resolution: Resolution) -> dict[str, tuple[str, ...]]:
    """For each paragraph id, what it cites (its sub-paragraphs included), in the resolution's
    order: built once, so pairing paragraphs never rescans the citations."""
    found: dict[str, list[str]] = defaultdict(list)
    for index, citation in enumerate(resolution.citations):
        key = citation_key(resolution, index)
        for cited in citation.paragraphs:
            keys = found[cited.split("(", 1)[0]]
            if key not in keys:
                keys.append(key)
    return {paragraph_id: tuple(keys) for paragraph_id, keys in found.items()}


def cited_by(cites: dict[str, tuple[str, ...]], paragraph_ids: Iterable[str]) -> tuple[str, ...]:
    found: list[str] = []
    for paragraph_id in paragraph_ids:
        found.extend(key for key in cites.get(paragraph_id, ()) if key not in found)
    return tuple(found)


def citation_changes(old: Sequence[str], new: Sequence[str]) -> CitationChanges:
    if old == new:  # most paired paragraphs cite what they cited
        return CitationChanges()
    return CitationChanges(
        added=tuple(key for key in new if key not in old),
        removed=tuple(key for key in old if key not in new),
    )


def footnote_texts(texts: dict[int, str], paragraphs: Iterable[Paragraph]) -> list[tuple[int, str]]:
    return [
        (number, texts.get(number, ""))
        for paragraph in paragraphs
        if paragraph.footnotes or paragraph.subparagraphs
        for number in paragraph.all_footnotes
    ]


def footnote_changes(
    old: Sequence[tuple[int, str]],
    new: Sequence[tuple[int, str]],
    vocabulary: RoutineWords | None = None,
) -> tuple[tuple[FootnoteChange, ...], bool]:
    """Footnotes compared by text in reading order, never by number: renumbering is no change.
    Also says whether every change is routine roll-over."""
    if not old and not new:
        return (), True
    old_keys = [single_spaced(edit_key(text)) for _, text in old]
    new_keys = [single_spaced(edit_key(text)) for _, text in new]
    if old_keys == new_keys:  # the same texts in the same order: no matcher needed to say so
        return (), True
    changes: list[FootnoteChange] = []
    routine = True
    for op, i1, i2, j1, j2 in sequence_opcodes(old_keys, new_keys):
        if op == "equal":
            continue
        olds, news = list(old[i1:i2]), list(new[j1:j2])
        for position in range(max(len(olds), len(news))):
            old_number, old_text = olds[position] if position < len(olds) else (None, "")
            new_number, new_text = news[position] if position < len(news) else (None, "")
            old_words, new_words = words_of(old_text), words_of(new_text)
            opcodes = word_opcodes(old_words, new_words)
            paired = old_number is not None and new_number is not None
            if not (paired and routine_opcodes(opcodes, old_words, new_words, vocabulary)):
                routine = False
            changes.append(
                FootnoteChange(
                    old_number,
                    new_number,
                    old_text,
                    new_text,
                    readable(edits_from(opcodes, old_words, new_words)),
                )
            )
    return tuple(changes), routine
