"""The library's commands: `library list` and `fetch`."""

from typing import Annotated

import typer

from mineres.cli.common import (
    FormatOption,
    emit,
    register_from,
    settings,
    warn,
    with_global_options,
)


def library_list(format: FormatOption = None) -> None:
    """List the library in lookup order: --library, MINERES_LIBRARY, config, cache, bundled."""
    from mineres.library import library_records
    from mineres.library.session_metadata import metadata_warnings

    columns = ["symbol", "language", "format", "title", "origin", "path"]
    emit(library_records(settings.library), columns, format, title="Library")
    for warning in metadata_warnings(settings.library):
        warn(warning)


def fetch(
    symbols: Annotated[list[str], typer.Argument(metavar="SYMBOL...", help="A/RES/76/74, 76/74.")],
    language: Annotated[
        str | None,
        typer.Option("--language", help="en, fr, es, ru, ar, zh. Default: the configuration's."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Download again if cached.")] = False,
) -> None:
    """Download resolutions into the cache, from undocs.org or the configured mirror."""
    from mineres.library.fetch import fetch_command

    fetch_command(symbols, language=language, force=force)


def register(app: typer.Typer, name: str) -> None:
    if name == "fetch":
        register_from({"fetch": fetch})(app, name)
        return
    library_app = typer.Typer(
        help="The local library of resolutions that symbols are looked up in.",
        no_args_is_help=True,
    )
    library_app.command("list")(with_global_options(library_list))
    app.add_typer(library_app, name="library")
