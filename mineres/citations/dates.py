"""The date printed after (or, in Chinese, before) a cited resolution, in any official language."""

from __future__ import annotations

import re
from datetime import date

from mineres.citations.rules import LanguageRules, month_key, symbol_rules


def date_before(text: str, start: int, language: LanguageRules) -> date | None:
    if language.date_before is None:
        return None
    when = language.date_before.search(text, max(0, start - 16), start)
    return date_from(when, {}) if when else None


def date_from(match: re.Match[str], months: dict[str, int]) -> date | None:
    month = match["month"]
    try:
        number = int(month) if month.isdigit() else months[month_key(month)]
        return date(int(match["year"]), number, int(match["day"]))
    except (KeyError, ValueError):
        return None


def date_after(text: str, end: int) -> date | None:
    rules = symbol_rules()
    match = rules.date_after.match(text, end)
    return date_from(match, rules.months) if match else None
