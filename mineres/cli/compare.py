"""`mineres diff`: what changed between two resolutions, in the format asked for."""

import sys
from typing import Annotated

import typer

from mineres.cli.common import choose_format, load, register_from, settings
from mineres.errors import MineresError
from mineres.render.diff_formats import DIFF_FORMATS, write_diff


def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier resolution (as DOC).")],
    new: Annotated[
        str | None,
        typer.Argument(metavar="[NEW]", help="The later resolution (as DOC).", show_default=False),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="rich, text ([-old-]{+new+}), json, md (a redline) or html (a page). "
            "Default: rich on a terminal, text into a pipe.",
            show_default=False,
        ),
    ] = None,
    side_by_side: Annotated[
        bool, typer.Option("--side-by-side", "-y", help="rich: old and new in two columns.")
    ] = False,
    stat: Annotated[bool, typer.Option("--stat", help="Only the counts of each change.")] = False,
    ignore_routine: Annotated[
        bool,
        typer.Option(
            "--ignore-routine",
            help="Count the series' yearly roll-over (resolution numbers, sessions, dates) "
            "as no change.",
        ),
    ] = False,
    previous: Annotated[
        bool,
        typer.Option(
            "--previous",
            help="Compare DOC (given as OLD) with the resolution it recalls, from the library.",
        ),
    ] = False,
) -> None:
    """Compare two resolutions paragraph by paragraph; exit 0 if the same, 1 if they differ."""
    from mineres import diff_resolutions

    if old == "-" and new == "-":
        raise MineresError("only one of OLD and NEW can be '-' (standard input)")
    chosen = choose_format(format, DIFF_FORMATS, terminal="rich")
    if previous:
        from mineres import previous_resolution

        if new is not None:
            raise MineresError("--previous takes one DOC: the later resolution")
        later = load(old)
        result = diff_resolutions(
            previous_resolution(later, settings.library), later, ignore_routine=ignore_routine
        )
    elif new is None:
        raise MineresError("diff needs OLD and NEW, or --previous DOC")
    else:
        cited = not stat  # --stat shows no citations: skip the costliest parsing stage
        result = diff_resolutions(
            load(old, with_citations=cited),
            load(new, with_citations=cited),
            ignore_routine=ignore_routine,
        )
    write_diff(result, sys.stdout, chosen, stat=stat, side_by_side=side_by_side)
    if result.differs:
        raise typer.Exit(1)


register = register_from({"diff": diff})
