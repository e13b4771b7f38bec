"""Treaties, protocols, declarations and standards named in the text, from the catalogue in
data/instruments.yaml and their names in the other languages in data/instrument_names.yaml.

The names of one language are one trie-shaped pattern, with the short names ("NPT") as more
branches of it: one scan finds both. A process's first few documents compile it of only the
names each may hold (see patterns_for); after them, the full pattern is compiled once.
Titles are printed with a capital ("the Convention on the Rights of the Child", "la Charte
des Nations Unies"): each name's first letter is matched in upper case and the rest in any
case, so the pattern starts on a capital letter (or a digit, or a letter of a
script without case) and the regex engine skips every other character at C speed. The few
names also printed in lower case ("the global compact on refugees") say so in the catalogue.
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache, partial
from itertools import accumulate, repeat
from operator import add, itemgetter
from pathlib import Path
from typing import Any

from mineres.citations.mentions import Found
from mineres.citations.rules import compiled_once, longest_first
from mineres.frozen import frozen_dataclass
from mineres.store.datafiles import load_data_file, load_derived

WILDCARD = "*"  # a Russian case ending: "Устав*"
ARABIC_PROCLITICS = ("و", "ب", "ل", "وب", "ول", "ف")  # glued before a name: "والإعلان ..."
NO_WORD_AFTER = r"(?![^\W\u3400-\u9fff]|-)"  # Chinese glues the next word: "宣言和"
# NO_WORD_AFTER in a text that holds no Chinese or Japanese character: the same check, at a
# fraction of the cost to compile (a class with the range U+3400-U+9FFF costs ~0.6 ms, paid by
# every pattern that holds it; a command reading one English document feels it).
NO_WORD_AFTER_OUTSIDE_CJK = r"(?!\w|-)"
# The first bytes of the UTF-8 of U+3000-U+9FFF: a text whose UTF-8 holds none of them holds no
# character of the range NO_WORD_AFTER and TEXT_WORD set apart.
CJK_LEAD_BYTES = b"\xe3\xe4\xe5\xe6\xe7\xe8\xe9"
# Between the texts scanned at once: not a space, a word character, a hyphen or a letter, so
# no name runs across it, a name before it ends as at the end of a text, and one after it
# starts a word as at the start of one.
SEPARATOR = "\x00"
BATCH_CHARACTERS = 256 * 1024
# A word as the titles' check cuts it, in the text and in a title: letters, digits and "_"
# other than Chinese and Japanese ones (NO_WORD_AFTER lets a name end before those). A title
# in ASCII matches only where each of its words is such a word of the text: its spaces and
# signs match themselves (or whitespace), its letters their case variants, and it is followed
# by no word character. (Its first word may be glued to the one before: such a match is refused.)
TEXT_WORD = r"[^\W\u3400-\u9fff]+"
WORD_OUTSIDE_CJK = r"\w+"  # TEXT_WORD in a text with no Chinese or Japanese character
# The characters that match an ASCII letter of a name when case is ignored but do not turn into
# it by str.lower() (see FOLDED_TO_ASCII): a text holding one is scanned with every title.
FOLDED_TO_NON_ASCII_LOWER = "\u0130\u0131\u017f"
SUBSET_PATTERNS_BEFORE_FULL = 4
MATCHES_NOTHING = "(?!)"


class Missing:
    """The type of MISSING: an argument not given, where None means something."""


MISSING = Missing()


@frozen_dataclass
class Instrument:
    """A treaty, declaration or standard of the catalogue: its id and English name. A frozen
    dataclass: a process makes about a hundred, once, and a named tuple costs more to define
    than those cost to make (see rules.py)."""

    id: str
    name: str


@frozen_dataclass
class InstrumentCatalogue:
    """The instruments by each way the text may name them, and their names by language."""

    by_phrase: dict[str, Instrument]  # lower-case phrase with single spaces -> instrument
    by_short: dict[str, Instrument]
    by_treaty: dict[str, Instrument]  # "vol. 2056, no. 35597" -> the instrument printed there
    titles: dict[str, tuple[str, ...]]  # language -> its lower-case phrases
    lower_case: dict[str, tuple[str, ...]]  # language -> phrases also printed in lower case
    inflected: tuple[tuple[str, Instrument], ...]  # patterns of the phrases with "*"
    words: dict[str, tuple[frozenset[str] | None, ...]]  # language -> its titles' words

    @property
    def shorts(self) -> re.Pattern[str] | None:
        """The short names' pattern (shorts_pattern), compiled when first asked for."""
        return shorts_pattern(tuple(self.by_short))


def find_instruments(text: str, language: str = "en") -> list[Found]:
    """Treaties, protocols, declarations and standards named from the catalogue, by their
    names in the text's language (and their short names, "NPT", in any)."""
    return find_instruments_in_texts([text], language)[0]


def find_instruments_in_texts(texts: Sequence[str], language: str = "en") -> list[list[Found]]:
    """`find_instruments` of each text, found in a few scans of them all: joined by a
    character that no name, short name or word-boundary check crosses, so each text's
    matches are the ones it has alone. A document's hundreds of paragraphs and footnotes then
    cost three scans per batch of BATCH_CHARACTERS, not three per string (the calls cost more
    than the scanning); batches keep the joined copy small beside a 10 MB resolution."""
    if language != "en" and language not in instrument_catalogue().titles:
        language = "en"
    catalogue = catalogue_for(language)
    if sum(map(len, texts)) + len(texts) < BATCH_CHARACTERS:  # one batch (most documents)
        return instruments_in_batch(catalogue, list(texts), language)
    found: list[list[Found]] = []
    batch: list[str] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text) + 1
        if size >= BATCH_CHARACTERS:
            found.extend(instruments_in_batch(catalogue, batch, language))
            batch, size = [], 0
    if batch or not found:
        found.extend(instruments_in_batch(catalogue, batch, language))
    return found[: len(texts)]


def instruments_in_batch(
    catalogue: InstrumentCatalogue, texts: list[str], language: str
) -> list[list[Found]]:
    joined = SEPARATOR.join(texts)
    names, lower_case, short_names = patterns_for(language, joined)
    titles, shorts = titles_and_shorts(catalogue, language, joined, names, short_names)
    spans: list[tuple[int, int, Instrument]] = []
    for start, end in [*titles, *word_matches(lower_case, joined)]:
        instrument = named(catalogue, " ".join(joined[start:end].lower().split()))
        if instrument:
            spans.append((start, end, instrument))
    spans.extend((start, end, catalogue.by_short[joined[start:end]]) for start, end in shorts)
    found: list[list[Found]] = [[] for _ in texts]
    if not spans:  # a batch that names none needs no offsets
        return found
    # where each text starts: after the texts before it and a SEPARATOR each (summed in C)
    offsets = list(accumulate(map(add, map(len, texts[:-1]), repeat(1)), initial=0))
    index = 0
    # in the joined text's order, each text's names come in its own order, and the texts are
    # walked once (a stable sort: a title and a short name found at one place keep theirs)
    for start, end, instrument in sorted(spans, key=itemgetter(0)):
        index = bisect_right(offsets, start, index) - 1
        offset = offsets[index]
        found[index].append(
            instrument_found(instrument, start - offset, end - offset, texts[index])
        )
    return found


def titles_and_shorts(
    catalogue: InstrumentCatalogue,
    language: str,
    text: str,
    names: re.Pattern[str] | Missing | None = MISSING,
    shorts: re.Pattern[str] | Missing | None = MISSING,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """What word_matches((title_pattern,), text) finds, and what the short names' own pattern
    finds where a short name may start, in one scan of names_pattern: both open on capitals,
    and scanning costs the same whether it stops at one kind or at both. Each kind keeps its
    own position; where a title starts, a short name is looked for there on its own.
    `names`: names_pattern, or one of only the names the text may hold (see patterns_for);
    `shorts`: the short names' pattern, or one of only those the text holds (None: none)."""
    if isinstance(shorts, Missing):
        shorts = catalogue.shorts
    if isinstance(names, Missing):
        names = names_pattern(language)
    if names is None:
        titles = list(word_matches((title_pattern(language),), text))
        alone = shorts.finditer(text) if shorts is not None else iter(())
        return titles, [match.span() for match in alone if short_at(text, match.start())]
    found_titles: list[tuple[int, int]] = []
    found_shorts: list[tuple[int, int]] = []
    titles_from = shorts_from = position = 0
    while match := names.search(text, position):
        start, end = match.span()
        position = start + 1
        if start >= titles_from and match.group() not in catalogue.by_short:  # a title
            if start and glued(text[start - 1]):
                titles_from = start + 1
            else:
                found_titles.append((start, end))
                titles_from = end
        if shorts and start >= shorts_from and (short := shorts.match(text, start)):
            shorts_from = short.end()  # as finditer goes on: after the match, even a refused one
            if short_at(text, start):
                found_shorts.append(short.span())
    return found_titles, found_shorts


def short_at(text: str, start: int) -> bool:
    """A short name may start here: at the start of the text or after what short_may_start allows."""
    return not start or short_may_start(text[start - 1])


def word_matches(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[tuple[int, int]]:
    """Matches that start a word: not "xConvention"; after a refused one, the search goes on
    from the next character, so a name inside it is still found. `patterns` open on different
    characters and are searched as their alternation would be: each one's next match is kept
    until the search passes it, so the text is scanned once per pattern."""
    ahead: list[re.Match[str] | None] = [pattern.search(text) for pattern in patterns]
    position = 0
    while True:
        match = None
        for index, pattern in enumerate(patterns):
            candidate = ahead[index]
            if candidate is not None and candidate.start() < position:
                candidate = ahead[index] = pattern.search(text, position)
            if candidate is not None and (match is None or candidate.start() < match.start()):
                match = candidate
        if match is None:
            return
        start = match.start()
        if start and glued(text[start - 1]):
            position = start + 1
            continue
        yield start, match.end()
        position = match.end()


def glued(before: str) -> bool:
    """A character a name cannot follow without a space: a letter or digit of a spaced script."""
    return (before.isalnum() and not "\u3400" <= before <= "\u9fff") or before in "_-"


def named(catalogue: InstrumentCatalogue, phrase: str) -> Instrument | None:
    instrument = catalogue.by_phrase.get(phrase)
    if instrument is None and catalogue.inflected:
        # compiled only now: the 28 inflected names cost ~7 ms to compile, and only a name
        # the catalogue does not hold as printed (Russian cases) needs them
        for pattern, candidate in catalogue.inflected:
            if compiled_once(pattern).fullmatch(phrase):
                return candidate
    return instrument


def short_may_start(before: str) -> bool:
    """ "CCW" alone, not inside a symbol such as CCW/CONF.I/16 or a longer word."""
    return not (before.isalnum() or before in "_/.-")


def instrument_found(instrument: Instrument, start: int, end: int, text: str) -> Found:
    return Found(  # by position: binding keywords costs half as much again, per name found
        "instrument",
        text[start:end],
        start,
        end,
        "instrument:" + instrument.id,
        None,  # body
        None,  # symbol
        instrument.name,
    )


def catalogue_for(language: str) -> InstrumentCatalogue:
    """The catalogue a text in `language` needs: an English one needs no translated names
    (their variants are half the building, ~0.7 ms of a process's first English document).
    Without them, every English name names the same instrument: no name is printed in two
    languages or names two instruments (test_a_name_names_one_instrument_in_one_language)."""
    if language == "en":
        return instrument_catalogue(with_translations=False)
    return instrument_catalogue()


@cache
def instrument_catalogue(with_translations: bool = True) -> InstrumentCatalogue:
    """The catalogue, its parts kept in the data-file store: a process reads them back instead
    of the data files and building them (and each title's words, see title_words)."""
    sources = ("instruments.yaml", "instrument_names.yaml")[: 2 if with_translations else 1]
    name = "instruments-all" if with_translations else "instruments-en"
    kept = load_derived(name, sources, Path(__file__), partial(catalogue_parts, sources))
    try:
        return catalogue_of_parts(kept)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, re.error):
        return catalogue_of_parts(catalogue_parts(sources))  # an entry of another shape


def catalogue_parts(sources: tuple[str, ...]) -> dict[str, Any]:
    """The catalogue as JSON: each instrument once (id and name); each phrase once, with the
    index of the instrument it names, as the short names and treaty places are; the titles
    and the names also printed in lower case, by language, as indexes of phrases; and each
    phrase's words (see title_words)."""
    data = load_data_file(sources[0])
    translations = load_data_file(sources[1])["names"] if len(sources) > 1 else {}
    instruments: list[list[str]] = []
    by_phrase: dict[str, int] = {}
    by_short: dict[str, int] = {}
    by_treaty: dict[str, int] = {}
    titles: dict[str, list[str]] = {"en": []}
    lower_case: dict[str, list[str]] = {}
    for index, entry in enumerate(data["instruments"]):
        instruments.append([entry["id"], entry["name"]])
        for place in entry.get("treaty_series", []):
            by_treaty[" ".join(place.split()).lower()] = index
        names = {"en": [entry["name"], *entry.get("phrases", [])]}
        for language, printed in translations.get(entry["id"], {}).items():
            names[language] = [variant for name in printed for variant in with_proclitics(name)]
        for language, phrases in names.items():
            keys = [" ".join(phrase.split()).lower() for phrase in phrases]
            for key in keys:
                by_phrase.setdefault(key, index)
            titles.setdefault(language, []).extend(keys)
            if entry.get("lower_case"):
                lower_case.setdefault(language, []).extend(keys)
        for short in entry.get("short", []):
            by_short[short] = index
    phrases = list(by_phrase)  # every title and lower-case name is one: each kept once
    number = {phrase: index for index, phrase in enumerate(phrases)}
    return {
        "instruments": instruments,
        "phrases": [[phrase, by_phrase[phrase]] for phrase in phrases],
        "by_short": by_short,
        "by_treaty": by_treaty,
        "titles": {language: [number[key] for key in keys] for language, keys in titles.items()},
        "lower_case": {
            language: [number[key] for key in keys] for language, keys in lower_case.items()
        },
        "words": [needed_words(phrase) for phrase in phrases],
    }


def catalogue_of_parts(parts: dict[str, Any]) -> InstrumentCatalogue:
    instruments = [Instrument(id=id_, name=name) for id_, name in parts["instruments"]]
    phrases = [phrase for phrase, _ in parts["phrases"]]
    by_phrase = {phrase: instruments[index] for phrase, index in parts["phrases"]}
    by_short = {short: instruments[index] for short, index in parts["by_short"].items()}
    words = [None if needed is None else frozenset(needed.split()) for needed in parts["words"]]
    return InstrumentCatalogue(
        by_phrase=by_phrase,
        by_short=by_short,
        by_treaty={place: instruments[index] for place, index in parts["by_treaty"].items()},
        titles={
            language: tuple([phrases[index] for index in keys])
            for language, keys in parts["titles"].items()
        },
        lower_case={
            language: tuple([phrases[index] for index in keys])
            for language, keys in parts["lower_case"].items()
        },
        inflected=tuple(
            (inflected_pattern(phrase), instrument)
            for phrase, instrument in by_phrase.items()
            if WILDCARD in phrase
        ),
        words={
            language: tuple([words[index] for index in keys])
            for language, keys in parts["titles"].items()
        },
    )


def needed_words(phrase: str) -> str | None:
    """The words a text must hold for the title to match in it (in lower case, as TEXT_WORD
    cuts them; joined by spaces, half the JSON of a list), or None where that is not known for
    sure: a title with a character outside ASCII but a sign (see is_sign), or with a Russian
    case ending ("*")."""
    if WILDCARD not in phrase and all(char.isascii() or is_sign(char) for char in phrase):
        return " ".join(sorted(set(compiled_once(WORD_OUTSIDE_CJK).findall(phrase))))  # no CJK
    return None


def is_sign(char: str) -> bool:
    """A character that is no word character and has no case ("–" in "2015–2030"): ignoring
    case, it matches itself alone, and it cuts words in the text as in the title."""
    return not (char.isalnum() or char == "_") and char.lower() == char == char.upper()


@cache
def title_pattern(language: str) -> re.Pattern[str]:
    """The language's names as one trie whose first letter is a capital (the rest any case)."""
    return re.compile(capitalised_trie(catalogue_for(language).titles[language]) + NO_WORD_AFTER)


@cache
def names_pattern(language: str) -> re.Pattern[str] | None:
    """title_pattern with one more branch per capital a short name opens on ("NPT"), tried
    after the titles: one scan stops where either starts (see titles_and_shorts). Every branch
    opens on a literal, so the regex engine skips to them in C. A short name is followed by
    what NO_WORD_AFTER allows, so the title's check after the group holds for it as well; and
    since no title is spelt as a short name, a match that is a short name is one. None when
    some title is spelt as a short name: then the two are scanned apart."""
    catalogue = catalogue_for(language)
    return names_pattern_of(language, catalogue.titles[language], tuple(catalogue.by_short))


@lru_cache(maxsize=SUBSET_PATTERNS_BEFORE_FULL + 1)
def names_pattern_of(
    language: str,
    phrases: tuple[str, ...],
    shorts: tuple[str, ...],
    no_word_after: str = NO_WORD_AFTER,
    single_spaced: bool = False,
) -> re.Pattern[str] | None:
    """names_pattern of these titles and short names only (see names_pattern), each name
    followed by `no_word_after` (NO_WORD_AFTER, or its cheaper form for a text without CJK),
    its spaces spelt by `spelling(single_spaced)`."""
    catalogue = catalogue_for(language)
    every = catalogue.titles[language]
    if not catalogue.by_short or set(every) & {short.lower() for short in catalogue.by_short}:
        return None
    spell = spelling(single_spaced)
    branches = [
        re.escape(char.upper()) + "(?i:" + trie_node_pattern(child, spell) + ")"
        for char, child in sorted(build_trie(phrases).items())
        if char
    ]
    rests: dict[str, list[str]] = {}
    for short in longest_first(shorts):
        rests.setdefault(short[0], []).append(re.escape(short[1:]))
    branches.extend(
        re.escape(first) + "(?:" + "|".join(rest) + r")(?![\w/\-])" for first, rest in rests.items()
    )
    if not branches:  # no name the text may hold (an empty group would match everywhere)
        return compiled_once(MATCHES_NOTHING)
    return re.compile("(?:" + "|".join(branches) + ")" + no_word_after)


Patterns = tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...], re.Pattern[str] | None]


@lru_cache(maxsize=SUBSET_PATTERNS_BEFORE_FULL + 1)
def shorts_pattern(shorts: tuple[str, ...]) -> re.Pattern[str] | None:
    """These short names ("NPT"), each ending a word; None for none."""
    if not shorts:
        return None
    return re.compile(
        "(?:" + "|".join(re.escape(short) for short in longest_first(shorts)) + r")(?![\w/\-])"
    )


def patterns_for(language: str, text: str) -> Patterns:
    """names_pattern, lower_case_patterns and the short names' pattern, or the same patterns
    of only the names the text may hold: the full English ones cost ~14 ms to compile, those
    of the few names a resolution may hold ~1 ms, which a command reading one or two documents
    feels. The names left out
    cannot match anywhere in the text, so the scans find the same names. Once the process has
    compiled SUBSET_PATTERNS_BEFORE_FULL of these (a corpus), the full ones are compiled and
    kept."""
    if names_pattern.cache_info().currsize or (
        names_pattern_of.cache_info().misses >= SUBSET_PATTERNS_BEFORE_FULL
    ):
        return every_pattern(language)
    return patterns_in(language, text)


def every_pattern(language: str) -> Patterns:
    return names_pattern(language), lower_case_patterns(language), catalogue_for(language).shorts


def patterns_in(language: str, text: str) -> Patterns:
    """names_pattern, lower_case_patterns and the short names' pattern of the names the text
    may hold, each name followed by NO_WORD_AFTER or, in a text without CJK, by its cheaper
    equivalent."""
    no_cjk = holds_no_cjk(text)
    maybe_in = titles_maybe_in(language, text, no_cjk)
    if maybe_in is None:
        return every_pattern(language)
    kept, single_spaced = maybe_in
    catalogue = catalogue_for(language)
    shorts = tuple(short for short in catalogue.by_short if short in text)
    held = set(kept)
    lower_case = tuple(p for p in catalogue.lower_case.get(language, ()) if p in held)
    after = NO_WORD_AFTER_OUTSIDE_CJK if no_cjk else NO_WORD_AFTER
    return (
        names_pattern_of(language, kept, shorts, after, single_spaced),
        lower_case_patterns_of(lower_case, after, single_spaced),
        shorts_pattern(shorts),
    )


def holds_no_cjk(text: str) -> bool:
    """No character of U+3000-U+9FFF in the text, checked on its UTF-8 in C (iterating over
    the characters in Python would cost more than the compiling it saves)."""
    encoded = text.encode("utf-8", "surrogatepass")
    return not any(lead in encoded for lead in CJK_LEAD_BYTES)


def titles_maybe_in(
    language: str, text: str, no_cjk: bool | None = None
) -> tuple[tuple[str, ...], bool] | None:
    """The language's titles but those that cannot match in the text: a word of theirs is not
    in it (a test on a set, for all), or they are not in its lower-case copy with each run of
    whitespace as one space (a scan, for the few left; a space of a title matches any run).
    With them, whether that copy is the text's own lower-case copy: every whitespace of the
    text is then one " " (see spelling). None when the text holds a character that makes
    these checks unsure. `no_cjk`: holds_no_cjk(text), when the caller has it (a document's
    text is ~20,000 characters to encode again)."""
    if any(char in text for char in FOLDED_TO_NON_ASCII_LOWER):
        return None
    lowered = text.lower()
    tokens = lowered.split()
    if holds_no_cjk(text) if no_cjk is None else no_cjk:
        words = words_of(tokens)
    else:
        words = {word.lower() for word in set(compiled_once(TEXT_WORD).findall(text))}
    candidates = [
        (phrase, needed)
        for phrase, needed in title_words(language)
        if needed is None or needed <= words
    ]
    if not candidates:
        return (), True
    flat = " ".join(tokens)
    kept = tuple(phrase for phrase, needed in candidates if needed is None or phrase in flat)
    return kept, flat == lowered


def words_of(tokens: list[str]) -> set[str]:
    """The words WORD_OUTSIDE_CJK finds in a lower-case text, from the text cut at whitespace
    (`tokens`): no word runs across whitespace, a token of letters and digits alone is one word,
    and only the others ("mines,", "anti-personnel") are cut by the pattern: a third less time
    than finding every word of a resolution with it. (A text's lower-case copy holds the lower
    case of its words, each where it was: lowering changes no character's being a word
    character, but for U+0130, which titles_maybe_in refuses.)"""
    word = compiled_once(WORD_OUTSIDE_CJK)
    words: set[str] = set()
    for token in set(tokens):
        if token.isalnum():
            words.add(token)
        else:
            words.update(word.findall(token))
    return words


@cache
def title_words(language: str) -> tuple[tuple[str, frozenset[str] | None], ...]:
    """Each title of the language with the words a text must hold for the title to match in
    it (see needed_words)."""
    catalogue = catalogue_for(language)
    return tuple(zip(catalogue.titles[language], catalogue.words[language], strict=True))


@cache
def lower_case_pattern(language: str) -> re.Pattern[str] | None:
    """The names also printed in lower case, in any case. Names in ASCII are matched with each
    letter spelt as the class of characters that match it when case is ignored ("[gG]"):
    the same matches as re.IGNORECASE."""
    phrases = catalogue_for(language).lower_case.get(language)
    if not phrases:
        return None
    if all(phrase.isascii() for phrase in phrases):
        return re.compile(trie_node_pattern(build_trie(phrases), folded_piece) + NO_WORD_AFTER)
    return re.compile(trie_pattern(phrases) + NO_WORD_AFTER, re.IGNORECASE)


@cache
def lower_case_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """`lower_case_pattern` as one pattern per character a name may open on ("g", "G"), each
    opening on that literal: a pattern that opens on a literal is searched for in C several
    times faster than one that opens on a class ("[gG]") or ignores case."""
    return lower_case_patterns_of(catalogue_for(language).lower_case.get(language, ()))


@lru_cache(maxsize=SUBSET_PATTERNS_BEFORE_FULL + 1)
def lower_case_patterns_of(
    phrases: tuple[str, ...], no_word_after: str = NO_WORD_AFTER, single_spaced: bool = False
) -> tuple[re.Pattern[str], ...]:
    """lower_case_patterns of these names only, each followed by `no_word_after`, the spaces
    of those in ASCII spelt by `spelling(single_spaced)`."""
    if not phrases:
        return ()
    if not all(phrase.isascii() for phrase in phrases):
        return (re.compile(trie_pattern(phrases) + no_word_after, re.IGNORECASE),)
    return tuple(
        re.compile(
            (re.escape(first) if char.isalpha() else piece(char))
            + trie_node_pattern(child, folded_single_spaced if single_spaced else folded_piece)
            + no_word_after
        )
        for char, child in sorted(build_trie(phrases).items())
        if char
        for first in case_variants(char)
    )


def case_variants(char: str) -> str:
    """The characters that match an ASCII character when case is ignored: "k" -> "kK\u212a"."""
    if not char.isalpha():
        return char
    return char.lower() + char.upper() + FOLDED_TO_ASCII.get(char.lower(), "")


# The only characters besides ASCII letters that match an ASCII character when case is
# ignored, by the letter they match (tests/test_citations_speed.py checks all of Unicode).
FOLDED_TO_ASCII = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def folded_piece(char: str) -> str:
    """An ASCII character of a name as a class of what matches it when case is ignored:
    "k" -> "[kK\u212a]"."""
    if not char.isalpha():
        return piece(char)
    return "[" + case_variants(char) + "]"


def capitalised_trie(phrases: Iterable[str]) -> str:
    trie = build_trie(phrases)
    branches = [
        re.escape(char.upper()) + "(?i:" + trie_node_pattern(child) + ")"
        for char, child in sorted(trie.items())
        if char
    ]
    return "(?:" + "|".join(branches) + ")"


def with_proclitics(name: str) -> list[str]:
    """An Arabic name, and the same glued to "و", "ب", ...: "والإعلان العالمي لحقوق الإنسان"."""
    if not name or not "\u0600" <= name[0] <= "\u06ff":
        return [name]
    variants = [name, *(proclitic + name for proclitic in ARABIC_PROCLITICS)]
    if name.startswith("ال"):  # "ل" before "ال" is written "لل": "للمعايير الدولية"
        variants.append("لل" + name[2:])
    return variants


def inflected_pattern(phrase: str) -> str:
    return r"\s+".join(
        re.escape(word.rstrip(WILDCARD)) + (r"\w*" if word.endswith(WILDCARD) else "")
        for word in phrase.split()
    )


def trie_pattern(phrases: Iterable[str]) -> str:
    """One pattern for many phrases, shaped as a trie so that matching never tries the same
    prefix twice; a space in a phrase matches any run of whitespace, a "*" any word ending."""
    return trie_node_pattern(build_trie(phrases))


def build_trie(phrases: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def trie_node_pattern(node: dict[str, Any], spell: Callable[[str], str] | None = None) -> str:
    """The trie as a pattern, each character written by `spell` (by default `piece`). A run of
    nodes with one child each (most of a name) is written in one loop, not one call a letter."""
    write = spell or piece
    chain: list[str] = []
    while len(node) == 1:
        [(char, child)] = node.items()
        if not char:
            break
        chain.append(write(char))
        node = child
    branches = [
        write(char) + trie_node_pattern(child, spell)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return "".join(chain)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "".join(chain) + (f"(?:{body})?" if "" in node else body)


def spelling(single_spaced: bool) -> Callable[[str], str]:
    """How a name's characters are written: `piece`, or, for a text whose every whitespace is
    one " " (most resolutions), the same with a space for a space. Where no run or other
    whitespace stands, " " matches where "\\s+" would; a resolution's names hold ~90 spaces,
    and their "\\s+" cost ~0.4 ms more to compile."""
    return single_spaced_piece if single_spaced else piece


def single_spaced_piece(char: str) -> str:
    return " " if char == " " else piece(char)


def folded_single_spaced(char: str) -> str:
    return " " if char == " " else folded_piece(char)


@cache  # a name's pattern is written a character at a time: ~1,600 calls for a resolution's
def piece(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char == WILDCARD:
        return r"\w*"
    return re.escape(char)
