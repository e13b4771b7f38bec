"""Resolutions and decisions cited by number after "resolution(s)": every member of a list,
however long, with its letters, its old-style session and its date, in each official language.

A list is walked member by member with anchored patterns (`ListRules` in rules.py): a member,
its date, a pinpoint ("para. 8"), a clause about it ("the annex to which contains ..."), a
separator ("," "and" "as well as"), and so on while another member follows. Each step starts
where the one before ended, so a list costs time in proportion to its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial

from mineres.citations.bodies import (
    body_before,
    cites_inside_document,
    council_for,
    default_body,
    fits_body,
    fits_session,
    named_earlier,
)
from mineres.citations.dates import date_before, date_from
from mineres.citations.mentions import Found, Member
from mineres.citations.rules import (
    COMPILED,
    RANGE_DASHES,
    Body,
    LanguageRules,
    ListRules,
    SymbolRules,
    compiled_once,
    symbol_rules,
)
from mineres.citations.symbols import DIGIT, starts_a_word, symbol_key, undocs_url
from mineres.models import CitationKind

# "resolution(s)" and "decision(s)" are found by their stems, without the first letter, with
# str.find: a literal run is found in C far faster than a first letter among the commonest
# (r, d), and faster than by a pattern opening on "e" (tried at every "e"). The first letter,
# the "s" and the end of the word are then checked where a stem was found. No stem can start
# inside a stem, so their occurrences in order are what one pattern of both would find.
KEYWORD_FIRST = {"esolution": "Rr", "ecision": "Dd"}
KEYWORD_TAIL = re.compile(r"s?\b[ \u00a0]*")
CARRY_DISTANCE = 80
EARLIER_DISTANCE = 300  # how far back in the clause a body named earlier is looked for
BEFORE_LENGTH = 160  # how far back the body before "resolution" is looked for
SUBJECT_LENGTH = 320  # how far a clause about a member may run before the list goes on
PINPOINT = (  # compiled once a list needs it (compiled_once), as NUMBER is
    r"(?:,[ \u00a0]*(?:sect\.|section|paras?\.|annex|chap\.|part)[ \u00a0][\w.–-]{1,12}){1,4}"
    r"(?=[,;])"
)
PINPOINT_WORDS = ("sect", "para", "annex", "chap", "part")  # what PINPOINT's words open with

NUMBER = r"\d{1,4}/\d{1,4}"
SPACES = (" ", "\u00a0")  # what SPACE matches
PLAIN_SEARCHES = 16  # clauses (~12 documents' worth) searched before next_item_pattern switches
CLAUSES_SEARCHED: dict[str, int] = {}  # by lists.next_item: how many it has searched
RANGE_LIMIT = 100  # a range of resolutions names at most this many ("ES-10/1 to ES-10/21")

Listed = tuple[Member, date | None]


def find_numbered_resolutions(text: str, *, own_body: str = "General Assembly") -> list[Found]:
    """ "its resolution 57/159 of 16 December 2002", "resolutions 57/190 and 57/191",
    "Security Council resolution 1373 (2001)", "resolution 217 A (III)"."""
    rules = symbol_rules()
    lists = rules.lists["en"]
    found: list[Found] = []
    position = 0
    previous: Mention | None = None  # the last "resolution(s)", for its body to carry over
    for start, end, word in keywords(text):
        if start < position or (start and text[start - 1].isalnum()):
            continue
        items = walk_list(text, end, lists)
        position = items[-1][0].end if items else end
        if not items:
            previous = Mention(start, position)
            continue
        kind: CitationKind = "decision" if word.lower() == "decision" else "resolution"
        before = text[max(0, start - BEFORE_LENGTH) : start]
        if cites_inside_document(before, rules):  # "annex II, resolution 14/221": not a UN body's
            found.extend(unknown_found(text, item, when, kind, "inside") for item, when in items)
            previous = None
            continue
        body_name, how = body_before(before, own_body, rules)
        if how == "foreign":
            body_name, how = body_named_again(text, start, before)
        if how == "foreign":  # "Arab League resolution 14/221": a body mineres does not know
            word = before.split()[-1] if before.split() else ""
            found.extend(unknown_found(text, item, when, kind, word) for item, when in items)
            previous = None
            continue
        if how in {"none", "own"} and previous and carries_over(text, previous.end, start):
            carried, carried_how = previous.body(text, own_body, rules)
            if carried_how == "named" and (how == "none" or carried != "Council"):
                body_name, how = carried, "carried"
        earlier = None if how in {"named", "carried"} else partial(named_earlier, text, start)
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
        previous = Mention(start, position, known)
    return found


def keywords(text: str) -> Iterator[tuple[int, int, str]]:
    """Where each "resolution(s)" or "decision(s)" starts, where the spaces after it end, and
    the word without its "s": what `[RrDd](?:(?<=[Rr])esolution|(?<=[Dd])ecision)s?\\b[ ]*`
    finds. A stem holds no r or d, so no keyword starts inside one that is refused."""
    for at, stem in stems(text):
        start = at - 1
        if start < 0 or text[start] not in KEYWORD_FIRST[stem]:
            continue
        tail = KEYWORD_TAIL.match(text, at + len(stem))
        if tail is not None:
            yield start, tail.end(), text[start : at + len(stem)]


def stems(text: str) -> list[tuple[int, str]]:
    """Where "esolution" and "ecision" stand, in order (most texts hold neither)."""
    found: list[tuple[int, str]] = []
    for stem in KEYWORD_FIRST:
        at = text.find(stem)
        while at != -1:
            found.append((at, stem))
            at = text.find(stem, at + len(stem))
    if len(found) > 1:
        found.sort()
    return found


def body_named_again(text: str, start: int, before: str) -> tuple[str | None, str]:
    """ "the Commission on Human Rights ..., in particular Commission resolution 1998/72": a
    body's last word alone, not part of another name, is the body named earlier in the clause."""
    words = before.split()
    if not words or (len(words) > 1 and words[-2][:1].isupper()):
        return None, "foreign"
    earlier = named_earlier(text, start)
    if earlier and words[-1] in earlier.split():
        return earlier, "named"
    return None, "foreign"


class Mention:
    """Where a "resolution(s)" stood, and the body before it, read only when needed. A plain
    class: `dataclass` would compile methods at import (~0.3 ms) that nothing here calls."""

    __slots__ = ("end", "known", "start")

    def __init__(self, start: int, end: int, known: tuple[str | None, str] | None = None) -> None:
        self.start = start
        self.end = end
        self.known = known

    def body(self, text: str, own_body: str, rules: SymbolRules) -> tuple[str | None, str]:
        if self.known is None:
            before = text[max(0, self.start - BEFORE_LENGTH) : self.start]
            self.known = body_before(before, own_body, rules)
        return self.known


def carries_over(text: str, previous_end: int, start: int) -> bool:
    """ "Human Rights Council resolutions, in particular resolutions 7/34": the second
    "resolutions" is the Council's too, when it follows closely in the same sentence."""
    return start - previous_end <= CARRY_DISTANCE and ";" not in text[previous_end:start]


def find_numbered_resolutions_in(text: str, language: LanguageRules, code: str) -> list[Found]:
    """Resolutions cited by number in another official language: "sa résolution 72/75 du
    7 décembre 2017", "резолюции Совета по правам человека 27/13", "第72/75号决议". A body named
    in the language owns the list (see data/symbols.yaml); otherwise the number's shape does."""
    rules = symbol_rules()
    lists = rules.lists[code]
    if language.number_first:
        return find_number_first(text, language, lists, rules)
    found: list[Found] = []
    position = 0
    for keyword in language.keyword.finditer(text):
        if keyword.start() < position:
            continue
        items = walk_list(text, keyword.end(), lists)
        if not items:
            continue
        position = items[-1][0].end
        kind = keyword_kind(keyword["word"], language)
        if printed_inside(text, keyword.start(), language):
            found.extend(unknown_found(text, item, when, kind, "inside") for item, when in items)
            continue
        body_name = body_in_language(text, keyword, after_date(text, position, lists), language)
        earlier = None if body_name else partial(body_earlier, text, keyword.start(), language)
        for item, when in items:
            named = fitting(body_name, kind, item, rules)
            found.append(
                item_found(
                    text, item, when, kind, named, rules, earlier=earlier, guessed=named is None
                )
            )
    return found


def after_date(text: str, position: int, lists: ListRules) -> int:
    when = lists.date_after.match(text, position) if lists.date_after else None
    return when.end() if when else position


def printed_inside(text: str, start: int, language: LanguageRules) -> bool:
    """ "(A/74/53/Add.1), chap. III, résolution 42/12", "第三章，第42/12号决议": a resolution
    printed inside a cited report, not cited by its body's number."""
    tail = text[max(0, start - 40) : start].rstrip()
    if not tail or tail[-1] not in ",،，":
        return False
    tail = tail[:-1].rstrip()
    tokens = tail.split()[-2:]
    return any(word in tokens or tail.endswith(word) for word in language.inside_document_words)


def keyword_kind(word: str, language: LanguageRules) -> CitationKind:
    plain = word.replace("\u0640", "").lower()
    return "decision" if plain in language.decision_words else "resolution"


def fitting(
    body_name: str | None, kind: CitationKind, item: Member, rules: SymbolRules
) -> str | None:
    """A body named in another language keeps the number only if it numbers so: the Security
    Council named near "70/1" does not take it. "du Conseil" alone is chosen by the number."""
    if body_name == "Council":
        return body_name
    return body_name if body_name and fits_body(body_name, kind, item, rules) else None


def body_in_language(
    text: str, keyword: re.Match[str], end: int, language: LanguageRules
) -> str | None:
    """The body a list belongs to: named between the word and the numbers, right after the
    list, or ending just before the word ("le Conseil économique et social dans sa résolution")."""
    if keyword.groupdict().get("between"):
        return body_called(keyword["between"], language)
    if language.body_after:
        after = language.body_after.match(text, end)
        if after:
            return body_called(after.group(), language)
    if language.body_names is None:
        return None
    window_start = max(0, keyword.start() - language.body_window)
    window_start = max(window_start, text.rfind(";", 0, keyword.start()) + 1)
    names = list(language.body_names.finditer(text, window_start, keyword.start()))
    named = body_called(names[-1].group(), language) if names else None
    return None if named == "Council" else named  # "Conseil" alone only right after the list


def body_earlier(text: str, start: int, language: LanguageRules) -> str | None:
    """The last body named earlier in the clause, the owner of a number that cannot be the
    General Assembly's ("... del Consejo de Derechos Humanos 28/16 ..., y las resoluciones 32/13,
    de 1 de julio de 2016": session 32 met in 1977)."""
    if language.body_names is None:
        return None
    window_start = max(0, start - EARLIER_DISTANCE, text.rfind(";", 0, start) + 1)
    names = list(language.body_names.finditer(text, window_start, start))
    named = body_called(names[-1].group(), language) if names else None
    return None if named == "Council" else named


def body_called(name: str, language: LanguageRules) -> str | None:
    for pattern, body in language.bodies:
        if pattern.search(name):
            return body
    return None


def find_number_first(
    text: str, language: LanguageRules, lists: ListRules, rules: SymbolRules
) -> list[Found]:
    """Chinese lists: "人权理事会2014年9月25日第27/13号、2015年10月1日第30/4号和...第45/12号决议":
    each number printed as 第...号 after its date, the word once after the last."""
    found: list[Found] = []
    position = 0
    for start in lists.item.finditer(text):
        if start.start() < position or not starts_a_word(text, start.start()):
            continue
        chain, word = number_chain(text, start, language, lists)
        position = chain[-1].end()
        if word is None or not all(is_resolution_number(item) for item in chain):
            continue
        kind = keyword_kind(word["word"], language)
        if printed_inside(text, chain[0].start(), language):
            continue
        body_name = body_before_number(text, chain[0].start(), language)
        for item in chain:
            when = date_before(text, before_subject(text, item.start()), language)
            for member in members(item, text, lists):
                named = fitting(body_name, kind, member, rules)
                guessed = named is None
                found.append(item_found(text, member, when, kind, named, rules, guessed=guessed))
    return found


def number_chain(
    text: str, start: re.Match[str], language: LanguageRules, lists: ListRules
) -> tuple[list[re.Match[str]], re.Match[str] | None]:
    """The numbers from `start` to the last 决议/决定 that closes them: "第42/19号决议和...第45/12号
    决议" is one list, as "42/19 and 45/12" is in English."""
    chain, word, closed = [start], None, 1
    end = start.end()
    while True:
        found_word = language.keyword.match(text, end)
        if found_word:
            word, closed, end = found_word, len(chain), found_word.end()
        gap = compiled_once(lists.separator).match(text, end)
        following = lists.item.match(text, gap.end()) if gap else None
        if following is not None and names_a_body(text, end, following.start(), language):
            following = None  # "...决议，以及人权理事会...第32/13号": another body's list
        if following is None:
            return (chain[:closed] if word else chain), word
        chain.append(following)
        end = following.end()


def before_subject(text: str, start: int) -> int:
    """Where "关于《...》的" (what the resolution is about) begins, when it stands between a
    number and the date and body before it: "人权理事会2011年6月16日关于《...》的第17/4号"."""
    end = start
    while end and text[end - 1] == " ":
        end -= 1
    if not end or text[end - 1] != "的":
        return start
    about = text.rfind("关于", max(0, end - SUBJECT_LENGTH), end)
    if about == -1 or any(mark in text[about:end] for mark in "。；"):
        return start
    return about


def names_a_body(text: str, start: int, end: int, language: LanguageRules) -> bool:
    return language.body_names is not None and bool(language.body_names.search(text, start, end))


def body_before_number(text: str, start: int, language: LanguageRules) -> str | None:
    """ "人权理事会2014年9月25日第27/13号": the body stands before the date of the first number."""
    if language.body_names is None:
        return None
    start = before_subject(text, start)
    when = (
        language.date_before.search(text, max(0, start - 16), start)
        if language.date_before
        else None
    )
    end = when.start() if when else start
    names = list(language.body_names.finditer(text, max(0, end - SUBJECT_LENGTH), end))
    if not names:
        return None
    between = text[names[-1].end() : end]  # "人权理事会关于...的2016年7月1日第32/13号"
    if between and not (between.startswith("关于") and between.endswith("的")):
        return None
    return body_called(names[-1].group(), language)


def walk_list(text: str, position: int, lists: ListRules) -> list[Listed]:
    """The members of a list after "resolutions", however long: "3263 (XXIX) of 9 December
    1974, ..., 36/87 A and B of 9 December 1981, 37/75 ... and 74/30 of 12 December 2019".
    A list, not a generator: every caller reads all of it."""
    walked: list[Listed] = []
    while True:
        item = lists.item.match(text, position)
        if not item or not is_resolution_number(item):
            return walked
        position = item.end()
        item_date = None
        when = lists.date_after.match(text, position) if lists.date_after else None
        if when:
            item_date = date_from(when, lists.months)
            position = when.end()
        listed = members(item, text, lists)
        for member in listed:
            walked.append((member, item_date))
        between = members_between(text, position, listed[-1], lists)
        if between is not None:  # "ES-10/1 to ES-10/21": the last end is the next member
            walked.extend([(member, None) for member in between[0]])
            position = between[1]
            continue
        pinpoint = pinpoint_at(text, position)
        if pinpoint:
            position = pinpoint.end()
            when = lists.date_after.match(text, position) if lists.date_after else None
            if when:
                position = when.end()
        separator = subject_or_separator(text, position, lists)
        if separator is not None and separator.lastgroup == "subject":
            position = skip_subject(text, position, separator.end(), lists)
            separator = compiled_once(lists.separator).match(text, position)
        if not separator:
            return walked
        position = separator.end()


def pinpoint_at(text: str, position: int) -> re.Match[str] | None:
    """PINPOINT matched at `position`. It opens with a comma, any spaces and one of
    PINPOINT_WORDS: where none stands so (after most members), it cannot match, and is not
    tried."""
    if not text.startswith(",", position):
        return None
    after = position + 1
    while text.startswith(SPACES, after):
        after += 1
    if not text.startswith(PINPOINT_WORDS, after):
        return None
    return compiled_once(PINPOINT).match(text, position)


def subject_or_separator(text: str, position: int, lists: ListRules) -> re.Match[str] | None:
    """What lists.subject_or_separator matches at `position`. Its clause opens with an
    optional comma, a space and one of the clause words: where none is printed so, the
    separator alone matches what it would, and its pattern is a fraction of the cost to
    compile (most documents' lists hold no such clause)."""
    clause = COMPILED.get(lists.subject_or_separator)
    if clause is None:
        after = position + 1 if text.startswith((",", "،"), position) else position
        if not (
            text.startswith(SPACES, after) and text.startswith(lists.subject_starts, after + 1)
        ):
            return compiled_once(lists.separator).match(text, position)
        clause = compiled_once(lists.subject_or_separator)
    return clause.match(text, position)


def members(item: re.Match[str], text: str, lists: ListRules) -> list[Member]:
    """The resolutions one number names: "36/87 A and B" two, "51/211 A to E" five (those
    between the ends printed with the range), "217 A (III)" one."""
    printed, letters_printed, printed_paren = item.group("number", "letters", "paren")
    number = printed.replace("\u2011", "-")
    if lists.special_sessions:  # Arabic prints a special session its own way ("دإ-10/2")
        number = special_session(number, lists)
    paren = session_paren(printed_paren) if printed_paren else ""
    more = item["more"] if "more" in item.re.groupindex else None
    if more:  # "第33/12和33/13号": two numbers under one 第...号
        numbers = [number, *compiled_once(NUMBER).findall(more)]
        return [
            Member(each, "", paren, item.start(), item.end(), expanded=index > 0)
            for index, each in enumerate(numbers)
        ]
    if not letters_printed:
        return [Member(number, "", paren, item.start(), item.end())]
    letters = list(lists.letter.finditer(text, item.start("letters"), item.end("letters")))
    result: list[Member] = []
    for index, letter in enumerate(letters):
        start = item.start() if index == 0 else letter.start()
        end = item.end() if index == len(letters) - 1 else letter.end()
        if index and range_at(text, letters[index - 1].end(), lists):
            result.extend(
                Member(number, middle, paren, item.start(), item.end(), expanded=True)
                for middle in letters_between(
                    letters[index - 1].group(), letter.group(), lists.letter_names
                )
            )
        name = lists.letter_names.get(letter.group().replace("\u0640", ""), letter.group())
        result.append(Member(number, name, paren, start, end))
    return result


def range_at(text: str, position: int, lists: ListRules) -> re.Match[str] | None:
    """lists.range_word matched at `position`: a dash there, or a range word after any spaces
    ("A to E"). Where neither stands, it cannot match, and is not compiled: after most members
    of most lists, neither does (see COMPILED)."""
    pattern = COMPILED.get(lists.range_word)
    if pattern is None:
        if not text.startswith(RANGE_DASHES, position):
            after = position
            while text.startswith(SPACES, after):
                after += 1
            if not text.startswith(lists.range_starts, after):
                return None
        pattern = compiled_once(lists.range_word)
    return pattern.match(text, position)


def members_between(
    text: str, position: int, first: Member, lists: ListRules
) -> tuple[list[Member], int] | None:
    """ "resolutions ES-10/1 to ES-10/21", "71/1–71/3": the resolutions a range of one session
    names between its ends (at most RANGE_LIMIT), and where its last end starts."""
    if first.letter or "/" not in first.number:  # "36/87 B", "2139 (2014)": no range's first end
        return None
    joined = range_at(text, position, lists)
    if not joined:
        return None
    last = lists.item.match(text, joined.end())
    if not last or not is_resolution_number(last) or last.groupdict().get("letters"):
        return None
    session, _, low = first.number.rpartition("/")
    end_session, _, high = special_session(last["number"].replace("\u2011", "-"), lists).rpartition(
        "/"
    )
    if session != end_session or not (low.isdigit() and high.isdigit()):
        return None
    if not 0 < int(high) - int(low) <= RANGE_LIMIT:
        return None
    between = [
        Member(f"{session}/{n}", "", first.paren, first.start, last.end(), expanded=True)
        for n in range(int(low) + 1, int(high))
    ]
    return between, joined.end()


def special_session(number: str, lists: ListRules) -> str:
    """ "دإ-10/2", the Arabic way to write a special session's number, is "S-10/2"."""
    if not lists.special_sessions:
        return number
    plain = number.replace("\u0640", "")
    for printed, latin in lists.special_sessions.items():
        if plain.startswith(printed):
            return latin + plain[len(printed) :]
    return number


def session_paren(paren: str) -> str:
    """ "(د-15)", the Arabic way to write a session, is "(XV)"."""
    digits = paren.rpartition("-")[2]
    if paren and not paren[0].isascii() and digits.isdigit():
        return roman_numeral(int(digits))
    return paren


def roman_numeral(number: int) -> str:
    numerals = (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    result = ""
    for value, numeral in numerals:
        count, number = divmod(number, value)
        result += numeral * count
    return result


def letters_between(first: str, last: str, names: dict[str, str]) -> list[str]:
    """ "A", "E" -> B, C, D: the letters a range names between its ends."""
    first, last = names.get(first, first), names.get(last, last)
    if len(first) != 1 or len(last) != 1 or last <= first:
        return []
    return [chr(code) for code in range(ord(first) + 1, ord(last))]


def skip_subject(text: str, position: int, subject_end: int, lists: ListRules) -> int:
    """Step over what a listed resolution is about (its opening words end at `subject_end`),
    when another number follows: "2003/49 of 23 April 2003, on the human rights of persons with
    disabilities, and 2003/86", "61/36 of 4 December 2006, the annex to which contains ..., 62/68"."""
    window_end = min(len(text), subject_end + SUBJECT_LENGTH)
    if not DIGIT.search(text, subject_end, window_end):
        return position  # every member opens on a digit: none can follow (most clauses)
    stop = compiled_once(lists.stop).search(text, subject_end, window_end)
    next_item = next_item_pattern(lists)
    following = next_item.search(text, subject_end, stop.start() if stop else window_end)
    return following.start() if following else position


def next_item_pattern(lists: ListRules) -> re.Pattern[str]:
    """lists.next_item, or, once the process has searched PLAIN_SEARCHES clauses with it,
    lists.searched_next_item: the same matches, found several times faster, but ~0.25 ms more
    to compile, which a command reading a document or two would not win back."""
    searched = COMPILED.get(lists.searched_next_item)
    if searched is not None:
        return searched
    count = CLAUSES_SEARCHED[lists.next_item] = CLAUSES_SEARCHED.get(lists.next_item, 0) + 1
    if count > PLAIN_SEARCHES:
        return compiled_once(lists.searched_next_item)
    return compiled_once(lists.next_item)


def is_resolution_number(item: re.Match[str]) -> bool:
    """ "57/159" or "1373 (2001)" or "3101 (XXVIII)"; a bare "1" is a paragraph of a report."""
    return "/" in item["number"] or item["paren"] is not None


def unknown_found(
    text: str, item: Member, item_date: date | None, kind: CitationKind, whose: str
) -> Found:
    """A resolution of a body mineres does not know, or printed inside a cited document: cited,
    but with no body, symbol or link, and kept apart from any body's resolution of that number."""
    return Found(
        kind=kind,
        text=text[item.start : item.end],
        start=item.start,
        end=item.end,
        key=f"{kind}:?{whose}:{item.printed}",
        date=item_date,
        member=item,
        expanded=item.expanded,
    )


def item_found(
    text: str,
    item: Member,
    item_date: date | None,
    kind: CitationKind,
    body_name: str | None,
    rules: SymbolRules,
    *,
    unknown_body: bool = False,
    earlier: Callable[[], str | None] | None = None,
    guessed: bool = False,
) -> Found:
    """One numbered resolution. `earlier` finds a body named before in the sentence, the owner
    when the General Assembly cannot be ("the Human Rights Council ..., through its resolution
    42/22 of 26 September 2019"): looked for only then, as few numbers do not fit their body;
    `guessed`: no body was named, the number's shape chose it."""
    shape = item.shape
    guessed = guessed and body_name is None and not unknown_body
    body_name = None if unknown_body else body_name or default_body(item, shape)
    if body_name == "Council":
        body_name = council_for(item, shape, rules)
    body = rules.bodies_by_name.get(body_name or "")
    if body is not None and not fits_session(body, item, shape, item_date):
        named_before = earlier() if earlier else None
        body_name = named_before if named_before != body_name else None
        body = rules.bodies_by_name.get(body_name or "")
    symbol = numbered_symbol(item, kind, body, shape)
    key = symbol_key(symbol) if symbol else f"{kind}:{body_name}:{item.printed}"
    return Found(  # by position: binding keywords costs twice as much, per listed number
        kind,
        text[item.start : item.end],
        item.start,
        item.end,
        key,
        body_name,
        symbol,
        None,  # name
        undocs_url(symbol) if symbol else None,
        item_date,
        guessed,
        item,
        item.expanded,
    )


def numbered_symbol(
    item: Member, kind: CitationKind, body: Body | None, shape: str | None = None
) -> str | None:
    """The undocs.org symbol from the body's template for this shape of number (`shape`: the
    item's, when known), if it has one."""
    if body is None:
        return None
    template = body.templates.get(kind, {}).get(shape or item.shape)
    if template is None:
        return None
    first, _, second = item.number.partition("/")
    letter = f" {item.letter}" if item.letter else ""  # "A/RES/74/260 B", as the document prints
    fields = {  # format_map of a dict: binding six keywords to format costs twice as much
        "number": item.number,
        "first": first,
        "second": second,
        "year": item.paren,
        "roman": item.paren,
        "letter": letter,
    }
    return template.format_map(fields)
