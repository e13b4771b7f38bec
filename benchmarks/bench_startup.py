"""Whole-process time of `mineres paragraphs --format json` against `python -c "import typer"`.

Two figures: the first command on a document (MINERES_CACHE=off: read, parse, print) and the
ones after it (the parsed model read back from the cache), each as wall-clock and CPU ratios
to a bare typer import in the same environment. Then `mineres --version`, which shows what the
command line itself costs with no document read.

Run: .venv/bin/python benchmarks/bench_startup.py [runs] [--against TREE]

With `--against TREE` (a folder holding another version's `mineres` package, e.g. made by
`git archive main mineres | tar -x -C TREE`), the first-run and later-run figures are measured
for that version too, in the same run and the same way, so a change is judged against the
code it replaces under the same machine load, not against a figure taken earlier.
"""

from __future__ import annotations

import compileall
import json
import statistics
import subprocess
import sys
from pathlib import Path

from common import BIN, ROOT, compare_processes, compiled_environment

TARGET = 1.3
STAGES = """
import io, json, sys, time
marks = [("start", time.process_time())]
import typer
marks.append(("import typer", time.process_time()))
from typer.main import get_command
from mineres.cli import build_app
get_command(build_app(["paragraphs"]))
marks.append(("command line", time.process_time()))
import mineres.models
marks.append(("import mineres.models", time.process_time()))
import mineres.parse
marks.append(("import mineres.parse", time.process_time()))
import mineres.documents
marks.append(("import documents", time.process_time()))
from mineres import load_resolution
resolution = load_resolution(None, with_citations=False)
marks.append(("parse A/RES/58/127", time.process_time()))
from mineres.render.listing import write_records
from mineres.serialize import paragraph_to_dict
write_records([paragraph_to_dict(p) for p in resolution.operative], [], "json", io.StringIO())
marks.append(("write json", time.process_time()))
print(json.dumps([(name, later - earlier) for (_, earlier), (name, later) in zip(marks, marks[1:])]))
"""


def stages(runs: int) -> None:
    """Where a first run's CPU time goes, stage by stage, median of fresh processes."""
    env = compiled_environment(MINERES_CACHE="off")
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", STAGES], capture_output=True, env=env, check=True
        )
        for name, seconds in json.loads(done.stdout):
            samples.setdefault(name, []).append(seconds)
    print("  in-process stages of a first run (CPU, median):")
    for name, seconds in samples.items():
        print(f"    {name:<24} {statistics.median(seconds) * 1000:6.1f} ms")


# `mineres` from a given tree: the editable install's finder (which maps `mineres` to this
# worktree) is left out, so the tree on sys.path is the one imported
FROM_TREE = (
    "import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'ditable' not in repr(f)]; "
    "sys.path.insert(0, {tree!r}); from mineres.cli import main; main()"
)


def against_option(args: list[str]) -> tuple[list[str], Path | None]:
    """The arguments without `--against TREE`, and TREE (resolved) when it was given."""
    if "--against" not in args:
        return args, None
    at = args.index("--against")
    return args[:at] + args[at + 2 :], Path(args[at + 1]).resolve()


def tree_command(tree: Path, *args: str) -> list[str]:
    compileall.compile_dir(str(tree / "mineres"), quiet=1)
    return [sys.executable, "-c", FROM_TREE.format(tree=str(tree)), *args]


def main() -> None:
    args, against = against_option(sys.argv[1:])
    runs = int(args[0]) if args else 20
    paragraphs = ("paragraphs", "--format", "json")
    commands = {"": [str(BIN / "mineres"), *paragraphs]}
    if against is not None:  # both through the same launcher, so only the code differs
        commands = {
            f" [{against}]": tree_command(against, *paragraphs),
            f" [{ROOT}]": tree_command(ROOT, *paragraphs),
        }
    baseline = [sys.executable, "-c", "import typer"]
    for label, cache in (("first run, cache off", "off"), ("later runs, cache on", "on")):
        for version, command in commands.items():
            compare_processes(
                f"startup ({label}): mineres paragraphs --format json (A/RES/58/127) vs import"
                f" typer{version}",
                command,
                baseline,
                runs,
                TARGET,
                compiled_environment(MINERES_CACHE=cache),
            )
    stages(runs)
    compare_processes(
        "startup: mineres --version vs import typer",
        [str(BIN / "mineres"), "--version"],
        baseline,
        runs,
        TARGET,
        compiled_environment(),
    )


if __name__ == "__main__":
    main()
