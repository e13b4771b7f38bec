"""Where a footnote marker may stand, and how much the words around it say it is one.

A run of digits in the ODS export is either part of the text or a footnote marker glued to
it. Each run is a *site*; each way of reading it as a marker is a *reading* with a number
and a score: positive when what the reading leaves behind is ordinary text ("pertinentes",
"1949", "73/155", "Agenda 21" when the document writes "Agenda 21" elsewhere), negative
when only the numbering could justify it. A run inside a number ("$1.90", "1.5 degrees",
"1,000", "11 000") has no reading at all: no numbering can turn it into a marker.
The decoder (footnote_decoder) then chooses one reading per site, or none, for the whole
document at once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import field, replace
from functools import cache, lru_cache
from operator import attrgetter

from mineres.frozen import frozen_dataclass
from mineres.un.numbering import roman_value

# Scores: what one reading is worth before the numbering is considered. The decoder charges
# MISSED_FOOTNOTE for a footnote it leaves uncited: a reading scored below -MISSED_FOOTNOTE is
# never taken on the numbering alone.
MISSED_FOOTNOTE = 5.0
STRONG = 3.0  # glued to a word, a closing quote, a year: how the export writes markers
WEAK = -1.0  # after a short number and a comma ("Agenda 21,5" but also "1,4 milliard")
NUMBERING_ONLY = -3.0  # a number's tail ("Agenda 216", "74/521,"): only the numbering says so
# "paragraph 63", "from 12 to 30": a number after a common noun is a reference, however often
# "paragraph 6" is written; kept only so that a name cited with this marker elsewhere can
# raise it ("article 1,2" ... "article 12"), never taken on the numbering alone
UNSUPPORTED = -2 * MISSED_FOOTNOTE
NAME_ELSEWHERE = 4.0  # the number without the tail is written elsewhere ("Agenda 21")
WRITTEN_MARKER = 5.0  # " 1/" web markers, superscript digits, Arabic "(1)"
# A symbol written as it stands this often elsewhere ("74/54" in A/RES/75/45, PP1 and OP6)
# lets the numbering read a glued tail after it as a marker; once is not enough: "66/10"
# beside "66/105 of 9 December 2011" (A/RES/74/194)
WRITTEN_TWICE = 2

# where a run of digits may end a marker: before a space, punctuation, a closing mark, CJK
# punctuation or the end of the text
MARKER_END = r"(?=[\s,;:.)\]”’\"»\u060c\u061b\u3000-\u303f\uff00-\uffef]|\Z)"


def marker_run_pattern(digit: str, digits: str) -> str:
    """Runs of `digit` that end where a marker may end and may hold one or say something about
    one. A run after a space (SPACES) or at the start of a text does neither, unless it has
    five digits or more ("19492") or four letters come before the space ("Agenda 21", a name
    the evidence counts): "of 7 December", "on 13" are a third of all runs, left in C. The
    tests stand after the first digit: the pattern opens on a digit, which the regex engine
    skips to in C (a lookbehind first would be tried at every position), and "\\d\\d*" rather
    than "\\d+" for the same reason. `digits` is the digit class without its brackets."""
    return (
        rf"{digit}(?:(?<=[^ \u00a0\t\n{digits}]{digit})"  # after a character not a space
        rf"|(?<=[^\W\d_]{{4}}[ \u00a0\t\n]{digit})"  # after a word and a space
        rf"|(?={digit}{{4}})){digit}*{MARKER_END}"  # five digits or more
    )


MARKER_RUN_PATTERN = marker_run_pattern(r"\d", r"\d")
# the same for a text with every digit made 0 (see zeroed, ascii_digits_only): the regex engine
# skips to a character at memchr speed, where it tests a class ([0-9], \d) character by character
ZEROED_MARKER_RUN = re.compile(marker_run_pattern("0", "0"))
# letters at the end of a text; CJK characters are cut off after the search (see word_before):
# a class excluding their ranges costs 0.7 ms to compile, this one 0.05 ms
LETTERS_AT_END = re.compile(r"[^\W\d_]+\Z")
# the slash of a web-text marker ("1/"): no letter, digit or slash follows it, as in "57/159"
NOT_A_SYMBOL = r"/(?![0-9A-Za-z/\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0620-\u064a\u066e-\u06d3])"
# "\d\d*", not "\d+", as in MARKER_RUN_PATTERN; compiled on first use (see compiled): only a
# text with a digit other than 0-9 needs it
SLASH_MARKER = r"\d\d*" + NOT_A_SYMBOL
ZEROED_BYTES = bytes.maketrans(b"123456789", b"000000000")  # see zeroed
ZEROED_SLASH_MARKER = re.compile("00*" + NOT_A_SYMBOL)  # for a text zeroed, as ZEROED_MARKER_RUN
# a slash that may end a web-text marker: NOT_A_SYMBOL's test, on ASCII alone (cheap to compile)
SLASH_ENDING_NOTHING = re.compile("/(?![0-9A-Za-z/])")
SUPERSCRIPT_MARKER_PATTERN = r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
ROMAN_LETTERS = frozenset("IVX")
CLOSERS = frozenset('”’"»)]}›“')  # “ closes an Arabic quotation: ”...“
# a marker is followed by a space, punctuation, a closing mark or the end of the text
AFTER_MARKER = frozenset(' \t\n\u00a0,;:.)]”’"»\u060c\u061b')  # with Arabic ، ؛
DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")
PAUSES = frozenset(",;\u060c\u061b")  # comma and semicolon, Arabic ones too
SPACES = frozenset(" \u00a0\t\n")
DASHES = frozenset("-\u2010\u2011–—")
# a glued run whole_run_score never reads whole ("(2019)", "2018–2019"): the character before
# it stands in no word a marker is glued to
NEVER_GLUED_TO = DASHES | frozenset("([@#&+=")
YEARS = range(1800, 2051)  # "71/2057" is 71/205 and marker 7, not a year
UN_YEARS = range(1945, 2051)  # "10/2018" is a law of 2018; "73/1813" is 73/181 and marker 3
ARABIC = re.compile(r"[\u0600-\u06ff]")
# a character that may be a digit other than 0-9 (the first is U+0660, Arabic-Indic zero; General
# Punctuation, curly quotes and dashes, has none: a rule test checks this against \d), a
# superscript digit (¹²³, and ⁰⁴-⁹ after General Punctuation) or Arabic. Latin, Greek or
# Cyrillic text with curly quotes has none. Scanned for in C: a tenth of the cost of a \d that
# is not [0-9]; a class made of every such digit would cost 1.3 ms to compile, this one 0.1 ms
MAY_BE_OTHER_DIGIT = r"[^\x00-\xb1\xb4-\xb8\xba-\u05ff\u2000-\u206f]"


@frozen_dataclass  # frozen_dataclass: a third of the import cost of dataclass(frozen=True)
class Evidence:
    """What the whole document says: the "word number" pairs it writes, and whether its
    markers stand before punctuation ("commercial3," in French, Spanish, Russian) rather than
    after it ("Questions,2" in English): where they stand before it, "1,4" is a decimal."""

    names: Counter[tuple[str, str]]
    markers_before_punctuation: bool | None = None  # None: too few markers to tell
    # "word number" pairs written exactly as they stand ("статьи 1"), not through a prefix,
    # and symbols written ("74/54"): what a number looks like where no marker follows it
    written: Counter[tuple[str, str]] = field(default_factory=Counter)
    symbols: Counter[str] = field(default_factory=Counter)
    notes: dict[int, str] = field(default_factory=dict)  # the footnotes' own texts


@frozen_dataclass
class Reading:
    """One way to read a site: digits text[start:end] are footnote `number`."""

    start: int
    end: int
    number: int
    score: float
    rule: str  # the rule that proposed it, for tests and debugging
    name: tuple[str, str] | None = None  # ("article", "1") when the reading splits "article 12"


@frozen_dataclass
class Site:
    """A run of digits (or a written marker) in one text, with its possible readings."""

    text_index: int
    start: int
    readings: tuple[Reading, ...]


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A pattern compiled on first use: most documents are ASCII and never need the ones for
    other scripts (a Unicode class costs 0.1-0.2 ms to compile, paid by every process)."""
    return re.compile(pattern)


def is_cjk(char: str) -> bool:
    """Chinese characters and CJK punctuation: a marker is glued to them with no space."""
    code = ord(char)
    return 0x3000 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF


def is_cjk_punctuation(char: str) -> bool:
    """ "，", "。", "、", "》": a marker may come before them; never before a Chinese character
    ("5月" is a month)."""
    code = ord(char)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


def is_a_name(initial: str) -> bool:
    """A capital starts a name ("Agenda 21"), a small letter a common noun ("paragraph 6").
    Scripts without capitals give no sign: Arabic "القرن 21" (Agenda 21) reads like
    "المؤرخ 11" (dated 11), so neither is taken for a name."""
    return initial.isupper()


def word_before(text: str, end: int) -> str:
    """The letters just before `end` ("Agenda" in "Agenda 21"), lower-cased. The search starts
    after the last space before `end`: no word runs through a space, and the pattern is then
    tried at a word's few positions rather than at thirty."""
    window = max(0, end - 30)
    begin = max(window, text.rfind(" ", window, end) + 1)
    letters = text[begin:end]
    if letters.isascii() and letters.isalpha():
        return letters.lower()  # every character a letter: what the pattern would match
    match = LETTERS_AT_END.search(text, begin, end)
    if match is None:
        return ""
    word = match.group()
    if not word.isascii():  # a Chinese character is no part of the word: keep what follows it
        word = word[max((i + 1 for i, char in enumerate(word) if is_cjk(char)), default=0) :]
    return word.lower()


def name_key(text: str, start: int, digits: str) -> tuple[str, str] | None:
    """("agenda", "21") for "Agenda 21": a word of four letters or more, a space, a number
    (not "of 2", which is a date as often as a name)."""
    if start >= 5 and text[start - 1] in SPACES and text[start - 5 : start - 1].isalpha():
        word = word_before(text, start - 1)
        if len(word) >= 4:
            return word, digits
    return None


def names_written(texts: list[str], runs: list[list[tuple[int, int]]]) -> Counter[tuple[str, str]]:
    """How often each "word number" pair ("agenda 21") is written in the document, and each
    "word number-prefix" pair ("programa 21" from "Programa 215"), for the prefix a second
    time: "Programa 215" and "Programa 216" both say "Programa 21" is a name."""
    return names_with_prefixes(written_exactly(texts, runs)[0])


def names_with_prefixes(written: Counter[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """The pairs written, and the "word number-prefix" pairs that two of them share."""
    found = Counter(written)
    prefixes: dict[tuple[str, str], int] = {}  # a dict: a Counter's missing key is a Python call
    for (word, digits), count in written.items():
        for size in range(1, min(len(digits), 4)):
            prefix = (word, digits[:-size])
            prefixes[prefix] = prefixes.get(prefix, 0) + count
    found.update(key for key, count in prefixes.items() if count >= 2)
    return found


def written_exactly(
    texts: list[str], runs: list[list[tuple[int, int]]]
) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """How often each "word number" pair is written as it stands ("статьи 1", "статьи 12"),
    and each symbol ("74/54" of "resolution 74/54"), every run counted once, its own too."""
    survey = survey_runs(texts, runs, frozenset())
    return names_of(texts, survey.named, None), survey.symbols


def names_of(
    texts: list[str], named: list[tuple[int, int, int]], words: frozenset[str] | None
) -> Counter[tuple[str, str]]:
    """The "word number" pairs of the runs `named` (text position, start, end), for the `words`
    only (all, None): a reading asks about the word before its own run alone ("paragraph" of
    "paragraph 12"), so the pairs of other words ("December 2019", most of them) are never
    read. A word is looked for only where its last four letters may end one of `words`: ASCII
    letters end the word they are in as they stand, lower-cased."""
    endings = None if words is None else {word[-4:] for word in words}
    names: list[tuple[str, str]] = []  # counted at the end, in C
    for position, start, end in named:
        text = texts[position]
        if endings is not None:
            last_letters = text[start - 5 : start - 1]
            if last_letters.isascii() and last_letters.lower() not in endings:
                continue
        word = word_before(text, start - 1)
        if len(word) >= 4 and (words is None or word in words):
            names.append((word, text[start:end]))
    return Counter(names)


@frozen_dataclass
class Survey:
    """What one pass over a document's runs finds: how its markers stand beside punctuation
    (see punctuation_habit), the symbols it writes, the runs after a word and a space (those a
    name may be read from), and, text by text, the runs that may be read as one of the
    footnotes' numbers, in order."""

    habit: bool | None
    symbols: Counter[str]
    named: list[tuple[int, int, int]]  # (text position, start, end)
    to_read: list[list[tuple[int, int]]]
    named_to_read: list[tuple[int, int, int]]  # the runs of `named` that may be read


def survey_runs(
    texts: list[str], runs: list[list[tuple[int, int]]], known: frozenset[int]
) -> Survey:
    """Every run looked at once: what it says about the document, and whether it may be read.
    A run after a space or a slash is read by its tail only (whole_run_score refuses both), a
    glued run of four digits or fewer whole only (readings_of_run splits none), and never after
    a dash or an opening bracket ("(2019)", "2018-2019"): most runs end with no footnote's
    number the way they may be read, and are never scored. A run after a slash may still be
    refused once the symbols are counted (symbol_tail_may_read)."""
    numbers = known_as_digits(known)
    glued_before = glued_after = 0
    symbols: list[str] = []  # counted at the end, in C
    named: list[tuple[int, int, int]] = []
    to_read: list[list[tuple[int, int]]] = []
    named_to_read: list[tuple[int, int, int]] = []
    for position, (text, spans) in enumerate(zip(texts, runs, strict=True)):
        readable: list[tuple[int, int]] = []
        to_read.append(readable)
        for start, end in spans:
            before = text[start - 1] if start else " "
            after_a_word = False  # a name may be read from the word before the run
            if before == "/":
                symbols.append(symbol_at(text, start, end))
            elif before in SPACES:
                # name_key, spelt out: ~4,600 runs over session 74, dates most of them
                after_a_word = start >= 5 and text[start - 5 : start - 1].isalpha()
                if after_a_word:
                    named.append((position, start, end))
            elif start >= 2 and end - start <= 3:  # punctuation_habit
                if (
                    before.isalpha()
                    and text[end : end + 1] in (",", ";")
                    and not (text[end + 1 : end + 2].isdigit())
                ):
                    glued_before += 1
                elif before in PAUSES and text[start - 2].isalpha():
                    glued_after += 1
            digits = text[start:end]
            if not digits.isascii():
                if not may_read_known(digits, known):
                    continue
            elif before in SPACES or before == "/":
                # "Agenda 216", "73/15527"; not "December 2019" with footnote 2019
                if not (digits[-1:] in numbers or digits[-2:] in numbers or digits[-3:] in numbers):
                    continue
            elif len(digits) < 5:
                # "Convention4", "2019,1"; not "(2019)" with footnote 9, nor "2019" with 19
                if digits not in numbers or before in NEVER_GLUED_TO:
                    continue
            elif not (  # may_read_known, spelt out: five digits or more, read whole or split
                digits in numbers
                or digits[-1:] in numbers
                or digits[-2:] in numbers
                or digits[-3:] in numbers
            ):
                continue
            if before in SPACES:
                if not may_read_after_a_space(text, start, end):
                    continue  # "18 December 2019": a third of the runs read
                if after_a_word:
                    named_to_read.append((position, start, end))
            readable.append((start, end))
    habit = None if glued_before == glued_after else glued_before > glued_after
    return Survey(habit, Counter(symbols), named, to_read, named_to_read)


def symbol_at(text: str, start: int, end: int) -> str:
    """ "74/54" for the digits "54" of "A/RES/74/54", "XIII/1" of "decision XIII/1": the
    session before the slash and the number after it."""
    session = start - 1
    while session > 0 and text[session - 1].isalnum():
        session -= 1
    return text[session:end]


def inside_a_number(text: str, start: int, end: int) -> bool:
    """ "$1.90", "12.5 per cent", "12,500", "50%": digits that are part of an amount are never
    a marker, nor the tail of one ("than 12,500" is not "than 1" and marker 2)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if after in "%°º‰":
        return True
    if after in ".," and end + 1 < len(text) and text[end + 1].isdigit():
        # "1.90" always; "1,4" or "1,000" when the run stands alone (not "Convention3,4")
        return after == "." or not (before.isalpha() or before in CLOSERS)
    return False


def thousands_group(text: str, start: int, end: int) -> bool:
    """ "11 000" or "1,000": three digits after a short number are a group, not a marker."""
    after_space = text[end : end + 5]
    if (
        end - start <= 3
        and len(after_space) >= 4
        and after_space[0] in SPACES
        and after_space[1:4].isdigit()
    ):
        return len(after_space) == 4 or not after_space[4].isdigit()
    return False


def glued_readings(
    text: str, start: int, end: int, evidence: Evidence, known: frozenset[int] | None = None
) -> list[Reading]:
    """Readings of a run of digits in the ODS layout, each with the rule that proposes it.
    Given the footnote numbers `known`, only readings of those numbers (the others are
    dropped anyway; most runs, "2019", "73/155", have none worth scoring)."""
    if known is not None and not may_read_known(text[start:end], known):
        return []
    return readings_of_run(text, start, end, evidence, known)


def readings_of_run(
    text: str, start: int, end: int, evidence: Evidence, known: frozenset[int] | None
) -> list[Reading]:
    """glued_readings of a run already found to end with one of the numbers `known` (or of
    any run, `known` None): the cheap tests first, the scores only where a reading may stand."""
    digits = text[start:end]
    if (not start or text[start - 1] in SPACES) and not may_read_after_a_space(text, start, end):
        return []
    after = text[end] if end < len(text) else " "
    # a space, a full stop or a comma may end a number rather than a marker; any other
    # character must be one a marker stands before
    if after in SPACES:
        # "11 000": a digit after the space first (a marker is most often followed by a word)
        if text[end + 1 : end + 2].isdigit() and thousands_group(text, start, end):
            return []
    elif after in ".,":
        if inside_a_number(text, start, end):  # "1.90", "1,000"
            return []
    elif after not in AFTER_MARKER and not is_cjk_punctuation(after):
        return []  # "50%", "5th", "G20s"
    before = text[start - 1] if start else " "
    found: list[Reading] = []
    number = int(digits)
    if not digits.startswith("0") and (known is None or number in known):
        whole = whole_run_score(text, start, end, evidence)
        if whole is not None:
            found.append(Reading(start, end, number, *whole))
    if len(digits) < 5 and before not in SPACES and before != "/":
        # "Development,12", "Goals;3": split_score reads a tail after a year (five digits or
        # more), a slash or a name and a space, and refuses every other
        return found
    for size in range(1, min(len(digits), 4)):
        head, tail = digits[:-size], digits[-size:]
        if tail.startswith("0") or (known is not None and int(tail) not in known):
            continue
        tail_score = split_score(text, start, head, digits, before, evidence)
        if tail_score is not None:
            name = name_key(text, start, head)
            score, rule = tail_score
            found.append(Reading(start + len(head), end, int(tail), score, rule, name))
    return found


def may_read_after_a_space(text: str, start: int, end: int) -> bool:
    """Whether a run after a space (or at the start) may have a reading, tested before any is
    scored: the whole run never does, so one digit or a year has none; a tail does after a year
    ("1949" of "19492", five digits or more) or after a name ("Agenda 21", letters before the
    space: most runs, "paragraph 5 of" aside, are dates and amounts after short words)."""
    size = end - start
    if size == 1 or (size == 4 and int(text[start:end]) in YEARS):
        return False  # "18 December 2019": a year is never a number and a marker
    return size >= 5 or (start >= 5 and text[start - 5 : start - 1].isalpha())


def may_read_known(digits: str, known: frozenset[int]) -> bool:
    """Whether the run, or its last one, two or three digits, is a footnote number: only
    those are read (a whole run or a tail opening with "0" never is, so for ASCII digits the
    comparison of strings is the comparison of numbers, without converting any)."""
    if not digits.isascii():
        return int(digits) in known or any(
            int(digits[-size:]) in known for size in range(1, min(len(digits), 4))
        )
    numbers = known_as_digits(known)
    return (
        digits in numbers
        or digits[-1:] in numbers
        or digits[-2:] in numbers
        or digits[-3:] in numbers
    )


@lru_cache(maxsize=4)
def known_as_digits(known: frozenset[int]) -> frozenset[str]:
    return frozenset(str(number) for number in known)


def whole_run_score(
    text: str, start: int, end: int, evidence: Evidence
) -> tuple[float, str] | None:
    """All of the run is the marker: glued to a word, a quote, a comma or CJK text (through
    the invisible direction marks of Arabic text: "والسياسية\u200f3")."""
    while start and text[start - 1] in DIRECTION_MARKS:
        start -= 1
    before = text[start - 1] if start else " "
    # the commonest first ("session,1", "Guam;2"): punctuation that is no letter, CJK or space
    if before == ",":
        return comma_score(text, start, evidence)
    if before in ";:":
        return STRONG, "after a semicolon or colon"
    if before in CLOSERS:
        return STRONG, "after a closing quote or bracket"
    if before in SPACES or before.isdigit() or before in DASHES or before in "/([@#&+=.":
        return period_score(text, start) if before == "." else None
    if is_cjk_punctuation(before):
        return STRONG, "after Chinese punctuation"
    if is_cjk(before):  # before isalpha: Chinese characters are letters
        after = text[end : end + 2] or " "
        if after[0] in SPACES and after[1:] not in ("(", "（"):
            return STRONG, "after Chinese text"  # not "目标1 (在全世界...)": Goal 1 (...)
        return UNSUPPORTED, "after Chinese text, before punctuation"  # "目标6，" is Goal 6
    if before.isalpha():
        return word_score(text, start)
    return None


def token_start_before(text: str, end: int) -> int:
    """Where the token ending at `end` starts: after the last space, tab, newline or no-break
    space before it, or at 0. Searched for in C within 64 characters, where tokens end."""
    window = max(0, end - 64)
    found = max(
        text.rfind(" ", window, end),
        text.rfind("\u00a0", window, end),
        text.rfind("\t", window, end),
        text.rfind("\n", window, end),
    )
    if found >= 0 or not window:
        return found + 1
    start = window  # a token longer than the window: walked back to its start
    while start > 0 and text[start - 1] not in SPACES:
        start -= 1
    return start


def word_score(text: str, start: int) -> tuple[float, str] | None:
    """ "pertinentes1", "Protocol II2": a marker; "G20", "CO2", "A4": part of a name."""
    token = text[token_start_before(text, start) : start].lstrip("(\"'“‘«")
    if "@" in token or any(map(str.isdigit, token)):
        return None
    letters = sum(map(str.isalpha, token))  # "تعصُّب": vowel marks are not letters
    if letters == 1 and token[-1].upper() not in ROMAN_LETTERS:
        return None
    return STRONG, "glued to a word"


def period_score(text: str, start: int) -> tuple[float, str] | None:
    """ "the Convention.3" is a marker; "No.3", "DEC.3", "Add.1", "L.50" are symbol parts."""
    token = text[token_start_before(text, start - 1) : start - 1]
    if not token or "/" in token or "." in token or any(map(str.isdigit, token)):
        return None
    if len(token) <= 4 or token.isupper():
        return None
    return STRONG, "after a full stop"


def comma_score(text: str, start: int, evidence: Evidence) -> tuple[float, str] | None:
    """ "2003,6": after a year and a comma; "Development,3"; "21,5" only weakly."""
    comma = start - 1
    head_end = comma
    head_start = head_end
    while head_start > 0 and text[head_start - 1].isdigit():
        head_start -= 1
    if head_start == head_end:
        before = text[comma - 1] if comma else " "
        if before.isalpha() or before in CLOSERS or is_cjk(before):
            return STRONG, "after a word and a comma"
        return None
    head = text[head_start:head_end]
    if len(head) == 4 and int(head) in YEARS:
        return STRONG, "after a year and a comma"
    if head_start and text[head_start - 1] == "/":
        return STRONG, "after a symbol and a comma"
    if head_start and text[head_start - 1].isalpha() and len(head) <= 3:
        return STRONG, "after another marker"  # "reports1,2": adjacent markers
    if evidence.markers_before_punctuation is True:
        return None  # "de 1 milliard à 1,4 milliard": a decimal comma
    space = head_start - 1
    word = word_before(text, space) if space > 0 and text[space] in SPACES else ""
    if word and is_a_name(text[space - len(word)]):
        return STRONG, "after a name and a comma"  # "Agenda 21,6"
    return WEAK, "after a number and a comma"


def split_score(
    text: str,
    start: int,
    head: str,
    digits: str,
    before: str,
    evidence: Evidence,
) -> tuple[float, str] | None:
    """The run is a number and a marker: "19492" (1949 + 2), "73/15527" (73/155 + 27),
    "Agenda 216" (Agenda 21 + 6)."""
    if head.startswith("0"):
        return None
    if before == "/":
        return symbol_tail_score(text, start, head, digits, evidence)
    if len(head) == 4 and int(head) in YEARS and (before not in ".,:" or not start):
        return STRONG, "after a year"
    if before in SPACES or is_cjk(before) or not start:
        if len(digits) == 4 and int(digits) in YEARS:
            return None  # "the 2021 session": a year is never a number and a marker
        if len(digits) > 4:
            return None
        key = name_key(text, start, head)
        if key and evidence.names[key] and is_a_name(text[start - 1 - len(key[0])]):
            return NUMBERING_ONLY + NAME_ELSEWHERE, "after a name written elsewhere"
        if key and number_shared_by_two_runs(key, digits, evidence):
            return NUMBERING_ONLY, "after a number two runs share"
        if key:
            return UNSUPPORTED, "after a common noun and a number"
    return None


def number_shared_by_two_runs(key: tuple[str, str], digits: str, evidence: Evidence) -> bool:
    """ "القرن 215" and "القرن 216" (Agenda 21 then notes 5 and 6, in a script without
    capitals to tell a name): two runs share a number of two digits or more and differ in
    their last ones. Not "from 12 to 30 ... from 16 to 18" (a one-digit "1" is shared by
    dates), nor "статьи 12" beside "статьи 1" written once (as "section 24," is beside
    "section 2" in A/RES/75/253 B), nor a run also written elsewhere as it stands. Only the
    numbering can then take the reading: a footnote otherwise left uncited."""
    if evidence.written[(key[0], digits)] > 1:  # itself and once more
        return False
    return len(key[1]) >= 2 and evidence.names[key] > evidence.written[key]


def symbol_tail_may_read(text: str, start: int, end: int, evidence: Evidence) -> bool:
    """Whether a run after a slash may have a reading, tested before any is scored: the whole
    run never does (a slash is no word a marker is glued to), a tail only where
    symbol_tail_score may take it: in a run of four digits or more, at the end of the text,
    after a session in Roman numerals, or where its head makes a symbol written twice
    elsewhere ("74/54" beside "74/542"). Not a symbol's number within a sentence ("73/155 of")."""
    size = end - start
    if size >= 4 or end >= len(text) - 1 or start < 2 or text[start - 2] in "IVXLC":
        return True
    session = symbol_at(text, start, start)  # "73/" of "73/155"
    digits = text[start:end]
    return any(
        evidence.symbols[session + digits[:-tail]] >= WRITTEN_TWICE for tail in range(1, size)
    )


def roman_before(text: str, slash: int) -> bool:
    """ "VII/" of "decision VII/11": a session in Roman numerals, numbered like a session."""
    start = slash
    while start > 0 and text[start - 1] in "IVXLC":
        start -= 1
    return 0 < slash - start <= 6 and (start == 0 or not text[start - 1].isalnum())


def symbol_tail_score(
    text: str, start: int, head: str, digits: str, evidence: Evidence
) -> tuple[float, str] | None:
    """After a slash: "73/15527" is surely 73/155 and marker 27, for no symbol number has five
    digits (Security Council resolutions have four), and "1998/7211" or "59/3009" are 1998/72
    and marker 11, 59/300 and marker 9, for resolutions numbered by year or by session never
    reach 1000, nor decisions numbered by a session in Roman numerals ("VII/1112" is VII/11
    and marker 12, or VII/111 and marker 2: the numbering decides). A shorter run is split
    only at the end of a paragraph ("résolution 74/521,") and only when the numbering needs
    it; a year ("Law No. 10/2018") never is, nor the second year of "2017/2018"."""
    year_before = (
        start >= 5
        and text[start - 5 : start - 1].isdigit()
        and (int(text[start - 5 : start - 1]) in YEARS)
    )
    whole_is_year = len(digits) == 4 and int(digits) in UN_YEARS
    if whole_is_year:
        return None
    session_before = (
        start >= 2
        and text[start - 2].isdigit()
        and (start < 4 or not text[start - 4 : start - 1].isdigit())
    ) or roman_before(text, start - 1)
    short_symbol = (year_before or session_before) and len(digits) >= 4 and not whole_is_year
    if short_symbol or len(digits) >= 5:
        return STRONG, "after a symbol"
    end = start + len(digits)
    if end >= len(text) - 1 and evidence.markers_before_punctuation is not False:
        # "de la résolution 74/521,": where a paragraph cites the report it takes note of;
        # within a sentence ("69/38, 71/90") a short symbol keeps its digits, and where
        # markers follow punctuation the marker would follow the comma ("74/52,1")
        return NUMBERING_ONLY, "after a symbol at the end, by the numbering"
    if len(digits) == 3 and decision_of_the_session_noted(
        text, start, digits[len(head) :], evidence
    ):
        # "decision XIII/128" with note 28 naming UNEP/CBD/COP/13/25 (A/RES/74/221): decision 1
        # of the thirteenth meeting, for no such decision reaches 100; strong enough for a repeat
        return STRONG, "after a decision of the session its note names"
    head_symbol = symbol_at(text, start, start + len(head))
    if (
        evidence.symbols[head_symbol] >= WRITTEN_TWICE
        and evidence.symbols[head_symbol + digits[len(head) :]] < 2
    ):
        # "con arreglo a la resolución 74/542 y" where "74/54" is written twice elsewhere and
        # "74/542" nowhere else: taken only when the numbering needs footnote 2 there
        return NUMBERING_ONLY, "after a symbol written elsewhere, by the numbering"
    return None


def decision_of_the_session_noted(text: str, start: int, tail: str, evidence: Evidence) -> bool:
    """Whether the digits after a session in Roman numerals ("XIII/") end with the number of
    a footnote whose text names a document of that session ("UNEP/CBD/COP/13/25",
    "UNEP/OzL.Pro.30/11"): decisions are numbered by the meeting the note reports on."""
    note = evidence.notes.get(int(tail)) if not tail.startswith("0") else None
    if note is None or not roman_before(text, start - 1):
        return False
    numeral = start - 1
    while numeral > 0 and text[numeral - 1] in "IVXLC":
        numeral -= 1
    session = roman_value(text[numeral : start - 1])
    return re.search(rf"[/.]{session}/", note) is not None


def slash_readings(text: str) -> list[Reading]:
    """Web-text markers: "Convention 1/", "Convention1/"; not the "57/" of "57/159"."""
    found: list[Reading] = []
    if "/" not in text:
        return found
    for begin, end in slash_spans(text):
        start = begin
        if start == 0 or text[start - 1] in "/-\u2010\u2011–" or text[start - 1].isdigit():
            continue
        if text[start - 1] in SPACES:
            if start < 2 or text[start - 2] in SPACES:
                continue
            start -= 1
        found.append(Reading(start, end, int(text[begin : end - 1]), WRITTEN_MARKER, "slash"))
    return found


def has_slash_marker(text: str) -> bool:
    """Whether `text` has a web-text marker: what slash_readings finds, stopping at the first.
    A text whose every slash is followed by a letter, a digit or a slash ("A/74/483", "and/or")
    has none: one search finds that, before the text is zeroed and its runs looked at."""
    if "/" not in text or SLASH_ENDING_NOTHING.search(text) is None:
        return False
    for start, _ in slash_spans(text):
        if start == 0 or text[start - 1] in "/-\u2010\u2011–" or text[start - 1].isdigit():
            continue
        if text[start - 1] in SPACES and (start < 2 or text[start - 2] in SPACES):
            continue
        return True
    return False


def slash_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the digits and slash SLASH_MARKER finds ("12/"): in a text whose digits are
    all ASCII, through its zeroed copy, where the regex engine skips to a 0 in C (see zeroed)."""
    if ascii_digits_only(text):
        return (match.span() for match in ZEROED_SLASH_MARKER.finditer(zeroed(text)))
    return (match.span() for match in compiled(SLASH_MARKER).finditer(text))


def superscript_readings(text: str) -> list[Reading]:
    # nearly every text has none: no list built, and ten searches for a character in C cost
    # a third of scanning the text for a class of them
    if text.isascii() or not any(map(text.__contains__, "⁰¹²³⁴⁵⁶⁷⁸⁹")):
        return []
    return [
        Reading(
            m.start(),
            m.end(),
            int(m.group().translate(SUPERSCRIPT_DIGITS)),
            WRITTEN_MARKER,
            "superscript",
        )
        for m in compiled(SUPERSCRIPT_MARKER_PATTERN).finditer(text)
    ]


def arabic_readings(text: str, start: int, end: int) -> list[Reading]:
    """Arabic texts enclose the marker: "بالموضوع(1)", "لعام 2020(1)", "لعام 2009 (32)"."""
    if 0 < start < end < len(text) and text[start - 1] == "(" and text[end] == ")":
        glued = start >= 2 and text[start - 2] not in SPACES
        score = WRITTEN_MARKER if glued else STRONG
        return [Reading(start, end, int(text[start:end]), score, "Arabic brackets")]
    return []


def sites_of(
    texts: list[str],
    known: frozenset[int],
    *,
    slash_style: bool,
    notes: dict[int, str] | None = None,
) -> list[Site]:
    """Every place a marker may stand, in document order, with its readings; `notes`, the
    footnotes' texts, may support a reading ("XIII/128": note 28 reports on meeting 13)."""
    if slash_style:
        return written_marker_sites(texts, known)
    arabic = any(not text.isascii() and ARABIC.search(text) for text in texts[:20])
    # a text left blank (no digit: see footnotes.may_hold_marker) has nothing to read
    present = [index for index, text in enumerate(texts) if text]
    read = [texts[index] for index in present]
    runs = [marker_runs(text) for text in read]
    survey = survey_runs(read, runs, known)
    # the names only of the words before the runs that may be read: those a reading asks about
    words = names_of(read, survey.named_to_read, None)
    written = names_of(read, survey.named, frozenset(word for word, _ in words)) if words else words
    # Arabic writes its own comma (،): an ASCII comma between digits is a decimal ("1,1 بليون")
    habit = True if arabic else survey.habit
    evidence = Evidence(
        names_with_prefixes(written), habit, written, survey.symbols, dict(notes or {})
    )
    sites: list[Site] = []
    for position, index in enumerate(present):
        text, spans, to_read = read[position], runs[position], survey.to_read[position]
        if text.isascii() and not to_read and not (arabic and spans):
            # no superscript digit (ASCII), no run to read nor (in Arabic) to find in brackets:
            # no site, as for most texts with digits ("of 7 December 2019")
            continue
        # a written marker is found whatever its number: only the footnotes' are kept (the
        # runs' readings are read for the footnotes' numbers only, and need no filtering)
        readings: list[Reading] = superscript_readings(text)
        if arabic:
            readings.extend(reading for run in spans for reading in arabic_readings(text, *run))
        if readings:
            readings = [reading for reading in readings if reading.number in known]
        for start, end in to_read:
            if (
                start
                and text[start - 1] == "/"
                and not symbol_tail_may_read(text, start, end, evidence)
            ):
                continue  # "73/155 of": most runs after a slash have no reading
            readings.extend(readings_of_run(text, start, end, evidence, known))
        if readings:  # most texts have none: no grouping
            sites.extend(group_sites(index, readings))
    return sites


def written_marker_sites(texts: list[str], known: frozenset[int]) -> list[Site]:
    """The sites of a web text, whose markers are written (" 1/", superscript digits): its
    runs of digits are the text's own ("the Convention2"), so none is read and no evidence
    is gathered. A written marker is found whatever its number: the footnotes' are kept."""
    sites: list[Site] = []
    for index, text in enumerate(texts):
        if not text:
            continue  # left blank: no digit (see footnotes.may_hold_marker)
        readings = superscript_readings(text) + slash_readings(text)
        readings = [reading for reading in readings if reading.number in known]
        if readings:
            sites.extend(group_sites(index, readings))
    return sites


def punctuation_habit(texts: list[str], runs: list[list[tuple[int, int]]]) -> bool | None:
    """True when the document glues markers before punctuation ("commercial3,", "Milenio2,")
    more often than after it ("Questions,2", "reports,1"), False when after, None when its
    markers do not tell."""
    return survey_runs(texts, runs, frozenset()).habit


def marker_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of digits that may hold a marker or tell about one (seven digits at
    most: 19492, 73/15527), as marker_run_pattern finds them."""
    # where \d can only be [0-9]: with every digit a 0, the runs are where they were
    if ascii_digits_only(text):
        runs = ZEROED_MARKER_RUN.finditer(zeroed(text))
    else:
        runs = compiled(MARKER_RUN_PATTERN).finditer(text)
    return [span for m in runs if (span := m.span())[1] - span[0] <= 7]


def ascii_digits_only(text: str) -> bool:
    """Whether every digit of `text` is one of 0-9, so that its zeroed copy shows them all, and
    it has no superscript digit nor Arabic: an ASCII text, or one whose other characters are
    curly quotes, dashes, accented letters..."""
    return text.isascii() or compiled(MAY_BE_OTHER_DIGIT).search(text) is None


def zeroed(text: str) -> str:
    """The text with each ASCII digit made 0: nine replacements in C cost a fifth of what
    scanning the text for a class of characters does; an ASCII text (four in five) as bytes,
    translated in one pass, half the cost of the replacements (str.translate has no such
    fast path)."""
    if text.isascii():
        return text.encode("ascii").translate(ZEROED_BYTES).decode("ascii")
    for digit in "123456789":
        text = text.replace(digit, "0")
    return text


def names_split(sites: list[Site]) -> frozenset[tuple[str, str, int]]:
    """("article", "1", 2) for a reading of marker 2 that splits "article 12": the names and
    markers with_names_cited may make strong."""
    return frozenset(
        (*reading.name, reading.number)
        for site in sites
        for reading in site.readings
        if reading.name
    )


def with_names_cited(sites: list[Site], cited: frozenset[tuple[str, str, int]]) -> list[Site]:
    """The sites again, a reading that splits a name ("article 12") made strong where a first
    decoding found the same name cited with the same marker ("article 1,2")."""
    changed: list[Site] = []
    for site in sites:
        readings = tuple(
            replace(
                reading, score=STRONG + NAME_ELSEWHERE, rule="after a name cited with this marker"
            )
            if reading.name and (*reading.name, reading.number) in cited
            else reading
            for reading in site.readings
        )
        changed.append(replace(site, readings=readings) if readings != site.readings else site)
    return changed


def group_sites(index: int, readings: list[Reading]) -> list[Site]:
    """Readings that overlap belong to one site: at most one of them is chosen."""
    if len(readings) == 1:  # most texts with a reading have one: nothing to sort nor group
        return [Site(index, readings[0].start, (readings[0],))]
    sites: list[Site] = []
    group: list[Reading] = []
    group_end = -1
    for reading in sorted(readings, key=attrgetter("start", "end")):
        if group and reading.start >= group_end:
            sites.append(Site(index, group[0].start, tuple(group)))
            group, group_end = [], -1
        group.append(reading)
        group_end = max(group_end, reading.end)
    if group:
        sites.append(Site(index, group[0].start, tuple(group)))
    return sites


def name_cited(text: str, reading: Reading) -> tuple[str, str, int] | None:
    """("article", "1", 2) when the marker follows "article 1" or "article 1,"."""
    end = reading.start - 1 if text[reading.start - 1 : reading.start] == "," else reading.start
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    key = name_key(text, start, text[start:end]) if start < end else None
    return (*key, reading.number) if key else None
