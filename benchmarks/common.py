"""Small helpers shared by the benchmark scripts: timing whole processes, finding the corpus."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent


def compiled_environment() -> dict[str, str]:
    """Installed packages (typer) load from compiled bytecode, and so does mineres on any
    ordinary installation: compile it first, and let the runs write bytecode even where the
    environment turns that off (PYTHONDONTWRITEBYTECODE), so both sides are measured alike."""
    compileall.compile_dir(str(ROOT / "mineres"), quiet=1)
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_process(command: Sequence[str], runs: int) -> list[float]:
    """Wall-clock seconds of each run of a whole process, output discarded."""
    env = compiled_environment()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env
        )
        times.append(time.perf_counter() - start)
    return times


def compare_processes(
    name: str, command: Sequence[str], baseline: Sequence[str], runs: int, target: float
) -> float:
    """Interleave runs of `command` and `baseline` so machine noise hits both alike."""
    time_process(command, 2)
    time_process(baseline, 2)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        ours += time_process(command, 1)
        theirs += time_process(baseline, 1)
    ratio = statistics.median(ours) / statistics.median(theirs)
    verdict = "ok" if ratio <= target else "over target"
    print(f"{name}")
    print(
        f"  command   median {statistics.median(ours) * 1000:7.1f} ms  (min {min(ours) * 1000:.1f})"
    )
    print(
        f"  baseline  median {statistics.median(theirs) * 1000:7.1f} ms  (min {min(theirs) * 1000:.1f})"
    )
    print(f"  ratio     {ratio:.2f}  (target <= {target})  {verdict}")
    return ratio


def corpus_files(folder: str) -> list[Path]:
    directory = SHARED / "corpus" / "akn" / folder
    if not directory.is_dir():
        print(f"skipped: {directory} not found (the corpus lives in ../shared)")
        return []
    return sorted(directory.glob("*.en.xml"))
