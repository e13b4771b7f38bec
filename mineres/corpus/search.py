"""Find paragraphs across many resolutions: by words, by lead phrase, by what they cite.

The filtering runs in the worker that parsed the document, so only the matching paragraphs
travel back: searching the 208 resolutions of a session costs what parsing them costs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mineres.errors import MineresError
from mineres.library import normalise_symbol
from mineres.models import Paragraph, Resolution


@dataclass(frozen=True)
class Query:
    """What a paragraph must have; every part given must hold."""

    pattern: str = ""  # a regular expression, any case (plain text with `fixed`)
    lead: str | None = None  # "Urges" matches "Urges" and "Strongly urges", not "Urging"
    cites: str | None = None  # a symbol, any case: "A/RES/57/159", "a/58/260"
    fixed: bool = False  # `pattern` is plain text, not a regular expression

    def __call__(self, resolution: Resolution) -> list[dict[str, Any]]:
        """The matching paragraphs as records; a Query is picklable, so workers can run it."""
        cited = paragraphs_citing(resolution, self.cites) if self.cites else None
        matcher = compile_pattern(self.pattern, fixed=self.fixed)
        return [
            {
                "symbol": resolution.metadata.symbol,
                "id": paragraph.id,
                "lead": paragraph.lead,
                "text": paragraph.full_text,
            }
            for paragraph in resolution.paragraphs
            if (cited is None or paragraph.id in cited)
            and (self.lead is None or lead_matches(paragraph.lead, self.lead))
            and matcher(paragraph)
        ]


def compile_regex(pattern: str, *, fixed: bool = False) -> re.Pattern[str]:
    """The pattern compiled, any case. A pattern that is no valid regular expression is the
    user's mistake, said once: never quietly searched as plain text, which would find nothing
    and look like an answer."""
    try:
        return re.compile(re.escape(pattern) if fixed else pattern, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError) as error:
        raise MineresError(
            f"invalid regular expression {pattern!r}: {error} (use -F to search for plain text)"
        ) from None


def compile_pattern(pattern: str, *, fixed: bool = False) -> Any:
    if not pattern:
        return lambda paragraph: True
    regex = compile_regex(pattern, fixed=fixed)

    def matches(paragraph: Paragraph) -> bool:
        return regex.search(paragraph.full_text) is not None

    return matches


def lead_matches(lead: str, wanted: str) -> bool:
    return re.search(rf"\b{re.escape(wanted.lower())}\b", lead.lower()) is not None


def paragraphs_citing(resolution: Resolution, symbol: str) -> set[str]:
    """Paragraph ids that cite `symbol`, directly or through one of their footnotes."""
    wanted = symbol_key(symbol)
    found: set[str] = set()
    for citation in resolution.citations:
        if citation.symbol and symbol_key(citation.symbol) == wanted:
            found.update(citation.paragraphs)
            found.update(location.where for location in citation.locations)
    found = {paragraph_of(where) for where in found}
    for note in resolution.footnotes:
        if f"FN{note.number}" in found:
            found.update(paragraph_of(where) for where in note.cited_from)
    return found


def symbol_key(symbol: str) -> str:
    """A symbol as compared: a resolution number normalised ("57/159" is "A/RES/57/159"), any
    other symbol without regard to case or spacing ("a/58/260" is "A/58/260")."""
    return normalise_symbol(symbol) or " ".join(symbol.split()).casefold()


def paragraph_of(where: str) -> str:
    """ "OP4(a)" -> "OP4": a sub-paragraph's citation belongs to its paragraph."""
    return where.split("(", 1)[0]


def run_search(
    query: Query,
    paths: Sequence[str],
    *,
    jobs: int,
    format: str,
    library_dirs: Sequence[str | os.PathLike[str]] = (),
) -> int:
    """`mineres search`: matching paragraphs, document by document; returns how many matched."""
    import sys

    from mineres.corpus.batch import Tally, expand_paths, process_many, report_skipped
    from mineres.render.listing import write_records

    if query.pattern:
        compile_regex(query.pattern, fixed=query.fixed)  # a bad pattern stops here, not per file
    sources = expand_paths(paths, library_dirs)
    tally = Tally()
    records: list[dict[str, Any]] = []
    progress = sys.stderr.isatty() and len(sources) > 1
    for outcome in process_many(sources, query, jobs=jobs, progress=progress):
        if report_skipped(outcome, tally):
            records.extend({**record, "source": outcome.source} for record in outcome.value)
    write_records(
        records,
        ["symbol", "id", "lead", "text"],
        format,
        sys.stdout,
        text_line=lambda r: f"{r['symbol'] or r['source']}\t{r['id']}\t{r['text']}",
        title=f"{len(records)} paragraphs",
    )
    if tally.skipped or len(sources) > 1:
        print(f"mineres: {len(records)} paragraphs in {tally.summary()}", file=sys.stderr)
    return len(records)
