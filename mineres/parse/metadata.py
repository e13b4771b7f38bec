"""Header, closing lines and ODS trailer to Metadata: symbol, session, dates, committee, drafts."""

from __future__ import annotations

import re
from datetime import date

from mineres.models import Metadata
from mineres.parse.segment import Blocks, join_lines
from mineres.un.dates import LONG_DATE, parse_long_date

ADOPTED_BY = re.compile(
    r"Resolution adopted by the (?P<body>[A-Z][\w ]+?) (?:on|at) .*?(?P<date>\d{1,2} \w+ \d{4})"
)
TITLE_LINE = re.compile(
    r"^(?P<number>(?:ES-|S-)?\d{1,4}/\d{1,4}(?:\s+[A-Z]{1,2})?|\d{3,4}\s*\(\d{4}\))\.?\s+(?P<title>\S.*)$"
)
ADOPTED_AT_MEETING = re.compile(
    r"Adopted by the (?P<body>[A-Z][\w ]+?) at its (?P<meeting>\d+(?:st|nd|rd|th)"
    r"(?: \(resumed\))? meeting),? (?:held )?on (?P<date>\d{1,2} \w+ \d{4})"
)
COUNCIL_TITLE = re.compile(r"^Resolution (?P<number>\d{1,4} \(\d{4}\))\s*$")
FORMULA_BODY = re.compile(r"^\s*The\s+(?P<body>.+?)\s*,?\s*$")
WITHOUT_COMMITTEE = re.compile(r"without reference to a Main Committee", re.IGNORECASE)
ON_REPORT = re.compile(r"on the report of the (?P<committee>.+?)\s*\((?P<symbol>[A-Z][^()]*)\)\s*$")
COMMITTEE_IN_PARENS = re.compile(r"\((?P<name>[A-Z][a-z]+ Committee)\)")
DRAFTS = re.compile(r"\((?P<symbols>[A-Z]+/[^()]+?)\)\s*$")
ODS_JOB = re.compile(r"<<ODS JOB NO>>(?P<job>[A-Z0-9]+)<<ODS JOB NO>>")
ODS_SYMBOL = re.compile(r"<<ODS DOC SYMBOL1>>(?P<symbol>[^<]+)<<ODS DOC SYMBOL1>>")
AGENDA_ITEM = re.compile(r"Agenda items? (?P<item>[\w ()]+?(?: and [\w ()]+?)?)\s*$")
DISTRIBUTED = re.compile(r"Distr\.:\s*\w+\s*(?P<rest>.*)$")
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


def read_metadata(blocks: Blocks) -> Metadata:
    """Everything the header, the closing lines and the ODS trailer tell about the resolution."""
    lines = list(blocks.header)
    trailer = list(blocks.trailer)
    everything = lines + trailer
    formula = FORMULA_BODY.match(blocks.formula or "")
    body = formula["body"] if formula else "General Assembly"
    adopted: date | None = None
    meeting: str | None = None
    for line in [*lines, *blocks.closing]:
        match = ADOPTED_BY.search(line) or ADOPTED_AT_MEETING.search(line)
        if match:
            body = match["body"]
            adopted = parse_long_date(match["date"])
            meeting = match.groupdict().get("meeting")
            break

    number, title = find_number_and_title(lines)
    committee, report, drafts = read_bracket(lines)
    symbol = find_symbol(everything, number, body)
    session = find_session(symbol, number)
    meeting = meeting or next(
        (m["meeting"] for line in blocks.closing if (m := MEETING_LINE.match(line))), None
    )
    if adopted is None:
        adopted = next((d for line in blocks.closing if (d := parse_long_date(line))), None)
    job = next((m["job"] for line in trailer if (m := ODS_JOB.search(line))), None)
    return Metadata(
        symbol=symbol,
        number=number,
        session=session,
        agenda_item=next(
            (m["item"] for line in everything if (m := AGENDA_ITEM.search(line))), None
        ),
        title=title,
        adopted=adopted,
        meeting=meeting,
        distributed=find_distribution_date(everything),
        committee=committee,
        drafts=drafts,
        report=report,
        body=body,
        ods_job_number=job,
        language=find_language(blocks),
        layout=blocks.layout,
    )


def find_language(blocks: Blocks) -> str:
    """The text's own language (English when it does not say clearly)."""
    from mineres.un.languages import LANGUAGE_SAMPLE, text_language

    opening = "\n".join([*blocks.header, blocks.formula or "", *blocks.body[:2]])
    return text_language(opening[:LANGUAGE_SAMPLE]) or "en"


def find_number_and_title(lines: list[str]) -> tuple[str | None, str | None]:
    """ "58/127.  Assistance in mine action", with the title running on to the next lines."""
    for index, line in enumerate(lines):
        council = COUNCIL_TITLE.match(line)
        if council:
            return council["number"], None
        match = TITLE_LINE.match(line)
        if match and not RESOLUTION_SYMBOL.match(line):
            title_lines = [match["title"].strip()]
            for following in lines[index + 1 :]:
                if ends_title(following):
                    break
                title_lines.append(following.strip())
            number = re.sub(r"\s+", " ", match["number"]).strip()
            return number, join_lines(title_lines)
    return None, None


def ends_title(line: str) -> bool:
    """What follows a title: the bracket line, a date, a symbol or the session on a line."""
    return bool(
        line.startswith("[")
        or LONG_DATE.search(line)
        or RESOLUTION_SYMBOL.match(line)
        or re.match(r"^(?:Distr\.|Agenda item|[A-Z][a-z-]+ session$)", line)
    )


def read_bracket(lines: list[str]) -> tuple[str | None, str | None, tuple[str, ...]]:
    """ "[without reference to a Main Committee (A/58/L.50 and Add.1)]" or "[on the report of ...]"."""
    text = " ".join(lines)
    start = text.find("[")
    end = text.find("]", start)
    if start < 0 or end < 0:
        return None, None, ()
    inside = text[start + 1 : end].strip()
    if WITHOUT_COMMITTEE.search(inside):
        drafts = DRAFTS.search(inside)
        return None, None, expand_symbols(drafts["symbols"]) if drafts else ()
    report = ON_REPORT.search(inside)
    if report:
        named = COMMITTEE_IN_PARENS.search(report["committee"] + ")")
        committee = named["name"] if named else report["committee"].removeprefix("the ").strip()
        committee = re.sub(r"\s*\($", "", committee)
        return committee, report["symbol"].strip(), ()
    return None, None, ()


def expand_symbols(text: str) -> tuple[str, ...]:
    """ "A/58/L.50 and Add.1" -> ("A/58/L.50", "A/58/L.50/Add.1");
    "A/77/L.12/Rev.1 and Add.1" -> ("A/77/L.12/Rev.1", "A/77/L.12/Rev.1/Add.1")."""
    symbols: list[str] = []
    for part in re.split(r",\s*|\s+and\s+", text):
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


def find_distribution_date(lines: list[str]) -> date | None:
    """The cover page's date under "Distr.: General", glued to it in the ODS export."""
    for index, line in enumerate(lines):
        match = DISTRIBUTED.search(line)
        if match:
            for candidate in [match["rest"], *lines[index + 1 : index + 3]]:
                found = parse_long_date(candidate)
                if found:
                    return found
    return None
