"""The words and marks each official language prints a resolution's text with.

The entries live in `data/text_layouts.yaml`; this module turns them into what the layout
renderers fill in (templates) and what the parser matches (patterns), so both read one list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from mineres.frozen import frozen_dataclass
from mineres.store.datafiles import load_data_file
from mineres.un.numbering import (
    is_latin_section_label,
    section_label,
    word_label_openings,
)

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
PLACEHOLDER = re.compile(r"\\?\{(?P<name>\w+)\\?\}")
ANY_SPACE = re.compile(r"(?:\\ )+")


@frozen_dataclass
class TextForms:
    """One language's printed forms, as templates and as compiled patterns."""

    language: str
    formula: str
    adopted: str
    on_report: str
    without_committee: str
    conjunction: str  # " and ", " et ", "和"
    agenda_item: str
    agenda_items: str
    agenda_letter: str
    date: str
    months: tuple[str, ...]
    paragraph_number: str
    subparagraph_label: str
    distribution: str
    united_nations: str
    general_assembly: str
    cover_date_language: str  # Russian, Arabic and Chinese cover pages date in English
    committees: dict[str, str]  # English name -> printed name
    letters: tuple[str, ...]  # sub-paragraph letters when not a, b, c (Arabic)
    joins_without_space: bool
    other_formulas: dict[str, str]  # "Security Council" -> "Le Conseil de sécurité,"

    # The patterns are compiled when first asked for, once per language: a run reading an
    # English text asks for a few of them, and all of them cost ~1 ms to compile.
    @property
    def date_pattern(self) -> re.Pattern[str]:
        return date_forms(self.language)[0]

    @property
    def adopted_patterns(self) -> tuple[re.Pattern[str], ...]:
        return adopted_patterns(self.language)

    @property
    def on_report_patterns(self) -> tuple[re.Pattern[str], ...]:
        return on_report_patterns(self.language)

    @property
    def without_committee_pattern(self) -> re.Pattern[str]:
        return without_committee_pattern(self.language)

    @property
    def agenda_patterns(self) -> tuple[re.Pattern[str], ...]:
        return agenda_patterns(self.language)

    @property
    def agenda_words(self) -> frozenset[str]:
        return agenda_words(self.language)

    @property
    def meeting_pattern(self) -> re.Pattern[str]:
        return meeting_pattern(self.language)

    @property
    def formula_pattern(self) -> re.Pattern[str]:
        return formula_pattern(self.formula)


@cache
def text_forms(language: str) -> TextForms:
    """The forms of `language`; English for a language the data does not know."""
    data = load_data_file("text_layouts.yaml")
    entry = data.get(language) or data["en"]
    code = language if language in data else "en"
    return TextForms(
        language=code,
        formula=entry["formula"],
        adopted=entry["adopted"],
        on_report=entry["on_report"],
        without_committee=entry["without_committee"],
        conjunction=entry["and"],
        agenda_item=entry["agenda_item"],
        agenda_items=entry["agenda_items"],
        agenda_letter=entry["agenda_letter"],
        date=entry["date"],
        months=tuple(str(month) for month in entry["months"]),
        paragraph_number=entry["paragraph_number"],
        subparagraph_label=entry["subparagraph_label"],
        distribution=entry["distribution"],
        united_nations=entry["united_nations"],
        general_assembly=entry["general_assembly"],
        cover_date_language=entry["cover_date_language"],
        committees=dict(entry["committees"]),
        letters=tuple(entry.get("letters", ())),
        joins_without_space=bool(entry.get("joins_without_space", False)),
        other_formulas=dict(entry.get("other_formulas", {})),
    )


def entry_of(language: str) -> dict[str, Any]:
    """The data entry of a language text_forms knows (TextForms.language)."""
    data = load_data_file("text_layouts.yaml")
    entry: dict[str, Any] = data.get(language) or data["en"]
    return entry


@cache
def adopted_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    entry = entry_of(language)
    dated = f"(?P<date>{ungrouped(date_source(entry))})"
    return tuple(
        re.compile(template_pattern(entry[key], date=dated), re.IGNORECASE)
        for key in ("adopted_plural", "adopted")
    )


@cache
def on_report_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    entry = entry_of(language)
    return tuple(
        re.compile(
            template_pattern(
                template.strip("[]"),
                committee="(?P<committee>.+?)",
                report=r"(?P<report>[^()]*)",
            )
            + r"\s*$"
        )
        for template in report_templates([entry["on_report"], *entry.get("on_report_also", ())])
    )


@cache
def without_committee_pattern(language: str) -> re.Pattern[str]:
    template = entry_of(language)["without_committee"]
    return re.compile(template_pattern(template.strip("[").split("(")[0].strip()), re.IGNORECASE)


@cache
def agenda_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    entry = entry_of(language)
    return tuple(
        re.compile(template_pattern(entry[key], item=r"(?P<item>\S.*?)") + r"\s*$")
        for key in ("agenda_items", "agenda_item")
    )


@cache
def agenda_words(language: str) -> frozenset[str]:
    """A word each agenda template of `language` prints as it is: its longest run of
    characters between spaces and fields ("Agenda", "l’ordre", "议程项目"). The patterns are
    case-sensitive and match those characters only as written, so a line holding none of
    these words matches none of agenda_patterns, and is not asked them."""
    entry = entry_of(language)
    return frozenset(
        # the words parted by spaces and fields
        max(re.split(r"\s+|\{\w+\}", entry[key]), key=len)
        for key in ("agenda_items", "agenda_item")
    )


@cache
def meeting_pattern(language: str) -> re.Pattern[str]:
    return re.compile(meeting_source(entry_of(language)), re.IGNORECASE)


def date_source(entry: dict[str, Any]) -> str:
    """The pattern of a date as the language's entry prints it, each part a group."""
    months = tuple(str(month) for month in entry["months"])
    return template_pattern(
        entry["date"],
        day=rf"(?P<day>{entry['day']})",
        month="(?P<month>" + "|".join(re.escape(m) for m in months) + ")",
        year=r"(?P<year>\d{4})",
    )


@cache
def date_forms(language: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The language's date pattern and months, as text_forms has them, without compiling the
    rest of its forms: a date is looked for in every language (parse_date_any)."""
    data = load_data_file("text_layouts.yaml")
    entry = data.get(language) or data["en"]
    months = tuple(str(month) for month in entry["months"])
    return re.compile(date_source(entry), re.IGNORECASE), months


def meeting_source(entry: dict[str, Any]) -> str:
    return rf"^\s*(?P<meeting>{entry['meeting']})"


@cache
def language_entries() -> tuple[dict[str, Any], ...]:
    """The data entries of LANGUAGES, as text_forms picks them. The patterns that look for a
    line in any language are built from these, not from all six TextForms: those compile
    about ninety patterns (~30 ms of every process that parses a text) the segmenter does
    not need."""
    data = load_data_file("text_layouts.yaml")
    return tuple(data.get(language) or data["en"] for language in LANGUAGES)


def report_templates(templates: list[str]) -> list[str]:
    """Each "[on the report of the {committee} ({report})]" also without its report symbol,
    as printed when the symbol is not known; the longer form is tried first."""
    return templates + [t.replace(" ({report})", "") for t in templates if " ({report})" in t]


def template_pattern(template: str, **groups: str) -> str:
    """A template ("Point {item} de l’ordre du jour") as a pattern, each field a group;
    any run of spaces matches any run of spaces."""
    escaped = re.escape(template)
    escaped = PLACEHOLDER.sub(lambda m: groups.get(m["name"], ".+?"), escaped)
    return ANY_SPACE.sub(r"\\s+", escaped)


def ungrouped(pattern: str) -> str:
    """The same pattern without named groups, to nest inside another named group."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def formula_pattern(formula: str) -> re.Pattern[str]:
    """ "L’Assemblée générale," on a line of its own, its comma optional."""
    return re.compile(formula_source(formula))


def formula_source(formula: str) -> str:
    return r"^\s*" + re.escape(formula.rstrip(",،，")) + r"\s*[,،，]?\s*$"


def body_of_formula(line: str) -> str | None:
    """The English name of the body whose enacting formula `line` is, in any language but
    English (whose "The <body>," the segmenter reads); None when it is no formula."""
    for forms in all_forms()[1:]:
        if forms.formula_pattern.match(line):
            return "General Assembly"
        for body, formula in forms.other_formulas.items():
            if formula_pattern(formula).match(line):
                return body
    return None


def first_match(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    return next((match for pattern in patterns if (match := pattern.search(text))), None)


def all_forms() -> tuple[TextForms, ...]:
    return tuple(text_forms(language) for language in LANGUAGES)


# The languages not written in Latin letters, by the characters of their script: a line holding
# none of them is no meeting or date line of theirs (their patterns all name a month or the
# meeting in that script), so an English text never compiles their half of the patterns
# below (0.7 ms of every first parse, a third of the segmenter's time on a short text).
OTHER_SCRIPTS = {"ru": "\u0400-\u04ff", "ar": "\u0600-\u06ff", "zh": "\u3000-\u9fff\uff00-\uffef"}


class AnyLanguageLine:
    """A line pattern in any of the six languages, matched as one pattern would be, with the
    languages of other scripts compiled only when a line holds a character of theirs."""

    __slots__ = ("build", "latin", "others")

    def __init__(self, build: Callable[[tuple[str, ...]], re.Pattern[str]]) -> None:
        self.build = build
        self.latin = build(latin_languages())
        self.others: re.Pattern[str] | None = None

    def match(self, line: str) -> re.Match[str] | None:
        found = self.latin.match(line)
        if found or line.isascii() or not other_script().search(line):
            return found
        if self.others is None:
            self.others = self.build(tuple(OTHER_SCRIPTS))
        return self.others.match(line)


@cache
def other_script() -> re.Pattern[str]:
    return re.compile(f"[{''.join(OTHER_SCRIPTS.values())}]")


def entries_of(languages: tuple[str, ...]) -> list[dict[str, Any]]:
    return [
        entry
        for code, entry in zip(LANGUAGES, language_entries(), strict=True)
        if code in languages
    ]


# A line's indent, skipped for good: every language's meeting and date forms open with what
# is not a space (tests/test_text_languages.py checks each on its printed closing lines), so
# "(?=\S)" lets the engine keep the indent rather than give it back a space at a time to
# try every form again. Every line of a text is asked: an indented one in half the time.
INDENT = r"^\s*(?=\S)"


def meeting_line_of(languages: tuple[str, ...]) -> re.Pattern[str]:
    """What meeting_source matches at a line's start, in any of `languages`."""
    return re.compile(f"{INDENT}(?:{meeting_forms(languages)})", re.IGNORECASE)


def date_line_of(languages: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"{INDENT}(?:{date_forms_of(languages)})\s*$", re.IGNORECASE)


def meeting_forms(languages: tuple[str, ...]) -> str:
    """The meeting forms of `languages`, one alternative each, without their groups."""
    return "|".join(f"(?:{ungrouped(entry['meeting'])})" for entry in entries_of(languages))


def date_forms_of(languages: tuple[str, ...]) -> str:
    return "|".join(f"(?:{ungrouped(date_source(entry))})" for entry in entries_of(languages))


def latin_languages() -> tuple[str, ...]:
    """The languages written in Latin letters: those AnyLanguageLine compiles at once."""
    return tuple(code for code in LANGUAGES if code not in OTHER_SCRIPTS)


@cache
def any_meeting_line() -> AnyLanguageLine:
    """The closing meeting line in any of the six languages."""
    return AnyLanguageLine(meeting_line_of)


@cache
def any_date_line() -> AnyLanguageLine:
    """A line holding only a date, in any of the six languages."""
    return AnyLanguageLine(date_line_of)


@cache
def any_formula_line() -> re.Pattern[str]:
    """ "L’Assemblée générale,", "Le Conseil de sécurité," and the other bodies' formulas in
    the other languages (the English formula, which names any body, is matched by the
    segmenter)."""
    patterns = [formula_source(entry["formula"]) for entry in language_entries()[1:]]
    patterns += [
        formula_source(formula)
        for entry in language_entries()[1:]
        for formula in dict(entry.get("other_formulas", {})).values()
    ]
    return re.compile(
        "|".join(f"(?:{pattern})" for pattern in patterns)
        + r"|^\s*L['’]Assembl[ée]e g[ée]n[ée]rale\s*,?\s*$"
    )


FORMULA_COMMAS = (",", "،", "，")


@cache
def french_assembly_line() -> re.Pattern[str]:
    return re.compile(r"^\s*L['’]Assembl[ée]e g[ée]n[ée]rale\s*,?\s*$")


@cache
def other_formulas() -> frozenset[str]:
    """The formulas `any_formula_line` matches, without their comma, as text to look up: the
    segmenter asks it of every unit, and its pattern of some twenty formulas costs more to
    compile (~2 ms) than a whole English text takes to segment."""
    entries = language_entries()[1:]
    formulas = [entry["formula"] for entry in entries]
    formulas += [f for entry in entries for f in dict(entry.get("other_formulas", {})).values()]
    return frozenset(formula.rstrip(",،，") for formula in formulas)


def is_other_formula_line(line: str) -> bool:
    """Whether `line` is what `any_formula_line` matches, told without compiling it: the line
    stripped, less one closing comma, is one of the formulas (which hold no space at either
    end), or the French one with its accents or apostrophe astray."""
    text = line.strip()
    if text.endswith(FORMULA_COMMAS):
        text = text[:-1].rstrip()
    return text in other_formulas() or (
        text[:1] == "L" and bool(french_assembly_line().match(line))
    )


@cache
def formula_initials() -> frozenset[str]:
    """The characters a line `any_formula_line` matches can open with (after spaces), and the
    Arabic marks `comparable_arabic` takes out before matching: a line opening with any other
    is no formula, and the pattern's many alternatives are not tried on it."""
    entries = language_entries()[1:]
    formulas = [entry["formula"] for entry in entries]
    formulas += [f for entry in entries for f in dict(entry.get("other_formulas", {})).values()]
    marks = "\u0640" + "".join(chr(code) for code in range(0x064B, 0x0653))
    return frozenset(formula[0] for formula in formulas) | {"L"} | frozenset(marks)


def format_date(value: date | None, language: str) -> str:
    """date(2019, 12, 13) as the language prints it: "13 décembre 2019", "2019年12月13日"."""
    if value is None:
        return ""
    forms = text_forms(language)
    day = "1er" if forms.language == "fr" and value.day == 1 else str(value.day)
    return (
        forms.date.replace("{day}", day)
        .replace("{month}", forms.months[value.month - 1])
        .replace("{year}", str(value.year))
    )


def parse_date(text: str, language: str) -> date | None:
    """The first date `text` holds in the language's own form; None when there is none."""
    pattern, months = date_forms(language)
    match = pattern.search(text)
    if not match:
        return None
    lowered = [month.lower() for month in months]
    try:
        month = lowered.index(match["month"].lower()) + 1
        return date(int(match["year"]), month, int(re.sub(r"\D", "", match["day"])))
    except ValueError:
        return None


def parse_date_any(text: str, preferred: str = "en") -> date | None:
    """A date in the preferred language, or failing that in any other official one.

    Every language's date holds a year of digits (what the patterns' \\d matches): a text
    with none, as a cover page's empty line, holds no date, and no pattern is compiled
    to tell it."""
    if not any(map(str.isdecimal, text)):
        return None
    for language in (preferred, *LANGUAGES):
        found = parse_date(text, language)
        if found:
            return found
    return None


CANONICAL_AGENDA_ITEM = r"^(?P<number>\d+) \((?P<letter>[a-z]{1,2})\)$"  # compiled on first use


def print_agenda_item(item: str, language: str) -> str:
    """ "20 (b)", as mineres stores it, in the language's form: "20 b)", "20 (ب)", "20(b)"."""
    match = re.match(CANONICAL_AGENDA_ITEM, item)
    if not match:
        return item
    forms = text_forms(language)
    letter = to_language_letters(match["letter"], forms)
    return forms.agenda_letter.replace("{number}", match["number"]).replace("{letter}", letter)


def read_agenda_item(item: str, language: str) -> str:
    """The printed agenda item back in the stored form: "20 b)" -> "20 (b)"."""
    forms = text_forms(language)
    pattern = template_pattern(
        forms.agenda_letter, number=r"(?P<number>\d+)", letter=r"(?P<letter>[^\W\d_]{1,3})"
    )
    match = re.fullmatch(pattern.replace(r"\s+", r"\s*"), item.strip())
    if not match:
        return item.strip()
    return f"{match['number']} ({from_language_letters(match['letter'], forms)})"


def to_language_letters(label: str, forms: TextForms) -> str:
    """ "b" -> "ب" in Arabic; unchanged in the languages that use Latin letters."""
    if not forms.letters or not all("a" <= c <= "z" for c in label):
        return label
    return " ".join(forms.letters[ord(c) - ord("a")] for c in label)


def from_language_letters(label: str, forms: TextForms) -> str:
    """ "ب" -> "b"; "أ أ" -> "aa"."""
    if not forms.letters:
        return label
    letters = [c for c in label.replace("\u0640", "") if not c.isspace()]
    if not all(c in forms.letters for c in letters):
        return label
    return "".join(chr(ord("a") + forms.letters.index(c)) for c in letters)


ARABIC_MARKS = re.compile("[\u0640\u064b-\u0652]")  # tatweel and the optional vowel signs


def comparable_arabic(text: str) -> str:
    """Arabic as compared, not as printed: without tatweel and optional diacritics."""
    if text.isascii():  # no mark to take out: asked for every line of every text
        return text
    return ARABIC_MARKS.sub("", text)


def section_label_id(label: str) -> str | None:
    """The English label a section label written as a word stands for: "أولا" -> "I",
    "二" -> "II" (un/numbering holds the table); None for anything else, a Roman numeral or a
    capital included, which are their own label."""
    if opens_with_ascii(label):
        return None
    cleaned = " ".join(comparable_arabic(label).split()).rstrip(".．、 ")
    if not cleaned or is_latin_section_label(cleaned):
        return None
    return section_label(cleaned)


def opens_with_ascii(text: str) -> bool:
    """Whether `text` opens with an ASCII character, when no section label written as a word
    does (they are Arabic or Chinese): then it opens with none. Every block is asked whether
    it opens a section, and most open with "Recalling", "1." or "(a)"."""
    return text.lstrip()[:1].isascii() and word_labels_beyond_ascii()


@cache
def word_labels_beyond_ascii() -> bool:
    """Whether no section label written as a word opens with an ASCII character: asked of the
    characters they open with, so an English text never builds the table of labels."""
    return all(not opening.isascii() for opening in word_label_openings())


def split_section_label(text: str) -> tuple[str, str] | None:
    """ "一 内部监督事务厅的活动" or "一、会议日历" -> ("一", "..."); "حادي عشر الميزانية" likewise;
    None when the text does not open with a section label word and a heading after it."""
    if opens_with_ascii(text):
        return None
    marked = re.match(
        r"^\s*(?P<label>[^\s、．.]{1,4})[、．.]\s*(?P<heading>\S.*)$", text, re.DOTALL
    )
    if marked and section_label_id(marked["label"]):  # "一、会议日历"
        return marked["label"], marked["heading"].strip()
    words = text.split(maxsplit=2)
    for count in (2, 1):
        if len(words) > count and section_label_id(" ".join(words[:count])):
            label = " ".join(words[:count])
            return label, text.strip()[len(label) :].strip()
    return None


def wide(character: str) -> bool:
    """A Chinese, Japanese or Korean character, or their full-width punctuation: text of
    such characters is written without spaces between words."""
    code = ord(character)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFF60
        or 0x20000 <= code <= 0x2FFFF
    )
