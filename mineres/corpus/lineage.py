"""A resolution's series: the yearly resolutions it continues and that continue it.

A General Assembly resolution in a series opens by recalling the one before it ("Recalling its
resolution 74/80 of 13 December 2019 and all its previous resolutions on ..."). Following that
link backwards through the library, and looking in the library for later resolutions that
recall the one in hand (or carry the same title), gives the series; members the library lacks
are listed as missing, those known only from the UN's session metadata included.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Literal

from mineres.errors import MineresError
from mineres.library import (
    LibraryEntry,
    best_entry,
    list_library,
    normalise_symbol,
    symbol_sort_key,
)
from mineres.models import Resolution

Status = Literal["here", "library", "missing"]
MAX_SERIES = 60


@dataclass(frozen=True)
class SeriesMember:
    symbol: str
    status: Status  # "here": the document asked about; "missing": not in the library
    title: str | None = None
    adopted: str | None = None
    path: Path | None = None
    recalls: str | None = None  # the predecessor this member recalls
    note: str = ""


class Library:
    """The library read once: its files by symbol, and each resolution parsed at most once."""

    def __init__(self, library_dirs: Sequence[str | os.PathLike[str]] = (), language: str = "en"):
        self.library_dirs = tuple(library_dirs)
        self.language = language
        self.entries = list_library(library_dirs)
        self.parsed: dict[Path, Resolution | None] = {}
        self.metadata_titles: dict[str, str] | None = None

    def entry(self, symbol: str) -> LibraryEntry | None:
        return best_entry(self.entries, symbol, self.language)

    def symbols(self) -> list[str]:
        return sorted(
            {e.symbol for e in self.entries if e.language in (self.language, None)},
            key=symbol_sort_key,
        )

    def resolution(self, symbol: str) -> Resolution | None:
        """The parsed resolution, or None when absent or unreadable (a bad file is skipped)."""
        entry = self.entry(symbol)
        if entry is None:
            return None
        if entry.path not in self.parsed:
            self.parsed[entry.path] = parse_member(entry.path)
        return self.parsed[entry.path]

    def title(self, symbol: str) -> str | None:
        """The title from the library's file, else from the UN session metadata, else None."""
        entry = self.entry(symbol)
        if entry is not None and entry.title:
            return entry.title
        if self.metadata_titles is None:
            from mineres.library.session_metadata import all_records

            self.metadata_titles = {
                found: str(record.get("title") or "")
                for found, record in all_records(self.library_dirs)
            }
        return self.metadata_titles.get(symbol) or None


def parse_member(path: Path) -> Resolution | None:
    """A library file of the series, parsed as every command parses (through the cache), or
    None when it cannot be: a damaged copy leaves a gap in the series, not an error."""
    from mineres.documents import parse_file

    try:
        return parse_file(str(path), str(path), with_citations=True)
    except MineresError:
        return None


GA_NUMBER = re.compile(r"^A/RES/(\d+)/(\d+)")


def session_of(symbol: str | None) -> int | None:
    match = GA_NUMBER.match(symbol or "")
    return int(match[1]) if match else None


def recalled_resolutions(resolution: Resolution) -> list[str]:
    """General Assembly resolutions cited in the "Recalling ..." paragraphs, in order.

    Only citations whose body is the General Assembly count: "resolution 4/2 ... of the United
    Nations Environment Assembly" has the shape of a GA number but is not one. A resolution
    parsed without its citations has them found here, so the body is always judged by the
    citation stage, never guessed from a bare number."""
    citations = resolution.citations
    if not citations:
        from mineres.citations import find_citations

        citations = find_citations(resolution)
    openings = recalling_openings()
    recalling = {p.id for p in resolution.preamble if p.text.casefold().startswith(openings)}
    found: list[str] = []
    for citation in citations:
        if citation.kind != "resolution" or not citation.symbol:
            continue
        if citation.body != "General Assembly":
            continue
        symbol = normalise_symbol(citation.symbol)
        where = {location.where for location in citation.locations} | set(citation.paragraphs)
        if symbol and symbol.startswith("A/RES/") and where & recalling and symbol not in found:
            found.append(symbol)
    return found


@cache
def recalling_openings() -> tuple[str, ...]:
    from mineres.store.datafiles import load_data_file

    return tuple(word.casefold() for word in load_data_file("series.yaml")["recalling"])


def predecessor(resolution: Resolution, library: Library | None = None) -> str | None:
    """The resolution of the series this one continues: the latest recalled one, preferring one
    with the same title, from an earlier session."""
    own_session = resolution.metadata.session or session_of(resolution.metadata.symbol)
    candidates = [
        symbol
        for symbol in recalled_resolutions(resolution)
        if own_session is None or (session_of(symbol) or 0) < own_session
    ]
    candidates = [symbol for symbol in candidates if session_of(symbol) is not None]
    if not candidates:
        return None
    title = normalised_title(resolution.metadata.title)
    if library is not None and title:
        titles = {s: normalised_title(library.title(s)) for s in candidates}
        same = [s for s in candidates if titles[s] == title]
        # a recalled resolution known to be on another subject is no predecessor
        candidates = same or [s for s in candidates if not titles[s] or similar(titles[s], title)]
    return max(candidates, key=symbol_sort_key) if candidates else None


def similar(one: str, other: str) -> bool:
    """Titles of one series that were reworded a little: most of their words shared."""
    first, second = set(one.split()), set(other.split())
    return len(first & second) / max(len(first | second), 1) >= 0.6


def normalised_title(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


def lineage(
    resolution: Resolution,
    library_dirs: Sequence[str | os.PathLike[str]] = (),
    *,
    path: Path | None = None,
    library: Library | None = None,
) -> list[SeriesMember]:
    """The series of `resolution`, oldest first, with the members the library lacks."""
    library = library or Library(library_dirs, resolution.metadata.language or "en")
    symbol = resolution.metadata.symbol or "?"
    members: dict[str, SeriesMember] = {symbol: member(symbol, "here", resolution, path, library)}
    walk_back(resolution, members, library)
    walk_forward(resolution, members, library)
    add_same_title(resolution, members, library)
    add_known_from_metadata(resolution, members, library)
    return sorted(members.values(), key=lambda m: symbol_sort_key(m.symbol))


def member(
    symbol: str, status: Status, resolution: Resolution | None, path: Path | None, library: Library
) -> SeriesMember:
    entry = library.entry(symbol)
    return SeriesMember(
        symbol=symbol,
        status=status,
        title=(resolution.metadata.title if resolution else None)
        or (entry.title if entry else None),
        adopted=resolution.metadata.adopted.isoformat()
        if resolution and resolution.metadata.adopted
        else None,
        path=path or (entry.path if entry else None),
        recalls=predecessor(resolution, library) if resolution else None,
    )


def walk_back(start: Resolution, members: dict[str, SeriesMember], library: Library) -> None:
    current = start
    for _ in range(MAX_SERIES):
        previous = predecessor(current, library)
        if previous is None or previous in members:
            return
        found = library.resolution(previous)
        if found is None:
            members[previous] = SeriesMember(
                previous, "missing", note=f"recalled by {current.metadata.symbol}"
            )
            return
        members[previous] = member(previous, "library", found, None, library)
        current = found


def walk_forward(start: Resolution, members: dict[str, SeriesMember], library: Library) -> None:
    """Later resolutions that recall the current one; failing that, the next with its title."""
    current = start
    for _ in range(MAX_SERIES):
        symbol = current.metadata.symbol
        session = current.metadata.session or session_of(symbol) or 0
        later = [
            s for s in library.symbols() if (session_of(s) or 0) > session and s not in members
        ]
        title = normalised_title(current.metadata.title)
        titled = [s for s in later if title and normalised_title(library.title(s)) == title]
        following = next_recalling(symbol, titled, library) or next_recalling(
            symbol, [s for s in later if mentions(library, s, symbol)], library
        )
        note = ""
        if following is None and titled:
            following, note = titled[0], "same title"
        if following is None:
            return
        found = library.resolution(following)
        if found is None:
            return
        members[following] = replace(member(following, "library", found, None, library), note=note)
        recalled = predecessor(found, library)
        if recalled and recalled not in members and library.entry(recalled) is None:
            members[recalled] = SeriesMember(recalled, "missing", note=f"recalled by {following}")
        current = found


def next_recalling(symbol: str | None, candidates: list[str], library: Library) -> str | None:
    for candidate in candidates:
        found = library.resolution(candidate)
        if found is not None and symbol and predecessor(found, library) == symbol:
            return candidate
    return None


def mentions(library: Library, candidate: str, symbol: str | None) -> bool:
    """A cheap look at the file before parsing it: does it name the resolution at all?"""
    entry = library.entry(candidate)
    if entry is None or symbol is None or entry.format == "pdf":
        return False
    number = symbol.removeprefix("A/RES/")
    try:
        return number.encode() in entry.path.read_bytes()
    except OSError:
        return False


def add_same_title(
    resolution: Resolution, members: dict[str, SeriesMember], library: Library
) -> None:
    """Library resolutions with the same title that no recall reached: older years of a series
    whose links are missing, each with what it recalls."""
    title = normalised_title(resolution.metadata.title)
    if not title:
        return
    for symbol in library.symbols():
        if symbol in members or normalised_title(library.title(symbol)) != title:
            continue
        found = library.resolution(symbol)
        if found is not None:
            members[symbol] = replace(
                member(symbol, "library", found, None, library), note="same title"
            )
            walk_back(found, members, library)


def add_known_from_metadata(
    resolution: Resolution, members: dict[str, SeriesMember], library: Library
) -> None:
    """Members the UN's session metadata gives the same title, missing from the library."""
    if not resolution.metadata.title:
        return
    from mineres.library.session_metadata import same_title_symbols

    earliest = min(symbol_sort_key(symbol) for symbol in members)
    for symbol, adopted in same_title_symbols(resolution.metadata.title, library.library_dirs):
        if symbol not in members and symbol_sort_key(symbol) > earliest:
            members[symbol] = SeriesMember(
                symbol,
                "missing",
                title=resolution.metadata.title,
                adopted=adopted.isoformat() if adopted else None,
                note="in the UN session metadata",
            )


def previous_resolution(
    resolution: Resolution, library_dirs: Sequence[str | os.PathLike[str]] = ()
) -> Resolution:
    """The resolution this one recalls, from the library: what `diff --previous` compares with."""
    library = Library(library_dirs, resolution.metadata.language or "en")
    symbol = predecessor(resolution, library)
    if symbol is None:
        raise MineresError(
            f"{resolution.metadata.symbol or 'this resolution'} recalls no earlier resolution "
            "of the General Assembly in its preamble"
        )
    found = library.resolution(symbol)
    if found is None:
        raise MineresError(
            f"{resolution.metadata.symbol} recalls {symbol}, which is not in the library "
            f"(try `mineres fetch {symbol}`)"
        )
    return found


def lineage_records(members: Sequence[SeriesMember]) -> list[dict[str, str]]:
    return [
        {
            "symbol": m.symbol,
            "status": m.status,
            "adopted": m.adopted or "",
            "recalls": m.recalls or "",
            "title": m.title or "",
            "path": str(m.path) if m.path else "",
            "note": m.note,
        }
        for m in members
    ]


def chain_line(members: Sequence[SeriesMember]) -> str:
    """ "58/127 … 72/75 (missing) → 74/80 → 76/74 *": → where the later one recalls the earlier,
    … where the library does not say how they connect; * marks the resolution asked about."""
    parts: list[str] = []
    previous: SeriesMember | None = None
    for current in members:
        if previous is not None:
            parts.append(" → " if current.recalls == previous.symbol else " … ")
        parts.append(current.symbol.removeprefix("A/RES/"))
        parts.append(" (missing)" if current.status == "missing" else "")
        parts.append(" *" if current.status == "here" else "")
        previous = current
    return "".join(parts)
