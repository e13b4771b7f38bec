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

from typing import NamedTuple

from mineres.parse.footnote_readings import MISSED_FOOTNOTE, Reading, Site

MISSED = MISSED_FOOTNOTE  # a footnote never cited: worse than a reading only the numbering supports
REPEAT = 2.5  # a repeat needs a reading stronger than this (glued to a word, a written marker)
BEAM = 16


class Choice(NamedTuple):
    """A chosen reading, linked to the choices before it (a persistent list: no copying).
    Named tuples, not frozen dataclasses: thousands are made per document, three times faster."""

    site: int
    reading: Reading
    before: Choice | None


class State(NamedTuple):
    score: float
    last: Choice | None


def decode(sites: list[Site], known: frozenset[int]) -> list[tuple[int, Reading]]:
    """(site index, reading) of every marker in the best consistent reading of the document."""
    ranks = {number: rank for rank, number in enumerate(sorted(known), start=1)}
    states: dict[int, State] = {0: State(0.0, None)}
    for index, site in enumerate(sites):
        states = step(states, index, site, ranks)
    total = len(ranks)
    best = max(
        states.items(), key=lambda item: (item[1].score - MISSED * (total - item[0]), -item[0])
    )
    chosen: list[tuple[int, Reading]] = []
    choice = best[1].last
    while choice is not None:
        chosen.append((choice.site, choice.reading))
        choice = choice.before
    chosen.reverse()
    return chosen


def step(
    states: dict[int, State], index: int, site: Site, ranks: dict[int, int]
) -> dict[int, State]:
    """The states after one site: each state may skip it or take one of its readings."""
    following = dict(states)
    for highest, state in states.items():
        for reading in site.readings:
            rank = ranks[reading.number]
            if rank <= highest:
                gain = reading.score - REPEAT
                target = highest
            else:
                gain = reading.score - MISSED * (rank - highest - 1)
                target = rank
            score = state.score + gain
            if rank <= highest and gain <= 0:
                continue  # no better than skipping the site: spare the comparison below
            current = following.get(target)
            if current is None or score > current.score:
                following[target] = State(score, Choice(index, reading, state.last))
    if len(following) > BEAM:
        kept = sorted(following.items(), key=lambda item: item[1].score, reverse=True)[:BEAM]
        following = dict(kept)
    return following
