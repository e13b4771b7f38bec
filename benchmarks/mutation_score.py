"""Mutation score of the core modules: mutmut, one module at a time, with its fast unit tests.

    .venv/bin/python benchmarks/mutation_score.py                 # every module in the table
    .venv/bin/python benchmarks/mutation_score.py mineres/select.py

Coverage says a line ran; a mutant (one small deliberate bug, such as `>` made `>=`) says
whether a test would notice the line being wrong. The modules and the tests that own their
rules are in tests/mutation/modules.yaml; mutants that no test can kill because they do not
change behaviour are in tests/mutation/equivalent/*.yaml, each with the reason. The score is
killed / (all mutants - equivalent ones); a mutant with no test covering it counts as surviving.

Each module runs in its own mutmut process (the module's tests replace the test selection of
[tool.mutmut] in pyproject.toml); mutmut's working copy is ./mutants, outside git.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
MODULES = ROOT / "tests" / "mutation" / "modules.yaml"
EQUIVALENT = ROOT / "tests" / "mutation" / "equivalent"
RECORDS = ROOT / "mutants" / "mineres-verdicts.json"
KILLED = {"killed", "timeout", "caught by type check"}


@dataclass
class Module:
    """One source file to mutate and the unit tests that must notice its mutants."""

    path: str
    tests: list[str]
    functions: list[str] = field(default_factory=list)  # none: every function of the file
    skip_tests: list[str] = field(default_factory=list)  # words naming tests not to run


@dataclass
class Score:
    """Outcome of one module's run; survivors keep their diffs for the report."""

    path: str
    total: int = 0
    killed: int = 0
    equivalent: int = 0
    survivors: dict[str, str] = field(default_factory=dict)

    @property
    def non_equivalent(self) -> int:
        return self.total - self.equivalent

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / self.non_equivalent if self.non_equivalent else 100.0


def table() -> list[Module]:
    """The module table, globs expanded to the files that exist on this branch."""
    modules: list[Module] = []
    for row in yaml.safe_load(MODULES.read_text(encoding="utf-8")):
        for path in sorted(ROOT.glob(row["module"])):
            relative = str(path.relative_to(ROOT))
            modules.append(
                Module(
                    relative,
                    list(row["tests"]),
                    list(row.get("functions", [])),
                    list(row.get("skip_tests", [])),
                )
            )
    return modules


def module_for(path: str) -> Module:
    """A module from the table, or one not listed with the tests named after it."""
    wanted = Path(path).as_posix()
    for module in table():
        if module.path == wanted:
            return module
    stem = Path(wanted).stem if Path(wanted).stem != "__init__" else Path(wanted).parent.name
    tests = sorted(
        str(test.relative_to(ROOT))
        for pattern in (f"test_{stem}*.py", f"test_rules_{stem}*.py")
        for test in (ROOT / "tests").glob(pattern)
    )
    return Module(wanted, tests)


def mutant_globs(module: Module) -> list[str]:
    """mutmut's names for the mutants of one file: `mineres.select.x_lead_matches__mutmut_3`,
    `mineres.corpus.batch.xǁTallyǁsummary__mutmut_1`; a package's __init__ drops the
    `__init__` part. With `functions` ("best_entry", "Tally.summary"), only theirs."""
    dotted = module.path.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
    if not module.functions:
        return [f"{dotted}.x*"]
    return [
        f"{dotted}.xǁ{name.replace('.', 'ǁ')}__mutmut_*"
        if "." in name
        else f"{dotted}.x_{name}__mutmut_*"
        for name in module.functions
    ]


def run_module(
    module: Module, only_mutate: list[str], jobs: int, names: list[str] | None = None
) -> int:
    """Mutate every listed file (so mutmut's copy never changes shape between modules) but
    run only this module's mutants (or the `names` among them), against only its own tests."""
    settings = {
        "only_mutate": only_mutate,
        "tests": [test for test in module.tests if (ROOT / test).exists()],
        "globs": names or mutant_globs(module),
        "path": module.path,
        "skip_tests": module.skip_tests,
        "jobs": jobs,
    }
    return subprocess.call([sys.executable, __file__, "--worker", json.dumps(settings)], cwd=ROOT)


def worker(settings: dict[str, Any]) -> None:
    """Inside the mutmut process: this module's files and tests replace the configuration,
    and every mutant of the module meets every one of its tests.

    mutmut would run only the tests it saw calling the mutated function; a result shared
    between tests (a module-scoped fixture, a cached loader) is then seen by the first test
    only, and the test that would notice the mutant is never run. The module's unit tests
    are fast enough to run them all, stopping at the first failure."""
    import mutmut.__main__ as mutmut_main
    from mutmut import configuration
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.state import state
    from mutmut.utils.format_utils import mangled_name_from_mutant_name

    config = configuration.config()
    config.only_mutate = settings["only_mutate"]
    config.pytest_add_cli_args_test_selection = [
        *config.pytest_add_cli_args_test_selection,
        *settings["tests"],
    ]
    collect_or_load_stats = mutmut_main.collect_or_load_stats

    def with_every_test(*args: Any, **kwargs: Any) -> None:
        collect_or_load_stats(*args, **kwargs)
        tests = {
            test
            for test in state().duration_by_test
            if any(test.startswith(f"{file}::") for file in settings["tests"])
            and not any(word in test for word in settings["skip_tests"])
        }
        mutants = SourceFileMutationData(path=Path(settings["path"]))
        mutants.load()
        for mutant in mutants.exit_code_by_key:
            state().tests_by_mangled_function_name[mangled_name_from_mutant_name(mutant)] = set(
                tests
            )

    mutmut_main.collect_or_load_stats = with_every_test  # type: ignore[assignment]
    mutmut_main._run(settings["globs"], settings["jobs"])


def copied_files_digest() -> str:
    """What mutmut copies once into mutants/ and never refreshes: the tests and the data files.
    A test added or a grammar retrained since would otherwise be run in its old version."""
    digest = hashlib.sha256()
    for folder in ("tests", "mineres/data"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def reset_when_the_files_change(only_mutate: list[str]) -> None:
    """mutmut keeps a file it has mutated once, and its first copy of the tests and data
    files; a file that stops or starts being mutated, or a test or data file changed since,
    would then be tested in the wrong shape, so either starts a clean copy."""
    marker = ROOT / "mutants" / "mineres-only-mutate.json"
    state = {"only_mutate": only_mutate, "copied": copied_files_digest()}
    if marker.exists() and json.loads(marker.read_text()) == state:
        return
    kept = RECORDS.read_text() if RECORDS.exists() else None  # other modules' last verdicts
    subprocess.run(["rm", "-rf", str(ROOT / "mutants")], check=True)
    marker.parent.mkdir(exist_ok=True)
    marker.write_text(json.dumps(state))
    if kept is not None:
        RECORDS.write_text(kept)


def changed_lines(diff: str) -> tuple[list[str], list[str]]:
    """The lines a mutant removes and adds, stripped: how the equivalent listings name a mutant,
    stable when mutmut renumbers the mutants of a function."""
    removed = [line[1:].strip() for line in diff.splitlines()[2:] if line.startswith("-")]
    added = [line[1:].strip() for line in diff.splitlines()[2:] if line.startswith("+")]
    return removed, added


def function_of(mutant: str) -> str:
    """`mineres.select.x_lead_matches__mutmut_3` -> `lead_matches`; methods -> `Class.method`."""
    name = mutant.rpartition(".")[2].partition("__mutmut_")[0]
    if "ǁ" in name:
        _, cls, method = name.split("ǁ")
        return f"{cls}.{method}"
    return name.removeprefix("x_")


def is_equivalent(path: str, mutant: str, diff: str, known: list[dict[str, Any]]) -> bool:
    removed, added = changed_lines(diff)
    for entry in known:
        if entry["module"] != path or entry["function"] != function_of(mutant):
            continue
        if [line.strip() for line in entry["removed"]] == removed and [
            line.strip() for line in entry["added"]
        ] == added:
            return True
    return False


def record(module: Module) -> dict[str, dict[str, str]]:
    """Read mutmut's verdicts on one module right after its run (the next module's tests
    reset them) and keep each mutant's status, and the diff of those not killed."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant
    from mutmut.stats import status_by_exit_code

    meta = ROOT / "mutants" / f"{module.path}.meta"
    exit_codes: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
    verdicts: dict[str, dict[str, str]] = {}
    for mutant, code in sorted(exit_codes.items()):
        if any(fnmatch.fnmatch(mutant, glob) for glob in mutant_globs(module)):
            status = status_by_exit_code[code]
            diff = "" if status in KILLED else get_diff_for_mutant(mutant, path=module.path)
            verdicts[mutant] = {"status": status, "diff": diff}
    return verdicts


def save_record(path: str, verdicts: dict[str, dict[str, str]]) -> None:
    records = json.loads(RECORDS.read_text()) if RECORDS.exists() else {}
    records[path] = verdicts
    RECORDS.write_text(json.dumps(records, indent=1, ensure_ascii=False))


def score(path: str, verdicts: dict[str, dict[str, str]]) -> Score:
    """Count one module's verdicts, setting the equivalent mutants aside."""
    known = [
        entry
        for listing in sorted(EQUIVALENT.glob("*.yaml"))
        for entry in yaml.safe_load(listing.read_text(encoding="utf-8")) or []
    ]
    result = Score(path)
    for mutant, verdict in verdicts.items():
        result.total += 1
        if verdict["status"] in KILLED:
            result.killed += 1
        elif is_equivalent(path, mutant, verdict["diff"], known):
            result.equivalent += 1
        else:
            result.survivors[mutant] = f"{verdict['status']}\n{verdict['diff']}"
    return result


def report(scores: list[Score], verbose: bool) -> None:
    if verbose:
        for one in scores:
            for mutant, diff in one.survivors.items():
                print(f"\n# {mutant}: {diff}")
        print()
    print(f"{'module':<34} {'killed':>7} {'non-eq.':>8} {'equiv.':>7} {'score':>7}")
    for one in scores:
        print(
            f"{one.path:<34} {one.killed:>7} {one.non_equivalent:>8} {one.equivalent:>7}"
            f" {one.percent:>6.1f}%"
        )
    killed = sum(one.killed for one in scores)
    non_equivalent = sum(one.non_equivalent for one in scores)
    if non_equivalent:
        print(
            f"{'all':<34} {killed:>7} {non_equivalent:>8} {'':>7} {100 * killed / non_equivalent:>6.1f}%"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="source files (default: the whole table)")
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("MUTATE_JOBS", "2")))
    parser.add_argument("--score-only", action="store_true", help="report the last run")
    parser.add_argument("-q", "--quiet", action="store_true", help="no survivor diffs")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(json.loads(args.worker))
        return 0
    os.chdir(ROOT)
    every = table()
    chosen = [module_for(path) for path in args.modules] if args.modules else every
    if not args.score_only:
        only_mutate = sorted({m.path for m in every} | {m.path for m in chosen})
        reset_when_the_files_change(only_mutate)
        for module in chosen:
            if not any((ROOT / test).exists() for test in module.tests):
                print(f"{module.path}: no unit tests found, skipped", file=sys.stderr)
                continue
            print(f"== {module.path}: {' '.join(module.tests)}", flush=True)
            status = run_module(module, only_mutate, args.jobs)
            verdicts = record(module)
            unchecked = [name for name, v in verdicts.items() if v["status"] == "not checked"]
            if status != 0 and unchecked:  # mutmut stopped part way: once more for the rest
                print(f"{module.path}: {len(unchecked)} mutants unchecked, again", file=sys.stderr)
                status = run_module(module, only_mutate, args.jobs, unchecked)
                verdicts = record(module)
            if status != 0:
                print(f"{module.path}: mutmut exited with {status}", file=sys.stderr)
            save_record(module.path, verdicts)
    records = json.loads(RECORDS.read_text()) if RECORDS.exists() else {}
    scores = [score(m.path, records[m.path]) for m in chosen if m.path in records]
    report(scores, verbose=not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
