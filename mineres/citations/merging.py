"""From mentions to citations: overlapping readings of the same words resolved by kind, "Ibid."
resolved to the footnote before, and repeated mentions merged into one Citation."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from itertools import starmap

from mineres.citations.mentions import Found, Placed, overlaps
from mineres.citations.numbered import numbered_symbol
from mineres.citations.references import IBID, TREATY_SERIES, treaty_found
from mineres.citations.rules import SymbolRules, compiled_once, symbol_rules
from mineres.citations.symbols import in_language, symbol_key, undocs_url
from mineres.models import Citation, Location

DOCUMENT_KINDS = frozenset({"document", "resolution", "decision"})


MAIN_KINDS = DOCUMENT_KINDS | {"treaty_series", "publication", "official_records"}


FINDER_PRIORITY = {"url": 0, "treaty_series": 1, "resolution": 2, "decision": 2, "document": 3}


def name_guessed_bodies(mentions: Sequence[Placed], language: str = "en") -> list[Placed]:
    """A resolution cited with no body named ("her report to the Human Rights Council submitted
    pursuant to resolution 34/24") is the one the same document cites by the same number with
    its body named ("Human Rights Council resolution 34/24"), when only one body is so named."""
    guessed = [index for index, (_, _, found) in enumerate(mentions) if found.guessed]
    if not guessed:  # most documents name the body of every resolution they cite
        return list(mentions)
    # a member's key opens with its number ("34/24", then any letter and session), so only a
    # member of a guessed one's number may share its key: the other members' keys are not built
    guessed_numbers = {number_of(mentions[index][2]) for index in guessed}
    named: dict[tuple[str, str], set[str]] = {}
    for _, _, found in mentions:
        if (
            found.kind in {"resolution", "decision"}
            and found.body
            and not found.guessed
            and (found.member is None or found.member.number in guessed_numbers)
        ):
            named.setdefault(number_key(found), set()).add(found.body)
    rules = symbol_rules()
    result = list(mentions)
    for index in guessed:
        where, supports, found = result[index]
        bodies = named.get(number_key(found), set())
        if len(bodies) == 1 and found.body not in bodies:
            renamed = in_language([with_body(found, bodies.pop(), rules)], language)[0]
            result[index] = (where, supports, renamed)
    return result


def number_of(found: Found) -> str | None:
    return found.member.number if found.member else None


def number_key(found: Found) -> tuple[str, str]:
    printed = found.member.printed if found.member else found.text
    return found.kind, "".join(printed.split())


def with_body(found: Found, body_name: str, rules: SymbolRules) -> Found:
    """The same mention, given to another body: its symbol, link and key follow."""
    item = found.member
    if item is None:
        return found
    symbol = numbered_symbol(item, found.kind, rules.bodies_by_name[body_name])
    key = symbol_key(symbol) if symbol else f"{found.kind}:{body_name}:{item.printed}"
    url = undocs_url(symbol) if symbol else None
    return found._replace(body=body_name, symbol=symbol, url=url, key=key, guessed=False)


def resolve_ibid(text: str, found: list[Found], previous_note: Sequence[Found]) -> list[Found]:
    """A footnote that opens with "Ibid." cites what the footnote before it cited, with its own
    volume ("Ibid., vol. 2048, No. 22495": another treaty) or part ("Ibid., part II": the same)."""
    opening = IBID.match(text.lstrip())
    if not opening or not previous_note:
        return found
    offset = len(text) - len(text.lstrip())
    earlier_treaties = [item for item in previous_note if item.kind == "treaty_series"]
    treaty = None  # read only after a treaty: most notes never compile the pattern
    if earlier_treaties:
        treaty = compiled_once(TREATY_SERIES).match(text, text.find("Ibid", offset))
    if treaty:
        series = earlier_treaties[-1].key.split(",", 1)[0].removeprefix("treaty:")
        series_name = "League of Nations" if series.startswith("league") else "United Nations"
        resolved = treaty_found(series_name, treaty["volumes"], treaty["numbers"], treaty)
        return [resolved, *(item for item in found if not overlaps(item, resolved))]
    if any(item.kind in MAIN_KINDS for item in found):
        return found
    cited = [item for item in previous_note if item.kind in MAIN_KINDS] or list(previous_note)
    end = len(text.rstrip().rstrip("."))
    start = offset
    return [cited[-1]._replace(text=text[start:end], start=start, end=end), *found]


def drop_overlaps(candidates: Iterable[Found]) -> list[Found]:
    """Keep one mention where two finders read the same words: a URL over a symbol in it, a
    resolution number over a symbol-like code; instruments may nest in nothing else. The members
    a range names between its ends share its words, and stay beside the ends."""
    ordered = sorted(candidates, key=lambda item: (item.start, -(item.end - item.start)))
    kept: list[Found] = []
    expanded: list[Found] = []
    for item in ordered:
        if item.expanded:
            expanded.append(item)
        elif kept and overlaps(kept[-1], item):
            if priority(item) < priority(kept[-1]):
                kept[-1] = item
        else:
            kept.append(item)
    if not expanded:
        return kept
    return sorted([*kept, *expanded], key=lambda item: (item.start, item.expanded))


def priority(item: Found) -> int:
    return FINDER_PRIORITY.get(item.kind, 4)


def merge_mentions(
    mentions: Sequence[Placed], positions: dict[str, int] | None = None
) -> tuple[Citation, ...]:
    """One Citation per key, with every place it is mentioned and every paragraph it supports,
    the paragraphs in the document's order (`positions`: unit id -> position). The mentions are
    grouped by key first: most citations are mentioned once, and need no merging."""
    by_key: dict[str, list[Placed]] = {}  # in order of first mention
    for placed in mentions:
        key = placed[2].key
        if key in by_key:
            by_key[key].append(placed)
        else:
            by_key[key] = [placed]
    return tuple(
        [
            mentioned_once(*group[0], positions) if len(group) == 1 else merged(group, positions)
            for group in by_key.values()
        ]
    )


def mentioned_once(
    where: str, supported: tuple[str, ...], found: Found, positions: dict[str, int] | None
) -> Citation:
    """A citation of one mention (most): its place, its paragraphs, its own date."""
    return citation(
        found,
        found.date,
        (Location(where, found.start, found.end),),
        supported if len(supported) < 2 else in_document_order(dict.fromkeys(supported), positions),
    )


def merged(group: list[Placed], positions: dict[str, int] | None) -> Citation:
    """A citation of several mentions: the first's words, the first date printed, each place
    once (insertion-ordered sets: no quadratic scans, and a tuple hashes in C)."""
    locations: dict[tuple[str, int, int], None] = {}
    supports: dict[str, None] = {}
    for where, supported, found in group:
        locations[where, found.start, found.end] = None
        supports.update(dict.fromkeys(supported))
    when = next((found.date for _, _, found in group if found.date), None)
    return citation(
        group[0][2],
        when,
        tuple(starmap(Location, locations)),
        in_document_order(supports, positions),
    )


def citation(
    found: Found, when: date | None, locations: tuple[Location, ...], paragraphs: tuple[str, ...]
) -> Citation:
    return Citation(
        found.kind,
        found.text,
        found.body,
        found.symbol,
        found.name,
        found.url,
        when,
        locations,
        paragraphs,
    )


def in_document_order(
    paragraphs: Iterable[str], positions: dict[str, int] | None
) -> tuple[str, ...]:
    """A footnote's paragraphs come after the paragraphs read directly: put them back in place."""
    paragraphs = tuple(paragraphs)
    if not positions or len(paragraphs) < 2:
        return paragraphs
    return tuple(sorted(paragraphs, key=lambda where: positions.get(where, len(positions))))
