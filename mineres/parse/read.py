"""Bytes to text: the first stage of the pipeline.

Resolutions arrive as UTF-8 (with or without a byte-order mark), UTF-16 from Windows tools,
or Windows-1252 from older exports. Anything else — binary files, empty files — is refused
here with a message a user can act on.
"""

from __future__ import annotations

import codecs
import re
import stat
import sys
from functools import cache
from pathlib import Path

from mineres.errors import MineresError

MAX_INPUT_BYTES = 20 * 1024 * 1024
"""The largest UN resolution is well under 2 MB of text; 20 MB leaves room for PDFs."""


def read_input(path: str) -> bytes:
    """The raw bytes of a file, or of standard input for "-", refusing what cannot be a resolution."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "standard input"
    else:
        file = Path(path)
        try:
            info = file.stat()
        except FileNotFoundError:
            raise MineresError(f"{path}: no such file") from None
        except OSError as error:  # a name too long, a loop of links, a folder not searchable
            raise MineresError(f"{path}: cannot read ({error.strerror or error})") from None
        if stat.S_ISDIR(info.st_mode):
            raise MineresError(f"{path}: is a directory, not a resolution file")
        try:
            size = info.st_size
            if size > MAX_INPUT_BYTES:
                raise MineresError(
                    f"{path}: {size / 1_048_576:.0f} MB is too large for a resolution "
                    f"(limit {MAX_INPUT_BYTES // 1_048_576} MB)"
                )
            with file.open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except PermissionError:
            raise MineresError(f"{path}: permission denied") from None
        except IsADirectoryError:
            raise MineresError(f"{path}: is a directory, not a resolution file") from None
        except OSError as error:
            raise MineresError(f"{path}: cannot read ({error.strerror or error})") from None
        name = path
    if len(data) > MAX_INPUT_BYTES:
        raise MineresError(f"{name}: too large for a resolution (limit 20 MB)")
    return data


def decode_bytes(data: bytes, *, source: str = "<input>") -> str:
    """Decode by byte-order mark, then UTF-8, UTF-16 without BOM, then Windows-1252."""
    if is_blank(data):
        raise MineresError(f"{source}: empty file")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return refuse_binary(data.decode(encoding), source)
            except UnicodeDecodeError:
                raise MineresError(f"{source}: cannot decode as {encoding.upper()}") from None
    utf16 = guess_utf16_without_bom(data)
    if utf16:
        try:
            return refuse_binary(data.decode(utf16), source)
        except UnicodeDecodeError:
            pass
    head = data[:8192]
    if 0 in head and head.count(0) > 8:  # a fast scan for one NUL, before they are counted
        raise MineresError(f"{source}: binary file, not a resolution text")
    try:
        return refuse_binary(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    try:
        return refuse_binary(data.decode("cp1252"), source)
    except UnicodeDecodeError:
        raise MineresError(
            f"{source}: cannot decode: not UTF-8, UTF-16 or Windows-1252 text"
        ) from None


BLANK_BYTES = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


def is_blank(data: bytes) -> bool:
    """Only spaces, line breaks, NULs and byte-order marks. The head decides for almost every
    file, without copying the whole of it (as stripping it would)."""
    return not data[:64].strip(BLANK_BYTES) and not data.strip(BLANK_BYTES)


def guess_utf16_without_bom(data: bytes) -> str | None:
    """Text in UTF-16 without a BOM has a NUL in every other byte of its ASCII characters.

    A sample without any NUL (almost every text), told by one fast scan, is not: its halves
    are then not copied to count them."""
    sample = data[:4096]
    if len(sample) < 4 or 0 not in sample:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


@cache
def control_characters() -> re.Pattern[str]:
    """Compiled when a text first has a character to count: a command whose document is in
    the parse cache imports this module and reads no text."""
    return re.compile("[\x00-\x08\x0e-\x1f]")


def refuse_binary(text: str, source: str) -> str:
    """Text with many control characters is a binary file decoded by accident."""
    sample = text[:8192]
    # made spaces, not taken out: a copy of the same length is made faster
    if sample.replace("\n", " ").replace("\t", " ").replace("\r", " ").isprintable():
        return text  # no control character at all (each is unprintable), as most texts
    control = len(control_characters().findall(sample))
    if control > max(8, len(sample) // 100):
        raise MineresError(f"{source}: binary file, not a resolution text")
    return text
