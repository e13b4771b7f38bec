"""Run every benchmark in this folder and print its figures: .venv/bin/python benchmarks/run.py"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        subprocess.run([sys.executable, str(script), *sys.argv[1:]], cwd=HERE, check=False)
        print(flush=True)


if __name__ == "__main__":
    main()
