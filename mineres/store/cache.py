"""Parsed resolutions remembered between runs, so the second command on a document is quick.

An analyst runs several commands on the same resolution (`info`, `paragraphs`, `show OP5`,
`citations`); each would import the parser and parse again (about 100 ms of CPU for the
bundled resolution in a fresh process, 160 ms for A/RES/74/19), where reading the entry back
costs a few milliseconds. The parsed model is kept in the user's cache directory as JSON, never
as pickle: an entry is data, read back field by field against the model's types
(`frozen_json`), so a planted or damaged entry is only a miss and can never run code. Entries
are named by a hash of the document's bytes, of every module and data file of mineres (by
path, size and time) and of the Python version, so a changed document or a changed mineres
never reads a stale entry. Folders are 0700 and entries 0600, written atomically.

MINERES_CACHE=off turns it off. A cache that cannot be read or written is never an error:
mineres then parses as if it had none.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import suppress
from functools import cache
from pathlib import Path

from mineres.models import Resolution
from mineres.store.directories import PARSED_FOLDER, cache_home
from mineres.store.directories import parse_cache_enabled as cache_enabled

MAX_ENTRIES = 256
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # a 20 MB resolution's model is well under this
FORMAT = "mineres-parsed-1"
PACKAGE = Path(__file__).parent.parent


def cached_parse(
    data: bytes, *, with_citations: bool, parse: Callable[[], Resolution]
) -> Resolution:
    """`parse()`'s result for these bytes, from the cache when an entry is there."""
    if not cache_enabled():
        return parse()
    path = entry_path(data, with_citations)
    resolution = read_entry(path)
    if resolution is None:
        resolution = parse()
        write_entry(path, resolution)
    return resolution


def entry_path(data: bytes, with_citations: bool) -> Path:
    from mineres.store.datafiles import blake2b  # without hashlib's OpenSSL import

    digest = blake2b(data, digest_size=20)
    digest.update(code_fingerprint().encode())
    digest.update(b"citations" if with_citations else b"paragraphs")
    return cache_home() / PARSED_FOLDER / f"{digest.hexdigest()}.json"


@cache
def code_fingerprint() -> str:
    """What the parse depends on besides the document: every module and data file of mineres,
    in every subpackage, so a module added anywhere changes the key. Walked with os.scandir
    (a third of the time of Path.rglob, which every later run paid), in the order of the
    sorted paths."""
    parts = [sys.version, FORMAT]
    parts.extend(
        f"{relative}:{stat.st_size}:{stat.st_mtime_ns}"
        for relative, stat in source_files(str(PACKAGE), "")
    )
    return "\n".join(parts)


def source_files(folder: str, prefix: str) -> Iterator[tuple[str, os.stat_result]]:
    """(path relative to the package, stat) of each .py and .yaml file under `folder`, each
    folder's entries by name and a folder's files right after its name, as sorted paths are."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name == "__pycache__":
            continue
        relative = prefix + entry.name
        if os.path.splitext(entry.name)[1] in (".py", ".yaml"):
            try:
                stat = entry.stat()
            except OSError:
                stat = None
            if stat is not None:
                yield relative, stat
        if entry.is_dir(follow_symlinks=False):
            yield from source_files(entry.path, relative + "/")


def read_entry(path: Path) -> Resolution | None:
    """The entry's resolution, or None for a missing, foreign, damaged or oversized entry."""
    from mineres.store.files import read_regular_file
    from mineres.store.frozen_json import decode

    try:
        raw = read_regular_file(path, MAX_ENTRY_BYTES)
        if len(raw) > MAX_ENTRY_BYTES:
            return None
        document = json.loads(raw)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            return None
        resolution = decode(Resolution, document.get("resolution"))
    except (OSError, ValueError, TypeError, RecursionError):
        return None
    return resolution if isinstance(resolution, Resolution) else None


def write_entry(path: Path, resolution: Resolution) -> None:
    """Write atomically and privately, then keep the folder to MAX_ENTRIES, oldest first."""
    from mineres.store.files import PRIVATE_FILE, private_directory, write_atomically
    from mineres.store.frozen_json import encode

    try:
        text = json.dumps(
            {"format": FORMAT, "resolution": encode(resolution)}, ensure_ascii=False
        ).encode("utf-8")
        if len(text) > MAX_ENTRY_BYTES:
            return
        private_directory(path.parent)
        write_atomically(path, text, permissions=PRIVATE_FILE)
        prune(path.parent)
    except (OSError, TypeError, ValueError, RecursionError):
        return


def prune(directory: Path) -> None:
    entries = list(directory.glob("*.json"))
    if len(entries) <= MAX_ENTRIES:
        return
    with suppress(OSError):
        entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
        for stale in entries[: len(entries) - MAX_ENTRIES]:
            stale.unlink(missing_ok=True)
