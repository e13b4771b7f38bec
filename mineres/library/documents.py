"""The library's name for `mineres.documents` (a DOC argument to a parsed Resolution), so
imports written before it moved keep working."""

from mineres.documents import (
    BUNDLED_DEFAULT,
    DEFAULT_SYMBOL,
    document_paths,
    load_resolution,
    looks_like_symbol,
    parse_file,
    path_exists,
    resolve_document,
)

__all__ = [
    "BUNDLED_DEFAULT",
    "DEFAULT_SYMBOL",
    "document_paths",
    "load_resolution",
    "looks_like_symbol",
    "parse_file",
    "path_exists",
    "resolve_document",
]
