"""Word edits laid out inline, one way for every diff renderer that marks them with text:
git's [-old-]{+new+}, Markdown's ~~old~~ **new**, HTML's <del>/<ins>."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mineres.diff import WordEdit


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
    words: list[str] = []
    for edit in edits:
        if edit.op == "equal":
            words.append(plain(edit.old))
        elif edit.op == "delete":
            words.append(deleted(plain(edit.old)))
        elif edit.op == "insert":
            words.append(inserted(plain(edit.new)))
        else:
            words.append(deleted(plain(edit.old)) + between + inserted(plain(edit.new)))
    return " ".join(words)
