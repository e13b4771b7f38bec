"""Learning the lead grammar's word classes from the UN's markup, where the italics show the lead.

Every lead seen is a head ("Reaffirming its deep concern"). A lead that is another lead with
words before it teaches an adverb ("Also" + "requests", Arabic "وإذ" + "تشير", "Remaining" +
"deeply concerned"); one with words after it teaches a modifier ("also", "in this regard") or,
after "its"/"with" and their kin in each language, intensifiers and an object noun ("its grave
concern", "with deep regret"). Then every learnt phrase that makes more leads run past the
italics than it reads right in the training markup is dropped: leads must stop where the
italics stop.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mineres.models import ParagraphKind
from mineres.parse.leads import (
    LeadGrammar,
    Phrase,
    Token,
    WordClass,
    best_reading,
    build_grammar,
    tokens_of,
)

LEARNT_CLASSES = (
    "heads",
    "adverbs",
    "modifiers",
    "intensifiers",
    "nouns",
    "bare",
    "open",
    "exceptions",
)
LONGEST_AFFIX = 6  # words an adverb or modifier phrase may have


@dataclass(frozen=True)
class Example:
    """One paragraph of the markup: its italic lead, its whole text, and where it stands."""

    lead: str
    text: str
    kind: ParagraphKind


@dataclass
class Spelling:
    """Each phrase's forms as written, to store the commonest form and not the normalised one."""

    spaced: bool
    seen: dict[Phrase, Counter[str]]

    def note(self, phrase: Phrase, raw: Sequence[str]) -> None:
        self.seen.setdefault(phrase, Counter())[(" " if self.spaced else "").join(raw)] += 1

    def written(self, phrase: Phrase) -> str:
        if phrase not in self.seen:
            return (" " if self.spaced else "").join(phrase)
        return self.seen[phrase].most_common(1)[0][0]


def raw_words(text: str, tokens: Sequence[Token]) -> list[str]:
    starts = [0, *(t.end for t in tokens)]
    return [text[starts[i] : t.end].strip() for i, t in enumerate(tokens)]


def learn(examples: Iterable[Example], language: str, seed: Mapping[str, Any]) -> dict[str, Any]:
    """The learnt part of a language's lead grammar, from the markup's leads."""
    spaced = bool(seed.get("spaced", True))
    spelling = Spelling(spaced, {})
    leads: list[tuple[Phrase, list[str], ParagraphKind]] = []
    examples_kept: list[Example] = []
    for example in examples:
        tokens = tokens_of(example.lead, spaced=spaced)
        if tokens and tokens[-1].end == len(example.lead.rstrip()):
            examples_kept.append(example)
            phrase = tuple(t.form for t in tokens)
            leads.append((phrase, raw_words(example.lead, tokens), example.kind))
    heads = Counter(phrase for phrase, _, _ in leads)
    grammar = build_grammar(language, seed, {})
    function_words = {
        word
        for name in ("introducers", "and")
        for phrases in grammar.word_class(name).by_first.values()
        for phrase in phrases
        for word in phrase
    }
    classes: dict[str, Counter[Phrase]] = defaultdict(Counter)
    kinds: dict[Phrase, Counter[ParagraphKind]] = defaultdict(Counter)
    suffixes: list[tuple[Phrase, Phrase, list[str]]] = []
    for phrase, raw, kind in leads:
        spelling.note(phrase, raw)
        classes["heads"][phrase] += 1
        kinds[phrase][kind] += 1
        for cut in range(1, min(LONGEST_AFFIX, len(phrase) - 1) + 1):
            if heads[phrase[cut:]] >= 2 and not function_words.intersection(phrase[:cut]):
                classes["adverbs"][phrase[:cut]] += 1
                kinds[phrase[:cut]][kind] += 1
                spelling.note(phrase[:cut], raw[:cut])
                break
        for cut in range(len(phrase) - 1, max(0, len(phrase) - LONGEST_AFFIX - 1), -1):
            if phrase[:cut] in heads and not opens_with(grammar.word_class("and"), phrase[cut:]):
                suffixes.append((phrase[:cut], phrase[cut:], raw[cut:]))
    for _, words, raw in suffixes:  # objects first, so that bare nouns are known after
        at = introducer_at(grammar, words)
        if at is not None:
            start, end = at
            if start:
                note(classes, spelling, "modifiers", words[:start], raw[:start])
            core = len(without_modifiers(grammar, words[end:])) + end
            note_objects(grammar, classes, spelling, words[end:core], raw[end:core])
    for head, words, raw in suffixes:
        if introducer_at(grammar, words) is not None:
            continue
        core = len(without_modifiers(grammar, words))
        if core and words[core - 1 : core] in classes["nouns"]:
            note_objects(grammar, classes, spelling, words[:core], raw[:core])
            classes["bare"][head] += 1
        else:
            note(classes, spelling, "modifiers", words, raw)
    learnt = {name: set(classes[name]) for name in LEARNT_CLASSES}
    learnt["open"] = open_introducers(grammar, examples_kept)
    learnt = prune(language, seed, learnt, examples_kept)
    return as_data(learnt, kinds, spelling)


def open_introducers(grammar: LeadGrammar, examples: Sequence[Example]) -> set[Phrase]:
    """Introducers whose next word the italics take nine times in ten: "with", not "its"."""
    inside: Counter[Phrase] = Counter()
    outside: Counter[Phrase] = Counter()
    introducers = grammar.word_class("introducers")
    for example in examples:
        italic = len(tokens_of(example.lead, spaced=grammar.spaced))
        tokens = tokens_of(example.text[: len(example.lead) + 40], spaced=grammar.spaced)
        for start in range(1, min(italic + 1, len(tokens))):
            for end in introducers.at(tokens, start):
                if end < len(tokens):
                    word = tuple(t.form for t in tokens[start:end])
                    (inside if end < italic else outside)[word] += 1
    return {word for word, count in inside.items() if count >= 9 * outside[word] and count >= 5}


def opens_with(word_class: WordClass, words: Phrase) -> bool:
    return any(True for _ in word_class.at([Token(w, 0) for w in words], 0))


def introducer_at(grammar: LeadGrammar, words: Phrase) -> tuple[int, int] | None:
    """Where the first word opening an object ("its", "with") stands, and where it ends."""
    tokens = [Token(w, 0) for w in words]
    for start in range(len(words)):
        ends = list(grammar.word_class("introducers").at(tokens, start))
        if ends:
            return start, max(ends)
    return None


def without_modifiers(grammar: LeadGrammar, words: Phrase) -> Phrase:
    """`words` less the modifiers they end with ("its concern also" -> "its concern")."""
    modifiers = grammar.word_class("modifiers")
    for start in range(len(words)):
        tokens = [Token(w, 0) for w in words[start:]]
        if len(tokens) in set(modifiers.at(tokens, 0)):
            return words[:start]
    return words


def note(
    classes: dict[str, Counter[Phrase]],
    spelling: Spelling,
    name: str,
    words: Phrase,
    raw: Sequence[str],
) -> None:
    if words:
        classes[name][words] += 1
        spelling.note(words, raw)


def note_objects(
    grammar: LeadGrammar,
    classes: dict[str, Counter[Phrase]],
    spelling: Spelling,
    words: Phrase,
    raw: Sequence[str],
) -> None:
    """Objects joined by "and", each intensifiers then one noun: "gratitude and support"."""
    start = 0
    for end in range(len(words) + 1):
        if end == len(words) or opens_with(grammar.word_class("and"), words[end:]):
            if end > start:
                note(classes, spelling, "nouns", words[end - 1 : end], raw[end - 1 : end])
                for i in range(start, end - 1):
                    note(classes, spelling, "intensifiers", words[i : i + 1], raw[i : i + 1])
            start = end + 1


def prune(
    language: str,
    seed: Mapping[str, Any],
    learnt: dict[str, set[Phrase]],
    examples: Sequence[Example],
    rounds: int = 4,
) -> dict[str, set[Phrase]]:
    """Drop the learnt phrases that carry more leads past the italics than they read right."""
    spaced = bool(seed.get("spaced", True))
    for _ in range(rounds):
        grammar = build_grammar(language, seed, words_of(learnt, spaced))
        within: Counter[tuple[str, Phrase]] = Counter()
        beyond: Counter[tuple[str, Phrase]] = Counter()
        within_pairs: Counter[Phrase] = Counter()
        beyond_pairs: Counter[Phrase] = Counter()
        for example in examples:
            italic = len(tokens_of(example.lead, spaced=spaced))
            reading, tokens = best_reading(grammar, example.text)
            for i, (name, start, end) in enumerate(reading):
                used = (name, tuple(t.form for t in tokens[start:end]))
                if end <= italic:
                    within[used] += 1
                    within_pairs[used[1]] += 1
                    for before in reading[max(0, i - 3) : i]:
                        within_pairs[tuple(t.form for t in tokens[before[1] : end])] += 1
                else:  # the first part past the italics carries the blame
                    beyond[used] += 1
                    if name == "heads" and used[1] not in learnt["heads"]:  # read by its stem
                        beyond_pairs[used[1]] += 1
                    elif i and name != "heads":
                        closing = next(
                            (p for p in reading[i:] if p[0] in ("heads", "nouns", "modifiers")),
                            reading[-1],
                        )
                        span = tokens[reading[i - 1][1] : closing[2]]
                        beyond_pairs[tuple(t.form for t in span)] += 1
                    break
        dropped = {used for used, count in beyond.items() if count > within[used]}
        pairs = {pair for pair, count in beyond_pairs.items() if count > within_pairs[pair]}
        if not any(phrase in learnt.get(name, ()) for name, phrase in dropped) and not (
            pairs - learnt["exceptions"]
        ):
            break
        for name, phrase in dropped:
            learnt.get(name, set()).discard(phrase)
        learnt["exceptions"] |= pairs
    return learnt


def words_of(learnt: Mapping[str, set[Phrase]], spaced: bool) -> dict[str, list[str]]:
    joiner = " " if spaced else ""
    return {name: [joiner.join(p) for p in phrases] for name, phrases in learnt.items()}


def as_data(
    learnt: Mapping[str, set[Phrase]],
    kinds: Mapping[Phrase, Counter[ParagraphKind]],
    spelling: Spelling,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        name: sorted({spelling.written(p) for p in learnt[name]}) for name in LEARNT_CLASSES
    }
    for kind in ("preambular", "operative"):
        data[kind] = sorted(
            {
                spelling.written(p)
                for name in ("heads", "adverbs")
                for p in learnt[name]
                if set(kinds.get(p, {})) == {kind}
            }
        )
    return data
