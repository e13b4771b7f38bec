"""Whole-process time of `mineres paragraphs --format json` against `python -c "import typer"`.

Two figures: the first command on a document (cache off: read, parse, print) and the ones
after it (the parsed model read back from the cache).

Run: .venv/bin/python benchmarks/bench_startup.py [runs]
"""

from __future__ import annotations

import os
import sys

from common import BIN, compare_processes


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    command = [str(BIN / "mineres"), "paragraphs", "--format", "json"]
    baseline = [sys.executable, "-c", "import typer"]
    for label, cache in (("first run, cache off", "off"), ("later runs, cache on", "on")):
        os.environ["MINERES_CACHE"] = cache
        compare_processes(
            f"startup ({label}): mineres paragraphs --format json (A/RES/58/127) vs import typer",
            command,
            baseline,
            runs,
            target=1.3,
        )


if __name__ == "__main__":
    main()
