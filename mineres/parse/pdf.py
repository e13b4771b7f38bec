"""PDF to text the text parser reads: the text layer, laid out again as an ODS export.

UN resolutions are distributed as PDF. pypdf (pure Python, no dependencies) gives each run of
text with its position, font and size; from those this module rebuilds what a PDF has lost:

- lines, from runs that share a baseline (superscript footnote markers are glued back on);
- page furniture dropped: the running header and footer repeated page after page (symbol, page
  "2/7", job number "03-50220", bar code, "Please recycle") and line numbers in the margin;
- footnotes, set smaller at the foot of pages, moved after the closing lines;
- paragraphs, from vertical gaps, first-line indents and paragraph numbers;
- words split by a hyphen at a line end joined again, unless the document writes them with a
  hyphen elsewhere ("mine-action"); spaces that the pen moves stood for put back.

The result follows the ODS export layout (one paragraph a line, tab before each, "1.<tab>" for
operative numbers, footnotes as "1 text" after the closing lines), which `segment` reads.
"""

from __future__ import annotations

import itertools
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from mineres.errors import MineresError

MAX_PAGES = 500
MAX_TEXT_CHARACTERS = 4_000_000
"""Twice the text of the largest UN resolution: a small PDF can hold far more (an 80 KB file
with 50 MB of compressed text), and laying that out would take minutes and gigabytes."""
MAX_RUNS = 500_000  # pieces of text placed on pages; a 400-paragraph resolution has ~30,000


AES_REFUSED = "PDF is encrypted (AES), which mineres does not read: save an unencrypted copy"
"""AES needs the optional `cryptography` package; pypdf reads RC4 without it."""


class PdfLimit(MineresError):
    """A PDF that would become more than a resolution can be: refused, with the limit named."""


@dataclass(frozen=True)
class Run:
    """A piece of text drawn at one place in one font: what pypdf's visitor reports."""

    page: int
    x: float
    y: float
    size: float
    text: str
    end: float  # x where the run stops, from the font's widths


@dataclass
class Line:
    page: int
    x: float
    y: float
    size: float
    end: float
    text: str = ""
    markers: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The line with its numbers blanked, to recognise a running header or footer."""
        return re.sub(r"\d+", "#", " ".join(self.text.split()))


def pdf_to_text(data: bytes, *, deadline: float | None = None) -> str:
    """The text of a PDF resolution, laid out as the ODS text export; MineresError if none.

    `deadline` (a time.monotonic() value) bounds the reading, for `fetch`'s time limit.
    """
    runs, heights = read_runs(data, deadline)
    if not any(run.text.strip() for run in runs):
        raise MineresError("PDF has no text layer (a scan?): run OCR on it first")
    return layout_text(runs, heights)


def read_runs(data: bytes, deadline: float | None = None) -> tuple[list[Run], dict[int, float]]:
    """Every text run of every page, in content order, with page heights."""
    import logging

    from pypdf.errors import DependencyError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    pages = open_pages(data)
    collector = RunCollector(deadline)
    heights: dict[int, float] = {}
    for number, page in enumerate(pages, start=1):
        collector.page = number
        try:
            heights[number] = float(page.mediabox.height)
            page.extract_text(visitor_text=collector.visit)
        except MineresError:
            raise
        except DependencyError:
            raise MineresError(AES_REFUSED) from None
        except RecursionError:
            raise MineresError(f"PDF page {number} is nested too deeply to read") from None
        except Exception as error:  # pypdf raises many kinds on damaged content streams
            if collector.runs:  # a page cut short (a truncated file) still gives what it had
                continue
            raise MineresError(f"cannot read the text of PDF page {number} ({error})") from None
    return collector.runs, heights


def open_pages(data: bytes) -> list[Any]:
    """The pages of a PDF, or one line saying why it cannot be read.

    A file cut short (its cross-reference table or end-of-file marker lost, as an interrupted
    download leaves it) is read as far as it goes: pypdf rebuilds the table from the objects.
    """
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    try:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError):
            mended = with_new_trailer(data)
            if mended is None:
                raise
            reader = PdfReader(io.BytesIO(mended), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise MineresError("PDF is encrypted with a password")
        pages = list(reader.pages)
    except DependencyError:
        raise MineresError(AES_REFUSED) from None
    except FileNotDecryptedError:
        raise MineresError("PDF is encrypted with a password") from None
    except RecursionError:
        raise MineresError("not a readable PDF (objects nested too deeply)") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise MineresError(f"not a readable PDF ({one_line(error)})") from None
    if len(pages) > MAX_PAGES:
        raise PdfLimit(f"PDF has {len(pages)} pages: more than the {MAX_PAGES} page limit")
    return pages


OBJECT_START = re.compile(rb"(?<![0-9])([0-9]{1,9}) 0 obj\b")


def with_new_trailer(data: bytes) -> bytes | None:
    """A PDF cut short, its whole objects kept and a new cross-reference table and trailer
    written after them, or None when no catalog survives (nothing to read then).

    The end of a PDF is its index: a copy interrupted at 99% has every page but not the
    table that says where they are.
    """
    end = data.rfind(b"endobj")
    if not data.startswith(b"%PDF") or end < 0:
        return None
    body = data[: end + len(b"endobj")] + b"\n"
    offsets: dict[int, int] = {}
    root = None
    for match in OBJECT_START.finditer(body):
        number = int(match[1])
        offsets[number] = match.start()
        closing = body.find(b"endobj", match.end())
        if root is None and re.search(rb"/Type\s*/Catalog\b", body[match.end() : closing]):
            root = number
    size = max(offsets, default=0) + 1
    if root is None or size > 100_000:  # object numbers, not objects: keep the table small
        return None
    rows = [
        f"{offsets[n]:010d} 00000 n \n" if n in offsets else "0000000000 65535 f \n"
        for n in range(size)
    ]
    table = f"xref\n0 {size}\n{''.join(rows)}trailer\n<< /Size {size} /Root {root} 0 R >>\n"
    return body + table.encode() + f"startxref\n{len(body)}\n%%EOF\n".encode()


def one_line(error: BaseException) -> str:
    """An exception's message on one line, at most 200 characters, control characters out."""
    text = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", str(error)).split())
    return text[:200] or type(error).__name__


class RunCollector:
    """pypdf's text visitor: each run with its place on the page, size and end."""

    def __init__(self, deadline: float | None = None) -> None:
        self.page = 0
        self.runs: list[Run] = []
        self.widths: dict[int, tuple[Any, dict[str, float] | None]] = {}
        self.characters = 0
        self.deadline = deadline

    def visit(self, text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        self.characters += len(text)
        if self.characters > MAX_TEXT_CHARACTERS:
            raise PdfLimit(
                f"PDF text is over the {MAX_TEXT_CHARACTERS:,} character limit "
                f"(reached on page {self.page}): not a resolution"
            )
        if len(self.runs) >= MAX_RUNS:
            raise PdfLimit(f"PDF has over {MAX_RUNS:,} pieces of text: not a resolution")
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise MineresError(f"timed out reading the PDF's text (page {self.page})")
        if not text.strip():
            return
        matrix = multiply(tm, cm)
        effective = size * ((matrix[2] ** 2 + matrix[3] ** 2) ** 0.5 or 1.0)
        for offset, piece in enumerate(text.split("\n")):
            if piece.strip():
                x = matrix[4]
                y = matrix[5] - offset * effective * 1.2
                end = x + self.text_width(piece, font) * effective / 1000
                self.runs.append(Run(self.page, x, y, round(effective, 2), piece, end))

    def text_width(self, text: str, font: Any) -> float:
        """In thousandths of the size, from the font's own widths when pypdf can read them."""
        if font is None:
            return 500.0 * len(text)
        if id(font) not in self.widths:
            self.widths[id(font)] = (font, font_widths(font))  # the font kept, so ids stay unique
        widths = self.widths[id(font)][1]
        if not widths:
            return 500.0 * len(text)
        default = widths.get("default", 500)
        return float(sum(widths.get(char, default) for char in text))


def multiply(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def font_widths(font: Any) -> dict[str, float] | None:
    try:
        from pypdf.generic._font import Font

        widths: dict[str, float] = Font.from_font_resource(font).character_widths
        return widths
    except Exception:  # an older pypdf, or a font it cannot read: estimate instead
        return None


def layout_text(runs: list[Run], heights: dict[int, float]) -> str:
    body_size = dominant_size(runs)
    runs = drop_line_numbers(runs, body_size)
    lines = drop_furniture(group_lines(runs, body_size), heights)
    notes = footnote_lines(lines, body_size, heights)
    body = [line for line in lines if line not in notes]
    vocabulary = hyphenated_vocabulary(lines)
    paragraphs = join_paragraphs(body, body_size, vocabulary)
    footnotes = join_footnotes(notes, vocabulary)
    return render_ods(paragraphs, footnotes)


def footnote_lines(lines: list[Line], body_size: float, heights: dict[int, float]) -> list[Line]:
    """Lines set smaller than the body and below the page's last line of body text; small
    print above it (the cover page's date and session) belongs to the text."""
    lowest: dict[int, float] = {}
    for line in lines:
        # a footer's bar code, set large, is no body text
        if line.size >= body_size * 0.9 and line.y > 0.1 * heights.get(line.page, 842.0):
            lowest[line.page] = min(lowest.get(line.page, line.y), line.y)
    return [
        line
        for line in lines
        if line.size < body_size * 0.9 and line.y < lowest.get(line.page, float("inf"))
    ]


def dominant_size(runs: list[Run]) -> float:
    """The body text's size: the size most characters are set in."""
    counts: Counter[float] = Counter()
    for run in runs:
        counts[round(run.size, 1)] += len(run.text.strip())
    return counts.most_common(1)[0][0] if counts else 10.0


def drop_line_numbers(runs: list[Run], body_size: float) -> list[Run]:
    """Numbers alone in a column left of where any text starts are line numbers."""
    text_left = Counter(round(r.x) for r in runs if not r.text.strip().isdigit()).most_common(1)
    if not text_left:
        return runs
    left = text_left[0][0]
    numbered = [r for r in runs if r.text.strip().isdigit() and r.end < left - body_size * 0.5]
    columns = Counter(round(r.x / 4) for r in numbered)
    if not columns or columns.most_common(1)[0][1] < 5:
        return runs
    dropped = set(numbered)
    return [r for r in runs if r not in dropped]


def group_lines(runs: list[Run], body_size: float) -> list[Line]:
    """Runs that follow each other on one baseline make a line; small digits are markers."""
    lines: list[Line] = []
    for run in runs:
        current = lines[-1] if lines else None
        small = run.size < body_size * 0.8 and run.text.strip().isdigit()
        same_line = (
            current is not None
            and current.page == run.page
            and abs(run.y - current.y) <= 0.45 * max(run.size, current.size)
            and run.x >= current.x - 1
        )
        if current is not None and same_line:
            run_end = run.end
            if run.x < current.end - 0.5:  # pypdf did not advance the pen after a font change
                run_end += current.end - run.x
            if small and current.text and current.size > run.size * 1.2:
                current.text = current.text.rstrip() + footnote_marker(run.text.strip())
                current.markers.append(run.text.strip())
            else:
                gap = run.x - current.end
                spaced = gap > 0.2 * run.size or LABEL_ONLY.match(current.text) is not None
                joiner = " " if spaced and not current.text.endswith(" ") else ""
                current.text += joiner + run.text
                current.size = max(current.size, run.size)
            current.end = max(current.end, run_end)
            continue
        lines.append(Line(run.page, run.x, run.y, run.size, run.end, run.text))
    for line in lines:
        line.text = " ".join(line.text.split())
    return [line for line in lines if line.text]


LABEL_ONLY = re.compile(r"^\s*(?:\d{1,3}\.|\([a-z]{1,4}\))$")  # "100." before its text


def footnote_marker(number: str) -> str:
    """Markers stay glued to the word before them, as in the ODS export: "action10"."""
    return f"\x00{number}\x00"


FURNITURE_ITEM = (
    r"(?:\d{1,3}(?:\s*/\s*\d{1,3})?|\d{2}[- ]?\d{5}(?: ?\([A-Z]\))?(?: \d{6})?|[A-Z]\d{7}[A-Z]?"
    r"|\*[A-Z]?\d{5,}[A-Z]?\*"
    r"|Please recycle|[A-Z]{1,2}/(?:RES|DEC)/[\w/.()-]+(?: \(\d{4}\))?)"
)
FURNITURE = re.compile(rf"^{FURNITURE_ITEM}(?:\s+{FURNITURE_ITEM}){{0,5}}$")


def drop_furniture(lines: list[Line], heights: dict[int, float]) -> list[Line]:
    """Headers and footers: in the top or bottom tenth of a page, repeated or typical."""
    pages = len(heights)

    def in_margin(line: Line) -> bool:
        height = heights.get(line.page, 842.0)
        return line.y > height * 0.9 or line.y < height * 0.1

    repeated = Counter(line.key for line in lines if in_margin(line))
    return [
        line
        for line in lines
        if not in_margin(line)
        or not (
            (pages > 1 and repeated[line.key] >= max(2, pages // 2))
            or FURNITURE.match(line.text.replace("\x00", ""))
        )
    ]


def hyphenated_vocabulary(lines: list[Line]) -> Counter[str]:
    """How often each word is written in the document, with and without its hyphens; the two
    halves of a word broken at a line end are not counted (they would vouch for themselves)."""
    words: Counter[str] = Counter()
    broken = False
    for line in lines:
        tokens = re.findall(r"[\w-]+", line.text.replace("\x00", " ").lower())
        start = 1 if broken else 0
        broken = line.text.endswith("-")
        for token in tokens[start : len(tokens) - 1 if broken else len(tokens)]:
            words[token] += 1
    return words


SUSPENDING_WORDS = frozenset({"and", "or", "to", "nor", "et", "ou", "y", "o"})


def join_hyphenated(head: str, tail: str, vocabulary: Counter[str]) -> str:
    """ "humani-" + "tarian": one word; "mine-" + "action" keeps its hyphen if written so.

    UN resolutions are set without automatic hyphenation, so a hyphen at a line end is kept
    unless the document shows it is not part of the word: the joined word is written elsewhere,
    the second part is a bare suffix ("ment", "tion"), or neither part is a word of the
    document ("humani", "tarian").
    """
    first = re.search(r"([\w-]+)-$", head)
    if first and tail[:1] in ",;:.)":  # "micro-, small and medium-sized": suspended
        return head + tail
    second = re.match(r"[\w-]+", tail)
    if not first or not second:
        return head + " " + tail
    stem, rest = first[1].lower(), second[0].lower()
    if rest in SUSPENDING_WORDS:  # "peace- and confidence-building": a suspended hyphen
        return f"{head} {tail}"
    with_hyphen = vocabulary[f"{stem}-{rest}"]
    without = vocabulary[f"{stem}{rest}"]
    if with_hyphen != without:
        return head + tail if with_hyphen > without else head[:-1] + tail
    if rest[:1].isdigit() or second[0][:1].isupper() or stem[-1:].isdigit() or len(stem) <= 2:
        # "2001-2005", "non-State", "e-commerce", "co-chaired": no word processor breaks so
        return head + tail
    if un_compound(stem, rest):  # "self-" + "determination", "web-" + "based"
        return head + tail
    if rest in hyphenated_words().suffix_fragments:  # "achieve-" + "ment": a word processor's
        return head[:-1] + tail
    if vocabulary[stem] or vocabulary[rest]:  # "best-" + "available", "people-" + "centred"
        return head + tail
    compounds = sum(count for word, count in vocabulary.items() if word.startswith(f"{stem}-"))
    return head + tail if compounds else head[:-1] + tail


@dataclass(frozen=True)
class HyphenatedWords:
    compounds: frozenset[str]
    first_parts: frozenset[str]
    last_parts: frozenset[str]
    suffix_fragments: frozenset[str]


@cache
def hyphenated_words() -> HyphenatedWords:
    from mineres.store.datafiles import load_data_file

    data = load_data_file("hyphenated_words.yaml")
    return HyphenatedWords(
        frozenset(data["compounds"]),
        frozenset(data["first_parts"]),
        frozenset(data["last_parts"]),
        frozenset(data["suffix_fragments"]),
    )


def un_compound(stem: str, rest: str) -> bool:
    """A word the UN writes with a hyphen, or one starting or ending as such words do."""
    words = hyphenated_words()
    return (
        f"{stem}-{rest}" in words.compounds or stem in words.first_parts or rest in words.last_parts
    )


def continue_line(text: str, line: str, vocabulary: Counter[str]) -> str:
    if text.endswith("-") and not text.endswith(" -") and line[:1].isalnum():
        return join_hyphenated(text, line, vocabulary)
    return f"{text} {line}" if text else line


NUMBERED = re.compile(r"^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|[IVX]{1,5}\.|[A-H]\.)\s")


def join_paragraphs(lines: list[Line], body_size: float, vocabulary: Counter[str]) -> list[str]:
    """Lines to paragraphs: a new one after a wider gap, at an indent, a number or a new size."""
    if not lines:
        return []
    left = Counter(round(line.x) for line in lines).most_common(1)[0][0]
    ends = sorted(line.end for line in lines)
    right = ends[int(len(ends) * 0.9)]
    gaps = [
        round(previous.y - line.y, 1)
        for previous, line in itertools.pairwise(lines)
        if previous.page == line.page and 0 < previous.y - line.y < 3 * body_size
    ]
    # capped: in a resolution of one-line paragraphs every gap is a paragraph gap
    leading = min(line_spacing(gaps) or body_size * 1.2, body_size * 1.3)
    paragraphs: list[str] = []
    previous: Line | None = None
    for line in lines:
        if previous is None or starts_paragraph(previous, line, left, right, leading):
            paragraphs.append(line.text)
        else:
            paragraphs[-1] = continue_line(paragraphs[-1], line.text, vocabulary)
        previous = line
    return paragraphs


def line_spacing(gaps: list[float]) -> float | None:
    """The distance between lines of one paragraph: the smallest gap seen more than once (in a
    short resolution of one-line paragraphs, the gap between paragraphs is the commonest)."""
    counts = Counter(gaps)
    repeated = sorted(gap for gap, count in counts.items() if count > 1)
    return repeated[0] if repeated else (min(gaps) if gaps else None)


def starts_paragraph(previous: Line, line: Line, left: float, right: float, leading: float) -> bool:
    indented = line.x > left + line.size
    short = previous.end < right - 4 * previous.size
    if abs(line.size - previous.size) > 0.5:
        return True
    if line.page != previous.page:
        # a line's end is only estimated (word spacing stretched for justification is not
        # seen), so a short-looking last line on the page is trusted only when the next page
        # does not carry on mid-sentence in lower case
        return (
            indented or bool(NUMBERED.match(line.text)) or (short and not line.text[:1].islower())
        )
    gap = previous.y - line.y
    if gap > leading * 1.3 or gap < 0:
        return True
    return indented and short


def join_footnotes(lines: list[Line], vocabulary: Counter[str]) -> list[str]:
    """Footnote lines, in page order, to one "N text" string per footnote.

    A line opens a footnote only when it starts with the next number expected, so a
    continuation line that starts with a year or a page number stays where it is.
    """
    notes: list[str] = []
    expected = 1  # a resolution numbers its footnotes from 1
    for line in lines:
        text = line.text.replace("\x00", " ").strip()
        starts = re.match(r"^(\d{1,3})\s+(\S.*)$", text)
        if starts and int(starts[1]) == expected:
            notes.append(f"{starts[1]} {starts[2]}")
            expected = int(starts[1]) + 1
        elif notes:
            notes[-1] = continue_line(notes[-1], text, vocabulary)
    return notes


CLOSING = re.compile(r"^(?:\d+(?:st|nd|rd|th) (?:plenary )?meeting|\d{1,2} [A-Z][a-z]+ \d{4})$")
FORMULA = re.compile(r"^The [A-Z][\w ,’'-]*,$")


def render_ods(paragraphs: list[str], footnotes: list[str]) -> str:
    """One paragraph a line, as the ODS export writes them."""
    out: list[str] = []
    in_body = False
    for paragraph in paragraphs:
        text = paragraph.replace("\x00", "")
        if FORMULA.match(text):
            in_body = True
            out.extend(["", ""])
        if CLOSING.match(text):
            if in_body:
                out.append("")
            in_body = False
            out.append(text)
            continue
        if not in_body:
            out.append(text)
            continue
        numbered = re.match(r"^(\d{1,3}\.|\([a-z]{1,2}\)|\([ivxl]{1,6}\))\s+(.*)$", text)
        out.append(f"\t{numbered[1]}\t{numbered[2]}" if numbered else f"\t{text}")
    out.extend(note.replace("\x00", "") for note in footnotes)
    # the export's opening mark: `segment` then reads the ODS layout even when no paragraph
    # is numbered (a resolution of one operative paragraph prints no number)
    return "[DU1]\n" + "\n".join(out) + "\n"
