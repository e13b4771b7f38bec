"""A DOC argument to a parsed Resolution: a path, "-" for standard input, a symbol, or nothing.

It sits beside the API, not inside `mineres.library`: a path or the bundled default needs no
library, and importing the library package (its patterns and entry types, ~3 ms) is left to
the symbols that are looked up in it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
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
    For a symbol, each copy the library holds is tried, best first, until one parses: a
    damaged file does not hide a whole copy elsewhere.
    """
    failures: list[str] = []
    for path in document_paths(doc, library_dirs):
        try:
            return parse_file(path, doc or DEFAULT_SYMBOL, with_citations=with_citations)
        except MineresError as error:
            failures.append(str(error))
    more = f" (and {len(failures) - 1} other copies failed)" if len(failures) > 1 else ""
    raise MineresError(failures[0] + more)


def parse_file(path: str, name: str, *, with_citations: bool) -> Resolution:
    """One file's resolution, through the cache when it is on; errors name the file."""
    from mineres.parse.read import read_input
    from mineres.store.directories import parse_cache_enabled

    data = read_input(path)

    def parse() -> Resolution:
        from mineres.parse import parse_resolution

        return parse_resolution(data, source=name, with_citations=with_citations)

    try:
        if not parse_cache_enabled():  # the cache's module is not even imported
            return parse()
        from mineres.store.cache import cached_parse

        return cached_parse(data, with_citations=with_citations, parse=parse)
    except MineresError as error:
        message = str(error)
        shown = "standard input" if path == "-" else path
        if message.startswith((f"{name}:", f"{shown}:")):
            raise
        raise MineresError(f"{shown}: {message}") from None


def document_paths(
    doc: str | None, library_dirs: Sequence[str | os.PathLike[str]] = ()
) -> Iterator[str]:
    """The files to try for DOC, best first ("-" stays "-"), or a one-line error saying what
    was tried. Found as they are asked for: the library's later folders are read only when
    the copies before them failed to parse."""
    if doc == "-":
        yield "-"
        return
    if doc is None:
        yield str(BUNDLED_DEFAULT)
        return
    if path_exists(doc) or (os.sep in doc and not looks_like_symbol(doc)):
        yield doc
        return
    from mineres.library import candidate_entries, normalise_symbol

    symbol = normalise_symbol(doc)
    if symbol is None:
        raise MineresError(f"{doc}: no such file")
    found = False
    for entry in candidate_entries(symbol, library_dirs):
        found = True
        yield str(entry.path)
    if not found:
        raise MineresError(
            f"{doc}: no such file, and no resolution {symbol} in the library "
            f"(see `mineres library list`, or `mineres fetch {symbol}`)"
        )


def path_exists(doc: str) -> bool:
    """Whether DOC is to be read as a path: it exists, or it cannot even be looked up (a name
    over 255 bytes, a loop of links), and reading it then says why in one line."""
    try:
        os.stat(doc)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return False
    except OSError:
        return True
    return True


def resolve_document(doc: str | None, library_dirs: Sequence[str | os.PathLike[str]] = ()) -> str:
    """The best file for DOC, for commands that read the file themselves."""
    return next(document_paths(doc, library_dirs))


def looks_like_symbol(doc: str) -> bool:
    from mineres.library import normalise_symbol

    return normalise_symbol(doc) is not None and not Path(doc).suffix
