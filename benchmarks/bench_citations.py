"""Citation extraction throughput: .venv/bin/python benchmarks/bench_citations.py

Reads the 208 resolutions of the seventy-fourth session into the model once, then times
`find_citations` alone over them (best of several rounds) and prints MB/s of text searched:
paragraphs, sub-paragraphs and footnotes. Target: at least 5 MB/s. Also times building the
instrument catalogue and its English pattern (once per process), and one megabyte of dense,
real citation text on a single line.

Times are the process's CPU time, not the wall clock: on a machine shared with other work the
wall clock measures the neighbours too.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TARGET_MB_PER_SECOND = 5.0
ROUNDS = 5

sys.path.insert(0, str(ROOT))

from mineres.citations import citation_units, find_citations, find_in_text  # noqa: E402
from mineres.citations.instruments import instrument_catalogue, names_pattern  # noqa: E402
from mineres.models import Resolution  # noqa: E402
from mineres.parse import parse_resolution  # noqa: E402


def load_session_74() -> list[Resolution]:
    folder = SHARED / "corpus" / "akn" / "session-74"
    return [
        parse_resolution(path.read_bytes(), source=path.name)
        for path in sorted(folder.glob("*.xml"))
    ]


def text_bytes(resolutions: list[Resolution]) -> int:
    return sum(
        len(unit.text.encode("utf-8"))
        for resolution in resolutions
        for unit in citation_units(resolution)
    )


def best_seconds(action: object, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        action()  # type: ignore[operator]
        times.append(time.process_time() - started)
    return min(times)


def catalogue_seconds() -> tuple[float, float]:
    """CPU time to get the instrument catalogue (read back from the data-file store, built from
    the data files the first time), and to compile its English names (with the short names,
    scanned together)."""
    started = time.process_time()
    instrument_catalogue()
    built = time.process_time()
    names_pattern("en")
    return built - started, time.process_time() - built


def main() -> None:
    if not (SHARED / "corpus" / "akn" / "session-74").is_dir():
        print(f"skipped: {SHARED / 'corpus'} not found (the corpus lives in ../shared)")
        return
    catalogue, english = catalogue_seconds()  # first: parsing below finds citations too
    resolutions = load_session_74()
    size = text_bytes(resolutions)
    find_citations(resolutions[0])  # load the data files before timing

    def run_all() -> None:
        for resolution in resolutions:
            find_citations(resolution)

    seconds = best_seconds(run_all)
    count = sum(len(find_citations(resolution)) for resolution in resolutions)
    rate = size / seconds / 1e6
    verdict = "ok" if rate >= TARGET_MB_PER_SECOND else "under target"
    print(f"session-74 resolutions   {len(resolutions)}")
    print(f"text searched            {size / 1e6:.2f} MB")
    print(f"citations found          {count}")
    print(f"find_citations           {seconds * 1000:.0f} ms  (best of {ROUNDS})")
    print(f"throughput               {rate:.1f} MB/s  (target >= {TARGET_MB_PER_SECOND}) {verdict}")
    print(
        f"instrument catalogue     {catalogue * 1000:.0f} ms, English names {english * 1000:.0f} ms"
    )

    dense = " ".join(unit.text for resolution in resolutions for unit in citation_units(resolution))
    line = (dense * (1_000_000 // len(dense) + 1))[:1_000_000]
    line_seconds = best_seconds(lambda: find_in_text(line), rounds=3)
    print(f"one 1 MB line            {line_seconds * 1000:.0f} ms  ({1 / line_seconds:.1f} MB/s)")


if __name__ == "__main__":
    main()
