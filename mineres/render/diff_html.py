"""A diff as one standalone HTML page: no scripts, no external files, every text escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TextIO

from mineres.diff import CHANGE_TYPES, ParagraphChange, ResolutionDiff, WordEdit
from mineres.render.diff_text import change_heading, citation_line, lead_line, shown_changes
from mineres.render.diff_words import marked_words

STYLE = """
body { font-family: Georgia, serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1rem; margin-top: 1.6rem; font-family: sans-serif; }
del { color: #a40000; background: #fde8e8; }
ins { color: #0a5c1a; background: #e6f6e8; text-decoration: none; font-weight: bold; }
.notes { font-family: sans-serif; font-size: 0.9rem; color: #555; }
table { border-collapse: collapse; font-family: sans-serif; }
td, th { border: 1px solid #ccc; padding: 0.2rem 0.6rem; text-align: left; }
"""


def marked(edits: Sequence[WordEdit]) -> str:
    return marked_words(
        edits,
        deleted=lambda w: f"<del>{w}</del>",
        inserted=lambda w: f"<ins>{w}</ins>",
        plain=escape,
    )


def change_html(change: ParagraphChange) -> list[str]:
    if not change.old_ids:
        body = f"<ins>{escape(change.new_text)}</ins>"
    elif not change.new_ids:
        body = f"<del>{escape(change.old_text)}</del>"
    else:
        body = marked(change.edits)
    parts = [
        f'<section class="{escape(change.type)}">',
        f"<h2>{escape(change_heading(change, '→'))}</h2>",
        f"<p>{body}</p>",
    ]
    notes = [escape(line) for line in (lead_line(change, "→"), citation_line(change)) if line]
    notes.extend(
        f"footnote {note.old_number or '–'} → {note.new_number or '–'}: {marked(note.edits)}"
        for note in change.footnote_changes
    )
    if notes:
        parts.append('<ul class="notes">' + "".join(f"<li>{n}</li>" for n in notes) + "</ul>")
    parts.append("</section>")
    return parts


def summary_html(diff: ResolutionDiff) -> str:
    counts = diff.summary
    routine = sum(1 for change in diff.changes if change.routine)
    rows = "".join(f"<tr><td>{kind}</td><td>{counts[kind]}</td></tr>" for kind in CHANGE_TYPES)
    return (
        "<table><tr><th>change</th><th>paragraphs</th></tr>"
        f"{rows}<tr><td>routine</td><td>{routine}</td></tr></table>"
    )


def page_language(diff: ResolutionDiff) -> str:
    """The documents' language, so browsers and screen readers read the words right; "mul"
    (several languages) when the two differ."""
    if diff.old.language == diff.new.language:
        return diff.old.language
    return "mul"


def write_diff_html(diff: ResolutionDiff, out: TextIO, *, stat: bool = False) -> None:
    title = escape(f"{diff.old.symbol or 'old'} → {diff.new.symbol or 'new'}")
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(page_language(diff))}">',
        '<head><meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        f"<h1>{title}</h1>",
        summary_html(diff),
    ]
    if not stat:
        for change in shown_changes(diff):
            lines.extend(change_html(change))
    lines.extend(["</body>", "</html>"])
    out.write("\n".join(lines) + "\n")
