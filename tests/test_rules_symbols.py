"""Rules of symbol normalisation named for the rule: what a symbol printed with a
non-breaking hyphen becomes, and how a text in UTF-16 without a byte-order mark is read (both
promised in the README, both left untested before: deleting either rule failed nothing)."""

from __future__ import annotations

import pytest

from mineres.citations.symbols import body_of_symbol, find_header_symbol, find_symbols
from mineres.parse.read import decode_bytes

from .conftest import ODS_58_127


def test_a_non_breaking_hyphen_in_a_symbol_is_a_hyphen() -> None:
    """The tenth emergency special session's resolutions are printed "ES‑10/15" with U+2011;
    the symbol, its key and its undocs.org link use the ASCII hyphen, the text stays printed."""
    printed = "General Assembly resolution A/RES/ES\u201110/15 of 20 July 2004"
    (found,) = find_symbols(printed)
    assert (found.kind, found.symbol) == ("resolution", "A/RES/ES-10/15")
    assert found.key == "symbol:A/RES/ES-10/15"
    assert found.url == "https://undocs.org/en/A/RES/ES-10/15"
    assert found.text == "A/RES/ES\u201110/15"


def test_a_document_symbol_with_a_non_breaking_hyphen_too() -> None:
    (found,) = find_symbols("the report of the Secretary-General (A/58/260\u2011Add.1)")
    assert (found.kind, found.symbol) == ("document", "A/58/260-Add.1")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding: str) -> None:
    text = ODS_58_127.read_text(encoding="utf-8")
    data = text.encode(encoding)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert decode_bytes(data) == text


def test_a_joint_symbol_splits_at_a_non_breaking_hyphen_too() -> None:
    text = "Recalling A/74/L.30\u2011A/74/L.31 and"
    assert [(f.symbol, f.start, f.end) for f in find_symbols(text)] == [
        ("A/74/L.30", 10, 19),
        ("A/74/L.31", 20, 29),
    ]


def test_a_header_symbol_is_a_citation_even_when_not_written_like_one() -> None:
    """The metadata's symbol is cited as found; one the patterns refuse (lower case) is
    still a document, whole and as written."""
    assert [(f.kind, f.symbol) for f in find_header_symbol("A/RES/76/74")] == [
        ("resolution", "A/RES/76/74")
    ]
    (found,) = find_header_symbol("  a/76/251 ")
    assert (found.kind, found.text, found.start, found.end, found.symbol, found.key) == (
        "document",
        "a/76/251",
        0,
        8,
        "a/76/251",
        "symbol:A/76/251",
    )


@pytest.mark.parametrize(
    ("symbol", "body"),
    [
        ("A/RES/76/74", "General Assembly"),
        ("S/RES/2365 (2017)", "Security Council"),
        ("s/res/1", "Security Council"),  # any case
        ("E/RES/2003/1", "Economic and Social Council"),
        ("E/CN.4/RES/2003/49", "Commission on Human Rights"),  # the longest prefix wins
        ("A/HRC/RES/40/1", "Human Rights Council"),
        ("CCW/GGE/VI/2", None),
    ],
)
def test_the_body_is_the_one_with_the_longest_symbol_prefix(symbol: str, body: str | None) -> None:
    assert body_of_symbol(symbol) == body


def test_an_issuance_printed_after_a_space_belongs_to_the_symbol() -> None:
    (found,) = find_symbols("see A/58/260 /Add.1, annex")
    assert (found.symbol, found.start, found.end) == ("A/58/260/Add.1", 4, 19)
