"""The library's folders in lookup order, and the files in them a lookup may read.

Only regular files are read from a folder: a FIFO, a device or a socket planted in a library
folder or in the cache would block a read forever, so they are passed over like hidden files.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from mineres.errors import MineresError

Origin = Literal["--library", "MINERES_LIBRARY", "config", "cache", "bundled"]

BUNDLED_DIR = Path(__file__).parent.parent / "data" / "documents"


def search_path(library_dirs: Sequence[str | os.PathLike[str]] = ()) -> list[tuple[Path, Origin]]:
    """The library directories in lookup order, each once; `--library` ones must exist."""
    from mineres.store.config import cache_home, load_config

    ordered: list[tuple[Path, Origin]] = []
    for given in library_dirs:
        path = Path(given).expanduser()
        if not path.is_dir():
            raise MineresError(f"{given}: no such library directory")
        ordered.append((path, "--library"))
    for item in os.environ.get("MINERES_LIBRARY", "").split(os.pathsep):
        if item.strip():
            ordered.append((Path(item.strip()).expanduser(), "MINERES_LIBRARY"))
    ordered.extend((path, "config") for path in load_config().library)
    ordered.append((cache_home(), "cache"))
    ordered.append((BUNDLED_DIR, "bundled"))
    seen: set[Path] = set()
    unique: list[tuple[Path, Origin]] = []
    for path, origin in ordered:
        key = path.resolve()
        if key not in seen and path.is_dir():
            seen.add(key)
            unique.append((path, origin))
    return unique


def regular_files(
    directory: Path,
    suffixes: frozenset[str],
    unreadable: list[tuple[Path, str]] | None = None,
    skipped: frozenset[str] = frozenset(),
) -> Iterator[tuple[Path, os.stat_result]]:
    """Each regular file under `directory` whose suffix is one of `suffixes`, with its `stat`,
    depth first in name order; hidden folders and files, FIFOs, devices and dangling links are
    passed over (and listed in `unreadable`, with the reason, when the caller gives a list),
    and so are the folders of `directory` itself named in `skipped`. A name is judged before
    anything is made of it: the cache holds hundreds of files no lookup reads."""
    import stat

    for root, folders, files in os.walk(directory):
        top = skipped if root == str(directory) else frozenset()
        folders[:] = sorted(f for f in folders if not f.startswith(".") and f not in top)
        for name in sorted(files):
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in suffixes:
                continue
            path = Path(root, name)
            try:
                info = path.stat()
            except OSError as error:
                if unreadable is not None:
                    unreadable.append((path, error.strerror or type(error).__name__))
                continue
            if stat.S_ISREG(info.st_mode):
                yield path, info
            elif unreadable is not None:
                unreadable.append((path, "not a regular file"))
