"""The citations listing (`mineres citations`): write a resolution's citations, chosen and
grouped by `mineres.select`.

Records are `serialize.citation_to_dict` with two display fields added: `cited` (the symbol,
else the instrument's name, else the words printed) and `where` (the places it is printed).
"""

from __future__ import annotations

from typing import Any, TextIO

from mineres.models import Citation
from mineres.select import cited
from mineres.serialize import citation_to_dict

COLUMNS = ("kind", "cited", "body", "date", "paragraphs")


def citation_record(citation: Citation) -> dict[str, Any]:
    record = citation_to_dict(citation)
    record["cited"] = cited(citation)
    record["where"] = [location.where for location in citation.locations]
    return record


def group_records(groups: dict[str, list[Citation]]) -> dict[str, list[dict[str, Any]]]:
    return {key: [citation_record(c) for c in members] for key, members in groups.items()}


def text_line(record: dict[str, Any], *, links: bool) -> str:
    """kind, what is cited, its date, the paragraphs it supports; the link when asked for.
    Always the same number of tab-separated fields, so that `cut` can pick one."""
    cited = record["cited"]
    if record["body"] and record["kind"] in ("resolution", "decision") and not record["symbol"]:
        cited = f"{record['body']} {record['kind']} {cited}"
    supported = ",".join(record["paragraphs"]) or ",".join(record["where"])
    fields = [record["kind"], cited, record["date"] or "", supported]
    if links:
        fields.append(record["url"] or "")
    return "\t".join(fields)


def columns(*, links: bool, grouped: bool) -> list[str]:
    chosen = list(COLUMNS)
    if links:
        chosen.append("url")
    return ["group", *chosen] if grouped else chosen


def flatten_groups(groups: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [{"group": key, **record} for key, records in groups.items() for record in records]


def write_groups(
    groups: dict[str, list[dict[str, Any]]], format: str, out: TextIO, *, links: bool, by: str
) -> None:
    """json and yaml: an object of group -> citations; text: a heading per group."""
    if format == "json":
        import json

        out.write(json.dumps(groups, indent=2, ensure_ascii=False) + "\n")
        return
    if format == "yaml":
        from mineres.render.listing import write_yaml

        write_yaml(groups, out)
        return
    for index, (key, records) in enumerate(groups.items()):
        if index:
            out.write("\n")
        out.write(f"{by} {key}:\n")
        for record in records:
            out.write("  " + text_line(record, links=links) + "\n")
