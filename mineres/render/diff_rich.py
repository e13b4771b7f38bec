"""A diff on the terminal: deletions struck through in red, insertions in green, inline or
old and new side by side. Where styles cannot show (into a pipe or a file, or with NO_COLOR)
the edits also carry git's word-diff markers, `[-old-]{+new+}`, so no deletion reads as kept
text. rich is imported only when this renderer runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from mineres.diff import ParagraphChange, ResolutionDiff, WordEdit
from mineres.render.console import make_console
from mineres.render.diff_text import (
    change_heading,
    citation_line,
    lead_line,
    shown_changes,
    stat_lines,
    summary_line,
)
from mineres.render.diff_words import spacing

if TYPE_CHECKING:
    from rich.text import Text

DELETED = "red strike"
INSERTED = "bold green"
DIRECTION_STYLE = {"stronger": "bold magenta", "weaker": "bold yellow"}
MARKERS = {DELETED: ("[-", "-]"), INSERTED: ("{+", "+}")}


def marked_words(words: str, style: str, marked: bool) -> str:
    """`words` inside the word-diff markers of their style, when styles alone cannot show."""
    if not marked or style not in MARKERS:
        return words
    opening, closing = MARKERS[style]
    return f"{opening}{words}{closing}"


def styled(
    edits: Sequence[WordEdit], *, old: bool = True, new: bool = True, marked: bool = False
) -> Text:
    """Edits as styled text: both sides inline, or only the old (or new) side's words."""
    from rich.text import Text

    text = Text()
    previous: WordEdit | None = None
    for edit in edits:
        pieces: list[tuple[str, str]] = []
        if edit.op == "equal":
            pieces.append((edit.old, ""))
        if old and edit.op in ("delete", "replace"):
            pieces.append((edit.old, DELETED))
        if new and edit.op in ("insert", "replace"):
            pieces.append((edit.new, INSERTED))
        for number, (words, style) in enumerate(pieces):
            if text:
                text.append(spacing(previous, edit) if number == 0 and previous else " ")
            text.append(marked_words(words, style, marked), style=style)
        if pieces:
            previous = edit
    return text


def whole(words: str, style: str, marked: bool = False) -> Text:
    from rich.text import Text

    return Text(marked_words(words, style, marked), style=style)


def heading(change: ParagraphChange) -> Text:
    from rich.text import Text

    text = Text(change_heading(change, "→"), style="bold cyan")
    lead = change.lead_change
    if lead:
        text.append(f"   {lead_line(change, '→')}", style=DIRECTION_STYLE.get(lead.direction, ""))
    return text


def notes(change: ParagraphChange, marked: bool = False) -> list[Text]:
    from rich.text import Text

    found: list[Text] = []
    cited = citation_line(change)
    if cited:
        found.append(Text(cited, style="dim"))
    for note in change.footnote_changes:
        text = Text(f"footnote {note.old_number or '–'} → {note.new_number or '–'}: ", style="dim")
        text.append_text(styled(note.edits, marked=marked))
        found.append(text)
    return found


def old_side(change: ParagraphChange, marked: bool = False) -> Text:
    if not change.new_ids:
        return whole(change.old_text, DELETED, marked)
    return styled(change.edits, new=False, marked=marked)


def new_side(change: ParagraphChange, marked: bool = False) -> Text:
    if not change.old_ids:
        return whole(change.new_text, INSERTED, marked)
    return styled(change.edits, old=False, marked=marked)


def write_diff_rich(
    diff: ResolutionDiff,
    out: TextIO,
    *,
    side_by_side: bool = False,
    stat: bool = False,
    width: int | None = None,
) -> None:
    console = make_console(out, width=width)
    marked = console.no_color or not console.is_terminal
    if stat:
        for line in stat_lines(diff):
            console.print(line, markup=False)
        return
    title = f"{diff.old.symbol or 'old'} → {diff.new.symbol or 'new'}"
    console.print(title, style="bold", markup=False)
    for change in shown_changes(diff):
        console.print()
        console.print(heading(change))
        if side_by_side:
            from rich.table import Table

            table = Table(show_header=False, box=None, expand=True, padding=(0, 1))
            table.add_column(ratio=1)
            table.add_column(ratio=1)
            table.add_row(old_side(change, marked), new_side(change, marked))
            console.print(table)
        elif not change.old_ids:
            console.print(whole(change.new_text, INSERTED, marked))
        elif not change.new_ids:
            console.print(whole(change.old_text, DELETED, marked))
        else:
            console.print(styled(change.edits, marked=marked))
        for note in notes(change, marked):
            console.print(note)
    console.print()
    console.print(summary_line(diff), style="bold", markup=False)
