"""The most likely reading of every footnote marker in a document, chosen all at once.

What the UN's numbering guarantees decides between readings that the words alone cannot:
footnotes are numbered in the order they are first cited, so the first mentions read 1, 2,
3 ... N in document order; every footnote is cited at least once; a repeated marker is a
number already introduced, and repeats are rare. A dynamic programme walks the sites in
document order; its state is the highest footnote introduced so far. Each footnote left
uncited costs MISSED, each repeat REPEAT; a reading adds its own score. Only the BEAM best
states are kept after each site, so the work is linear in the number of sites.
"""

from __future__ import annotations

from math import inf
from operator import itemgetter

from mineres.parse.footnote_readings import MISSED_FOOTNOTE, Reading, Site

MISSED = MISSED_FOOTNOTE  # a footnote never cited: worse than a reading only the numbering supports
REPEAT = 2.5  # a repeat needs a reading stronger than this (glued to a word, a written marker)
BEAM = 16


# A chosen reading: (site index, reading, the choice before it), a persistent list (no
# copying). A plain tuple: thousands are made per document, and a named tuple's constructor
# is a Python call each time, a plain tuple's one instruction.
Choice = tuple[int, Reading, "Choice | None"]


def decode(sites: list[Site], known: frozenset[int]) -> list[tuple[int, Reading]]:
    """(site index, reading) of every marker in the best consistent reading of the document.
    A state is its highest footnote, with a score and the choices that reached it."""
    ranks = {number: rank for rank, number in enumerate(sorted(known), start=1)}
    scores: dict[int, float] = {0: 0.0}
    paths: dict[int, Choice | None] = {0: None}
    for index, site in enumerate(sites):
        if len(site.readings) == 1:  # most sites
            reading = site.readings[0]
            scores = step_one(scores, paths, index, reading, ranks[reading.number])
        else:
            scores, paths = step(scores, paths, index, site, ranks)
    total = len(ranks)
    best = max(scores.items(), key=lambda item: (item[1] - MISSED * (total - item[0]), -item[0]))
    chosen: list[tuple[int, Reading]] = []
    choice = paths[best[0]]
    while choice is not None:
        site_index, reading, choice = choice
        chosen.append((site_index, reading))
    chosen.reverse()
    return chosen


def step(
    scores: dict[int, float],
    paths: dict[int, Choice | None],
    index: int,
    site: Site,
    ranks: dict[int, int],
) -> tuple[dict[int, float], dict[int, Choice | None]]:
    """The states after one site: each state may skip it or take one of its readings. Scores
    are compared first; a choice is made only for a state that keeps its place in the beam.
    `paths` is updated in place, not copied: the paths before the site are not read after it
    (a state the beam dropped keeps one that nobody reads)."""
    following = dict(scores)
    taken: dict[int, tuple[Reading, Choice | None]] = {}
    options = [(ranks[reading.number], reading.score, reading) for reading in site.readings]
    for highest, before in scores.items():
        for rank, worth, reading in options:
            if rank <= highest:
                gain = worth - REPEAT
                if gain <= 0:
                    continue  # no better than skipping the site: spare the comparison below
                target = highest
            else:
                gain = worth - MISSED * (rank - highest - 1)
                target = rank
            score = before + gain
            current = following.get(target)
            if current is None or score > current:
                following[target] = score
                taken[target] = (reading, paths[highest])
    if len(following) > BEAM:
        following = dict(sorted(following.items(), key=itemgetter(1), reverse=True)[:BEAM])
    for target, (reading, last) in taken.items():
        if target in following:
            paths[target] = (index, reading, last)
    return following, paths


def step_one(
    scores: dict[int, float],
    paths: dict[int, Choice | None],
    index: int,
    reading: Reading,
    rank: int,
) -> dict[int, float]:
    """step for a site with one reading, the same states, scores and choices, in one pass over
    the states and without a candidate per state. With one reading, a state above its rank can
    only be reached by repeating it from itself, which a positive gain always improves; the
    state of its rank, by repeating it or from any state below: the best of these, the first
    in the order step tries them (skipping the site first), is the one step keeps."""
    following = dict(scores)
    worth = reading.score
    repeat = worth - REPEAT
    repeated: list[int] = []
    # skipping the site: what a choice must beat, from no origin (-1)
    best_score = scores.get(rank, -inf)
    best_origin = -1
    for highest, before in scores.items():
        if rank < highest:
            if repeat > 0:
                following[highest] = before + repeat
                repeated.append(highest)
            continue
        if rank == highest:  # a repeat: short of a gain, no better than the skip it starts from
            score = before + repeat
        else:
            score = before + (worth - MISSED * (rank - highest - 1))
        if score > best_score:
            best_score, best_origin = score, highest
    if best_origin >= 0:
        following[rank] = best_score
    if len(following) > BEAM:
        following = dict(sorted(following.items(), key=itemgetter(1), reverse=True)[:BEAM])
    if best_origin >= 0 and rank in following:
        paths[rank] = (index, reading, paths[best_origin])
    for highest in repeated:
        if highest in following:
            paths[highest] = (index, reading, paths[highest])
    return following
