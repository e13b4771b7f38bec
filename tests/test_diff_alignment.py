"""Alignment at scale and under repetition: linear work, and each copy of a repeated text
paired with its own copy (issue 12, items 3 and 8)."""

from __future__ import annotations

import random
from dataclasses import replace

from mineres.diff import diff_resolutions
from mineres.diff.alignment import align, paired_neighbours
from mineres.models import Metadata, Paragraph, Resolution

from .growth import ALLOWED_GROWTH, SCALE, growth
from .test_diff import read_akn


def all_different(count: int, seed: int) -> list[str]:
    """Paragraphs that share no word triple: nothing pairs, every one is added or removed."""
    rng = random.Random(seed)
    words = [f"w{number}" for number in range(5000)]
    return [" ".join(rng.choice(words) for _ in range(12)) for _ in range(count)]


def test_alignment_of_all_different_paragraphs_grows_linearly() -> None:
    def work(count: int) -> object:
        return align(all_different(count, 1), all_different(count, 2))

    assert growth(work, 1250, 1250 * SCALE) < ALLOWED_GROWTH


def test_paired_neighbours_is_one_sweep_each_way() -> None:
    """Parts 1 and 3 are paired (with wholes 10 and 30); the free parts between see both."""
    found = paired_neighbours({1: 10, 3: 30}, 6)
    assert [found[part] for part in (0, 2, 4, 5)] == [[10], [10, 30], [30], [30]]


def repeated(resolution: Resolution, *copies: Resolution) -> Resolution:
    """`copies` one after the other, renumbered: a resolution repeated, each copy edited or not."""

    def renumbered(paragraphs: list[Paragraph], prefix: str) -> tuple[Paragraph, ...]:
        return tuple(
            replace(paragraph, id=f"{prefix}{number}")
            for number, paragraph in enumerate(paragraphs, 1)
        )

    def plain(paragraph: Paragraph) -> Paragraph:  # footnote numbers belong to one document
        return replace(paragraph, footnotes=(), subparagraphs=())

    preamble = [plain(paragraph) for copy in copies for paragraph in copy.preamble]
    operative = [plain(paragraph) for copy in copies for paragraph in copy.operative]
    return replace(
        resolution,
        preamble=renumbered(preamble, "PP"),
        operative=renumbered(operative, "OP"),
        footnotes=(),
        citations=(),
    )


def test_a_repeated_resolution_pairs_each_copy_with_its_own_copy() -> None:
    """74/80 twice against 76/74 then 74/80: the first copy carries the edits, the second is
    unchanged, and nothing moved (each edited paragraph used to pair across copies, as moved)."""
    old, new = read_akn("A_RES_74_80.en.xml"), read_akn("A_RES_76_74.en.xml")
    once = diff_resolutions(repeated(old, old), repeated(new, new)).summary
    twice = diff_resolutions(repeated(old, old, old), repeated(new, new, old)).summary
    size = len(old.preamble) + len(old.operative)
    assert twice["moved"] == 0
    assert twice["unchanged"] == once["unchanged"] + size
    assert (twice["modified"], twice["added"], twice["removed"]) == (
        once["modified"],
        once["added"],
        once["removed"],
    )


def test_each_copy_of_a_repeated_resolution_keeps_its_own_edits() -> None:
    """74/80 twice against 76/74 twice: the same edits, twice over, and nothing moved."""
    old, new = read_akn("A_RES_74_80.en.xml"), read_akn("A_RES_76_74.en.xml")
    once = diff_resolutions(repeated(old, old), repeated(new, new)).summary
    twice = diff_resolutions(repeated(old, old, old), repeated(new, new, new)).summary
    assert twice == {change: 2 * count for change, count in once.items()}


def test_differently_edited_copies_pair_in_order() -> None:
    """Two copies of the same paragraphs, each edited in its own way: no copy pairs across."""
    rng = random.Random(7)
    texts = [text for text in all_different(40, 3)]

    def edited(text: str) -> str:
        words = text.split()
        words[rng.randrange(len(words))] = "amended"
        return " ".join(words)

    old = texts + texts
    new = [edited(text) for text in texts] + [edited(text) for text in texts]
    links = align(old, new)
    assert all(not link.moved for link in links)
    assert sorted((link.old, link.new) for link in links) == [((i,), (i,)) for i in range(80)]


SEIZED = "Decides to remain seized of the matter."


def test_one_text_repeated_pairs_copy_with_copy_in_linear_work() -> None:
    """A text repeated thousands of times offers each copy a few partners, not thousands; an
    extra copy at either end moves nothing."""

    def work(count: int) -> object:
        return align([SEIZED] * count, [SEIZED] * (count + count // 10))

    assert growth(work, 1000, 1000 * SCALE) < ALLOWED_GROWTH
    for new in (
        [SEIZED] * 110,
        [SEIZED.replace("remain", "remain actively")] * 10 + [SEIZED] * 100,
    ):
        links = align([SEIZED] * 100, new)
        assert not any(link.moved for link in links)
        assert sum(1 for link in links if not link.old) == 10


def test_diff_of_all_different_paragraphs_grows_linearly() -> None:
    """The whole diff, describing every paragraph as added or removed (issue 12: 10,000 such
    paragraphs took 16 s)."""

    def as_resolution(texts: list[str], symbol: str) -> Resolution:
        return Resolution(
            Metadata(symbol=symbol),
            preamble=(),
            operative=tuple(
                Paragraph(f"OP{number}", "operative", number, "", text)
                for number, text in enumerate(texts, 1)
            ),
        )

    def work(count: int) -> object:
        old = as_resolution(all_different(count, 1), "old")
        return diff_resolutions(old, as_resolution(all_different(count, 2), "new"))

    assert growth(work, 1000, 1000 * SCALE) < ALLOWED_GROWTH
