"""A DOC argument to a parsed Resolution: a path, "-" for standard input, a symbol, or nothing."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from mineres.errors import MineresError
from mineres.models import Resolution

DEFAULT_SYMBOL = "A/RES/58/127"
BUNDLED_DEFAULT = Path(__file__).parent / "data" / "documents" / "A_RES_58_127.txt"


def load_resolution(
    doc: str | None = None,
    library_dirs: Sequence[str | os.PathLike[str]] = (),
    *,
    with_citations: bool = True,
) -> Resolution:
    """Parse the document a user named: an existing path, "-", or a symbol found in the library.

    With no DOC, the bundled A/RES/58/127 is read, so every command has something to show.
    """
    from mineres.cache import cached_parse
    from mineres.read import read_input

    path = resolve_document(doc, library_dirs)
    data = read_input(path)

    def parse() -> Resolution:
        from mineres.parse import parse_resolution

        return parse_resolution(data, source=doc or DEFAULT_SYMBOL, with_citations=with_citations)

    return cached_parse(data, with_citations=with_citations, parse=parse)


def resolve_document(doc: str | None, library_dirs: Sequence[str | os.PathLike[str]] = ()) -> str:
    """The path to read for DOC ("-" stays "-"), or a one-line error saying what was tried."""
    if doc == "-":
        return "-"
    if doc is not None and (Path(doc).exists() or (os.sep in doc and not looks_like_symbol(doc))):
        return doc
    if doc is None:
        return str(BUNDLED_DEFAULT)
    from mineres.library import find_document, normalise_symbol

    symbol = normalise_symbol(doc)
    if symbol is None:
        raise MineresError(f"{doc}: no such file")
    found = find_document(symbol, library_dirs)
    if found is None:
        raise MineresError(
            f"{doc}: no such file, and no resolution {symbol} in the library "
            "(see `mineres library list`, or `mineres fetch {symbol}`)".replace("{symbol}", symbol)
        )
    return str(found)


def looks_like_symbol(doc: str) -> bool:
    from mineres.library import normalise_symbol

    return normalise_symbol(doc) is not None and not Path(doc).suffix
