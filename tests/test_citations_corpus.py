"""Citation recall over the AKN corpus in ../shared: the UN's own undocs.org links as ground truth.

The model's texts carry no links, so every symbol found is found by mineres alone. The
figures and the list of misses come from benchmarks/citations_recall.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.citations_recall import corpus_paths, href_symbol, linked_symbols, measure

pytestmark = pytest.mark.corpus


def test_at_least_97_percent_of_linked_symbols_are_found(shared_corpus: Path) -> None:
    paths = corpus_paths(shared_corpus.parent)
    assert len(paths) > 200
    result = measure(paths)
    assert result.links > 4000
    assert result.outside < 0.01 * result.links  # almost every link is on words the model holds
    assert result.recall >= 0.97, [f"{link.symbol}: {why}" for link, why in result.missed]


def test_ground_truth_reads_the_links_as_undocs_writes_them() -> None:
    assert href_symbol("https://undocs.org/en/S/RES/1373 (2001)") == "S/RES/1373(2001)"
    assert href_symbol("https://undocs.org//en/A/RES/217 (III)") == "A/RES/217(III)"
    assert href_symbol("https://undocs.org/en/A/56/1026-S/2002/932") == "A/56/1026"
    assert href_symbol("https://undocs.org/en/E/2019/29(supp)") == "E/2019/29"
    assert href_symbol("http://metadata.un.org/thesaurus/1006319") is None
    xml = (
        '<p xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">its resolution '
        '<a href="https://undocs.org/en/A/RES/57/159">57/159</a></p>'
    )
    [link] = linked_symbols(xml, "test")
    assert (link.symbol, link.text) == ("A/RES/57/159", "57/159")
