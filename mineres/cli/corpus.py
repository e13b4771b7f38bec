"""Commands over many documents: batch and search."""

import sys
from typing import Annotated

import typer

from mineres.cli.common import (
    FormatOption,
    JobsOption,
    choose_format,
    register_from,
    settings,
    warn,
)
from mineres.render.listing import LISTING_FORMATS


def batch(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, folders, symbols.")],
    jobs: JobsOption = None,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="jsonl or json (whole models); table, text, csv, "
            "tsv, md or yaml (one summary row a document).",
        ),
    ] = "jsonl",
) -> None:
    """Parse many documents in parallel; bad files are reported on stderr and skipped.

    Every file given or found in a folder (hidden ones aside) is tried and counted.

    Exit status: 0 when every document parsed, 1 when some were skipped, 2 when none parsed.
    """
    from mineres.corpus.batch import BATCH_FORMATS, batch_command, default_jobs

    chosen = choose_format(format, BATCH_FORMATS)
    tally = batch_command(
        paths, jobs=jobs or default_jobs(), format=chosen, library_dirs=settings.library
    )
    if tally.skipped:
        raise typer.Exit(1)


def search(
    pattern: Annotated[
        str, typer.Argument(help="A regular expression (any case), or text with -F; '' for all.")
    ],
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, folders, symbols.")],
    lead: Annotated[
        str | None,
        typer.Option("--lead", help="Only paragraphs whose lead phrase has these words."),
    ] = None,
    cites: Annotated[
        str | None,
        typer.Option("--cites", help="Only paragraphs citing this symbol, any case (A/58/260)."),
    ] = None,
    fixed_strings: Annotated[
        bool,
        typer.Option("--fixed-strings", "-F", help="PATTERN is plain text, not a regex."),
    ] = False,
    jobs: JobsOption = None,
    format: FormatOption = None,
) -> None:
    """Find paragraphs across documents by text, lead phrase or cited symbol.

    Exit status: 0 when some paragraph matched, 1 when none, 2 on an invalid regex.
    """
    from mineres.corpus.batch import Tally, default_jobs
    from mineres.corpus.search import Query, run_search
    from mineres.render.listing import write_records

    chosen = choose_format(format, LISTING_FORMATS)
    tally = Tally()
    found = run_search(
        Query(pattern, lead, cites, fixed=fixed_strings),
        paths,
        jobs=jobs or default_jobs(),
        library_dirs=settings.library,
        progress=sys.stderr.isatty(),
        on_skip=lambda reason: warn(reason, prefix="skipped: "),
    )
    tally.skipped = len(found.skipped)
    tally.parsed = found.documents - tally.skipped
    records = found.records
    write_records(
        records,
        ["symbol", "id", "lead", "text"],
        chosen,
        sys.stdout,
        text_line=lambda r: f"{r['symbol'] or r['source']}\t{r['id']}\t{r['text']}",
        title=f"{len(records)} paragraphs",
    )
    if tally.skipped or found.documents > 1:
        warn(f"{len(records)} paragraphs in {tally.summary()}", prefix="")
    if not records:
        raise typer.Exit(1)


register = register_from({"batch": batch, "search": search})
