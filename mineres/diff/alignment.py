"""Paragraphs paired by content, never by number: identical texts first, then similar ones
found through an index of shared word triples, then what is left between aligned neighbours,
then splits and merges. Links outside the longest order-keeping chain are moved.

Annotations are evaluated (no `from __future__ import annotations`): typing.NamedTuple compiles
each annotation given as a string, at import."""

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, pairwise
from typing import NamedTuple

from mineres.diff.words import alignment_words, plain_typography, sequence_ratio, single_spaced

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
STEM_LENGTH = 5  # letters of a word kept as its stem
STEM_THRESHOLD = 0.3  # shared stems (Jaccard) that make two paragraphs in one gap the same
MIN_STEMS = 6  # fewer stems are too few to judge by
NEAR_BEST = 0.05  # candidates this close to a paragraph's best are told apart by order
COMMON_SHINGLE = 64  # shingles in more paragraphs than this say nothing about identity


class Link(NamedTuple):
    """Positions of one paragraph on each side: 1:1, 1:0, 0:1, 1:n (split) or n:1 (merged)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    moved: bool = False


class Profile:
    """What alignment compares: the text up to typography (`key`), its words without case and
    surrounding punctuation (`tokens`), how often each occurs (`counts`), and their overlapping
    triples (`shingles`). Each is made on first use: most paragraphs pair by identical text and
    never need them."""

    __slots__ = ("_counts", "_shingles", "_stems", "_tokens", "key")

    def __init__(self, text: str) -> None:
        self.key = single_spaced(plain_typography(text))
        self._tokens: tuple[str, ...] | None = None
        self._counts: Counter[str] | None = None
        self._shingles: frozenset[tuple[str, ...]] | None = None
        self._stems: frozenset[str] | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        if self._tokens is None:
            self._tokens = alignment_words(self.key.casefold())
        return self._tokens

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(self.tokens)
        return self._counts

    @property
    def stems(self) -> frozenset[str]:
        """The words' openings, endings cut off (inflected languages change the endings of
        words a new translation keeps); each Chinese or Japanese character as it is."""
        if self._stems is None:
            self._stems = frozenset(
                token[:STEM_LENGTH] for token in self.tokens if len(token) > 2 or token >= "\u3000"
            )
        return self._stems

    @property
    def shingles(self) -> frozenset[tuple[str, ...]]:
        if self._shingles is None:
            tokens = self.tokens
            if len(tokens) < SHINGLE_SIZE:
                self._shingles = frozenset([tokens]) if tokens else frozenset()
            else:
                # each word with the next ones: zip stops at the last word that has them all
                starts = (tokens[start:] for start in range(SHINGLE_SIZE))
                self._shingles = frozenset(zip(*starts, strict=False))
        return self._shingles


def similarity(old: Profile, new: Profile, threshold: float = 0.0) -> float:
    """How surely two paragraphs are one: word-sequence similarity, or containment of the
    shorter in the longer so a paragraph cut down to its first clause still pairs. A short
    text contained in a long one counts only when both open with the same word: "Takes note
    of the report of the Secretary-General" stands inside many paragraphs it is not. Below
    `threshold` the answer may be any lower value: cheap upper bounds cut the work short."""
    old_shingles, new_shingles = old.shingles, new.shingles
    smaller = min(len(old_shingles), len(new_shingles))
    same_opening = old.tokens[:1] == new.tokens[:1]
    contains = 0.0
    if smaller >= LONG_PART or (smaller >= MIN_SHINGLES and same_opening):
        share = len(old_shingles & new_shingles) / smaller
        if share >= CONTAINED:
            contains = CONTAINMENT_WEIGHT * share
    floor = max(contains, threshold)
    if upper_bound(old, new, by_length=True) < floor or upper_bound(old, new) < floor:
        return contains
    return max(sequence_ratio(old.tokens, new.tokens), contains)


def upper_bound(old: Profile, new: Profile, *, by_length: bool = False) -> float:
    """difflib's bounds of the ratio, computed as it computes them (`real_quick_ratio`: the
    lengths alone; `quick_ratio`: the words both hold, order ignored), from counts kept per
    paragraph: no matching blocks are looked for in a pair they rule out, as most are."""
    old_size, new_size = len(old.tokens), len(new.tokens)
    total = old_size + new_size
    if by_length:
        matches = min(old_size, new_size)
    else:  # the words both hold, each as often as the side holding it fewer times
        old_counts, new_counts = old.counts, new.counts
        common = old_counts.keys() & new_counts.keys()
        matches = sum(
            map(min, map(old_counts.__getitem__, common), map(new_counts.__getitem__, common))
        )
    return 2.0 * matches / total if total else 1.0


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
    postings = [index.get(shingle, ()) for shingle in query.shingles]
    counts = Counter(chain.from_iterable(p for p in postings if len(p) <= COMMON_SHINGLE))
    if not counts:
        counts = Counter(chain.from_iterable(postings))
    # most_common(limit), as its documentation defines it (ties in first-seen order), in C
    return sorted(counts, key=counts.__getitem__, reverse=True)[:limit]


def longest_increasing(
    pairs: Sequence[tuple[int, int]], weights: Sequence[float] | None = None
) -> set[tuple[int, int]]:
    """The heaviest set of (old, new) pairs whose order agrees on both sides, each pair weighing
    1 unless `weights` say otherwise (all positive); pairs outside it are the ones that moved.
    When nothing moved, all the pairs are that set, and one sort says so; else a Fenwick tree
    of best chains by old position keeps it O(n log n)."""
    if not pairs:
        return set()
    if all(
        earlier_old < later_old and earlier_new < later_new
        for (earlier_old, earlier_new), (later_old, later_new) in pairwise(sorted(pairs))
    ):
        return set(pairs)
    size = max(old for old, _ in pairs) + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)
    best: list[float] = [0.0] * len(pairs)
    previous: list[int] = [-1] * len(pairs)
    for index in sorted(range(len(pairs)), key=lambda k: (pairs[k][1], -pairs[k][0])):
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
    """Identical paragraphs: first the longest chain of them that kept their order (so a text
    that occurs twice, or a whole resolution repeated, pairs each copy with its own copy),
    then identical ones that moved, in reading order."""
    codes: dict[str, int] = {}
    old_codes = [codes.setdefault(paragraph.key, len(codes)) for paragraph in old]
    new_codes = [codes.setdefault(paragraph.key, len(codes)) for paragraph in new]
    where: dict[int, list[int]] = defaultdict(list)
    for position, code in enumerate(new_codes):
        where[code].append(position)
    seen: Counter[int] = Counter()
    identical: list[tuple[int, int]] = []
    for position, code in enumerate(old_codes):
        copies = where.get(code, [])
        expected = position * len(new) // max(len(old), 1)
        by_rank = copies[max(seen[code] - CANDIDATES_PER_PARAGRAPH // 2, 0) :][
            :CANDIDATES_PER_PARAGRAPH
        ]  # the k-th copy of a text beside the k-th copy
        seen[code] += 1
        others = {*nearest(copies, expected), *by_rank}
        identical.extend((position, other) for other in sorted(others))
    pairs = dict(sorted(longest_increasing(identical)))
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


def nearest(
    positions: list[int], expected: int, limit: int = CANDIDATES_PER_PARAGRAPH
) -> list[int]:
    """The `limit` positions (sorted) closest to `expected`: a text repeated a thousand times
    offers each copy a few likely partners, not a thousand."""
    if len(positions) <= limit:
        return positions
    start = min(max(bisect_left(positions, expected) - limit // 2, 0), len(positions) - limit)
    return positions[start : start + limit]


def similar_pairs(old: Sequence[Profile], new: Sequence[Profile], pairs: dict[int, int]) -> None:
    """Paragraphs similar enough to be one wherever they stand. Of near-equal candidates, those
    that keep the order of the pairs already made come first: an edited paragraph of a
    repeated text pairs with the edited paragraph of its own copy, not of another."""
    taken = set(pairs.values())
    free_new = [position for position in range(len(new)) if position not in taken]
    index = shingle_index(new, free_new)
    scored: list[tuple[float, int, int]] = []
    for position, paragraph in enumerate(old):
        if position in pairs:
            continue
        for other in candidates(paragraph, index):
            score = similarity(paragraph, new[other], MATCH_THRESHOLD)
            if score >= MATCH_THRESHOLD:
                scored.append((score, position, other))
    in_order_pairs(scored, pairs)
    greedy_pairs(scored, pairs)


def best_scores(scored: list[tuple[float, int, int]]) -> tuple[dict[int, float], dict[int, float]]:
    """The best score each old and each new paragraph reaches among the candidates."""
    best_old: dict[int, float] = defaultdict(float)
    best_new: dict[int, float] = defaultdict(float)
    for score, old, new in scored:
        best_old[old] = max(best_old[old], score)
        best_new[new] = max(best_new[new], score)
    return best_old, best_new


def in_order_pairs(scored: list[tuple[float, int, int]], pairs: dict[int, int]) -> None:
    """Take the candidates, each within `NEAR_BEST` of the best score of both its paragraphs,
    that form the heaviest chain keeping the order of the pairs already made."""
    best_old, best_new = best_scores(scored)
    near = [
        (score, old, new)
        for score, old, new in scored
        if score >= best_old[old] - NEAR_BEST and score >= best_new[new] - NEAR_BEST
    ]
    if not near:
        return
    made = list(pairs.items())
    heavy = float(len(near) + 1)  # a pair already made outweighs every candidate together
    chain = longest_increasing(
        made + [(old, new) for _, old, new in near],
        [heavy] * len(made) + [score for score, _, _ in near],
    )
    taken = set(pairs.values())
    for old, new in sorted(chain):
        if old not in pairs and new not in taken:
            pairs[old] = new
            taken.add(new)


def gap_pairs(old: Sequence[Profile], new: Sequence[Profile], pairs: dict[int, int]) -> None:
    """Between two neighbours that kept their order, pair what is left at a lower bar: a
    reworded paragraph that stayed in its place is still that paragraph."""
    scored: list[tuple[float, int, int]] = []
    for free_old, free_new in gaps(pairs, len(old), len(new)):
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


def gaps(
    pairs: dict[int, int], old_size: int, new_size: int
) -> Iterator[tuple[list[int], list[int]]]:
    """The paragraphs left unpaired between each two neighbours that kept their order."""
    anchors = sorted(longest_increasing(list(pairs.items())))
    bounds = [(-1, -1), *anchors, (old_size, new_size)]
    taken = set(pairs.values())
    for (old_start, new_start), (old_end, new_end) in pairwise(bounds):
        free_old = [i for i in range(old_start + 1, old_end) if i not in pairs]
        free_new = [j for j in range(new_start + 1, new_end) if j not in taken]
        if free_old and free_new:
            yield free_old, free_new


def retranslated_pairs(
    old: Sequence[Profile], new: Sequence[Profile], pairs: dict[int, int]
) -> None:
    """In the gaps still left, few enough to compare each with each, pair paragraphs that
    share their word stems: a paragraph translated afresh (the Russian of 76/74 against
    74/80) keeps few word triples but most of its stems."""
    scored = [
        (shared_stems(old[i], new[j]), i, j)
        for free_old, free_new in gaps(pairs, len(old), len(new))
        if len(free_old) * len(free_new) <= CANDIDATES_PER_PARAGRAPH**2
        for i in free_old
        for j in free_new
    ]
    mutual_best_pairs(scored, pairs)


def shared_stems(old: Profile, new: Profile) -> float:
    """Share of word stems the two have in common (Jaccard): a paragraph translated afresh
    keeps few word triples, but most of its stems ("разминированием", "разминирования")."""
    if min(len(old.stems), len(new.stems)) < MIN_STEMS:
        return 0.0
    common = len(old.stems & new.stems)
    return common / (len(old.stems) + len(new.stems) - common)


def mutual_best_pairs(scored: list[tuple[float, int, int]], pairs: dict[int, int]) -> None:
    """Pair two paragraphs still left in one gap when each is the other's closest by stems,
    clearly above what unrelated paragraphs of the same subject share."""
    taken = set(pairs.values())
    scored = [
        (score, old, new) for score, old, new in scored if old not in pairs and new not in taken
    ]
    best_old, best_new = best_scores(scored)
    for score, old, new in sorted(scored, reverse=True):
        mutual = score == best_old[old] == best_new[new]
        if mutual and score >= STEM_THRESHOLD and old not in pairs and new not in taken:
            pairs[old] = new
            taken.add(new)


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
    neighbours = paired_neighbours(whole_of, len(parts))
    parts_of: dict[int, list[int]] = defaultdict(list)
    for part in free_parts:
        options = {*candidates(parts[part], index), *neighbours[part]}
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


def paired_neighbours(whole_of: dict[int, int], size: int) -> list[list[int]]:
    """For each part, the wholes paired with the nearest paired parts on either side: a split's
    parts stand next to the part its whole kept. One sweep each way, so a long run of free
    parts costs no more than its length."""
    found: list[list[int]] = [[] for _ in range(size)]
    for positions in (range(size), range(size - 1, -1, -1)):
        last: int | None = None
        for part in positions:
            if last is not None:
                found[part].append(last)
            if part in whole_of:
                last = whole_of[part]
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
    retranslated_pairs(old, new, pairs)
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
