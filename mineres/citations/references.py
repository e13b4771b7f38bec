"""References that are not UN symbols: the Treaty Series, sales numbers of publications,
Official Records without a symbol, and web addresses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mineres.citations.instruments import catalogue_for
from mineres.citations.mentions import Found
from mineres.citations.rules import compiled_once
from mineres.citations.symbols import DIGIT, starts_a_word

TREATY_NUMBERS = r"\d{1,6}(?:(?:,[ \u00a0]|[ \u00a0]and[ \u00a0]|[–-])\d{1,6}){0,20}"


# The patterns below are compiled once a text needs them (compiled_once): most resolutions
# cite no sales number, Official Records or web address, and a few cite no treaty.
# "United Nations, Treaty Series, vol. 2515, No. 44910", or "Ibid., vol. 2048, No. 22495" after
# a footnote citing the series (resolve_ibid): one pattern, compiled once for both (each alone
# costs ~0.2 ms to compile). Neither can start inside the other, so finditer finds each as
# it would alone.
TREATY_SERIES = (
    r"(?:(?P<series>United Nations|League of Nations),[ \u00a0]Treaty[ \u00a0]Series|Ibid\.)"
    rf",[ \u00a0]vols?\.[ \u00a0](?P<volumes>{TREATY_NUMBERS}),[ \u00a0]"
    rf"Nos?\.[ \u00a0](?P<numbers>{TREATY_NUMBERS})"
)


IBID = re.compile(r"(?:See[ \u00a0]+)?Ibid\.?")


SALES_NUMBER = r"Sales[ \u00a0]Nos?\.[ \u00a0](?P<number>[A-Z]{1,3}(?:\.[A-Z0-9]{1,6}){2,6})"


URL = r"(?:https?://|www\.)[^\s<>\"'()\[\]]+"  # anchored on a literal: fast


URL_TRAILING = ".,;:!?’”"


RECORDS_START = r"Official[ \u00a0]Records[ \u00a0]of[ \u00a0]the[ \u00a0](?=[A-Z])"


RECORDS_SUPPLEMENT = (
    r"Supplement[ \u00a0](?:No\.[ \u00a0]\d{1,3}[A-Z]?"
    r"|for[ \u00a0][A-Z][a-z]+(?:,?[ \u00a0](?:and[ \u00a0])?[A-Z][a-z]+){0,11}[ \u00a0]\d{4})"
)


RECORDS_LENGTH = 130


ABBREVIATIONS = frozenset(
    {"No", "Nos", "vol", "vols", "Vol", "Vols", "chap", "sect", "para", "paras"}
)


RECORDS_FOLLOW = r"(?:[ \u00a0]and[ \u00a0]corrigend(?:um|a))?,?[ \u00a0]?(?:\(|document[ \u00a0])"


def find_treaty_series(text: str) -> list[Found]:
    """ "United Nations, Treaty Series, vol. 2515, No. 44910"."""
    return [
        treaty_found(match["series"], match["volumes"], match["numbers"], match)
        for match in compiled_once(TREATY_SERIES).finditer(text)
        if match["series"]  # not "Ibid., vol. ...": resolve_ibid reads it
    ]


def treaty_found(series: str, volumes: str, numbers: str, match: re.Match[str]) -> Found:
    volume_word = "vols." if DIGIT.search(volumes.lstrip("0123456789")) else "vol."
    number_word = "Nos." if DIGIT.search(numbers.lstrip("0123456789")) else "No."
    place = f"{volume_word} {volumes}, {number_word} {numbers}"
    reference = f"{series}, Treaty Series, {place}"
    instrument = None
    if series == "United Nations":
        printed_place = " ".join(place.split()).lower()
        instrument = catalogue_for("en").by_treaty.get(printed_place)  # alike in every one
    return Found(
        kind="treaty_series",
        text=reference if match.group().startswith("Ibid") else match.group(),
        start=match.start(),
        end=match.end(),
        key="treaty:" + " ".join(reference.split()).lower(),
        name=instrument.name if instrument else None,
    )


def find_sales_numbers(text: str) -> list[Found]:
    """ "(United Nations publication, Sales No. E.81.IX.4)"."""
    return [
        Found(
            kind="publication",
            text=match.group(),
            start=match.start(),
            end=match.end(),
            key="sales:" + match["number"].upper(),
        )
        for match in compiled_once(SALES_NUMBER).finditer(text)
    ]


def find_official_records(text: str, symbols: Sequence[Found]) -> list[Found]:
    """ "Official Records of the General Assembly, ..., Supplement No. 10", when no symbol
    follows it: with a symbol, the symbol is the citation."""
    symbol_starts = {found.start for found in symbols}
    found: list[Found] = []
    for match in compiled_once(RECORDS_START).finditer(text):
        end = records_end(text, match.end())
        if end is None:
            continue
        printed = text[match.start() : end].rstrip(" ,.")
        end = match.start() + len(printed)
        follow = compiled_once(RECORDS_FOLLOW).match(text, end)
        if follow and follow.end() in symbol_starts:
            continue
        found.append(
            Found(
                kind="official_records",
                text=printed,
                start=match.start(),
                end=end,
                key="records:" + " ".join(printed.split()).lower(),
            )
        )
    return found


def sentence_end(text: str, start: int, limit: int) -> int:
    """The first ". " that ends a sentence, not an abbreviation ("No. 8", "vol. 2"), or -1."""
    position = text.find(". ", start, limit)
    while position != -1:
        word = text[text.rfind(" ", start, position) + 1 : position]
        if word not in ABBREVIATIONS:
            return position
        position = text.find(". ", position + 1, limit)
    return -1


def records_end(text: str, start: int) -> int | None:
    """Where an Official Records reference ends: after its supplement number, or before a
    bracket, a semicolon or the end of the sentence, within RECORDS_LENGTH characters."""
    limit = min(len(text), start + RECORDS_LENGTH)
    stops = [text.find(mark, start, limit) for mark in ("(", ";", "\n")]
    stops.append(sentence_end(text, start, limit))
    if text.endswith(".", start, limit) and limit == len(text):
        stops.append(limit - 1)
    stop = min((position for position in stops if position != -1), default=-1)
    supplement_at = text.find("Supplement", start, stop if stop != -1 else limit)
    if supplement_at != -1:
        supplement = compiled_once(RECORDS_SUPPLEMENT).match(text, supplement_at)
        if supplement:
            return supplement.end()
    return None if stop == -1 else stop


def find_urls(text: str) -> list[Found]:
    """ "www.mineaction.org", "https://www.un.org/disarmament/"."""
    found: list[Found] = []
    for match in compiled_once(URL).finditer(text):
        if not starts_a_word(text, match.start()):  # "xwww.", "a@www.", ".../www."
            continue
        printed = match.group().rstrip(URL_TRAILING)
        if "." not in printed.split("//", 1)[-1]:
            continue
        url = printed if printed.startswith("http") else "https://" + printed
        bare = printed.split("//", 1)[1] if "//" in printed else printed
        found.append(
            Found(
                kind="url",
                text=printed,
                start=match.start(),
                end=match.start() + len(printed),
                key="url:" + bare.lower().rstrip("/"),
                url=url,
            )
        )
    return found
