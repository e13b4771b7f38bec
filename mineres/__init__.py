"""mineres: read United Nations resolutions into a typed model, list, cite and diff them.

The public verbs, imported on first use so `import mineres` stays cheap:

- `parse_resolution(data)`: bytes or text (ODS export, plain text, AKN4UN XML, PDF) to a
  `Resolution`;
- `load_resolution(doc)`: the same from a path, "-" or a symbol looked up in the library;
- `find_citations(resolution)`: what a resolution cites, typed and tied to its paragraphs;
- `diff_resolutions(old, new)`: what changed between two resolutions of a series.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["diff_resolutions", "find_citations", "load_resolution", "parse_resolution"]

if TYPE_CHECKING:
    from mineres.citations import find_citations
    from mineres.diff import diff_resolutions
    from mineres.library.documents import load_resolution
    from mineres.parse import parse_resolution

HOMES = {
    "parse_resolution": "mineres.parse",
    "load_resolution": "mineres.library.documents",
    "find_citations": "mineres.citations",
    "diff_resolutions": "mineres.diff",
}


def __getattr__(name: str) -> Any:
    if name in HOMES:
        return getattr(import_module(HOMES[name]), name)
    raise AttributeError(f"module 'mineres' has no attribute {name!r}")
