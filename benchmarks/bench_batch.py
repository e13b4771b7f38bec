"""Batch throughput: `mineres batch` over the 208 resolutions of session 74, 1 and 2 jobs.

Whole processes, output (one JSON object per document) discarded, runs interleaved so machine
noise hits both alike. Prints documents per second and the speed-up of 2 jobs over 1.

Run: .venv/bin/python benchmarks/bench_batch.py [runs]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from common import BIN, corpus_files, time_process


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    files = corpus_files("session-74")
    if not files:
        return
    folder = str(files[0].parent)
    commands = {
        jobs: [str(BIN / "mineres"), "batch", folder, "--jobs", str(jobs), "--format", "jsonl"]
        for jobs in (1, 2)
    }
    for command in commands.values():
        time_process(command, 1)
    times: dict[int, list[float]] = {jobs: [] for jobs in commands}
    for _ in range(runs):
        for jobs, command in commands.items():
            times[jobs] += time_process(command, 1)
    print(f"batch: {len(files)} resolutions of session 74, --format jsonl, {os.cpu_count()} CPUs")
    for jobs, measured in times.items():
        median = statistics.median(measured)
        print(
            f"  --jobs {jobs}  median {median:5.2f} s  {len(files) / median:6.1f} documents/s"
            f"  (best {len(files) / min(measured):.1f})"
        )
    speedup = statistics.median(times[1]) / statistics.median(times[2])
    print(f"  speed-up with 2 jobs: {speedup:.2f}x (whole process, start-up included)")
    print(
        f"  control: pure CPU work in 2 processes runs {parallel_headroom():.2f}x faster than in 1"
    )
    print("  (below 2x, other processes share the CPUs and the speed-up above is bounded by it)")


def burn(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def parallel_headroom(count: int = 3_000_000) -> float:
    """How much two processes gain on this machine now: 2.0 on two idle CPUs."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    burn(count)
    burn(count)
    serial = time.perf_counter() - start
    with ProcessPoolExecutor(2) as pool:
        start = time.perf_counter()
        list(pool.map(burn, [count, count]))
        parallel = time.perf_counter() - start
    return serial / parallel


if __name__ == "__main__":
    main()
