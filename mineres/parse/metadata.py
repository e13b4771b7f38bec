"""Header, closing lines and ODS trailer to Metadata: symbol, session, dates, committee, drafts."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from mineres.models import Metadata
from mineres.parse.segment import Blocks, join_lines
from mineres.un.dates import LONG_DATE, parse_long_date
from mineres.un.ods import ODS_SYMBOL
from mineres.un.text_forms import (
    TextForms,
    body_of_formula,
    comparable_arabic,
    first_match,
    parse_date,
    parse_date_any,
    read_agenda_item,
    text_forms,
)

ADOPTED_BY = re.compile(
    r"Resolution adopted by the (?P<body>[A-Z][\w ]+?) (?:on|at) .*?(?P<date>\d{1,2} \w+ \d{4})"
)
TITLE_LINE = re.compile(
    r"^(?P<number>(?:ES-|S-)?\d{1,4}/\d{1,4}(?:\s+[A-Z]{1,2})?|\d{3,4}\s*\(\d{4}\))\.?\s+(?P<title>\S.*)$"
)
COUNCIL_TITLE = re.compile(r"^Resolution (?P<number>\d{1,4} \(\d{4}\))\s*$")
FORMULA_BODY = re.compile(r"^\s*The\s+(?P<body>.+?)\s*,?\s*$")
WITHOUT_COMMITTEE = re.compile(r"without reference to a Main Committee", re.IGNORECASE)
DRAFTS = re.compile(r"\((?P<symbols>[A-Z]+/[^()]+?)\)\s*$")
ODS_JOB = re.compile(r"<<ODS JOB NO>>(?P<job>[A-Z0-9]+)<<ODS JOB NO>>")
AGENDA_ITEM = re.compile(r"Agenda items? (?P<item>[\w ()]+?(?: and [\w ()]+?)?)\s*$")
AGENDA_WORD = "Agenda"  # what every line AGENDA_ITEM matches holds
DISTRIBUTED = re.compile(r"Distr\.:?\s*[^\W\d_]+\s*(?P<rest>.*)$")  # "Distr. générale"
SESSION_SYMBOL = re.compile(r"^A/RES/(?:ES-\d+/)?(?P<session>\d+)/")
RESOLUTION_SYMBOL = re.compile(
    r"^\s*(?P<symbol>[A-Z]{1,6}/RES/[\w./()-]+(?: \(\d{4}\)| [A-H](?:-[A-H])?)?)\s*$"
)
MEETING_LINE = re.compile(
    r"^(?P<meeting>\d+(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting)", re.I
)
BODY_PREFIXES = {
    "General Assembly": "A/RES/",
    "Security Council": "S/RES/",
    "Economic and Social Council": "E/RES/",
    "Human Rights Council": "A/HRC/RES/",
}


# Compiled when a header needs them: "Resolution adopted by ..." (ADOPTED_BY) heads most texts,
# and a bracket "[without reference to a Main Committee ...]" has no report to read.
@cache
def adopted_at_meeting() -> re.Pattern[str]:
    return re.compile(
        r"Adopted by the (?P<body>[A-Z][\w ]+?) at its (?P<meeting>\d+(?:st|nd|rd|th)"
        r"(?: \(resumed\))? meeting),? (?:held )?on (?P<date>\d{1,2} \w+ \d{4})"
    )


@cache
def on_report() -> re.Pattern[str]:
    return re.compile(r"on the report of the (?P<committee>.+?)\s*\((?P<symbol>[A-Z][^()]*)\)\s*$")


@cache
def committee_in_parens() -> re.Pattern[str]:
    return re.compile(r"\((?P<name>[A-Z][a-z]+ Committee)\)")


def read_metadata(blocks: Blocks, language: str | None = None) -> Metadata:
    """Everything the header, the closing lines and the ODS trailer tell about the resolution,
    in the text's own language (read from the text when not given)."""
    language = language or find_language(blocks)
    forms = text_forms(language)
    lines = list(blocks.header)
    trailer = list(blocks.trailer)
    everything = lines + trailer
    formula = FORMULA_BODY.match(blocks.formula or "")
    body = (
        formula["body"] if formula else body_of_formula(blocks.formula or "") or "General Assembly"
    )
    adopted: date | None = None
    meeting: str | None = None
    for line in [*lines, *blocks.closing]:
        match = ADOPTED_BY.search(line) or adopted_at_meeting().search(line)
        if match:
            body = match["body"]
            adopted = parse_long_date(match["date"])
            meeting = match.groupdict().get("meeting")
            break
        translated = first_match(forms.adopted_patterns, line)
        if translated:
            adopted = parse_date(translated["date"], language)
            break

    number, title = find_number_and_title(lines, forms)
    committee, report, drafts = read_bracket(lines, forms)
    symbol = find_symbol(everything, number, body)
    session = find_session(symbol, number)
    meeting = meeting or next(
        (found for line in blocks.closing if (found := meeting_on(line, forms))), None
    )
    if adopted is None:
        adopted = next(
            (d for line in blocks.closing if (d := parse_date_any(line, language))), None
        )
    job = next((m["job"] for line in trailer if (m := ODS_JOB.search(line))), None)
    return Metadata(
        symbol=symbol,
        number=number,
        session=session,
        agenda_item=find_agenda_item(everything, forms),
        title=title,
        adopted=adopted,
        meeting=meeting,
        distributed=find_distribution_date(everything, language),
        committee=committee,
        drafts=drafts,
        report=report,
        body=body,
        ods_job_number=job,
        language=language,
        layout=blocks.layout,
    )


def meeting_on(line: str, forms: TextForms) -> str | None:
    """The meeting a closing line names, as written ("الجلسـة العامة 47" keeps its tatweel,
    though it is recognised without it)."""
    match = MEETING_LINE.match(line) or forms.meeting_pattern.match(line)
    if match:
        return match["meeting"]
    if forms.meeting_pattern.match(comparable_arabic(line)):
        return line.strip()
    return None


def find_agenda_item(lines: list[str], forms: TextForms) -> str | None:
    """ "Agenda item 47", "Point 20 b) de l’ordre du jour" -> "47", "20 (b)".

    Only a line holding a word the patterns print as written ("Agenda", agenda_words) is
    asked them: one search of the cover page's other lines, not three and a call each."""
    holds_a_word = agenda_gate(forms.agenda_words).search
    for line in lines:
        if not holds_a_word(line):
            continue
        match = AGENDA_ITEM.search(line)
        if match:
            return match["item"]
        translated = first_match(forms.agenda_patterns, line.strip())
        if translated:
            return read_agenda_item(translated["item"], forms.language)
    return None


@cache
def agenda_gate(words: frozenset[str]) -> re.Pattern[str]:
    """Any of `words` or AGENDA_ITEM's "Agenda" (one pattern per language, sorted: the same
    pattern in every process)."""
    return re.compile("|".join(map(re.escape, sorted(words | {AGENDA_WORD}))))


def find_language(blocks: Blocks) -> str:
    """The text's own language (English when it does not say clearly)."""
    from mineres.un.languages import LANGUAGE_SAMPLE, text_language

    opening = "\n".join([*blocks.header, blocks.formula or "", *blocks.body[:2]])
    return text_language(opening[:LANGUAGE_SAMPLE]) or "en"


def find_number_and_title(
    lines: list[str], forms: TextForms | None = None
) -> tuple[str | None, str | None]:
    """ "58/127.  Assistance in mine action", with the title running on to the next lines."""
    for index, line in enumerate(lines):
        council = COUNCIL_TITLE.match(line)
        if council:
            return council["number"], None
        match = TITLE_LINE.match(line)
        if match and not RESOLUTION_SYMBOL.match(line):
            title_lines = [match["title"].strip()]
            for following in lines[index + 1 :]:
                if ends_title(following, forms):
                    break
                title_lines.append(following.strip())
            number = re.sub(r"\s+", " ", match["number"]).strip()
            return number, join_lines(title_lines)
    return None, None


def ends_title(line: str, forms: TextForms | None = None) -> bool:
    """What follows a title: the bracket line, a date, a symbol or the session on a line."""
    return bool(
        line.startswith("[")
        or re.search(LONG_DATE, line)
        or (forms is not None and forms.date_pattern.search(line))
        or RESOLUTION_SYMBOL.match(line)
        or re.match(r"^(?:Distr\.|Agenda item|[A-Z][a-z-]+ session$)", line)
    )


def read_bracket(
    lines: list[str], forms: TextForms | None = None
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """ "[without reference to a Main Committee (A/58/L.50 and Add.1)]" or "[on the report of ...]",
    in English or in the text's own language ("[sur la base du rapport de la ...]")."""
    text = " ".join(lines)
    start = text.find("[")
    end = text.find("]", start)
    if start < 0 or end < 0:
        return None, None, ()
    inside = text[start + 1 : end].strip()
    if WITHOUT_COMMITTEE.search(inside) or (
        forms is not None and forms.without_committee_pattern.search(inside)
    ):
        drafts = DRAFTS.search(inside)
        conjunction = forms.conjunction if forms is not None else " and "
        return None, None, expand_symbols(drafts["symbols"], conjunction) if drafts else ()
    translated = first_match(forms.on_report_patterns, inside) if forms is not None else None
    if translated and forms is not None and forms.language != "en":
        printed = collapse(translated["committee"])
        names = {collapse(name): english for english, name in forms.committees.items()}
        report = (translated.groupdict().get("report") or "").strip() or None
        return names.get(printed, printed), report, ()
    report = on_report().search(inside)
    if report:
        named = committee_in_parens().search(report["committee"] + ")")
        committee = named["name"] if named else report["committee"].removeprefix("the ").strip()
        committee = re.sub(r"\s*\($", "", committee)
        return committee, report["symbol"].strip(), ()
    return None, None, ()


def collapse(text: str) -> str:
    return " ".join(text.split())


def expand_symbols(text: str, conjunction: str = " and ") -> tuple[str, ...]:
    """ "A/58/L.50 and Add.1" -> ("A/58/L.50", "A/58/L.50/Add.1");
    "A/77/L.12/Rev.1 and Add.1" -> ("A/77/L.12/Rev.1", "A/77/L.12/Rev.1/Add.1");
    "A/75/L.42和A/75/L.42/Add.1" (Chinese) -> ("A/75/L.42", "A/75/L.42/Add.1")."""
    symbols: list[str] = []
    joined = re.escape(conjunction.strip())
    for part in re.split(rf",\s*|\s+and\s+|\s*{joined}\s*(?=[A-Z])", text):
        part = part.strip()
        if not part:
            continue
        kind = re.match(r"^(Add|Corr|Rev)\.\d+$", part)
        if kind and symbols:
            base = re.sub(rf"/{kind[1]}\.\d+$", "", symbols[-1])  # "Rev.1 and Add.1" keeps Rev.1
            symbols.append(f"{base}/{part}")
        else:
            symbols.append(part)
    return tuple(symbols)


def find_symbol(lines: list[str], number: str | None, body: str) -> str | None:
    for line in lines:
        match = ODS_SYMBOL.search(line)
        if match and match["symbol"].strip():
            return match["symbol"].strip()
    for line in lines:
        match = RESOLUTION_SYMBOL.match(line)
        if match:
            return match["symbol"]
    for line in lines:
        embedded = re.search(r"(?<![A-Z])(A/RES/\d+/\d+)", line)
        if embedded:
            return embedded.group(1)
    if number and "/" in number and body in BODY_PREFIXES:
        return BODY_PREFIXES[body] + number.replace(" ", "")
    return None


def find_session(symbol: str | None, number: str | None) -> int | None:
    if symbol:
        match = SESSION_SYMBOL.match(symbol)
        if match:
            return int(match["session"])
    if number and re.match(r"^\d+/", number):
        return int(number.split("/")[0])
    return None


def find_distribution_date(lines: list[str], language: str = "en") -> date | None:
    """The cover page's date under "Distr.: General", glued to it in the ODS export."""
    for index, line in enumerate(lines):
        match = DISTRIBUTED.search(line)
        if match:
            for candidate in [match["rest"], *lines[index + 1 : index + 3]]:
                found = parse_date_any(candidate, language)
                if found:
                    return found
    return None
