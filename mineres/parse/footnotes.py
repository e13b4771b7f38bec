"""Footnote markers out of the words, and footnotes tied to the paragraphs that cite them.

Markers come in three forms: glued to the word or punctuation before them in the ODS export
("Amended Protocol II2 to", "2003,6 and"), written " 1/" in web text, or as superscript
digits. A glued digit is only a marker when a footnote of that number exists and it comes in
order: a new footnote is always the next number, a repeated one is a number already seen.
That keeps "A/58/L.50", "1,000" and "G20" in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from mineres.models import Footnote, Paragraph, Subparagraph, walk_subparagraphs
from mineres.parse.normalise import collapse_whitespace
from mineres.parse.segment import FOOTNOTE_LINE

SLASH_MARKER = re.compile(r" ?(?P<number>\d{1,3})/(?=[\s,;:.)\]]|$)")
SUPERSCRIPT_MARKER = re.compile(r"(?P<number>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")
DIGIT_RUN = re.compile(r"\d+(?=[\s,;:.)\]”’\"]|$)")
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
ROMAN_LETTERS = frozenset("IVX")
MAXIMUM_SKIP = 3
# "P‑2" (a non-breaking hyphen) is a grade; "A.1090(28)" is an IMO resolution and its session
GLUED_NEVER_AFTER = frozenset(" \t\n0123456789/-\u2010\u2011–([")


def parse_footnote_texts(blocks: Iterable[str]) -> dict[int, str]:
    """{number: text} from footnote blocks such as "10 A/58/260." or "1/ See ..."."""
    texts: dict[int, str] = {}
    for block in blocks:
        match = FOOTNOTE_LINE.match(block)
        if match:
            texts.setdefault(int(match["number"]), collapse_whitespace(match["text"]))
    return texts


@dataclass
class MarkerState:
    """What has been seen so far, as markers are read in document order."""

    known: frozenset[int]
    glued: bool = True  # ODS text; web text writes " 1/" and never glues
    highest_seen: int = 0

    def accepts(self, number: int) -> bool:
        """A repeat of a footnote already seen, or one of the next few new ones (a marker
        missed before must not hide all the markers after it)."""
        return number in self.known and number <= self.highest_seen + MAXIMUM_SKIP

    def see(self, number: int) -> None:
        self.highest_seen = max(self.highest_seen, number)


MARKER_PLACE = "\ue000"  # a private-use character: stands where a marker stood while text is tidied


SPACE_BEFORE_PUNCTUATION = re.compile(f" +(?={MARKER_PLACE}*[,;:.)])")


def take_out_markers(
    text: str, state: MarkerState
) -> tuple[str, tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The text without footnote markers, the markers in reading order (no repeats), and
    (number, offset in the clean text) for every marker, so renderers can put them back."""
    markers = find_markers(text, state)
    if not markers:
        return text, (), ()
    numbers: list[int] = []
    pieces: list[str] = []
    position = 0
    for start, end, number in markers:
        pieces.append(text[position:start] + MARKER_PLACE)
        position = end
        numbers.append(number)
    pieces.append(text[position:])
    marked = collapse_whitespace(tidy_after_removal("".join(pieces)))
    offsets: list[tuple[int, int]] = []
    clean: list[str] = []
    length = 0
    for index, piece in enumerate(marked.split(MARKER_PLACE)):
        if index:
            offsets.append((numbers[index - 1], length))
        clean.append(piece)
        length += len(piece)
    found = tuple(dict.fromkeys(numbers))
    return "".join(clean), found, tuple(offsets)


def find_markers(text: str, state: MarkerState) -> list[tuple[int, int, int]]:
    """(start, end, number) of each marker, left to right, accepted against the state."""
    if not state.known:
        return []
    candidates: list[tuple[int, int, int, bool]] = []  # start, end, number, must be next
    for match in SLASH_MARKER.finditer(text):
        if follows_a_word(text, match.start(), match["number"]):
            candidates.append((match.start(), match.end(), int(match["number"]), False))
    if not text.isascii():
        for match in SUPERSCRIPT_MARKER.finditer(text):
            number = int(match["number"].translate(SUPERSCRIPT_DIGITS))
            candidates.append((match.start(), match.end(), number, False))
    if state.glued:
        for match in DIGIT_RUN.finditer(text):
            candidates.extend(glued_candidates(text, match.start(), match.end()))
    accepted: list[tuple[int, int, int]] = []
    taken_until = -1
    for start, end, number, must_be_next in sorted(candidates):
        if start < taken_until:
            continue
        if state.accepts(number) and (not must_be_next or number == state.highest_seen + 1):
            state.see(number)
            accepted.append((start, end, number))
            taken_until = end
    return accepted


def glued_candidates(text: str, start: int, end: int) -> list[tuple[int, int, int, bool]]:
    """Markers a run of digits may hold: all of it ("Protocol II2"), or its tail when the
    digits before it make a year or a resolution number ("19492" is 1949 and marker 2,
    "73/15527" is 73/155 and marker 27). After a year, five digits after a slash, or four after
    "1998/" (resolutions numbered by year never reach 1000), the tail may repeat an earlier
    footnote; after four digits ("73/1552") it must be the next one."""
    digits = text[start:end]
    before = text[start - 1] if start else " "
    found: list[tuple[int, int, int, bool]] = []
    if (
        len(digits) <= 3
        and before not in GLUED_NEVER_AFTER
        and is_glued_marker(text, start, digits)
    ):
        found.append((start, end, int(digits), False))
    for size in (1, 2, 3):
        head, tail = digits[:-size], digits[-size:]
        if not head or tail.startswith("0"):
            continue
        is_year = len(head) == 4 and 1800 <= int(head) <= 2100 and before != "/"
        is_symbol_number = before == "/" and len(head) <= 3 and len(digits) >= 4
        after_year_slash = re.search(
            r"(?<!\d)(?:19[4-9]\d|20\d\d)/$", text[max(0, start - 6) : start]
        )
        year_range = len(digits) == 4 and 1900 <= int(digits) <= 2100  # "Report 2017/2018"
        long_number = len(digits) >= 5 or (after_year_slash and not year_range)
        if is_year or (is_symbol_number and long_number):
            found.append((start + len(head), end, int(tail), False))
        elif is_symbol_number:
            found.append((start + len(head), end, int(tail), True))
    return found


def has_slash_marker(text: str) -> bool:
    return "/" in text and any(
        follows_a_word(text, match.start(), match["number"])
        for match in SLASH_MARKER.finditer(text)
    )


def follows_a_word(text: str, start: int, number: str) -> bool:
    """ "Convention 1/" or "Convention1/", but not the "57/" of "resolution 57/159"."""
    if start == 0:
        return False
    if text[start] == " ":
        return not text[start - 1].isspace()
    return text[start - 1] not in GLUED_NEVER_AFTER


def is_glued_marker(text: str, start: int, digits: str) -> bool:
    """Digits glued to a word are a marker unless the word is a symbol, a number or "G20"."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\t", 0, start)) + 1
    token = text[token_start:start]
    before = token[-1]
    if "@" in token:
        return False
    if before.isalpha():
        letters = token.strip("(\"'“‘")
        if any(char.isdigit() for char in letters):
            return False
        return len(letters) > 1 or letters in ROMAN_LETTERS
    if before == ".":
        return not ("/" in token or any(char.isdigit() for char in token) or token.count(".") > 1)
    return not (before == "," and len(digits) == 3 and is_thousands_group(token[:-1]))


def is_thousands_group(before_comma: str) -> bool:
    """ "1,000" and "12,500" group thousands; "2004,100" is a year and footnote 100."""
    run = len(before_comma) - len(before_comma.rstrip("0123456789"))
    return 1 <= run <= 3


def tidy_after_removal(text: str) -> str:
    """ " 1/" markers leave a space before punctuation: "Convention ," becomes "Convention,"."""
    return SPACE_BEFORE_PUNCTUATION.sub("", text)


def resolve_footnote_markers(
    paragraphs: tuple[Paragraph, ...], footnote_texts: dict[int, str]
) -> tuple[tuple[Paragraph, ...], tuple[Footnote, ...], tuple[str, ...]]:
    """Markers out of every paragraph and sub-paragraph, in document order; footnotes with
    the ids that cite them; warnings for markers without text and text without markers."""
    slash_style = any(
        has_slash_marker(text)
        for paragraph in paragraphs
        for text in [
            paragraph.text,
            *(sub.text for sub in walk_subparagraphs(paragraph.subparagraphs)),
        ]
    )
    state = MarkerState(known=frozenset(footnote_texts), glued=not slash_style)
    cited_from: dict[int, list[str]] = {number: [] for number in footnote_texts}

    def clean_sub(sub: Subparagraph) -> Subparagraph:
        text, markers, offsets = take_out_markers(sub.text, state)
        for number in markers:
            cited_from[number].append(sub.id)
        children = tuple(clean_sub(child) for child in sub.subparagraphs)
        return replace(
            sub, text=text, footnotes=markers, subparagraphs=children, marker_offsets=offsets
        )

    cleaned: list[Paragraph] = []
    for paragraph in paragraphs:
        text, markers, offsets = take_out_markers(paragraph.text, state)
        for number in markers:
            cited_from[number].append(paragraph.id)
        subs = tuple(clean_sub(sub) for sub in paragraph.subparagraphs)
        cleaned.append(
            replace(
                paragraph,
                text=text,
                footnotes=markers,
                subparagraphs=subs,
                marker_offsets=offsets,
            )
        )

    footnotes = tuple(
        Footnote(number=number, text=footnote_texts[number], cited_from=tuple(cited_from[number]))
        for number in sorted(footnote_texts)
    )
    warnings = tuple(
        f"footnote {note.number} is not cited from any paragraph"
        for note in footnotes
        if not note.cited_from
    )
    return tuple(cleaned), footnotes, warnings
