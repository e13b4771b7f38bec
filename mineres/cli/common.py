"""What every command shares: the global options, the DOC argument, choosing an output format,
writing a listing, and one-line messages on stderr.

Annotations here are plain objects, not strings: typer reads them at run time, and a string
would have to be evaluated on every start.
"""

import functools
import inspect
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mineres.errors import MineresError

if TYPE_CHECKING:
    from mineres.models import Resolution


class Settings:
    """The global options (--debug, --library), given before or after the command."""

    debug: bool = False
    library: tuple[str, ...] = ()


settings = Settings()


def show_version(value: bool) -> None:
    if value:
        from mineres import __version__

        print(f"mineres {__version__}")
        raise typer.Exit()


DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
LibraryOption = Annotated[
    list[str] | None,
    typer.Option(
        "--library",
        "-L",
        help="A directory of resolutions to look symbols up in (repeatable); also MINERES_LIBRARY.",
        show_default=False,
    ),
]
VersionOption = Annotated[
    bool,
    typer.Option("--version", callback=show_version, is_eager=True, help="Show version."),
]
DocArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="[DOC]",
        help="A file (ODS text, plain text, AKN XML, PDF), '-' for standard input, or a symbol "
        "such as A/RES/58/127 or 58/127. Default: the bundled A/RES/58/127.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="table, text, json, jsonl, csv, tsv, yaml or md. "
        "Default: table on a terminal, text into a pipe.",
        show_default=False,
    ),
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Processes to parse with. Default: CPUs (max 8)."),
]


def main_options(
    debug: DebugOption = False, library: LibraryOption = None, version: VersionOption = False
) -> None:
    settings.debug = debug
    settings.library = tuple(library or ())


def new_app() -> typer.Typer:
    """The application with its global options and no command yet."""
    app = typer.Typer(
        name="mineres",
        help="Inspect United Nations resolutions: paragraphs, footnotes, citations, diffs.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(main_options)
    return app


GLOBAL_PARAMETERS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
    for name, kind, default in (
        ("library", LibraryOption, None),
        ("debug", DebugOption, False),
        ("version", VersionOption, False),
    )
]


def with_global_options(command: Callable[..., None]) -> Callable[..., None]:
    """The command, also accepting --library, --debug and --version after its name: a user
    puts options after the command as often as before it."""

    @functools.wraps(command)
    def run(*args: Any, library: Any = None, debug: bool = False, **kwargs: Any) -> None:
        kwargs.pop("version", None)
        settings.debug = settings.debug or debug
        settings.library = (*settings.library, *(library or ()))
        command(*args, **kwargs)

    signature = inspect.signature(command)
    run.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), *GLOBAL_PARAMETERS]
    )
    run.__annotations__ = {
        **command.__annotations__,
        **{p.name: p.annotation for p in GLOBAL_PARAMETERS},
    }
    return run


def register_from(table: dict[str, Callable[..., None]]) -> Callable[[typer.Typer, str], None]:
    """A module's `register(app, name)`: adds the command of that name from `table`."""

    def register(app: typer.Typer, name: str) -> None:
        app.command(name)(with_global_options(table[name]))

    return register


# C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides
CONTROL = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"


def printable(text: str) -> str:
    """Control characters escaped ("\\x1b", "\\n"), so what a user typed, such as a file name
    holding escape sequences, cannot drive the terminal or split a one-line message."""
    import re

    return re.sub(CONTROL, lambda match: repr(match[0])[1:-1], text)


def warn(message: str, *, prefix: str = "warning: ") -> None:
    """One line on stderr, "mineres: " first, control characters escaped."""
    print(f"mineres: {prefix}{printable(message)}", file=sys.stderr)


def load(doc: str | None, *, with_citations: bool = True) -> "Resolution":
    """Parse DOC, printing the parser's warnings (truncated file, ...) on stderr."""
    from mineres import load_resolution

    resolution = load_resolution(doc, settings.library, with_citations=with_citations)
    for warning in resolution.warnings:
        warn(warning)
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
    records: Sequence[dict[str, Any]], columns: Sequence[str], format: str | None, **kw: Any
) -> None:
    from mineres.render.listing import LISTING_FORMATS, write_records

    write_records(records, columns, choose_format(format, LISTING_FORMATS), sys.stdout, **kw)
