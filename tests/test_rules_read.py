"""Rules of reading bytes: what is UTF-16 without a byte-order mark and what is a binary file,
each read the same whether or not a fast scan for a NUL byte comes first."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineres.errors import MineresError
from mineres.parse.read import decode_bytes, guess_utf16_without_bom


def utf16_by_counting(data: bytes) -> str | None:
    """The guess as first written: each half of the sample's bytes counted, NUL or not."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls, odd_nuls, half = sample[0::2].count(0), sample[1::2].count(0), len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


# NULs, ASCII letters and a byte of UTF-8: the bytes the two counts tell apart
BYTES = st.lists(st.sampled_from([b"\x00", b"a", b"\n", b"\xc3\xa9"]), max_size=40).map(b"".join)


@given(BYTES)
@settings(max_examples=500)
def test_utf16_is_guessed_as_by_counting_every_sample(data: bytes) -> None:
    assert guess_utf16_without_bom(data) == utf16_by_counting(data)


def test_a_short_sample_is_no_utf16_even_with_a_nul() -> None:
    assert guess_utf16_without_bom(b"a\x00") is None
    assert guess_utf16_without_bom(b"a\x00b\x00") == "utf-16-le"
    assert guess_utf16_without_bom(b"abcdefgh") is None


@pytest.mark.parametrize(("nuls", "refused"), [(0, False), (8, False), (9, True), (20, True)])
def test_more_than_eight_nuls_in_the_head_make_a_binary_file(nuls: int, refused: bool) -> None:
    """Counted in the first 8 KB only."""
    data = b"\x00a" * nuls + b"The General Assembly, " * 500
    if refused:
        with pytest.raises(MineresError, match="binary"):
            decode_bytes(data)
    else:
        assert decode_bytes(data).endswith("Assembly, ")
    tail_nuls = b"The General Assembly, " * 500 + b"\x00" * 20
    assert decode_bytes(tail_nuls).endswith("\x00")  # past the head: not counted
