"""Many documents at once: parse in parallel, report bad files and go on, then sum up.

Used by `mineres batch` (one JSON object per document) and `mineres search`. Work is spread
over processes (parsing is pure Python, so threads would share one core); results come back in
the order the paths were given, so output is the same whatever the number of jobs.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, TypeVar

from mineres.errors import MineresError
from mineres.library import find_document, normalise_symbol
from mineres.models import Resolution
from mineres.store.files import is_regular_file

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome:
    """One document's result: a value, or the one-line reason it was skipped."""

    source: str
    value: Any = None
    error: str | None = None


@dataclass
class Tally:
    parsed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.perf_counter)

    def summary(self) -> str:
        seconds = time.perf_counter() - self.started
        total = self.parsed + self.skipped
        rate = self.parsed / seconds if seconds > 0 else 0.0
        return (
            f"{total} documents: {self.parsed} parsed, {self.skipped} skipped, "
            f"in {seconds:.1f} s ({rate:.0f} documents/s)"
        )


def expand_paths(
    paths: Sequence[str], library_dirs: Sequence[str | os.PathLike[str]] = ()
) -> list[str]:
    """Files as given, symbols looked up, and directories walked for every file in them but
    hidden ones: a file of another type, a broken link or an unreadable file is tried and
    reported as skipped, never left out of the count unsaid."""
    found: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(str(file) for file in files_under(path))
        elif path.exists() or normalise_symbol(given) is None:
            found.append(given)
        else:
            located = find_document(given, library_dirs)
            found.append(str(located) if located else given)
    return found


def files_under(folder: Path) -> list[Path]:
    """Every file under `folder` but hidden ones: a name starting with a dot anywhere below
    `folder` (".git/objects/...", "notes/.draft.txt") hides the file. Hidden folders are not
    even entered, so a large .git costs nothing."""
    found: list[Path] = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not hidden(name))
        found.extend(Path(root) / name for name in files if not hidden(name))
    return sorted(found)


def hidden(name: str) -> bool:
    return name.startswith(".")


def parse_path(source: str) -> Resolution:
    from mineres.parse import parse_resolution
    from mineres.parse.read import read_input

    path = Path(source)
    if path.is_symlink() and not path.exists():
        raise MineresError(f"{source}: broken link (to {os.readlink(path)})")
    if path.exists() and not path.is_dir() and not is_regular_file(path):
        raise MineresError(f"{source}: not a regular file (a FIFO, a device or a socket)")
    return parse_resolution(read_input(source), source=source)


def run_one(work: tuple[Callable[[Resolution], T], str]) -> Outcome:
    """In a worker: parse one file and reduce it to what the caller wants, or say why not."""
    reduce, source = work
    try:
        return Outcome(source, reduce(parse_path(source)))
    except MineresError as error:
        message = str(error)
        return Outcome(source, error=message if source in message else f"{source}: {message}")
    except Exception as error:  # a parser bug on one file must not stop the other 207
        return Outcome(source, error=f"{source}: internal error: {type(error).__name__}: {error}")


def process_many(
    sources: Sequence[str],
    reduce: Callable[[Resolution], Any],
    *,
    jobs: int = 1,
    progress: bool = False,
) -> Iterator[Outcome]:
    """Parse each source and yield `reduce(resolution)`, in the order given.

    `reduce` runs in the worker, so only its (small, picklable) result crosses processes.
    Workers ignore Ctrl-C; the parent, on Ctrl-C, ends them at once and lets the
    KeyboardInterrupt go on to the caller (the CLI exits 130), so no worker outlives it.
    """
    work = [(reduce, source) for source in sources]
    bar = progress_bar(len(work)) if progress else None
    try:
        if jobs <= 1 or len(work) <= 1:
            results: Iterator[Outcome] = map(run_one, work)
            yield from advancing(results, bar)
        else:
            yield from advancing(in_workers(work, jobs), bar)
    finally:
        if bar is not None:
            bar.stop()


def in_workers(work: list[tuple[Callable[[Resolution], Any], str]], jobs: int) -> Iterator[Outcome]:
    import multiprocessing

    chunk = max(1, min(16, len(work) // (jobs * 4)))
    pool = None
    try:
        with interrupts_held():  # workers are born with Ctrl-C held, then ignore it
            pool = multiprocessing.Pool(min(jobs, len(work)), initializer=ignore_interrupts)
        yield from pool.imap(run_one, work, chunksize=chunk)
    except BaseException:  # Ctrl-C, a closed pipe, the consumer stopping: end the workers now
        if pool is not None:
            stop_workers(pool)
        raise
    else:
        pool.close()
        pool.join()


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back for the duration: it is delivered, not lost, when the block ends.

    Processes and threads started meanwhile inherit the held signal, so a worker cannot be
    interrupted in the moment between its birth and its ignoring Ctrl-C.
    """
    import signal

    if not hasattr(signal, "pthread_sigmask") or not threading_is_main():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def ignore_interrupts() -> None:
    """In each worker: Ctrl-C goes to the whole process group; only the parent acts on it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def stop_workers(pool: Any) -> None:
    """Terminate the workers; a second Ctrl-C meanwhile is held until they are gone."""
    with interrupts_held():
        pool.terminate()
        pool.join()


def threading_is_main() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def advancing(results: Iterator[Outcome], bar: Any) -> Iterator[Outcome]:
    for outcome in results:
        if bar is not None:
            bar.advance(bar.task_ids[0])
        yield outcome


def progress_bar(total: int) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    bar.add_task("parsing", total=total)
    bar.start()
    return bar


def document_json(resolution: Resolution) -> str:
    """The whole model as one JSON line, made in the worker: a string crosses processes far
    faster than the nested dictionaries, and the parent only writes it out."""
    import json

    from mineres.serialize import resolution_to_dict

    return json.dumps(resolution_to_dict(resolution), ensure_ascii=False)


def with_source(source: str, document: str) -> str:
    """ "{...}" -> '{"source": "path", ...}': the source first, without parsing the JSON again."""
    import json

    return '{"source": ' + json.dumps(source, ensure_ascii=False) + ", " + document[1:]


def summary_record(resolution: Resolution) -> dict[str, Any]:
    metadata = resolution.metadata
    return {
        "symbol": metadata.symbol,
        "title": metadata.title,
        "adopted": metadata.adopted.isoformat() if metadata.adopted else None,
        "layout": metadata.layout,
        "preambular": len(resolution.preamble),
        "operative": len(resolution.operative),
        "footnotes": len(resolution.footnotes),
        "citations": len(resolution.citations),
        "warnings": len(resolution.warnings),
    }


def default_jobs() -> int:
    return max(1, min(8, os.cpu_count() or 1))


def report_skipped(outcome: Outcome, tally: Tally) -> bool:
    """Count the outcome; a skipped one is reported on stderr. True when it has a value."""
    if outcome.error is not None:
        tally.skipped += 1
        print(f"mineres: skipped: {outcome.error}", file=sys.stderr)
        return False
    tally.parsed += 1
    return True


BATCH_FORMATS = ("jsonl", "json", "table", "text", "csv", "tsv", "md", "yaml")
SUMMARY_COLUMNS = [
    "source",
    "symbol",
    "title",
    "adopted",
    "preambular",
    "operative",
    "footnotes",
    "citations",
    "warnings",
]


def run_batch(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    whole: bool = False,
    library_dirs: Sequence[str | os.PathLike[str]] = (),
    progress: bool = False,
) -> Iterator[Outcome]:
    """Parse many documents; one Outcome per document, in the order found, printing nothing.

    Each value is the summary record (symbol, title, counts) or, with `whole`, the whole
    model as one line of the JSON contract (a string crosses processes far faster than the
    nested dictionaries). A document that cannot be parsed has its one-line reason in
    `error`. MineresError at once when the paths hold no document at all.
    """
    sources = expand_paths(paths, library_dirs)
    if not sources:
        raise MineresError("no documents found in " + ", ".join(paths))
    return process_many(
        sources,
        document_json if whole else summary_record,
        jobs=jobs,
        progress=progress and len(sources) > 1,
    )


def write_batch(outcomes: Iterable[Outcome], format: str, out: TextIO, err: TextIO) -> Tally:
    """`mineres batch`'s output: jsonl streams one whole model per document (as does json,
    inside one array); the other formats list one summary row per document. Skipped documents
    and the closing tally go to `err`. Stops the workers however it ends (Ctrl-C included)."""

    tally = Tally()
    rows: list[dict[str, Any]] = []
    first = True
    with contextlib.ExitStack() as stack:
        close = getattr(outcomes, "close", None)
        if callable(close):
            stack.callback(close)
        for outcome in outcomes:
            if outcome.error is not None:
                tally.skipped += 1
                print(f"mineres: skipped: {outcome.error}", file=err)
                continue
            tally.parsed += 1
            if format == "jsonl":
                out.write(with_source(outcome.source, outcome.value) + "\n")
            elif format == "json":
                out.write(("[\n" if first else ",\n") + with_source(outcome.source, outcome.value))
            else:
                rows.append({"source": outcome.source, **outcome.value})
            first = False
    if format == "json":
        out.write("[]\n" if first else "\n]\n")
    elif format != "jsonl":
        from mineres.render.listing import write_records

        write_records(rows, SUMMARY_COLUMNS, format, out, title="Batch")
    print(f"mineres: {tally.summary()}", file=err)
    if tally.parsed == 0:
        raise MineresError("no document could be parsed")
    return tally


def batch_command(
    paths: Sequence[str],
    *,
    jobs: int,
    format: str,
    library_dirs: Sequence[str | os.PathLike[str]] = (),
) -> Tally:
    """What the CLI runs: `run_batch`, then `write_batch` to stdout and stderr."""
    sources = run_batch(
        paths,
        jobs=jobs,
        whole=format in ("jsonl", "json"),
        library_dirs=library_dirs,
        progress=sys.stderr.isatty(),
    )
    return write_batch(sources, format, sys.stdout, sys.stderr)
