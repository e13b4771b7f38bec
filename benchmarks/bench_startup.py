"""Whole-process time of `mineres paragraphs --format json` against `python -c "import typer"`.

Run: .venv/bin/python benchmarks/bench_startup.py [runs]
"""

from __future__ import annotations

import sys

from common import BIN, compare_processes


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    compare_processes(
        "startup: mineres paragraphs --format json (bundled A/RES/58/127) vs import typer",
        [str(BIN / "mineres"), "paragraphs", "--format", "json"],
        [sys.executable, "-c", "import typer"],
        runs,
        target=1.3,
    )


if __name__ == "__main__":
    main()
