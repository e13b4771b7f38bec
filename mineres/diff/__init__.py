"""What changed between two resolutions of a series: paragraphs aligned by content, word edits,
and what the edits mean (stronger or weaker verbs, citations, routine roll-over).

Everything here is pure: two `Resolution` values in, one `ResolutionDiff` out. Alignment is by
content, never by number, so a paragraph inserted at OP3 does not make every later paragraph
look changed. Renderers in `mineres.render.diff_*` print the result.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache
from itertools import pairwise
from typing import Literal, NamedTuple

from mineres.models import Metadata, Paragraph, ParagraphKind, Resolution

ChangeType = Literal["unchanged", "modified", "moved", "added", "removed", "split", "merged"]
EditOp = Literal["equal", "insert", "delete", "replace"]
Direction = Literal["stronger", "weaker", "same", "unknown"]

CHANGE_TYPES: tuple[ChangeType, ...] = (
    "unchanged",
    "modified",
    "moved",
    "added",
    "removed",
    "split",
    "merged",
)

MATCH_THRESHOLD = 0.6  # similarity at which two paragraphs anywhere are taken to be one
GAP_THRESHOLD = 0.35  # lower bar for the only candidates left between two aligned neighbours
CONTAINMENT_WEIGHT = 0.95  # a paragraph cut down to a clause is kept, just below a close reword
PART_CONTAINMENT = 0.6  # share of a fragment's shingles found in the whole it came from
SPLIT_COVERAGE = 0.6  # share of the whole that its parts together must cover
SPLIT_GAIN = 0.15  # coverage a second part must add over the best single part
MIN_SHINGLES = 4  # shorter texts are too generic to judge by containment
LONG_PART = 12  # a contained text this long is no stock phrase, whatever its opening
CONTAINED = 0.75  # share of the shorter text's shingles that makes it "contained"
SHINGLE_SIZE = 3
CANDIDATES_PER_PARAGRAPH = 8
COMMON_SHINGLE = 64  # shingles in more paragraphs than this say nothing about identity
BRIDGE_WORDS = 2  # unchanged words between two changes that still read as part of one change


@dataclass(frozen=True)
class WordEdit:
    """One run of words: kept (equal), inserted, deleted, or replaced by other words."""

    op: EditOp
    old: str
    new: str


@dataclass(frozen=True)
class LeadChange:
    old: str
    new: str
    direction: Direction


@dataclass(frozen=True)
class CitationChanges:
    """What a paragraph cites now that it did not (added), and no longer cites (removed)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


@dataclass(frozen=True)
class FootnoteChange:
    """A footnote of a paired paragraph whose text changed, or that appeared or went."""

    old_number: int | None
    new_number: int | None
    old_text: str
    new_text: str
    edits: tuple[WordEdit, ...] = ()


@dataclass(frozen=True)
class ParagraphChange:
    """One entry of the diff: a paragraph (or a split or merged group) and what happened to it."""

    type: ChangeType
    kind: ParagraphKind
    old_ids: tuple[str, ...]
    new_ids: tuple[str, ...]
    old_text: str
    new_text: str
    edits: tuple[WordEdit, ...] = ()
    lead_change: LeadChange | None = None
    citation_changes: CitationChanges = field(default_factory=CitationChanges)
    footnote_changes: tuple[FootnoteChange, ...] = ()
    routine: bool = False  # every edit is the yearly roll-over of the series
    reworded: bool = False  # the words changed (also for moved, split and merged paragraphs)

    @property
    def old_id(self) -> str | None:
        return "+".join(self.old_ids) or None

    @property
    def new_id(self) -> str | None:
        return "+".join(self.new_ids) or None


@dataclass(frozen=True)
class ResolutionDiff:
    old: Metadata
    new: Metadata
    changes: tuple[ParagraphChange, ...]

    @property
    def summary(self) -> dict[ChangeType, int]:
        """How many changes of each type, every type present (zero when none)."""
        counts = Counter(change.type for change in self.changes)
        return {kind: counts[kind] for kind in CHANGE_TYPES}

    @property
    def differs(self) -> bool:
        return any(change.type != "unchanged" for change in self.changes)


# --- Alignment ---------------------------------------------------------------------------------


class Link(NamedTuple):
    """Positions of one paragraph on each side: 1:1, 1:0, 0:1, 1:n (split) or n:1 (merged)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    moved: bool = False


class Profile:
    """What alignment compares: the text up to typography (`key`), its words without case and
    surrounding punctuation (`tokens`), and their overlapping triples (`shingles`). Words and
    triples are made on first use: most paragraphs pair by identical text and never need them."""

    __slots__ = ("_shingles", "_tokens", "key")

    def __init__(self, text: str) -> None:
        self.key = " ".join(plain_typography(text).split())
        self._tokens: tuple[str, ...] | None = None
        self._shingles: frozenset[tuple[str, ...]] | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        if self._tokens is None:
            folded = self.key.casefold()
            words = cjk_pattern("alignment word") if has_cjk(folded) else ALIGNMENT_WORD
            self._tokens = tuple(words.findall(folded))
        return self._tokens

    @property
    def shingles(self) -> frozenset[tuple[str, ...]]:
        if self._shingles is None:
            tokens = self.tokens
            if len(tokens) < SHINGLE_SIZE:
                self._shingles = frozenset([tokens]) if tokens else frozenset()
            else:
                self._shingles = frozenset(
                    tokens[i : i + SHINGLE_SIZE] for i in range(len(tokens) - SHINGLE_SIZE + 1)
                )
        return self._shingles


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


def plain_typography(text: str) -> str:
    """Hyphen and quote variants as their plain forms, soft hyphens gone (most texts have
    none, and testing for each is much faster than translating every text)."""
    for variant, plain in TYPOGRAPHY:
        if variant in text:
            text = text.replace(variant, plain)
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
    return bool(text) and max(text) >= "\u3000" and bool(cjk_pattern("character").search(text))


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


def similarity(
    old: Profile, new: Profile, threshold: float = 0.0, matcher: SequenceMatcher[str] | None = None
) -> float:
    """How surely two paragraphs are one: word-sequence similarity, or containment of the
    shorter in the longer so a paragraph cut down to its first clause still pairs. A short
    text contained in a long one counts only when both open with the same word: "Takes note
    of the report of the Secretary-General" stands inside many paragraphs it is not. Below
    `threshold` the answer may be any lower value: cheap upper bounds cut the work short.
    `matcher`, when given, already holds `new.tokens` as its second sequence."""
    smaller = min(len(old.shingles), len(new.shingles))
    same_opening = old.tokens[:1] == new.tokens[:1]
    contains = 0.0
    if smaller >= LONG_PART or (smaller >= MIN_SHINGLES and same_opening):
        share = len(old.shingles & new.shingles) / smaller
        if share >= CONTAINED:
            contains = CONTAINMENT_WEIGHT * share
    if matcher is None:
        matcher = SequenceMatcher(None, b=new.tokens, autojunk=False)
    matcher.set_seq1(old.tokens)
    floor = max(contains, threshold)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return contains
    return max(matcher.ratio(), contains)


def contained(part: Profile, whole: Profile) -> float:
    """Share of `part`'s shingles that occur in `whole`."""
    if len(part.shingles) < MIN_SHINGLES:
        return 0.0
    return len(part.shingles & whole.shingles) / len(part.shingles)


def coverage(whole: Profile, parts: Iterable[Profile]) -> float:
    """Share of `whole`'s shingles found in any of `parts`."""
    if not whole.shingles:
        return 0.0
    found: set[tuple[str, ...]] = set()
    for part in parts:
        found |= whole.shingles & part.shingles
    return len(found) / len(whole.shingles)


def shingle_index(
    profiles: Sequence[Profile], members: Iterable[int]
) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for position in members:
        for shingle in profiles[position].shingles:
            index[shingle].append(position)
    return index


def candidates(
    query: Profile, index: dict[tuple[str, ...], list[int]], limit: int = CANDIDATES_PER_PARAGRAPH
) -> list[int]:
    """The paragraphs sharing the most shingles with `query`: a cheap filter before scoring."""
    counts: Counter[int] = Counter()
    for shingle in query.shingles:
        postings = index.get(shingle)
        if postings and len(postings) <= COMMON_SHINGLE:
            counts.update(postings)
    if not counts:
        for shingle in query.shingles:
            counts.update(index.get(shingle, ()))
    return [position for position, _ in counts.most_common(limit)]


def longest_increasing(
    pairs: Sequence[tuple[int, int]], weights: Sequence[float] | None = None
) -> set[tuple[int, int]]:
    """The heaviest set of (old, new) pairs whose order agrees on both sides, each pair weighing
    1 unless `weights` say otherwise; pairs outside it are the ones that moved. A Fenwick tree
    of best chains by old position keeps it O(n log n)."""
    if not pairs:
        return set()
    size = max(old for old, _ in pairs) + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)
    best: list[float] = [0.0] * len(pairs)
    previous: list[int] = [-1] * len(pairs)
    for index in sorted(range(len(pairs)), key=lambda k: pairs[k][1]):
        old = pairs[index][0]
        found, position = (0.0, -1), old  # the best chain among olds before this one
        while position > 0:
            found = max(found, tree[position])
            position -= position & -position
        best[index] = found[0] + (weights[index] if weights else 1.0)
        previous[index] = found[1]
        position = old + 1
        while position <= size:
            tree[position] = max(tree[position], (best[index], index))
            position += position & -position
    kept: set[tuple[int, int]] = set()
    index = max(range(len(pairs)), key=best.__getitem__)
    while index >= 0:
        kept.add(pairs[index])
        index = previous[index]
    return kept


def greedy_pairs(scored: list[tuple[float, int, int]], pairs: dict[int, int]) -> None:
    """Take the best-scoring pairs first, each paragraph at most once."""
    taken = set(pairs.values())
    for _, old, new in sorted(scored, key=lambda item: (-item[0], abs(item[1] - item[2]))):
        if old not in pairs and new not in taken:
            pairs[old] = new
            taken.add(new)


def exact_pairs(old: Sequence[Profile], new: Sequence[Profile]) -> dict[int, int]:
    """Identical paragraphs: first those that kept their order, found as diff(1) finds common
    lines (so a text that occurs twice pairs with the right copy), then identical ones that
    moved, in reading order."""
    codes: dict[str, int] = {}
    old_codes = [codes.setdefault(paragraph.key, len(codes)) for paragraph in old]
    new_codes = [codes.setdefault(paragraph.key, len(codes)) for paragraph in new]
    pairs: dict[int, int] = {}
    matcher = SequenceMatcher(None, old_codes, new_codes, autojunk=False)
    for old_start, new_start, size in matcher.get_matching_blocks():
        for offset in range(size):
            pairs[old_start + offset] = new_start + offset
    taken = set(pairs.values())
    waiting: dict[int, list[int]] = defaultdict(list)
    for position in reversed(range(len(new))):
        if position not in taken:
            waiting[new_codes[position]].append(position)
    for position, code in enumerate(old_codes):
        same = waiting.get(code)
        if same and position not in pairs:
            pairs[position] = same.pop()
    return pairs


def similar_pairs(old: Sequence[Profile], new: Sequence[Profile], pairs: dict[int, int]) -> None:
    taken = set(pairs.values())
    free_new = [position for position in range(len(new)) if position not in taken]
    index = shingle_index(new, free_new)
    scored: list[tuple[float, int, int]] = []
    matchers: dict[int, SequenceMatcher[str]] = {}
    for position, paragraph in enumerate(old):
        if position in pairs:
            continue
        for other in candidates(paragraph, index):
            if other not in matchers:
                matchers[other] = SequenceMatcher(None, b=new[other].tokens, autojunk=False)
            score = similarity(paragraph, new[other], MATCH_THRESHOLD, matchers[other])
            if score >= MATCH_THRESHOLD:
                scored.append((score, position, other))
    greedy_pairs(scored, pairs)


def gap_pairs(old: Sequence[Profile], new: Sequence[Profile], pairs: dict[int, int]) -> None:
    """Between two neighbours that kept their order, pair what is left at a lower bar: a
    reworded paragraph that stayed in its place is still that paragraph."""
    anchors = sorted(longest_increasing(list(pairs.items())))
    bounds = [(-1, -1), *anchors, (len(old), len(new))]
    taken = set(pairs.values())
    scored: list[tuple[float, int, int]] = []
    for (old_start, new_start), (old_end, new_end) in pairwise(bounds):
        free_old = [i for i in range(old_start + 1, old_end) if i not in pairs]
        free_new = [j for j in range(new_start + 1, new_end) if j not in taken]
        if not free_old or not free_new:
            continue
        if len(free_old) * len(free_new) <= CANDIDATES_PER_PARAGRAPH**2:
            options = {i: free_new for i in free_old}
        else:  # a long rewritten stretch: only the likeliest candidates, as in the first pass
            index = shingle_index(new, free_new)
            options = {i: candidates(old[i], index) for i in free_old}
        for i, choices in options.items():
            for j in choices:
                score = similarity(old[i], new[j], GAP_THRESHOLD)
                if score >= GAP_THRESHOLD:
                    scored.append((score, i, j))
    greedy_pairs(scored, pairs)


def find_splits(
    wholes: Sequence[Profile], parts: Sequence[Profile], pairs: dict[int, int]
) -> dict[int, tuple[int, ...]]:
    """Wholes whose text now stands in two or more adjacent parts: each free part mostly
    contained in the whole, all together covering it clearly better than one part alone."""
    whole_of = {part: whole for whole, part in pairs.items()}
    free_parts = [position for position in range(len(parts)) if position not in whole_of]
    if not free_parts:
        return {}
    index = shingle_index(wholes, (w for w in range(len(wholes)) if w not in pairs))
    parts_of: dict[int, list[int]] = defaultdict(list)
    for part in free_parts:
        options = {*candidates(parts[part], index), *paired_neighbours(part, whole_of, len(parts))}
        best = max(
            sorted(options),
            key=lambda whole: contained(parts[part], wholes[whole]),
            default=None,
        )
        if best is not None and contained(parts[part], wholes[best]) >= PART_CONTAINMENT:
            parts_of[best].append(part)
    splits: dict[int, tuple[int, ...]] = {}
    for whole, found in parts_of.items():
        members = sorted({*found, *([pairs[whole]] if whole in pairs else [])})
        anchor = pairs.get(whole)
        run = contiguous_run(members, anchor)
        if len(run) < 2:
            continue
        together = coverage(wholes[whole], (parts[part] for part in run))
        alone = max(coverage(wholes[whole], [parts[part]]) for part in run)
        if together >= SPLIT_COVERAGE and (
            together - alone >= SPLIT_GAIN or distinct_parts(wholes[whole], [parts[p] for p in run])
        ):
            splits[whole] = tuple(run)
    return splits


def distinct_parts(whole: Profile, parts: list[Profile]) -> bool:
    """Every part stands in the whole with words of its own, not found in the other parts: a
    short paragraph merged into a long one adds little coverage to the long one's share, but
    it is still wholly inside the merged text."""
    for position, part in enumerate(parts):
        others: set[tuple[str, ...]] = set()
        for other in parts[:position] + parts[position + 1 :]:
            others |= other.shingles
        if len(part.shingles) < MIN_SHINGLES:
            return False
        own = (part.shingles & whole.shingles) - others
        if len(own) / len(part.shingles) < PART_CONTAINMENT:
            return False
    return True


def paired_neighbours(part: int, whole_of: dict[int, int], size: int) -> list[int]:
    """The wholes paired with the nearest paired parts on either side of a run of free parts:
    a split's parts stand next to the part its whole kept."""
    found: list[int] = []
    for step in (-1, 1):
        neighbour = part + step
        while 0 <= neighbour < size and neighbour not in whole_of:
            neighbour += step
        if neighbour in whole_of:
            found.append(whole_of[neighbour])
    return found


def contiguous_run(members: list[int], anchor: int | None) -> list[int]:
    """The run of consecutive positions that holds `anchor` (or the longest run without one)."""
    runs: list[list[int]] = []
    for position in members:
        if runs and position == runs[-1][-1] + 1:
            runs[-1].append(position)
        else:
            runs.append([position])
    if anchor is not None:
        return next(run for run in runs if anchor in run)
    return max(runs, key=len, default=[])


def align(old_texts: Sequence[str], new_texts: Sequence[str]) -> list[Link]:
    """Pair paragraphs of one kind by content; every paragraph ends up in exactly one link.

    Identical texts pair first, as diff(1) pairs lines; then candidates found through shared
    word triples (an inverted index, so no paragraph is scored against every other) are scored
    and taken best first; then what is left between aligned neighbours, at a lower bar; then
    splits and merges. Links outside the longest order-keeping chain are `moved`.
    """
    old = [Profile(text) for text in old_texts]
    new = [Profile(text) for text in new_texts]
    pairs = exact_pairs(old, new)
    similar_pairs(old, new, pairs)
    gap_pairs(old, new, pairs)
    splits = find_splits(old, new, pairs)
    reversed_pairs = {target: source for source, target in pairs.items()}
    merges = find_splits(new, old, reversed_pairs)
    links: list[Link] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for whole, parts in splits.items():
        if used_new.isdisjoint(parts):
            links.append(Link((whole,), parts))
            used_old.add(whole)
            used_new.update(parts)
    for whole, parts in merges.items():
        if whole not in used_new and used_old.isdisjoint(parts):
            links.append(Link(parts, (whole,)))
            used_new.add(whole)
            used_old.update(parts)
    for source, target in pairs.items():
        if source not in used_old and target not in used_new:
            links.append(Link((source,), (target,)))
            used_old.add(source)
            used_new.add(target)
    firsts = [(link.old[0], link.new[0]) for link in links]
    tie_break = 1 / (len(links) + 1)  # of two equally long chains, keep identical texts in order
    weights = [1 + tie_break * (old[i].key == new[j].key) for i, j in firsts]
    in_order = longest_increasing(firsts, weights)
    links = [link._replace(moved=(link.old[0], link.new[0]) not in in_order) for link in links]
    links.extend(Link((source,), ()) for source in range(len(old)) if source not in used_old)
    links.extend(Link((), (target,)) for target in range(len(new)) if target not in used_new)
    return links


# --- Word edits --------------------------------------------------------------------------------

Opcode = tuple[EditOp, int, int, int, int]


def word_opcodes(old_words: Sequence[str], new_words: Sequence[str]) -> list[Opcode]:
    if old_words == new_words:
        return [("equal", 0, len(old_words), 0, len(new_words))] if old_words else []
    old_keys, new_keys = edit_keys(old_words), edit_keys(new_words)
    if old_keys == new_keys:
        return [("equal", 0, len(old_keys), 0, len(new_keys))] if old_keys else []
    return SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes()


def edits_from(
    opcodes: Sequence[Opcode], old_words: Sequence[str], new_words: Sequence[str]
) -> tuple[WordEdit, ...]:
    edits: list[WordEdit] = []
    for op, i1, i2, j1, j2 in opcodes:
        old = joined(old_words[i1:i2])
        new = joined(new_words[j1:j2]) if op != "equal" else old
        edits.append(WordEdit(op, old, new))
    return tuple(edits)


def readable(edits: Sequence[WordEdit]) -> tuple[WordEdit, ...]:
    """Changes kept apart by one or two unchanged words read as one change, as a person would
    mark them: "of [-gender- and age-appropriate-]{+gender-, age- and disability-appropriate+}",
    not "[-gender--]{+gender-, age-+} and [-age-appropriate-]{+disability-appropriate+}"."""
    result: list[WordEdit] = []
    for edit in edits:
        if (
            edit.op != "equal"
            and len(result) >= 2
            and result[-1].op == "equal"
            and len(words_of(result[-1].old)) <= BRIDGE_WORDS
            and result[-2].op != "equal"
        ):
            bridge, before = result.pop(), result.pop()
            edit = WordEdit(
                "replace",
                joined(part for part in (before.old, bridge.old, edit.old) if part),
                joined(part for part in (before.new, bridge.new, edit.new) if part),
            )
        result.append(edit)
    return tuple(result)


def word_edits(old_text: str, new_text: str) -> tuple[WordEdit, ...]:
    """The word-level changes from `old_text` to `new_text`, equal runs included, in order."""
    old_words, new_words = words_of(old_text), words_of(new_text)
    return readable(edits_from(word_opcodes(old_words, new_words), old_words, new_words))


def text_changed(edits: Sequence[WordEdit]) -> bool:
    return any(edit.op != "equal" for edit in edits)


# --- Meaning: routine roll-over ----------------------------------------------------------------

RESOLUTION_NUMBER = re.compile(r"\d{1,3}/\d{1,4}[A-Z]?")
DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,4}(?:/[A-Za-z0-9.\-]+)*/\d[\w.\-]*")
YEAR = re.compile(r"(?:19|20)\d\d")
DAY = re.compile(r"\d{1,2}")
NUMBER_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


class RoutineWords(NamedTuple):
    """The words of one or more languages that mark a roll-over, casefolded."""

    months: frozenset[str]
    sessions: frozenset[str]
    glue: frozenset[str]


@cache
def routine_words(languages: tuple[str, ...] = ("en",)) -> RoutineWords:
    """`data/routine_words.yaml` for `languages`; every language the file has when it has
    none of them, so an unlisted language still gets numbers and symbols right and loses
    nothing to a wrong guess."""
    from mineres.store.datafiles import load_data_file

    data: dict[str, dict[str, list[str]]] = load_data_file("routine_words.yaml")
    chosen = [data[language] for language in languages if language in data] or list(data.values())

    def words(key: str) -> frozenset[str]:
        return frozenset(word.casefold() for entry in chosen for word in entry.get(key, ()))

    return RoutineWords(words("months"), words("sessions"), words("glue") | {""})


def bare_word(words: Sequence[str], position: int) -> str:
    if 0 <= position < len(words):
        return edit_key(words[position]).strip(EDGE_PUNCTUATION)
    return ""


def routine_class(
    words: Sequence[str], position: int, vocabulary: RoutineWords | None = None
) -> str | None:
    """The kind of series marker a word is ("strong": a resolution number, symbol, session
    ordinal, or the year of a date; "weak": a day or month of a date; "glue": a word that joins
    markers, "and", "of"), or None. A year outside a date ("the 1980 Convention", "Strategy
    2019–2023") is no series marker. `vocabulary` holds the month names, session ordinals and
    joining words of the documents' language (English when not given)."""
    vocabulary = vocabulary or routine_words()
    months = vocabulary.months
    word = bare_word(words, position)
    folded = word.casefold()
    if folded in vocabulary.glue:
        return "glue"
    if (
        RESOLUTION_NUMBER.fullmatch(word)
        or DOCUMENT_SYMBOL.fullmatch(word)
        or NUMBER_ORDINAL.fullmatch(word)
        or folded in vocabulary.sessions
        or (YEAR.fullmatch(word) and beside_month(words, position, -1, vocabulary))
    ):
        return "strong"
    if folded in months or (DAY.fullmatch(word) and beside_month(words, position, 1, vocabulary)):
        return "weak"
    return None


def beside_month(words: Sequence[str], position: int, step: int, vocabulary: RoutineWords) -> bool:
    """A month name is the next word in direction `step`, or the one after a joining word:
    "13 December 2019", "13 décembre 2019", "13 de diciembre de 2019"."""
    neighbour = bare_word(words, position + step).casefold()
    if neighbour in vocabulary.glue and neighbour:
        neighbour = bare_word(words, position + 2 * step).casefold()
    return neighbour in vocabulary.months


def routine_opcodes(
    opcodes: Sequence[Opcode],
    old_words: Sequence[str],
    new_words: Sequence[str],
    vocabulary: RoutineWords | None = None,
) -> bool:
    """Every change replaces series markers with series markers: a resolution number, symbol,
    year or session ordinal on both sides ("2019," -> "2019 and 75/52 of 7 December 2020,"
    extends a list of recalled resolutions), or a day or month of a date whose year changes
    within three words ("7 December 2017" -> "13 December 2019"). "paragraph 7" -> "paragraph
    13" is not routine, nor is any insertion or deletion on its own."""
    changed = [opcode for opcode in opcodes if opcode[0] != "equal"]
    if any(opcode[0] != "replace" for opcode in changed):
        return False
    old_spans = [
        [routine_class(old_words, i, vocabulary) for i in range(i1, i2)]
        for _, i1, i2, _, _ in changed
    ]
    new_spans = [
        [routine_class(new_words, j, vocabulary) for j in range(j1, j2)]
        for _, _, _, j1, j2 in changed
    ]
    for (_, _, i2, _, _), old_span, new_span in zip(changed, old_spans, new_spans, strict=True):
        if None in old_span or None in new_span:
            return False
        if all(kind == "glue" for kind in old_span) or all(kind == "glue" for kind in new_span):
            return False
        if "strong" in old_span and "strong" in new_span:
            continue
        if not any(
            i2 <= later[1] <= i2 + 3 and "strong" in later_span
            for later, later_span in zip(changed, old_spans, strict=True)
        ):
            return False
    return True


# --- Meaning: verb strength --------------------------------------------------------------------

SEQUENCE_WORDS = re.compile(
    r"^(?:also|further|once again|again|once more)\s+|"
    r"\s+(?:also|further|once again|again|once more|in this regard|in particular)$"
)


class StrengthScale(NamedTuple):
    preambular: dict[str, int]
    operative: dict[str, int]


@cache
def strength_scale() -> StrengthScale:
    """`data/verb_strength.yaml` as lead -> rank, higher is stronger."""
    from mineres.store.datafiles import load_data_file

    data = load_data_file("verb_strength.yaml")

    def ranks(levels: list[list[str]]) -> dict[str, int]:
        size = len(levels)
        return {
            lead.casefold(): size - position
            for position, level in enumerate(levels)
            for lead in level
        }

    return StrengthScale(ranks(data["preambular"]), ranks(data["operative"]))


def lead_base(lead: str) -> str:
    """A lead without words that only say it follows another ("Also urges" -> "urges")."""
    base = " ".join(lead.split()).casefold()
    while True:
        shorter = SEQUENCE_WORDS.sub("", base)
        if shorter == base:
            return base
        base = shorter


def lead_strength(lead: str, kind: ParagraphKind) -> int | None:
    """The rank of a lead on the scale of its kind; a longer unknown lead falls back to its
    longest known opening ("Notes with deep regret" -> "Notes with ...", "Notes")."""
    scale = strength_scale()
    table = scale.operative if kind == "operative" else scale.preambular
    words = lead_base(lead).split()
    for length in range(len(words), 0, -1):
        rank = table.get(" ".join(words[:length]))
        if rank is not None:
            return rank
    return None


def lead_change(old_lead: str, new_lead: str, kind: ParagraphKind) -> LeadChange | None:
    old_lead, new_lead = " ".join(old_lead.split()), " ".join(new_lead.split())
    if old_lead == new_lead:
        return None
    old_rank, new_rank = lead_strength(old_lead, kind), lead_strength(new_lead, kind)
    direction: Direction
    if lead_base(old_lead) == lead_base(new_lead):
        direction = "same"
    elif old_rank is None or new_rank is None:
        direction = "unknown"
    elif new_rank > old_rank:
        direction = "stronger"
    elif new_rank < old_rank:
        direction = "weaker"
    else:
        direction = "same"
    return LeadChange(old_lead, new_lead, direction)


# --- Meaning: citations and footnotes ----------------------------------------------------------


def citation_key(resolution: Resolution, index: int) -> str:
    citation = resolution.citations[index]
    return citation.symbol or citation.name or citation.url or " ".join(citation.text.split())


def citations_by_paragraph(resolution: Resolution) -> dict[str, tuple[str, ...]]:
    """For each paragraph id, what it cites (its sub-paragraphs included), in the resolution's
    order: built once, so pairing paragraphs never rescans the citations."""
    found: dict[str, list[str]] = defaultdict(list)
    for index, citation in enumerate(resolution.citations):
        key = citation_key(resolution, index)
        for cited in citation.paragraphs:
            keys = found[cited.split("(", 1)[0]]
            if key not in keys:
                keys.append(key)
    return {paragraph_id: tuple(keys) for paragraph_id, keys in found.items()}


def cited_by(cites: dict[str, tuple[str, ...]], paragraph_ids: Iterable[str]) -> tuple[str, ...]:
    found: list[str] = []
    for paragraph_id in paragraph_ids:
        found.extend(key for key in cites.get(paragraph_id, ()) if key not in found)
    return tuple(found)


def citation_changes(old: Sequence[str], new: Sequence[str]) -> CitationChanges:
    return CitationChanges(
        added=tuple(key for key in new if key not in old),
        removed=tuple(key for key in old if key not in new),
    )


def footnote_texts(texts: dict[int, str], paragraphs: Iterable[Paragraph]) -> list[tuple[int, str]]:
    return [
        (number, texts.get(number, ""))
        for paragraph in paragraphs
        if paragraph.footnotes or paragraph.subparagraphs
        for number in paragraph.all_footnotes
    ]


def footnote_changes(
    old: Sequence[tuple[int, str]],
    new: Sequence[tuple[int, str]],
    vocabulary: RoutineWords | None = None,
) -> tuple[tuple[FootnoteChange, ...], bool]:
    """Footnotes compared by text in reading order, never by number: renumbering is no change.
    Also says whether every change is routine roll-over."""
    if not old and not new:
        return (), True
    old_keys = [" ".join(edit_key(text).split()) for _, text in old]
    new_keys = [" ".join(edit_key(text).split()) for _, text in new]
    changes: list[FootnoteChange] = []
    routine = True
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        olds, news = list(old[i1:i2]), list(new[j1:j2])
        for position in range(max(len(olds), len(news))):
            old_number, old_text = olds[position] if position < len(olds) else (None, "")
            new_number, new_text = news[position] if position < len(news) else (None, "")
            old_words, new_words = words_of(old_text), words_of(new_text)
            opcodes = word_opcodes(old_words, new_words)
            paired = old_number is not None and new_number is not None
            if not (paired and routine_opcodes(opcodes, old_words, new_words, vocabulary)):
                routine = False
            changes.append(
                FootnoteChange(
                    old_number,
                    new_number,
                    old_text,
                    new_text,
                    readable(edits_from(opcodes, old_words, new_words)),
                )
            )
    return tuple(changes), routine


# --- The diff ----------------------------------------------------------------------------------


class Side(NamedTuple):
    """One resolution of the pair, with what describing its paragraphs needs at hand."""

    paragraphs: Sequence[Paragraph]
    texts: Sequence[str]  # each paragraph's full text
    notes: dict[int, str]  # footnote texts by number
    cites: dict[str, tuple[str, ...]]


def side(
    resolution: Resolution, paragraphs: Sequence[Paragraph], cites: dict[str, tuple[str, ...]]
) -> Side:
    notes = {note.number: note.text for note in resolution.footnotes}
    return Side(paragraphs, [paragraph.full_text for paragraph in paragraphs], notes, cites)


def describe(
    link: Link,
    kind: ParagraphKind,
    before: Side,
    after: Side,
    vocabulary: RoutineWords | None = None,
) -> ParagraphChange:
    olds = [before.paragraphs[position] for position in link.old]
    news = [after.paragraphs[position] for position in link.new]
    old_text = " ".join(before.texts[position] for position in link.old)
    new_text = " ".join(after.texts[position] for position in link.new)
    old_ids = tuple(paragraph.id for paragraph in olds)
    new_ids = tuple(paragraph.id for paragraph in news)
    cited = citation_changes(cited_by(before.cites, old_ids), cited_by(after.cites, new_ids))
    if not olds or not news:
        return ParagraphChange(
            type="added" if news else "removed",
            kind=kind,
            old_ids=old_ids,
            new_ids=new_ids,
            old_text=old_text,
            new_text=new_text,
            citation_changes=cited,
        )
    old_words, new_words = words_of(old_text), words_of(new_text)
    opcodes = word_opcodes(old_words, new_words)
    edits = readable(edits_from(opcodes, old_words, new_words))
    notes, notes_routine = footnote_changes(
        footnote_texts(before.notes, olds), footnote_texts(after.notes, news), vocabulary
    )
    reworded = text_changed(edits) or bool(notes)
    lead = lead_change(olds[0].lead, news[0].lead, kind)
    routine = (
        reworded
        and lead is None
        and notes_routine
        and routine_opcodes(opcodes, old_words, new_words, vocabulary)
    )
    change_type: ChangeType
    if len(olds) > 1:
        change_type = "merged"
    elif len(news) > 1:
        change_type = "split"
    elif link.moved:
        change_type = "moved"
    else:
        change_type = "modified" if reworded else "unchanged"
    return ParagraphChange(
        type=change_type,
        kind=kind,
        old_ids=old_ids,
        new_ids=new_ids,
        old_text=old_text,
        new_text=new_text,
        edits=edits,
        lead_change=lead,
        citation_changes=cited,
        footnote_changes=notes,
        routine=routine,
        reworded=reworded,
    )


def document_order(links: Sequence[Link]) -> list[Link]:
    """Links in the new document's order; a removed paragraph right after the paragraph that
    preceded it in the old document."""
    new_position_of_old: dict[int, int] = {}
    for link in links:
        if link.new:
            for source in link.old:
                new_position_of_old[source] = link.new[0]
    size = 1 + max((source for link in links for source in link.old), default=-1)
    after: list[float] = []  # for each old paragraph, where the one before it went
    last = -0.5
    for source in range(size):
        after.append(last)
        if source in new_position_of_old:
            last = new_position_of_old[source] + 0.5

    def key(link: Link) -> tuple[float, int]:
        if link.new:
            return (link.new[0], 0)
        return (after[link.old[0]], link.old[0])

    return sorted(links, key=key)


def hide_routine(change: ParagraphChange) -> ParagraphChange:
    if change.routine and change.type == "modified":
        return replace(change, type="unchanged")
    return change


def diff_resolutions(
    old: Resolution, new: Resolution, *, ignore_routine: bool = False
) -> ResolutionDiff:
    """Align `old` and `new` paragraph by paragraph and describe every change, in the new
    document's order (preamble first). With `ignore_routine`, a paragraph whose only change is
    the series roll-over counts as unchanged (still marked `routine`)."""
    changes: list[ParagraphChange] = []
    vocabulary = routine_words(tuple(sorted({old.metadata.language, new.metadata.language})))
    old_cites, new_cites = citations_by_paragraph(old), citations_by_paragraph(new)
    kinds: tuple[tuple[ParagraphKind, Side, Side], ...] = (
        ("preambular", side(old, old.preamble, old_cites), side(new, new.preamble, new_cites)),
        ("operative", side(old, old.operative, old_cites), side(new, new.operative, new_cites)),
    )
    for kind, before, after in kinds:
        links = align(before.texts, after.texts)
        changes.extend(
            describe(link, kind, before, after, vocabulary) for link in document_order(links)
        )
    if ignore_routine:
        changes = [hide_routine(change) for change in changes]
    return ResolutionDiff(old.metadata, new.metadata, tuple(changes))
