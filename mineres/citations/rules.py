"""The citation rules read from data files: bodies, symbol series, number shapes, dates and the
words each official language uses for "resolution" (data/symbols.yaml), read once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from mineres.store.datafiles import load_data_file


@dataclass(frozen=True)
class Body:
    name: str
    aliases: tuple[tuple[str, ...], ...]  # each alias as words, longest first
    templates: dict[str, dict[str, str]]  # {"resolution": {"numbered": "A/RES/{number}"}}
    numbered_from: int | None = None  # the first session that numbered its resolutions "31/1"


@dataclass(frozen=True)
class LanguageRules:
    """How another official language cites resolutions by number (data/symbols.yaml)."""

    keyword: re.Pattern[str]
    decision_words: frozenset[str]  # lower case
    join: re.Pattern[str]
    date_after: re.Pattern[str] | None
    date_before: re.Pattern[str] | None
    months: dict[str, int]
    other_bodies: tuple[str, ...]
    body_window: int  # how near another body's name must stand, in characters
    number_first: bool


@dataclass(frozen=True)
class ListRules:
    """How one language writes a list of resolution numbers (data/symbols.yaml)."""

    item: re.Pattern[str]  # one number, its letters and its session or year
    letter: re.Pattern[str]  # one letter of the letters group
    range_word: re.Pattern[str] | None  # "to" in "A to E"
    date_after: re.Pattern[str] | None
    months: dict[str, int]
    separator: re.Pattern[str]  # between two members
    interrupter: (
        re.Pattern[str] | None
    )  # a clause about the member before: ", on ...", ", which ..."


@dataclass(frozen=True)
class SymbolRules:
    bodies: tuple[Body, ...]
    bodies_by_name: dict[str, Body]
    body_by_alias: dict[str, str]  # "ESCAP" -> "Economic and Social Commission for Asia ..."
    council_by_shape: dict[str, str]
    own_body_words: frozenset[str]
    foreign_body_words: frozenset[str]
    undocs_series: frozenset[str]
    max_series_length: int
    designation: re.Pattern[str]
    issuance: re.Pattern[str]
    inside_document_words: frozenset[str]
    months: dict[str, int]
    date_after: re.Pattern[str]
    languages: dict[str, LanguageRules]
    lists: dict[str, ListRules]  # "en", "fr", ...
    record_range: re.Pattern[str]  # the last part of a record that a range may follow: "SR.11"
    max_range: int


@cache
def body_names() -> re.Pattern[str]:
    aliases = symbol_rules().body_by_alias
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in longest_first(aliases)) + r")\b")


@cache
def symbol_rules() -> SymbolRules:
    data = load_data_file("symbols.yaml")
    bodies = tuple(body_from_data(entry) for entry in data["bodies"])
    months = {name: number for number, name in enumerate(data["months"], start=1)}
    month_names = "|".join(months)
    english_date = re.compile(
        rf",?[ \u00a0]of[ \u00a0](?P<day>\d{{1,2}})[ \u00a0](?P<month>{month_names})"
        r"[ \u00a0](?P<year>\d{4})"
    )
    return SymbolRules(
        bodies=bodies,
        bodies_by_name={body.name: body for body in bodies},
        body_by_alias={
            " ".join(alias): body.name
            for body in bodies
            for alias in body.aliases
            if len(alias) > 1 or alias[0].isupper()  # "Assembly" alone may be any assembly
        },
        council_by_shape=dict(data["council_by_shape"]),
        own_body_words=frozenset(data["own_body_words"]),
        foreign_body_words=frozenset(data["foreign_body_words"]),
        undocs_series=frozenset(data["undocs_series"]),
        max_series_length=int(data["max_series_length"]),
        designation=re.compile(
            r"[ \u00a0]?\((?P<word>"
            + "|".join(re.escape(word) for word in longest_first(data["designation_words"]))
            + r")(?P<rest>[^()\n]{0,40})\)",
            re.IGNORECASE,
        ),
        issuance=re.compile(
            r"(?:,?[ \u00a0]and|,)[ \u00a0](?P<word>"
            + "|".join(re.escape(word) for word in longest_first(data["issuance_words"]))
            + r")[ \u00a0]?(?P<number>\d{1,3})(?![\w/])"
        ),
        inside_document_words=frozenset(data["inside_document_words"]),
        months=months,
        date_after=english_date,
        languages={
            code: language_from_data(entry) for code, entry in data.get("languages", {}).items()
        },
        lists={
            "en": lists_from_data(data["enumeration"], months, english_date),
            **{
                code: lists_from_data(entry, *language_dates(entry))
                for code, entry in data.get("languages", {}).items()
            },
        },
        record_range=re.compile(
            r"/(?:"
            + "|".join(re.escape(word) for word in longest_first(data["record_ranges"]))
            + r")(?P<first>\d{1,4})$"
        ),
        max_range=int(data["max_range"]),
    )


def language_from_data(entry: dict[str, Any]) -> LanguageRules:
    words = longest_first([*entry["resolution"], *entry["decision"]])
    alternatives = "|".join(re.escape(word) for word in words)
    if entry.get("number_first"):
        keyword = re.compile(
            r"第[ \u00a0]?(?P<number>(?:E?S-)?\d{1,4}/\d{1,4}|\d{1,4})"
            r"(?:[ \u00a0]?(?P<letters>[A-Z]{1,2}))?"
            r"(?:[ \u00a0]?[(（](?P<paren>\d{4}|[IVXLC]{1,8}|E?S-[IVXL]{1,6})[)）])?"
            rf"[ \u00a0]?号(?P<word>{alternatives})"
        )
    else:
        keyword = re.compile(rf"(?<!\w)(?P<word>(?i:{alternatives}))[ \u00a0]+(?=[\dES])")
    months = {name: number for number, name in enumerate(entry.get("months", []), start=1)}
    month_names = "|".join(re.escape(name) for name in longest_first(months))
    joins = "|".join(re.escape(word) for word in entry.get("joins", []))
    return LanguageRules(
        keyword=keyword,
        decision_words=frozenset(word.lower() for word in entry["decision"]),
        join=re.compile(
            rf"(?:[,،][ \u00a0]*(?:(?:{joins})[ \u00a0]+)?|[ \u00a0]+(?:{joins})[ \u00a0]*)"
            if joins
            else r"[,،、][ \u00a0]*"
        ),
        date_after=(
            re.compile(entry["date_after"].replace("{months}", month_names))
            if "date_after" in entry
            else None
        ),
        date_before=re.compile(entry["date_before"]) if "date_before" in entry else None,
        months=months,
        other_bodies=tuple(entry.get("other_bodies", [])),
        body_window=int(entry.get("body_window", 50)),
        number_first=bool(entry.get("number_first")),
    )


def body_from_data(entry: dict[str, Any]) -> Body:
    aliases = sorted((tuple(alias.split()) for alias in entry["aliases"]), key=len, reverse=True)
    templates: dict[str, dict[str, str]] = {
        kind: dict(entry[kind]) for kind in ("resolution", "decision") if kind in entry
    }
    return Body(
        name=entry["name"],
        aliases=tuple(aliases),
        templates=templates,
        numbered_from=entry.get("numbered_from"),
    )


def longest_first(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


SPACE = r"[ \u00a0]"
LETTER = r"[A-Z]{1,2}(?:[-–][A-Z]{1,2})?(?![\w/])"


def alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", SPACE) for word in longest_first(words))


def language_dates(entry: dict[str, Any]) -> tuple[dict[str, int], re.Pattern[str] | None]:
    months = {name: number for number, name in enumerate(entry.get("months", []), start=1)}
    if "date_after" not in entry:
        return months, None
    month_names = "|".join(re.escape(name) for name in longest_first(months))
    return months, re.compile(entry["date_after"].replace("{months}", month_names))


def lists_from_data(
    entry: dict[str, Any], months: dict[str, int], date_after: re.Pattern[str] | None
) -> ListRules:
    """The item, separator and interrupter patterns of one language. Every member starts with a
    digit ("57/159", "3263 (XXIX)") or an "ES-"/"S-" session, so each pattern is tried only
    where a list may go on, never scanned over the text."""
    letter_words = [*entry.get("letter_joins", []), *entry.get("range_words", [])]
    letter_join = (
        rf"(?:,{SPACE}|{SPACE}(?:{alternatives(letter_words)}){SPACE})"
        if letter_words
        else f",{SPACE}"
    )
    item = re.compile(
        r"(?P<number>(?:E?S[-\u2011])?\d{1,4}/\d{1,4}|\d{1,4})"
        rf"(?:{SPACE}?(?P<letters>{LETTER}(?:{letter_join}{LETTER})*))?"
        rf"(?:{SPACE}?\((?P<paren>\d{{4}}|[IVXLC]{{1,8}}|E?S-[IVXL]{{1,6}})\))?"
        r"(?![\w/])"
    )
    joins = entry.get("joins", [])
    separator = (
        rf"(?:[,;،][ \u00a0]*(?:(?:{alternatives(joins)})[ \u00a0]*)?|[ \u00a0]+(?:{alternatives(joins)})[ \u00a0]*)"
        if joins
        else r"[,;،、][ \u00a0]*"
    )
    ranges = entry.get("range_words", [])
    interrupters = entry.get("interrupters", [])
    return ListRules(
        item=item,
        letter=re.compile(LETTER),
        range_word=re.compile(rf"{SPACE}(?:{alternatives(ranges)}){SPACE}") if ranges else None,
        date_after=date_after,
        months=months,
        separator=re.compile(separator),
        interrupter=(
            re.compile(rf",?{SPACE}(?:{alternatives(interrupters)}){SPACE}")
            if interrupters
            else None
        ),
    )
