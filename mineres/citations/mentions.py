"""What a finder returns: one mention in one string, and the strings mentions are found in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mineres.models import CitationKind

HEADER = "header"


@dataclass(frozen=True, slots=True)
class Found:
    """One mention in one string, before mentions of the same thing are merged."""

    kind: CitationKind
    text: str
    start: int
    end: int
    key: str  # mentions with the same key are the same citation
    body: str | None = None
    symbol: str | None = None
    name: str | None = None
    url: str | None = None
    date: date | None = None
    guessed: bool = False  # a resolution whose body no words named: its number's shape chose it


@dataclass(frozen=True)
class Unit:
    """A string citations are looked for in, and the paragraphs a citation there supports."""

    where: str  # "PP5", "OP4(a)", "FN10"
    text: str
    supports: tuple[str, ...]
    is_footnote: bool = False


def overlaps(first: Found, second: Found) -> bool:
    return first.start < second.end and second.start < first.end
