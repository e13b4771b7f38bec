"""The UN's per-session metadata (JSON lines, one resolution a line) found in the library.

The UN publishes, for each General Assembly session, how every resolution was adopted (by a
recorded vote with its counts, or without a vote), its sponsors, agenda item and subjects.
None of it is printed in the resolution itself. mineres bundles none of these files: any
`*.jsonl` file in a library directory whose lines carry a "symbol" is read, once per change.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from mineres.frozen import frozen_dataclass
from mineres.library.folders import regular_files, search_path
from mineres.library.symbols import normalise_symbol

Record = dict[str, Any]


PROBE_LINES = 5  # a file whose first lines are all damaged is not taken for metadata


@frozen_dataclass
class MetadataScan:
    """The session metadata files found in the library, and those that could not be read."""

    files: tuple[Path, ...]
    unreadable: tuple[tuple[Path, str], ...] = ()  # *.jsonl files that could not be opened


@frozen_dataclass
class MetadataFile:
    """One metadata file's records by symbol, with what could not be read in it."""

    records: dict[str, Record]
    skipped: int = 0  # non-blank lines that are not JSON objects with a symbol
    error: str | None = None  # why the file could not be read, None when it was


def scan_metadata(library_dirs: Sequence[str | os.PathLike[str]] = ()) -> MetadataScan:
    """The JSON-lines files in the library that look like UN session metadata, and those
    that could not be opened to tell."""
    found: list[Path] = []
    unreadable: list[tuple[Path, str]] = []
    for directory, _origin in search_path(library_dirs):
        for path, _stat in regular_files(directory, frozenset({".jsonl"}), unreadable):
            try:
                if looks_like_metadata(path):
                    found.append(path)
            except OSError as error:
                unreadable.append((path, error.strerror or type(error).__name__))
    return MetadataScan(tuple(found), tuple(unreadable))


def metadata_files(library_dirs: Sequence[str | os.PathLike[str]] = ()) -> list[Path]:
    """Every JSON-lines file in the library that looks like UN session metadata."""
    return list(scan_metadata(library_dirs).files)


def looks_like_metadata(path: Path) -> bool:
    """One of the first lines is a record with a symbol and a title; OSError when unreadable."""
    with path.open("rb") as handle:
        for _ in range(PROBE_LINES):
            line = handle.readline(1_000_000)
            if not line:
                return False
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and "symbol" in record and "title" in record:
                return True
    return False


def read_records(path: Path) -> dict[str, Record]:
    return read_metadata_file(path).records


def read_metadata_file(path: Path) -> MetadataFile:
    try:
        stat = path.stat()
    except OSError as error:
        return MetadataFile({}, error=error.strerror or type(error).__name__)
    return read_records_cached(path, stat.st_mtime_ns, stat.st_size)


@cache
def read_records_cached(path: Path, mtime_ns: int, size: int) -> MetadataFile:
    """Symbol -> record, and how many lines were not JSON objects with a symbol."""
    records: dict[str, Record] = {}
    skipped = 0
    try:
        with path.open("rb") as handle:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:  # not JSON, or not UTF-8
                    skipped += 1
                    continue
                symbol = (
                    normalise_symbol(str(record.get("symbol", "")))
                    if isinstance(record, dict)
                    else None
                )
                if symbol:
                    records[symbol] = record
                else:
                    skipped += 1
    except OSError as error:
        return MetadataFile(records, skipped, error.strerror or type(error).__name__)
    return MetadataFile(records, skipped)


def metadata_warnings(library_dirs: Sequence[str | os.PathLike[str]] = ()) -> list[str]:
    """One line per metadata file that could not be read whole, for the CLI to print.

    Damaged lines are skipped so that one bad record does not cost a whole session's metadata,
    but silently skipping them would leave a user wondering why a resolution has none.
    """
    scan = scan_metadata(library_dirs)
    warnings = [f"{path}: cannot read UN session metadata ({why})" for path, why in scan.unreadable]
    for path in scan.files:
        read = read_metadata_file(path)
        if read.error:
            warnings.append(f"{path}: cannot read UN session metadata ({read.error})")
        if read.skipped:
            lines = "line" if read.skipped == 1 else "lines"
            warnings.append(
                f"{path}: {read.skipped} {lines} skipped (not a JSON object with a symbol)"
            )
    return warnings


def all_records(
    library_dirs: Sequence[str | os.PathLike[str]] = (),
) -> Iterator[tuple[str, Record]]:
    for path in metadata_files(library_dirs):
        yield from read_records(path).items()


def find_record(symbol: str, library_dirs: Sequence[str | os.PathLike[str]] = ()) -> Record | None:
    wanted = normalise_symbol(symbol) or symbol
    session = re.match(r"A/RES/(\d+)/", wanted)
    files = metadata_files(library_dirs)
    if session:  # ga-session-76.jsonl first: the other files need not be read
        files.sort(key=lambda path: f"-{session[1]}." not in path.name)
    for path in files:
        record = read_records(path).get(wanted)
        if record is not None:
            return record
    return None


def enrich_metadata(
    symbol: str, library_dirs: Sequence[str | os.PathLike[str]] = ()
) -> dict[str, Any] | None:
    """What the UN's metadata adds to a resolution's own text, or None when the library has none.

    Keys: adoption ("without a vote" or "recorded vote"), votes ({"in_favour", "against",
    "abstaining"} counts, None without a vote), sponsors, additional_sponsors,
    agenda_item_name, subjects, sdgs, meeting, adopted (ISO date), record_of_meeting.
    """
    record = find_record(symbol, library_dirs)
    return None if record is None else summarise(record)


def summarise(record: Record) -> dict[str, Any]:
    adoption = str(record.get("adoption_type") or record.get("voting_type") or "").strip()
    voted = "recorded" in adoption.lower() or (
        "vote" in adoption.lower() and "without" not in adoption.lower()
    )
    votes = None
    if voted:
        votes = {
            "in_favour": count(record.get("MS_in_favour_count"), record.get("MS_in_favour")),
            "against": count(record.get("MS_against_count"), record.get("MS_against")),
            "abstaining": count(record.get("MS_abstaining_count"), record.get("MS_abstaining")),
        }
    return {
        "adoption": ("recorded vote" if voted else "without a vote") if adoption else None,
        "votes": votes,
        "sponsors": strings(record.get("sponsors")),
        "additional_sponsors": strings(record.get("additional_sponsors")),
        "agenda_item_name": text_or_none(record.get("agenda_item_name")),
        "subjects": [
            subject[0] if isinstance(subject, list) else str(subject)
            for subject in record.get("subjects") or []
        ],
        "sdgs": strings(record.get("SDGs")),
        "meeting": text_or_none(record.get("adoption_meeting")),
        "adopted": iso_date(record.get("adoption_date")),
        "record_of_meeting": text_or_none(record.get("pv")),
    }


def count(value: Any, names: Any) -> int | None:
    """The count as published; "N.A." falls back to the list of names when there is one."""
    try:
        return int(str(value).strip())
    except ValueError:
        return len(names) if isinstance(names, list) and names else None


def strings(value: Any) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def text_or_none(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return None if text in ("", "N.A.") else text


def iso_date(value: Any) -> str | None:
    """The files write dates three ways: "2019-12-13 00:00:00", "9 December 2021", with NBSP."""
    text = " ".join(str(value or "").split())
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def same_title_symbols(
    title: str, library_dirs: Sequence[str | os.PathLike[str]] = ()
) -> list[tuple[str, date | None]]:
    """Resolutions the metadata gives this exact title: a yearly series' members."""
    wanted = " ".join(title.split()).casefold()
    found: list[tuple[str, date | None]] = []
    for symbol, record in all_records(library_dirs):
        if " ".join(str(record.get("title", "")).split()).casefold() == wanted:
            adopted = iso_date(record.get("adoption_date"))
            found.append((symbol, date.fromisoformat(adopted) if adopted else None))
    return found


def enrichment_rows(enriched: dict[str, Any]) -> dict[str, Any]:
    """The enrichment flattened for `mineres info`: votes as "166 in favour, 1 against, 2 abstaining"."""
    votes = enriched.get("votes")
    adoption = enriched.get("adoption")
    if votes:
        adoption = (
            f"recorded vote: {votes['in_favour']} in favour, {votes['against']} against, "
            f"{votes['abstaining']} abstaining"
        )
    return {
        "adoption": adoption,
        "sponsors": enriched["sponsors"],
        "additional_sponsors": enriched["additional_sponsors"],
        "agenda_item_name": enriched["agenda_item_name"],
        "subjects": enriched["subjects"],
    }
