"""Text to clean text: one kind of line ending, no stray control or invisible characters.

Tabs and line breaks are kept: they carry the layout that `segment` reads.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ue000]")
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
PAGE_BREAK = re.compile("\f")


def normalise_text(text: str) -> str:
    """Unify line endings to LF, drop control and invisible characters, plain spaces only."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = PAGE_BREAK.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = INVISIBLE.sub("", text)
    text = CONTROL.sub("", text)
    return SPACES.sub(" ", text)


def collapse_whitespace(text: str) -> str:
    """One space between words, none at the ends: how paragraph text is stored."""
    return " ".join(text.split())
