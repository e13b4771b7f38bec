"""PDF reading accuracy: each resolution of session 74, typeset as a UN-style PDF and read back.

Each AKN file is laid out as ODS text (`render.layouts.to_ods_text`), typeset by the tests' PDF
generator (running headers, page and job numbers, hyphenation, footnotes at page feet), read
with `mineres.parse.pdf`, and compared with the same text read directly: the share of resolutions
whose preamble, operative paragraphs and footnotes come back identical, and of paragraphs.

Run: .venv/bin/python benchmarks/pdf_accuracy.py [limit]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from common import ROOT, corpus_files

sys.path.insert(0, str(ROOT))


def cp1252_safe(text: str) -> str:
    """What the typesetter's fonts can show: non-breaking hyphens plain, other signs dropped."""
    text = text.replace("\u2011", "-")
    return "".join(c for c in text if c in "\t\n\u2063" or c.encode("cp1252", "ignore"))


def explicit_markers_text(resolution: object) -> str:
    """The same ODS text, each footnote marker wrapped in U+2063 so the typesetter need not guess
    where "Agenda 216" splits into "Agenda 21" and marker 6; the PDF prints it glued all the same.
    """
    from mineres.render import layouts

    def explicit(
        text: str, offsets: tuple[tuple[int, int], ...], footnotes: tuple[int, ...], style: str
    ) -> str:
        at_offset = layouts.markers_at(text, offsets, footnotes)
        for at in sorted(at_offset, reverse=True):
            marker = ",".join(str(n) for n in at_offset[at])
            text = text[:at] + f"\u2063{marker}\u2063" + text[at:]
        return text

    original = layouts.with_markers
    layouts.with_markers = explicit  # type: ignore[assignment]
    try:
        return layouts.to_ods_text(resolution)  # type: ignore[arg-type]
    finally:
        layouts.with_markers = original


def main() -> None:
    files = corpus_files("session-74")[: int(sys.argv[1]) if len(sys.argv) > 1 else None]
    if not files:
        return
    for auto_hyphenate in (False, True):
        sweep(files, auto_hyphenate)


def sweep(files: list[Path], auto_hyphenate: bool) -> None:
    from mineres.parse import parse_resolution
    from mineres.render.layouts import to_ods_text
    from tests.pdfmaker import typeset

    exact = paragraphs = same_paragraphs = 0
    reading = 0.0
    misses: list[str] = []
    for path in files:
        original = parse_resolution(path.read_bytes())
        text = cp1252_safe(to_ods_text(original))
        from_text = parse_resolution(text)
        pdf = typeset(
            cp1252_safe(explicit_markers_text(original)),
            original.metadata.symbol or "?",
            "19 21000",
            auto_hyphenate=auto_hyphenate,
        )
        start = time.perf_counter()
        try:
            from_pdf = parse_resolution(pdf)
        except Exception as error:  # counted as a miss, never stops the sweep
            misses.append(f"{path.name}: {error}")
            paragraphs += len(from_text.paragraphs)
            continue
        reading += time.perf_counter() - start
        pairs = list(zip(from_text.paragraphs, from_pdf.paragraphs, strict=False))
        paragraphs += len(from_text.paragraphs)
        same_paragraphs += sum(a == b for a, b in pairs)
        if (from_text.preamble, from_text.operative, from_text.footnotes) == (
            from_pdf.preamble,
            from_pdf.operative,
            from_pdf.footnotes,
        ):
            exact += 1
        else:
            misses.append(path.name)
    style = (
        "words also hyphenated by syllable"
        if auto_hyphenate
        else "UN style, lines broken only at hyphens"
    )
    print(f"PDF accuracy: {len(files)} resolutions of session 74 typeset ({style}) and read back")
    print(f"  identical resolutions  {exact}/{len(files)} ({exact / len(files):.1%})")
    print(
        f"  identical paragraphs   {same_paragraphs}/{paragraphs} ({same_paragraphs / paragraphs:.1%})"
    )
    print(f"  reading time           {reading:.1f} s ({reading / len(files) * 1000:.0f} ms a PDF)")
    if misses:
        print("  not identical: " + ", ".join(misses[:12]) + (" ..." if len(misses) > 12 else ""))


if __name__ == "__main__":
    main()
