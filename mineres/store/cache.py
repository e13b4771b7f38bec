"""Parsed resolutions remembered between runs, so the second command on a document is instant.

An analyst runs several commands on the same resolution (`info`, `paragraphs`, `show OP5`,
`citations`); each would parse it again, and parsing with citations costs more than the rest
of a command. The parsed model is kept in the user's cache directory, named by a hash of the
document's bytes, of mineres' own code (every module and data file, by size and time) and of
the Python version, so a changed document or a changed mineres never reads a stale entry.

MINERES_CACHE=off turns it off. A cache that cannot be read or written is never an error:
mineres then parses as if it had none.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from contextlib import suppress
from functools import cache
from pathlib import Path

from mineres.models import Resolution
from mineres.store.directories import cache_home

MAX_ENTRIES = 256
PACKAGE = Path(__file__).parent.parent


def cached_parse(
    data: bytes, *, with_citations: bool, parse: Callable[[], Resolution]
) -> Resolution:
    """`parse()`'s result for these bytes, from the cache when an entry is there."""
    if os.environ.get("MINERES_CACHE", "").lower() in ("0", "off", "no", "false"):
        return parse()
    path = entry_path(data, with_citations)
    resolution = read_entry(path)
    if resolution is None:
        resolution = parse()
        write_entry(path, resolution)
    return resolution


def entry_path(data: bytes, with_citations: bool) -> Path:
    import hashlib

    digest = hashlib.blake2b(data, digest_size=20)
    digest.update(code_fingerprint().encode())
    digest.update(b"citations" if with_citations else b"paragraphs")
    return cache_home() / "parsed" / f"{digest.hexdigest()}.pickle"


@cache
def code_fingerprint() -> str:
    """What the parse depends on besides the document: mineres' modules and data files."""
    parts = [sys.version]
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in {".py", ".yaml"} and "__pycache__" not in path.parts:
            try:
                stat = path.stat()
            except OSError:
                continue
            parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def read_entry(path: Path) -> Resolution | None:
    try:
        with path.open("rb") as handle:
            resolution = pickle.load(handle)
    except Exception:  # a missing, truncated or foreign entry is only a miss
        return None
    return resolution if isinstance(resolution, Resolution) else None


def write_entry(path: Path, resolution: Resolution) -> None:
    """Write atomically, then keep the folder to MAX_ENTRIES, the oldest going first."""
    temporary = path.with_suffix(f".{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pickle.dumps(resolution, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        prune(path.parent)
    except (OSError, pickle.PicklingError, RecursionError):
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


def prune(directory: Path) -> None:
    entries = list(directory.glob("*.pickle"))
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
    for stale in entries[: len(entries) - MAX_ENTRIES]:
        stale.unlink(missing_ok=True)
