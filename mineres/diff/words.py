"""What counts as a word and when two words are the same: typography, Chinese and Japanese
written without spaces, the keys that alignment and word edits compare, and the runs of words
two texts share (difflib's matching blocks, found faster)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mineres.diff.model import EditOp

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
    if text.isascii():  # a flag of the string: every variant above is outside ASCII
        return text
    for variant, plain in TYPOGRAPHY:
        if variant in text:
            text = text.replace(variant, plain)
    if not text.isascii() and max(text) >= "\u0600":  # none left, or some: no scan
        text = text.translate(ARABIC_PLAIN)
    return text


def single_spaced(text: str) -> str:
    """`text` with each run of white space one space, and none at its ends. Most paragraphs
    are written so: an ASCII text with no white space but single spaces between its words (no
    tab or line break: it is printable) is kept as it is, not split into words and joined."""
    if (
        text.isascii()
        and text.isprintable()
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
    ):
        return text
    return " ".join(text.split())


EDGE_PUNCTUATION = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum()) + "…–—"
ALIGNMENT_WORD = r"\w(?:[\w/'.-]*\w)?"  # a word may hold these four inside: "74/80", "u.n."
WORD_INNER = "/'.-"
WIDE_BREAKS = ("\u2013", "\u2014", "\u2212", "\u00b0")  # dashes, minus, degree: ASCII text else
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


@cache
def word_pattern() -> re.Pattern[str]:
    """ALIGNMENT_WORD compiled on first need: a diff of ASCII paragraphs never needs it."""
    return re.compile(ALIGNMENT_WORD)


@cache
def ascii_breaks() -> dict[int, str]:
    """Every ASCII character a word cannot hold (anything but letters, digits, "_" and
    WORD_INNER) made a space."""
    breaks = [c for c in map(chr, range(128)) if not (c.isalnum() or c in "_" + WORD_INNER)]
    return str.maketrans(dict.fromkeys(breaks, " "))


def alignment_words(folded: str) -> tuple[str, ...]:
    """The words alignment compares: ALIGNMENT_WORD's matches. In ASCII text (most English
    paragraphs, once their typography is plain) each piece left between characters a word
    cannot hold is one word, less the WORD_INNER characters at its ends: the same words, cut
    by three string methods in C, in 60% of the regular-expression engine's time. The dashes
    and signs of WIDE_BREAKS, which no word holds, are spaces first: "2019–2023" is read so."""
    if not folded.isascii():
        for mark in WIDE_BREAKS:
            if mark in folded:
                folded = folded.replace(mark, " ")
    if folded.isascii():
        pieces = folded.translate(ascii_breaks()).split()
        return tuple(filter(None, map(str.strip, pieces, repeat(WORD_INNER))))
    words = cjk_pattern("alignment word") if has_cjk(folded) else word_pattern()
    return tuple(words.findall(folded))


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


# difflib's SequenceMatcher(None, a, b, autojunk=False), the three results the diff reads. Its
# longest block is looked for by a table of word positions, walked word by word in Python;
# here each distinct word is made one character, and a block is found by `str.find`, in C.
# The blocks are the same (tests/test_diff_matching.py checks them against difflib's). Each
# start in a costs a search of b, so two long texts (an annex, a text written to hurt) are left
# to difflib: past 200 words against 200 it is the faster, and at 20,000 edited words this way
# took 138 s against difflib's 6 s.
Block = tuple[int, int, int]  # a[i:i+size] == b[j:j+size], as (i, j, size)
MOST_DISTINCT_WORDS = sys.maxunicode + 1  # one character each
MOST_WORD_PAIRS = 200 * 200


def matching_blocks(a: Sequence[str], b: Sequence[str]) -> list[Block]:
    """`get_matching_blocks()`: difflib's recursion, which takes the longest block, then the
    longest on each side of it; sorted, adjacent blocks joined, and (len(a), len(b), 0) last."""
    distinct = dict.fromkeys([*a, *b])
    if len(distinct) > MOST_DISTINCT_WORDS or len(a) * len(b) > MOST_WORD_PAIRS:
        from difflib import SequenceMatcher

        matcher = SequenceMatcher(None, a, b, autojunk=False)
        return [(i, j, size) for i, j, size in matcher.get_matching_blocks()]
    codes = dict(zip(distinct, map(chr, range(len(distinct))), strict=True))
    first, second = "".join(map(codes.__getitem__, a)), "".join(map(codes.__getitem__, b))
    found: list[Block] = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        i, j, size = longest_block(first, second, alo, ahi, blo, bhi)
        if size:
            found.append((i, j, size))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                queue.append((i + size, ahi, j + size, bhi))
    found.sort()
    blocks: list[Block] = []
    for i, j, size in found:
        if blocks:
            last_i, last_j, last_size = blocks[-1]
            if last_i + last_size == i and last_j + last_size == j:  # adjacent: one block
                blocks[-1] = (last_i, last_j, last_size + size)
                continue
        blocks.append((i, j, size))
    blocks.append((len(a), len(b), 0))
    return blocks


def longest_block(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int) -> Block:
    """`find_longest_match(alo, ahi, blo, bhi)`: the longest block of a[alo:ahi] in b[blo:bhi],
    of those the one starting first in a, then first in b; (alo, blo, 0) when none. Each start
    in a is tried only for a block longer than the best so far. A block found is grown where
    it stands while both sides go on alike; only where they part is the longer block looked
    for further on in b (its first place is never before this one)."""
    best_i, best_j, best = alo, blo, 0
    for i in range(alo, ahi):
        if i + best >= ahi:
            break
        j = b.find(a[i : i + best + 1], blo, bhi)
        if j < 0:
            continue
        size = best + 1
        while True:
            size += common_length(a, b, i + size, j + size, min(ahi - i, bhi - j) - size)
            if i + size >= ahi:
                break
            later = b.find(a[i : i + size + 1], j + 1, bhi)
            if later < 0:
                break
            j, size = later, size + 1
        best_i, best_j, best = i, j, size
    return best_i, best_j, best


def common_length(a: str, b: str, i: int, j: int, limit: int) -> int:
    """How many characters a[i:] and b[j:] have alike, at most `limit`: a length doubled while
    the two agree, then halved down to where they part. A few comparisons in C, where a block
    of forty words took forty searches."""
    alike, differ = 0, 1  # a[i:i+alike] == b[j:j+alike]; a[i:i+differ] != b[j:j+differ]
    while differ <= limit and a[i : i + differ] == b[j : j + differ]:
        alike, differ = differ, differ * 2
    differ = min(differ, limit + 1)
    while differ - alike > 1:
        middle = (alike + differ) // 2
        if a[i : i + middle] == b[j : j + middle]:
            alike = middle
        else:
            differ = middle
    return alike


def sequence_ratio(a: Sequence[str], b: Sequence[str]) -> float:
    """`ratio()`: twice the words in matching blocks over the words of both."""
    matches = sum(size for _, _, size in matching_blocks(a, b))
    length = len(a) + len(b)
    return 2.0 * matches / length if length else 1.0


def sequence_opcodes(a: Sequence[str], b: Sequence[str]) -> list[tuple[EditOp, int, int, int, int]]:
    """`get_opcodes()`: how to turn a into b, run by run, from the matching blocks."""
    opcodes: list[tuple[EditOp, int, int, int, int]] = []
    i = j = 0
    for block_i, block_j, size in matching_blocks(a, b):
        if i < block_i and j < block_j:
            opcodes.append(("replace", i, block_i, j, block_j))
        elif i < block_i:
            opcodes.append(("delete", i, block_i, j, block_j))
        elif j < block_j:
            opcodes.append(("insert", i, block_i, j, block_j))
        i, j = block_i + size, block_j + size
        if size:
            opcodes.append(("equal", block_i, i, block_j, j))
    return opcodes
