"""A resolution back to text in the two text layouts the parser reads.

- `to_ods_text`: the Official Document System's text export (as
  ``corpus/ods/A_RES_58_127.txt``): one paragraph a line with tab indents, footnote markers
  glued to the word before them ("Protocol II2 to", "2003,6"), the footnotes after the
  closing lines, then the export's trailer of tags, rules, page numbers and cover page.
- `to_plain_text`: text as UN web pages give it: a cover header, lines wrapped near 72
  columns, blank lines between paragraphs, space indents, markers written " 1/" and the
  footnotes after a rule.

Each official language is printed as the UN prints it (data/text_layouts.yaml): its heading
("Résolution adoptée par l’Assemblée générale le ..."), formula, paragraph numbers ("1 -" in
Arabic), sub-paragraph labels ("a)" in French, Spanish and Russian, "(أ)" in Arabic), closing
meeting and date ("47e séance plénière" / "13 décembre 2019"); Chinese plain text wraps between
characters, having no spaces to wrap at.

Paragraphs are laid out in reading order: unsectioned ones first, then each section's
heading, its preambular paragraphs (omnibus resolutions give sections their own preamble)
and its operative ones. A lone operative paragraph numbered 1 is printed without its number,
as the UN prints it.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Iterator
from functools import cache

from mineres.models import Paragraph, Resolution, Section, Subparagraph
from mineres.un.dates import long_date, ordinal_word
from mineres.un.text_forms import TextForms, format_date, print_agenda_item, text_forms, wide

ODS_RULES = (
    "_______________",
    "",
    "-" * 60,
    "",
    "-" * 15,
    "",
    "-" * 60,
    "",
)
CHARACTERS_PER_PAGE = 2750  # of export text: A/RES/58/127 fills 7 pages
NO_BREAK = "\u00a0"  # keeps " 1/" on the line of the word it follows while wrapping


# ---------------------------------------------------------------- shared pieces


def forms_of(resolution: Resolution) -> TextForms:
    return text_forms(resolution.metadata.language)


def is_general_assembly(resolution: Resolution) -> bool:
    return resolution.metadata.body == "General Assembly"


def cover_date(resolution: Resolution) -> str:
    """The date of issue under "Distr.: General", as the cover page of that language prints it."""
    language = forms_of(resolution).cover_date_language
    return format_date(resolution.metadata.distributed, language)


def session_line(resolution: Resolution) -> str:
    session = resolution.metadata.session
    if not session or session >= 100 or forms_of(resolution).language != "en":
        return ""
    return f"{ordinal_word(session).capitalize()} session"


def adoption_line(resolution: Resolution) -> str:
    """ "Resolution adopted by the General Assembly on 13 December 2019", in the text's language."""
    body = resolution.metadata.body
    forms = forms_of(resolution)
    if is_general_assembly(resolution) and resolution.metadata.adopted:
        return forms.adopted.replace(
            "{date}", format_date(resolution.metadata.adopted, forms.language)
        )
    adopted = long_date(resolution.metadata.adopted)
    return (
        f"Resolution adopted by the {body} on {adopted}" if adopted else f"Resolution of the {body}"
    )


def proponent_line(resolution: Resolution) -> str:
    """ "[on the report of the First Committee (A/74/368)]" or "[without reference to ...]"."""
    metadata = resolution.metadata
    forms = forms_of(resolution)
    if metadata.committee:
        name = forms.committees.get(metadata.committee, metadata.committee)
        template = (
            forms.on_report if metadata.report else forms.on_report.split(" ({report})")[0] + "]"
        )
        return template.replace("{committee}", name).replace("{report}", metadata.report or "")
    if not metadata.drafts:
        return forms.without_committee.split(" ({drafts})")[0] + "]"
    return forms.without_committee.replace("{drafts}", drafts_phrase(metadata.drafts, forms))


def drafts_phrase(drafts: tuple[str, ...], forms: TextForms | None = None) -> str:
    """("A/58/L.50", "A/58/L.50/Add.1") -> "A/58/L.50 and Add.1", as the UN writes it
    (Chinese writes every symbol whole: "A/75/L.42和A/75/L.42/Add.1")."""
    conjunction = forms.conjunction if forms else " and "
    base = drafts[0]
    whole = forms is not None and forms.language == "zh"
    rest = [d[len(base) + 1 :] if d.startswith(base + "/") and not whole else d for d in drafts[1:]]
    return (
        conjunction.join([base, *rest])
        if len(rest) <= 1
        else ", ".join([base, *rest[:-1]]) + f"{conjunction}{rest[-1]}"
    )


def title_line(resolution: Resolution, separator: str) -> str:
    number = resolution.metadata.number or ""
    title = resolution.metadata.title or ""
    return f"{number}.{separator}{title}" if number else title


def agenda_line(resolution: Resolution) -> str:
    item = resolution.metadata.agenda_item
    if not item:
        return ""
    forms = forms_of(resolution)
    template = forms.agenda_items if " and " in item or "," in item else forms.agenda_item
    return template.replace("{item}", print_agenda_item(item, forms.language))


def enacting_formula(resolution: Resolution) -> str:
    """ "L’Assemblée générale,", "Le Conseil de sécurité,": the body, in the text's language."""
    forms = forms_of(resolution)
    if is_general_assembly(resolution):
        return forms.formula
    body = resolution.metadata.body
    return forms.other_formulas.get(body, f"The {body},")


def numbered(number: int, resolution: Resolution) -> str:
    """ "7." or, in Arabic, "7 -"."""
    return forms_of(resolution).paragraph_number.replace("{number}", str(number))


def markers_at(
    text: str, offsets: tuple[tuple[int, int], ...], footnotes: tuple[int, ...]
) -> dict[int, list[int]]:
    """{offset: footnote numbers} where markers go back; without offsets, at the end."""
    marks = list(offsets) or [(number, len(text)) for number in footnotes]
    at_offset: dict[int, list[int]] = {}
    for number, offset in marks:
        at_offset.setdefault(min(max(offset, 0), len(text)), []).append(number)
    return at_offset


def with_markers(
    text: str, offsets: tuple[tuple[int, int], ...], footnotes: tuple[int, ...], style: str
) -> str:
    """Put the footnote markers back into the text: glued ("II2") or plain-text style (" 2/")."""
    at_offset = markers_at(text, offsets, footnotes)
    for at in sorted(at_offset, reverse=True):
        numbers = at_offset[at]
        if style == "ods":
            marker = ",".join(str(n) for n in numbers)  # adjacent notes: "<sup>1,2</sup>"
        else:
            marker = "".join(f"{NO_BREAK}{n}/" for n in numbers)
        text = text[:at] + marker + text[at:]
    return text


def reading_order(resolution: Resolution) -> Iterator[Section | Paragraph]:
    """Sections and paragraphs as a reader meets them."""
    unsectioned = [p for p in resolution.paragraphs if p.section is None]
    yield from unsectioned
    known = {section.id for section in resolution.sections}
    for section in resolution.sections:
        yield section
        yield from (p for p in resolution.preamble if p.section == section.id)
        yield from (p for p in resolution.operative if p.section == section.id)
    orphans = [p for p in resolution.paragraphs if p.section is not None and p.section not in known]
    yield from orphans


def is_unnumbered(paragraph: Paragraph, resolution: Resolution) -> bool:
    """The UN does not number a lone operative paragraph (of a resolution or of a section)."""
    if paragraph.kind != "operative" or paragraph.number != 1:
        return False
    peers = [p for p in resolution.operative if p.section == paragraph.section]
    return len(peers) == 1


def formula_goes_after_headings(resolution: Resolution) -> bool:
    """Collections ("74/92 A-B") open each component with its heading, then the formula."""
    return bool(resolution.sections) and resolution.sections[0].part == "preamble"


def body_items(resolution: Resolution) -> Iterator[tuple[str, Section | Paragraph | None]]:
    """Reading order with the enacting formula placed: ("formula", None), ("section", s), ("paragraph", p)."""
    after_headings = formula_goes_after_headings(resolution)
    if not after_headings:
        yield "formula", None
    for item in reading_order(resolution):
        if isinstance(item, Section):
            yield "section", item
            if after_headings and item.part == "preamble":
                yield "formula", None
        else:
            yield "paragraph", item


def printed_label(label: str, resolution: Resolution) -> str:
    """ "(a)" in English, "a)" in French, Spanish and Russian, "(أ)" in Arabic."""
    return forms_of(resolution).subparagraph_label.replace("{label}", label)


def walk_with_depth(
    subs: tuple[Subparagraph, ...], depth: int = 0
) -> Iterator[tuple[int, Subparagraph]]:
    for sub in subs:
        yield depth, sub
        yield from walk_with_depth(sub.subparagraphs, depth + 1)


# ---------------------------------------------------------------- (a) the ODS export layout


def to_ods_text(resolution: Resolution) -> str:
    """The resolution as the Official Document System's text export lays it out."""
    lines = ["[DU1]", adoption_line(resolution), proponent_line(resolution)]
    lines += [title_line(resolution, "  "), "", ""]
    for kind, item in body_items(resolution):
        if kind == "formula":
            lines.append(f"\t{enacting_formula(resolution)}")
        elif isinstance(item, Section):
            lines += ods_heading(item)
        elif isinstance(item, Paragraph):
            lines += ods_paragraph(item, resolution)
    lines.append("")
    lines += closing_lines(resolution)
    lines += [f"{note.number} {note.text}" for note in resolution.footnotes]
    lines += ods_trailer(resolution, sum(len(line) for line in lines))
    return "\n".join(lines) + "\n"


def ods_heading(section: Section) -> list[str]:
    return [f"\t{line}" for line in (section.label, section.heading) if line]


def ods_paragraph(paragraph: Paragraph, resolution: Resolution) -> list[str]:
    text = with_markers(paragraph.text, paragraph.marker_offsets, paragraph.footnotes, "ods")
    if paragraph.kind == "preambular" or is_unnumbered(paragraph, resolution):
        lines = [f"\t{text}"]
    else:
        lines = [f"\t{numbered(paragraph.number, resolution)}\t{text}"]
    for _, sub in walk_with_depth(paragraph.subparagraphs):
        sub_text = with_markers(sub.text, sub.marker_offsets, sub.footnotes, "ods")
        lines.append(f"\t{printed_label(sub.label, resolution)}\t{sub_text}")
    return lines


def closing_lines(resolution: Resolution) -> list[str]:
    """The meeting and the date under the last paragraph: "47e séance plénière / 13 décembre 2019"."""
    meeting = resolution.metadata.meeting
    language = forms_of(resolution).language if is_general_assembly(resolution) else "en"
    adopted = format_date(resolution.metadata.adopted, language)
    return [line for line in (meeting, adopted) if line]


def ods_job_line(job_number: str | None) -> str:
    """ "N0350220E" -> "03 50220", the job number as the cover page prints it."""
    if not job_number or len(job_number) < 8:
        return ""
    return f"{job_number[1:3]} {job_number[3:8]}"


def ods_trailer(resolution: Resolution, body_size: int) -> list[str]:
    metadata = resolution.metadata
    symbol = metadata.symbol or ""
    pages = max(2, math.ceil(body_size / CHARACTERS_PER_PAGE))
    lines = [
        f"[DU1]<<ODS JOB NO>>{metadata.ods_job_number or ''}<<ODS JOB NO>>",
        f"<<ODS DOC SYMBOL1>>{symbol}<<ODS DOC SYMBOL1>>",
        "<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>",
        *ODS_RULES,
    ]
    lines += ["2", "    ", ""] + (["3", ""] if pages > 2 else [])
    forms = forms_of(resolution)
    body = forms.general_assembly if is_general_assembly(resolution) else metadata.body
    lines.append(f"{forms.united_nations}{symbol}{body}{forms.distribution}")
    lines.append(f"{cover_date(resolution)}{session_line(resolution)}")
    if agenda := agenda_line(resolution):
        lines.append(agenda)
    lines.append("")
    if job := ods_job_line(metadata.ods_job_number):
        lines += [job, ""]
    lines += [symbol, "", symbol, "", "2", "", str(pages), ""]
    return lines


# ---------------------------------------------------------------- (b) the plain web layout


def to_plain_text(resolution: Resolution, width: int = 72) -> str:
    """The resolution as UN web pages give it: wrapped lines, space indents, " 1/" markers."""
    lines = plain_header(resolution, width)
    for kind, item in body_items(resolution):
        if kind == "formula":
            lines += ["", f"     {enacting_formula(resolution)}"]
        elif isinstance(item, Section):
            lines.append("")
            lines += [part.center(width).rstrip() for part in (item.label, item.heading) if part]
        elif isinstance(item, Paragraph):
            lines += plain_paragraph(item, resolution, width)
    lines.append("")
    indent = " " * (width // 2)
    lines += [indent + line for line in closing_lines(resolution)]
    if resolution.footnotes:
        lines += ["", "_" * 15, ""]
        for note in resolution.footnotes:
            marker = f"{note.number}/ "
            lines += wrap(note.text, width, marker, " " * len(marker))
    return "\n".join(lines) + "\n"


def plain_header(resolution: Resolution, width: int) -> list[str]:
    metadata = resolution.metadata
    right = " " * (width - 24)
    cover = [
        metadata.symbol or "",
        forms_of(resolution).distribution,
        cover_date(resolution),
    ]
    lines = [right + line for line in cover if line]
    lines += ["", session_line(resolution), agenda_line(resolution), ""]
    lines += [adoption_line(resolution), ""]
    lines += wrap(proponent_line(resolution), width, "")
    lines.append("")
    lines += wrap(title_line(resolution, " "), width, "", "    ")
    return [line for line in lines if line is not None]


def plain_paragraph(paragraph: Paragraph, resolution: Resolution, width: int) -> list[str]:
    text = with_markers(paragraph.text, paragraph.marker_offsets, paragraph.footnotes, "plain")
    if paragraph.kind == "preambular" or is_unnumbered(paragraph, resolution):
        first = "     "
    else:
        first = f"     {numbered(paragraph.number, resolution)}  "
    lines = ["", *wrap(text, width, first)]
    for depth, sub in walk_with_depth(paragraph.subparagraphs):
        sub_text = with_markers(sub.text, sub.marker_offsets, sub.footnotes, "plain")
        label = printed_label(sub.label, resolution)
        lines += ["", *wrap(sub_text, width, " " * (5 * (depth + 1)) + f"{label}  ")]
    return lines


SUSPENDED_HYPHEN = re.compile(r"(?<=\w)- ")  # "burden- and": a line must not end on it


def wrap(text: str, width: int, first_indent: str, next_indent: str = "") -> list[str]:
    """Lines of at most `width` columns; Chinese and Japanese text, which has no spaces to
    break at, breaks between two characters of which one is wide, as UN pages do."""
    text = SUSPENDED_HYPHEN.sub(f"-{NO_BREAK}", text)
    wide_characters = sum(1 for character in text if wide(character))
    if wide_characters > len(text) // 4:
        lines = wrap_wide(text, width, first_indent, next_indent)
    elif wide_characters:
        lines = wrap_mixed(text, width, first_indent, next_indent)
    else:
        lines = textwrap.wrap(
            text,
            width,
            initial_indent=first_indent,
            subsequent_indent=next_indent,
            break_on_hyphens=False,
            break_long_words=False,
        )
    return [line.replace(NO_BREAK, " ") for line in lines] or [first_indent.rstrip()]


BREAKING_SPACES = " \t\n\r\x0b\x0c"  # textwrap's: a no-break space holds its words together


@cache
def spaces_or_wide_characters() -> re.Pattern[str]:
    """A run of breaking spaces, or a character that may be wide (`wide` decides)."""
    return re.compile(f"[{BREAKING_SPACES}]+|[\u2e80-\U0002ffff]")


def mixed_breaks(text: str) -> Iterator[tuple[int, int]]:
    """Where a line may end (start, end of what the break removes): at spaces between two
    narrow characters, and between two characters, one of them wide, with no space between."""
    for found in spaces_or_wide_characters().finditer(text):
        at, end = found.span()
        if text[at] in BREAKING_SPACES:
            if spaces_may_break(text, at, end):
                yield at, end
        elif wide(text[at]):
            if at > 0 and not text[at - 1].isspace():
                yield at, at
            if end < len(text) and not text[end].isspace():
                yield end, end


def columns_of(text: str) -> int:
    """The columns `text` takes in a terminal: a wide character takes two."""
    return sum(2 if wide(character) else 1 for character in text)


def spaces_may_break(text: str, start: int, end: int) -> bool:
    """Whether a line may end at the spaces text[start:end]: only between two narrow
    characters, since the join glues a line break beside a wide one and would lose them."""
    return start > 0 and end < len(text) and not (wide(text[start - 1]) or wide(text[end]))


def wrap_mixed(text: str, width: int, first_indent: str, next_indent: str) -> list[str]:
    """Mostly Latin text holding a few wide characters (a name in Chinese), by columns:
    textwrap would count a wide character as one. A line never breaks at a space beside a
    wide character: joining the lines back, which glues a line break next to a wide
    character, would lose that space. Words are added while they fit the width; a word
    longer than a line stands alone on it."""
    pieces: list[tuple[str, str]] = []  # (the spaces before the piece, the piece)
    start, spaces = 0, ""
    for at, end in mixed_breaks(text):
        if at == end and at <= start:  # the break a wide character's neighbour already gave
            continue
        pieces.append((spaces, text[start:at]))
        start, spaces = end, " " * (end - at)
    pieces.append((spaces, text[start:]))
    lines: list[str] = []
    current, used = first_indent, len(first_indent)
    for spaces, piece in pieces:
        size = columns_of(piece)
        if current.strip() and used + len(spaces) + size > width:
            lines.append(current.rstrip())
            current, used = next_indent + piece, len(next_indent) + size
        else:
            current, used = current + spaces + piece, used + len(spaces) + size
    if current.strip():
        lines.append(current.rstrip())
    return lines


def wrap_wide(text: str, width: int, first_indent: str, next_indent: str) -> list[str]:
    """Wide characters count two columns; a line may end after a wide character, or at a
    space between narrow ones, never inside a run of narrow letters nor at a space beside a
    wide character, so joining the lines back loses nothing."""
    lines: list[str] = []
    current, columns, last_break = first_indent, len(first_indent), -1
    for position, character in enumerate(text):
        if character == " " and columns >= width and spaces_may_break(text, position, position + 1):
            lines.append(current.rstrip())
            current, columns, last_break = next_indent, len(next_indent), -1
            continue
        current += character
        columns += 2 if wide(character) else 1
        if wide(character) and not text[position + 1 : position + 2].isspace():
            last_break = len(current)
        if columns >= width and last_break > len(next_indent):
            lines.append(current[:last_break].rstrip())
            rest = current[last_break:].lstrip()
            current = next_indent + rest
            columns = len(next_indent) + columns_of(rest)
            last_break = -1
    if current.strip():
        lines.append(current.rstrip())
    return lines
