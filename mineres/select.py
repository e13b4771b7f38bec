"""Choosing paragraphs and citations: the one home of -n, --lead, --grep, --kind, --paragraph
and --group-by, shared by `paragraphs`, `citations`, `search` and the Python API.

Options arrive as the user typed them; this module reads them, refuses bad ones with a
one-line `MineresError`, and returns parts of the model. Nothing here prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Literal, get_args

from mineres.errors import MineresError
from mineres.models import (
    Citation,
    CitationKind,
    Paragraph,
    Resolution,
    Subparagraph,
    normalise_paragraph_id,
)

Part = Literal["operative", "preamble", "all"]
KINDS: tuple[str, ...] = get_args(CitationKind)
GROUPINGS = ("kind", "paragraph", "symbol")
UNGROUPED = "(none)"  # the group of a citation that supports no paragraph: the header's drafts
NUMBER_RANGE = r"(\d{1,9})(?:\s*-\s*(\d{1,9}))?"


def parse_number_ranges(spec: str) -> list[range]:
    """ "5", "3-7,12" -> [range(5, 6)], [range(3, 8), range(12, 13)]."""
    ranges: list[range] = []
    for part in spec.split(","):
        part = part.strip()
        match = re.fullmatch(NUMBER_RANGE, part)
        if not match:
            raise MineresError(f"-n {spec!r}: use numbers and ranges such as 5 or 3-7,12")
        first = int(match[1])
        last = int(match[2] or first)
        if last < first:
            raise MineresError(f"-n {spec!r}: range {part} runs backwards")
        ranges.append(range(first, last + 1))
    return ranges


def lead_matches(lead: str, wanted: str) -> bool:
    """ "--lead Urges" matches "Urges" and "Strongly urges", not "Urging"."""
    return re.search(rf"\b{re.escape(wanted.lower())}\b", lead.lower()) is not None


def compile_regex(pattern: str, *, fixed: bool = False) -> re.Pattern[str]:
    """The pattern compiled, any case. A pattern that is no valid regular expression is the
    user's mistake, said once: never quietly searched as plain text, which would find nothing
    and look like an answer."""
    try:
        return re.compile(re.escape(pattern) if fixed else pattern, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError) as error:
        raise MineresError(
            f"invalid regular expression {pattern!r}: {error} (use -F to search for plain text)"
        ) from None


def text_matcher(pattern: str | None, *, fixed: bool = False) -> Callable[[Paragraph], bool]:
    """Whether a paragraph (sub-paragraphs included) matches; no pattern matches all."""
    if not pattern:
        return lambda paragraph: True
    regex = compile_regex(pattern, fixed=fixed)
    return lambda paragraph: regex.search(paragraph.full_text) is not None


def select_paragraphs(
    resolution: Resolution,
    *,
    part: Part = "operative",
    numbers: str | None = None,
    lead: str | None = None,
    grep: str | None = None,
    fixed: bool = False,
) -> tuple[Paragraph, ...]:
    """The paragraphs of one part ("operative", "preamble" or "all") that pass every filter
    given: `numbers` as "3-7,12", words of the `lead` phrase, a `grep` regular expression
    (any case; plain text with `fixed`)."""
    chosen = {
        "all": resolution.paragraphs,
        "preamble": resolution.preamble,
        "operative": resolution.operative,
    }.get(part)
    if chosen is None:
        raise MineresError(f"unknown part {part!r}: choose from operative, preamble, all")
    if numbers:
        wanted = parse_number_ranges(numbers)
        chosen = tuple(p for p in chosen if any(p.number in span for span in wanted))
    if lead:
        chosen = tuple(p for p in chosen if lead_matches(p.lead, lead))
    if grep:
        matches = text_matcher(grep, fixed=fixed)
        chosen = tuple(p for p in chosen if matches(p))
    return chosen


def paragraphs_citing(resolution: Resolution, symbol: str) -> set[str]:
    """Ids of the paragraphs that cite `symbol` (any case, "57/159" for "A/RES/57/159"),
    directly or through one of their footnotes: what `search --cites` keeps."""
    wanted = comparable_symbol(symbol)
    found: set[str] = set()
    for citation in resolution.citations:
        if citation.symbol and comparable_symbol(citation.symbol) == wanted:
            found.update(citation.paragraphs)
            found.update(location.where for location in citation.locations)
    found = {paragraph_of(where) for where in found}
    for note in resolution.footnotes:
        if f"FN{note.number}" in found:
            found.update(paragraph_of(where) for where in note.cited_from)
    return found


def comparable_symbol(symbol: str) -> str:
    """A symbol as a user's and a citation's are compared: a resolution number normalised
    ("57/159" is "A/RES/57/159"), any other symbol without regard to case or spacing
    ("a/58/260" is "A/58/260")."""
    from mineres.library import normalise_symbol

    return normalise_symbol(symbol) or " ".join(symbol.split()).casefold()


def paragraph_of(where: str) -> str:
    """ "OP4(a)" -> "OP4": a sub-paragraph's citation belongs to its paragraph."""
    return where.split("(", 1)[0]


def parse_kinds(spec: str | Iterable[str] | None) -> frozenset[str] | None:
    """ "resolution,document" or "resolutions" -> the kinds; refuses unknown ones."""
    if not spec:
        return None
    words = spec.split(",") if isinstance(spec, str) else list(spec)
    kinds = set()
    for typed in words:
        word = typed.lower().replace(" ", "")
        kind = word.replace("-", "_")
        if kind not in KINDS and kind.endswith("s"):
            kind = kind[:-1]
        if kind not in KINDS:
            raise MineresError(f"unknown citation kind {word!r}: choose from {', '.join(KINDS)}")
        kinds.add(kind)
    return frozenset(kinds)


def supports(citation: Citation, paragraph_id: str) -> bool:
    """Whether the citation supports the paragraph or one of its sub-paragraphs."""
    return any(
        place.upper() == paragraph_id or place.upper().startswith(paragraph_id + "(")
        for place in citation.paragraphs
    )


def select_citations(
    resolution: Resolution,
    *,
    kinds: str | Iterable[str] | None = None,
    paragraph: str | None = None,
) -> tuple[Citation, ...]:
    """The resolution's citations of these `kinds` ("resolution,document"), supporting
    `paragraph` ("OP5", "PP3", "OP4(a)") when given."""
    wanted_kinds = parse_kinds(kinds)
    chosen = resolution.citations
    if wanted_kinds is not None:
        chosen = tuple(c for c in chosen if c.kind in wanted_kinds)
    if paragraph is not None:
        if resolution.paragraph(paragraph) is None:
            ids = ", ".join(p.id for p in resolution.paragraphs[:3])
            raise MineresError(
                f"no paragraph {paragraph} in {resolution.metadata.symbol} (ids look like {ids})"
            )
        wanted = normalise_paragraph_id(paragraph)
        chosen = tuple(c for c in chosen if supports(c, wanted))
    return chosen


def parse_grouping(by: str) -> str:
    """ "--group-by Kind" -> "kind"; refuses unknown groupings."""
    chosen = by.lower()
    if chosen not in GROUPINGS:
        raise MineresError(f"unknown grouping {by!r}: choose from {', '.join(GROUPINGS)}")
    return chosen


def cited(citation: Citation) -> str:
    """What the citation names: its symbol, an instrument's name, or the words printed (with
    the instrument a Treaty Series reference is, when the catalogue knows it)."""
    if citation.symbol:
        return citation.symbol
    if citation.kind == "instrument" and citation.name:
        return citation.name
    if citation.name:
        return f"{citation.text} ({citation.name})"
    return citation.text


def group_keys(citation: Citation, by: str) -> list[str]:
    if by == "kind":
        return [citation.kind]
    if by == "paragraph":
        return list(citation.paragraphs) or [UNGROUPED]
    return [cited(citation)]


def group_citations(citations: Iterable[Citation], by: str) -> dict[str, list[Citation]]:
    """Groups by "kind", "paragraph" or "symbol", in order of first appearance; a citation
    supporting two paragraphs is in both."""
    grouping = parse_grouping(by)
    groups: dict[str, list[Citation]] = {}
    for citation in citations:
        for key in group_keys(citation, grouping):
            groups.setdefault(key, []).append(citation)
    return groups


def id_range(paragraphs: Sequence[Paragraph]) -> str:
    """ "PP1 to PP22": what ids a user can ask for."""
    if not paragraphs:
        return "none"
    return f"{paragraphs[0].id} to {paragraphs[-1].id}"


def is_paragraph_id(text: str) -> bool:
    """ "OP5", "pp3", "OP4(a)(ii)", "VIII.OP30", "5": what `show` takes as a paragraph, and what
    no document path or symbol ("58/127", "A/RES/58/127", "res.txt") looks like."""
    return paragraph_id_pattern().fullmatch(text.strip()) is not None


@cache
def paragraph_id_pattern() -> re.Pattern[str]:
    """Compiled on first use: only `show` with two arguments asks."""
    return re.compile(
        r"(?:[A-Z]{1,6}(?:~\d+)?\.)?(?:OP|PP)?\d{1,4}(?:\([a-z]{1,4}\)|\([ivxl]{1,6}\))*",
        re.IGNORECASE,
    )


def find_paragraph(resolution: Resolution, paragraph_id: str) -> Paragraph | Subparagraph:
    """The paragraph or sub-paragraph with this id, or an error saying which ids exist."""
    found = resolution.paragraph(paragraph_id)
    if found is None:
        raise MineresError(
            f"no paragraph {paragraph_id} in {resolution.metadata.symbol or 'this resolution'}"
            f" ({id_range(resolution.preamble)}, {id_range(resolution.operative)})"
        )
    return found
