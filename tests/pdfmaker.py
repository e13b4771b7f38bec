"""Typeset a resolution's ODS text as a PDF laid out like the UN's own, for the PDF reader's tests.

No PDF library is needed: the file is written by hand with the standard Times fonts. It has what
makes a UN PDF hard to read back: a cover masthead, running headers and footers with page
numbers and job numbers, justified lines whose word gaps are pen moves rather than spaces, words
kerned in pieces, hyphenation at line ends, italic lead phrases, superscript footnote markers,
footnotes at the foot of the page they are cited on, and, on request, line numbers in the margin.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0
LEFT, RIGHT = 90.0, 510.0
BODY_SIZE, LEADING, PARAGRAPH_GAP = 10.0, 12.0, 6.0
NOTE_SIZE, NOTE_LEADING = 8.0, 9.5
INDENT = 36.0
TOP_FIRST, TOP_OTHER, BOTTOM = 640.0, 770.0, 80.0

NARROW = dict.fromkeys("ijlt.,;:'!|", 278) | dict.fromkeys("frI()-[]\u2019\u2018\u201c\u201d/", 333)
WIDE = dict.fromkeys("mwMW", 833) | dict.fromkeys("ABCDEFGHJKLNOPQRSTUVXYZ", 667)


def width(text: str, size: float) -> float:
    """Approximate Times widths; the same table goes into the PDF, so positions agree."""
    return sum(char_width(char) for char in text) * size / 1000


def char_width(char: str) -> int:
    if char == " ":
        return 250
    return NARROW.get(char, WIDE.get(char, 444 if char.islower() else 500))


@dataclass
class Word:
    text: str
    italic: bool = False
    marker: str | None = None  # footnote number glued after the word
    after: str = ""  # punctuation after the marker: "action,10" vs "action10,"


@dataclass
class Page:
    number: int
    ops: list[str] = field(default_factory=list)
    notes: list[list[tuple[float, str]]] = field(default_factory=list)


@dataclass
class Block:
    words: list[Word]
    label: str | None = None  # "1." for an operative paragraph
    bold: bool = False
    centred: bool = False
    indent: bool = True


def pdf_string(text: str) -> str:
    data = text.encode("cp1252")
    escaped = data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return "(" + escaped.decode("latin-1") + ")"


def split_ods(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """The ODS export's header lines, body lines (tab-led), closing lines and footnotes."""
    header: list[str] = []
    body: list[str] = []
    closing: list[str] = []
    notes: list[str] = []
    for line in text.splitlines():
        if line.startswith("[DU1]<<ODS"):
            break
        if line.startswith("[DU") or not line.strip():
            continue
        if line.startswith("\t"):
            body.append(line.strip("\t"))
        elif not body:
            header.append(line.strip())
        elif re.match(rf"{len(notes) + 1} \S", line) and not re.fullmatch(r"\d+ \w+ \d{4}", line):
            notes.append(line)
        else:
            closing.append(line.strip())
    return header, body, closing, notes


EXPLICIT_MARKER = re.compile("(.*?)\u2063([\\d,]+)\u2063(.*)")  # marker given, not guessed


def words_with_markers(text: str, next_marker: int) -> tuple[list[Word], int]:
    """Words of a paragraph, with the footnote markers glued to words split off."""
    found: list[Word] = []
    for token in text.split():
        explicit = EXPLICIT_MARKER.fullmatch(token)
        if explicit:
            found.append(Word(explicit[1], marker=explicit[2], after=explicit[3]))
            next_marker = max(int(n) for n in explicit[2].split(",")) + 1
            continue
        glued = r"(.*(?:[^\s\d/(.-]|(?<![\d/.])\d{4}))"  # after a word, or after a year: "200019"
        match = re.fullmatch(rf"{glued}({next_marker})([,.;:]?)", token)
        if match:
            found.append(Word(match[1], marker=match[2], after=match[3]))
            next_marker += 1
        else:
            found.append(Word(token))
    return found, next_marker


def typeset(
    ods_text: str,
    symbol: str,
    job: str,
    *,
    line_numbers: bool = False,
    auto_hyphenate: bool = True,
) -> bytes:
    """The PDF; `auto_hyphenate=False` breaks lines only at hyphens words already have, as
    the UN sets its resolutions."""
    header, body, closing, note_lines = split_ods(ods_text)
    notes = {int(line.split(" ", 1)[0]): line.split(" ", 1)[1] for line in note_lines}
    blocks: list[Block] = [
        Block([Word(w) for w in line.split()], bold=True, indent=False) for line in header
    ]
    marker = 1
    for line in body:
        numbered = re.match(r"(\d+\.|\([a-z]{1,4}\))\t(.*)", line)
        label, text = (numbered[1], numbered[2]) if numbered else (None, line)
        words, marker = words_with_markers(text, marker)
        if words and line != body[0] and not (label or "").startswith("("):
            words[0].italic = True
        blocks.append(Block(words, label=label))
    blocks.extend(Block([Word(w) for w in line.split()], indent=False) for line in closing)
    typesetter = Typesetter(symbol, job, notes, line_numbers)
    typesetter.auto_hyphenate = auto_hyphenate
    return typesetter.run(blocks)


class Typesetter:
    def __init__(self, symbol: str, job: str, notes: dict[int, str], line_numbers: bool) -> None:
        self.symbol, self.job, self.notes, self.line_numbers = symbol, job, notes, line_numbers
        self.pages: list[Page] = []
        self.auto_hyphenate = True
        self.printed: set[int] = set()
        self.y = 0.0
        self.lines_on_page = 0
        self.new_page()

    def new_page(self) -> None:
        page = Page(len(self.pages) + 1)
        self.pages.append(page)
        self.y = TOP_FIRST if page.number == 1 else TOP_OTHER
        self.lines_on_page = 0

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def notes_height(self, extra: list[str]) -> float:
        lines = sum(len(lines) for lines in self.page.notes) + sum(
            len(self.wrap_note(note)) for note in extra
        )
        return lines * NOTE_LEADING + (12 if lines else 0)

    def wrap_note(self, text: str) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if width(trial, NOTE_SIZE) > RIGHT - LEFT - 14 and current:
                lines.append(current)
                current = word
            else:
                current = trial
        return [*lines, current]

    def run(self, blocks: list[Block]) -> bytes:
        for block in blocks:
            self.set_block(block)
        return self.write()

    def set_block(self, block: Block) -> None:
        size = 11.0 if block.bold else BODY_SIZE
        lines = self.break_lines(block, size)
        self.y -= PARAGRAPH_GAP
        for index, (words, start, last) in enumerate(lines):
            numbers = [n for w in words if w.marker for n in map(int, w.marker.split(","))]
            new_notes = [
                self.notes[n] for n in numbers if n not in self.printed and n in self.notes
            ]
            if self.y - LEADING < BOTTOM + self.notes_height(new_notes) + 2 * LEADING:
                self.new_page()
            self.y -= LEADING
            label = block.label if index == 0 else None
            self.set_line(words, start, last, size, block.bold, label)
            for number in numbers:
                if number in self.printed or number not in self.notes:
                    continue  # a note cited again is printed once, where first cited
                self.printed.add(number)
                self.page.notes.append(
                    [(0.0, str(number))]
                    + [(14.0, line) for line in self.wrap_note(self.notes[number])]
                )

    def break_lines(self, block: Block, size: float) -> list[tuple[list[Word], float, bool]]:
        """Greedy line breaking with hyphenation of long words, like a word processor."""
        lines: list[tuple[list[Word], float, bool]] = []
        tab = 18.0 if width(block.label or "", size) + 3 <= 18 else 36.0  # the next tab stop
        first_start = LEFT + (INDENT + (tab if block.label else 0) if block.indent else 0)
        start = first_start
        current: list[Word] = []
        queue = list(block.words)
        while queue:
            word = queue.pop(0)
            used = width(" ".join(w.text for w in [*current, word]), size)
            if start + used <= RIGHT or not current:
                current.append(word)
                continue
            room = RIGHT - start - width(" ".join(w.text for w in current) + " ", size)
            head, tail = hyphenate(word.text, room, size, self.auto_hyphenate)
            if head:
                current.append(Word(head, word.italic))
                queue.insert(0, Word(tail, word.italic, word.marker, word.after))
            else:
                queue.insert(0, word)
            lines.append((current, start, False))
            current, start = [], LEFT
        lines.append((current, start, True))
        return lines

    def set_line(
        self,
        words: list[Word],
        start: float,
        last: bool,
        size: float,
        bold: bool,
        label: str | None,
    ) -> None:
        ops = self.page.ops
        self.lines_on_page += 1
        if self.line_numbers:
            ops.append(
                f"BT /F1 7 Tf 1 0 0 1 {LEFT - 30:.2f} {self.y:.2f} Tm ({self.lines_on_page}) Tj ET"
            )
        if label:
            ops.append(
                f"BT /F1 {size:g} Tf 1 0 0 1 {LEFT + INDENT:.2f} {self.y:.2f} Tm {pdf_string(label)} Tj ET"
            )
        natural = width(" ".join(w.text for w in words), size)
        gaps = max(len(words) - 1, 1)
        stretch = 0.0 if last else max(0.0, (RIGHT - start - natural) / gaps)
        space = width(" ", size) + stretch
        style = self.lines_on_page % 3
        font = "/F3" if bold else "/F1"
        if style == 2:  # one Td per word, as some producers write
            x = start
            parts = []
            for word in words:
                parts.append(
                    f"BT {self.font(word, font)} {size:g} Tf 1 0 0 1 {x:.2f} {self.y:.2f} Tm {pdf_string(word.text)} Tj ET"
                )
                x += width(word.text, size)
                if word.marker:
                    parts.append(
                        f"BT /F1 6 Tf 1 0 0 1 {x:.2f} {self.y + 3.5:.2f} Tm ({word.marker}) Tj ET"
                    )
                    x += width(word.marker, 6)
                if word.after:
                    parts.append(
                        f"BT {font} {size:g} Tf 1 0 0 1 {x:.2f} {self.y:.2f} Tm {pdf_string(word.after)} Tj ET"
                    )
                    x += width(word.after, size)
                x += space
            ops.extend(parts)
            return
        body = [f"BT 1 0 0 1 {start:.2f} {self.y:.2f} Tm"]
        current_font = ""
        for index, word in enumerate(words):
            wanted = self.font(word, font)
            if wanted != current_font:
                body.append(f"{wanted} {size:g} Tf")
                current_font = wanted
            text = word.text
            if style == 0 and len(text) > 5:  # kerned in two pieces, no space between them
                body.append(f"[{pdf_string(text[:3])} 12 {pdf_string(text[3:])}] TJ")
            else:
                body.append(f"[{pdf_string(text)}] TJ")
            if word.marker:
                body.append(f"/F1 6 Tf 3.5 Ts ({word.marker}) Tj 0 Ts {current_font} {size:g} Tf")
            if word.after:
                body.append(f"{pdf_string(word.after)} Tj")
            if index < len(words) - 1:
                gap = -space * 1000 / size
                body.append(f"[{gap:.1f}] TJ" if style == 0 else f"{stretch:.3f} Tw ( ) Tj 0 Tw")
        body.append("ET")
        ops.append(" ".join(body))

    @staticmethod
    def font(word: Word, roman: str) -> str:
        return "/F2" if word.italic else roman

    def furniture(self, page: Page, total: int) -> list[str]:
        def text(x: float, y: float, size: float, value: str, font: str = "/F1") -> str:
            return f"BT {font} {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {pdf_string(value)} Tj ET"

        if page.number == 1:
            return [
                text(LEFT, 790, 15, "United Nations", "/F3"),
                text(400, 790, 12, self.symbol, "/F3"),
                text(LEFT, 770, 13, "General Assembly", "/F3"),
                text(400, 770, 9, "Distr.: General"),
                text(400, 759, 9, "17 February 2004"),
                text(LEFT, 740, 9, "Fifty-eighth session"),
                text(LEFT, 729, 9, "Agenda item 22"),
                text(LEFT, 40, 8, self.job),
                text(400, 40, 12, "*" + self.job.replace(" ", "") + "*"),
                text(400, 28, 7, "Please recycle"),
            ]
        return [
            text(LEFT if page.number % 2 == 0 else 440, 805, 8, self.symbol, "/F3"),
            text(LEFT, 40, 8, f"{page.number}/{total}"),
            text(440, 40, 8, self.job.replace(" ", "-")),
        ]

    def footnote_ops(self, page: Page) -> list[str]:
        if not page.notes:
            return []
        lines = sum(len(note) for note in page.notes)
        y = BOTTOM + lines * NOTE_LEADING
        ops = [f"0.5 w {LEFT:.2f} {y + 8:.2f} m {LEFT + 120:.2f} {y + 8:.2f} l S"]
        for note in page.notes:
            number = note[0][1]
            for index, (offset, line) in enumerate(note[1:]):
                if index == 0:
                    ops.append(
                        f"BT /F1 5.5 Tf 1 0 0 1 {LEFT + 4:.2f} {y + 3:.2f} Tm ({number}) Tj ET"
                    )
                ops.append(
                    f"BT /F1 {NOTE_SIZE:g} Tf 1 0 0 1 {LEFT + offset:.2f} {y:.2f} Tm {pdf_string(line)} Tj ET"
                )
                y -= NOTE_LEADING
        return ops

    def write(self) -> bytes:
        total = len(self.pages)
        objects: list[bytes] = []
        widths = " ".join(
            str(char_width(bytes([code]).decode("cp1252", "replace"))) for code in range(32, 256)
        )
        fonts = {"/F1": "Times-Roman", "/F2": "Times-Italic", "/F3": "Times-Bold"}
        font_ids = {}
        for name, base in fonts.items():
            objects.append(
                f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding "
                f"/FirstChar 32 /LastChar 255 /Widths [{widths}] >>".encode()
            )
            font_ids[name] = len(objects)
        resources = " ".join(f"{name} {number} 0 R" for name, number in font_ids.items())
        pages_id = len(objects) + 1 + 2 * total
        kids = []
        for page in self.pages:
            content = "\n".join(self.furniture(page, total) + page.ops + self.footnote_ops(page))
            stream = zlib.compress(content.encode("latin-1"))
            objects.append(
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                + stream
                + b"\nendstream"
            )
            objects.append(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_WIDTH:g} {PAGE_HEIGHT:g}] "
                f"/Resources << /Font << {resources} >> >> /Contents {len(objects)} 0 R >>".encode()
            )
            kids.append(f"{len(objects)} 0 R")
        objects.append(f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {total} >>".encode())
        objects.append(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
        out += f"trailer\n<< /Size {len(objects) + 1} /Root {len(objects)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)


def hyphenate(word: str, room: float, size: float, auto: bool = True) -> tuple[str, str]:
    """Split a word to end a line: after its own hyphen if it has one, else between letters."""
    if "-" in word[1:-1]:
        head = word[: word.index("-", 1) + 1]
        if width(head, size) <= room:
            return head, word[len(head) :]
    if not auto or len(word) < 8 or not word.isalpha():
        return "", word
    for cut in range(len(word) - 4, 3, -1):
        if (
            word[cut - 1] in "aeiou"
            and word[cut] not in "aeiou"
            and width(word[:cut] + "-", size) <= room
        ):
            return word[:cut] + "-", word[cut:]
    return "", word
