"""Commands on one resolution: paragraphs, info, footnotes, citations, show, export.

Each parses its options through `mineres.select`, asks the API for the model, and hands the
result to a renderer.
"""

import sys
from typing import Annotated, Any

import typer

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


def paragraphs(
    doc: DocArgument = None,
    preamble: Annotated[
        bool, typer.Option("--preamble", "-p", help="Preambular paragraphs instead.")
    ] = False,
    all_paragraphs: Annotated[
        bool, typer.Option("--all", "-a", help="Preambular and operative paragraphs.")
    ] = False,
    numbers: Annotated[
        str | None,
        typer.Option("--number", "-n", help="Paragraph numbers: 5, or 3-7,12.", show_default=False),
    ] = None,
    lead: Annotated[
        str | None,
        typer.Option(
            "--lead", help="Only paragraphs whose lead phrase has these words.", show_default=False
        ),
    ] = None,
    grep: Annotated[
        str | None,
        typer.Option(
            "--grep",
            "-g",
            help="Only paragraphs matching this regular expression (any case).",
            show_default=False,
        ),
    ] = None,
    format: FormatOption = None,
) -> None:
    """List paragraphs: operative by default, --preamble or --all."""
    from mineres.select import Part, select_paragraphs
    from mineres.serialize import paragraph_to_dict

    chosen = choose_format(format, LISTING_FORMATS)
    resolution = load(doc, with_citations=False)
    part: Part = "all" if all_paragraphs else "preamble" if preamble else "operative"
    selected = select_paragraphs(resolution, part=part, numbers=numbers, lead=lead, grep=grep)
    if not selected and (numbers or lead or grep):
        warn("no paragraph matches", prefix="")
    records = [paragraph_to_dict(p) for p in selected]
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
        from mineres.render.listing import write_json, write_yaml

        (write_json if chosen == "json" else write_yaml)(metadata, sys.stdout)
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


def citations(
    doc: DocArgument = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            "-k",
            help="Only these kinds: resolution, decision, document, instrument, "
            "treaty_series, publication, official_records, url (comma-separated).",
            show_default=False,
        ),
    ] = None,
    paragraph: Annotated[
        str | None,
        typer.Option(
            "--paragraph",
            "-p",
            metavar="ID",
            help="Only citations supporting this paragraph (OP5, PP3, OP4(a)).",
            show_default=False,
        ),
    ] = None,
    group_by: Annotated[
        str | None,
        typer.Option(
            "--group-by", "-g", help="Group by kind, paragraph or symbol.", show_default=False
        ),
    ] = None,
    links: Annotated[bool, typer.Option("--links", help="Show undocs.org links.")] = False,
    format: FormatOption = None,
) -> None:
    """List what the resolution cites, with its symbol and the paragraphs each supports."""
    from mineres.render import citations as listing
    from mineres.select import group_citations, parse_grouping, parse_kinds, select_citations

    kinds = parse_kinds(kind)  # bad options are refused before the document is read
    grouping = parse_grouping(group_by) if group_by is not None else None
    resolution = load(doc)
    selected = select_citations(resolution, kinds=kinds, paragraph=paragraph)
    chosen = choose_format(format, LISTING_FORMATS)
    if grouping is None:
        emit(
            [listing.citation_record(c) for c in selected],
            listing.columns(links=links, grouped=False),
            chosen,
            text_line=lambda record: listing.text_line(record, links=links),
            title=f"{resolution.metadata.symbol}: citations",
        )
        return
    groups = listing.group_records(group_citations(selected, grouping))
    if chosen in ("text", "json", "yaml"):
        listing.write_groups(groups, chosen, sys.stdout, links=links, by=grouping)
    else:
        emit(listing.flatten_groups(groups), listing.columns(links=links, grouped=True), chosen)


def show(
    paragraph_id: Annotated[str, typer.Argument(metavar="ID", help="OP5, PP3, OP4(a), or 5.")],
    doc: DocArgument = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="text, json, yaml or md.", show_default=False),
    ] = None,
) -> None:
    """Show one paragraph in full, with its footnotes and citations."""
    from mineres.render.paragraph import paragraph_details, write_paragraph
    from mineres.select import find_paragraph, is_paragraph_id

    if doc is not None and is_paragraph_id(doc) and not is_paragraph_id(paragraph_id):
        paragraph_id, doc = doc, paragraph_id  # `show 58/127 OP5` as well as `show OP5 58/127`
    resolution = load(doc)
    found = find_paragraph(resolution, paragraph_id)
    chosen = choose_format(format, ("text", "json", "yaml", "md"), terminal="text")
    write_paragraph(paragraph_details(resolution, found), chosen, sys.stdout)


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
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of standard output.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Export the whole model: metadata, preamble, operative, footnotes, citations."""
    from mineres.errors import MineresError
    from mineres.render.document import EXPORT_FORMATS, render_document, write_document

    chosen = "md" if format == "markdown" else format.lower()
    if chosen not in EXPORT_FORMATS:
        raise MineresError(
            f"unknown export format {format!r}: choose from {', '.join(EXPORT_FORMATS)}"
        )
    if output is not None and output != "-":
        write_file_atomically(output, render_document(load(doc), chosen))
    else:
        write_document(load(doc), chosen, sys.stdout)


def write_file_atomically(path: str, text: str) -> None:
    """All of the file or none of it, even if interrupted.

    A regular file (or a link to one) is replaced through store.files.write_atomically, which
    keeps the old file's permissions and leaves no `.part` file when it fails; anything else,
    such as /dev/stdout or a pipe, is written to directly.
    """
    import os
    import stat

    from mineres.errors import MineresError
    from mineres.store.files import write_atomically

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
        write_atomically(os.path.realpath(path), text)
    except OSError as error:
        raise MineresError(f"{path}: cannot write ({error.strerror or error})") from None


register = register_from(
    {
        "paragraphs": paragraphs,
        "info": info,
        "footnotes": footnotes,
        "citations": citations,
        "show": show,
        "export": export,
    }
)
