"""Resolution symbols as users type them and as undocs.org writes them.

Numbers in a symbol are at most nine digits: a file whose header holds a 5,000-digit "number"
is simply not a symbol (Python refuses to convert such a string to an int, and one such file
must not break every lookup in the library).
"""

from __future__ import annotations

import re
from functools import cache

GA_SYMBOL = (
    r"(?:A\s*/\s*RES\s*/\s*)?(?P<session>(?:ES|S)-\d{1,9}|\d{1,9})\s*/\s*(?P<number>\d{1,9})"
    r"(?:\s*(?P<part>[A-H]))?"
)
GA_OLD_SYMBOL = (  # before 1976: "A/RES/1514 (XV)", "2625(XXV)"
    r"(?:A\s*/\s*RES\s*/\s*)?(?P<number>\d{1,9})\s*\(\s*(?P<session>(?:ES-|S-)?[IVXL]+)\s*\)"
)
SC_SYMBOL = r"S\s*/\s*RES\s*/\s*(?P<number>\d{1,9})\s*(?:\(\s*(?P<year>\d{4})\s*\))?"
FILE_STEM = r"[AaSs]_RES_[\w-]+(?:_\d{4})?"


@cache
def pattern(source: str) -> re.Pattern[str]:
    """One of the symbol patterns above, compiled on first need (~0.8 ms for all four): a
    symbol typed as undocs.org writes it, as most are, needs none of them."""
    return re.compile(source, re.IGNORECASE)


def is_written_as_undocs(text: str) -> bool:
    """ "A/RES/76/74": a General Assembly symbol exactly as `normalise_symbol` would write it
    (ASCII digits, no leading zero, at most nine of them), which it therefore returns as is."""
    prefix, _, numbers = text.partition("A/RES/")
    session, _, number = numbers.partition("/")
    return not prefix and all(
        len(part) <= 9 and part.isascii() and part.isdigit() and part[0] != "0"
        for part in (session, number)
    )


def normalise_symbol(text: str) -> str | None:
    """The symbol as undocs.org writes it ("A/RES/76/74", "S/RES/2365 (2017)"), or None.

    Accepts what users type and what file names hold: "76/74", "a/res/76/74", "A_RES_76_74",
    "76/74.", "S/RES/2365(2017)", "S/RES/2365".
    """
    cleaned = text.strip().rstrip(".")
    if is_written_as_undocs(cleaned):
        return cleaned
    if re.fullmatch(FILE_STEM, cleaned):
        cleaned = cleaned.replace("_", "/")
        cleaned = re.sub(r"/(\d{4})$", r" (\1)", cleaned) if cleaned[:1] in "Ss" else cleaned
    council = pattern(SC_SYMBOL).fullmatch(cleaned)
    if council:
        year = council["year"]
        return f"S/RES/{int(council['number'])}" + (f" ({year})" if year else "")
    old = pattern(GA_OLD_SYMBOL).fullmatch(cleaned)
    if old:
        return f"A/RES/{int(old['number'])} ({old['session'].upper()})"
    assembly = pattern(GA_SYMBOL).fullmatch(cleaned)
    if assembly:
        part = f" {assembly['part'].upper()}" if assembly["part"] else ""
        session = assembly["session"].upper()
        session = session if "-" in session else str(int(session))
        return f"A/RES/{session}/{int(assembly['number'])}{part}"
    return None


def symbol_sort_key(symbol: str) -> tuple[int, int, str, int, str]:
    """Assembly before Council, then by session and number as numbers: 74/9 before 74/80."""
    council = pattern(SC_SYMBOL).fullmatch(symbol)
    if council:
        return (1, 0, "", int(council["number"]), symbol)
    assembly = pattern(GA_SYMBOL).fullmatch(symbol)
    if assembly is None:
        return (2, 0, "", 0, symbol)
    session = assembly["session"]
    digits = int(session.rpartition("-")[2])
    return (0, digits, session if "-" in session else "", int(assembly["number"]), symbol)


def symbols_match(wanted: str, found: str) -> bool:
    """A Security Council symbol typed without its year matches the one with it."""
    if wanted == found:
        return True
    return wanted.startswith("S/RES/") and "(" not in wanted and found.split(" (")[0] == wanted
