"""What counts as a word and when two words are the same: typography, Chinese and Japanese
written without spaces, and the keys that alignment and word edits compare."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

TYPOGRAPHY = (
    ("\u2010", "-"),
    ("\u2011", "-"),
    ("\u2012", "-"),
    ("\u00ad", ""),
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
)


# Arabic written with or without its optional marks is the same text: the tatweel that only
# stretches a line, the short-vowel and shadda marks ("تسلم", "تسلّم"), direction marks, and
# Arabic-Indic digits as the digits they are. One table does both, in one pass over the text.
ARABIC_OPTIONAL = "\u0640\u0670\u200e\u200f\u061c" + "".join(
    chr(code)
    for first, last in ((0x064B, 0x065F), (0x06D6, 0x06ED))
    for code in range(first, last + 1)
)
ARABIC_PLAIN = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
    "01234567890123456789",
    ARABIC_OPTIONAL,
)


def plain_typography(text: str) -> str:
    """Text as compared, never as printed: hyphen and quote variants as their plain forms, soft
    hyphens gone, Arabic without its optional marks (most texts have none of these, and
    testing for each is much faster than translating every text)."""
    for variant, plain in TYPOGRAPHY:
        if variant in text:
            text = text.replace(variant, plain)
    if not text.isascii() and max(text) >= "\u0600":  # isascii: no scan
        text = text.translate(ARABIC_PLAIN)
    return text


EDGE_PUNCTUATION = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum()) + "…–—"
ALIGNMENT_WORD = re.compile(r"\w(?:[\w/'.-]*\w)?")
CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
CJK_PATTERNS = {
    "character": f"[{CJK}]",
    "word": f"[{CJK}]|[^\\s{CJK}]+",  # a CJK character, or a run of anything else
    "alignment word": f"[{CJK}]|[^\\W{CJK}](?:(?:[^\\W{CJK}]|[/'.-])*[^\\W{CJK}])?",
    "space beside": f"(?<=[{CJK}]) | (?=[{CJK}])",
}


@cache
def cjk_pattern(name: str) -> re.Pattern[str]:
    """Patterns for Chinese and Japanese, compiled on first need: their wide character ranges
    take milliseconds to compile, which English text should not pay at start-up."""
    return re.compile(CJK_PATTERNS[name])


def has_cjk(text: str) -> bool:
    return (
        not text.isascii()  # a flag of the string: no scan
        and max(text) >= "\u3000"
        and bool(cjk_pattern("character").search(text))
    )


def words_of(text: str) -> list[str]:
    """Words as edits count them; in Chinese and Japanese, written without spaces between
    words, each character is one."""
    if not has_cjk(text):
        return text.split()
    return cjk_pattern("word").findall(text)


def joined(words: Iterable[str]) -> str:
    """Words back into text: a space between two, unless either side of it is CJK."""
    text = " ".join(words)
    if not has_cjk(text):
        return text
    return cjk_pattern("space beside").sub("", text)


def edit_key(word: str) -> str:
    """A word as compared for edits: typography (hyphen and quote variants) does not count."""
    return plain_typography(word)


def edit_keys(words: Sequence[str]) -> list[str]:
    keys = plain_typography(" ".join(words)).split()
    return keys if len(keys) == len(words) else [edit_key(word) for word in words]


# Scripts that tell a language apart by themselves, for documents whose metadata does not say.
# (language, first and last letter of its script)
SCRIPT_LANGUAGES = (
    ("zh", "\u4e00", "\u9fff"),
    ("ar", "\u0600", "\u06ff"),
    ("ru", "\u0400", "\u04ff"),
)


@cache
def script_letters(first: str, last: str) -> re.Pattern[str]:
    """A script's letters, compiled on first need: the Chinese range alone takes a millisecond,
    which a diff of two texts with no character that high should not pay."""
    return re.compile(f"[{first}-{last}]")


def written_language(text: str, declared: str) -> str:
    """The language `text` is written in when its script says so (Chinese, Arabic, Russian:
    a text layout may not name its language), else the `declared` one."""
    highest = max(text, default="")
    for language, first, last in SCRIPT_LANGUAGES:
        if highest < first:  # no letter of that script in the text
            continue
        if len(script_letters(first, last).findall(text)) * 2 > len(text.replace(" ", "")):
            return language
    return declared


def language_tables(
    kind: str,
    languages: tuple[str, ...],
    source: str,
    code: Path,
    derive: Callable[[tuple[str, ...]], dict[str, Any]],
) -> dict[str, Any]:
    """What `derive` makes of the data file `source` for `languages`, kept in the data cache
    as one small entry per set of languages (a diff reads one or two languages of six);
    derived each time for a language code no file should be named by."""
    from mineres.store.datafiles import load_derived

    name = "-".join((kind, *languages))
    if not (name.isascii() and name.replace("-", "").isalnum()):
        return derive(languages)
    return load_derived(name, (source,), code, lambda: derive(languages))
