"""Rules of symbol normalisation named for the rule: what a symbol printed with a
non-breaking hyphen becomes, and how a text in UTF-16 without a byte-order mark is read (both
promised in the README, both left untested before: deleting either rule failed nothing)."""

from __future__ import annotations

import pytest

from mineres.citations.symbols import find_symbols
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
