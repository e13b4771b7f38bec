"""The citations listing (`mineres citations`): choose, group and write a resolution's citations.

Records are `serialize.citation_to_dict` with two display fields added: `cited` (the symbol,
else the instrument's name, else the words printed) and `where` (the places it is printed).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO, get_args

from mineres.errors import MineresError
from mineres.models import Citation, CitationKind, Resolution, normalise_paragraph_id
from mineres.serialize import citation_to_dict

KINDS: tuple[str, ...] = get_args(CitationKind)
GROUPINGS = ("kind", "paragraph", "symbol")
COLUMNS = ("kind", "cited", "body", "date", "paragraphs")
UNGROUPED = "(none)"  # the group of a citation that supports no paragraph: the header's drafts


def parse_kinds(spec: str | None) -> frozenset[str] | None:
    """ "resolution,document" or "resolutions" -> the kinds; refuses unknown ones."""
    if not spec:
        return None
    kinds = set()
    for word in spec.lower().replace(" ", "").split(","):
        kind = word.replace("-", "_")
        if kind not in KINDS and kind.endswith("s"):
            kind = kind[:-1]
        if kind not in KINDS:
            raise MineresError(f"unknown citation kind {word!r}: choose from {', '.join(KINDS)}")
        kinds.add(kind)
    return frozenset(kinds)


def supports(citation: Citation, paragraph_id: str) -> bool:
    """Whether the citation supports the paragraph or one of its sub-paragraphs."""
    return any(
        place.upper() == paragraph_id or place.upper().startswith(paragraph_id + "(")
        for place in citation.paragraphs
    )


def select_citations(
    resolution: Resolution, *, kinds: frozenset[str] | None, paragraph: str | None
) -> list[Citation]:
    chosen = list(resolution.citations)
    if kinds is not None:
        chosen = [c for c in chosen if c.kind in kinds]
    if paragraph is not None:
        if resolution.paragraph(paragraph) is None:
            ids = ", ".join(p.id for p in resolution.paragraphs[:3])
            raise MineresError(
                f"no paragraph {paragraph} in {resolution.metadata.symbol} (ids look like {ids})"
            )
        wanted = normalise_paragraph_id(paragraph)
        chosen = [c for c in chosen if supports(c, wanted)]
    return chosen


def citation_record(citation: Citation) -> dict[str, Any]:
    record = citation_to_dict(citation)
    record["cited"] = cited(citation)
    record["where"] = [location.where for location in citation.locations]
    return record


def cited(citation: Citation) -> str:
    """What the citation names: its symbol, an instrument's name, or the words printed (with
    the instrument a Treaty Series reference is, when the catalogue knows it)."""
    if citation.symbol:
        return citation.symbol
    if citation.kind == "instrument" and citation.name:
        return citation.name
    if citation.name:
        return f"{citation.text} ({citation.name})"
    return citation.text


def group_keys(citation: Citation, by: str) -> list[str]:
    if by == "kind":
        return [citation.kind]
    if by == "paragraph":
        return list(citation.paragraphs) or [UNGROUPED]
    return [cited(citation)]


def group_citations(citations: Iterable[Citation], by: str) -> dict[str, list[dict[str, Any]]]:
    """Groups in order of first appearance; a citation supporting two paragraphs is in both."""
    if by not in GROUPINGS:
        raise MineresError(f"unknown grouping {by!r}: choose from {', '.join(GROUPINGS)}")
    groups: dict[str, list[dict[str, Any]]] = {}
    for citation in citations:
        for key in group_keys(citation, by):
            groups.setdefault(key, []).append(citation_record(citation))
    return groups


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
