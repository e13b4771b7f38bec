"""The XDG directories mineres reads and writes: configuration and cache."""

from __future__ import annotations

import os
from pathlib import Path


def config_home() -> Path:
    return xdg_dir("XDG_CONFIG_HOME", ".config") / "mineres"


def cache_home() -> Path:
    """Downloaded resolutions (`mineres fetch`), parsed data files and parsed documents."""
    return xdg_dir("XDG_CACHE_HOME", ".cache") / "mineres"


DATA_FOLDER = "data"  # parsed data files (store.datafiles)
INDEX_FOLDER = "index"  # what each library folder's files hold (library.scan_directory)
PARSED_FOLDER = "parsed"  # parsed documents (store.cache)
STORE_FOLDERS = frozenset({DATA_FOLDER, INDEX_FOLDER, PARSED_FOLDER})  # never resolutions


def parse_cache_enabled() -> bool:
    """MINERES_CACHE=off (or 0, no, false) turns the parse cache off. Read here, not in
    `store.cache`, so a run without the cache never imports it."""
    return os.environ.get("MINERES_CACHE", "").lower() not in ("0", "off", "no", "false")


def xdg_dir(variable: str, fallback: str) -> Path:
    """XDG says a relative value is invalid and must be ignored."""
    value = os.environ.get(variable, "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / fallback
