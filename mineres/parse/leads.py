"""Lead phrases: the words the UN sets in italics (bold in Chinese) at the start of a paragraph.

Text layouts lose the italics, so the lead is read with a small grammar over word classes,
per language, in `data/leads/{language}.yaml` (hand-written function words) and
`data/leads/{language}.learnt.yaml` (learnt from the UN's markup by `lead_learning`):

    lead    = adverb* head (and adverb* head)* (modifier | object)*
    object  = (its | with)? intensifier* noun (and intensifier* noun)*

so "Reaffirming its grave concern", "Also reaffirms its request", "Welcomes and supports" and
"Expresses its gratitude and support" are read from their parts even when the whole phrase
was never seen. The longest reading wins. A paragraph that opens with no known head takes its
first word (with the adverbs before it and the modifiers after it); in Chinese, where words
are not spaced, its first two characters, or all it opens with up to a closing "的是，".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import field
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

from mineres.frozen import frozen_dataclass
from mineres.models import ParagraphKind
from mineres.store.datafiles import load_data_file, load_derived

Phrase = tuple[str, ...]
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
KINDS: tuple[ParagraphKind, ...] = ("preambular", "operative")
LONGEST_OPENING = 160  # longer than any lead phrase, short enough to cache
# Arabic short vowels, shadda, sukun, dagger alif and tatweel: written or not, the same word.
# (a deletion table, not a pattern: the same result, and no 0.3 ms compile in every process)
ARABIC_MARKS = dict.fromkeys(
    [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]
)
WORD = re.compile(r"[\w’'\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640‑-]+")
SPACE = r"[ \t\u00a0\u202f]+"
MOST_WORDS = 16  # more than any lead has
OPENING = re.compile(f"{WORD.pattern}(?:{SPACE}{WORD.pattern}){{0,{MOST_WORDS - 1}}}")
CLASSES = (
    "adverbs",
    "heads",
    "modifiers",
    "introducers",
    "intensifiers",
    "nouns",
    "and",
    "bare",
    "open",
    "exceptions",
)


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """The form words are compared in: case, apostrophes, Arabic vowel marks and tatweel aside."""
    if word.isascii():  # the same, faster: NFC, casefold and the marks change nothing else
        return word.lower().replace("'", "’")
    word = unicodedata.normalize("NFC", word).casefold().replace("'", "’").replace("‑", "-")
    return word.translate(ARABIC_MARKS)


class Token(NamedTuple):
    """A word read: a named tuple, made three times faster than a frozen dataclass."""

    form: str  # normalised
    end: int  # offset just after the word in the text


def tokens_of(
    text: str, *, spaced: bool = True, grammar: LeadGrammar | None = None
) -> tuple[Token, ...]:
    """The words `text` opens with, up to the first punctuation: a lead never spans one.

    Given a grammar, stop where a lead must have ended: a word that opens no phrase of the
    grammar nor continues one from the word before is read only first or after a word that
    does (an unknown verb after an adverb, a noun after "with"); two such words end the lead,
    except in the first words of a language whose unknown words may stand before its head
    (Russian "с огромным воодушевлением отмечает", "самым решительным образом осуждает").
    A word with one of the grammar's noun endings, or an adverb of its pattern, is known
    ("с глубокой обеспокоенностью", "будучи глубоко озабочена").
    """
    opening = (OPENING if spaced else unspaced_opening()).match(text)
    if not opening:
        return ()
    found: list[Token] = []
    unknown_run = 0  # unknown words in a row just read
    before_head = (
        max(grammar.unknown_before_head, grammar.unknown_head_length) if grammar is not None else 0
    )
    previous = ""  # the form before, "" before the first word (no pair of words has it)
    # the opening starts at 0, so its words are found in `text` up to its end, uncopied
    words = WORD.finditer(text, 0, opening.end()) if spaced else re.finditer(r"\S", opening.group())
    first_words = grammar.first_words if grammar is not None else frozenset()
    after_stems = grammar.after_stems if grammar is not None else frozenset()
    word_pairs = grammar.word_pairs if grammar is not None else frozenset()
    noun_endings = grammar.noun_endings if grammar is not None else ()
    adverb_pattern = grammar.adverb_pattern if grammar is not None else None
    for match in words:
        word = match.group()
        if word.isdigit():
            break
        form = normalise(word)
        if grammar is not None:
            known = (
                form in first_words
                or form in after_stems
                or (bool(found) and (previous, form) in word_pairs)
                or (bool(noun_endings) and form.endswith(noun_endings))
                or (adverb_pattern is not None and is_adverb_form(adverb_pattern, word))
            )
            unknown_run = 0 if known else unknown_run + 1
            if unknown_run > (before_head if len(found) < before_head else 1):
                break
        found.append(Token(form, match.end()))
        previous = form
    return tuple(found)


def is_adverb_form(adverb_pattern: re.Pattern[str], word: str) -> bool:
    """An adverb of the pattern as written ("Fermement", Russian "глубоко") or in lower case
    after a head ("Encourage fermement"), where a pattern written capitalised must see it so."""
    return (
        adverb_pattern.fullmatch(word) is not None
        or adverb_pattern.fullmatch(word[:1].upper() + word[1:]) is not None
    )


class Watched(Sequence[Token]):
    """The opening words, remembering how far a reading looked: the reading holds for every
    text that opens with those words, so it is kept for them."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.forms = [token.form for token in tokens]
        self.size = len(tokens)
        self.furthest = -1  # the last word looked at; len(tokens) once the end was seen

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            self.furthest = max(self.furthest, min(i.stop, self.size) - 1)
        elif i > self.furthest:
            self.furthest = i
        return self.tokens[i]

    def __len__(self) -> int:
        self.furthest = self.size
        return self.size

    def has(self, i: int) -> bool:
        if i < self.size:
            if i > self.furthest:
                self.furthest = i
            return True
        self.furthest = self.size
        return False

    def form(self, i: int) -> str | None:
        """`has(i)` and the i-th word's form in one call: the readings ask this most."""
        if i < self.size:
            if i > self.furthest:
                self.furthest = i
            return self.forms[i]
        self.furthest = self.size
        return None


def has(tokens: Sequence[Token], i: int) -> bool:
    """Whether there is an i-th word (looking only that far)."""
    return tokens.has(i) if isinstance(tokens, Watched) else i < len(tokens)


def form_at(tokens: Sequence[Token], i: int) -> str | None:
    """The i-th word's form, or None past the last word (looking only that far)."""
    if isinstance(tokens, Watched):
        return tokens.form(i)
    return tokens[i].form if i < len(tokens) else None


@cache
def unspaced_opening() -> re.Pattern[str]:
    """The words a lead of Chinese can open with: compiled for a Chinese text only."""
    return re.compile(WORD.pattern.removesuffix("+") + f"{{1,{MOST_WORDS}}}")


def is_plain_phrase(words: str) -> bool:
    """ASCII letters, hyphens and apostrophes in words one space apart, opening with a word:
    what OPENING matches in it and WORD finds are its words split at the spaces."""
    return (
        words.isascii()
        and words[:1] != " "
        and "  " not in words
        and words.replace(" ", "").replace("-", "").replace("'", "").isalpha()
    )


def phrase_of(words: str, *, spaced: bool = True) -> Phrase:
    """The forms of the words `words` opens with: tokens_of without offsets, for the
    thousands of phrases a grammar is built from."""
    if spaced and is_plain_phrase(words):  # most of them: the same words, without the patterns
        forms = words.rstrip(" ").lower().replace("'", "’")
        return tuple(forms.split(" ", MOST_WORDS)[:MOST_WORDS])
    opening = (OPENING if spaced else unspaced_opening()).match(words)
    if not opening:
        return ()
    found: list[str] = []
    for word in WORD.findall(opening.group()) if spaced else re.findall(r"\S", opening.group()):
        if word.isdigit():
            break
        found.append(normalise(word))
    return tuple(found)


@frozen_dataclass
class WordClass:
    """Phrases of one or more words, looked up by their first word."""

    by_first: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, phrases: Iterable[Phrase]) -> WordClass:
        by_first: dict[str, set[Phrase]] = {}
        for phrase in phrases:
            if phrase:
                by_first.setdefault(phrase[0], set()).add(phrase)
        return cls({w: tuple(sorted(p, key=len, reverse=True)) for w, p in by_first.items()})

    def at(self, tokens: Sequence[Token], start: int) -> list[int]:
        """Where each phrase of the class that opens at `start` ends."""
        first = form_at(tokens, start)
        if first is None:
            return []
        phrases = self.by_first.get(first)
        if not phrases:
            return []
        return [
            start + len(phrase)
            for phrase in phrases
            if len(phrase) == 1
            or all(form_at(tokens, start + i) == phrase[i] for i in range(1, len(phrase)))
        ]

    def __contains__(self, phrase: object) -> bool:
        return (
            isinstance(phrase, tuple)
            and bool(phrase)
            and phrase in self.by_first.get(phrase[0], ())
        )


NO_WORDS = WordClass()


@frozen_dataclass
class LeadGrammar:
    """How one language writes a paragraph's lead: its word classes, heads and endings."""

    language: str
    spaced: bool  # words separated by spaces (all but Chinese)
    capitalised: bool  # a lead opens with a capital letter (English, French, Spanish)
    classes: Mapping[str, WordClass]
    adverb_pattern: re.Pattern[str] | None  # adverbs not listed: "Particularly", "Urgently"
    objects_before_head: bool  # Russian: "с удовлетворением отмечает"
    kinds: Mapping[Phrase, ParagraphKind]  # heads and adverbs seen in one kind of paragraph only
    endings: tuple[str, ...] = ()  # verb endings: "Calling for" is read as "Calls for" is
    # unknown words that may open a lead before a known head: "самым решительным образом"
    unknown_before_head: int = 0
    # characters an unknown head has where words are not spaced: Chinese "认为", "知悉"
    unknown_head_length: int = 0
    # endings of the nouns an introducer opens in the lead: Russian "-остью" ("с тревожностью")
    noun_endings: tuple[str, ...] = ()
    # words that close a lead at a comma, whatever comes before: Chinese "的是" ("that")
    closers: tuple[str, ...] = ()
    closed_within: int = 0  # characters within which a closing word ends the lead, comma or not
    # endings that make a word an object of the lead: Arabic "طلبها" ("its request")
    object_suffixes: tuple[str, ...] = ()
    heads_by_stem: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    first_words: frozenset[str] = frozenset()  # the words any phrase of any class opens with
    word_pairs: frozenset[tuple[str, str]] = frozenset()  # two words in a row in a phrase
    after_stems: frozenset[str] = frozenset()  # second words of heads read by stem ("for")
    # readings already made, by the words read: most paragraphs open the same few ways
    memo: dict[tuple[str, ...], Reading] = field(default_factory=dict, compare=False)

    def word_class(self, name: str) -> WordClass:
        return self.classes.get(name) or NO_WORDS


def build_grammar(language: str, seed: Mapping[str, Any], learnt: Mapping[str, Any]) -> LeadGrammar:
    """The grammar from the hand-written function words and the phrases learnt from markup."""
    return grammar_of_parts(language, grammar_parts(seed, learnt))


# what the seed says besides its words: kept with a grammar's parts
SETTINGS = (
    "spaced",
    "capitalised",
    "adverb_pattern",
    "objects_before_head",
    "endings",
    "unknown_before_head",
    "object_suffixes",
    "closers",
    "closed_within",
    "noun_endings",
    "unknown_head_length",
)


def grammar_parts(seed: Mapping[str, Any], learnt: Mapping[str, Any]) -> dict[str, Any]:
    """The grammar's phrases read and grouped, with the seed's settings: what building a
    grammar costs (~2 ms for a language's 700 phrases), as plain data that JSON keeps (a
    tuple as a list, a mapping keyed by phrase as pairs), so the data-file store can keep
    it; `grammar_of_parts` makes the grammar of it."""
    spaced = bool(seed.get("spaced", True))
    read: dict[str, Phrase] = {}  # a phrase listed for a class and for a kind is read once

    def phrase(words: str) -> Phrase:
        found = read.get(words)
        if found is None:
            found = read[words] = phrase_of(words, spaced=spaced)
        return found

    classes: dict[str, WordClass] = {}
    for name in CLASSES:
        words = list(seed.get(name) or []) + list(learnt.get(name) or [])
        if name == "heads":  # phrases known by hand for their kind are heads too
            words += [w for kind in KINDS for w in seed.get(kind) or []]
        classes[name] = WordClass.of(map(phrase, words))
    kinds: dict[Phrase, ParagraphKind] = {}
    for kind in KINDS:
        for words in list(seed.get(kind) or []) + list(learnt.get(kind) or []):
            kinds[phrase(words)] = kind
    endings = tuple(sorted(seed.get("endings") or [], key=len, reverse=True))
    settings = {key: seed[key] for key in SETTINGS if key in seed}
    return {
        "settings": {**settings, "endings": endings},
        "classes": {name: word_class.by_first for name, word_class in classes.items()},
        "kinds": list(kinds.items()),
        "heads_by_stem": heads_by_stem(classes["heads"], endings),
    }


def grammar_of_parts(language: str, parts: Mapping[str, Any]) -> LeadGrammar:
    """The grammar of `grammar_parts`' data, as built or as read back from JSON."""
    seed = parts["settings"]
    spaced = bool(seed.get("spaced", True))
    classes = {
        name: WordClass({first: tuple(map(tuple, phrases)) for first, phrases in by_first.items()})
        for name, by_first in parts["classes"].items()
    }
    by_stem = {stem: tuple(map(tuple, rests)) for stem, rests in parts["heads_by_stem"].items()}
    pattern = seed.get("adverb_pattern")
    return LeadGrammar(
        language=language,
        spaced=spaced,
        capitalised=bool(seed.get("capitalised", False)),
        classes=classes,
        adverb_pattern=re.compile(pattern) if pattern else None,
        objects_before_head=bool(seed.get("objects_before_head", False)),
        kinds={tuple(phrase): kind for phrase, kind in parts["kinds"]},
        endings=tuple(seed["endings"]),  # longest first
        unknown_before_head=int(seed.get("unknown_before_head", 0)),
        object_suffixes=tuple(seed.get("object_suffixes") or ()),
        closers=tuple(seed.get("closers") or ()),
        closed_within=int(seed.get("closed_within", 0)),
        noun_endings=tuple(seed.get("noun_endings") or ()),
        unknown_head_length=int(seed.get("unknown_head_length", 0)) if not spaced else 0,
        heads_by_stem=by_stem,
        after_stems=frozenset(rest[0] for rests in by_stem.values() for rest in rests),
        first_words=frozenset(word for c in classes.values() for word in c.by_first),
        word_pairs=frozenset(
            pair
            for word_class in classes.values()
            for phrases in word_class.by_first.values()
            for phrase in phrases
            for pair in pairwise(phrase)
        ),
    )


@lru_cache(maxsize=65536)
def stems(word: str, endings: tuple[str, ...]) -> frozenset[str]:
    """The word less each verb ending it has: "calling" -> "call", "expresses" -> "express"."""
    return frozenset(
        word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= 3
    )


def heads_by_stem(heads: WordClass, endings: tuple[str, ...]) -> dict[str, tuple[Phrase, ...]]:
    """Heads of two words or more by the stem of their verb, with the words after it."""
    found: dict[str, set[Phrase]] = {}
    for phrases in heads.by_first.values():
        for phrase in phrases:
            for stem in stems(phrase[0], endings) if len(phrase) > 1 else ():
                found.setdefault(stem, set()).add(phrase[1:])
    return {stem: tuple(sorted(rests)) for stem, rests in found.items()}


def stemmed_heads(grammar: LeadGrammar, tokens: Sequence[Token], at: int) -> Iterator[int]:
    """Where a known head ends when its verb stands in another form ("Calling for")."""
    if not grammar.endings:
        return
    first = form_at(tokens, at)
    if first is None:
        return
    for stem in stems(first, grammar.endings):
        rests = grammar.heads_by_stem.get(stem, ())
        following = form_at(tokens, at + 1) if rests else None
        for rest in rests:
            if rest[0] == following and all(
                form_at(tokens, at + 1 + i) == rest[i] for i in range(1, len(rest))
            ):
                yield at + 1 + len(rest)


@cache
def grammar_for(language: str) -> LeadGrammar:
    """The language's shipped grammar, its parts kept in the data-file store: a first parse
    reads them back (~1 ms) instead of the two word lists and building them (~2.3 ms)."""
    code = language if language in LANGUAGES else "en"
    sources = (f"leads/{code}.yaml", f"leads/{code}.learnt.yaml")

    def parts() -> dict[str, Any]:
        return grammar_parts(load_data_file(sources[0]), load_data_file(sources[1]) or {})

    kept = load_derived(f"leads-{code}-grammar", sources, Path(__file__), parts)
    try:
        return grammar_of_parts(code, kept)
    except (KeyError, TypeError, ValueError, AttributeError, re.error):
        return grammar_of_parts(code, parts())  # an entry of another shape: built anew


# A reading of a lead: the parts, in order, each as (class, first token, end token).
Part = tuple[str, int, int]
Reading = tuple[Part, ...]


def readings(grammar: LeadGrammar, tokens: Sequence[Token], raw: Sequence[str]) -> list[Reading]:
    """Every way the opening words read as a lead (see the module docstring), longest last."""
    done: list[Reading] = []
    pending: list[tuple[str, int, Reading]] = [("head", 0, ())]
    seen: set[tuple[str, int, Reading]] = set()
    exceptions = grammar.word_class("exceptions")
    while pending:
        state, at, parts = pending.pop()
        if (state, at, parts) in seen or len(parts) > 12:
            continue
        seen.add((state, at, parts))
        if state == "after":
            done.append(parts)
        for next_state, name, end in steps(grammar, tokens, raw, state, at, parts):
            starts = [part[1] for part in parts[-3:]] + [at]
            if name and any(
                tokens[start].form in exceptions.by_first
                and forms(tokens, start, end) in exceptions
                for start in starts
            ):
                continue  # "Encourages further efforts": seen in markup not to be one lead
            pending.append((next_state, end, (*parts, (name, at, end)) if name else parts))
    # the longest; of equals, the one with fewest words guessed, then in most parts, so that
    # learning credits the parts
    return sorted(
        done,
        key=lambda reading: (
            reading[-1][2] if reading else 0,
            -sum(part[0] == "guessed" for part in reading),
            len(reading),
        ),
    )


Step = tuple[str, str, int]  # the next state, the class of the words read ("" for none), their end


def steps(
    grammar: LeadGrammar,
    tokens: Sequence[Token],
    raw: Sequence[str],
    state: str,
    at: int,
    parts: Reading,
) -> Iterator[Step]:
    """The grammar's moves from one state: "head" expects a head, "after" follows one."""

    def read(name: str, next_state: str) -> Iterator[Step]:
        for end in grammar.word_class(name).at(tokens, at):
            yield next_state, name, end

    if state in ("head", "coordinated"):
        yield from read("adverbs", state)
        if grammar.objects_before_head:  # Russian "с глубокой озабоченностью отмечает"
            yield from read("introducers", "before head")
        heads = list(read("heads", "after"))
        heads += [("after", "heads", end) for end in stemmed_heads(grammar, tokens, at)]
        yield from heads
        if not parts and not heads:  # "самым решительным образом осуждает"
            yield from unknown_words_before_head(grammar, tokens, at, "head")
        if state == "coordinated":  # "its gratitude and support"
            yield "object", "", at
        elif has(tokens, at):
            if grammar.adverb_pattern and grammar.adverb_pattern.fullmatch(raw[at]):
                yield "patterned", "adverbs", at + 1
            if not heads and grammar.spaced and unknown_head_may_stand(grammar, parts, raw[at]):
                yield "after", "word", at + 1
            elif not heads and not parts and unknown_head_fits(grammar, tokens, at):
                yield "after", "word", at + grammar.unknown_head_length  # Chinese "认为"
    elif state == "before head":
        yield from read("intensifiers", state)
        yield from unknown_words_before_head(grammar, tokens, at, "head")
        if has(tokens, at):
            yield "head", "adverbs", at + 1
    elif state == "patterned":  # "Particularly concerned": only before a known head
        yield from read("heads", "after")
        if not grammar.capitalised and has(tokens, at) and parts[:-1] and parts[-2][0] == "adverbs":
            yield "after", "word", at + 1  # "будучи глубоко озабочена": adverbs, then any verb
    else:  # "after", "object", "introduced"
        if state == "after":
            yield from read("modifiers", "after")
            if follows_as_adverb(grammar, raw, at, parts):  # "Accueille favorablement"
                yield "after", "modifiers", at + 1
            yield from read("and", "coordinated")
            yield from read("introducers", "introduced")
            if has_object_suffix(grammar, tokens, at, parts):  # Arabic "تكرر طلبها"
                yield "after", "nouns", at + 1
            if not takes_bare_object(grammar, tokens, parts):
                return
        yield from read("intensifiers", "object" if state == "after" else state)
        yield from read("nouns", "after")
        if unknown_intensifier_at(grammar, tokens, at):  # "выражает серьезную озабоченность"
            yield "object" if state == "after" else state, "guessed", at + 1
        if state == "introduced" and has(tokens, at) and opens_any_noun(grammar, tokens, parts):
            yield "after", "nouns", at + 1
        elif state in ("introduced", "object") and has_noun_ending(grammar, tokens, at):
            yield "after", "guessed", at + 1  # "с нескрываемой тревогой" as "с тревогой"


def unknown_words_before_head(
    grammar: LeadGrammar, tokens: Sequence[Token], at: int, next_state: str
) -> Iterator[Step]:
    """Words no phrase opens, up to the grammar's limit, guessed to be adverbs when a known
    head follows them: "с огромным воодушевлением отмечает", where one unknown word is read anyway."""
    heads = grammar.word_class("heads")
    for end in range(at + 1, at + grammar.unknown_before_head + 1):
        form = form_at(tokens, end - 1)
        if form is None or form in grammar.first_words:
            return
        if heads.at(tokens, end) or any(True for _ in stemmed_heads(grammar, tokens, end)):
            yield next_state, "guessed", end


def follows_as_adverb(grammar: LeadGrammar, raw: Sequence[str], at: int, parts: Reading) -> bool:
    """An adverb of the grammar's pattern, in lower case, right after the head belongs to
    the lead: "Condamnant fermement", "Lamentando profundamente"."""
    if grammar.adverb_pattern is None or at >= len(raw) or parts[-1][0] not in ("heads", "word"):
        return False
    word = raw[at]
    return not word[:1].isupper() and bool(
        grammar.adverb_pattern.fullmatch(word[:1].upper() + word[1:])
    )


def has_object_suffix(
    grammar: LeadGrammar, tokens: Sequence[Token], at: int, parts: Reading
) -> bool:
    """A word with a possessive ending right after the head is its object, as "its request"
    is: Arabic "تكرر طلبها", "تعرب عن قلقها"."""
    form = form_at(tokens, at) if grammar.object_suffixes else None
    return (
        form is not None
        and parts[-1][0] in ("heads", "word", "introducers")
        and form.endswith(grammar.object_suffixes)
        and len(form) > 3
    )


def unknown_intensifier_at(grammar: LeadGrammar, tokens: Sequence[Token], at: int) -> bool:
    """A word no phrase opens, before a known noun of the lead, qualifies it: "its grave
    concern" read with "grave" never seen, as "its deep concern" was."""
    form = form_at(tokens, at)
    return (
        form is not None
        and form not in grammar.first_words
        and (
            bool(grammar.word_class("nouns").at(tokens, at + 1))
            or has_noun_ending(grammar, tokens, at + 1)
        )
    )


def has_noun_ending(grammar: LeadGrammar, tokens: Sequence[Token], at: int) -> bool:
    """Whether the word at `at` ends as the nouns an introducer opens in the lead do."""
    form = form_at(tokens, at) if grammar.noun_endings else None
    return form is not None and form.endswith(grammar.noun_endings)


def forms(tokens: Sequence[Token], start: int, end: int) -> Phrase:
    return tuple(t.form for t in tokens[start:end])


def opens_any_noun(grammar: LeadGrammar, tokens: Sequence[Token], parts: Reading) -> bool:
    """After "with" any noun belongs to the lead ("Notes with interest"); after "its", only
    the nouns learnt ("its resolution" is not italic)."""
    introducer = next((p for p in reversed(parts) if p[0] == "introducers"), None)
    return introducer is not None and forms(tokens, *introducer[1:]) in grammar.word_class("open")


def takes_bare_object(grammar: LeadGrammar, tokens: Sequence[Token], parts: Reading) -> bool:
    """Only heads seen so take an object without "its" or "with": "Expressing grave concern"."""
    if not parts or parts[-1][0] not in ("heads", "word"):
        return False
    return forms(tokens, *parts[-1][1:]) in grammar.word_class("bare")


def unknown_head_fits(grammar: LeadGrammar, tokens: Sequence[Token], at: int) -> bool:
    """Whether the opening has the characters an unknown head of an unspaced language takes."""
    return grammar.unknown_head_length > 0 and has(tokens, at + grammar.unknown_head_length - 1)


def unknown_head_may_stand(grammar: LeadGrammar, parts: Reading, word: str) -> bool:
    """An unlisted verb is a head first in the paragraph, or after an adverb in lower case."""
    if not parts:
        return True
    return parts[-1][0] == "adverbs" and not (grammar.capitalised and word[:1].isupper())


def best_reading(grammar: LeadGrammar, text: str) -> tuple[Reading, tuple[Token, ...]]:
    if grammar.capitalised and not text[:1].isupper():
        return (), ()
    tokens = tokens_of(text, spaced=grammar.spaced, grammar=grammar)
    if not tokens:
        return (), tokens
    starts = [0, *(t.end for t in tokens)]
    raw = tuple(text[starts[i] : t.end].strip() for i, t in enumerate(tokens))
    for known in (raw[:n] for n in range(1, len(raw) + 1)):
        if known in grammar.memo:
            return grammar.memo[known], tokens
    whole = (*raw, "")  # "" marks an opening read to its end
    if whole in grammar.memo:
        return grammar.memo[whole], tokens
    watched = Watched(tokens)
    found = readings(grammar, watched, raw)
    if len(grammar.memo) > 50_000:
        grammar.memo.clear()
    seen = raw[: watched.furthest + 1] if watched.furthest < len(raw) else whole
    grammar.memo[seen] = found[-1] if found else ()
    return grammar.memo[seen], tokens


def find_lead(text: str, language: str = "en") -> str:
    """The lead phrase that opens `text`, or "" when none can be read."""
    return find_lead_in_opening(text[:LONGEST_OPENING], language)


@lru_cache(maxsize=8192)
def find_lead_in_opening(text: str, language: str = "en") -> str:
    return lead_in(grammar_for(language), text)


def lead_in(grammar: LeadGrammar, text: str) -> str:
    """The lead `grammar` reads at the start of `text`, as written there."""
    closed = closed_lead(grammar, text)
    if closed:
        return closed
    reading, tokens = best_reading(grammar, text[:LONGEST_OPENING])
    if not reading:
        return ""
    return text[: tokens[reading[-1][2] - 1].end]


def closed_lead(grammar: LeadGrammar, text: str) -> str:
    """The opening up to one of the grammar's closing words, at a comma or within the first
    few characters, is the lead whatever its words: Chinese "深感关切的是，", "深表失望的是"
    ("deeply concerned that", "deeply disappointed that")."""
    if not grammar.closers:
        return ""
    opening = unspaced_opening().match(text) if not grammar.spaced else None
    if opening is None:
        return ""
    words = opening.group()
    if words.endswith(grammar.closers) and text[opening.end() : opening.end() + 1] in ("，", ","):
        return words
    ends = [words.find(c) + len(c) for c in grammar.closers if c in words]
    end = min(ends, default=0)
    return words[:end] if 0 < end <= grammar.closed_within else ""


@lru_cache(maxsize=8192)
def lead_kind(lead: str, language: str = "en") -> ParagraphKind | None:
    """Whether a lead is only ever preambular or only ever operative; None if both or unknown.

    A lead takes the kind of its parts: Arabic "وإذ" ("whereas") makes any verb preambular,
    "Reaffirming" is preambular whatever follows it.
    """
    grammar = grammar_for(language)
    reading, tokens = best_reading(grammar, lead)
    forms = [t.form for t in tokens]
    whole = tuple(forms)
    if whole in grammar.kinds:
        return grammar.kinds[whole]
    found = set()
    for name, start, end in reading:
        # a head read by its verb's stem ("Calling for") takes the kind of the verb
        for part in (tuple(forms[start:end]), tuple(forms[start : start + 1])):
            if name in ("adverbs", "heads") and part in grammar.kinds:
                found.add(grammar.kinds[part])
                break
    return found.pop() if len(found) == 1 else None
