"""Text to clean text: one kind of line ending, no stray control or invisible characters.

Tabs and line breaks are kept: they carry the layout that `segment` reads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ue000"
CONTROL = "\x00-\x08\x0b\x0e-\x1f\x7f-\x9f"
SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
# the three kinds in one class: the text is scanned once, not three times; a match is
# dropped, or made a plain space when it is a space. Compiled for the first text holding one
# (~0.3 ms): most texts hold none, which a printability check tells without it.
STRAY = f"[{INVISIBLE}{CONTROL}{SPACES}]"
# the spaces among them, as characters: told by a set lookup, not a pattern compiled (~0.15 ms)
# by every process that reads a text, most of which hold none of them
ODD_SPACES = frozenset("\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))))


def normalise_text(text: str) -> str:
    """Unify line endings to LF, drop control and invisible characters, plain spaces only."""
    return normalised(text)[0]


def normalised(text: str) -> tuple[str, bool]:
    """The text normalised (normalise_text), and whether every character of it but line
    breaks and tabs is printable: asked of the whole text anyway, it holds for every block
    `segment` cuts from it (lines stripped, joined by spaces or nothing), which `classify`
    then need not ask again (collapse_printable_whitespace). After stray characters are taken
    out it is not known (an unprintable format character such as U+200E is no stray one)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        text = text.replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    if is_printable_but_breaks(text):
        return text, True  # no stray character (each is unprintable): 2x faster than by STRAY
    return stray_characters().sub(tidy_stray, text), False


PRINTABLE_CHUNK = 1 << 16


def is_printable_but_breaks(text: str) -> bool:
    """Whether every character of `text` but line breaks and tabs is printable. Asked of a
    chunk at a time, breaks and tabs made spaces: the copies stay small for a 10 MB text (a
    text of one chunk, as almost every resolution, is not copied before them)."""
    return all(
        text[start : start + PRINTABLE_CHUNK].replace("\n", " ").replace("\t", " ").isprintable()
        for start in range(0, len(text), PRINTABLE_CHUNK)
    )


@cache
def stray_characters() -> re.Pattern[str]:
    return re.compile(STRAY)


def tidy_stray(match: re.Match[str]) -> str:
    return " " if match[0] in ODD_SPACES else ""


def collapse_whitespace(text: str) -> str:
    """One space between words, none at the ends: how paragraph text is stored.

    Most blocks need at most their tabs made spaces: a printable text (no whitespace but the
    space is printable) has its runs of spaces halved until none is left, then is stripped,
    without splitting it into words and joining them again. A printable text has no tab to
    look for: asked first, one scan of the text less."""
    if not text.isprintable():
        if "\t" in text:
            text = text.replace("\t", " ")
        if not text.isprintable():
            return " ".join(text.split())
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip()


def collapse_printable_whitespace(text: str) -> str:
    """collapse_whitespace of a text whose only unprintable characters may be tabs and line
    breaks (a block of a text `normalised` found printable), without asking printability:
    the space is then its only other whitespace character, so the tabs and breaks made spaces
    and the runs of spaces halved is splitting and joining it."""
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\n" in text:
        text = text.replace("\n", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip()
