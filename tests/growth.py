"""Linear-time checks that hold on a loaded machine: growth ratios of CPU time, never seconds.

A test that asserts a number of seconds fails when CI shares its cores with other work. What
a linear path promises is a ratio: eight times the input costs about eight times the work, and
a quadratic path would cost sixty-four. Process CPU time (not wall-clock) and the best of a few
runs keep other processes' load out of the figure; the margin (30x for 8x the input) leaves
room for caches and allocation without letting a quadratic path through.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

Input = TypeVar("Input")

SCALE = 8
ALLOWED_GROWTH = 30.0
RESOLUTION_SECONDS = 0.002  # below this a measurement is noise: the small input is floored to it


def cpu_seconds(work: Callable[[Input], object], argument: Input, repeats: int = 3) -> float:
    """The least process CPU time of `repeats` runs of work(argument)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        work(argument)
        best = min(best, time.process_time() - started)
    return best


def growth(work: Callable[[Input], object], small: Input, large: Input) -> float:
    """How many times more CPU time `large` costs than `small`."""
    work(small)  # warm caches, compiled patterns and lazy imports before measuring
    return cpu_seconds(work, large) / max(cpu_seconds(work, small), RESOLUTION_SECONDS)
