"""Citations: what a resolution builds on, found in its text, typed, normalised, tied to paragraphs.

Each finder reads one string (a paragraph, a sub-paragraph or a footnote) and returns what it
finds there with character offsets; `find_citations` runs them over the whole model, resolves
"Ibid." to the footnote before it, and merges repeated mentions of the same thing into one
`Citation` whose `paragraphs` are those it supports, directly or through a footnote marker.

Domain knowledge lives in data files: bodies, symbol series and number shapes in
`data/symbols.yaml`, named instruments in `data/instruments.yaml`.

Every pattern here runs in linear time: no pattern has a quantified group that can match the
same text in two ways, symbols and names only start at a word boundary, lists of resolution
numbers are walked item by item, and the instrument names are one trie-shaped pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from mineres.models import Citation, CitationKind, Location, Resolution, walk_subparagraphs
from mineres.store.datafiles import load_data_file

UNDOCS_URL = "https://undocs.org/en/"
HEADER = "header"

# A symbol starts a word with a capital letter and has at least one slash:
# "A/58/260/Add.1", "E/CN.4/RES/2003/49", "CCW/AP.II/CONF.4/3", "A/56/1026-S/2002/932".
SYMBOL = re.compile(
    r"(?<![\w/.\-\u2011@])[A-Z][A-Za-z.\-\u2011]*(?:/[A-Za-z0-9.\-\u2011]+(?:\(\d{1,3}\))?)+"
)
SPACED_ISSUANCE = re.compile(
    r"[ \u00a0]/(?:Add|Corr|Rev)\.\d{1,3}(?:/(?:Add|Corr|Rev)\.\d{1,3})*(?![\w/])"
)
JOINT_SYMBOL_SPLIT = re.compile(r"[-\u2011](?=[A-Z][A-Za-z.]*/)")
SYMBOL_TAIL = re.compile(r"(?:/[A-Za-z0-9.\-]+)+")
YEAR_OR_SESSION = re.compile(r"[ \u00a0]?\((?P<paren>\d{4}|[IVXLC]{1,8}|E?S-[IVXL]{1,6})\)")
DIGIT = re.compile(r"\d")
RESOLUTION_PART = re.compile(r"/RES(?:/|\.|$)", re.IGNORECASE)
DECISION_PART = re.compile(r"/DEC(?:/|$)", re.IGNORECASE)

KEYWORD = re.compile(r"\b(?P<word>[Rr]esolution|[Dd]ecision)s?\b[ \u00a0]*")
CARRY_DISTANCE = 80
EARLIER_DISTANCE = 300
FIRST_SESSION_YEAR = 1945  # General Assembly session N meets in 1945 + N and into the next year
ROMAN_NUMERAL = re.compile(r"[IVXLC]{1,8}")
ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ITEM = re.compile(
    r"(?P<number>(?:E?S[-\u2011])?\d{1,4}/\d{1,4}|\d{1,4})"
    r"(?:[ \u00a0]?(?P<letter>[A-Z]{1,2}(?:[-–][A-Z]{1,2})?)(?![\w/]))?"
    r"(?:[ \u00a0]?\((?P<paren>\d{4}|[IVXLC]{1,8}|E?S-[IVXL]{1,6})\))?"
    r"(?![\w/])"
)
ITEM_SEPARATOR = re.compile(
    r"(?:[,;][ \u00a0]*(?:and[ \u00a0]+|as[ \u00a0]well[ \u00a0]as[ \u00a0]+)?|[ \u00a0]+(?:and|as[ \u00a0]well[ \u00a0]as)[ \u00a0]+)"
)
SUBJECT = re.compile(
    r",?[ \u00a0](?:on|entitled|concerning|relating[ \u00a0]to|in[ \u00a0]which)[ \u00a0]"
)
SUBJECT_LENGTH = 240
SUBJECT_STOP = re.compile(r"[Rr]esolution|[Dd]ecision|;")
PINPOINT = re.compile(
    r"(?:,[ \u00a0]*(?:sect\.|section|paras?\.|annex|chap\.|part)[ \u00a0][\w.–-]{1,12}){1,4}"
    r"(?=[,;])"
)
NEXT_ITEM = re.compile(
    r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?=(?:E?S[-\u2011])?\d{1,4}(?:/\d|[ \u00a0]?(?:[A-Z][ \u00a0]?)?\((?:\d{4}|[IVXLC]+)\)))"
)

TREATY_NUMBERS = r"\d{1,6}(?:(?:,[ \u00a0]|[ \u00a0]and[ \u00a0]|[–-])\d{1,6}){0,20}"
TREATY_SERIES = re.compile(
    r"(?P<series>United Nations|League of Nations),[ \u00a0]Treaty[ \u00a0]Series,[ \u00a0]"
    rf"vols?\.[ \u00a0](?P<volumes>{TREATY_NUMBERS}),[ \u00a0]Nos?\.[ \u00a0](?P<numbers>{TREATY_NUMBERS})"
)
IBID = re.compile(r"(?:See[ \u00a0]+)?Ibid\.?")
IBID_TREATY = re.compile(
    rf"Ibid\.,[ \u00a0]vols?\.[ \u00a0](?P<volumes>{TREATY_NUMBERS}),[ \u00a0]"
    rf"Nos?\.[ \u00a0](?P<numbers>{TREATY_NUMBERS})"
)
SALES_NUMBER = re.compile(
    r"Sales[ \u00a0]Nos?\.[ \u00a0](?P<number>[A-Z]{1,3}(?:\.[A-Z0-9]{1,6}){2,6})"
)
URL = re.compile(r"(?<![\w@/.\-])(?:https?://|www\.)[^\s<>\"'()\[\]]+")
URL_TRAILING = ".,;:!?’”"
RECORDS_START = re.compile(r"Official[ \u00a0]Records[ \u00a0]of[ \u00a0]the[ \u00a0](?=[A-Z])")
RECORDS_SUPPLEMENT = re.compile(
    r"Supplement[ \u00a0](?:No\.[ \u00a0]\d{1,3}[A-Z]?"
    r"|for[ \u00a0][A-Z][a-z]+(?:,?[ \u00a0](?:and[ \u00a0])?[A-Z][a-z]+){0,11}[ \u00a0]\d{4})"
)
RECORDS_LENGTH = 130
ABBREVIATIONS = frozenset(
    {"No", "Nos", "vol", "vols", "Vol", "Vols", "chap", "sect", "para", "paras"}
)
CONNECTIVES = frozenset(
    {
        "in",
        "by",
        "through",
        "under",
        "including",
        "particular",
        "notably",
        "especially",
        "and",
        "of",
    }
)
RECORDS_FOLLOW = re.compile(
    r"(?:[ \u00a0]and[ \u00a0]corrigend(?:um|a))?,?[ \u00a0]?(?:\(|document[ \u00a0])"
)
ROMAN_SERIES = re.compile(r"(?:SS\.)?[IVXLC]+|EX")
DOCUMENT_KINDS = frozenset({"document", "resolution", "decision"})
MAIN_KINDS = DOCUMENT_KINDS | {"treaty_series", "publication", "official_records"}
FINDER_PRIORITY = {"url": 0, "treaty_series": 1, "resolution": 2, "decision": 2, "document": 3}


@dataclass(frozen=True, slots=True)
class Found:
    """One mention in one string, before mentions of the same thing are merged."""

    kind: CitationKind
    text: str
    start: int
    end: int
    key: str  # mentions with the same key are the same citation
    body: str | None = None
    symbol: str | None = None
    name: str | None = None
    url: str | None = None
    date: date | None = None
    guessed: bool = False  # a resolution whose body no words named: its number's shape chose it


@dataclass(frozen=True)
class Unit:
    """A string citations are looked for in, and the paragraphs a citation there supports."""

    where: str  # "PP5", "OP4(a)", "FN10"
    text: str
    supports: tuple[str, ...]
    is_footnote: bool = False


@dataclass(frozen=True)
class Body:
    name: str
    aliases: tuple[tuple[str, ...], ...]  # each alias as words, longest first
    templates: dict[str, dict[str, str]]  # {"resolution": {"numbered": "A/RES/{number}"}}
    numbered_from: int | None = None  # the first session that numbered its resolutions "31/1"


@dataclass(frozen=True)
class LanguageRules:
    """How another official language cites resolutions by number (data/symbols.yaml)."""

    keyword: re.Pattern[str]
    decision_words: frozenset[str]  # lower case
    join: re.Pattern[str]
    date_after: re.Pattern[str] | None
    date_before: re.Pattern[str] | None
    months: dict[str, int]
    other_bodies: tuple[str, ...]
    body_window: int  # how near another body's name must stand, in characters
    number_first: bool


@dataclass(frozen=True)
class SymbolRules:
    bodies: tuple[Body, ...]
    bodies_by_name: dict[str, Body]
    body_by_alias: dict[str, str]  # "ESCAP" -> "Economic and Social Commission for Asia ..."
    council_by_shape: dict[str, str]
    own_body_words: frozenset[str]
    foreign_body_words: frozenset[str]
    undocs_series: frozenset[str]
    max_series_length: int
    designation: re.Pattern[str]
    issuance: re.Pattern[str]
    inside_document_words: frozenset[str]
    months: dict[str, int]
    date_after: re.Pattern[str]
    languages: dict[str, LanguageRules]


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str


@dataclass(frozen=True)
class InstrumentCatalogue:
    by_phrase: dict[str, Instrument]  # lower-case phrase with single spaces -> instrument
    by_short: dict[str, Instrument]
    phrases: re.Pattern[str]  # matches lower-case text
    by_treaty: dict[str, Instrument]  # "vol. 2056, no. 35597" -> the instrument printed there
    phrases_any_case: re.Pattern[str]
    shorts: re.Pattern[str] | None


# --- public verb -------------------------------------------------------------------------------


def find_citations(resolution: Resolution) -> tuple[Citation, ...]:
    """Every citation of the resolution, in order of first mention, repeats merged."""
    own_body = resolution.metadata.body
    language = resolution.metadata.language
    mentions: list[tuple[Unit, Found]] = []
    for symbol in header_symbols(resolution):
        unit = Unit(HEADER, symbol, ())
        mentions.extend((unit, found) for found in find_header_symbol(symbol))
    previous_note: list[Found] = []
    for unit in citation_units(resolution):
        found = find_in_text(unit.text, own_body=own_body, language=language)
        if unit.is_footnote:
            found = resolve_ibid(unit.text, found, previous_note)
            previous_note = found
        mentions.extend((unit, item) for item in found)
    positions = {unit.where: index for index, unit in enumerate(citation_units(resolution))}
    return merge_mentions(name_guessed_bodies(mentions), positions)


def name_guessed_bodies(mentions: Sequence[tuple[Unit, Found]]) -> list[tuple[Unit, Found]]:
    """A resolution cited with no body named ("her report to the Human Rights Council submitted
    pursuant to resolution 34/24") is the one the same document cites by the same number with
    its body named ("Human Rights Council resolution 34/24"), when only one body is so named."""
    named: dict[tuple[str, str], set[str]] = {}
    for _, found in mentions:
        if found.kind in {"resolution", "decision"} and found.body and not found.guessed:
            named.setdefault(number_key(found), set()).add(found.body)
    if not named:
        return list(mentions)
    rules = symbol_rules()
    result: list[tuple[Unit, Found]] = []
    for unit, found in mentions:
        bodies = named.get(number_key(found), set()) if found.guessed else set()
        if len(bodies) == 1 and found.body not in bodies:
            found = with_body(found, bodies.pop(), rules)
        result.append((unit, found))
    return result


def number_key(found: Found) -> tuple[str, str]:
    return found.kind, "".join(found.text.split())


def with_body(found: Found, body_name: str, rules: SymbolRules) -> Found:
    """The same mention, given to another body: its symbol, link and key follow."""
    item = ITEM.fullmatch(found.text)
    if item is None:
        return found
    symbol = numbered_symbol(item, number_shape(item), found.kind, rules.bodies_by_name[body_name])
    key = (
        symbol_key(symbol) if symbol else f"{found.kind}:{body_name}:{' '.join(found.text.split())}"
    )
    url = undocs_url(symbol) if symbol else None
    return replace(found, body=body_name, symbol=symbol, url=url, key=key, guessed=False)


def find_in_text(
    text: str, *, own_body: str = "General Assembly", language: str = "en"
) -> list[Found]:
    """All mentions in one string, in reading order, overlapping ones resolved by kind.
    `language` chooses how resolutions cited by number are read ("fr": "sa résolution 72/75")."""
    candidates: list[Found] = []
    if "www." in text or "http" in text:
        candidates.extend(find_urls(text))
    if "Treaty Series" in text:
        candidates.extend(find_treaty_series(text))
    other_language = symbol_rules().languages.get(language)
    if other_language is not None:
        candidates.extend(find_numbered_resolutions_in(text, other_language))
    elif "esolution" in text or "ecision" in text:
        candidates.extend(find_numbered_resolutions(text, own_body=own_body))
    symbols = find_symbols(text) if "/" in text else []
    candidates.extend(symbols)
    if "Sales No" in text:
        candidates.extend(find_sales_numbers(text))
    if "Official Records" in text:
        candidates.extend(find_official_records(text, symbols))
    candidates.extend(find_instruments(text))
    return drop_overlaps(candidates) if len(candidates) > 1 else candidates


# --- the model as strings ----------------------------------------------------------------------


def header_symbols(resolution: Resolution) -> list[str]:
    """The drafts and the committee report the resolution was adopted on."""
    symbols = list(resolution.metadata.drafts)
    if resolution.metadata.report:
        symbols.append(resolution.metadata.report)
    return symbols


def citation_units(resolution: Resolution) -> list[Unit]:
    """Paragraphs, sub-paragraphs and footnotes, in reading order."""
    units: list[Unit] = []
    for paragraph in resolution.paragraphs:
        units.append(Unit(paragraph.id, paragraph.text, (paragraph.id,)))
        units.extend(
            Unit(sub.id, sub.text, (sub.id,)) for sub in walk_subparagraphs(paragraph.subparagraphs)
        )
    units.extend(
        Unit(f"FN{note.number}", note.text, note.cited_from, is_footnote=True)
        for note in resolution.footnotes
    )
    return units


def find_header_symbol(symbol: str) -> list[Found]:
    """A metadata symbol as a document citation, even when it is not written like one."""
    found = find_symbols(symbol)
    if found:
        return found
    return [document_found(symbol.strip(), 0, len(symbol.strip()), symbol.strip())]


# --- symbols -----------------------------------------------------------------------------------


def find_symbols(text: str) -> list[Found]:
    """Document and resolution symbols written out: "A/58/260", "S/RES/1373(2001)"."""
    rules = symbol_rules()
    found: list[Found] = []
    for match in SYMBOL.finditer(text):
        start, raw = match.start(), match.group().rstrip(".-\u2011")
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
            found.extend(find_issuances(text, symbol, piece_end, rules))
    return found


def split_joint_symbol(raw: str) -> list[tuple[str, int]]:
    """ "A/56/1026-S/2002/932" -> both symbols with their offsets; "A/RES/ES-10/15" stays whole."""
    if "-" not in raw and "\u2011" not in raw:
        return [(raw, 0)]
    pieces: list[tuple[str, int]] = []
    position = 0
    for match in JOINT_SYMBOL_SPLIT.finditer(raw):
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
        and ROMAN_SERIES.fullmatch(series) is None  # "decision X/2" of a Conference of Parties
        and "//" not in candidate
    )


def extend_symbol(text: str, symbol: str, end: int) -> tuple[str, int]:
    """Add what belongs to the symbol after it: "(2001)", "(Part I)", "(Sect. 29H)/Add.1".

    A resolution's year or session follows without a space, as issue #3 specifies
    ("S/RES/1373(2001)"); a designation follows one space, its words single-spaced, as most
    undocs.org links write it: "A/CONF.157/24 (Part I)", "A/74/6 (Sect. 10)", "A/74/49 (Vol. I)"
    even where the text prints "(Vol.I)"."""
    rules = symbol_rules()
    spaced = SPACED_ISSUANCE.match(text, end)
    if spaced:
        return extend_symbol(text, symbol + spaced.group().strip(), spaced.end())
    if is_resolution_symbol(symbol):
        match = YEAR_OR_SESSION.match(text, end)
        if match:
            return symbol + f"({match['paren']})", match.end()
        return symbol, end
    match = rules.designation.match(text, end)
    if not match:
        return symbol, end
    designation = " ".join([match["word"], *match["rest"].split()])
    symbol, end = f"{symbol} ({designation})", match.end()
    tail = SYMBOL_TAIL.match(text, end)
    if tail:
        extra = tail.group().rstrip(".-")
        symbol, end = symbol + extra, end + len(extra)
    return symbol, end


def find_issuances(text: str, symbol: str, end: int, rules: SymbolRules) -> Iterator[Found]:
    """ "A/58/L.50 and Add.1": the addendum is a document of its own, A/58/L.50/Add.1."""
    position = end
    while match := rules.issuance.match(text, position):
        word, number = match["word"].rstrip("."), match["number"]
        issuance_symbol = f"{strip_issuance(symbol, word)}/{word.capitalize()}.{number}"
        start = match.start("word")
        yield symbol_found(issuance_symbol, start, match.end(), text)
        position = match.end()


def strip_issuance(symbol: str, word: str) -> str:
    """ "A/73/123/Add.1" and a following "Add.2" share the base A/73/123."""
    parts = symbol.split("/")
    if len(parts) > 2 and parts[-1].lower().startswith(word.lower() + "."):
        return "/".join(parts[:-1])
    return symbol


def is_resolution_symbol(symbol: str) -> bool:
    return RESOLUTION_PART.search(symbol) is not None


def is_decision_symbol(symbol: str) -> bool:
    return DECISION_PART.search(symbol) is not None


def symbol_found(symbol: str, start: int, end: int, text: str) -> Found:
    """A written symbol, typed as a resolution, a decision or a document."""
    symbol = symbol.replace("\u2011", "-")
    if is_resolution_symbol(symbol) or is_decision_symbol(symbol):
        kind: CitationKind = "resolution" if is_resolution_symbol(symbol) else "decision"
        return Found(
            kind=kind,
            text=text[start:end],
            start=start,
            end=end,
            key=symbol_key(symbol),
            body=body_of_symbol(symbol),
            symbol=symbol,
            url=undocs_url(symbol),
            date=date_after(text, end),
        )
    return document_found(symbol, start, end, text[start:end])


def document_found(symbol: str, start: int, end: int, printed: str) -> Found:
    return Found(
        kind="document",
        text=printed,
        start=start,
        end=end,
        key=symbol_key(symbol),
        symbol=symbol,
        url=undocs_url(symbol),
    )


def symbol_key(symbol: str) -> str:
    return "symbol:" + "".join(symbol.split()).upper()


def undocs_url(symbol: str) -> str | None:
    """The undocs.org link, for series the UN publishes there."""
    series = symbol.split("/", 1)[0]
    if series not in symbol_rules().undocs_series:
        return None
    return UNDOCS_URL + symbol.replace(" ", "%20")  # "A/74/6 (Sect. 10)": a link has no spaces


def body_of_symbol(symbol: str) -> str | None:
    """ "S/RES/1373(2001)" -> Security Council, from the bodies' symbol templates."""
    upper = symbol.upper()
    best: tuple[int, str] | None = None
    for body in symbol_rules().bodies:
        for shapes in body.templates.values():
            for template in shapes.values():
                prefix = template.split("{", 1)[0].upper()
                if (
                    "/" in prefix
                    and upper.startswith(prefix)
                    and (best is None or len(prefix) > best[0])
                ):
                    best = (len(prefix), body.name)
    return best[1] if best else None


# --- resolutions and decisions cited by number ---------------------------------------------------


def find_numbered_resolutions(text: str, *, own_body: str = "General Assembly") -> list[Found]:
    """ "its resolution 57/159 of 16 December 2002", "resolutions 57/190 and 57/191",
    "Security Council resolution 1373 (2001)", "resolution 217 A (III)"."""
    rules = symbol_rules()
    found: list[Found] = []
    position = 0
    previous: Mention | None = None  # the last "resolution(s)", for its body to carry over
    for keyword in KEYWORD.finditer(text):
        if keyword.start() < position:
            continue
        items = list(walk_items(text, keyword.end(), rules))
        position = items[-1][0].end() if items else keyword.end()
        if not items:
            previous = Mention(keyword.start(), position)
            continue
        before = text[max(0, keyword.start() - 160) : keyword.start()]
        if cites_inside_document(before, rules):
            previous = None
            continue
        body_name, how = body_before(before, own_body, rules)
        if how == "foreign":
            previous = None
            continue
        if (
            how in {"none", "own"}
            and previous
            and carries_over(text, previous.end, keyword.start())
        ):
            carried, carried_how = previous.body(text, own_body, rules)
            if carried_how == "named" and (how == "none" or carried != "Council"):
                body_name, how = carried, "carried"
        kind: CitationKind = "decision" if keyword["word"].lower() == "decision" else "resolution"
        earlier = None if how in {"named", "carried"} else named_earlier(text, keyword.start())
        for item, item_date in items:
            named = body_name if how == "named" or fits_body(body_name, kind, item, rules) else None
            found.append(
                item_found(
                    text,
                    item,
                    item_date,
                    kind,
                    named,
                    rules,
                    earlier=earlier,
                    guessed=how == "none",
                )
            )
        known = (body_name, "named") if how in {"named", "carried"} else (None, "none")
        previous = Mention(keyword.start(), position, known)
    return found


@dataclass
class Mention:
    """Where a "resolution(s)" stood, and the body before it, read only when needed."""

    start: int
    end: int
    known: tuple[str | None, str] | None = None

    def body(self, text: str, own_body: str, rules: SymbolRules) -> tuple[str | None, str]:
        if self.known is None:
            before = text[max(0, self.start - 160) : self.start]
            self.known = body_before(before, own_body, rules)
        return self.known


def carries_over(text: str, previous_end: int, start: int) -> bool:
    """ "Human Rights Council resolutions, in particular resolutions 7/34": the second
    "resolutions" is the Council's too, when it follows closely in the same sentence."""
    return start - previous_end <= CARRY_DISTANCE and ";" not in text[previous_end:start]


def find_numbered_resolutions_in(text: str, language: LanguageRules) -> list[Found]:
    """Resolutions cited by number in another official language: "sa résolution 72/75 du
    7 décembre 2017", "第72/75号决议". The body follows from the number's shape, unless another
    body is named near it: then the body is left unknown, never guessed."""
    rules = symbol_rules()
    found: list[Found] = []
    for keyword in language.keyword.finditer(text):
        kind: CitationKind = (
            "decision" if keyword["word"].lower() in language.decision_words else "resolution"
        )
        if language.number_first:
            items = [(keyword, date_before(text, keyword.start(), language))]
        else:
            items = list(walk_items_in(text, keyword.end(), language))
        if not items or not is_resolution_number(items[0][0]):
            continue
        window = language.body_window
        near = text[max(0, keyword.start() - window) : items[-1][0].end() + window]
        unknown = any(name in near for name in language.other_bodies)
        for item, item_date in items:
            found.append(item_found(text, item, item_date, kind, None, rules, unknown_body=unknown))
    return found


def walk_items_in(
    text: str, position: int, language: LanguageRules
) -> Iterator[tuple[re.Match[str], date | None]]:
    while True:
        item = ITEM.match(text, position)
        if not item or not is_resolution_number(item):
            return
        position = item.end()
        item_date = None
        when = language.date_after.match(text, position) if language.date_after else None
        if when:
            item_date = date_from(when, language.months)
            position = when.end()
        yield item, item_date
        join = language.join.match(text, position)
        if not join:
            return
        position = join.end()


def date_before(text: str, start: int, language: LanguageRules) -> date | None:
    if language.date_before is None:
        return None
    when = language.date_before.search(text, max(0, start - 16), start)
    return date_from(when, language.months) if when else None


def date_from(match: re.Match[str], months: dict[str, int]) -> date | None:
    month = match["month"]
    try:
        number = int(month) if month.isdigit() else months[month]
        return date(int(match["year"]), number, int(match["day"]))
    except (KeyError, ValueError):
        return None


def walk_items(
    text: str, position: int, rules: SymbolRules
) -> Iterator[tuple[re.Match[str], date | None]]:
    """The numbers of a list after "resolutions": "57/190 of 18 December 2002 and 57/191"."""
    while True:
        item = ITEM.match(text, position)
        if not item or not is_resolution_number(item):
            return
        position = item.end()
        when = rules.date_after.match(text, position)
        item_date = None
        if when:
            item_date = date_from(when, rules.months)
            position = when.end()
        yield item, item_date
        pinpoint = PINPOINT.match(text, position)
        if pinpoint:
            position = pinpoint.end()
            when = rules.date_after.match(text, position)
            if when:
                position = when.end()
        position = skip_subject(text, position)
        separator = ITEM_SEPARATOR.match(text, position)
        if not separator:
            return
        position = separator.end()


def skip_subject(text: str, position: int) -> int:
    """Step over what a listed resolution is about, when another number follows:
    "2003/49 of 23 April 2003, on the human rights of persons with disabilities, and 2003/86"."""
    subject = SUBJECT.match(text, position)
    if not subject:
        return position
    window_end = min(len(text), subject.end() + SUBJECT_LENGTH)
    stop = SUBJECT_STOP.search(text, subject.end(), window_end)
    following = NEXT_ITEM.search(text, subject.end(), stop.start() if stop else window_end)
    return following.start() if following else position


def is_resolution_number(item: re.Match[str]) -> bool:
    """ "57/159" or "1373 (2001)" or "3101 (XXVIII)"; a bare "1" is a paragraph of a report."""
    return "/" in item["number"] or item["paren"] is not None


def number_shape(item: re.Match[str]) -> str:
    if "/" in item["number"]:
        return "numbered"
    paren = item["paren"] or ""
    return "yearly" if paren.isdigit() else "roman"


def item_found(
    text: str,
    item: re.Match[str],
    item_date: date | None,
    kind: CitationKind,
    body_name: str | None,
    rules: SymbolRules,
    *,
    unknown_body: bool = False,
    earlier: str | None = None,
    guessed: bool = False,
) -> Found:
    """One numbered resolution. `earlier` is a body named before in the sentence, the owner
    when the General Assembly cannot be ("the Human Rights Council ..., through its resolution
    42/22 of 26 September 2019"); `guessed`: no body was named, the number's shape chose it."""
    shape = number_shape(item)
    guessed = guessed and body_name is None and not unknown_body
    body_name = None if unknown_body else body_name or default_body(item, shape)
    if body_name == "Council":
        body_name = council_for(item, shape, rules)
    if body_name is not None and not fits_session(body_name, item, shape, item_date, rules):
        body_name = earlier if earlier != body_name else None
    body = rules.bodies_by_name.get(body_name or "")
    symbol = numbered_symbol(item, shape, kind, body)
    printed = item.group()
    key = symbol_key(symbol) if symbol else f"{kind}:{body_name}:{' '.join(printed.split())}"
    return Found(
        kind=kind,
        text=printed,
        start=item.start(),
        end=item.end(),
        key=key,
        body=body_name,
        symbol=symbol,
        url=undocs_url(symbol) if symbol else None,
        date=item_date,
        guessed=guessed,
    )


def fits_session(
    body_name: str, item: re.Match[str], shape: str, item_date: date | None, rules: SymbolRules
) -> bool:
    """Whether the number can be the body's: "7/34" is no General Assembly resolution (it began
    at 31/1), nor is "42/22 of 26 September 2019" (session 42 met in 1987 and 1988)."""
    body = rules.bodies_by_name.get(body_name)
    if body is None or body.numbered_from is None:
        return True
    if shape == "numbered" and before_numbered_sessions(item, body):
        return False
    session = assembly_session(item, shape)
    if session is None:
        return True
    if item_date is not None:
        return FIRST_SESSION_YEAR + session <= item_date.year <= FIRST_SESSION_YEAR + session + 1
    return session <= date.today().year - FIRST_SESSION_YEAR


def assembly_session(item: re.Match[str], shape: str) -> int | None:
    """The regular session a number names: 42 in "42/22", 27 in "574 (XXVII)"; None for special
    sessions ("S-27/2", "1874 (S-IV)") and other shapes."""
    if shape == "numbered":
        first = item["number"].split("/")[0]
        return int(first) if first.isdigit() else None
    if shape == "roman" and ROMAN_NUMERAL.fullmatch(item["paren"] or ""):
        return roman_value(item["paren"])
    return None


def roman_value(numeral: str) -> int:
    values = [ROMAN_DIGITS[char] for char in numeral]
    return sum(
        -value if index + 1 < len(values) and value < values[index + 1] else value
        for index, value in enumerate(values)
    )


def named_earlier(text: str, start: int) -> str | None:
    """The last body named in the clause before `start`: "the Human Rights Council to the
    Working Group ..., through its resolution", "by ESCAP at its seventy-second session, of
    resolution 72/7". Only the clause counts: back to a semicolon, at most EARLIER_DISTANCE."""
    window_start = max(0, start - EARLIER_DISTANCE, text.rfind(";", 0, start) + 1)
    names = [match.group() for match in body_names().finditer(text, window_start, start)]
    return symbol_rules().body_by_alias[names[-1]] if names else None


@cache
def body_names() -> re.Pattern[str]:
    aliases = symbol_rules().body_by_alias
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in longest_first(aliases)) + r")\b")


def fits_body(
    body_name: str | None, kind: CitationKind, item: re.Match[str], rules: SymbolRules
) -> bool:
    """Whether "its resolution N" can be the resolution's own body's: the General Assembly has
    no "1373 (2001)", so "its resolutions 2139 (2014)" are the Security Council's."""
    body = rules.bodies_by_name.get(body_name or "")
    if body is None:
        return False
    shapes = body.templates.get(kind, {})
    return not shapes or number_shape(item) in shapes


def default_body(item: re.Match[str], shape: str) -> str:
    """Without a body named: "1373 (2001)" is the Security Council's, "2003/23" the Council's."""
    if shape == "yearly":
        return "Security Council"
    if shape == "numbered" and is_year(item["number"].split("/")[0]):
        return "Council"
    return "General Assembly"


def council_for(item: re.Match[str], shape: str, rules: SymbolRules) -> str:
    """ "the Council in its resolution ...": which Council, from the number's shape."""
    if shape == "numbered" and is_year(item["number"].split("/")[0]):
        shape = "numbered_by_year"
    return rules.council_by_shape.get(shape, "Council")


def before_numbered_sessions(item: re.Match[str], body: Body) -> bool:
    """ "7/34" cannot be the Assembly's: it numbered its resolutions so from session 31."""
    first = item["number"].split("/")[0]
    return body.numbered_from is not None and first.isdigit() and int(first) < body.numbered_from


def is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1945 <= int(number) <= 2100


def numbered_symbol(
    item: re.Match[str], shape: str, kind: CitationKind, body: Body | None
) -> str | None:
    """The undocs.org symbol from the body's template for this shape of number, if it has one."""
    if body is None:
        return None
    template = body.templates.get(kind, {}).get(shape)
    if template is None:
        return None
    number = item["number"].replace("\u2011", "-")
    first, _, second = number.partition("/")
    paren = item["paren"] or ""
    letter = (item["letter"] or "").replace("–", "-")
    letter = f" {letter}" if letter else ""  # "A/RES/74/260 B", as the document itself prints
    return template.format(
        number=number, first=first, second=second, year=paren, roman=paren, letter=letter
    )


def body_before(before: str, own_body: str, rules: SymbolRules) -> tuple[str | None, str]:
    """The body named just before "resolution", and how: "named" ("Security Council
    resolution", "the Human Rights Council, in particular resolutions", "the Economic
    Commission for Latin America and the Caribbean of its resolution"), "own" ("its
    resolution"), "foreign" (a body mineres does not know), or "none". After a comma and
    nothing else ("... on the strengthening of the Economic and Social Council, resolution
    67/290") the words before describe the item listed before, and name no body."""
    if before.rstrip().endswith(","):
        return None, "none"
    words = [word.strip(",") for word in before.split()[-12:]]
    words = [word for word in words if word]
    own = False
    popped: list[str] = []
    for _ in range(4):
        if not words or words[-1] not in CONNECTIVES | rules.own_body_words:
            break
        own = own or words[-1] in rules.own_body_words
        popped.append(words.pop())
    for body in rules.bodies:
        for alias in body.aliases:
            if tuple(words[-len(alias) :]) == alias and alias_stands_alone(words, alias):
                return body.name, "named"
    if words and words[-1] == "Council" and (len(words) == 1 or words[-2].islower()):
        return "Council", "named"
    if own:
        return own_body, "own"  # checked against the number's session by fits_session
    if words and words[-1] in rules.foreign_body_words:
        return None, "foreign"
    if not popped and names_a_body(words):
        return None, "foreign"
    return None, "none"


def names_a_body(words: Sequence[str]) -> bool:
    """A capitalised word right before "resolution" ("... for Asia and the Pacific resolution
    75/4") that does not open the sentence ("Recalling resolution") ends the name of a body;
    a Roman numeral ("annex II") does not."""
    word = words[-1] if words else ""
    if len(words) < 2 or words[-2].endswith(".") or not word[:1].isupper():
        return False
    return word.isalpha() and ROMAN_NUMERAL.fullmatch(word) is None


def alias_stands_alone(words: list[str], alias: tuple[str, ...]) -> bool:
    """A one-word alias ("Assembly") names the body only after "the": not "World Health Assembly"."""
    if len(alias) > 1:
        return True
    return len(words) == 1 or not words[-2][:1].isupper() or words[-2] == "The"


def cites_inside_document(before: str, rules: SymbolRules) -> bool:
    """ "..., annex II, resolution 14/221": a resolution printed inside a cited document."""
    tail = before.rstrip()
    if not tail.endswith(","):
        return False
    words = tail[:-1].split()[-2:]
    return any(word.rstrip(",").lower() in rules.inside_document_words for word in words)


def date_after(text: str, end: int) -> date | None:
    rules = symbol_rules()
    match = rules.date_after.match(text, end)
    return date_from(match, rules.months) if match else None


# --- treaties, publications, records, links, instruments -----------------------------------------


def find_treaty_series(text: str) -> list[Found]:
    """ "United Nations, Treaty Series, vol. 2515, No. 44910"."""
    return [
        treaty_found(match["series"], match["volumes"], match["numbers"], match)
        for match in TREATY_SERIES.finditer(text)
    ]


def treaty_found(series: str, volumes: str, numbers: str, match: re.Match[str]) -> Found:
    volume_word = "vols." if DIGIT.search(volumes.lstrip("0123456789")) else "vol."
    number_word = "Nos." if DIGIT.search(numbers.lstrip("0123456789")) else "No."
    place = f"{volume_word} {volumes}, {number_word} {numbers}"
    reference = f"{series}, Treaty Series, {place}"
    instrument = None
    if series == "United Nations":
        instrument = instrument_catalogue().by_treaty.get(" ".join(place.split()).lower())
    return Found(
        kind="treaty_series",
        text=reference if match.group().startswith("Ibid") else match.group(),
        start=match.start(),
        end=match.end(),
        key="treaty:" + " ".join(reference.split()).lower(),
        name=instrument.name if instrument else None,
    )


def find_sales_numbers(text: str) -> list[Found]:
    """ "(United Nations publication, Sales No. E.81.IX.4)"."""
    return [
        Found(
            kind="publication",
            text=match.group(),
            start=match.start(),
            end=match.end(),
            key="sales:" + match["number"].upper(),
        )
        for match in SALES_NUMBER.finditer(text)
    ]


def find_official_records(text: str, symbols: Sequence[Found]) -> list[Found]:
    """ "Official Records of the General Assembly, ..., Supplement No. 10", when no symbol
    follows it: with a symbol, the symbol is the citation."""
    symbol_starts = {found.start for found in symbols}
    found: list[Found] = []
    for match in RECORDS_START.finditer(text):
        end = records_end(text, match.end())
        if end is None:
            continue
        printed = text[match.start() : end].rstrip(" ,.")
        end = match.start() + len(printed)
        follow = RECORDS_FOLLOW.match(text, end)
        if follow and follow.end() in symbol_starts:
            continue
        found.append(
            Found(
                kind="official_records",
                text=printed,
                start=match.start(),
                end=end,
                key="records:" + " ".join(printed.split()).lower(),
            )
        )
    return found


def sentence_end(text: str, start: int, limit: int) -> int:
    """The first ". " that ends a sentence, not an abbreviation ("No. 8", "vol. 2"), or -1."""
    position = text.find(". ", start, limit)
    while position != -1:
        word = text[text.rfind(" ", start, position) + 1 : position]
        if word not in ABBREVIATIONS:
            return position
        position = text.find(". ", position + 1, limit)
    return -1


def records_end(text: str, start: int) -> int | None:
    """Where an Official Records reference ends: after its supplement number, or before a
    bracket, a semicolon or the end of the sentence, within RECORDS_LENGTH characters."""
    limit = min(len(text), start + RECORDS_LENGTH)
    stops = [text.find(mark, start, limit) for mark in ("(", ";", "\n")]
    stops.append(sentence_end(text, start, limit))
    if text.endswith(".", start, limit) and limit == len(text):
        stops.append(limit - 1)
    stop = min((position for position in stops if position != -1), default=-1)
    supplement_at = text.find("Supplement", start, stop if stop != -1 else limit)
    if supplement_at != -1:
        supplement = RECORDS_SUPPLEMENT.match(text, supplement_at)
        if supplement:
            return supplement.end()
    return None if stop == -1 else stop


def find_urls(text: str) -> list[Found]:
    """ "www.mineaction.org", "https://www.un.org/disarmament/"."""
    found: list[Found] = []
    for match in URL.finditer(text):
        printed = match.group().rstrip(URL_TRAILING)
        if "." not in printed.split("//", 1)[-1]:
            continue
        url = printed if printed.startswith("http") else "https://" + printed
        bare = printed.split("//", 1)[1] if "//" in printed else printed
        found.append(
            Found(
                kind="url",
                text=printed,
                start=match.start(),
                end=match.start() + len(printed),
                key="url:" + bare.lower().rstrip("/"),
                url=url,
            )
        )
    return found


def find_instruments(text: str) -> list[Found]:
    """Treaties, protocols, declarations and standards named from the catalogue."""
    catalogue = instrument_catalogue()
    found: list[Found] = []
    lower = text.lower()
    if len(lower) == len(text):  # lower-casing kept every offset: match the lower-case trie
        spans = [(m.start(), m.end()) for m in catalogue.phrases.finditer(lower)]
    else:
        spans = [(m.start(), m.end()) for m in catalogue.phrases_any_case.finditer(text)]
    for start, end in spans:
        instrument = catalogue.by_phrase.get(" ".join(lower[start:end].split()))
        if instrument:
            found.append(instrument_found(instrument, start, end, text))
    if catalogue.shorts is not None:
        for match in catalogue.shorts.finditer(text):
            instrument = catalogue.by_short[match.group()]
            found.append(instrument_found(instrument, match.start(), match.end(), text))
    return found


def instrument_found(instrument: Instrument, start: int, end: int, text: str) -> Found:
    return Found(
        kind="instrument",
        text=text[start:end],
        start=start,
        end=end,
        key="instrument:" + instrument.id,
        name=instrument.name,
    )


# --- Ibid., overlaps, merging --------------------------------------------------------------------


def resolve_ibid(text: str, found: list[Found], previous_note: Sequence[Found]) -> list[Found]:
    """A footnote that opens with "Ibid." cites what the footnote before it cited, with its own
    volume ("Ibid., vol. 2048, No. 22495": another treaty) or part ("Ibid., part II": the same)."""
    opening = IBID.match(text.lstrip())
    if not opening or not previous_note:
        return found
    offset = len(text) - len(text.lstrip())
    treaty = IBID_TREATY.match(text, text.find("Ibid", offset))
    earlier_treaties = [item for item in previous_note if item.kind == "treaty_series"]
    if treaty and earlier_treaties:
        series = earlier_treaties[-1].key.split(",", 1)[0].removeprefix("treaty:")
        series_name = "League of Nations" if series.startswith("league") else "United Nations"
        resolved = treaty_found(series_name, treaty["volumes"], treaty["numbers"], treaty)
        return [resolved, *(item for item in found if not overlaps(item, resolved))]
    if any(item.kind in MAIN_KINDS for item in found):
        return found
    cited = [item for item in previous_note if item.kind in MAIN_KINDS] or list(previous_note)
    end = len(text.rstrip().rstrip("."))
    start = offset
    return [replace(cited[-1], text=text[start:end], start=start, end=end), *found]


def overlaps(first: Found, second: Found) -> bool:
    return first.start < second.end and second.start < first.end


def drop_overlaps(candidates: Iterable[Found]) -> list[Found]:
    """Keep one mention where two finders read the same words: a URL over a symbol in it, a
    resolution number over a symbol-like code; instruments may nest in nothing else."""
    ordered = sorted(candidates, key=lambda item: (item.start, -(item.end - item.start)))
    kept: list[Found] = []
    for item in ordered:
        if kept and overlaps(kept[-1], item):
            if priority(item) < priority(kept[-1]):
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def priority(item: Found) -> int:
    return FINDER_PRIORITY.get(item.kind, 4)


def merge_mentions(
    mentions: Sequence[tuple[Unit, Found]], positions: dict[str, int] | None = None
) -> tuple[Citation, ...]:
    """One Citation per key, with every place it is mentioned and every paragraph it supports,
    the paragraphs in the document's order (`positions`: unit id -> position)."""
    order: list[str] = []
    first: dict[str, Found] = {}
    locations: dict[str, dict[Location, None]] = {}  # insertion-ordered sets: no quadratic scans
    supports: dict[str, dict[str, None]] = {}
    dates: dict[str, date] = {}
    for unit, found in mentions:
        if found.key not in first:
            order.append(found.key)
            first[found.key] = found
            locations[found.key] = {}
            supports[found.key] = {}
        locations[found.key][Location(unit.where, found.start, found.end)] = None
        supports[found.key].update(dict.fromkeys(unit.supports))
        if found.date and found.key not in dates:
            dates[found.key] = found.date
    return tuple(
        Citation(
            kind=first[key].kind,
            text=first[key].text,
            body=first[key].body,
            symbol=first[key].symbol,
            name=first[key].name,
            url=first[key].url,
            date=dates.get(key),
            locations=tuple(locations[key]),
            paragraphs=in_document_order(supports[key], positions),
        )
        for key in order
    )


def in_document_order(
    paragraphs: Iterable[str], positions: dict[str, int] | None
) -> tuple[str, ...]:
    """A footnote's paragraphs come after the paragraphs read directly: put them back in place."""
    if not positions:
        return tuple(paragraphs)
    return tuple(sorted(paragraphs, key=lambda where: positions.get(where, len(positions))))


# --- data files ----------------------------------------------------------------------------------


@cache
def symbol_rules() -> SymbolRules:
    data = load_data_file("symbols.yaml")
    bodies = tuple(body_from_data(entry) for entry in data["bodies"])
    months = {name: number for number, name in enumerate(data["months"], start=1)}
    month_names = "|".join(months)
    return SymbolRules(
        bodies=bodies,
        bodies_by_name={body.name: body for body in bodies},
        body_by_alias={
            " ".join(alias): body.name
            for body in bodies
            for alias in body.aliases
            if len(alias) > 1 or alias[0].isupper()  # "Assembly" alone may be any assembly
        },
        council_by_shape=dict(data["council_by_shape"]),
        own_body_words=frozenset(data["own_body_words"]),
        foreign_body_words=frozenset(data["foreign_body_words"]),
        undocs_series=frozenset(data["undocs_series"]),
        max_series_length=int(data["max_series_length"]),
        designation=re.compile(
            r"[ \u00a0]?\((?P<word>"
            + "|".join(re.escape(word) for word in longest_first(data["designation_words"]))
            + r")(?P<rest>[^()\n]{0,40})\)",
            re.IGNORECASE,
        ),
        issuance=re.compile(
            r"(?:,?[ \u00a0]and|,)[ \u00a0](?P<word>"
            + "|".join(re.escape(word) for word in longest_first(data["issuance_words"]))
            + r")[ \u00a0]?(?P<number>\d{1,3})(?![\w/])"
        ),
        inside_document_words=frozenset(data["inside_document_words"]),
        months=months,
        date_after=re.compile(
            rf",?[ \u00a0]of[ \u00a0](?P<day>\d{{1,2}})[ \u00a0](?P<month>{month_names})"
            r"[ \u00a0](?P<year>\d{4})"
        ),
        languages={
            code: language_from_data(entry) for code, entry in data.get("languages", {}).items()
        },
    )


def language_from_data(entry: dict[str, Any]) -> LanguageRules:
    words = longest_first([*entry["resolution"], *entry["decision"]])
    alternatives = "|".join(re.escape(word) for word in words)
    if entry.get("number_first"):
        keyword = re.compile(
            r"第[ \u00a0]?(?P<number>(?:E?S-)?\d{1,4}/\d{1,4}|\d{1,4})"
            r"(?:[ \u00a0]?(?P<letter>[A-Z]{1,2}))?"
            r"(?:[ \u00a0]?[(（](?P<paren>\d{4}|[IVXLC]{1,8}|E?S-[IVXL]{1,6})[)）])?"
            rf"[ \u00a0]?号(?P<word>{alternatives})"
        )
    else:
        keyword = re.compile(rf"(?<!\w)(?P<word>(?i:{alternatives}))[ \u00a0]+(?=[\dES])")
    months = {name: number for number, name in enumerate(entry.get("months", []), start=1)}
    month_names = "|".join(re.escape(name) for name in longest_first(months))
    joins = "|".join(re.escape(word) for word in entry.get("joins", []))
    return LanguageRules(
        keyword=keyword,
        decision_words=frozenset(word.lower() for word in entry["decision"]),
        join=re.compile(
            rf"(?:[,،][ \u00a0]*(?:(?:{joins})[ \u00a0]+)?|[ \u00a0]+(?:{joins})[ \u00a0]*)"
            if joins
            else r"[,،、][ \u00a0]*"
        ),
        date_after=(
            re.compile(entry["date_after"].replace("{months}", month_names))
            if "date_after" in entry
            else None
        ),
        date_before=re.compile(entry["date_before"]) if "date_before" in entry else None,
        months=months,
        other_bodies=tuple(entry.get("other_bodies", [])),
        body_window=int(entry.get("body_window", 50)),
        number_first=bool(entry.get("number_first")),
    )


def body_from_data(entry: dict[str, Any]) -> Body:
    aliases = sorted((tuple(alias.split()) for alias in entry["aliases"]), key=len, reverse=True)
    templates: dict[str, dict[str, str]] = {
        kind: dict(entry[kind]) for kind in ("resolution", "decision") if kind in entry
    }
    return Body(
        name=entry["name"],
        aliases=tuple(aliases),
        templates=templates,
        numbered_from=entry.get("numbered_from"),
    )


def longest_first(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


@cache
def instrument_catalogue() -> InstrumentCatalogue:
    data = load_data_file("instruments.yaml")
    by_phrase: dict[str, Instrument] = {}
    by_short: dict[str, Instrument] = {}
    by_treaty: dict[str, Instrument] = {}
    for entry in data["instruments"]:
        instrument = Instrument(id=entry["id"], name=entry["name"])
        for place in entry.get("treaty_series", []):
            by_treaty[" ".join(place.split()).lower()] = instrument
        for phrase in [entry["name"], *entry.get("phrases", [])]:
            by_phrase.setdefault(" ".join(phrase.split()).lower(), instrument)
        for short in entry.get("short", []):
            by_short[short] = instrument
    phrases = r"\b" + trie_pattern(by_phrase) + r"(?![\w\-])"
    shorts = None
    if by_short:
        shorts = re.compile(
            r"(?<![\w/.\-])(?:"
            + "|".join(re.escape(short) for short in longest_first(by_short))
            + r")(?![\w/\-])"
        )
    return InstrumentCatalogue(
        by_phrase=by_phrase,
        by_short=by_short,
        phrases=re.compile(phrases),
        by_treaty=by_treaty,
        phrases_any_case=re.compile(phrases, re.IGNORECASE),
        shorts=shorts,
    )


def trie_pattern(phrases: Iterable[str]) -> str:
    """One pattern for many phrases, shaped as a trie so that matching never tries the same
    prefix twice; a space in a phrase matches any run of whitespace."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_node_pattern(trie)


def trie_node_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + trie_node_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
