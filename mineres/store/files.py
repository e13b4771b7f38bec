"""Reading and writing files safely: the one atomic write, private folders, regular files only.

Every file mineres writes (a cache entry, a parsed data file, a download, a library index, an
`export -o`) goes through `write_atomically`, so an interrupted or failed write (Ctrl-C, a full
disk, a file-size limit) leaves either the old file or the new one, and never a `.part` file.
Every file mineres reads from a folder it walks goes through `read_regular_file`, so a FIFO or
a device planted in a library or the cache cannot hang a command.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


class NotRegularFile(OSError):
    """The path is a FIFO, a device, a socket or a folder: nothing mineres reads from a walk."""


def write_atomically(
    path: str | os.PathLike[str],
    data: bytes | str,
    *,
    permissions: int | None = None,
    durable: bool = False,
) -> None:
    """Write `data` beside `path`, then rename it over `path`: all of the file or none of it.

    `permissions` None keeps an existing file's mode (or the umask's for a new file);
    PRIVATE_FILE for the cache. `durable` flushes to disk before the rename, for downloads
    the user waited for; a cache entry does not need it. Raises OSError with no file left
    behind when the write fails, whatever the reason (including KeyboardInterrupt).
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    mode = permissions if permissions is not None else default_permissions(target)
    import tempfile  # here: every command reads data files, few write one (saves ~1 ms)

    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def default_permissions(target: Path) -> int:
    """An existing regular file's mode, or what the umask gives a new file."""
    try:
        existing = os.stat(target).st_mode
        if stat.S_ISREG(existing):
            return stat.S_IMODE(existing)
    except OSError:
        pass
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def private_directory(path: Path) -> Path:
    """Create `path` and any missing parents as 0700 folders (whatever the umask), and
    tighten `path` itself if it is ours and group- or world-writable."""
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_FOLDER)
        os.chmod(folder, PRIVATE_FOLDER)  # mkdir's mode is masked by the umask, never widened
    info = path.stat()
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(f"{path}: not a folder")
    if info.st_uid == os.getuid() and info.st_mode & 0o022:
        os.chmod(path, stat.S_IMODE(info.st_mode) & ~0o022)
    return path


def read_regular_file(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of a regular file (a link to one is fine), at most `limit` + 1 of them.

    Opening with O_NONBLOCK means a FIFO with no writer does not block the open; it is then
    refused by its type, as are devices and sockets, with NotRegularFile (an OSError).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"{os.fspath(path)}: not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return handle.read() if limit is None else handle.read(limit + 1)
    finally:
        os.close(descriptor)


def is_regular_file(path: Path) -> bool:
    """True for a regular file or a link to one; False for FIFOs, devices, folders, dangling
    links and anything that cannot be looked at."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False
