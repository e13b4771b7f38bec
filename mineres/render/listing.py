"""Listings (paragraphs, footnotes, citations, ...) in every output format a pipeline needs.

A listing is a list of records (dictionaries from `serialize`) and the columns a flat format
shows. Structured formats (json, jsonl, yaml) print whole records; flat ones (table, text,
csv, tsv, markdown) print the columns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from mineres.render.indented_json import indented_json

LISTING_FORMATS: tuple[str, ...] = ("table", "text", "json", "jsonl", "csv", "tsv", "yaml", "md")
Record = dict[str, Any]


def write_records(
    records: Sequence[Record],
    columns: Sequence[str],
    format: str,
    out: TextIO,
    *,
    text_line: Callable[[Record], str] | None = None,
    title: str | None = None,
) -> None:
    """Write `records` to `out` in `format`; `text_line` formats one record for plain text."""
    if format == "json":
        write_json(iter(records), out)
    elif format == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif format == "yaml":
        write_yaml(list(records), out)
    elif format in ("csv", "tsv"):
        write_delimited(records, columns, out, delimiter="," if format == "csv" else "\t")
    elif format == "md":
        write_markdown_table(records, columns, out)
    elif format == "table":
        write_table(records, columns, out, title=title)
    else:
        line = text_line or (lambda record: "\t".join(flat(record.get(c)) for c in columns))
        for record in records:
            out.write(line(record) + "\n")


def write_json(value: Any, out: TextIO) -> None:
    """`json.dumps(value, indent=2)` and a newline, written as it is produced: an iterator
    (at any depth, as a dictionary's value) is written as a list, one item at a time, so the
    whole text is never held in memory. The bytes are those `json.dumps` gives."""
    write_json_value(value, out, 0)
    out.write("\n")


def write_json_value(value: Any, out: TextIO, depth: int) -> None:
    inner = "\n" + "  " * (depth + 1)
    if isinstance(value, Iterator):
        write_json_items(value, out, depth)
    elif isinstance(value, (list, tuple)) and holds_iterator(value):
        write_json_items(iter(value), out, depth)
    elif isinstance(value, dict) and value and holds_iterator(value):
        for index, (key, item) in enumerate(value.items()):
            out.write(("{" if index == 0 else ",") + inner)
            out.write(json.dumps(key, ensure_ascii=False) + ": ")
            write_json_value(item, out, depth + 1)
        out.write("\n" + "  " * depth + "}")
    else:
        text = indented_json(value)  # json.dumps(value, indent=2), twice as fast
        out.write(text.replace("\n", "\n" + "  " * depth) if depth else text)


def holds_iterator(value: Any) -> bool:
    """Whether an iterator is in `value` at any depth: the parts to write one by one."""
    if isinstance(value, Iterator):
        return True
    if isinstance(value, dict):
        return any(holds_iterator(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(holds_iterator(item) for item in value)
    return False


def write_json_items(items: Iterable[Any], out: TextIO, depth: int) -> None:
    """A list, one item at a time."""
    inner = "\n" + "  " * (depth + 1)
    empty = True
    for item in items:
        out.write(("[" if empty else ",") + inner)
        write_json_value(item, out, depth + 1)
        empty = False
    out.write("[]" if empty else "\n" + "  " * depth + "]")


def flat(value: Any, separator: str = ";") -> str:
    """One cell: lists of scalars joined with ";" (", " on screen), nested values as JSON,
    None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        if all(not isinstance(item, (dict, list, tuple)) for item in value):
            return separator.join(flat(item) for item in value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_yaml(data: Any, out: TextIO) -> None:
    import yaml

    yaml.safe_dump(data, out, sort_keys=False, allow_unicode=True, width=100)


def write_delimited(
    records: Sequence[Record], columns: Sequence[str], out: TextIO, *, delimiter: str
) -> None:
    import csv

    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([flat(record.get(column)) for column in columns])


def markdown_cell(value: Any) -> str:
    return flat(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def write_markdown_table(records: Sequence[Record], columns: Sequence[str], out: TextIO) -> None:
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    for record in records:
        out.write("| " + " | ".join(markdown_cell(record.get(c)) for c in columns) + " |\n")


def write_table(
    records: Sequence[Record], columns: Sequence[str], out: TextIO, *, title: str | None
) -> None:
    from rich.table import Table

    from mineres.render.console import make_console

    table = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        wide = column in ("text", "title", "cited_from", "paragraphs")
        table.add_column(column, overflow="fold", ratio=4 if wide else None, no_wrap=not wide)
    for record in records:
        table.add_row(*(flat(record.get(column), ", ") for column in columns))
    make_console(out).print(table)
