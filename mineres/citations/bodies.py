"""Whose resolution a number is: the body named before it, the resolution's own body, or the
one the shape of the number and its date allow."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from mineres.citations.mentions import Member
from mineres.citations.rules import (
    Body,
    SymbolRules,
    compiled_once,
    named_bodies,
    symbol_rules,
)
from mineres.models import CitationKind
from mineres.un.numbering import roman_value

EARLIER_DISTANCE = 300


FIRST_SESSION_YEAR = 1945  # General Assembly session N meets in 1945 + N and into the next year


ROMAN_NUMERAL = r"[IVXLC]{1,8}"  # compiled once a text needs it (compiled_once)


CONNECTIVES = frozenset(
    {
        "in",
        "by",
        "through",
        "under",
        "including",
        "particular",
        "notably",
        "especially",
        "and",
        "of",
    }
)


def fits_session(body: Body, item: Member, shape: str, item_date: date | None) -> bool:
    """Whether the number can be the body's: "7/34" is no General Assembly resolution (it began
    at 31/1), nor is "42/22 of 26 September 2019" (session 42 met in 1987 and 1988)."""
    if body.numbered_from is None:
        return True
    session = assembly_session(item, shape)
    if session is None:
        return True
    if shape == "numbered" and session < body.numbered_from:
        return False  # "7/34": the Assembly numbered its resolutions so from session 31
    if item_date is not None:
        return FIRST_SESSION_YEAR + session <= item_date.year <= FIRST_SESSION_YEAR + session + 1
    return session <= this_year() - FIRST_SESSION_YEAR


@cache
def this_year() -> int:
    return date.today().year


def assembly_session(item: Member, shape: str) -> int | None:
    """The regular session a number names: 42 in "42/22", 27 in "574 (XXVII)"; None for special
    sessions ("S-27/2", "1874 (S-IV)") and other shapes."""
    if shape == "numbered":
        first = item.number.split("/")[0]
        return int(first) if first.isdigit() else None
    if shape == "roman" and compiled_once(ROMAN_NUMERAL).fullmatch(item.paren):
        return roman_value(item.paren)
    return None


def named_earlier(text: str, start: int) -> str | None:
    """The last body named in the clause before `start`: "the Human Rights Council to the
    Working Group ..., through its resolution", "by ESCAP at its seventy-second session, of
    resolution 72/7". Only the clause counts: back to a semicolon, at most EARLIER_DISTANCE."""
    window_start = max(0, start - EARLIER_DISTANCE, text.rfind(";", 0, start) + 1)
    names = named_bodies(text, window_start, start)
    return symbol_rules().body_by_alias[names[-1]] if names else None


def fits_body(body_name: str | None, kind: CitationKind, item: Member, rules: SymbolRules) -> bool:
    """Whether "its resolution N" can be the resolution's own body's: the General Assembly has
    no "1373 (2001)", so "its resolutions 2139 (2014)" are the Security Council's."""
    body = rules.bodies_by_name.get(body_name or "")
    if body is None:
        return False
    shapes = body.templates.get(kind, {})
    return not shapes or item.shape in shapes


def default_body(item: Member, shape: str) -> str:
    """Without a body named: "1373 (2001)" is the Security Council's, "2003/23" the Council's."""
    if shape == "yearly":
        return "Security Council"
    if shape == "numbered" and is_year(item.number.split("/")[0]):
        return "Council"
    return "General Assembly"


def council_for(item: Member, shape: str, rules: SymbolRules) -> str:
    """ "the Council in its resolution ...": which Council, from the number's shape."""
    if shape == "numbered" and is_year(item.number.split("/")[0]):
        shape = "numbered_by_year"
    return rules.council_by_shape.get(shape, "Council")


def is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1945 <= int(number) <= 2100


def body_before(before: str, own_body: str, rules: SymbolRules) -> tuple[str | None, str]:
    """The body named just before "resolution", and how: "named" ("Security Council
    resolution", "the Human Rights Council, in particular resolutions", "the Economic
    Commission for Latin America and the Caribbean of its resolution"), "own" ("its
    resolution"), "foreign" (a body mineres does not know), or "none". After a comma and
    nothing else ("... on the strengthening of the Economic and Social Council, resolution
    67/290") the words before describe the item listed before, and name no body."""
    if before.rstrip().endswith(","):
        return None, "none"
    # the last 12 words, split off from the right (what before.split()[-12:] holds)
    words = [stripped for word in before.rsplit(None, 12)[-12:] if (stripped := word.strip(","))]
    own = False
    popped: list[str] = []
    for _ in range(4):
        if not words or (words[-1] not in CONNECTIVES and words[-1] not in rules.own_body_words):
            break
        own = own or words[-1] in rules.own_body_words
        popped.append(words.pop())
    # only the aliases ending in the last word can end there, tried in the order of the bodies
    for body, alias in rules.aliases_by_last_word.get(words[-1], ()) if words else ():
        if tuple(words[-len(alias) :]) == alias and alias_stands_alone(words, alias):
            return body.name, "named"
    if words and words[-1] == "Council" and (len(words) == 1 or words[-2].islower()):
        return "Council", "named"
    if own:
        return own_body, "own"  # checked against the number's session by fits_session
    if words and words[-1] in rules.foreign_body_words:
        return None, "foreign"
    if not popped and names_a_body(words):
        return None, "foreign"
    return None, "none"


def names_a_body(words: Sequence[str]) -> bool:
    """A capitalised word right before "resolution" ("... for Asia and the Pacific resolution
    75/4") that does not open the sentence ("Recalling resolution") ends the name of a body;
    a Roman numeral ("annex II") does not."""
    word = words[-1] if words else ""
    if len(words) < 2 or words[-2].endswith(".") or not word[:1].isupper():
        return False
    return word.isalpha() and compiled_once(ROMAN_NUMERAL).fullmatch(word) is None


def alias_stands_alone(words: list[str], alias: tuple[str, ...]) -> bool:
    """A one-word alias ("Assembly") names the body only after "the": not "World Health Assembly"."""
    if len(alias) > 1:
        return True
    return len(words) == 1 or not words[-2][:1].isupper() or words[-2] == "The"


def cites_inside_document(before: str, rules: SymbolRules) -> bool:
    """ "..., annex II, resolution 14/221": a resolution printed inside a cited document."""
    tail = before.rstrip()
    if not tail.endswith(","):
        return False
    words = tail[:-1].split()[-2:]
    return any(word.rstrip(",").lower() in rules.inside_document_words for word in words)
