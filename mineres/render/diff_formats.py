"""The diff's output formats, one table from format name to writer: the command line and the
Python API choose a writer here, and a new format is one more row (and one more module).

Writers are imported when chosen, so `json` never loads rich."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:  # the table is read before any diff is made: importing it costs nothing
    from mineres.diff import ResolutionDiff

# format name -> (module, writer function); "md" is Markdown.
DIFF_WRITERS: dict[str, tuple[str, str]] = {
    "rich": ("mineres.render.diff_rich", "write_diff_rich"),
    "text": ("mineres.render.diff_text", "write_diff_text"),
    "json": ("mineres.render.diff_json", "write_diff_json"),
    "md": ("mineres.render.diff_markdown", "write_diff_markdown"),
    "html": ("mineres.render.diff_html", "write_diff_html"),
}
DIFF_FORMATS: tuple[str, ...] = tuple(DIFF_WRITERS)  # the names, in the order help lists them
SIDE_BY_SIDE_FORMATS = frozenset({"rich"})  # formats that can lay old and new in two columns


class DiffWriter(Protocol):
    """diff, where to write, only the counts (`stat`), and the format's own options."""

    def __call__(
        self, diff: ResolutionDiff, out: TextIO, *, stat: bool = False, **options: bool
    ) -> None: ...


def diff_writer(format: str) -> DiffWriter:
    """The writer of `format`; KeyError for a format the table does not have."""
    module, function = DIFF_WRITERS[format]
    writer: DiffWriter = getattr(import_module(module), function)
    return writer


def write_diff(
    diff: ResolutionDiff,
    out: TextIO,
    format: str,
    *,
    stat: bool = False,
    side_by_side: bool = False,
) -> None:
    """Write `diff` to `out` in `format` (a name of DIFF_WRITERS); `side_by_side` applies to
    the formats that have two columns and is ignored by the others."""
    options = {"side_by_side": side_by_side} if format in SIDE_BY_SIDE_FORMATS else {}
    diff_writer(format)(diff, out, stat=stat, **options)
