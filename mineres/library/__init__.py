"""A local library of resolutions: find the file for a symbol such as "76/74".

Documents are looked up, in this order, in the directories given with `--library`, those in
MINERES_LIBRARY (separated like PATH), those in the configuration file, the download cache,
and the resolutions bundled with mineres. Files are recognised by what they say (the AKN
FRBR identifier and docNumber, the ODS symbol, the "58/127. Title" header of a text) and only
then by their name, so a library can hold files named any way. Only the first few kilobytes of
each file are read, and the result is kept per file until its size or time changes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Literal, cast

from mineres.errors import MineresError
from mineres.frozen import frozen_dataclass
from mineres.library.folders import BUNDLED_DIR, Origin, regular_files, search_path
from mineres.library.symbols import (
    normalise_symbol,
    symbol_sort_key,
    symbols_match,
)

__all__ = [
    "BUNDLED_DIR",
    "FileFormat",
    "LibraryEntry",
    "Origin",
    "Sniffed",
    "best_entry",
    "candidate_entries",
    "find_document",
    "find_entry",
    "list_library",
    "normalise_symbol",
    "ranked_entries",
    "search_path",
    "sniff_file",
    "symbol_sort_key",
    "symbols_match",
]

FileFormat = Literal["akn", "text", "pdf"]
PatternSpec = tuple[str, int]  # a pattern's source and flags, compiled when first used
HEAD_BYTES = 64 * 1024  # an AKN file's title comes after ~30 KB of classification metadata
TAIL_BYTES = 4 * 1024  # ODS exports repeat their symbol in the trailing page headers
DOCUMENT_SUFFIXES = frozenset({".xml", ".akn", ".txt", ".text", ".pdf"})


@frozen_dataclass
class LibraryEntry:
    """One resolution file the library knows, and where it was found."""

    symbol: str  # "A/RES/76/74"
    path: Path
    origin: Origin
    directory: Path  # the library directory it was found under
    format: FileFormat
    language: str | None = None  # "en"; None when the file does not say
    title: str | None = None
    complete: bool = True  # False: an AKN file without its closing tag, a PDF without %%EOF


@frozen_dataclass
class Sniffed:
    """What the first and last kilobytes of a file say it holds."""

    symbol: str
    format: FileFormat
    language: str | None = None
    title: str | None = None
    complete: bool = True


def sniff_file(path: Path) -> Sniffed | None:
    """What resolution a file holds, from its first and last few kilobytes, or None."""
    try:
        head, tail = head_and_tail(path)
    except OSError:
        return None
    named = symbol_from_name(path.name)
    language = language_from_name(path.name)
    ending = (head + tail)[-TAIL_BYTES:]
    if head.startswith(b"%PDF"):
        named = named or symbol_from_pdf_title(path)
        return Sniffed(named, "pdf", language, complete=b"%%EOF" in ending) if named else None
    text = decode_head(head) + "\n" + decode_head(tail)
    if "<akomaNtoso" in text[:4096]:
        sniffed = sniff_akn(text, named, language)
        closed = compiled(AKN_END).search(decode_head(ending)) is not None
        return replace(sniffed, complete=False) if sniffed and not closed else sniffed
    return sniff_text(text, named, language)


def head_and_tail(path: Path) -> tuple[bytes, bytes]:
    """The first HEAD_BYTES and last TAIL_BYTES of a regular file; OSError for anything else
    (a FIFO is opened without blocking, then refused by its type)."""
    import stat

    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{path}: not a regular file")
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            head = handle.read(HEAD_BYTES)
            size = handle.seek(0, os.SEEK_END)
            tail = b""
            if size > HEAD_BYTES:
                handle.seek(max(HEAD_BYTES, size - TAIL_BYTES))
                tail = handle.read(TAIL_BYTES)
    finally:
        os.close(descriptor)
    return head, tail


def symbol_from_pdf_title(path: Path) -> str | None:
    """A PDF named any way: the UN puts the symbol in the document's Title ("A/RES/76/74")."""
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would reach the user
    try:
        from pypdf import PdfReader

        info = PdfReader(path).metadata
        title = info.title if info else None
    except Exception:  # a damaged PDF is simply not recognised
        return None
    return normalise_symbol(str(title)) if title else None


@cache
def compiled(spec: PatternSpec) -> re.Pattern[str]:
    """The pattern, compiled on its first use: a command that only loads a document (most of
    them) sniffs no file, and compiling these at import cost ~2 ms of every start-up."""
    return re.compile(*spec)


def decode_head(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data[: len(data) - len(data) % 2].decode("utf-16", errors="replace")
    return data.decode("utf-8", errors="replace")


FRBR_URI: PatternSpec = (
    r"<FRBRuri value=\"/akn/un/[^\"]*?/(?P<body>unga|unsc)/(?P<date>\d{4})[^/]*/"
    r"(?P<number>[\w-]+)/\"",
    0,
)
AKN_SYMBOL: PatternSpec = (r"<docNumber refersTo=\"#symbol\">\s*([^<]+?)\s*</docNumber>", 0)
AKN_END: PatternSpec = (r"</(?:\w+:)?akomaNtoso\s*>", 0)
AKN_LANGUAGE: PatternSpec = (r"<FRBRlanguage language=\"([a-z]{3})\"", 0)
AKN_TITLE: PatternSpec = (r"<docTitle refersTo=\"#resolutionTitle\">(.*?)</docTitle>", re.DOTALL)


def sniff_akn(text: str, named: str | None, language: str | None) -> Sniffed | None:
    symbol = None
    marked = compiled(AKN_SYMBOL).search(text)
    if marked:
        symbol = normalise_symbol(marked[1])
    uri = compiled(FRBR_URI).search(text)
    if symbol is None and uri:
        session, _, number = uri["number"].rpartition("-")
        if uri["body"] == "unsc":
            symbol = normalise_symbol(f"S/RES/{uri['number']} ({uri['date']})")
        elif session:
            symbol = normalise_symbol(f"A/RES/{session}/{number}")
    symbol = symbol or named
    if symbol is None:
        return None
    code = compiled(AKN_LANGUAGE).search(text)
    if code:
        from mineres.un.language_codes import AKN_LANGUAGES

        language = AKN_LANGUAGES.get(code[1], code[1])
    title = compiled(AKN_TITLE).search(text)
    return Sniffed(symbol, "akn", language, clean_title(title[1]) if title else None)


GA_HEADINGS = (  # "Resolution adopted by the General Assembly" in the six languages
    r"Resolution adopted by the General Assembly",
    r"R[ée]solution adopt[ée]e par l.Assembl[ée]e g[ée]n[ée]rale",
    r"Resoluci[óo]n aprobada por la Asamblea General",
    r"Резолюция, принятая Генеральной Ассамблеей",
    r"قرار اتخذته الجمعية العامة",
    r"大会决议",
)
GA_HEADER: PatternSpec = (
    rf"(?:{'|'.join(GA_HEADINGS)}).{{0,400}}?^[ \t]*(?P<number>\d+/\d+)\.[ \t]+"
    r"(?P<title>\S[^\n]*)",
    re.DOTALL | re.MULTILINE,
)
SC_HEADER: PatternSpec = (
    r"^[ \t]*Resolution (?P<number>\d+) \((?P<year>\d{4})\)[ \t]*\n"
    r"\s*Adopted by the Security Council",
    re.MULTILINE,
)
RUNNING_HEADER: PatternSpec = (r"United Nations[ \t]*(?P<symbol>[AS]/RES/[^\s]+(?: \(\d{4}\))?)", 0)


def sniff_text(text: str, named: str | None, language: str | None) -> Sniffed | None:
    """A text export or plain text: its ODS symbol, its header, then its running header."""
    from mineres.un.ods import ODS_SYMBOL  # only when a file is read: a lookup mostly reads none

    header = compiled(GA_HEADER).search(text)
    title = clean_title(header["title"]) if header else None
    candidates: list[str | None] = []
    ods = ODS_SYMBOL.search(text)
    candidates.append(normalise_symbol(ods["symbol"]) if ods else None)
    candidates.append(normalise_symbol(header["number"]) if header else None)
    council = compiled(SC_HEADER).search(text)
    if council:
        candidates.append(normalise_symbol(f"S/RES/{council['number']} ({council['year']})"))
    running = compiled(RUNNING_HEADER).search(text)
    candidates.append(normalise_symbol(running["symbol"]) if running else None)
    symbol = next((found for found in candidates if found), None)
    if symbol is None:
        return None  # a name alone does not make a text file a resolution
    from mineres.un.languages import LANGUAGE_SAMPLE, text_language  # only when sniffing

    return Sniffed(symbol, "text", text_language(text[:LANGUAGE_SAMPLE]) or language, title)


def clean_title(markup: str) -> str | None:
    title = " ".join(re.sub(r"<[^>]+>", " ", markup).split())
    return title or None


FILE_NAME: PatternSpec = (
    r"(?P<stem>[AS]_RES_[\w-]+?)(?:\.(?P<language>ar|zh|en|fr|ru|es))?\.[A-Za-z]+$",
    re.IGNORECASE,
)


def symbol_from_name(name: str) -> str | None:
    """ "A_RES_76_74.en.xml" -> "A/RES/76/74", the name `mineres fetch` gives its downloads."""
    match = compiled(FILE_NAME).fullmatch(name)
    return normalise_symbol(match["stem"]) if match else None


def language_from_name(name: str) -> str | None:
    match = re.search(r"\.(ar|zh|en|fr|ru|es)\.[A-Za-z]+$", name, re.IGNORECASE)
    return match[1].lower() if match else None


def file_name_for(symbol: str, language: str, suffix: str) -> str:
    """The name a fetched document gets: "A_RES_76_74.en.pdf", "S_RES_2365_2017.en.pdf".

    The language is one of six codes, never a path: it comes from the command line.
    """
    from mineres.store.config import LANGUAGES  # here: only fetch names files (saves ~1 ms)

    if language not in LANGUAGES:
        raise MineresError(f"{language!r}: not a language ({', '.join(LANGUAGES)})")
    stem = re.sub(r"[^A-Za-z0-9-]+", "_", symbol).strip("_")
    return f"{stem}.{language}{suffix}"


@cache
def sniff_cached(path: Path, mtime_ns: int, size: int) -> Sniffed | None:
    """What a file holds; a file that trips a limit (a 5,000-digit number, markup nested
    too deep) is simply not recognised, so one strange file never breaks every lookup."""
    try:
        return sniff_file(path)
    except (ValueError, RecursionError):
        return None


IndexRow = tuple[int, int, Sniffed | None]  # mtime_ns, size, what the file holds


def scan_directory(
    directory: Path, skipped: frozenset[str] = frozenset()
) -> list[tuple[Path, Sniffed]]:
    """Every resolution file under a directory, depth first, hidden folders skipped (and the
    directory's own folders named in `skipped`).

    What each file holds is remembered on disk per directory (keyed by each file's time and
    size), so a large library costs a `stat` per file on later runs, not a read. A directory
    with no document file loads no index, and the bundled one needs none while its files are
    the ones shipped.
    """
    files = list(regular_files(directory, DOCUMENT_SUFFIXES, skipped=skipped))
    shipped = shipped_entries(directory, files)
    if shipped is not None:
        return shipped
    if not files:
        return []
    saved = load_index(directory)
    index: dict[str, IndexRow] = {}
    found: list[tuple[Path, Sniffed]] = []
    for path, stat in files:
        known = saved.get(str(path))
        if known is not None and known[:2] == (stat.st_mtime_ns, stat.st_size):
            sniffed = known[2]
        else:
            sniffed = sniff_cached(path, stat.st_mtime_ns, stat.st_size)
        index[str(path)] = (stat.st_mtime_ns, stat.st_size, sniffed)
        if sniffed:
            found.append((path, sniffed))
    if index != saved:
        save_index(directory, index)
    return found


def shipped_entries(
    directory: Path, files: list[tuple[Path, os.stat_result]]
) -> list[tuple[Path, Sniffed]] | None:
    """What the bundled folder's files hold, from the table shipped with them; None for any
    other folder, or when a file is not in the table with the size it was shipped with."""
    from mineres.library.bundled import BUNDLED_FILES

    if directory != BUNDLED_DIR:
        return None
    found: list[tuple[Path, Sniffed]] = []
    for path, stat in files:
        row = BUNDLED_FILES.get(path.name)
        if row is None or row[0] != stat.st_size:
            return None
        _, symbol, format, language, title = row
        found.append((path, Sniffed(symbol, cast(FileFormat, format), language, title)))
    return found


def index_file(directory: Path) -> Path:
    from mineres.store.datafiles import blake2b  # without hashlib's OpenSSL import (~2.5 ms)
    from mineres.store.directories import INDEX_FOLDER, cache_home

    key = blake2b(str(directory.resolve()).encode(), digest_size=12).hexdigest()
    return cache_home() / INDEX_FOLDER / f"{key}.json"


def load_index(directory: Path) -> dict[str, IndexRow]:
    """The saved index, or nothing when it is missing, unreadable, from another version or of
    another shape: the index only saves reading files, so a damaged one costs nothing else."""
    import json

    from mineres.store.files import read_regular_file

    try:
        data = json.loads(read_regular_file(index_file(directory)))
        if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
            return {}
        return {path: index_row(row) for path, row in data["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return {}


def index_row(row: list[object]) -> IndexRow:
    """One saved row, checked field by field; ValueError when any field is of the wrong type."""
    mtime, size, sniffed = row
    if type(mtime) is not int or type(size) is not int:
        raise ValueError("index row: time and size must be integers")
    if sniffed is None:
        return mtime, size, None
    if not isinstance(sniffed, list) or len(sniffed) != 5:
        raise ValueError("index row: expected five fields")
    symbol, format, language, title, complete = sniffed
    if not (
        isinstance(symbol, str)
        and format in FORMAT_PREFERENCE
        and isinstance(language, (str, type(None)))
        and isinstance(title, (str, type(None)))
        and isinstance(complete, bool)
    ):
        raise ValueError("index row: a field of the wrong type")
    return mtime, size, Sniffed(symbol, format, language, title, complete)


def save_index(directory: Path, index: dict[str, IndexRow]) -> None:
    """Best effort: a read-only cache only means reading the files again next time."""
    import json

    from mineres.store.files import PRIVATE_FILE, private_directory, write_atomically

    target = index_file(directory)
    rows = {
        path: [mtime, size, [s.symbol, s.format, s.language, s.title, s.complete] if s else None]
        for path, (mtime, size, s) in index.items()
    }
    document = {"version": INDEX_VERSION, "directory": str(directory), "files": rows}
    try:
        private_directory(target.parent)
        write_atomically(target, json.dumps(document), permissions=PRIVATE_FILE)
    except OSError:
        return


INDEX_VERSION = 2  # 2: text files' language read from their text, completeness kept


def list_library(library_dirs: Sequence[str | os.PathLike[str]] = ()) -> list[LibraryEntry]:
    """Every resolution file in every library directory, in lookup order."""
    entries: list[LibraryEntry] = []
    for directory, origin in search_path(library_dirs):
        entries.extend(directory_entries(directory, origin))
    return entries


def directory_entries(directory: Path, origin: Origin) -> list[LibraryEntry]:
    return [
        LibraryEntry(
            symbol=sniffed.symbol,
            path=path,
            origin=origin,
            directory=directory,
            format=sniffed.format,
            language=sniffed.language,
            title=sniffed.title,
            complete=sniffed.complete,
        )
        for path, sniffed in scan_directory(directory, skipped_folders(origin))
    ]


def skipped_folders(origin: Origin) -> frozenset[str]:
    """The cache's own folders (parsed documents, data files, indexes) hold no resolution:
    a lookup does not walk their hundreds of files."""
    from mineres.store.directories import STORE_FOLDERS

    return STORE_FOLDERS if origin == "cache" else frozenset()


FORMAT_PREFERENCE: dict[FileFormat, int] = {"akn": 0, "text": 1, "pdf": 2}


def best_entry(
    entries: Iterable[LibraryEntry], symbol: str, language: str = "en"
) -> LibraryEntry | None:
    """The file for a symbol: a whole one first, then the first directory's, in the language
    asked (or unmarked), AKN first.

    A file in another language is never returned: comparing English with French is no diff.
    """
    return next(iter(ranked_entries(entries, symbol, language)), None)


def ranked_entries(
    entries: Iterable[LibraryEntry], symbol: str, language: str = "en"
) -> list[LibraryEntry]:
    """Every file for a symbol in the language asked (or unmarked), the best first.

    A truncated file (its closing tag or end-of-file marker missing, as an interrupted copy
    leaves it) comes after every whole one, so it never hides a good copy; among whole files
    the first directory wins, then the exact language, then AKN before text before PDF.
    """
    wanted = normalise_symbol(symbol) or symbol
    candidates = [
        entry
        for entry in entries
        if symbols_match(wanted, entry.symbol) and entry.language in (language, None)
    ]
    rank = {
        directory: i for i, directory in enumerate(dict.fromkeys(e.directory for e in candidates))
    }
    return sorted(
        candidates,
        key=lambda entry: (
            not entry.complete,
            rank[entry.directory],
            entry.language != language,
            FORMAT_PREFERENCE[entry.format],
        ),
    )


def candidate_entries(
    symbol: str, library_dirs: Sequence[str | os.PathLike[str]] = (), language: str | None = None
) -> Iterator[LibraryEntry]:
    """The library's files for a symbol, best first, for a caller that tries each in turn
    until one parses. Later directories are read only when the earlier ones' files are used
    up or truncated; truncated files come last of all.
    """
    from mineres.store.config import load_config

    language = language or load_config().language
    truncated: list[LibraryEntry] = []
    for directory, origin in search_path(library_dirs):
        for entry in ranked_entries(directory_entries(directory, origin), symbol, language):
            if entry.complete:
                yield entry
            else:
                truncated.append(entry)
    yield from truncated


def find_entry(
    symbol: str, library_dirs: Sequence[str | os.PathLike[str]] = (), language: str | None = None
) -> LibraryEntry | None:
    """The library's file for a symbol; later directories are not read once one has it whole."""
    return next(candidate_entries(symbol, library_dirs, language), None)


def find_document(
    symbol: str, library_dirs: Sequence[str | os.PathLike[str]] = (), language: str | None = None
) -> Path | None:
    """The file holding resolution `symbol`, searching the library in lookup order, or None.

    `library_dirs` are the `--library` directories; MINERES_LIBRARY, the configuration file,
    the cache and the bundled resolutions follow them. `language` defaults to the
    configuration's (English).
    """
    entry = find_entry(symbol, library_dirs, language)
    return entry.path if entry else None


def library_records(library_dirs: Sequence[str | os.PathLike[str]] = ()) -> list[dict[str, str]]:
    """`mineres library list`: one row per file, lookup order kept, symbols in numeric order;
    the UN session metadata files found last, one row each."""
    entries = list_library(library_dirs)
    rank = {directory: i for i, directory in enumerate(dict.fromkeys(e.directory for e in entries))}
    entries.sort(key=lambda e: (rank[e.directory], symbol_sort_key(e.symbol), str(e.path)))
    rows = [
        {
            "symbol": entry.symbol,
            "language": entry.language or "",
            "format": entry.format,
            "title": entry.title or "",
            "origin": entry.origin,
            "path": str(entry.path),
        }
        for entry in entries
    ]
    from mineres.library.session_metadata import metadata_files, read_records

    origins = dict(search_path(library_dirs))
    for path in metadata_files(library_dirs):
        origin = next((o for d, o in origins.items() if path.is_relative_to(d)), "")
        rows.append(
            {
                "symbol": "",
                "language": "",
                "format": "metadata",
                "title": f"UN session metadata: {len(read_records(path))} resolutions",
                "origin": origin,
                "path": str(path),
            }
        )
    return rows
