"""Small helpers shared by the benchmark scripts: timing whole processes, finding the corpus.

Whole processes are timed two ways, interleaved with the baseline so machine noise hits both
alike: wall-clock time (what a user waits) and CPU time (user + system, which other processes
on a busy machine disturb far less). Ratios of medians are printed for both.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent


def compiled_environment(**extra: str) -> dict[str, str]:
    """Installed packages (typer) load from compiled bytecode, and so does mineres on any
    ordinary installation: compile it first, and let the runs write bytecode even where the
    environment turns that off (PYTHONDONTWRITEBYTECODE), so both sides are measured alike."""
    compileall.compile_dir(str(ROOT / "mineres"), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def run_once(
    command: Sequence[str], env: dict[str, str], ok: Collection[int] = (0,)
) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak resident KiB) of one whole process, output discarded."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in ok:
            err.seek(0)
            raise SystemExit(f"{' '.join(command)} failed: {err.read().decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


PEAK = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def peak_memory(command: Sequence[str], env: dict[str, str]) -> int:
    """Peak resident KiB of `command`, started from a small Python process: a child forked
    from this (large) benchmark process would count the parent's pages in its peak."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *command], capture_output=True, text=True, env=env
    )
    status, peak = done.stdout.split()
    if status != "0":
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr}")
    return int(peak)


def compare_processes(
    name: str,
    command: Sequence[str],
    baseline: Sequence[str],
    runs: int,
    target: float,
    env: dict[str, str],
    ok: Collection[int] = (0,),
) -> float:
    """Interleave runs of `command` and `baseline`; print medians and their ratios."""
    for _ in range(2):
        run_once(command, env, ok)
        run_once(baseline, env)
    ours: list[tuple[float, float, int]] = []
    theirs: list[tuple[float, float, int]] = []
    for _ in range(runs):
        ours.append(run_once(command, env, ok))
        theirs.append(run_once(baseline, env))
    wall = statistics.median(o[0] for o in ours) / statistics.median(t[0] for t in theirs)
    cpu = statistics.median(o[1] for o in ours) / statistics.median(t[1] for t in theirs)
    print(name)
    for label, samples in (("command ", ours), ("baseline", theirs)):
        walls = [s[0] * 1000 for s in samples]
        cpus = [s[1] * 1000 for s in samples]
        print(
            f"  {label}  wall median {statistics.median(walls):6.1f} ms (min {min(walls):5.1f})"
            f"  cpu median {statistics.median(cpus):6.1f} ms"
        )
    verdict = "ok" if cpu <= target else "over target"  # CPU: what a loaded machine keeps fair
    print(f"  ratio     wall {wall:.2f}  cpu {cpu:.2f}  (target <= {target})  {verdict}")
    return wall


def corpus_files(folder: str) -> list[Path]:
    directory = SHARED / "corpus" / "akn" / folder
    if not directory.is_dir():
        print(f"skipped: {directory} not found (the corpus lives in ../shared)")
        return []
    return sorted(directory.glob("*.en.xml"))
