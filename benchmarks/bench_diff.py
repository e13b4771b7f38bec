"""How fast `mineres diff` is: the real pair as a whole process, and alignment at scale.

1. `mineres diff A/RES/74/80 A/RES/76/74 --format json` as a whole process against
   `python -c "import typer"`, interleaved, median of several runs; target ratio <= 1.5. The
   symbols are looked up in the library (the bundled copies, after the cache's folder, as a
   user's command does), then the same files are given by path (no lookup).
2. The largest resolution of the corpus, A/RES/74/19 (about 420 paragraphs), against a copy
   edited deterministically (paragraphs dropped, inserted, reworded, moved, split and merged);
   target under 1 s. Then the same with 2, 4 and 8 times the paragraphs (A/RES/74/19 followed
   by the next largest resolutions of the session, edited alike), to show how the time grows
   when the paragraph count doubles.

Run: .venv/bin/python benchmarks/bench_diff.py [runs] [--against TREE]

With `--against TREE` (a folder holding another version's `mineres` package, e.g. made by
`git archive main mineres | tar -x -C TREE`), the first runs of part 1 are measured for that
version too, in the same run, through the same launcher, so a change is judged against the
code it replaces under the same machine load.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bench_startup import against_option, tree_command
from common import BIN, ROOT, SHARED, compare_processes, compiled_environment

from mineres.diff import diff_resolutions
from mineres.models import Paragraph, Resolution
from mineres.parse.akn import parse_akn

FIXTURES = ROOT / "tests" / "fixtures" / "akn"
LARGEST = SHARED / "corpus" / "akn" / "session-74" / "A_RES_74_19.en.xml"


SYMBOLS = ("A/RES/74/80", "A/RES/76/74")
PATHS = (str(FIXTURES / "A_RES_74_80.en.xml"), str(FIXTURES / "A_RES_76_74.en.xml"))


def whole_process(runs: int, against: Path | None = None) -> None:
    """The first diff of a pair (cache off: both parsed) and the ones after it (cache on)."""
    baseline = [sys.executable, "-c", "import typer"]
    for label, cache, documents in (
        ("first run, cache off", "off", SYMBOLS),
        ("later runs, cache on", "on", SYMBOLS),
        ("first run, cache off, files given by path", "off", PATHS),
    ):
        arguments = ("diff", *documents, "--format", "json")
        commands = {"": [str(BIN / "mineres"), *arguments]}
        if against is not None and cache == "off":  # both through the same launcher
            commands = {
                f" [{against}]": tree_command(against, *arguments),
                f" [{ROOT}]": tree_command(ROOT, *arguments),
            }
        for version, command in commands.items():
            compare_processes(
                f"1. mineres diff A/RES/74/80 A/RES/76/74 --format json vs import typer "
                f"({label}){version}",
                command,
                baseline,
                runs,
                1.5,
                compiled_environment(MINERES_CACHE=cache),
                ok=(0, 1),  # `mineres diff` exits 1 when the documents differ
            )
    phase_breakdown(compiled_environment(MINERES_CACHE="off"), runs)


PHASES = """
import io, json, sys, time
marks = [("start", time.process_time())]
import typer
marks.append(("import typer", time.process_time()))
from mineres.cli import build_app
build_app(["diff"])
marks.append(("command line", time.process_time()))
from mineres.documents import document_paths, load_resolution
found = [next(document_paths(symbol)) for symbol in sys.argv[1:3]]
marks.append(("look up both", time.process_time()))
old, new = (load_resolution(path, with_citations=False) for path in found)
marks.append(("parse both", time.process_time()))
from mineres.parse import add_citations
old, new = add_citations(old), add_citations(new)
marks.append(("citations of both", time.process_time()))
from mineres.diff import diff_resolutions
marks.append(("import mineres.diff", time.process_time()))
result = diff_resolutions(old, new)
marks.append(("diff", time.process_time()))
from mineres.render.diff_json import write_diff_json
write_diff_json(result, io.StringIO())
marks.append(("render json", time.process_time()))
print(json.dumps([(name, later - earlier) for (_, earlier), (name, later) in zip(marks, marks[1:])]))
"""


def phase_breakdown(env: dict[str, str], runs: int) -> None:
    """Where the whole process's time goes, stage by stage, median of fresh processes."""
    import json

    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", PHASES, *SYMBOLS],
            capture_output=True,
            env=env,
            check=True,
        )
        for name, seconds in json.loads(done.stdout):
            samples.setdefault(name, []).append(seconds)
    print("   in-process stages of a first run (CPU, median):")
    for name, seconds in samples.items():
        print(f"     {name:<20} {statistics.median(seconds) * 1000:6.1f} ms")


def renumbered(paragraphs: Sequence[Paragraph], prefix: str) -> tuple[Paragraph, ...]:
    return tuple(
        replace(paragraph, id=f"{prefix}{number}", number=number, section=None, subparagraphs=())
        for number, paragraph in enumerate(paragraphs, 1)
    )


def flattened(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """Each paragraph with its sub-paragraphs folded into its text, so edits see all of it."""
    return [replace(p, text=p.full_text, subparagraphs=()) for p in paragraphs]


def edited(paragraphs: Sequence[Paragraph], inserts: Sequence[Paragraph]) -> list[Paragraph]:
    """The same paragraphs after a year of negotiation, deterministically: every 40th dropped,
    every 25th reworded, a paragraph inserted after every 50th, two moved, one split in two and
    two merged into one."""
    result: list[Paragraph] = []
    for position, paragraph in enumerate(paragraphs):
        if position % 40 == 7:
            continue
        if position % 25 == 3:
            words = paragraph.text.split()
            middle = len(words) // 2
            words[middle : middle + 2] = ["in", "close", "cooperation", "with", "States"]
            paragraph = replace(paragraph, text=" ".join(words))
        result.append(paragraph)
        if position % 50 == 49:
            result.append(inserts[(position // 50) % len(inserts)])
    if len(result) > 40:
        result.insert(len(result) - 5, result.pop(10))
        result.insert(3, result.pop(len(result) // 2))
        whole = result[20]
        words = whole.text.split()
        half = len(words) // 2
        result[20:21] = [
            replace(whole, text=" ".join(words[:half])),
            replace(whole, text=" ".join(words[half:])),
        ]
        first, second = result[30], result[31]
        result[30:32] = [replace(first, text=f"{first.text} {second.text}")]
    return result


def corpus_pool(largest: Resolution, times: int) -> Resolution:
    """`times` as many paragraphs as A/RES/74/19: it, then the next largest resolutions of the
    seventy-fourth session, so the longer documents hold real, different paragraphs."""
    preamble, operative = list(largest.preamble), list(largest.operative)
    others = sorted(LARGEST.parent.glob("*.en.xml"), key=lambda path: -path.stat().st_size)
    for path in others:
        if len(operative) >= times * len(largest.operative):
            break
        if path != LARGEST:
            other = parse_akn(path.read_text(encoding="utf-8"))
            preamble.extend(other.preamble)
            operative.extend(other.operative)
    return Resolution(
        largest.metadata,
        tuple(preamble[: times * len(largest.preamble)]),
        tuple(operative[: times * len(largest.operative)]),
    )


def scaled(
    resolution: Resolution, times: int, inserts: Sequence[Paragraph]
) -> tuple[Resolution, Resolution]:
    pool = corpus_pool(resolution, times) if times > 1 else resolution
    preamble, operative = flattened(pool.preamble), flattened(pool.operative)
    old = Resolution(resolution.metadata, renumbered(preamble, "PP"), renumbered(operative, "OP"))
    new = Resolution(
        resolution.metadata,
        renumbered(edited(preamble, inserts), "PP"),
        renumbered(edited(operative, inserts), "OP"),
    )
    return old, new


def median_seconds(old: Resolution, new: Resolution, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        diff_resolutions(old, new)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def scale(runs: int) -> None:
    if not LARGEST.is_file():
        print(f"2. skipped: {LARGEST} not found (the corpus lives in ../shared)")
        return
    largest = parse_akn(LARGEST.read_text(encoding="utf-8"))
    inserts = flattened(parse_akn((FIXTURES / "A_RES_76_74.en.xml").read_text("utf-8")).operative)
    print("2. A/RES/74/19 against an edited copy (diff_resolutions, median)")
    previous: float | None = None
    for times in (1, 2, 4, 8):
        old, new = scaled(largest, times, inserts)
        seconds = median_seconds(old, new, runs if times < 8 else max(1, runs // 2))
        summary = diff_resolutions(old, new).summary
        counts = ", ".join(f"{count} {kind}" for kind, count in summary.items() if count)
        growth = f"x{seconds / previous:.2f}" if previous else "     "
        verdict = ("ok" if seconds < 1 else "over target") if times == 1 else ""
        print(
            f"   {times}x {len(old.paragraphs):5d} -> {len(new.paragraphs):5d} paragraphs "
            f"{seconds * 1000:8.1f} ms  {growth}  {verdict}"
        )
        print(f"      {counts}")
        previous = seconds


def main() -> None:
    args, against = against_option(sys.argv[1:])
    runs = int(args[0]) if args else 15
    whole_process(runs, against)
    scale(max(3, runs // 3))


if __name__ == "__main__":
    main()
