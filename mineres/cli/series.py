"""Commands over a series of resolutions in the library: lineage and blame."""

from mineres.cli.common import (
    DocArgument,
    FormatOption,
    choose_format,
    emit,
    load,
    register_from,
    settings,
    warn,
)
from mineres.render.listing import LISTING_FORMATS


def lineage(doc: DocArgument = None, format: FormatOption = None) -> None:
    """Show the series: the resolutions DOC recalls and those recalling it, and what is missing."""
    from pathlib import Path

    from mineres import lineage as series_of
    from mineres.corpus.lineage import chain_line, lineage_records
    from mineres.documents import resolve_document

    chosen = choose_format(format, LISTING_FORMATS)
    located = resolve_document(doc, settings.library)
    path = None if located == "-" else Path(located)
    members = series_of(load(doc), settings.library, path=path)
    if chosen in ("text", "table"):
        print(chain_line(members))
    columns = ["symbol", "status", "adopted", "recalls", "title", "path", "note"]
    emit(lineage_records(members), columns, chosen, title="Series")


def blame(doc: DocArgument = None, format: FormatOption = None) -> None:
    """For each paragraph: the first resolution of the series with it, the last to change it."""
    from mineres import blame as attribute
    from mineres import series_resolutions
    from mineres.corpus.blame import blame_records

    series = series_resolutions(load(doc), settings.library)
    if len(series) == 1:
        warn("no earlier resolution of the series in the library", prefix="")
    emit(
        blame_records(attribute(series)),
        ["id", "since", "changed", "how", "text"],
        format,
        text_line=lambda r: f"{r['id']}\t{r['since']}\t{r['changed']}\t{r['how']}\t{r['text']}",
        title="Blame",
    )


register = register_from({"lineage": lineage, "blame": blame})
