"""The domain knowledge shipped in mineres/data/*.yaml, parsed once and remembered.

YAML is what people edit; parsing it costs tens of milliseconds, more than the rest of a
command. So the parsed form is kept as JSON in the user's cache directory, keyed by the data
file's size and time, and read back in well under a millisecond on later runs. When the
cache cannot be written (read-only home, CI), mineres just parses the YAML each time.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from mineres.store.directories import cache_home

DATA_DIRECTORY = Path(__file__).parent.parent / "data"


def cache_directory() -> Path:
    return cache_home() / "data"


@cache
def load_data_file(name: str) -> Any:
    source = DATA_DIRECTORY / name
    stat = source.stat()
    cached = cache_directory() / f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    data = parse_yaml(source)
    remember(cached, data)
    return data


def parse_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def remember(path: Path, data: Any) -> None:
    """Write the JSON form atomically; a cache that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.part")
        temporary.write_text(json.dumps(data, default=str), encoding="utf-8")
        os.replace(temporary, path)
    except (OSError, TypeError, ValueError):
        pass
