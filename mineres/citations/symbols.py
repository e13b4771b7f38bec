"""Document and resolution symbols written out ("A/58/260/Add.1", "S/RES/1373(2001)"), typed
and linked to undocs.org in the document's language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from mineres.citations.dates import date_after
from mineres.citations.mentions import Found
from mineres.citations.rules import (
    COMPILED,
    RANGE_DASHES,
    Body,
    SymbolRules,
    compiled_once,
    symbol_rules,
)
from mineres.models import CitationKind

UNDOCS_URL = "https://undocs.org/en/"
UNDOCS_LANGUAGES = frozenset({"ar", "zh", "en", "fr", "ru", "es"})


# A symbol starts a word with a capital letter and has at least one slash:
# "A/58/260/Add.1", "E/CN.4/RES/2003/49", "CCW/AP.II/CONF.4/3", "A/56/1026-S/2002/932".
# No lookbehind: what may not stand before a symbol is checked on the few matches
# (`starts_a_word`). The text is not scanned with it (it would stop at every capital letter):
# `symbol_matches` finds each slash and tries it only at the capital that opens the run of
# series characters before the slash (SYMBOL_HEAD). Both compiled by `symbol_patterns`.
SYMBOL = r"[A-Z][A-Za-z.\-\u2011]*(?:/[A-Za-z0-9.\-\u2011]+(?:\(\d{1,3}\))?)+"
SYMBOL_HEAD = r"[A-Z][A-Za-z.\-\u2011]*/"
NON_BREAKING_HYPHEN = "\u2011"
SERIES_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-\u2011")
HEAD_WINDOW = 48  # characters before a slash searched for the capital that opens its run
GLUED_BEFORE = frozenset("_/.-\u2011@")


# compiled once a text needs it (compiled_once): its second character is a slash
SPACED_ISSUANCE = r"[ \u00a0]/(?:Add|Corr|Rev)\.\d{1,3}(?:/(?:Add|Corr|Rev)\.\d{1,3})*(?![\w/])"


# The patterns below are compiled once a text needs them (compiled_once): most never do.
JOINT_SYMBOL_SPLIT = r"[-\u2011](?=[A-Z][A-Za-z.]*/)"


SYMBOL_TAIL = r"(?:/[A-Za-z0-9.\-]+)+"


YEAR_OR_SESSION = r"[ \u00a0]?\((?P<paren>\d{4}|[IVXLC]{1,8}|E?S-[IVXL]{1,6})\)"


# where an issuance's word starts: ", Add", " and Add", ", and Add"
ISSUANCE_WORD_OFFSETS = (2, 5, 6)
ISSUANCE_OPENERS = (",", " ", "\u00a0")  # what an issuance after a symbol opens with


RANGE_IN_SYMBOL = r"[-\u2011]\d{1,4}$"  # compiled once a symbol holds a dash (compiled_once)
RANGE_END = r"[ \u00a0]?[-–\u2011][ \u00a0]?(?P<last>\d{1,4})(?![\w/])"
DIGIT = re.compile(r"\d")


# The three below are compiled once a symbol needs them (compiled_once): after a check on a
# character most symbols lack, most documents never do.
RESOLUTION_PART = r"(?i)/RES(?:/|\.|$)"


DECISION_PART = r"(?i)/DEC(?:/|$)"


ROMAN_SERIES = r"(?:SS\.)?[IVXLC]+|EX"
ROMAN_SERIES_OPENERS = frozenset("SIVXLCE")  # what a match of ROMAN_SERIES may open with


def find_header_symbol(symbol: str) -> list[Found]:
    """A metadata symbol as a document citation, even when it is not written like one."""
    found = find_symbols(symbol)
    if found:
        return found
    return [document_found(symbol.strip(), 0, len(symbol.strip()), symbol.strip())]


def find_symbols(text: str) -> list[Found]:
    """Document and resolution symbols written out: "A/58/260", "S/RES/1373(2001)"."""
    rules = symbol_rules()
    found: list[Found] = []
    for match in symbol_matches(text):
        if not starts_a_word(text, match.start()):
            continue
        start, raw = match.start(), record_range_head(match.group().rstrip(".-\u2011"), rules)
        end = start + len(raw)
        pieces = split_joint_symbol(raw)
        if not all(is_symbol(piece, rules) for piece, _ in pieces):
            continue
        for index, (piece, offset) in enumerate(pieces):
            piece_start = start + offset
            if index < len(pieces) - 1:
                found.append(symbol_found(piece, piece_start, piece_start + len(piece), text))
                continue
            symbol, piece_end = extend_symbol(text, piece, end)
            found.append(symbol_found(symbol, piece_start, piece_end, text))
            found.extend(records_in_range(text, symbol, piece_start, piece_end, rules))
            found.extend(find_issuances(text, symbol, piece_end, rules))
    return found


def symbol_matches(text: str) -> Iterator[re.Match[str]]:
    """What SYMBOL.finditer(text) finds, found from the slashes: a match holds a slash, and
    between its start and its first slash stand only series characters. So the first match
    from `position` opens at the first capital of the run of series characters before the
    first slash from there (a run that starts before `position` is searched from there), and
    none opens before a slash that does not follow a series character."""
    symbol, symbol_head = symbol_patterns(NON_BREAKING_HYPHEN in text)
    position = 0
    while (slash := text.find("/", position)) != -1:
        if slash == position or text[slash - 1] not in SERIES_CHARACTERS:
            position = slash + 1  # no head ends here ("70/1", most slashes): none to search
            continue
        window = max(position, slash - HEAD_WINDOW)
        if window > position and text[window - 1] in SERIES_CHARACTERS:
            window = position  # a run longer than the window: search it all
        head = symbol_head.search(text, window, slash + 1)
        match = symbol.match(text, head.start()) if head else None
        if match is None:  # nothing opens before this slash that goes on after it
            position = slash + 1
            continue
        yield match
        position = match.end()


@cache
def symbol_patterns(with_hyphen: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """SYMBOL and SYMBOL_HEAD, compiled once a text needs them: for a text without a
    non-breaking hyphen (most), without it, as they match the same there. A class holding a
    character past Latin-1 among three or more ranges costs ~0.15 ms more to compile."""
    if with_hyphen:
        return re.compile(SYMBOL), re.compile(SYMBOL_HEAD)
    return re.compile(without_hyphen(SYMBOL)), re.compile(without_hyphen(SYMBOL_HEAD))


def without_hyphen(pattern: str) -> str:
    return pattern.replace(r"\u2011", "")


def starts_a_word(text: str, start: int) -> bool:
    """Nothing of a Latin word or another symbol glued before: "见A/75/153" (Chinese prints no
    space) starts a symbol, "HIV/AIDS" inside "xA/1" does not."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isascii() and before.isalnum()) and before not in GLUED_BEFORE


def record_range_head(raw: str, rules: SymbolRules) -> str:
    """ "A/C.6/56/SR.11-13" -> "A/C.6/56/SR.11": the range is read by records_in_range."""
    if "-" not in raw and "\u2011" not in raw:  # no range (most symbols): no search
        return raw
    dash = compiled_once(RANGE_IN_SYMBOL).search(raw)
    if dash and compiled_once(rules.record_range).search(raw, 0, dash.start()):
        return raw[: dash.start()]
    return raw


def records_in_range(
    text: str, symbol: str, start: int, end: int, rules: SymbolRules
) -> list[Found]:
    """ "A/C.6/56/SR.11–13" names SR.12 and SR.13 too: the records between the ends share the
    printed range, the last one its number."""
    if not (text.startswith(RANGE_DASHES, end) or text.startswith(RANGE_DASHES, end + 1)):
        return []  # RANGE_END opens with a dash, after a space at most: after most symbols none
    head = compiled_once(rules.record_range).search(symbol)
    tail = compiled_once(RANGE_END).match(text, end) if head else None
    if head is None or tail is None:
        return []
    first, last = int(head["first"]), int(tail["last"])
    if not first < last <= first + rules.max_range:
        return []
    base = symbol[: head.start("first")]
    between = [
        symbol_found(f"{base}{number}", start, tail.end(), text)._replace(expanded=True)
        for number in range(first + 1, last)
    ]
    return [*between, symbol_found(f"{base}{last}", tail.start("last"), tail.end(), text)]


def split_joint_symbol(raw: str) -> list[tuple[str, int]]:
    """ "A/56/1026-S/2002/932" -> both symbols with their offsets; "A/RES/ES-10/15" stays whole."""
    if "-" not in raw and "\u2011" not in raw:
        return [(raw, 0)]
    pieces: list[tuple[str, int]] = []
    position = 0
    for match in compiled_once(JOINT_SYMBOL_SPLIT).finditer(raw):
        pieces.append((raw[position : match.start()], position))
        position = match.end()
    pieces.append((raw[position:], position))
    return pieces


def is_symbol(candidate: str, rules: SymbolRules) -> bool:
    """A series of capital letters, a slash, and a number somewhere: not "HIV/AIDS"."""
    series, _, rest = candidate.partition("/")
    return (
        bool(rest)
        and DIGIT.search(rest) is not None
        and len(series) <= rules.max_series_length
        and series.replace(".", "").replace("-", "").isalpha()
        and series.upper() == series
        and not is_roman_series(series)  # "decision X/2" of a Conference of Parties
        and "//" not in candidate
    )


def is_roman_series(series: str) -> bool:
    """ROMAN_SERIES matches the whole series: one that opens on none of the letters it may open
    on ("A", "E/CN.4") is not searched (most)."""
    return (
        series[:1] in ROMAN_SERIES_OPENERS
        and compiled_once(ROMAN_SERIES).fullmatch(series) is not None
    )


def extend_symbol(text: str, symbol: str, end: int) -> tuple[str, int]:
    """Add what belongs to the symbol after it: "(2001)", "(Part I)", "(Sect. 29H)/Add.1".

    A resolution's year or session follows without a space, as issue #3 specifies
    ("S/RES/1373(2001)"); a designation follows one space, its words single-spaced, as most
    undocs.org links write it: "A/CONF.157/24 (Part I)", "A/74/6 (Sect. 10)", "A/74/49 (Vol. I)"
    even where the text prints "(Vol.I)"."""
    after = text[end : end + 2]
    if "(" not in after and after[1:] != "/":  # most symbols: nothing of these can follow
        return symbol, end
    rules = symbol_rules()
    spaced = compiled_once(SPACED_ISSUANCE).match(text, end) if after[1:] == "/" else None
    if spaced:
        return extend_symbol(text, symbol + spaced.group().strip(), spaced.end())
    if is_resolution_symbol(symbol):
        match = compiled_once(YEAR_OR_SESSION).match(text, end)
        if match:
            return symbol + f"({match['paren']})", match.end()
        return symbol, end
    match = compiled_once(rules.designation).match(text, end) if "(" in after else None
    if not match:
        return symbol, end
    designation = " ".join([match["word"], *match["rest"].split()])
    symbol, end = f"{symbol} ({designation})", match.end()
    tail = compiled_once(SYMBOL_TAIL).match(text, end)
    if tail:
        extra = tail.group().rstrip(".-")
        symbol, end = symbol + extra, end + len(extra)
    return symbol, end


def find_issuances(text: str, symbol: str, end: int, rules: SymbolRules) -> Iterator[Found]:
    """ "A/58/L.50 and Add.1": the addendum is a document of its own, A/58/L.50/Add.1."""
    position = end
    while match := issuance_at(text, position, rules):
        word, number = match["word"].rstrip("."), match["number"]
        issuance_symbol = f"{strip_issuance(symbol, word)}/{word.capitalize()}.{number}"
        start = match.start("word")
        yield symbol_found(issuance_symbol, start, match.end(), text)
        position = match.end()


def issuance_at(text: str, position: int, rules: SymbolRules) -> re.Match[str] | None:
    """rules.issuance matched at `position`. Its word follows ", ", " and " or ", and ": where
    the text does not open with a comma or a space there, or no issuance word stands 2, 5 or 6
    characters on, it cannot match, and is not compiled (a few calls of startswith, not a
    generator: this runs after every symbol; see COMPILED)."""
    pattern = COMPILED.get(rules.issuance)
    if pattern is None:
        words = rules.issuance_words
        after_comma, after_and, after_comma_and = ISSUANCE_WORD_OFFSETS
        if not text.startswith(ISSUANCE_OPENERS, position) or not (
            text.startswith(words, position + after_comma)
            or text.startswith(words, position + after_and)
            or text.startswith(words, position + after_comma_and)
        ):
            return None
        pattern = compiled_once(rules.issuance)
    return pattern.match(text, position)


def strip_issuance(symbol: str, word: str) -> str:
    """ "A/73/123/Add.1" and a following "Add.2" share the base A/73/123."""
    parts = symbol.split("/")
    if len(parts) > 2 and parts[-1].lower().startswith(word.lower() + "."):
        return "/".join(parts[:-1])
    return symbol


def is_resolution_symbol(symbol: str) -> bool:
    """RESOLUTION_PART in the symbol: its "/R" (in either case: no other character matches
    R when case is ignored) is looked for first, and most symbols, lacking it, are not searched."""
    if "/R" not in symbol and "/r" not in symbol:
        return False
    return compiled_once(RESOLUTION_PART).search(symbol) is not None


def is_decision_symbol(symbol: str) -> bool:
    """DECISION_PART in the symbol: after a look for its "/D" first, as for a resolution's."""
    if "/D" not in symbol and "/d" not in symbol:
        return False
    return compiled_once(DECISION_PART).search(symbol) is not None


def symbol_found(symbol: str, start: int, end: int, text: str) -> Found:
    """A written symbol, typed as a resolution, a decision or a document."""
    symbol = symbol.replace("\u2011", "-")
    if is_resolution_symbol(symbol) or is_decision_symbol(symbol):
        kind: CitationKind = "resolution" if is_resolution_symbol(symbol) else "decision"
        return Found(  # by position: binding keywords costs twice as much, per symbol
            kind,
            text[start:end],
            start,
            end,
            symbol_key(symbol),
            body_of_symbol(symbol),
            symbol,
            None,  # name
            undocs_url(symbol),
            date_after(text, end),
        )
    return document_found(symbol, start, end, text[start:end])


def document_found(symbol: str, start: int, end: int, printed: str) -> Found:
    return Found(  # by position: binding keywords costs twice as much, per symbol
        "document", printed, start, end, symbol_key(symbol), None, symbol, None, undocs_url(symbol)
    )


def symbol_key(symbol: str) -> str:
    return "symbol:" + "".join(symbol.split()).upper()


def undocs_url(symbol: str) -> str | None:
    """The undocs.org link, for series the UN publishes there."""
    series = symbol.split("/", 1)[0]
    if series not in symbol_rules().undocs_series:
        return None
    return UNDOCS_URL + symbol.replace(" ", "%20")  # "A/74/6 (Sect. 10)": a link has no spaces


def in_language(found: list[Found], language: str) -> list[Found]:
    """Links to the document in the resolution's own language: https://undocs.org/fr/A/74/288."""
    if language == "en" or language not in UNDOCS_LANGUAGES:
        return found
    localised = f"https://undocs.org/{language}/"
    return [
        item._replace(url=localised + item.url.removeprefix(UNDOCS_URL))
        if item.url and item.url.startswith(UNDOCS_URL)
        else item
        for item in found
    ]


def body_of_symbol(symbol: str) -> str | None:
    """ "S/RES/1373(2001)" -> Security Council, from the bodies' symbol templates: the body of
    the longest prefix the symbol opens with."""
    upper = symbol.upper()
    for prefix, body_name in symbol_prefixes():
        if upper.startswith(prefix):
            return body_name
    return None


@cache
def symbol_prefixes() -> tuple[tuple[str, str], ...]:
    """prefixes_of the bodies, read once, not for each of a document's symbols (~4 us each)."""
    return prefixes_of(symbol_rules().bodies)


def prefixes_of(bodies: Iterable[Body]) -> tuple[tuple[str, str], ...]:
    """What the bodies' symbol templates open with before their first field, when it holds a
    slash ("A/RES/", "S/RES/"), in upper case, each with its body: the longest first, and of
    two as long, the first body's."""
    prefixes = [
        (template.split("{", 1)[0].upper(), body.name)
        for body in bodies
        for shapes in body.templates.values()
        for template in shapes.values()
    ]
    with_slash = [(prefix, name) for prefix, name in prefixes if "/" in prefix]
    return tuple(sorted(with_slash, key=lambda pair: len(pair[0]), reverse=True))
