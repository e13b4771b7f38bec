"""The domain knowledge shipped in mineres/data/*.yaml, parsed once and remembered.

YAML is what people edit; parsing it costs tens of milliseconds, more than the rest of a
command. So the parsed form is kept as JSON in the user's cache directory, named by a hash of
the data file's bytes, and read back in well under a millisecond on later runs. An entry
carries a checksum of its own data and must be a mapping like every data file: one that is
damaged, hand-edited or of another shape is ignored and written again from the YAML, so it can
never break a command until the cache is cleared. When the cache cannot be written
(read-only home, CI), mineres just parses the YAML each time.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from mineres.store.directories import cache_home

try:  # hashlib loads OpenSSL (about 2 ms) for a hash the interpreter has built in
    from _blake2 import blake2b as blake2b
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b as blake2b

DATA_DIRECTORY = Path(__file__).parent.parent / "data"
FORMAT = "mineres-data-1"
MAX_CACHED_BYTES = 16 * 1024 * 1024


def cache_directory() -> Path:
    return cache_home() / "data"


@cache
def load_data_file(name: str) -> Any:
    source = DATA_DIRECTORY / name
    raw = source.read_bytes()
    cached = cache_directory() / f"{source.stem}-{blake2b(raw, digest_size=12).hexdigest()}.json"
    data = read_cached(cached)
    if data is None:
        data = parse_yaml(raw)
        remember(cached, data)
    return data


def checksum(data: Any) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return blake2b(canonical.encode("utf-8"), digest_size=16).hexdigest()


def read_cached(path: Path) -> dict[str, Any] | None:
    """The cached data, or None when it is missing, damaged or not what this mineres wrote."""
    from mineres.store.files import read_regular_file

    try:
        raw = read_regular_file(path, MAX_CACHED_BYTES)
        entry = json.loads(raw) if len(raw) <= MAX_CACHED_BYTES else None
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(entry, dict) or entry.get("format") != FORMAT:
        return None
    data = entry.get("data")
    if not isinstance(data, dict) or entry.get("checksum") != checksum(data):
        return None
    return data


def parse_yaml(raw: bytes) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(raw, Loader=loader)


def remember(path: Path, data: Any) -> None:
    """Write the JSON form atomically; a cache that cannot be written is no error."""
    from mineres.store.files import PRIVATE_FILE, private_directory, write_atomically

    try:
        entry = {"format": FORMAT, "checksum": checksum(data), "data": data}
        private_directory(path.parent)
        write_atomically(path, json.dumps(entry, default=str), permissions=PRIVATE_FILE)
    except (OSError, TypeError, ValueError):
        pass
