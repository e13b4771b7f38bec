"""AKN4UN XML to the resolution model, read from the markup instead of from the layout.

The UN marks resolutions up in Akoma Ntoso (AKN4UN), but not uniformly. What this reader
accepts, from a survey of the 224 English documents of the corpus:

- preambular paragraphs: ``<container>`` in ``<preamble>``, and ``<crossHeading>`` inside an
  operative ``<section>`` (sections of omnibus resolutions carry their own preamble);
- operative paragraphs: ``<paragraph>`` with ``<num>1.</num>``; a lone unnumbered operative
  paragraph (the UN does not number a single one) gets number 1, or the next number;
- sub-paragraphs: ``<paragraph>`` without ``<num>`` whose text starts with ``(a)``, a
  ``<num>(iii)</num>``, ``<list>``/``<point>``, ``<blockList>``/``<item>``; ``(i)`` after
  ``(a)`` nests, and ``(i)`` after ``(h)`` is a letter unless ``(ii)`` follows;
- sections: ``<section>`` or heading paragraphs (class H23, ``<num>II</num>``, ``<subheading>``);
  a heading without a number gets the id ``S<n>`` (its rank among the sections);
- leads: the italic phrase a paragraph opens with; where the markup italicises nothing (a few
  paragraphs), an English paragraph's lead comes from the lead-phrase list, as for text;
- footnotes: ``<authorialNote marker="n">``; a later ``<sup>n</sup>`` cites note n again;
- a ``documentCollection`` (``74/92 A-B``): each component resolution becomes a section "A", "B";
- annexes: a level-one heading (class H1 or HCh, "Annex ...", an annexed declaration) and
  ``<attachments>`` end the resolution's own text; the annexed text is left out, and so are
  footnotes cited only there. A level-one heading right after "Adopts the following
  declaration:" opens adopted text instead, and is read. Tables are left out with a warning.

The six language versions of one resolution give the same ids (checked over 71 x 6 resolutions by
benchmarks/akn_languages.py). What differs between them, and is read alike: leads in bold in
Chinese (after a short adverbial, "在这方面<b>欢迎</b>") and after "و" in Arabic; Arabic markers
wrapped in ``<sup>(</sup>…<sup>)</sup>`` and numbers written "1 -" or between right-to-left
marks; section numbers "ثانيا", "二" or "II" alone on a line or before the heading (ids use the
Latin "II"); headings set as body paragraphs; numbered items inside the last preambular
paragraph; the closing meeting line, a page footnote or a page break left in the body.
Metadata comes from any body's markup (General Assembly, Security Council), with the meeting
tagged as ``<inline name="adoptionMeeting">``, ``<location refersTo="#adoptionMeeting">`` or
written in the adoption line. Markup nested deeper than MAX_DEPTH is refused while parsing.

Paragraph ids are ``PP<n>`` (preambular, counted through the document) and ``OP<n>`` (the
printed number). When the numbering restarts in each section so that ids would collide,
every operative paragraph inside a section is named after it: ``II.OP3``, ``II.OP3(a)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from mineres.errors import MineresError
from mineres.frozen import frozen_dataclass
from mineres.models import (
    Footnote,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    Section,
    Subparagraph,
)
from mineres.un.language_codes import from_akn_code
from mineres.un.numbering import (
    next_roman,
    plenary_meeting_line,
    restart_prefixes,
    roman_value,
    section_label,
    to_roman,
)

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element, ParseError, XMLParser
else:
    try:  # the C parser and tree xml.etree.ElementTree serves, without that module's own
        # Python (classes, writers, C14N: 0.4 ms of a first run); the same classes either way
        from _elementtree import Element, ParseError, XMLParser
    except ImportError:  # pragma: no cover - an interpreter without the C accelerator
        from xml.etree.ElementTree import Element, ParseError, XMLParser

MARK_OPEN = "\ue000"  # stands where a footnote marker was while whitespace is normalised
MARK_CLOSE = "\ue001"
WORD_AFTER_MARKER = frozenset("_“‘(")  # with letters and digits: a marker before them ends a word
# searched only where a "<!" opens something else than a comment "<!--", which declares nothing
UNSAFE_DECLARATION = r"(?i)<!\s*(?:DOCTYPE|ENTITY)"
# a <num> left in the text: "12. ", Arabic "12 - " with or without right-to-left marks around
# it; like INLINE_NUMBER, tried only on a text a digit opens (`opens_with_digit`)
NUMBER_IN_TEXT = r"^[\u200e\u200f]*(?P<number>\d{1,4})[\u200e\u200f]*(?:\.|\s*-)[\u200e\u200f]*\s+"
DIRECTION_MARKS = "\u200e\u200f"
# Patterns of what only some documents hold (<sup> markers, headings, Arabic brackets, a page's
# footnote in the body), compiled on first need by `pattern`, not at import: ~0.4 ms of every
# first run whose document has none of them.
SUP_MARKERS = r"^\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*$"
SECTION_WORD_LABEL = r"^(?:Part|Section|Chapter)\s+[\dIVXLC]+[A-Z]?$"
HEADING_WITH_LABEL = r"^(?P<label>[A-Z]|[IVXL]{1,6})\.\s+(?P<heading>\S.*)$"
# "I Calendrier des conférences", "一 内部监督事务厅的活动": a number and the heading, no full stop
HEADING_WITH_BARE_LABEL = (
    r"^(?P<label>[IVXL]{1,6}|[一二三四五六七八九十]{1,3})\s+(?P<heading>\S.*)$"
)
SYMBOL_CHARACTERS = frozenset("_.()-")  # with letters and digits, in a symbol's parts
# what separates the symbols of a list: commas, and the conjunctions of the six languages
SYMBOL_SEPARATOR = r"\s*(?:[,،，]|\band\b|\bet\b|\by\b|\bи\b|و)\s*"
SYMBOL_CONJUNCTIONS = ("and", "et", "y", "и", "و")
AGENDA_NUMBERS = r"\d+(?:\s*\([a-z]+\))?(?:\s*(?:,|and|et|y|и)\s*\d+(?:\s*\([a-z]+\))?)*"
ANNEX_CLASSES = frozenset({"H1", "HCh"})
HEADING_LENGTH = 200
STAR_NOTE = r"^\*{1,3}\s"
SENTENCE_ENDS = tuple(".;:,!?)…。；：，、！？،؛")
HEADING_CLASSES = frozenset({"H1", "HCh", "H23", "H4"})
ROMAN_LABEL_DIGITS = frozenset("ivxlc")

MAX_DEPTH = 200  # AKN4UN resolutions nest about 15 deep; deeper markup is refused, not recursed
# The UN sets lead phrases in italics, and in bold in Chinese.
EMPHASIS = {"zh": frozenset({"bold", "italic"})}
DEFAULT_EMPHASIS = frozenset({"italic"})
BRACKET_SUP = r"^\s*[()]\s*$"  # Arabic "<sup>(</sup><note/><sup>)</sup>"
EMPTY_MARKER = r"^\(\s*\)\s*"  # and its footnote text opens with "()"
# "14\t<span>Encourages", "\u200f19 -\u200f\t<span>تحيط"
INLINE_NUMBER = (
    r"^[\s\u200e\u200f]*(?P<number>\d{1,4})[\s\u200e\u200f]*(?:[.．]|-)?[\s\u200e\u200f]*$"
)
COMMITTEES = {
    "#firstCommittee": "First Committee",
    "#secondCommittee": "Second Committee",
    "#thirdCommittee": "Third Committee",
    "#fourthCommittee": "Fourth Committee",
    "#fifthCommittee": "Fifth Committee",
    "#sixthCommittee": "Sixth Committee",
}


@cache
def pattern(source: str) -> re.Pattern[str]:
    """One of the patterns above, compiled the first time a document needs it."""
    return re.compile(source)


@frozen_dataclass
class Reading:
    """What every step of the body walk needs: the footnotes and how this language sets leads."""

    notes: dict[int, str]
    emphasis: frozenset[str] = DEFAULT_EMPHASIS


def parse_akn(text: str) -> Resolution:
    """A resolution from its AKN4UN markup; raises MineresError for XML that cannot be used."""
    root = parse_xml(text)
    notes = collect_footnote_texts(root)
    metadata = read_akn_metadata(root)
    reading = Reading(notes, EMPHASIS.get(metadata.language, DEFAULT_EMPHASIS))
    return ResolutionBuilder().build(list(body_units(root, reading)), metadata, notes)


def parse_xml(text: str) -> Element:
    """Parse without ever expanding entities (declarations are refused before parsing), then
    refuse nesting deeper than MAX_DEPTH: the C parser builds the tree without recursing, and
    so does the walk that checks it. Each element's tag is made its local name on the way
    ("{...akn/3.0}p" -> "p"): the reader knows the UN's markup in any namespace, and finds
    elements by name with `iter(name)`."""
    if declares_anything(text) and pattern(UNSAFE_DECLARATION).search(text):
        raise MineresError("AKN XML with DOCTYPE or ENTITY declarations is refused")
    parser = XMLParser()
    try:
        parser.feed(text.lstrip("\ufeff"))
        root = parser.close()
    except ParseError as error:
        raise MineresError(f"not well-formed XML: {error}") from None
    name_locally(root)
    return root


def declares_anything(text: str) -> bool:
    """Whether a "<!" opens something else than a comment "<!--": only then may the markup
    declare a DOCTYPE or an ENTITY, and is the pattern compiled and searched. Each "!" is
    found by a one-character search, many times faster in a long text than one for "<!"."""
    position = text.find("!")
    while position >= 0:
        if position and text[position - 1] == "<" and not text.startswith("--", position + 1):
            return True
        position = text.find("!", position + 1)
    return False


def name_locally(root: Element) -> None:
    """Each tag made its local name, one level of the tree at a time (no recursion, no
    generator per element); deeper than MAX_DEPTH levels is refused. A document uses a few
    dozen names for hundreds of elements: each is cut once."""
    local_names: dict[str, str] = {}
    level = [root]
    for _ in range(MAX_DEPTH):
        below: list[Element] = []
        for element in level:
            tag = element.tag
            name = local_names.get(tag)
            if name is None:
                name = local_names[tag] = local(tag)
            element.tag = name
            below.extend(element)
        if not below:
            return
        level = below
    raise MineresError(f"AKN XML nested deeper than the limit of {MAX_DEPTH} elements")


def local(tag: str) -> str:
    """ "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}p" -> "p": the only names the
    rest of this module reads (parse_xml makes every tag its local name)."""
    return tag.rsplit("}", 1)[-1]


def children(element: Element, name: str) -> list[Element]:
    return [child for child in element if child.tag == name]


def first(element: Element | None, name: str) -> Element | None:
    """The first descendant (or self) called `name`, in document order (tags are local names:
    parse_xml)."""
    if element is None:
        return None
    return next(element.iter(name), None)


def squash(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- inline text and footnotes


@frozen_dataclass
class Inline:
    """A paragraph's words with footnote markers taken out and remembered by offset."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()  # (footnote number, offset in text)
    lead: str = ""

    @property
    def footnotes(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(number for number, _ in self.marks))


def collect_footnote_texts(root: Element) -> dict[int, str]:
    """Every authorialNote's text by marker; the first definition of a marker wins."""
    notes: dict[int, str] = {}
    for note in root.iter("authorialNote"):
        marker = (note.get("marker") or "").strip()
        if marker.isdigit():
            notes.setdefault(int(marker), without_empty_marker(squash("".join(note.itertext()))))
    return notes


def without_empty_marker(note: str) -> str:
    """A footnote's text without the "()" an Arabic marker leaves at its start; the pattern
    compiled only for a note that opens with "(" (most never do)."""
    return pattern(EMPTY_MARKER).sub("", note) if note.startswith("(") else note


def raw_text(element: Element, known_notes: dict[int, str]) -> str:
    """The element's text with each footnote marker written as MARK_OPEN n MARK_CLOSE."""
    parts = [element.text or ""]
    for child in element:
        name = child.tag
        if name == "authorialNote":
            marker = (child.get("marker") or "").strip()
            if marker.isdigit():
                parts.append(f"{MARK_OPEN}{int(marker)}{MARK_CLOSE}")
        elif name == "sup" and is_footnote_reference(child, known_notes):
            numbers = "".join(child.itertext()).split(",")
            parts.extend(f"{MARK_OPEN}{int(n)}{MARK_CLOSE}" for n in numbers)
        elif name == "sup" and pattern(BRACKET_SUP).match("".join(child.itertext())):
            pass
        elif name == "eol":
            parts.append(" ")
        elif name in ("num", "table"):
            pass
        else:
            parts.append(raw_text(child, known_notes))
        parts.append(child.tail or "")
    return "".join(parts)


def is_footnote_reference(sup: Element, known_notes: dict[int, str]) -> bool:
    """A superscript number that repeats an existing footnote's marker ("Initiative<sup>2</sup>")."""
    text = "".join(sup.itertext())
    if not pattern(SUP_MARKERS).match(text):
        return False
    return all(int(n) in known_notes for n in text.split(","))


def make_inline(raw: str, lead: str = "") -> Inline:
    """Normalise whitespace, glue each marker to the word before it, and record its offset."""
    if MARK_OPEN not in raw:  # most paragraphs cite no footnote: whitespace is all there is
        return Inline(squash(raw), (), lead)
    glued: list[str] = []
    position = 0
    for start, end, _ in markers_in(raw):
        glued.append(raw[position:start].rstrip())  # the spaces before a marker go
        glued.append(raw[start:end])
        following = raw[end : end + 1]
        # a marker ends a word: "2017,<note/>36/5" reads "2017, 36/5"
        if following and (following.isalnum() or following in WORD_AFTER_MARKER):
            glued.append(" ")
        position = end
    glued.append(raw[position:])
    text = squash("".join(glued))
    marks: list[tuple[int, int]] = []
    out: list[str] = []
    length = 0
    position = 0
    for start, end, number in markers_in(text):
        piece = text[position:start]
        out.append(piece)
        length += len(piece)
        marks.append((number, length))
        position = end
    out.append(text[position:])
    clean = "".join(out)
    if "  " in clean:  # a marker that stood between two spaces
        clean, marks = close_double_spaces(clean, marks)
    return Inline(clean.strip(), tuple(marks), lead)


def markers_in(text: str) -> Iterator[tuple[int, int, int]]:
    r"""Where each marker (MARK_OPEN, digits, MARK_CLOSE) starts and ends, and its number: what
    the pattern MARK_OPEN (\d+) MARK_CLOSE found (\d is `str.isdecimal`), read by hand like the
    spaces around markers in `make_inline`: three patterns less to compile in a first run."""
    start = text.find(MARK_OPEN)
    while start >= 0:
        end = start + 1
        while end < len(text) and text[end].isdecimal():
            end += 1
        if end > start + 1 and text.startswith(MARK_CLOSE, end):
            yield start, end + 1, int(text[start + 1 : end])
            start = text.find(MARK_OPEN, end + 1)
        else:
            start = text.find(MARK_OPEN, start + 1)


def close_double_spaces(
    text: str, marks: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """Drop the first of two spaces, shifting the markers after it: one pass, however many."""
    kept: list[str] = []
    removed_before: list[int] = []  # spaces removed before each position of the old text
    removed = 0
    for index, character in enumerate(text):
        removed_before.append(removed)
        if character == " " and text[index + 1 : index + 2] == " ":
            removed += 1
        else:
            kept.append(character)
    removed_before.append(removed)
    shifted = [(n, offset - removed_before[min(offset, len(text))]) for n, offset in marks]
    return "".join(kept), shifted


def is_lead_prefix(opening: str) -> bool:
    """A few words before the emphasised lead that belong to it: Chinese "在这方面" before a
    bold "欢迎", Arabic "و" (and) before "إذ تذكّر أيضا"; up to eight Chinese characters or
    three Arabic letters. A loop, not a pattern, whose CJK range cost up to 5 ms to compile."""
    return (len(opening) <= 8 and all("\u4e00" <= char <= "\u9fff" for char in opening)) or (
        len(opening) <= 3 and all("\u0600" <= char <= "\u06ff" for char in opening)
    )


def leading_emphasis(p: Element, emphasis: frozenset[str]) -> str:
    """The phrase a paragraph opens with in italics (bold in Chinese): the UN's lead phrase
    ("Reaffirming its deep concern"), after a paragraph number written inline if there is one."""
    opening = (p.text or "").strip()
    adverbial = ""
    if opening and not number_in_text(opening + " ") and not written_number(opening):
        if not is_lead_prefix(opening):
            return ""
        adverbial = opening
    words: list[str] = []
    for child in p:
        classes = set((child.get("class") or "").split())
        if child.tag != "span" or not classes & emphasis:
            break
        words.append("".join(child.itertext()))
        if (child.tail or "").strip():
            break
        words.append(child.tail or "")  # the space between two spans, or none
    if not words:
        return ""
    return (adverbial + squash("".join(words))).rstrip(" ,;:،؛，；：")


def opens_with_digit(text: str) -> bool:
    """Whether the first character after spaces and direction marks is a digit, as in every
    number written inline: NUMBER_IN_TEXT and INLINE_NUMBER are compiled and tried only then
    (most paragraphs open with a word or a bracket)."""
    for character in text:
        if not (character.isspace() or character in DIRECTION_MARKS):
            return character.isdecimal()
    return False


def number_in_text(text: str) -> re.Match[str] | None:
    """ "12. Requests", Arabic "12 - ": a <num> left at the start of the text."""
    return pattern(NUMBER_IN_TEXT).match(text) if opens_with_digit(text) else None


def written_number(text: str) -> re.Match[str] | None:
    """ "14\t", "\u200f19 -\u200f\t": the whole text before the lead is a paragraph number."""
    return pattern(INLINE_NUMBER).match(text) if opens_with_digit(text) else None


def inline_number(p: Element | None) -> int | None:
    """A paragraph number written in the text before the lead ("14\t<span>鼓励</span>")."""
    if p is None or len(p) == 0:
        return None
    match = written_number(p.text or "")
    return int(match["number"]) if match and (p.text or "").strip() else None


def inline_of(p: Element | None, reading: Reading, *, with_lead: bool) -> Inline:
    if p is None:
        return Inline("")
    lead = leading_emphasis(p, reading.emphasis) if with_lead else ""
    inline = make_inline(raw_text(p, reading.notes), lead)
    numbered = number_in_text(inline.text)
    unnumbered = inline.text[numbered.end() :] if numbered else inline.text
    if lead and not unnumbered.startswith(lead) and inline_number(p) is None:
        return Inline(inline.text, inline.marks, "")
    return inline


def operative_number(num: str) -> int | None:
    r"""The number of a <num> that numbers an operative paragraph: "12.", Arabic "12 -", up to
    six digits between spaces. A plain test for what r"^\s*(\d{1,6})\s*[.-]?\s*$" matched
    (\s is what `str.strip` removes, \d what `str.isdecimal` tests), without compiling it."""
    digits = num.strip()
    if digits.endswith((".", "-")):
        digits = digits[:-1].rstrip()
    return int(digits) if len(digits) <= 6 and digits.isdecimal() else None


def cut_number(inline: Inline) -> Inline:
    """The text after a number written inline ("14 Encourages ..." -> "Encourages ...")."""
    match = re.match(
        r"^[\u200e\u200f]*\d{1,4}[\s\u200e\u200f]*[.．-]?[\s\u200e\u200f]*", inline.text
    )
    if not match:
        return inline
    cut = match.end()
    marks = tuple((n, max(offset - cut, 0)) for n, offset in inline.marks)
    return Inline(inline.text[cut:], marks, inline.lead)


def strip_label(inline: Inline) -> tuple[str | None, Inline]:
    """Split "(a) text" into the label "a" and the text after it."""
    found = leading_label(inline.text)
    if found is None:
        return None, inline
    label, cut = found
    marks = tuple((n, max(offset - cut, 0)) for n, offset in inline.marks)
    return label, Inline(inline.text[cut:], marks)


# Sub-paragraph labels are read by hand, not by two patterns that cost 0.2 ms to compile in
# every first run of a document with sub-paragraphs. What they read, exactly (\s is what
# `str.isspace` tests; tests/test_rules_akn_patterns.py checks the equality on generated text):
#   a label:           \((?P<label>[^\s()]{1,4})\)|(?P<bare>[a-zа-я]{1,3})\)
#   a text opening:    ^[\s\u200e\u200f]*(?:label)[\s]+
#   a <num>:           ^\s*(?:label)\s*$
def label_at(text: str, start: int) -> tuple[str, int] | None:
    """The sub-paragraph label written at `start` ("(a)", "(iii)", "(أ)" and, in French,
    Spanish and Russian, "a)"), with where its closing bracket ends."""
    if text.startswith("(", start):
        close = text.find(")", start + 1, start + 6)  # at most four characters inside
        if close < 0:
            return None
        label = text[start + 1 : close]
        if not label or any(char.isspace() or char == "(" for char in label):
            return None
        return label, close + 1
    end = start
    while end < len(text) and is_label_letter(text[end]):
        end += 1
    if 0 < end - start <= 3 and text.startswith(")", end):
        return text[start:end], end + 1
    return None


def is_label_letter(character: str) -> bool:
    return "a" <= character <= "z" or "а" <= character <= "я"


def leading_label(text: str) -> tuple[str, int] | None:
    """ "(a) text": the label a text opens with (after spaces and direction marks) and where
    the spaces after it end; None unless a space follows the label."""
    start = 0
    while start < len(text) and (text[start].isspace() or text[start] in DIRECTION_MARKS):
        start += 1
    found = label_at(text, start)
    if found is None:
        return None
    label, end = found
    cut = end
    while cut < len(text) and text[cut].isspace():
        cut += 1
    return (label, cut) if cut > end else None


def num_label(num: str) -> str | None:
    """The label a whole <num> holds ("(a)", " a) "), or None."""
    text = num.strip()
    found = label_at(text, 0)
    return found[0] if found is not None and found[1] == len(text) else None


# ---------------------------------------------------------------- walking the body


UnitKind = Literal["preambular", "operative", "sub", "plain", "heading", "end"]
NO_TEXT = Inline("")


@frozen_dataclass
class Unit:
    """One reading-order piece of the body, before it is fitted into the model."""

    kind: UnitKind
    inline: Inline = NO_TEXT  # frozen: one empty text serves every unit without one
    number: int | None = None
    label: str | None = None
    heading: str = ""
    part: Literal["preamble", "operative"] = "operative"
    top: bool = False  # a component resolution of a collection, not a section inside one


def body_units(root: Element, reading: Reading) -> Iterator[Unit]:
    """The resolution's preamble and body as a flat sequence, annexes cut off."""
    for statement in statements(root):
        preface = first(statement, "preface")
        if preface is not None and statement is not document_element(root):
            label = text_of(first(preface, "docNumber"))
            title = first(preface, "docTitle")
            yield Unit(
                "heading",
                label=label.rstrip("."),
                heading=text_of(title),
                part="preamble",
                top=True,
            )
        for part in statement:
            name = part.tag
            if name == "preamble":
                yield from preamble_units(part, reading)
            elif name == "mainBody":
                previous: Unit | None = None
                for unit in main_body_units(part, reading):
                    if unit.kind == "end" and introduced(previous, unit):
                        unit = Unit("heading", label=unit.label, heading=unit.heading)
                    yield unit
                    if unit.kind == "end":
                        return
                    previous = unit


def introduced(previous: Unit | None, heading: Unit) -> bool:
    """A level-one heading right after "Adopts the following declaration:" opens the adopted
    text, which is part of the resolution; otherwise it opens an annex, where the text ends."""
    if previous is None or not heading.heading or is_meeting_line(heading.heading):
        return False
    return previous.kind in ("operative", "plain") and previous.inline.text.endswith((":", "："))


def document_element(root: Element) -> Element:
    found = next((child for child in root if child.tag != "components"), None)
    if found is None:
        raise MineresError("AKN XML without a document element")
    return found


def statements(root: Element) -> list[Element]:
    """The resolution itself, or each component resolution of a documentCollection."""
    document = document_element(root)
    if document.tag != "documentCollection":
        return [document]
    components = [
        child
        for component in root.iter("component")
        for child in component
        if child.tag in ("statement", "doc", "resolution")
    ]
    return components or [document]


def text_of(element: Element | None) -> str:
    return squash("".join(element.itertext())) if element is not None else ""


def preamble_units(preamble: Element, reading: Reading) -> Iterator[Unit]:
    """Preambular paragraphs; what the markup misplaces here is read for what it is: a
    paragraph numbered inline ("14\t<span>Encourages</span>") or a list of numbered items
    inside the last preambular paragraph (Chinese 76/74) is operative."""
    for child in preamble:
        name = child.tag
        if name == "container":
            yield from container_units(child, reading)
        elif name == "blockList":
            yield from block_list_units(child, reading, part="preamble")


def container_units(container: Element, reading: Reading) -> Iterator[Unit]:
    lists = children(container, "blockList")
    if lists:
        yield from block_list_units(lists[0], reading, part="preamble")
        return
    p = first(container, "p")
    if p is None:
        return
    number = inline_number(p)
    if number is not None:
        inline = cut_number(inline_of(p, reading, with_lead=True))
        yield Unit("operative", inline, number=number)
        return
    yield Unit("preambular", inline_of(p, reading, with_lead=True), part="preamble")


def block_list_units(
    block_list: Element, reading: Reading, part: Literal["preamble", "operative"] = "operative"
) -> Iterator[Unit]:
    for item in block_list:
        name = item.tag
        if name == "listIntroduction" and part == "preamble":
            inline = inline_of(item, reading, with_lead=True)
            yield Unit("preambular", inline, part="preamble")
        elif name == "listIntroduction":
            yield Unit("plain", make_inline(raw_text(item, reading.notes)))
        elif name == "item":
            yield item_unit(item, reading)


def item_unit(item: Element, reading: Reading) -> Unit:
    """An <item>: a sub-paragraph "(a)", or an operative paragraph when its <num> says "1."."""
    num = children(item, "num")
    if num and operative_number(text_of(num[0])) is not None:
        return paragraph_unit(text_of(num[0]), first(item, "p") or item, reading)
    return sub_unit(item, reading)


def sub_unit(element: Element, reading: Reading) -> Unit:
    """A <point> or <item>: its label from <num>, its text from the rest."""
    num = first(element, "num")
    numbered_label = num_label(text_of(num)) if num is not None else None
    inline = make_inline(raw_text(element, reading.notes))
    label, inline = strip_label(inline)
    if numbered_label:
        label = numbered_label
    return Unit("sub", inline, label=label or "")


def main_body_units(body: Element, reading: Reading) -> Iterator[Unit]:
    for child in body:
        name = child.tag
        if name == "paragraph":
            yield from paragraph_units(child, reading)
        elif name == "section":
            yield from section_units(child, reading)
        elif name == "crossHeading":
            yield Unit("preambular", inline_of(child, reading, with_lead=True))
        elif name == "container" and first(child, "table") is not None:
            yield Unit("plain", Inline(""), heading="table")
        elif name == "blockList":
            yield from block_list_units(child, reading)
        elif name == "subheading":
            yield Unit("heading", heading=text_of(child))


def section_units(section: Element, reading: Reading) -> Iterator[Unit]:
    num = children(section, "num")
    title = children(section, "subheading") + children(section, "heading")
    yield Unit(
        "heading",
        label=text_of(num[0]) if num else None,
        heading=text_of(title[0]) if title else "",
    )
    inner = Element("mainBody")
    inner.extend(c for c in section if c.tag not in ("num", "subheading", "heading"))
    yield from main_body_units(inner, reading)


def paragraph_units(paragraph: Element, reading: Reading) -> Iterator[Unit]:
    css = paragraph.get("class") or ""
    num_elements = children(paragraph, "num")
    num = text_of(num_elements[0]) if num_elements else ""
    content = children(paragraph, "content")
    listing = children(paragraph, "list")
    if css in ANNEX_CLASSES:  # an annex, unless the text before introduced it (body_units)
        headings = children(paragraph, "subheading") + children(paragraph, "heading")
        heading = text_of(headings[0]) if headings else text_of(first(paragraph, "p"))
        yield Unit("end", label=num or None, heading=heading)
        return
    if css == "FootnoteText":
        return
    if not content and not listing:
        headings = children(paragraph, "subheading") + children(paragraph, "heading")
        if operative_number(num) is not None and not headings:
            yield paragraph_unit(num, None, reading)
        elif num or headings:
            yield Unit(
                "heading", label=num or None, heading=text_of(headings[0]) if headings else ""
            )
        return
    if listing:
        yield from list_units(listing[0], num, reading)
        return
    p = first(content[0], "p")
    if css in HEADING_CLASSES:
        yield Unit("heading", label=num or None, heading=text_of(p))
        return
    yield paragraph_unit(num, p, reading)


def paragraph_unit(num: str, p: Element | None, reading: Reading) -> Unit:
    operative = operative_number(num)
    if operative is not None:
        return Unit("operative", inline_of(p, reading, with_lead=True), number=operative)
    sub = num_label(num)
    if sub:
        _, inline = strip_label(inline_of(p, reading, with_lead=False))
        return Unit("sub", inline, label=sub)
    inline = inline_of(p, reading, with_lead=True)
    label, rest = strip_label(inline)
    if label is not None:
        return Unit("sub", rest, label=label)
    numbered = number_in_text(inline.text)
    if numbered:
        cut = numbered.end()
        marks = tuple((n, offset - cut) for n, offset in inline.marks)
        text = Inline(inline.text[cut:], marks, inline.lead)
        return Unit("operative", text, number=int(numbered["number"]))
    written = inline_number(p)
    if written is not None and inline.lead:
        return Unit("operative", cut_number(inline), number=written)
    if is_meeting_line(inline.text):
        return Unit("end", heading=inline.text)
    if pattern(STAR_NOTE).match(inline.text):  # "*\tA/75/150.": a page's footnote set as body text
        return Unit("plain", Inline(""), heading="footnote")
    if looks_like_heading(inline):
        return Unit("heading", heading=inline.text)
    return Unit("plain", inline)


def looks_like_heading(inline: Inline) -> bool:
    """An unnumbered paragraph that is a heading set as body text ("أولا", a bold title, a plain
    title in Chinese): short, no footnote, no lead of its own, no closing punctuation."""
    text = inline.text
    if not text or len(text) > HEADING_LENGTH or inline.marks:
        return False
    if inline.lead and inline.lead != text:
        return False
    return not text.endswith(SENTENCE_ENDS)


def is_meeting_line(text: str) -> bool:
    """The closing "37th plenary meeting 7 December 2020" left in the body, in any language."""
    return len(text) < 120 and bool(plenary_meeting_line().match(text))


def list_units(listing: Element, num: str, reading: Reading) -> Iterator[Unit]:
    for child in listing:
        name = child.tag
        if name == "intro":
            yield paragraph_unit(num, first(child, "p"), reading)
        elif name == "point":
            yield sub_unit(child, reading)


# ---------------------------------------------------------------- fitting units into the model


# The drafts are built, grown and read once, never compared or shown: plain classes, made at
# import without the methods dataclass would compile for them (~0.3 ms of every first run).
class SubDraft:
    """A sub-paragraph being read: its label, whether it is a letter or a roman numeral, its
    text, and the sub-paragraphs nested in it so far."""

    __slots__ = ("children", "inline", "label", "style")

    def __init__(self, label: str, style: str, inline: Inline) -> None:
        self.label = label
        self.style = style  # "letter" or "roman"
        self.inline = inline
        self.children: list[SubDraft] = []


class ParagraphDraft:
    """A paragraph being read, with its sub-paragraphs so far and the path to the latest."""

    __slots__ = ("inline", "kind", "number", "open_subs", "section", "subs", "top")

    def __init__(
        self,
        kind: ParagraphKind,
        number: int,
        inline: Inline,
        section: Section | None,
        top: Section | None,  # the component resolution of a collection it belongs to
    ) -> None:
        self.kind = kind
        self.number = number
        self.inline = inline
        self.section = section
        self.top = top
        self.subs: list[SubDraft] = []
        self.open_subs: list[SubDraft] = []  # the path to the latest sub-paragraph


class ResolutionBuilder:
    """Fits the flat units into paragraphs, sub-paragraphs and sections, in reading order."""

    def __init__(self) -> None:
        self.drafts: list[ParagraphDraft] = []
        self.sections: list[Section] = []
        self.section: Section | None = None
        self.top: Section | None = None
        self.pending_label: str | None = None  # a heading number waiting for its heading text
        self.warnings: list[str] = []
        self.last_number: dict[str | None, int] = {}
        self.section_ids: set[str] = set()  # the last operative number in each section

    def build(self, units: list[Unit], metadata: Metadata, notes: dict[int, str]) -> Resolution:
        for index, unit in enumerate(units):
            following = units[index + 1] if index + 1 < len(units) else None
            self.place(unit, following)
        return self.finish(metadata, notes)

    def place(self, unit: Unit, following: Unit | None) -> None:
        if unit.kind == "heading":
            self.open_section(unit, following)
        elif unit.kind == "preambular":
            self.drafts.append(ParagraphDraft("preambular", 0, unit.inline, self.section, self.top))
        elif unit.kind == "operative":
            self.add_operative(unit.number or 0, unit.inline)
        elif unit.kind == "sub":
            self.add_sub(unit, following)
        elif unit.kind == "plain":
            self.add_plain(unit)

    def open_section(self, unit: Unit, following: Unit | None) -> None:
        label = (unit.label or "").strip()
        heading = unit.heading
        if not label and not any(character.isalnum() for character in heading):
            return  # a "* * *" separator
        if section_label(heading) and not label:  # "II" or "ثانيا" alone: the next heading's number
            label, heading = heading, ""
        if self.pending_label is not None and not label:
            label, self.pending_label = self.pending_label, None
        if pattern(SECTION_WORD_LABEL).match(heading) and not label:
            label, heading = heading, ""
        labelled = labelled_heading(heading)
        if labelled and not label and section_label(labelled["label"]):
            label, heading = labelled["label"], labelled["heading"]
        if (
            not heading
            and following is not None
            and following.kind == "heading"
            and not (following.label or "").strip()
        ):
            self.pending_label = label
            return
        if not heading and not label:
            return
        section_id = section_label(label) or label or f"S{len(self.sections) + 1}"
        if self.top is not None and not unit.top:
            section_id = f"{self.top.id}.{section_id}"
        if section_id in self.section_ids:
            section_id = f"{section_id}~{len(self.sections) + 1}"
        self.section = Section(section_id, label, heading, unit.part)
        self.sections.append(self.section)
        self.section_ids.add(section_id)
        if unit.top:
            self.top = self.section

    def add_sub(self, unit: Unit, following: Unit | None) -> None:
        parent = self.drafts[-1] if self.drafts else None
        if parent is None:
            self.warnings.append(f"sub-paragraph ({unit.label}) before any paragraph: left out")
            return
        label = unit.label or ""
        next_label = following.label if following is not None and following.kind == "sub" else None
        style = label_style(label, parent.open_subs, next_label)
        sub = SubDraft(label, style, unit.inline)
        path = parent.open_subs
        depth = next((i for i, open_sub in enumerate(path) if open_sub.style == style), None)
        if depth is None:
            siblings = path[-1].children if path else parent.subs
            parent.open_subs = [*path, sub]
        else:
            siblings = path[depth - 1].children if depth else parent.subs
            parent.open_subs = [*path[:depth], sub]
        siblings.append(sub)

    def add_plain(self, unit: Unit) -> None:
        if unit.heading == "table":
            self.warnings.append("a table was left out")
            return
        if unit.heading == "footnote":
            self.warnings.append("a footnote set as a body paragraph ('* ...') was left out")
            return
        if not unit.inline.text:
            return
        parent = self.drafts[-1] if self.drafts else None
        if parent is not None and parent.open_subs:
            last = parent.open_subs[-1]
            last.inline = join_inlines(last.inline, unit.inline)
            self.warnings.append(
                f"unnumbered text after sub-paragraph ({last.label}) joined to it: "
                f"{unit.inline.text[:40]!r}"
            )
            return
        if parent is not None and continues(parent.inline, unit.inline):
            parent.inline = join_inlines(parent.inline, unit.inline)
            self.warnings.append(
                f"text split across two markup paragraphs joined: {unit.inline.text[:40]!r}"
            )
            return
        self.add_operative(self.last_number.get(self.section_key, 0) + 1, unit.inline)

    @property
    def section_key(self) -> str | None:
        return self.section.id if self.section is not None else None

    def add_operative(self, number: int, inline: Inline) -> None:
        self.drafts.append(ParagraphDraft("operative", number, inline, self.section, self.top))
        self.last_number[self.section_key] = number

    def finish(self, metadata: Metadata, notes: dict[int, str]) -> Resolution:
        operative = [d for d in self.drafts if d.kind == "operative"]
        prefixes = iter(
            restart_prefixes(
                [
                    (d.number, d.top.id if d.top else None, d.section.id if d.section else None)
                    for d in operative
                ]
            )
        )
        lead_of_plain = plain_lead_finder(metadata.language)
        paragraphs: list[Paragraph] = []
        preambular_count = 0
        for draft in self.drafts:
            if draft.kind == "preambular":
                preambular_count += 1
                paragraph_id = f"PP{preambular_count}"
                number = preambular_count
            else:
                prefix = next(prefixes)
                paragraph_id = f"{prefix}.OP{draft.number}" if prefix else f"OP{draft.number}"
                number = draft.number
            paragraphs.append(to_paragraph(draft, paragraph_id, number, lead_of_plain))
        seen_ids: set[str] = set()
        for paragraph in paragraphs:
            if paragraph.id in seen_ids:
                self.warnings.append(f"paragraph id {paragraph.id} occurs twice")
            seen_ids.add(paragraph.id)
        footnotes = footnotes_cited(paragraphs, notes)
        used_sections = tuple(self.sections)
        return Resolution(
            metadata=metadata,
            preamble=tuple(p for p in paragraphs if p.kind == "preambular"),
            operative=tuple(p for p in paragraphs if p.kind == "operative"),
            footnotes=footnotes,
            sections=used_sections,
            warnings=tuple(self.warnings),
        )


def labelled_heading(heading: str) -> re.Match[str] | None:
    """ "II. Title", "I Calendrier des conférences": a heading that opens with its number."""
    with_full_stop = pattern(HEADING_WITH_LABEL).match(heading)
    return with_full_stop or pattern(HEADING_WITH_BARE_LABEL).match(heading)


def continues(previous: Inline, following: Inline) -> bool:
    """Unnumbered text in lower case after a paragraph that stops mid-sentence is the rest of
    that paragraph, cut by a page break in the markup ("Объединен" | "ных Наций ...")."""
    opening = following.text[:1]
    return (
        not following.lead
        and opening.isalpha()
        and opening.islower()
        and not previous.text.endswith(SENTENCE_ENDS)
    )


def join_inlines(left: Inline, right: Inline) -> Inline:
    shift = len(left.text) + 1
    marks = left.marks + tuple((n, offset + shift) for n, offset in right.marks)
    return Inline(f"{left.text} {right.text}", marks, left.lead)


def label_style(label: str, path: list[SubDraft], next_label: str | None) -> str:
    """Is "(i)" the ninth letter or the first roman numeral? Decided by what is open around it."""
    if not is_roman_label(label):
        return "letter"
    open_romans = [sub.label for sub in path if sub.style == "roman"]
    open_letters = [sub.label for sub in path if sub.style == "letter"]
    if open_romans and label == next_roman(open_romans[-1]):
        return "roman"
    if open_letters and label == next_letter(open_letters[-1]):
        return "roman" if label == "i" and next_label == "ii" else "letter"
    if label == "i" or open_romans:
        return "roman"
    return "letter" if not open_letters else "roman"


def is_roman_label(label: str) -> bool:
    """ "iv", "xii": a lower-case roman numeral below 400 written as `to_roman` writes it, which
    is what r"^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$" matched in a label (a
    label holds no newline), tested without compiling the pattern."""
    return (
        bool(label) and set(label) <= ROMAN_LABEL_DIGITS and to_roman(roman_value(label)) == label
    )


def next_letter(label: str) -> str:
    if label and all(ch == label[0] for ch in label) and label[0] < "z":
        return chr(ord(label[0]) + 1) * len(label)
    return "a" * (len(label) + 1) if label.startswith("z") else ""


def to_subparagraph(sub: SubDraft, parent_id: str) -> Subparagraph:
    sub_id = f"{parent_id}({sub.label})"
    return Subparagraph(
        id=sub_id,
        label=sub.label,
        text=sub.inline.text,
        footnotes=sub.inline.footnotes,
        subparagraphs=tuple(to_subparagraph(child, sub_id) for child in sub.children),
        marker_offsets=sub.inline.marks,
    )


def plain_lead_finder(language: str) -> Callable[[str], str]:
    """For the few paragraphs the markup leaves without italics: the lead-phrase list (English),
    imported by the first paragraph that needs it (most documents have none: ~2 ms saved)."""
    if language != "en":
        return lambda text: ""

    def lead_of(text: str) -> str:
        from mineres.parse.leads import find_lead

        return find_lead(text)

    return lead_of


def to_paragraph(
    draft: ParagraphDraft, paragraph_id: str, number: int, lead_of_plain: Callable[[str], str]
) -> Paragraph:
    return Paragraph(
        id=paragraph_id,
        kind=draft.kind,
        number=number,
        lead=draft.inline.lead or lead_of_plain(draft.inline.text),
        text=draft.inline.text,
        footnotes=draft.inline.footnotes,
        subparagraphs=tuple(to_subparagraph(sub, paragraph_id) for sub in draft.subs),
        section=draft.section.id if draft.section else None,
        marker_offsets=draft.inline.marks,
    )


def footnotes_cited(paragraphs: list[Paragraph], notes: dict[int, str]) -> tuple[Footnote, ...]:
    """The footnotes the resolution's own paragraphs cite, each with every place citing it."""
    cited_from: dict[int, list[str]] = {}
    for paragraph in paragraphs:
        for where, numbers in citing_places(paragraph):
            for number in numbers:
                places = cited_from.setdefault(number, [])
                if where not in places:
                    places.append(where)
    return tuple(
        Footnote(number, notes.get(number, ""), tuple(cited_from[number]))
        for number in sorted(cited_from)
    )


def citing_places(paragraph: Paragraph) -> Iterator[tuple[str, tuple[int, ...]]]:
    yield paragraph.id, paragraph.footnotes
    stack = list(reversed(paragraph.subparagraphs))
    while stack:
        sub = stack.pop()
        yield sub.id, sub.footnotes
        stack.extend(reversed(sub.subparagraphs))


# ---------------------------------------------------------------- metadata


def read_akn_metadata(root: Element) -> Metadata:
    """What the cover page, preface, conclusions and identifiers say, in any body's markup: the
    General Assembly's (meeting in <inline name="adoptionMeeting"> or, newer, in
    <location refersTo="#adoptionMeeting">) and the Security Council's (number "2365 (2017)",
    meeting and date in the adoption line)."""
    document = document_element(root)
    cover = first(document, "coverPage")
    preface = first(document, "preface")
    conclusions = first(root, "conclusions")
    committee_ref, originating = proponent(cover)
    committee = COMMITTEES.get(committee_ref)
    documents = split_symbols(originating)
    symbol = text_of(first(cover, "docNumber")) or None
    session = first(cover, "session")
    return Metadata(
        symbol=symbol,
        number=resolution_number(text_of(first(preface, "docNumber")), symbol),
        session=int(session.get("value", ""))
        if session is not None and session.get("value", "").isdigit()
        else None,
        agenda_item=agenda_item(cover),
        title=text_of(first(preface, "docTitle")) or None,
        adopted=adoption_date(root, conclusions),
        meeting=adoption_meeting(root, [conclusions, preface, cover]),
        distributed=iso_date(first(cover, "docDate")),
        committee=committee,
        drafts=(documents or workflow_symbols(root, "draftResolution"))
        if committee is None
        else (),
        report=report_symbol(root, documents) if committee is not None else None,
        body=issuing_body(root, cover, symbol),
        language=language_of(root),
        layout="akn",
    )


RESOLUTION_NUMBER = r"\d{1,5}\s*\(\d{4}\)|(?:ES-|S-)?\d{1,4}/\d{1,5}(?:\s+[A-Z](?:-[A-Z])?)?"


def resolution_number(printed: str, symbol: str | None) -> str | None:
    """ "76/74." -> "76/74"; "Resolution 2365 (2017)" -> "2365 (2017)", as the text reader
    writes them; from the symbol ("S/RES/2365 (2017)") when the preface has no number."""
    plain = printed.rstrip(".")
    session, slash, number = plain.partition("/")
    if slash and is_number(session, 4) and is_number(number, 5):
        return plain  # "76/74.", the commonest form: what the pattern finds in it, uncompiled
    match = pattern(RESOLUTION_NUMBER).search(printed) or pattern(RESOLUTION_NUMBER).search(
        re.sub(r"^[A-Z]+/RES/", "", symbol or "")
    )
    if match:
        return squash(match.group(0))
    return printed.rstrip(".") or None


def is_number(text: str, most_digits: int) -> bool:
    r"""1 to `most_digits` digits, as r"\d{1,n}" reads them (`str.isdecimal`)."""
    return 0 < len(text) <= most_digits and text.isdecimal()


def adoption_meeting(root: Element, places: list[Element | None]) -> str | None:
    """The meeting tagged as adoptionMeeting anywhere (an <inline name=...> or a <location
    refersTo="#..."> in an <event>), else written in the adoption line of any language."""
    for element in root.iter():
        if (
            element.get("name") == "adoptionMeeting"
            or element.get("refersTo") == "#adoptionMeeting"
        ):
            found = text_of(element)
            if found:
                return found
    for place in places:
        match = meeting_pattern().search(text_of(place))
        if match:
            return match.group(0)
    return None


def adoption_date(root: Element, conclusions: Element | None) -> date | None:
    """FRBRdate "adoption", the conclusions' date, any date tagged #adoptionDate, or the date
    of the adoption line ("on 30 June 2017") of a Security Council resolution."""
    work = first(root, "FRBRWork")
    if work is not None:
        for element in work:
            if element.tag == "FRBRdate" and element.get("name") == "adoption":
                found = iso_date(element)
                if found:
                    return found
    tagged = [e for e in root.iter() if e.get("refersTo") == "#adoptionDate"]
    for candidate in (first(conclusions, "docDate"), *tagged):
        found = iso_date(candidate)
        if found:
            return found
    # the adoption line's date is read only for markup that tags none (imported then)
    from mineres.un.dates import parse_long_date

    return parse_long_date(text_of(first(document_element(root), "preface")))


def issuing_body(root: Element, cover: Element | None, symbol: str | None) -> str:
    """The body in English whatever the language: from the cover page's issuing body, the
    markup's identifiers, or the symbol's prefix; the General Assembly when none says."""
    authority = next(
        (
            e
            for e in (cover.iter() if cover is not None else ())
            if e.get("refersTo") == "#issuingBody"
        ),
        None,
    )
    named = body_by_name(text_of(authority))
    if named:
        return named
    identifiers = identifier_words(root)
    for body in bodies():
        if identifiers & set(body["identifiers"]):
            return str(body["name"])
    for body in bodies():
        if symbol and symbol.startswith(body["symbol"]):
            return str(body["name"])
    return "General Assembly"


def identifier_words(root: Element) -> set[str]:
    """ "/akn/un/statement/deliberation/unsc/2017-06-30/2365/" and "#sc" -> {"unsc", "sc", ...}."""
    work = first(root, "FRBRWork")
    words: set[str] = set()
    for element in work if work is not None else ():
        value = element.get("value") or element.get("href") or ""
        if element.tag in ("FRBRuri", "FRBRthis", "FRBRauthor"):
            words.update(word for word in re.split(r"[/#]", value) if word)
    return words


def body_by_name(text: str) -> str | None:
    names = sorted(
        ((name, str(body["name"])) for body in bodies() for name in body["names"]),
        key=lambda pair: -len(pair[0]),
    )
    return next((body for name, body in names if name in text), None) if text else None


def workflow_symbols(root: Element, outcome: str) -> tuple[str, ...]:
    """Symbols the markup's <workflow> records for a step ("draftResolution": A/79/L.63)."""
    return tuple(
        e.get("as", "")
        for e in root.iter("step")
        if e.get("outcome") == outcome and is_symbol(e.get("as", ""))
    )


def report_symbol(root: Element, documents: tuple[str, ...]) -> str | None:
    """The committee report: named on the cover page, or in the workflow when the cover page
    names the committee instead (Chinese 76/74: "(第四委员会)")."""
    if documents:
        return documents[0]
    recorded = workflow_symbols(root, "recommendedForAdoption")
    return recorded[0] if recorded else None


@cache
def bodies() -> list[dict[str, Any]]:
    from mineres.store.datafiles import load_data_file

    found: list[dict[str, Any]] = load_data_file("bodies.yaml")["bodies"]
    return found


@cache
def meeting_pattern() -> re.Pattern[str]:
    from mineres.store.datafiles import load_data_file

    return re.compile("|".join(f"(?:{p})" for p in load_data_file("bodies.yaml")["meetings"]))


def proponent(cover: Element | None) -> tuple[str, str]:
    element = first(cover, "docProponent")
    if element is None:
        return "", ""
    return element.get("refersTo", ""), named_inline(element, "originating document") or ""


def named_inline(element: Element | None, name: str) -> str | None:
    if element is None:
        return None
    found = next((e for e in element.iter("inline") if e.get("name") == name), None)
    return text_of(found) or None


def split_symbols(text: str) -> tuple[str, ...]:
    """ "A/58/L.50 and Add.1" -> ("A/58/L.50", "A/58/L.50/Add.1"); ", para. 96" is dropped."""
    symbols: list[str] = []
    for piece in symbol_list_pieces(text):
        piece = piece.strip()
        if is_symbol(piece):
            symbols.append(piece)
        elif is_revision(piece) and symbols:
            symbols.append(f"{symbols[0]}/{piece}")
    return tuple(symbols)


def is_symbol(piece: str) -> bool:
    r""" "A/74/406", "A/C.4/74/L.5": capitals, then parts after "/" of letters, digits, "_",
    ".", "(", ")" or "-". What r"[A-Z]+(?:/[\w.()-]+)+" matched in full (\w is `str.isalnum`
    or "_"), without compiling it."""
    head, *parts = piece.split("/")
    return (
        bool(head and parts)
        and all("A" <= char <= "Z" for char in head)
        and all(
            part and all(char.isalnum() or char in SYMBOL_CHARACTERS for char in part)
            for part in parts
        )
    )


def symbol_list_pieces(text: str) -> list[str]:
    """The text cut at its commas and conjunctions. Where none of the conjunctions is written
    ("A/76/413, para. 8"), at its commas by `str.split`: the same pieces once stripped, without
    compiling the pattern (0.15 ms of a first run)."""
    if any(word in text for word in SYMBOL_CONJUNCTIONS):
        return pattern(SYMBOL_SEPARATOR).split(text)
    return text.replace("،", ",").replace("，", ",").split(",")


def is_revision(piece: str) -> bool:
    r""" "Add.1", "Rev.2", "Corr.3", whole: a plain test for what the pattern
    r"(?:Add|Rev|Corr)\.\d+" matched in full (its \d is what `str.isdecimal` tests)."""
    return piece.startswith(("Add.", "Rev.", "Corr.")) and piece.partition(".")[2].isdecimal()


def agenda_item(cover: Element | None) -> str | None:
    return agenda_numbers(named_inline(cover, "agenda item") or "")


def agenda_numbers(text: str) -> str | None:
    """ "Agenda item 47" -> "47", "Agenda items 12 (a) and 13" -> "12 (a) and 13"."""
    first_digit = next((index for index, char in enumerate(text) if char.isdecimal()), None)
    if first_digit is None:
        return None
    number = text[first_digit:].rstrip()
    if number.isdecimal():  # one number ends the text (most do): the pattern's match, uncompiled
        return number
    match = pattern(AGENDA_NUMBERS).search(text)
    return squash(match.group(0)) if match else None


def iso_date(element: Element | None) -> date | None:
    if element is None:
        return None
    try:
        return date.fromisoformat(element.get("date", ""))
    except ValueError:
        return None


def language_of(root: Element) -> str:
    element = first(root, "FRBRlanguage")
    code = element.get("language", "") if element is not None else ""
    return from_akn_code(code)
