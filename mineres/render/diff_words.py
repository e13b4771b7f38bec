"""Word edits laid out inline, one way for every diff renderer that marks them with text:
git's [-old-]{+new+}, Markdown's ~~old~~ **new**, HTML's <del>/<ins>."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mineres.diff import WordEdit
from mineres.diff.words import has_cjk


def marked_words(
    edits: Sequence[WordEdit],
    *,
    deleted: Callable[[str], str],
    inserted: Callable[[str], str],
    plain: Callable[[str], str] = str,
    between: str = " ",
) -> str:
    """The edits as one line: unchanged words as they are (through `plain`, e.g. an escape),
    deleted and inserted ones wrapped; a replacement is its deletion, `between`, its insertion."""
    line = ""
    for position, edit in enumerate(edits):
        if position:
            line += spacing(edits[position - 1], edit)
        if edit.op == "equal":
            line += plain(edit.old)
        elif edit.op == "delete":
            line += deleted(plain(edit.old))
        elif edit.op == "insert":
            line += inserted(plain(edit.new))
        else:
            line += deleted(plain(edit.old)) + between + inserted(plain(edit.new))
    return line


def spacing(before: WordEdit, after: WordEdit) -> str:
    """The space between two runs of words: none beside Chinese or Japanese, written without
    spaces between words ("年12月[-7日-]{+13日+}号"), one elsewhere."""
    last = (before.new or before.old)[-1:] + (before.old or before.new)[-1:]
    first = (after.old or after.new)[:1] + (after.new or after.old)[:1]
    return "" if has_cjk(last + first) else " "
