"""Word edits inside a pair of paragraphs: runs kept, inserted, deleted or replaced, joined as
a person would mark them."""

from __future__ import annotations

from collections.abc import Sequence

from mineres.diff.model import EditOp, WordEdit
from mineres.diff.words import edit_keys, joined, sequence_opcodes, words_of

BRIDGE_WORDS = 2  # unchanged words between two changes that still read as part of one change

Opcode = tuple[EditOp, int, int, int, int]


def word_opcodes(old_words: Sequence[str], new_words: Sequence[str]) -> list[Opcode]:
    if old_words == new_words:
        return [("equal", 0, len(old_words), 0, len(new_words))] if old_words else []
    old_keys, new_keys = edit_keys(old_words), edit_keys(new_words)
    if old_keys == new_keys:
        return [("equal", 0, len(old_keys), 0, len(new_keys))] if old_keys else []
    return sequence_opcodes(old_keys, new_keys)


def edits_from(
    opcodes: Sequence[Opcode], old_words: Sequence[str], new_words: Sequence[str]
) -> tuple[WordEdit, ...]:
    edits: list[WordEdit] = []
    for op, i1, i2, j1, j2 in opcodes:
        old = joined(old_words[i1:i2])
        new = joined(new_words[j1:j2]) if op != "equal" else old
        edits.append(WordEdit(op, old, new))
    return tuple(edits)


def readable(edits: Sequence[WordEdit]) -> tuple[WordEdit, ...]:
    """Changes kept apart by one or two unchanged words read as one change, as a person would
    mark them: "of [-gender- and age-appropriate-]{+gender-, age- and disability-appropriate+}",
    not "[-gender--]{+gender-, age-+} and [-age-appropriate-]{+disability-appropriate+}"."""
    result: list[WordEdit] = []
    for edit in edits:
        if (
            edit.op != "equal"
            and len(result) >= 2
            and result[-1].op == "equal"
            and len(words_of(result[-1].old)) <= BRIDGE_WORDS
            and result[-2].op != "equal"
        ):
            bridge, before = result.pop(), result.pop()
            edit = WordEdit(
                "replace",
                joined(part for part in (before.old, bridge.old, edit.old) if part),
                joined(part for part in (before.new, bridge.new, edit.new) if part),
            )
        result.append(edit)
    return tuple(result)


def word_edits(old_text: str, new_text: str) -> tuple[WordEdit, ...]:
    """The word-level changes from `old_text` to `new_text`, equal runs included, in order."""
    old_words, new_words = words_of(old_text), words_of(new_text)
    return readable(edits_from(word_opcodes(old_words, new_words), old_words, new_words))


def text_changed(edits: Sequence[WordEdit]) -> bool:
    return any(edit.op != "equal" for edit in edits)
