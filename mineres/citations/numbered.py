"""Resolutions and decisions cited by number after "resolution(s)": every member of a list,
however long, with its letter, its old-style session and its date, in each official language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from mineres.citations.bodies import (
    body_before,
    cites_inside_document,
    council_for,
    default_body,
    fits_body,
    fits_session,
    named_earlier,
    number_shape,
)
from mineres.citations.dates import date_before, date_from
from mineres.citations.mentions import Found
from mineres.citations.rules import Body, LanguageRules, SymbolRules, symbol_rules
from mineres.citations.symbols import symbol_key, undocs_url
from mineres.models import CitationKind

KEYWORD = re.compile(r"\b(?P<word>[Rr]esolution|[Dd]ecision)s?\b[ \u00a0]*")


CARRY_DISTANCE = 80


ITEM = re.compile(
    r"(?P<number>(?:E?S[-\u2011])?\d{1,4}/\d{1,4}|\d{1,4})"
    r"(?:[ \u00a0]?(?P<letter>[A-Z]{1,2}(?:[-–][A-Z]{1,2})?)(?![\w/]))?"
    r"(?:[ \u00a0]?\((?P<paren>\d{4}|[IVXLC]{1,8}|E?S-[IVXL]{1,6})\))?"
    r"(?![\w/])"
)


ITEM_SEPARATOR = re.compile(
    r"(?:[,;][ \u00a0]*(?:and[ \u00a0]+|as[ \u00a0]well[ \u00a0]as[ \u00a0]+)?|[ \u00a0]+(?:and|as[ \u00a0]well[ \u00a0]as)[ \u00a0]+)"
)


SUBJECT = re.compile(
    r",?[ \u00a0](?:on|entitled|concerning|relating[ \u00a0]to|in[ \u00a0]which)[ \u00a0]"
)


SUBJECT_LENGTH = 240


SUBJECT_STOP = re.compile(r"[Rr]esolution|[Dd]ecision|;")


PINPOINT = re.compile(
    r"(?:,[ \u00a0]*(?:sect\.|section|paras?\.|annex|chap\.|part)[ \u00a0][\w.–-]{1,12}){1,4}"
    r"(?=[,;])"
)


NEXT_ITEM = re.compile(
    r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?=(?:E?S[-\u2011])?\d{1,4}(?:/\d|[ \u00a0]?(?:[A-Z][ \u00a0]?)?\((?:\d{4}|[IVXLC]+)\)))"
)


def find_numbered_resolutions(text: str, *, own_body: str = "General Assembly") -> list[Found]:
    """ "its resolution 57/159 of 16 December 2002", "resolutions 57/190 and 57/191",
    "Security Council resolution 1373 (2001)", "resolution 217 A (III)"."""
    rules = symbol_rules()
    found: list[Found] = []
    position = 0
    previous: Mention | None = None  # the last "resolution(s)", for its body to carry over
    for keyword in KEYWORD.finditer(text):
        if keyword.start() < position:
            continue
        items = list(walk_items(text, keyword.end(), rules))
        position = items[-1][0].end() if items else keyword.end()
        if not items:
            previous = Mention(keyword.start(), position)
            continue
        before = text[max(0, keyword.start() - 160) : keyword.start()]
        if cites_inside_document(before, rules):
            previous = None
            continue
        body_name, how = body_before(before, own_body, rules)
        if how == "foreign":
            previous = None
            continue
        if (
            how in {"none", "own"}
            and previous
            and carries_over(text, previous.end, keyword.start())
        ):
            carried, carried_how = previous.body(text, own_body, rules)
            if carried_how == "named" and (how == "none" or carried != "Council"):
                body_name, how = carried, "carried"
        kind: CitationKind = "decision" if keyword["word"].lower() == "decision" else "resolution"
        earlier = None if how in {"named", "carried"} else named_earlier(text, keyword.start())
        for item, item_date in items:
            named = body_name if how == "named" or fits_body(body_name, kind, item, rules) else None
            found.append(
                item_found(
                    text,
                    item,
                    item_date,
                    kind,
                    named,
                    rules,
                    earlier=earlier,
                    guessed=how == "none",
                )
            )
        known = (body_name, "named") if how in {"named", "carried"} else (None, "none")
        previous = Mention(keyword.start(), position, known)
    return found


@dataclass
class Mention:
    """Where a "resolution(s)" stood, and the body before it, read only when needed."""

    start: int
    end: int
    known: tuple[str | None, str] | None = None

    def body(self, text: str, own_body: str, rules: SymbolRules) -> tuple[str | None, str]:
        if self.known is None:
            before = text[max(0, self.start - 160) : self.start]
            self.known = body_before(before, own_body, rules)
        return self.known


def carries_over(text: str, previous_end: int, start: int) -> bool:
    """ "Human Rights Council resolutions, in particular resolutions 7/34": the second
    "resolutions" is the Council's too, when it follows closely in the same sentence."""
    return start - previous_end <= CARRY_DISTANCE and ";" not in text[previous_end:start]


def find_numbered_resolutions_in(text: str, language: LanguageRules) -> list[Found]:
    """Resolutions cited by number in another official language: "sa résolution 72/75 du
    7 décembre 2017", "第72/75号决议". The body follows from the number's shape, unless another
    body is named near it: then the body is left unknown, never guessed."""
    rules = symbol_rules()
    found: list[Found] = []
    for keyword in language.keyword.finditer(text):
        kind: CitationKind = (
            "decision" if keyword["word"].lower() in language.decision_words else "resolution"
        )
        if language.number_first:
            items = [(keyword, date_before(text, keyword.start(), language))]
        else:
            items = list(walk_items_in(text, keyword.end(), language))
        if not items or not is_resolution_number(items[0][0]):
            continue
        window = language.body_window
        near = text[max(0, keyword.start() - window) : items[-1][0].end() + window]
        unknown = any(name in near for name in language.other_bodies)
        for item, item_date in items:
            found.append(item_found(text, item, item_date, kind, None, rules, unknown_body=unknown))
    return found


def walk_items_in(
    text: str, position: int, language: LanguageRules
) -> Iterator[tuple[re.Match[str], date | None]]:
    while True:
        item = ITEM.match(text, position)
        if not item or not is_resolution_number(item):
            return
        position = item.end()
        item_date = None
        when = language.date_after.match(text, position) if language.date_after else None
        if when:
            item_date = date_from(when, language.months)
            position = when.end()
        yield item, item_date
        join = language.join.match(text, position)
        if not join:
            return
        position = join.end()


def walk_items(
    text: str, position: int, rules: SymbolRules
) -> Iterator[tuple[re.Match[str], date | None]]:
    """The numbers of a list after "resolutions": "57/190 of 18 December 2002 and 57/191"."""
    while True:
        item = ITEM.match(text, position)
        if not item or not is_resolution_number(item):
            return
        position = item.end()
        when = rules.date_after.match(text, position)
        item_date = None
        if when:
            item_date = date_from(when, rules.months)
            position = when.end()
        yield item, item_date
        pinpoint = PINPOINT.match(text, position)
        if pinpoint:
            position = pinpoint.end()
            when = rules.date_after.match(text, position)
            if when:
                position = when.end()
        position = skip_subject(text, position)
        separator = ITEM_SEPARATOR.match(text, position)
        if not separator:
            return
        position = separator.end()


def skip_subject(text: str, position: int) -> int:
    """Step over what a listed resolution is about, when another number follows:
    "2003/49 of 23 April 2003, on the human rights of persons with disabilities, and 2003/86"."""
    subject = SUBJECT.match(text, position)
    if not subject:
        return position
    window_end = min(len(text), subject.end() + SUBJECT_LENGTH)
    stop = SUBJECT_STOP.search(text, subject.end(), window_end)
    following = NEXT_ITEM.search(text, subject.end(), stop.start() if stop else window_end)
    return following.start() if following else position


def is_resolution_number(item: re.Match[str]) -> bool:
    """ "57/159" or "1373 (2001)" or "3101 (XXVIII)"; a bare "1" is a paragraph of a report."""
    return "/" in item["number"] or item["paren"] is not None


def item_found(
    text: str,
    item: re.Match[str],
    item_date: date | None,
    kind: CitationKind,
    body_name: str | None,
    rules: SymbolRules,
    *,
    unknown_body: bool = False,
    earlier: str | None = None,
    guessed: bool = False,
) -> Found:
    """One numbered resolution. `earlier` is a body named before in the sentence, the owner
    when the General Assembly cannot be ("the Human Rights Council ..., through its resolution
    42/22 of 26 September 2019"); `guessed`: no body was named, the number's shape chose it."""
    shape = number_shape(item)
    guessed = guessed and body_name is None and not unknown_body
    body_name = None if unknown_body else body_name or default_body(item, shape)
    if body_name == "Council":
        body_name = council_for(item, shape, rules)
    if body_name is not None and not fits_session(body_name, item, shape, item_date, rules):
        body_name = earlier if earlier != body_name else None
    body = rules.bodies_by_name.get(body_name or "")
    symbol = numbered_symbol(item, shape, kind, body)
    printed = item.group()
    key = symbol_key(symbol) if symbol else f"{kind}:{body_name}:{' '.join(printed.split())}"
    return Found(
        kind=kind,
        text=printed,
        start=item.start(),
        end=item.end(),
        key=key,
        body=body_name,
        symbol=symbol,
        url=undocs_url(symbol) if symbol else None,
        date=item_date,
        guessed=guessed,
    )


def numbered_symbol(
    item: re.Match[str], shape: str, kind: CitationKind, body: Body | None
) -> str | None:
    """The undocs.org symbol from the body's template for this shape of number, if it has one."""
    if body is None:
        return None
    template = body.templates.get(kind, {}).get(shape)
    if template is None:
        return None
    number = item["number"].replace("\u2011", "-")
    first, _, second = number.partition("/")
    paren = item["paren"] or ""
    letter = (item["letter"] or "").replace("–", "-")
    letter = f" {letter}" if letter else ""  # "A/RES/74/260 B", as the document itself prints
    return template.format(
        number=number, first=first, second=second, year=paren, roman=paren, letter=letter
    )
