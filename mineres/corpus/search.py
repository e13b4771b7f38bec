"""Find paragraphs across many resolutions: by words, by lead phrase, by what they cite.

The filtering runs in the worker that parsed the document, so only the matching paragraphs
travel back: searching the 208 resolutions of a session costs what parsing them costs.
`run_search` returns the records; printing them is the command line's business.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mineres.models import Resolution
from mineres.select import compile_regex, lead_matches, paragraphs_citing, text_matcher

__all__ = ["Query", "SearchResult", "compile_regex", "run_search"]


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
        matcher = text_matcher(self.pattern, fixed=self.fixed)
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


@dataclass
class SearchResult:
    """What a search found: the matching paragraphs (with the `source` each came from), and
    how many documents were searched and skipped (with the reason for each)."""

    records: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    skipped: list[str] = field(default_factory=list)


def run_search(
    query: Query,
    paths: Sequence[str],
    *,
    jobs: int = 1,
    library_dirs: Sequence[str | os.PathLike[str]] = (),
    progress: bool = False,
    on_skip: Callable[[str], None] | None = None,
) -> SearchResult:
    """Matching paragraphs, document by document, in the order the documents were given.

    `paths` are files, folders (walked) and symbols (looked up in the library); `progress`
    draws a bar on stderr when there are several documents. A document
    that cannot be parsed is skipped: its one-line reason goes to `on_skip` as it happens,
    and to the result's `skipped`.
    """
    from mineres.corpus.batch import expand_paths, process_many

    if query.pattern:
        compile_regex(query.pattern, fixed=query.fixed)  # a bad pattern stops here, not per file
    sources = expand_paths(paths, library_dirs)
    result = SearchResult(documents=len(sources))
    progress = progress and len(sources) > 1
    for outcome in process_many(sources, query, jobs=jobs, progress=progress):
        if outcome.error is not None:
            result.skipped.append(outcome.error)
            if on_skip is not None:
                on_skip(outcome.error)
            continue
        result.records.extend({**record, "source": outcome.source} for record in outcome.value)
    return result
