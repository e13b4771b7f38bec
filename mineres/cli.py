"""The mineres command line: parse arguments, call the core, hand the result to a renderer.

Every error the core raises for bad input (MineresError) is turned into one line on stderr
and exit status 2 in `main`, the one error boundary. `--debug` shows the traceback instead.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any, Optional, TextIO

import typer

from mineres.errors import MineresError
from mineres.render.listing import LISTING_FORMATS

if TYPE_CHECKING:
    from mineres.models import Paragraph, Resolution

app = typer.Typer(
    name="mineres",
    help="Inspect United Nations resolutions: paragraphs, footnotes, citations, diffs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Settings:
    """Options given before the command, shared by every command."""

    debug: bool = False
    library: tuple[str, ...] = ()


settings = Settings()

DocArgument = Annotated[
    Optional[str],  # noqa: UP045 - typer reads the annotation at run time
    typer.Argument(
        metavar="[DOC]",
        help="A file (ODS text, plain text, AKN XML, PDF), '-' for standard input, or a symbol "
        "such as A/RES/58/127 or 58/127. Default: the bundled A/RES/58/127.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--format",
        "-f",
        help="table, text, json, jsonl, csv, tsv, yaml or md. "
        "Default: table on a terminal, text into a pipe.",
        show_default=False,
    ),
]


def version_callback(value: bool) -> None:
    if value:
        from mineres import __version__

        print(f"mineres {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    library: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--library",
            "-L",
            help="A directory of resolutions to look symbols up in (repeatable); "
            "also MINERES_LIBRARY.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True, help="Show version."),
    ] = False,
) -> None:
    settings.debug = debug
    settings.library = tuple(library or ())


def load(doc: str | None, *, with_citations: bool = True) -> Resolution:
    """Parse DOC, printing the parser's warnings (truncated file, ...) on stderr."""
    from mineres.library.documents import load_resolution

    resolution = load_resolution(doc, settings.library, with_citations=with_citations)
    for warning in resolution.warnings:
        print(f"mineres: warning: {warning}", file=sys.stderr)
    return resolution


def choose_format(format: str | None, allowed: Sequence[str], *, terminal: str = "table") -> str:
    """The format asked for, or the default for where output goes; refuses unknown ones."""
    if format is None:
        return terminal if sys.stdout.isatty() else "text"
    chosen = "md" if format == "markdown" else format.lower()
    if chosen not in allowed:
        raise MineresError(f"unknown format {format!r}: choose from {', '.join(allowed)}")
    return chosen


def emit(
    records: list[dict[str, Any]], columns: Sequence[str], format: str | None, **kw: Any
) -> None:
    from mineres.render.listing import write_records

    write_records(records, columns, choose_format(format, LISTING_FORMATS), sys.stdout, **kw)


def parse_number_ranges(spec: str) -> list[range]:
    """ "5", "3-7,12" -> [range(5, 6)], [range(3, 8), range(12, 13)]."""
    ranges: list[range] = []
    for part in spec.split(","):
        part = part.strip()
        match = re.fullmatch(r"(\d{1,9})(?:\s*-\s*(\d{1,9}))?", part)
        if not match:
            raise MineresError(f"-n {spec!r}: use numbers and ranges such as 5 or 3-7,12")
        first = int(match[1])
        last = int(match[2] or first)
        if last < first:
            raise MineresError(f"-n {spec!r}: range {part} runs backwards")
        ranges.append(range(first, last + 1))
    return ranges


def lead_matches(lead: str, wanted: str) -> bool:
    """ "--lead Urges" matches "Urges" and "Strongly urges", not "Urging"."""
    return re.search(rf"\b{re.escape(wanted.lower())}\b", lead.lower()) is not None


def text_matches(paragraph: Paragraph, pattern: str) -> bool:
    try:
        return re.search(pattern, paragraph.full_text, re.IGNORECASE) is not None
    except re.error:
        return pattern.lower() in paragraph.full_text.lower()


def paragraph_record(paragraph: Paragraph) -> dict[str, Any]:
    from mineres.serialize import paragraph_to_dict

    return paragraph_to_dict(paragraph)


def paragraph_display_text(record: dict[str, Any], separator: str) -> str:
    """The paragraph with its sub-paragraphs, for the flat formats."""
    parts = [record["text"]]

    def add(subs: list[dict[str, Any]], depth: int) -> None:
        for sub in subs:
            indent = "  " * depth if separator == "\n" else ""
            parts.append(f"{indent}({sub['label']}) {sub['text']}")
            add(sub["subparagraphs"], depth + 1)

    add(record["subparagraphs"], 0)
    return separator.join(parts)


@app.command()
def paragraphs(
    doc: DocArgument = None,
    preamble: Annotated[
        bool, typer.Option("--preamble", "-p", help="Preambular paragraphs instead.")
    ] = False,
    all_paragraphs: Annotated[
        bool, typer.Option("--all", "-a", help="Preambular and operative paragraphs.")
    ] = False,
    numbers: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--number", "-n", help="Paragraph numbers: 5, or 3-7,12.", show_default=False),
    ] = None,
    lead: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--lead", help="Only paragraphs whose lead phrase has these words.", show_default=False
        ),
    ] = None,
    grep: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--grep",
            "-g",
            help="Only paragraphs matching this text or regex (any case).",
            show_default=False,
        ),
    ] = None,
    format: FormatOption = None,
) -> None:
    """List paragraphs: operative by default, --preamble or --all."""
    resolution = load(doc, with_citations=False)
    if all_paragraphs:
        selected = resolution.paragraphs
    elif preamble:
        selected = resolution.preamble
    else:
        selected = resolution.operative
    if numbers:
        wanted = parse_number_ranges(numbers)
        selected = tuple(p for p in selected if any(p.number in span for span in wanted))
    if lead:
        selected = tuple(p for p in selected if lead_matches(p.lead, lead))
    if grep:
        selected = tuple(p for p in selected if text_matches(p, grep))
    if not selected and (numbers or lead or grep):
        print("mineres: no paragraph matches", file=sys.stderr)
    records = [paragraph_record(p) for p in selected]
    chosen = choose_format(format, LISTING_FORMATS)
    if chosen in ("table", "md", "csv", "tsv"):
        records = [
            dict(r, text=paragraph_display_text(r, "\n" if chosen in ("table", "md") else " "))
            for r in records
        ]
    emit(
        records,
        ["id", "lead", "text", "footnotes"],
        chosen,
        text_line=lambda record: f"{record['id']}\t{paragraph_display_text(record, ' ')}",
        title=resolution.metadata.symbol,
    )


@app.command()
def info(doc: DocArgument = None, format: FormatOption = None) -> None:
    """Show the metadata: symbol, session, agenda item, title, dates, committee, drafts."""
    from mineres.serialize import metadata_to_dict

    resolution = load(doc, with_citations=False)
    metadata = metadata_to_dict(resolution.metadata)
    metadata["preambular_paragraphs"] = len(resolution.preamble)
    metadata["operative_paragraphs"] = len(resolution.operative)
    metadata["footnotes"] = len(resolution.footnotes)
    metadata.update(session_metadata_rows(resolution.metadata.symbol))
    chosen = choose_format(format, LISTING_FORMATS)
    if chosen in ("json", "yaml"):
        from mineres.render.listing import write_yaml

        if chosen == "json":
            import json

            print(json.dumps(metadata, indent=2, ensure_ascii=False))
        else:
            write_yaml(metadata, sys.stdout)
        return
    if chosen in ("jsonl", "csv", "tsv"):
        emit([metadata], list(metadata), chosen)
        return
    rows = [{"field": key, "value": value} for key, value in metadata.items()]
    emit(
        rows,
        ["field", "value"],
        chosen,
        text_line=lambda r: f"{r['field']}: {flat_value(r['value'])}".rstrip(),
    )


def session_metadata_rows(symbol: str | None) -> dict[str, Any]:
    """How the resolution was adopted, its sponsors and subjects, where the library holds the
    UN's session metadata (JSON lines); nothing otherwise."""
    if not symbol:
        return {}
    from mineres.library.session_metadata import enrich_metadata, enrichment_rows

    extra = enrich_metadata(symbol, settings.library)
    return enrichment_rows(extra) if extra else {}


def flat_value(value: Any) -> str:
    """One metadata value on a line: lists as "a, b, c"."""
    from mineres.render.listing import flat

    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    return flat(value)


@app.command()
def footnotes(doc: DocArgument = None, format: FormatOption = None) -> None:
    """List footnotes with the paragraphs that cite them."""
    from mineres.serialize import footnote_to_dict

    resolution = load(doc, with_citations=False)
    emit(
        [footnote_to_dict(note) for note in resolution.footnotes],
        ["number", "cited_from", "text"],
        format,
        text_line=lambda r: f"{r['number']}\t{','.join(r['cited_from'])}\t{r['text']}",
        title=f"{resolution.metadata.symbol}: footnotes",
    )


@app.command()
def citations(
    doc: DocArgument = None,
    kind: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--kind",
            "-k",
            help="Only these kinds: resolution, decision, document, instrument, "
            "treaty_series, publication, official_records, url (comma-separated).",
            show_default=False,
        ),
    ] = None,
    paragraph: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--paragraph",
            "-p",
            metavar="ID",
            help="Only citations supporting this paragraph (OP5, PP3, OP4(a)).",
            show_default=False,
        ),
    ] = None,
    group_by: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--group-by", "-g", help="Group by kind, paragraph or symbol.", show_default=False
        ),
    ] = None,
    links: Annotated[bool, typer.Option("--links", help="Show undocs.org links.")] = False,
    format: FormatOption = None,
) -> None:
    """List what the resolution cites, with its symbol and the paragraphs each supports."""
    from mineres.render import citations as listing

    resolution = load(doc)
    kinds = listing.parse_kinds(kind)
    selected = listing.select_citations(resolution, kinds=kinds, paragraph=paragraph)
    chosen = choose_format(format, LISTING_FORMATS)
    title = f"{resolution.metadata.symbol}: citations"
    if group_by is None:
        emit(
            [listing.citation_record(c) for c in selected],
            listing.columns(links=links, grouped=False),
            chosen,
            text_line=lambda record: listing.text_line(record, links=links),
            title=title,
        )
        return
    groups = listing.group_citations(selected, group_by.lower())
    if chosen in ("text", "json", "yaml"):
        listing.write_groups(groups, chosen, sys.stdout, links=links, by=group_by.lower())
    else:
        emit(listing.flatten_groups(groups), listing.columns(links=links, grouped=True), chosen)


@app.command()
def show(
    paragraph_id: Annotated[str, typer.Argument(metavar="ID", help="OP5, PP3, OP4(a), or 5.")],
    doc: DocArgument = None,
    format: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--format", "-f", help="text, json, yaml or md.", show_default=False),
    ] = None,
) -> None:
    """Show one paragraph in full, with its footnotes and citations."""
    from mineres.render.paragraph import paragraph_details, write_paragraph

    resolution = load(doc)
    found = resolution.paragraph(paragraph_id)
    if found is None:
        raise MineresError(
            f"no paragraph {paragraph_id} in {resolution.metadata.symbol or 'this resolution'}"
            f" ({id_range(resolution.preamble)}, {id_range(resolution.operative)})"
        )
    chosen = choose_format(format, ("text", "json", "yaml", "md"), terminal="text")
    write_paragraph(paragraph_details(resolution, found), chosen, sys.stdout)


def id_range(paragraphs: tuple[Paragraph, ...]) -> str:
    """ "PP1 to PP22": what ids a user can ask for."""
    if not paragraphs:
        return "none"
    return f"{paragraphs[0].id} to {paragraphs[-1].id}"


@app.command()
def export(
    doc: DocArgument = None,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="json, yaml, md, akn (AKN4UN XML), txt (plain text as UN web pages give it) "
            "or ods (the ODS text export layout): the whole model.",
        ),
    ] = "json",
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of standard output.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Export the whole model: metadata, preamble, operative, footnotes, citations."""
    from mineres.render.document import EXPORT_FORMATS, render_document

    chosen = "md" if format == "markdown" else format.lower()
    if chosen not in EXPORT_FORMATS:
        raise MineresError(
            f"unknown export format {format!r}: choose from {', '.join(EXPORT_FORMATS)}"
        )
    text = render_document(load(doc), chosen)
    if output is None or output == "-":
        sys.stdout.write(text)
    else:
        write_file_atomically(output, text)


def write_file_atomically(path: str, text: str) -> None:
    """All of the file or none of it, even if interrupted.

    A regular file (or a link to one) is replaced by a complete new file with the old file's
    permissions (or the umask's for a new one); anything else, such as /dev/stdout or a pipe,
    is written to directly.
    """
    import stat
    import tempfile

    if not path:
        raise MineresError("-o needs a file name")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise MineresError(f"{path}: cannot write ({error.strerror or error})") from None
    try:
        if mode is not None and stat.S_ISDIR(mode):
            raise MineresError(f"{path}: is a directory")
        if mode is not None and not stat.S_ISREG(mode):
            with open(path, "w", encoding="utf-8") as device:
                device.write(text)
            return
        real = os.path.realpath(path)
        umask = os.umask(0)
        os.umask(umask)
        permissions = stat.S_IMODE(mode) if mode is not None else 0o666 & ~umask
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=os.path.dirname(real), delete=False, suffix=".part"
        ) as handle:
            handle.write(text)
        os.chmod(handle.name, permissions)
        os.replace(handle.name, real)
    except OSError as error:
        raise MineresError(f"{path}: cannot write ({error.strerror or error})") from None


library_app = typer.Typer(
    help="The local library of resolutions that symbols are looked up in.",
    no_args_is_help=True,
)
app.add_typer(library_app, name="library")


@library_app.command("list")
def library_list(format: FormatOption = None) -> None:
    """List the library in lookup order: --library, MINERES_LIBRARY, config, cache, bundled."""
    from mineres.library import library_records
    from mineres.library.session_metadata import metadata_warnings

    columns = ["symbol", "language", "format", "title", "origin", "path"]
    emit(library_records(settings.library), columns, format, title="Library")
    for warning in metadata_warnings(settings.library):
        print(f"mineres: warning: {warning}", file=sys.stderr)


@app.command()
def fetch(
    symbols: Annotated[list[str], typer.Argument(metavar="SYMBOL...", help="A/RES/76/74, 76/74.")],
    language: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--language", help="en, fr, es, ru, ar, zh. Default: the configuration's."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Download again if cached.")] = False,
) -> None:
    """Download resolutions into the cache, from undocs.org or the configured mirror."""
    from mineres.library.fetch import run_fetch

    run_fetch(symbols, language=language, force=force)


@app.command()
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier resolution (as DOC).")],
    new: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(metavar="[NEW]", help="The later resolution (as DOC).", show_default=False),
    ] = None,
    format: Annotated[
        Optional[str],  # noqa: UP045
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
    from importlib import import_module

    from mineres.diff import diff_resolutions

    if old == "-" and new == "-":
        raise MineresError("only one of OLD and NEW can be '-' (standard input)")
    chosen = choose_format(format, ("rich", "text", "json", "md", "html"), terminal="rich")
    if previous:
        from mineres.corpus.lineage import previous_resolution

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
    module = {"md": "markdown"}.get(chosen, chosen)
    writer = getattr(import_module(f"mineres.render.diff_{module}"), f"write_diff_{module}")
    options = {"side_by_side": side_by_side} if chosen == "rich" else {}
    writer(result, sys.stdout, stat=stat, **options)
    if result.differs:
        raise typer.Exit(1)


@app.command()
def lineage(doc: DocArgument = None, format: FormatOption = None) -> None:
    """Show the series: the resolutions DOC recalls and those recalling it, and what is missing."""
    from pathlib import Path

    from mineres.corpus import lineage as series
    from mineres.library.documents import resolve_document

    located = resolve_document(doc, settings.library)
    path = None if located == "-" else Path(located)
    members = series.lineage(load(doc), settings.library, path=path)
    chosen = choose_format(format, LISTING_FORMATS)
    if chosen in ("text", "table"):
        print(series.chain_line(members))
    columns = ["symbol", "status", "adopted", "recalls", "title", "path", "note"]
    emit(series.lineage_records(members), columns, chosen, title="Series")


@app.command()
def blame(doc: DocArgument = None, format: FormatOption = None) -> None:
    """For each paragraph: the first resolution of the series with it, the last to change it."""
    from mineres.corpus import blame as attribution

    series = attribution.series_resolutions(load(doc), settings.library)
    if len(series) == 1:
        print("mineres: no earlier resolution of the series in the library", file=sys.stderr)
    emit(
        attribution.blame_records(attribution.blame(series)),
        ["id", "since", "changed", "how", "text"],
        format,
        text_line=lambda r: f"{r['id']}\t{r['since']}\t{r['changed']}\t{r['how']}\t{r['text']}",
        title="Blame",
    )


JobsOption = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option("--jobs", "-j", min=1, help="Processes to parse with. Default: CPUs (max 8)."),
]


@app.command()
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
    from mineres.corpus.batch import BATCH_FORMATS, default_jobs, run_batch

    chosen = choose_format(format, BATCH_FORMATS)
    tally = run_batch(
        paths, jobs=jobs or default_jobs(), format=chosen, library_dirs=settings.library
    )
    if tally.skipped:
        raise typer.Exit(1)


@app.command()
def search(
    pattern: Annotated[
        str, typer.Argument(help="A regular expression (any case), or text with -F; '' for all.")
    ],
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, folders, symbols.")],
    lead: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--lead", help="Only paragraphs whose lead phrase has these words."),
    ] = None,
    cites: Annotated[
        Optional[str],  # noqa: UP045
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
    from mineres.corpus.batch import default_jobs
    from mineres.corpus.search import Query, run_search

    chosen = choose_format(format, LISTING_FORMATS)
    found = run_search(
        Query(pattern, lead, cites, fixed=fixed_strings),
        paths,
        jobs=jobs or default_jobs(),
        format=chosen,
        library_dirs=settings.library,
    )
    if not found:
        raise typer.Exit(1)


def main(argv: Sequence[str] | None = None) -> None:
    """The console script: the one place errors become exit statuses."""
    if not isinstance(sys.stdout, QuietWhenPipeCloses):
        sys.stdout = QuietWhenPipeCloses(sys.stdout)
    try:
        status = app(args=list(argv) if argv is not None else None, standalone_mode=False)
    except MineresError as error:
        if settings.debug:
            raise
        print(f"mineres: {error}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.exit(130)
    except typer.Exit as error:
        flush_stdout()
        sys.exit(error.exit_code)
    except typer.Abort:
        sys.exit(130)
    except typer.TyperException as error:
        show_usage_error(error)
    except Exception as error:  # a bug of ours: still one line for the user, unless --debug
        if settings.debug:
            raise
        print(
            f"mineres: internal error: {type(error).__name__}: {error} "
            "(please report it; --debug shows the traceback)",
            file=sys.stderr,
        )
        sys.exit(2)
    else:
        flush_stdout()
        if isinstance(status, int) and status:  # typer.Exit(n) comes back as n, not raised
            sys.exit(status)


def show_usage_error(error: typer.TyperException) -> None:
    """Usage mistakes: typer's own message, exit status 2 like every other bad input."""
    show = getattr(error, "show", None)
    if callable(show):
        show()
    else:
        print(f"mineres: {error.format_message()}", file=sys.stderr)
    sys.exit(2)


def flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_broken_pipe()


class QuietWhenPipeCloses:
    """Standard output that ends the program quietly when its reader has gone (`| head -1`).

    The check sits here, around the stream, because typer would otherwise turn the closed
    pipe into exit status 1 before `main` could see it.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            quiet_broken_pipe()
            return 0

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            quiet_broken_pipe()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def quiet_broken_pipe() -> None:
    """`mineres paragraphs | head -1`: the reader left; stop without a word."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)
