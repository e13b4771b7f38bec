"""One test per pairing rule of mineres.diff.alignment, named for the rule, on the paragraphs
of the mine-action series (A/RES/74/80 of 2019 -> A/RES/76/74 of 2021, tests/fixtures/akn):
exact pairs first, similar ones anywhere, near-equal candidates kept in order, a lower bar
between aligned neighbours, mutual best by word stems, splits and merges, and which links
moved. Each test calls the rule itself, so that bending it fails the test naming it."""

from __future__ import annotations

from difflib import SequenceMatcher

import yaml
from hypothesis import given
from hypothesis import strategies as st

from mineres.diff.alignment import (
    Link,
    Profile,
    align,
    best_scores,
    exact_pairs,
    gap_pairs,
    greedy_pairs,
    in_order_pairs,
    longest_increasing,
    mutual_best_pairs,
    similar_pairs,
    similarity,
    upper_bound,
)
from mineres.models import Resolution
from mineres.parse.akn import parse_akn

from .conftest import FIXTURES


def read(symbol: str, language: str = "en") -> Resolution:
    name = f"A_RES_{symbol.replace('/', '_')}.{language}.xml"
    return parse_akn((FIXTURES / "akn" / name).read_text(encoding="utf-8"))


OLD, NEW = read("74/80"), read("76/74")
OLD_RU, NEW_RU = read("74/80", "ru"), read("76/74", "ru")
OLD_PP = [paragraph.text for paragraph in OLD.preamble]
NEW_PP = [paragraph.text for paragraph in NEW.preamble]
OLD_OP = [paragraph.text for paragraph in OLD.operative]
NEW_OP = [paragraph.text for paragraph in NEW.operative]

# Paragraphs quoted from A/RES/74/80 (old) and A/RES/76/74 (new).
TAKES_NOTE = OLD_OP[0]
assert TAKES_NOTE.startswith("Takes note of the report of the Secretary-General, including")
CALLS_UPON = OLD_OP[1]
assert CALLS_UPON.startswith("Calls upon Member States to comply with their respective")
CALLS_IN_PARTICULAR = OLD_OP[2]
assert CALLS_IN_PARTICULAR.startswith("Calls, in particular, for the continuation of the efforts")
URGES_ALL = OLD_OP[3]
assert URGES_ALL.startswith("Urges all Member States, in particular those that have the capacity")
RECALLING_72_75 = OLD_PP[0]
assert RECALLING_72_75.startswith("Recalling its resolution 72/75 of 7 December 2017 and all")
RECALLING_74_80 = NEW_PP[0]
assert RECALLING_74_80.startswith("Recalling its resolution 74/80 of 13 December 2019 and all")
REAFFIRMING = OLD_PP[5]
assert REAFFIRMING.startswith("Reaffirming its deep concern at the tremendous humanitarian")
EXPRESSING_ALARM = OLD_PP[6]  # rewritten in 2021 as DEEPLY_CONCERNED, in the same place
assert EXPRESSING_ALARM.startswith("Expressing alarm at the renewed increase in casualties,")
DEEPLY_CONCERNED = NEW_PP[6]
assert DEEPLY_CONCERNED.startswith("Deeply concerned that children continue to be")
BEARING_IN_MIND = OLD_PP[7]
assert BEARING_IN_MIND.startswith("Bearing in mind the serious humanitarian risk that mines")
REPORT_76 = OLD_OP[18]
assert "at its seventy-sixth session a report" in REPORT_76
REPORT_78 = NEW_OP[20]
assert "at its seventy-eighth session a report" in REPORT_78
AGENDA_76 = OLD_OP[19]
AGENDA_78 = NEW_OP[21]
assert AGENDA_78.startswith("Decides to include in the provisional agenda of its seventy-eighth")
assert AGENDA_76.startswith("Decides to include in the provisional agenda of its seventy-sixth")
# OP2 and OP3 of 74/80 as one paragraph: the merge (or, read backwards, the split) of the two.
CALLS_UPON_AND_IN_PARTICULAR = (
    CALLS_UPON.removesuffix(";") + ", and c" + CALLS_IN_PARTICULAR.removeprefix("C")
)


def profiles(texts: list[str]) -> list[Profile]:
    return [Profile(text) for text in texts]


def link_set(links: list[Link]) -> set[tuple[tuple[int, ...], tuple[int, ...], bool]]:
    """Links without their order: the order of `align`'s list is no rule (the diff sorts)."""
    return {(link.old, link.new, link.moved) for link in links}


def one_to_one(pairs: list[tuple[int, int]], moved: tuple[int, ...] = ()) -> set[object]:
    return {((old,), (new,), old in moved) for old, new in pairs}


# --- The whole series, as read by hand ---------------------------------------------------------


def hand_links(part: str) -> set[tuple[tuple[int, ...], tuple[int, ...], bool]]:
    """tests/fixtures/diff's hand alignment of 74/80 -> 76/74 as positions within one part."""
    data = yaml.safe_load((FIXTURES / "diff" / "A_RES_74_80__76_74.yaml").read_text("utf-8"))

    def position(paragraph_id: str | None) -> tuple[int, ...]:
        return (int(paragraph_id[2:]) - 1,) if paragraph_id else ()

    return {
        (position(link["old"]), position(link["new"]), False)
        for link in data["links"]
        if part in (link["old"] or link["new"])
    }


def test_the_series_preamble_aligns_as_read_by_hand() -> None:
    """23 -> 27 paragraphs: one removed, five added, rewordings paired in place."""
    assert link_set(align(OLD_PP, NEW_PP)) == hand_links("PP")


def test_the_series_operative_part_aligns_as_read_by_hand() -> None:
    assert link_set(align(OLD_OP, NEW_OP)) == hand_links("OP")


def test_the_series_translated_afresh_into_russian_pairs_by_shared_stems() -> None:
    """Russian 74/80 -> 76/74, operative part: paragraphs 5, 8 and 13 -> 15 were translated
    anew and keep too few word triples for any similarity bar, but each is its partner's
    closest by stems; every paragraph still pairs as in English."""
    old = [paragraph.text for paragraph in OLD_RU.operative]
    new = [paragraph.text for paragraph in NEW_RU.operative]
    assert link_set(align(old, new)) == hand_links("OP")


# --- The order-keeping chain -------------------------------------------------------------------


def test_longest_increasing_keeps_pairs_in_order_on_both_sides() -> None:
    """Paragraph 2 moved to the end: the chain is everything else."""
    pairs = [(0, 0), (1, 4), (2, 1), (3, 2), (4, 3)]
    assert longest_increasing(pairs) == {(0, 0), (2, 1), (3, 2), (4, 3)}


def test_longest_increasing_counts_every_link_of_a_long_chain() -> None:
    """A chain of 21 pairs with a crossing pair at each end: the tree of best chains must see
    positions across its whole span (both the first and the last old position)."""
    pairs = [(0, 20), *[(old, old - 1) for old in range(1, 21)], (21, 0)]
    assert longest_increasing(pairs) == {(old, old - 1) for old in range(1, 21)}


def test_longest_increasing_of_nothing_is_empty() -> None:
    assert longest_increasing([]) == set()


def test_pairs_that_all_keep_their_order_are_all_kept_whatever_they_weigh() -> None:
    pairs = [(3, 5), (0, 0), (1, 2)]
    assert longest_increasing(pairs) == set(pairs)
    assert longest_increasing(pairs, [0.1, 5.0, 1.0]) == set(pairs)


def test_a_heavier_pair_outweighs_a_longer_chain() -> None:
    pairs = [(0, 2), (1, 0), (2, 1)]
    assert longest_increasing(pairs) == {(1, 0), (2, 1)}
    assert longest_increasing(pairs, [3.0, 1.0, 1.0]) == {(0, 2)}


def test_pairs_sharing_a_paragraph_never_chain() -> None:
    """Two pairs of one old paragraph, or of one new one, cannot both be in order."""
    assert longest_increasing([(0, 0), (0, 1)], [1.0, 2.0]) == {(0, 1)}
    assert longest_increasing([(0, 1), (0, 0)], [2.0, 1.0]) == {(0, 1)}
    assert longest_increasing([(0, 0), (1, 0)], [1.0, 2.0]) == {(1, 0)}
    assert longest_increasing([(1, 0), (0, 0)], [2.0, 1.0]) == {(1, 0)}
    assert longest_increasing([(0, 0), (0, 1), (1, 1)]) == {(0, 0), (1, 1)}


# --- Taking the best first ---------------------------------------------------------------------


def test_greedy_takes_the_best_score_first_each_paragraph_once() -> None:
    pairs: dict[int, int] = {}
    greedy_pairs([(0.7, 0, 0), (0.9, 1, 0), (0.8, 0, 1), (0.65, 1, 1)], pairs)
    assert pairs == {1: 0, 0: 1}


def test_greedy_gives_a_new_paragraph_to_one_old_paragraph_only() -> None:
    pairs: dict[int, int] = {}
    greedy_pairs([(0.9, 0, 0), (0.8, 1, 0), (0.7, 1, 1)], pairs)
    assert pairs == {0: 0, 1: 1}


def test_greedy_breaks_a_tie_by_nearness_of_position() -> None:
    pairs: dict[int, int] = {}
    greedy_pairs([(0.8, 2, 0), (0.8, 2, 5), (0.8, 2, 2), (0.8, 2, 3)], pairs)
    assert pairs == {2: 2}


def test_greedy_keeps_the_pairs_already_made() -> None:
    pairs = {0: 0}
    greedy_pairs([(0.9, 0, 1), (0.9, 1, 0), (0.7, 1, 1)], pairs)
    assert pairs == {0: 0, 1: 1}


def test_best_scores_are_the_highest_each_paragraph_reaches() -> None:
    best_old, best_new = best_scores([(0.7, 0, 0), (0.9, 0, 1), (0.8, 1, 1), (0.6, 1, 0)])
    assert (dict(best_old), dict(best_new)) == ({0: 0.9, 1: 0.8}, {0: 0.7, 1: 0.9})


# --- Exact pairs -------------------------------------------------------------------------------


def test_identical_paragraphs_pair_exactly_around_an_insertion() -> None:
    """76/74 inserted OP11 (inclusion of refugees) before the victims paragraphs."""
    old = profiles([TAKES_NOTE, CALLS_UPON, URGES_ALL])
    new = profiles([TAKES_NOTE, NEW_OP[10], CALLS_UPON, URGES_ALL])
    assert exact_pairs(old, new) == {0: 0, 1: 2, 2: 3}


def test_identical_paragraphs_pair_up_to_typography_and_spacing() -> None:
    plain = AGENDA_76.replace("“", '"').replace("”", '"').replace(" the item", "  the item")
    assert exact_pairs(profiles([AGENDA_76]), profiles([plain])) == {0: 0}
    assert exact_pairs(profiles([AGENDA_76]), profiles([REPORT_76])) == {}


def test_a_text_occurring_twice_pairs_each_copy_with_its_own_copy() -> None:
    old = profiles([TAKES_NOTE, CALLS_UPON, TAKES_NOTE, URGES_ALL])
    new = profiles([TAKES_NOTE, URGES_ALL, TAKES_NOTE, URGES_ALL])
    assert exact_pairs(old, new) == {0: 0, 2: 2, 3: 3}


def test_identical_paragraphs_that_moved_pair_after_the_chain_in_reading_order() -> None:
    """Both copies of OP1 moved behind OP2-OP4: the chain keeps OP2-OP4, then the copies
    pair first with first."""
    old = profiles([TAKES_NOTE, TAKES_NOTE, CALLS_UPON, CALLS_IN_PARTICULAR, URGES_ALL])
    new = profiles([CALLS_UPON, CALLS_IN_PARTICULAR, URGES_ALL, TAKES_NOTE, TAKES_NOTE])
    assert exact_pairs(old, new) == {2: 0, 3: 1, 4: 2, 0: 3, 1: 4}


def test_a_text_repeated_many_times_pairs_copy_with_copy() -> None:
    """Twenty copies of OP1 on each side, three paragraphs inserted before them: the k-th
    copy pairs with the k-th copy (each is offered only copies near its rank), and the
    paragraph after them still pairs in order."""
    old = profiles([*[TAKES_NOTE] * 20, CALLS_UPON])
    new = profiles([URGES_ALL, REPORT_76, AGENDA_76, *[TAKES_NOTE] * 20, CALLS_UPON])
    assert exact_pairs(old, new) == {k: k + 3 for k in range(21)}


def test_each_copy_is_offered_the_copy_of_its_own_rank_far_from_its_expected_place() -> None:
    """Thirty copies of OP1 after thirty other paragraphs, against thirty copies at the front:
    by position the copies are expected at the end of the new list, where only the last few
    stand; the k-th copy is still offered the k-th, and all pair copy with copy."""
    others_old = [*OLD_PP[:23], *OLD_OP[1:8]]
    others_new = [*NEW_PP[:27], *NEW_OP[1:5]]
    old = profiles([*others_old, *[TAKES_NOTE] * 30])
    new = profiles([*[TAKES_NOTE] * 30, *others_new])
    pairs = exact_pairs(old, new)
    assert {old_at: pairs[old_at] for old_at in range(30, 60)} == {30 + k: k for k in range(30)}


def test_a_text_repeated_many_times_on_one_side_pairs_in_order() -> None:
    """Twelve copies of OP1 against twenty-four: each old copy pairs with a later new copy
    than the one before it, none moved."""
    old = [*[TAKES_NOTE] * 12, CALLS_UPON]
    new = [*[TAKES_NOTE] * 24, CALLS_UPON]
    pairs = exact_pairs(profiles(old), profiles(new))
    assert pairs[12] == 24
    assert [pairs[k] for k in range(12)] == sorted({pairs[k] for k in range(12)})
    assert not any(link.moved for link in align(old, new))


# --- Similar pairs, anywhere -------------------------------------------------------------------


def test_a_reworded_paragraph_pairs_with_its_rewording_wherever_it_stands() -> None:
    """The 2021 report request (seventy-eighth session) moved to the front still pairs."""
    links = align([TAKES_NOTE, CALLS_UPON, REPORT_76], [REPORT_78, TAKES_NOTE, CALLS_UPON])
    assert link_set(links) == one_to_one([(0, 1), (1, 2), (2, 0)], moved=(2,))


def test_a_paragraph_edited_in_several_words_and_moved_pairs_by_word_sequence() -> None:
    """PP1, "Recalling its resolution 72/75 of 7 December 2017" -> "74/80 of 13 December
    2019", moved to the end: too few word triples survive for containment, but the words
    in order are nine tenths the same."""
    old = profiles([RECALLING_72_75, REAFFIRMING, BEARING_IN_MIND])
    new = profiles([REAFFIRMING, BEARING_IN_MIND, RECALLING_74_80])
    pairs = exact_pairs(old, new)
    similar_pairs(old, new, pairs)
    assert pairs == {1: 0, 2: 1, 0: 2}


def test_a_paragraph_scoring_exactly_the_match_bar_pairs() -> None:
    """The two paragraphs of A/RES/74/179 (credentials) share "the report of the Credentials
    Committee": twelve of twenty words in order, a similarity of exactly 0.6."""
    credentials = read("74/179")
    old = profiles([credentials.preamble[0].text])
    new = profiles([credentials.operative[0].text])
    assert new[0].key == "Approves the report of the Credentials Committee."
    pairs: dict[int, int] = {}
    similar_pairs(old, new, pairs)
    assert pairs == {0: 0}


def test_of_near_equal_candidates_the_one_keeping_order_wins() -> None:
    """Two identical copies of the 2021 report request: the one between the neighbours of the
    old request is taken, though the other stands nearer by position."""
    old = profiles([TAKES_NOTE, REPORT_76, CALLS_UPON])
    new = profiles([REPORT_78, TAKES_NOTE, URGES_ALL, REPORT_78, CALLS_UPON])
    pairs = exact_pairs(old, new)
    similar_pairs(old, new, pairs)
    assert pairs == {0: 1, 2: 4, 1: 3}


def test_a_clearly_better_candidate_out_of_order_beats_a_worse_one_in_order() -> None:
    """The old request pairs with its own rewording, moved to the front, not with the
    shortened one left in its place (which is more than `NEAR_BEST` worse)."""
    shortened = REPORT_78.split(" and on follow-up")[0] + ";"
    old = profiles([TAKES_NOTE, REPORT_76, CALLS_UPON])
    new = profiles([REPORT_78, TAKES_NOTE, shortened, CALLS_UPON])
    pairs = exact_pairs(old, new)
    similar_pairs(old, new, pairs)
    assert pairs == {0: 1, 2: 3, 1: 0}


def test_in_order_takes_candidates_within_near_best_of_both_paragraphs() -> None:
    """Old 1 scores 1.0 with new 4 (out of order) and 0.95 with new 1 (in order): 0.95 is
    within `NEAR_BEST` of the best, so order decides."""
    pairs = {0: 0, 2: 3}
    in_order_pairs([(0.95, 1, 1), (1.0, 1, 4)], pairs)
    assert pairs == {0: 0, 2: 3, 1: 1}


def test_in_order_takes_candidates_within_near_best_of_their_new_paragraph_too() -> None:
    """New 1 scores 1.0 with old 4 (out of order) and 0.95 with old 1 (in order)."""
    pairs = {0: 0, 3: 3}
    in_order_pairs([(0.95, 1, 1), (1.0, 4, 1)], pairs)
    assert pairs == {0: 0, 3: 3, 1: 1}


def test_in_order_leaves_a_candidate_far_below_its_best() -> None:
    pairs = {0: 0, 2: 3}
    in_order_pairs([(0.8, 1, 1), (1.0, 1, 4)], pairs)
    assert pairs == {0: 0, 2: 3}


def test_in_order_leaves_a_candidate_far_below_the_best_of_its_new_paragraph() -> None:
    """New 2 is old 4's (0.95, out of order); old 1 reaches it only at 0.7."""
    pairs = {0: 0, 3: 3}
    in_order_pairs([(0.7, 1, 2), (0.95, 4, 2)], pairs)
    assert pairs == {0: 0, 3: 3}


def test_a_pair_already_made_outweighs_every_candidate_together() -> None:
    """Two perfect candidates crossing the pair (2, 2) already made do not unmake it."""
    pairs = {2: 2}
    in_order_pairs([(1.0, 0, 3), (1.0, 1, 4)], pairs)
    assert pairs == {2: 2}


def test_in_order_without_candidates_changes_nothing() -> None:
    pairs = {0: 0}
    in_order_pairs([], pairs)
    assert pairs == {0: 0}


def test_in_order_never_gives_a_taken_new_paragraph_again() -> None:
    """New 1 is taken by old 0: the candidate (2, 1) stays out, old 1 takes new 2 in order."""
    pairs = {0: 1}
    in_order_pairs([(0.9, 1, 2), (0.9, 2, 1)], pairs)
    assert pairs == {0: 1, 1: 2}


# --- A lower bar between aligned neighbours ----------------------------------------------------


def test_a_paragraph_rewritten_in_place_pairs_at_the_gap_bar() -> None:
    """PP7 of 2019 ("Expressing alarm at the renewed increase in casualties") and of 2021
    ("Deeply concerned that children continue") score about 0.5: below the bar for pairing
    anywhere, above the bar between the same neighbours."""
    old = profiles([REAFFIRMING, EXPRESSING_ALARM, BEARING_IN_MIND])
    new = profiles([REAFFIRMING, DEEPLY_CONCERNED, BEARING_IN_MIND])
    pairs = exact_pairs(old, new)
    similar_pairs(old, new, pairs)
    assert pairs == {0: 0, 2: 2}
    gap_pairs(old, new, pairs)
    assert pairs == {0: 0, 2: 2, 1: 1}


def test_the_same_rewrite_out_of_place_is_no_pair() -> None:
    links = align(
        [REAFFIRMING, EXPRESSING_ALARM, BEARING_IN_MIND],
        [REAFFIRMING, BEARING_IN_MIND, DEEPLY_CONCERNED],
    )
    assert link_set(links) == {
        ((0,), (0,), False),
        ((2,), (1,), False),
        ((1,), (), False),
        ((), (2,), False),
    }


def test_a_long_rewritten_stretch_pairs_through_the_index() -> None:
    """Nine rewritten paragraphs between the same neighbours (too many to compare each with
    each): each still pairs with its own rewording, found through shared word triples."""
    middle_old = [f"{text} (2019)" for text in OLD_OP[4:13]]
    middle_new = [text.replace("Encourages", "Invites") for text in OLD_OP[4:13]]
    old = profiles([TAKES_NOTE, *middle_old, REPORT_76])
    new = profiles([TAKES_NOTE, *middle_new, REPORT_76])
    pairs = {0: 0, 10: 10}
    gap_pairs(old, new, pairs)
    assert pairs == {k: k for k in range(11)}


# --- Mutual best by stems ----------------------------------------------------------------------


def test_stems_pair_two_paragraphs_only_when_each_is_the_others_best() -> None:
    pairs: dict[int, int] = {}
    mutual_best_pairs([(0.5, 0, 0), (0.6, 0, 1), (0.55, 1, 1)], pairs)
    assert pairs == {0: 1}


def test_stems_pair_only_above_the_stem_bar() -> None:
    below: dict[int, int] = {}
    mutual_best_pairs([(0.29, 0, 0)], below)
    at: dict[int, int] = {}
    mutual_best_pairs([(0.3, 0, 0)], at)
    assert (below, at) == ({}, {0: 0})


def test_stems_judge_only_paragraphs_still_free() -> None:
    """New 1 is taken: old 0's best among the free ones is new 0."""
    pairs = {5: 1}
    mutual_best_pairs([(0.6, 0, 1), (0.5, 0, 0), (0.7, 5, 0)], pairs)
    assert pairs == {5: 1, 0: 0}


def test_stems_pair_a_paragraph_once_on_a_tie() -> None:
    pairs: dict[int, int] = {}
    mutual_best_pairs([(0.5, 0, 0), (0.5, 1, 0)], pairs)
    assert pairs in ({0: 0}, {1: 0})


# --- Splits, merges, and what moved ------------------------------------------------------------


def test_two_adjacent_paragraphs_merged_into_one_are_one_merge() -> None:
    links = align(
        [TAKES_NOTE, CALLS_UPON, CALLS_IN_PARTICULAR, REPORT_76],
        [TAKES_NOTE, CALLS_UPON_AND_IN_PARTICULAR, REPORT_76],
    )
    assert link_set(links) == {
        ((0,), (0,), False),
        ((1, 2), (1,), False),
        ((3,), (2,), False),
    }


def test_a_paragraph_split_in_two_adjacent_ones_is_one_split() -> None:
    links = align(
        [TAKES_NOTE, CALLS_UPON_AND_IN_PARTICULAR, REPORT_76],
        [TAKES_NOTE, CALLS_UPON, CALLS_IN_PARTICULAR, REPORT_76],
    )
    assert link_set(links) == {
        ((0,), (0,), False),
        ((1,), (1, 2), False),
        ((2,), (3,), False),
    }


def test_a_split_moved_to_the_end_is_moved() -> None:
    links = align(
        [CALLS_UPON_AND_IN_PARTICULAR, TAKES_NOTE, URGES_ALL, REPORT_76],
        [TAKES_NOTE, URGES_ALL, REPORT_76, CALLS_UPON, CALLS_IN_PARTICULAR],
    )
    assert link_set(links) == {
        ((0,), (3, 4), True),
        ((1,), (0,), False),
        ((2,), (1,), False),
        ((3,), (2,), False),
    }


def test_a_moved_paragraph_is_the_only_moved_link() -> None:
    old = [TAKES_NOTE, CALLS_UPON, CALLS_IN_PARTICULAR, URGES_ALL, REPORT_76]
    new = [TAKES_NOTE, CALLS_IN_PARTICULAR, URGES_ALL, REPORT_76, CALLS_UPON]
    assert link_set(align(old, new)) == one_to_one(
        [(0, 0), (1, 4), (2, 1), (3, 2), (4, 3)], moved=(1,)
    )


def test_of_two_equally_long_orders_identical_texts_stay_in_order() -> None:
    """The reworded report request moved to the front, before OP1: OP1 and the request each
    make an order of two with OP2; the identical OP1 is kept in order, the request moved."""
    links = align([TAKES_NOTE, REPORT_76, CALLS_UPON], [REPORT_78, TAKES_NOTE, CALLS_UPON])
    assert link_set(links) == one_to_one([(0, 1), (1, 0), (2, 2)], moved=(1,))


def test_a_longer_order_of_reworded_paragraphs_beats_a_shorter_one_of_identical_ones() -> None:
    """OP1 moved behind the two closing paragraphs, both rolled over to the seventy-eighth
    session: OP1 moved, not the two reworded ones."""
    links = align([TAKES_NOTE, REPORT_76, AGENDA_76], [REPORT_78, AGENDA_78, TAKES_NOTE])
    assert link_set(links) == one_to_one([(0, 2), (1, 0), (2, 1)], moved=(0,))


def test_unpaired_paragraphs_are_removed_and_added_once_each() -> None:
    links = align([TAKES_NOTE, AGENDA_76], [URGES_ALL, TAKES_NOTE])
    assert sorted(links) == sorted([Link((0,), (1,)), Link((1,), ()), Link((), (0,))])


def test_nothing_aligns_to_nothing() -> None:
    assert align([], []) == []
    assert align([TAKES_NOTE], []) == [Link((0,), ())]
    assert align([], [TAKES_NOTE]) == [Link((), (0,))]


def test_a_paragraph_kept_whole_beside_a_merged_copy_is_no_part_of_a_merge() -> None:
    """OP3 of 74/80 stays as it was, and OP2 takes in a copy of it: OP3 pairs with itself and
    OP2 with its longer self, no merge of the two."""
    links = align(
        [TAKES_NOTE, CALLS_UPON, CALLS_IN_PARTICULAR, REPORT_76],
        [TAKES_NOTE, CALLS_UPON_AND_IN_PARTICULAR, CALLS_IN_PARTICULAR, REPORT_76],
    )
    assert link_set(links) == one_to_one([(0, 0), (1, 1), (2, 2), (3, 3)])


WORDS = st.lists(st.sampled_from(["mine", "action", "assistance", "in", "the", "of"]), max_size=12)


@given(WORDS, WORDS)
def test_the_bounds_of_a_score_are_difflibs_own(old_words: list[str], new_words: list[str]) -> None:
    """The lengths alone bound the ratio as real_quick_ratio does, the words held in common as
    quick_ratio does, to the last bit: a pair is ruled out exactly when difflib ruled it out."""
    old, new = Profile(" ".join(old_words)), Profile(" ".join(new_words))
    matcher = SequenceMatcher(None, old.tokens, new.tokens, autojunk=False)
    assert upper_bound(old, new, by_length=True) == matcher.real_quick_ratio()
    assert upper_bound(old, new) == matcher.quick_ratio()
    assert upper_bound(new, old) == upper_bound(old, new)


def test_a_pair_the_bounds_rule_out_scores_no_more_than_its_containment() -> None:
    """Below the threshold the words in common cut the score short; at a bar they reach, the
    full ratio is worked out, difflib's own."""
    old = Profile("Welcomes the work of the mine action service in the field")
    new = Profile("Welcomes the work of the mine action service")
    full = SequenceMatcher(None, old.tokens, new.tokens, autojunk=False).ratio()
    assert similarity(old, new) == max(full, similarity(old, new, 1.0))
    assert similarity(old, new, 0.5) == similarity(old, new)
    unlike = Profile("Decides to include in the provisional agenda of its next session")
    assert upper_bound(old, unlike) < 0.6
    assert similarity(old, unlike, 0.6) == 0.0
