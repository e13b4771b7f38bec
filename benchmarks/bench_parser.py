"""Parser throughput over the session-74 resolutions, in MB of text per second on one core.

Each AKN file is rendered once to the ODS and plain text layouts (outside the timing); then
every text is parsed, several rounds, and the best round counts. Figures are given for the
parse without citations (what `paragraphs` runs) and with them (what `export` runs), and for
reading the AKN XML itself.

Run: .venv/bin/python benchmarks/bench_parser.py [rounds]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from common import corpus_files

from mineres.parse import parse_resolution
from mineres.parse.akn import parse_akn
from mineres.render.layouts import to_ods_text, to_plain_text

TARGET_MB_PER_SECOND = 5.0


def best_round(texts: list[str], parse: Callable[[str], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    files = corpus_files("session-74")
    if not files:
        return
    xml = [path.read_text(encoding="utf-8") for path in files]
    models = [parse_akn(text) for text in xml]
    layouts = {"ods": [to_ods_text(m) for m in models], "plain": [to_plain_text(m) for m in models]}
    print(f"{len(files)} resolutions of session 74, best of {rounds} rounds, one core")
    runs: list[tuple[str, list[str], Callable[[str], object]]] = []
    for name, texts in layouts.items():
        runs.append(
            (
                f"{name} text, no citations",
                texts,
                lambda t: parse_resolution(t, with_citations=False),
            )
        )
        runs.append((f"{name} text, with citations", texts, parse_resolution))
    runs.append(("AKN XML, no citations", xml, lambda t: parse_resolution(t, with_citations=False)))
    for label, texts, parse in runs:
        size = sum(len(text.encode("utf-8")) for text in texts) / 1_000_000
        seconds = best_round(texts, parse, rounds)
        rate = size / seconds
        verdict = "ok" if rate >= TARGET_MB_PER_SECOND else "under target"
        print(
            f"  {label:32} {size:6.2f} MB in {seconds:6.3f} s = {rate:5.1f} MB/s  (target >= {TARGET_MB_PER_SECOND})  {verdict}"
        )


if __name__ == "__main__":
    main()
