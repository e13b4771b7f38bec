"""mineres: read United Nations resolutions into a typed model, list, cite and diff them.

The Python API (the command line is a thin layer over exactly these names). Every function
returns the typed model and prints nothing; input it cannot use raises `MineresError` with a
one-line message.

Reading
    parse_resolution(data)      bytes or text (ODS export, plain text, AKN4UN XML, PDF)
                                -> Resolution
    load_resolution(doc)        the same from a path, "-" or a symbol looked up in the
                                library; no DOC: the bundled A/RES/58/127
    find_document(symbol)       the library's file for a symbol (Path), or None

Choosing
    select_paragraphs(resolution, part=, numbers=, lead=, grep=)  -> tuple of Paragraph
    find_paragraph(resolution, "OP4(a)")                          -> Paragraph or Subparagraph
    find_citations(resolution)                                    -> tuple of Citation
    select_citations(resolution, kinds=, paragraph=)              -> tuple of Citation
    group_citations(citations, by)                                -> {key: [Citation]}

Comparing, following a series, searching
    diff_resolutions(old, new)           -> ResolutionDiff
    previous_resolution(resolution)      the resolution it recalls, from the library
    lineage(resolution)                  -> list of SeriesMember (recalled, recalling, missing)
    series_resolutions(resolution)       the series up to it that the library holds
    blame(series)                        -> list of Blame (since when, last changed, how)
    list_library()                       -> list of LibraryEntry, in lookup order
    search(Query(...), paths)            -> SearchResult (matching paragraphs as records)

The JSON contract
    to_dict(resolution)                  the model as the README's JSON contract

Names load on first use, so `import mineres` stays cheap for the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from mineres.citations import find_citations
    from mineres.corpus.blame import Blame, blame, series_resolutions
    from mineres.corpus.lineage import SeriesMember, lineage, previous_resolution
    from mineres.corpus.search import Query, SearchResult
    from mineres.corpus.search import run_search as search
    from mineres.diff import ResolutionDiff, diff_resolutions
    from mineres.documents import load_resolution
    from mineres.errors import MineresError, NotAResolution
    from mineres.library import LibraryEntry, find_document, list_library
    from mineres.models import (
        Citation,
        Footnote,
        Metadata,
        Paragraph,
        Resolution,
        Section,
        Subparagraph,
    )
    from mineres.parse import parse_resolution
    from mineres.select import (
        find_paragraph,
        group_citations,
        select_citations,
        select_paragraphs,
    )
    from mineres.serialize import resolution_to_dict as to_dict

# Public name -> (module, name there).
HOMES: dict[str, tuple[str, str]] = {
    "parse_resolution": ("mineres.parse", "parse_resolution"),
    "load_resolution": ("mineres.documents", "load_resolution"),
    "find_document": ("mineres.library", "find_document"),
    "select_paragraphs": ("mineres.select", "select_paragraphs"),
    "find_paragraph": ("mineres.select", "find_paragraph"),
    "find_citations": ("mineres.citations", "find_citations"),
    "select_citations": ("mineres.select", "select_citations"),
    "group_citations": ("mineres.select", "group_citations"),
    "diff_resolutions": ("mineres.diff", "diff_resolutions"),
    "previous_resolution": ("mineres.corpus.lineage", "previous_resolution"),
    "lineage": ("mineres.corpus.lineage", "lineage"),
    "SeriesMember": ("mineres.corpus.lineage", "SeriesMember"),
    "series_resolutions": ("mineres.corpus.blame", "series_resolutions"),
    "blame": ("mineres.corpus.blame", "blame"),
    "Blame": ("mineres.corpus.blame", "Blame"),
    "list_library": ("mineres.library", "list_library"),
    "LibraryEntry": ("mineres.library", "LibraryEntry"),
    "search": ("mineres.corpus.search", "run_search"),
    "Query": ("mineres.corpus.search", "Query"),
    "SearchResult": ("mineres.corpus.search", "SearchResult"),
    "to_dict": ("mineres.serialize", "resolution_to_dict"),
    "Resolution": ("mineres.models", "Resolution"),
    "Metadata": ("mineres.models", "Metadata"),
    "Paragraph": ("mineres.models", "Paragraph"),
    "Subparagraph": ("mineres.models", "Subparagraph"),
    "Section": ("mineres.models", "Section"),
    "Footnote": ("mineres.models", "Footnote"),
    "Citation": ("mineres.models", "Citation"),
    "ResolutionDiff": ("mineres.diff", "ResolutionDiff"),
    "MineresError": ("mineres.errors", "MineresError"),
    "NotAResolution": ("mineres.errors", "NotAResolution"),
}
__all__ = [
    "Blame",
    "Citation",
    "Footnote",
    "LibraryEntry",
    "Metadata",
    "MineresError",
    "NotAResolution",
    "Paragraph",
    "Query",
    "Resolution",
    "ResolutionDiff",
    "SearchResult",
    "Section",
    "SeriesMember",
    "Subparagraph",
    "blame",
    "diff_resolutions",
    "find_citations",
    "find_document",
    "find_paragraph",
    "group_citations",
    "lineage",
    "list_library",
    "load_resolution",
    "parse_resolution",
    "previous_resolution",
    "search",
    "select_citations",
    "select_paragraphs",
    "series_resolutions",
    "to_dict",
]


def __getattr__(name: str) -> Any:
    if name in HOMES:
        module, attribute = HOMES[name]
        # __import__, not importlib.import_module: `python -X importtime` then lists it
        value = getattr(__import__(module, fromlist=[attribute]), attribute)
        globals()[name] = value  # found once, then an ordinary attribute
        return value
    raise AttributeError(f"module 'mineres' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The API with the module's own names, so help(mineres) and completion list them."""
    return sorted({*globals(), *__all__})
