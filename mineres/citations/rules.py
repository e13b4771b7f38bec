"""The citation rules read from data files: bodies, symbol series, number shapes, dates and the
words each official language uses for "resolution" (data/symbols.yaml), read once per process.

The rule sets and the bodies are frozen dataclasses (`mineres.frozen`: nothing compiled, about
half a typed named tuple's cost to define, which evaluates its own constructor's source). A
command that reads one document pays for every class the citation finders define."""

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, lru_cache, partial
from typing import Any, TypeVar, overload

from mineres.frozen import frozen_dataclass
from mineres.store.datafiles import load_data_file

RulesT = TypeVar("RulesT")
BODY_PATTERNS_BEFORE_FULL = 4
DefaultT = TypeVar("DefaultT")


@frozen_dataclass
class Body:
    """A body whose documents are cited, its aliases and its symbols' shapes (data/symbols.yaml)."""

    name: str
    aliases: tuple[tuple[str, ...], ...]  # each alias as words, longest first
    templates: dict[str, dict[str, str]]  # {"resolution": {"numbered": "A/RES/{number}"}}
    numbered_from: int | None = None  # the first session that numbered its resolutions "31/1"


@frozen_dataclass
class LanguageRules:
    """How another official language cites resolutions by number (data/symbols.yaml)."""

    keyword: re.Pattern[str]  # the word, and a body named between it and the numbers
    decision_words: frozenset[str]  # lower case, without tatweel
    bodies: tuple[tuple[re.Pattern[str], str], ...]  # a name in the language -> the body
    body_names: re.Pattern[str] | None  # any of those names
    body_after: re.Pattern[str] | None  # a body named right after the list
    body_window: int  # how near before the word a body's name must end, in characters
    date_before: re.Pattern[str] | None  # Chinese: the date that ends right before the number
    number_first: bool
    inside_document_words: tuple[str, ...]


@frozen_dataclass
class ListRules:
    """How one language writes a list of resolution numbers (data/symbols.yaml)."""

    item: re.Pattern[str]  # one number, its letters and its session or year
    letter: re.Pattern[str]  # one letter of the letters group
    # "to" in "A to E", or a dash: compiled (compiled_once) only where a dash or one of
    # `range_starts` stands (see numbered.range_at): most lists name no range
    range_word: str
    range_starts: tuple[str, ...]  # what each range word opens with, as printed
    date_after: re.Pattern[str] | None
    months: dict[str, int]
    separator: str  # between two members (compiled_once: walk_list reads subject_or_separator)
    # a clause about the member (", on ...", ", which ...": group "subject"), else a separator:
    # one match after each member, not one for each. Compiled (compiled_once) only where a
    # clause may open: after a separator and one of `subject_starts` (see numbered.py)
    subject_or_separator: str
    subject_starts: tuple[str, ...]  # what each clause opens with, as printed
    next_item: str  # a separator and another member after such a clause (compiled_once: rare)
    searched_next_item: str  # the same, quicker to search, slower to compile (see numbered.py)
    stop: str  # where such a clause ends the list: ";" or another keyword (compiled_once)
    letter_names: dict[str, str]  # Arabic "باء" -> "B"
    special_sessions: dict[str, str]  # Arabic "دإ-" -> "S-"


@frozen_dataclass
class SymbolRules:
    """How documents are cited by symbol, in every language (data/symbols.yaml)."""

    bodies: tuple[Body, ...]
    bodies_by_name: dict[str, Body]
    body_by_alias: dict[str, str]  # "ESCAP" -> "Economic and Social Commission for Asia ..."
    council_by_shape: dict[str, str]
    own_body_words: frozenset[str]
    foreign_body_words: frozenset[str]
    undocs_series: frozenset[str]
    max_series_length: int
    designation: str  # a pattern, compiled once a text needs it (compiled_once): most never do
    # an issuance after a symbol ("and Add.1"), compiled (compiled_once) only where one of
    # `issuance_words` stands where it may begin: after most symbols none does
    issuance: str
    issuance_words: tuple[str, ...]
    inside_document_words: frozenset[str]
    months: dict[str, int]
    date_after: re.Pattern[str]
    languages: Mapping[str, LanguageRules]
    lists: Mapping[str, ListRules]  # "en", "fr", ...
    # the last part of a record that a range may follow ("SR.11"), compiled (compiled_once)
    # only where a symbol holds a dash: most hold none
    record_range: str
    max_range: int
    # (body, alias) by the alias's last word, in the order of `bodies`: the few aliases that
    # can end where "resolution" is preceded by a word, without trying all of them
    aliases_by_last_word: dict[str, tuple[tuple[Body, tuple[str, ...]], ...]]


# What compiled_once compiled, by pattern. A check made before a match only to spare compiling
# a pattern (numbered.range_at) is skipped once the pattern is here: in a process reading many
# documents, matching a compiled pattern costs less than the check.
COMPILED: dict[str, re.Pattern[str]] = {}


def compiled_once(pattern: str) -> re.Pattern[str]:
    """A pattern compiled the first time a text needs it, and kept: most documents never need
    most of the rarer ones (a sales number, a web address), and a command reading one or two
    documents feels every compile (0.05-0.3 ms each)."""
    compiled = COMPILED.get(pattern)
    if compiled is None:
        compiled = COMPILED[pattern] = re.compile(pattern)
    return compiled


def aliases_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of these bodies' aliases, ending a word. It opens on the aliases,
    not on a "\\b": a pattern that opens on letters is skipped to in C, one that opens on "\\b"
    is tried at every character; `named_bodies` checks the start of the word on each match."""
    return re.compile("(?:" + "|".join(re.escape(a) for a in aliases) + r")\b")


class BodyNames:
    """The patterns of bodies' aliases a process has compiled. The pattern of every alias costs
    ~0.6 ms to compile, and a process reading one document looks in a few clauses: each is
    searched with a pattern of only the aliases printed in it (none in most), longest first
    as in the full one, so it finds the same there. Once a process has compiled
    BODY_PATTERNS_BEFORE_FULL of these (a corpus), the full one is compiled and searched
    (looking for each alias in each clause would cost more)."""

    def __init__(self, aliases: tuple[str, ...]) -> None:
        self.aliases = aliases  # longest first
        self.of_few: dict[tuple[str, ...], re.Pattern[str]] = {}
        self.every: re.Pattern[str] | None = None

    def in_window(self, text: str, start: int, end: int) -> re.Pattern[str] | None:
        """The pattern to search text[start:end] with; None when no alias is printed there."""
        if self.every is not None:
            return self.every
        if len(self.of_few) >= BODY_PATTERNS_BEFORE_FULL:
            self.every = aliases_pattern(self.aliases)
            return self.every
        window = text[start:end]
        printed = tuple([alias for alias in self.aliases if alias in window])
        if not printed:
            return None
        if printed not in self.of_few:
            self.of_few[printed] = aliases_pattern(printed)
        return self.of_few[printed]


@cache
def body_names() -> BodyNames:
    return BodyNames(tuple(longest_first(symbol_rules().body_by_alias)))


def named_bodies(text: str, start: int, end: int) -> list[str]:
    """The aliases in text[start:end] that start and end a word, in order: what
    "\\b(?:alias|...)\\b" finds there (every alias opens on a letter)."""
    pattern = body_names().in_window(text, start, end)
    if pattern is None:
        return []
    names: list[str] = []
    position = start
    while match := pattern.search(text, position, end):
        found = match.start()
        if found and is_word_character(text[found - 1]):
            position = found + 1
            continue
        names.append(match.group())
        position = match.end()
    return names


def is_word_character(char: str) -> bool:
    """What "\\w" matches in a str pattern."""
    return char.isalnum() or char == "_"


@cache
def symbol_rules() -> SymbolRules:
    data = load_data_file("symbols.yaml")
    bodies = tuple(body_from_data(entry) for entry in data["bodies"])
    months = {name: number for number, name in enumerate(data["months"], start=1)}
    month_names = "|".join(months)
    english_date = re.compile(
        rf",?[ \u00a0]of[ \u00a0](?P<day>\d{{1,2}})[ \u00a0](?P<month>{month_names})"
        r"[ \u00a0](?P<year>\d{4})"
    )
    by_last_word: dict[str, list[tuple[Body, tuple[str, ...]]]] = {}
    for body in bodies:
        for alias in body.aliases:
            by_last_word.setdefault(alias[-1], []).append((body, alias))
    return SymbolRules(
        aliases_by_last_word={word: tuple(found) for word, found in by_last_word.items()},
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
        designation=(
            r"(?i)[ \u00a0]?\((?P<word>"
            + "|".join(re.escape(word) for word in longest_first(data["designation_words"]))
            + r")(?P<rest>[^()\n]{0,40})\)"
        ),
        issuance=(
            r"(?:,?[ \u00a0]and|,)[ \u00a0](?P<word>"
            + "|".join(re.escape(word) for word in longest_first(data["issuance_words"]))
            + r")[ \u00a0]?(?P<number>\d{1,3})(?![\w/])"
        ),
        issuance_words=tuple(data["issuance_words"]),
        inside_document_words=frozenset(data["inside_document_words"]),
        months={month_key(name): number for name, number in months.items()},
        date_after=english_date,
        languages=ByLanguage(
            {
                code: partial(language_from_data, entry)
                for code, entry in data.get("languages", {}).items()
            }
        ),
        lists=ByLanguage(
            {
                "en": partial(
                    lists_from_data,
                    data["enumeration"],
                    {month_key(name): number for name, number in months.items()},
                    english_date,
                ),
                **{
                    code: partial(lists_for_language, entry)
                    for code, entry in data.get("languages", {}).items()
                },
            }
        ),
        record_range=(
            r"/(?:"
            + "|".join(re.escape(word) for word in longest_first(data["record_ranges"]))
            + r")(?P<first>\d{1,4})$"
        ),
        max_range=int(data["max_range"]),
    )


class ByLanguage(Mapping[str, RulesT]):
    """Rules by language code, each language's built the first time it is asked for: a
    command on an English resolution does not compile the other five languages' patterns
    (about 300 of them, most of the cost of the first citation found in a process)."""

    def __init__(self, builders: dict[str, Callable[[], RulesT]]) -> None:
        self.builders = builders
        self.built: dict[str, RulesT] = {}

    def __getitem__(self, code: str) -> RulesT:
        if code not in self.built:
            self.built[code] = self.builders[code]()
        return self.built[code]

    def __contains__(self, code: object) -> bool:
        return code in self.builders

    @overload
    def get(self, code: str, /) -> RulesT | None: ...

    @overload
    def get(self, code: str, /, default: RulesT | DefaultT) -> RulesT | DefaultT: ...

    def get(self, code: str, /, default: object = None) -> object:
        """Without raising KeyError for a language with no rules of its own ("en"): asked
        for every paragraph, and an exception costs more than the lookup."""
        return self[code] if code in self.builders else default

    def __iter__(self) -> Iterator[str]:
        return iter(self.builders)

    def __len__(self) -> int:
        return len(self.builders)


def lists_for_language(entry: dict[str, Any]) -> ListRules:
    return lists_from_data(entry, *language_dates(entry))


def language_from_data(entry: dict[str, Any]) -> LanguageRules:
    tatweel = bool(entry.get("tatweel"))
    words = alternatives([*entry["resolution"], *entry["decision"]], tatweel)
    names = [
        (phrase_pattern(name, tatweel), body)
        for body, phrases in entry.get("bodies", {}).items()
        for name in phrases
    ]
    names.sort(key=lambda pair: len(pair[0]), reverse=True)  # the longest name where two start
    any_name = "|".join(pattern for pattern, _ in names)
    starts = alternatives(entry.get("special_sessions", {}), tatweel)
    digit = rf"(?=[\dES]|{starts})" if starts else r"(?=[\dES])"
    after_words = alternatives(entry.get("after_words", []))
    lead = rf"(?:(?:{after_words}){SPACE}*)?" if after_words else ""
    between = rf"(?:{SPACE}+{lead}(?P<between>{any_name}))?" if any_name else ""
    proclitics = alternatives(entry.get("proclitics", []))
    if entry.get("number_first"):
        keyword = re.compile(rf"(?P<word>{words})")
    else:
        keyword = re.compile(
            rf"(?<!\w)(?:{proclitics})?(?P<word>(?i:{words})){between}{SPACE}+{digit}"
            if proclitics
            else rf"(?<!\w)(?P<word>(?i:{words})){between}{SPACE}+{digit}"
        )
    body_after = None
    if any_name:
        body_after = re.compile(rf",?{SPACE}+{lead}(?:{any_name})")
    return LanguageRules(
        keyword=keyword,
        decision_words=frozenset(word.lower() for word in entry["decision"]),
        bodies=tuple((re.compile(pattern), body) for pattern, body in names),
        body_names=re.compile(any_name) if any_name else None,
        body_after=body_after,
        body_window=int(entry.get("body_window", 60)),
        date_before=re.compile(entry["date_before"] + "$") if "date_before" in entry else None,
        number_first=bool(entry.get("number_first")),
        inside_document_words=tuple(entry.get("inside_document_words", [])),
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


SPACE = r"[ \u00a0]"
SPACE_CHARACTERS = r" \u00a0"  # SPACE's, inside a class
LETTER = r"[A-Z]{1,2}(?![A-Za-z0-9_/])"  # ASCII: Chinese "A和B" glues the next letter
RANGE_DASHES = ("-", "–", "\u2011")
LETTER_RANGE = "[-–\u2011]"  # "40/257 A–C" names A, B and C, as "A to C" does: RANGE_DASHES


def alternatives(words: Iterable[str], tatweel: bool = False) -> str:
    return "|".join(phrase_pattern(word, tatweel) for word in longest_first(words))


def phrase_pattern(phrase: str, tatweel: bool = False) -> str:
    """A phrase as the text may print it: any run of spaces for a space, any case ending for
    "*" ("Совет*"), either apostrophe, and, in Arabic, a tatweel stretch after any letter."""
    pieces: list[str] = []
    for char in phrase:
        if char == " ":
            pieces.append(f"{SPACE}+")
        elif char == "*":
            pieces.append(r"\w*")
        elif char in "’'":
            pieces.append("['’]")
        elif char == "/":
            pieces.append(r"[ \u00a0/\\]{1,3}")
        else:
            pieces.append(re.escape(char) + (ARABIC_MARKS if tatweel and is_arabic(char) else ""))
    return "".join(pieces)


def language_dates(entry: dict[str, Any]) -> tuple[dict[str, int], re.Pattern[str] | None]:
    months = {name: number for number, name in enumerate(entry.get("months", []), start=1)}
    if "date_after" not in entry:
        return months, None
    tatweel = bool(entry.get("tatweel"))
    month_names = alternatives(months, tatweel)
    pattern = stretchable(entry["date_after"]) if tatweel else entry["date_after"]
    return {month_key(name): number for name, number in months.items()}, re.compile(
        pattern.replace("{months}", month_names)
    )


@cache
@lru_cache(maxsize=256)  # a few dozen month names, each printed in thousands of dates
def month_key(name: str) -> str:
    """A month as printed, for looking up: "كانــون الأول/ ديسمبر" is "كانونالأولديسمبر"."""
    return "".join(
        char
        for char in name.lower()
        if char not in " \u00a0/\\\u0640" and not "\u064b" <= char <= "\u0652"
    )


ARABIC_MARKS = "[\u0640\u064b-\u0652]*"  # a tatweel stretch, or the optional vowel marks


def is_arabic(char: str) -> bool:
    return "\u0621" <= char <= "\u064a" and char != "\u0640"


def stretchable(pattern: str) -> str:
    """An Arabic pattern that tolerates a tatweel or a vowel mark after any letter ("المــؤرخ",
    "الأوّل")."""
    return "".join(char + ARABIC_MARKS if is_arabic(char) else char for char in pattern)


def lists_from_data(
    entry: dict[str, Any], months: dict[str, int], date_after: re.Pattern[str] | None
) -> ListRules:
    """The item, separator and interrupter patterns of one language. Every member starts with a
    digit ("57/159", "3263 (XXIX)") or an "ES-"/"S-" session, so each pattern is tried only
    where a list may go on, never scanned over the text."""
    tatweel = bool(entry.get("tatweel"))
    letter = letter_pattern(entry)
    separator = separator_pattern(entry)
    first_digit = (
        r"(?=(?:E?S[-\u2011])?\d{1,4}(?:/\d|[ \u00a0]?(?:[A-Z][ \u00a0]?)?\((?:\d{4}|[IVXLC]+)\)))"
    )
    keyword_words = [
        *entry.get("resolution", ["resolution"]),
        *entry.get("decision", ["decision"]),
    ]
    ranges = entry.get("range_words", [])
    interrupters = entry.get("interrupters", [])
    return ListRules(
        item=item_pattern(entry, letter),
        letter=re.compile(letter),
        range_word=(
            rf"{LETTER_RANGE}|{SPACE}*(?:{alternatives(ranges, tatweel)}){SPACE}*"
            if ranges
            else LETTER_RANGE
        ),
        range_starts=tuple(literal_start(word, tatweel) for word in ranges),
        date_after=date_after,
        months=months,
        separator=separator,
        subject_or_separator=(
            rf"(?P<subject>[,،]?{SPACE}(?:{alternatives(interrupters, tatweel)}){SPACE})|{separator}"
            if interrupters
            else separator
        ),
        subject_starts=tuple(literal_start(word, tatweel) for word in interrupters),
        next_item=separator + first_digit,
        searched_next_item=searched_separator(entry) + first_digit,
        stop=rf"{opening_on_literals(keyword_words, tatweel)}|;",
        letter_names=letter_names(entry),
        special_sessions=dict(entry.get("special_sessions", {})),
    )


def literal_start(phrase: str, tatweel: bool) -> str:
    """What `phrase_pattern(phrase, tatweel)` opens with that matches only itself: the phrase
    up to its first space, "*", apostrophe or "/" (and, stretched by tatweel, its first letter
    alone). A text that does not print it there holds no match of the phrase."""
    end = next((index for index, char in enumerate(phrase) if char in " *’'/"), len(phrase))
    return phrase[: min(end, 1)] if tatweel else phrase[:end]


def opening_on_literals(words: list[str], tatweel: bool) -> str:
    """`(?i:word|...)`, each word that opens on an ASCII letter spelt as that letter in each
    case, then the rest in any case: a pattern whose alternatives all open on literals is
    searched for at those letters only, one that ignores case at every character. (No other
    character matches an ASCII letter but i, k and s when case is ignored: those, and other
    scripts, stay as they are.)"""
    branches: list[str] = []
    for word in longest_first(words):
        first, rest = word[0], word[1:]
        if first.isascii() and first.isalpha() and first.lower() not in "iks":
            rest_in_any_case = f"(?i:{phrase_pattern(rest, tatweel)})"
            branches.extend(case + rest_in_any_case for case in (first.lower(), first.upper()))
        else:
            branches.append(f"(?i:{phrase_pattern(word, tatweel)})")
    return "|".join(branches)


def letter_names(entry: dict[str, Any]) -> dict[str, str]:
    """The Latin letter each printed letter stands for: Arabic "باء" and Cyrillic "В" are B."""
    names = {name: chr(ord("A") + index) for index, name in enumerate(entry.get("letters", []))}
    names.update({char: unidecode_lookalike(char) for char in entry.get("letter_lookalikes", "")})
    return names


def letter_pattern(entry: dict[str, Any]) -> str:
    """One letter of a lettered resolution: "A", Cyrillic "В", Arabic "ألف"."""
    if entry.get("letters"):
        return rf"(?:{alternatives(entry['letters'], bool(entry.get('tatweel')))})(?!\w)"
    lookalikes = entry.get("letter_lookalikes", "")
    if lookalikes:
        return rf"(?:[A-Z]{{1,2}}|[{lookalikes}])(?![\w/])"
    return LETTER


def item_pattern(entry: dict[str, Any], letter: str) -> re.Pattern[str]:
    """One number with its letters and its year or session: "36/87 A and B", "1514 (د-15)",
    "第33/12和33/13号"."""
    tatweel = bool(entry.get("tatweel"))
    session = entry.get("session", "")
    paren = r"\d{4}|[IVXLC]{1,8}|E?S-[IVXL]{1,6}" + (f"|{session}" if session else "")
    letter_words = [*entry.get("letter_joins", []), *entry.get("range_words", [])]
    letter_join = (
        rf"(?:,{SPACE}|{LETTER_RANGE}|{SPACE}*(?:{alternatives(letter_words)}){SPACE}*)"
        if letter_words
        else f"(?:,{SPACE}|{LETTER_RANGE})"
    )
    sessions = alternatives(entry.get("special_sessions", {}), tatweel)  # Arabic "دإ-10/2"
    special = rf"E?S[-\u2011]|{sessions}" if sessions else r"E?S[-\u2011]"
    number = rf"(?P<number>(?:{special})?\d{{1,4}}/\d{{1,4}}|\d{{1,4}})"
    letters = rf"(?:{SPACE}?(?P<letters>{letter}(?:{letter_join}{letter})*))?"
    session_or_year = rf"(?:{SPACE}?[(（](?P<paren>{paren})[)）])?"
    if not entry.get("number_first"):
        return re.compile(number + letters + session_or_year + r"(?![\w/])")
    more = rf"(?P<more>(?:{SPACE}?(?:和|、|及){SPACE}?\d{{1,4}}/\d{{1,4}})*)"
    return re.compile(  # "号" is sometimes left out: "第217 A(III)决议"
        rf"(?:第{SPACE}?)?{number}{more}{letters}{session_or_year}{SPACE}?号?"
    )


def separator_pattern(entry: dict[str, Any]) -> str:
    """What stands between two members: ", ", " and ", "، و"; in Chinese, "、" and the next
    number's date and subject: "、2015年10月1日第30/4号", "和2019年6月20日关于...的第73/302号"."""
    joins = alternatives(entry.get("joins", []))
    if not entry.get("number_first"):
        return rf"(?:\(\))?(?:[,;،]{SPACE}*(?:(?:{joins}){SPACE}*)?|{SPACE}+(?:{joins}){SPACE}*)"
    return (
        rf"{SPACE}*(?:{joins}){SPACE}*(?:[^第。；]{{0,80}}?的(?=\d{{4}}年))?"
        rf"(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日)?(?:[^第。；]{{0,80}}?的)?{SPACE}*(?=第|[\dES])"
    )


def searched_separator(entry: dict[str, Any]) -> str:
    """separator_pattern as a pattern searched for over a clause is best spelt: opening on a
    class of the characters a separator may open with, so that the search is tried only where
    one stands, found in C, not at every character (~5 times faster over a clause of 320
    characters; its classes holding "،" cost ~0.25 ms more to compile). The same matches: an
    optional "()" first, then a mark or a run of spaces, each told by the character just read
    ((?<=...)), and what follows it as separator_pattern reads it."""
    if entry.get("number_first"):
        return separator_pattern(entry)
    joins = alternatives(entry.get("joins", []))
    after_mark = rf"{SPACE}*(?:(?:{joins}){SPACE}*)?"
    after_space = rf"{SPACE}*(?:{joins}){SPACE}*"
    return (
        rf"[(,;،{SPACE_CHARACTERS}](?:(?<=\()\)[,;،{SPACE_CHARACTERS}])?"
        rf"(?:(?<=[,;،]){after_mark}|(?<={SPACE}){after_space})"
    )


def unidecode_lookalike(char: str) -> str:
    """The Latin capital a Cyrillic one is printed for: "В" -> "B"."""
    return "ABCEHKMOPTX"["АВСЕНКМОРТХ".index(char)]
