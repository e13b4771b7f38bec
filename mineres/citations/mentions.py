"""What a finder returns: one mention in one string, and the strings mentions are found in.

The named tuples' annotations are evaluated (no `from __future__ import annotations`): a
NamedTuple compiles each annotation given as a string, ~10 us a field at import."""

import datetime
from typing import NamedTuple

from mineres.models import CitationKind

HEADER = "header"


class Member(NamedTuple):
    """One resolution of a list as printed: "36/87 A" and "36/87 B" of "36/87 A and B",
    "1373 (2001)", "217 A (III)". A typed named tuple, as Found is: one per listed number."""

    number: str  # "36/87", "1373", "ES-10/15"
    letter: str  # "A", "A-B" (one document), or ""
    paren: str  # "2001", "XXIX", "S-IV", or ""
    start: int
    end: int
    expanded: bool = False

    @property
    def printed(self) -> str:
        letter = f" {self.letter}" if self.letter else ""
        paren = f" ({self.paren})" if self.paren else ""
        return f"{self.number}{letter}{paren}"

    @property
    def shape(self) -> str:
        """ "numbered" ("57/159"), "yearly" ("1373 (2001)") or "roman" ("3101 (XXVIII)")."""
        if "/" in self.number:
            return "numbered"
        return "yearly" if self.paren.isdigit() else "roman"


class Found(NamedTuple):
    """One mention in one string, before mentions of the same thing are merged. A typed named
    tuple, not a frozen dataclass: thousands are built per document, and a frozen dataclass of
    thirteen fields costs three times as much to build (each field set through
    object.__setattr__). Immutable all the same; `found._replace(...)` makes a changed copy."""

    kind: CitationKind
    text: str
    start: int
    end: int
    key: str  # mentions with the same key are the same citation
    body: str | None = None
    symbol: str | None = None
    name: str | None = None
    url: str | None = None
    date: datetime.date | None = None
    guessed: bool = False  # a resolution whose body no words named: its number's shape chose it
    member: Member | None = None  # a resolution cited by number: "36/87 B" of "36/87 A and B"
    expanded: bool = False  # read from a range ("51/211 A to E" names C): shares its words


class Unit(NamedTuple):
    """A string citations are looked for in, and the paragraphs a citation there supports. A
    typed named tuple, as Found is: a frozen dataclass costs three times as much to create at
    import, and only `citation_units` builds these."""

    where: str  # "PP5", "OP4(a)", "FN10"
    text: str
    supports: tuple[str, ...]
    is_footnote: bool = False


# A mention placed in the document: the id of the string it stands in ("PP5", "FN10",
# "header"), the paragraphs it supports, and what was found. A plain tuple, not a Unit: a
# document has thousands.
Placed = tuple[str, tuple[str, ...], Found]


def overlaps(first: Found, second: Found) -> bool:
    return first.start < second.end and second.start < first.end
