"""The parser is total: any text or bytes gives a Resolution or a MineresError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mineres.errors import MineresError
from mineres.parse import parse_resolution

from .conftest import ODS_58_127

REAL_LINES = ODS_58_127.read_text(encoding="utf-8").splitlines()
PIECES = st.sampled_from(
    [*REAL_LINES[:60], "", "\t", "1.", "(a)", "I", "A.", "____", "1/", "<<ODS JOB NO>>", "[DU1]"]
)


def parses_or_refuses(data: bytes | str) -> None:
    try:
        resolution = parse_resolution(data)
    except MineresError:
        return
    assert resolution.operative
    for paragraph in resolution.paragraphs:
        assert paragraph.text == paragraph.text.strip()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    parses_or_refuses(data)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    parses_or_refuses(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=80).map("\n".join))
def test_shuffled_real_lines(text: str) -> None:
    """Real lines of a resolution in any order and number: headers, paragraphs, footnotes."""
    parses_or_refuses(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=len(ODS_58_127.read_bytes())))
def test_truncated_at_any_byte(cut: int) -> None:
    parses_or_refuses(ODS_58_127.read_bytes()[:cut])
