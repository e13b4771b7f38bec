"""The domain knowledge shipped in mineres/data/*.yaml, parsed once and remembered.

YAML is what people edit; parsing it costs tens of milliseconds, more than the rest of a
command. So the parsed form is kept as JSON in the user's cache directory, named by a hash of
the data file's bytes, and read back in well under a millisecond on later runs. An entry is a
header line (format and checksum) and the data's JSON; the checksum is of those very bytes, so
checking it costs a hash, not a second serialisation of the data. The data must be a mapping
like every data file: an entry that is damaged, hand-edited or of another shape is ignored and
written again from the YAML, so it can never break a command until the cache is cleared. When the cache cannot be written
(read-only home, CI), mineres just parses the YAML each time.

What code derives from data files (a lead grammar from its word lists) can be kept the same
way (`load_derived`): JSON only, keyed by the files' bytes and the deriving code's source, so
an edit to either makes a new entry rather than reading a stale one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from mineres.store.directories import DATA_FOLDER, cache_home

try:  # hashlib loads OpenSSL (about 2 ms) for a hash the interpreter has built in
    from _blake2 import blake2b as blake2b
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b as blake2b

DATA_DIRECTORY = Path(__file__).parent.parent / "data"
FORMAT = "mineres-data-3"  # 2: header line, then the data; checksum of its bytes. 3: UTF-8
MAX_CACHED_BYTES = 16 * 1024 * 1024


def cache_directory() -> Path:
    return cache_home() / DATA_FOLDER


@cache
def load_data_file(name: str) -> Any:
    source = DATA_DIRECTORY / name
    raw = source.read_bytes()
    cached = cache_directory() / f"{source.stem}-{entry_key(raw)}.json"
    data = read_cached(cached)
    if data is None:
        data = parse_yaml(raw)
        remember(cached, data)
    return data


def load_derived(
    name: str, sources: tuple[str, ...], code: Path, derive: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """What `derive` makes of the data files `sources`, kept in the cache like the files'
    own data: the entry is named by the bytes of the files and of `code` (the source file
    that derives it), and by the interpreter's version (whose Unicode tables the code may
    read), so it is never read once any changed. Without the source to key it by, the data
    is derived each time."""
    try:
        parts = [code.read_bytes(), *((DATA_DIRECTORY / source).read_bytes() for source in sources)]
    except OSError:
        return derive()
    parts.append(sys.version.encode())
    cached = (
        cache_directory()
        / f"{name}-{entry_key(b''.join(checksum(p).encode() for p in parts))}.json"
    )
    data = read_cached(cached)
    if data is None:
        data = derive()
        remember(cached, data)
    return data


def entry_key(raw: bytes) -> str:
    """The data file's bytes and the entry format, hashed: two versions of mineres sharing a
    cache (an upgrade, a second checkout) each keep their own entry instead of overwriting
    the other's, which made both parse the YAML again on every run."""
    return blake2b(FORMAT.encode() + b"\n" + raw, digest_size=12).hexdigest()


def checksum(body: bytes) -> str:
    return blake2b(body, digest_size=16).hexdigest()


def read_cached(path: Path) -> dict[str, Any] | None:
    """The cached data, or None when it is missing, damaged or not what this mineres wrote."""
    from mineres.store.files import read_regular_file

    try:
        raw = read_regular_file(path, MAX_CACHED_BYTES)
        if len(raw) > MAX_CACHED_BYTES:
            return None
        header_line, _, body = raw.partition(b"\n")
        header = json.loads(header_line)
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            return None
        if header.get("checksum") != checksum(body):
            return None
        data = json.loads(body)
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def parse_yaml(raw: bytes) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(raw, Loader=loader)


def remember(path: Path, data: Any) -> None:
    """Write the JSON form atomically; a cache that cannot be written is no error."""
    from mineres.store.files import PRIVATE_FILE, private_directory, write_atomically

    try:
        # Other scripts as UTF-8, not \u escapes: half the bytes for json to decode on every
        # read of the six languages' data. JSON escapes line breaks: the body has none.
        body = json.dumps(data, default=str, ensure_ascii=False).encode("utf-8")
        header = json.dumps({"format": FORMAT, "checksum": checksum(body)}).encode("utf-8")
        private_directory(path.parent)
        write_atomically(path, header + b"\n" + body, permissions=PRIVATE_FILE)
    except (OSError, TypeError, ValueError):
        pass
