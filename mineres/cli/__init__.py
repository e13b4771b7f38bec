"""The mineres command line: a thin layer over the Python API in `mineres`.

Start-up is the product's speed in a shell loop, so this module imports nothing heavy: `main`
finds the command named on the command line and registers only that one with typer (every
command for --help or a mistyped name), and each command imports what it needs when it runs.

Every error the core raises for bad input (MineresError) is turned into one line on stderr
and exit status 2 in `main`, the one error boundary. `--debug` shows the traceback instead.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    import typer

# Command name -> the module that defines it, in the order --help lists them.
COMMANDS: dict[str, str] = {
    "paragraphs": "mineres.cli.documents",
    "info": "mineres.cli.documents",
    "footnotes": "mineres.cli.documents",
    "citations": "mineres.cli.documents",
    "show": "mineres.cli.documents",
    "export": "mineres.cli.documents",
    "library": "mineres.cli.library",
    "fetch": "mineres.cli.library",
    "diff": "mineres.cli.compare",
    "lineage": "mineres.cli.series",
    "blame": "mineres.cli.series",
    "batch": "mineres.cli.corpus",
    "search": "mineres.cli.corpus",
}
# Options given before the command that take a value, so the command is not mistaken for one.
GLOBAL_VALUE_OPTIONS = frozenset({"--library", "-L"})


def build_app(names: Sequence[str] = tuple(COMMANDS)) -> typer.Typer:
    """The typer application with these commands registered (all of them by default)."""
    from mineres.cli.common import new_app

    app = new_app()
    for name in names:
        load_module(COMMANDS[name]).register(app, name)
    return app


def load_module(name: str) -> Any:
    """The module, imported through the import statement's machinery, so that
    `python -X importtime` lists it (importlib.import_module goes around it)."""
    return __import__(name, fromlist=["__name__"])


def command_named(args: Sequence[str]) -> str | None:
    """The command on the command line, past the options before it; None if there is none."""
    waiting_for_value = False
    for arg in args:
        if waiting_for_value:
            waiting_for_value = False
        elif arg in GLOBAL_VALUE_OPTIONS:
            waiting_for_value = True
        elif not arg.startswith("-"):
            return arg
    return None


def commands_needed(args: Sequence[str]) -> Sequence[str]:
    """Only the command named, or none for `mineres --version`: start-up does not grow with
    the number of commands. Help, no command at all or a mistyped one need them all."""
    named = command_named(args)
    if named in COMMANDS:
        return [named]
    if named is None and args and not {"-h", "--help"} & set(args):
        return []
    return tuple(COMMANDS)


def __getattr__(name: str) -> Any:
    if name == "app":  # the whole application, for tools that inspect it
        return build_app()
    raise AttributeError(f"module 'mineres.cli' has no attribute {name!r}")


def main(argv: Sequence[str] | None = None) -> None:
    """The console script: the one place errors become exit statuses.

    Called from Python with `argv`, it raises SystemExit for a non-zero status, as a command
    line does. As the console script (no `argv`) it ends the process itself once its output
    is flushed: tearing down every module and object one by one would cost a short command
    a seventh of its time, for nothing.
    """
    if argv is None:
        pause_collection()
    try:
        run(list(argv) if argv is not None else sys.argv[1:])
        status = 0
    except KeyboardInterrupt:  # Ctrl-C anywhere, even while modules load: no traceback
        status = 130
    except SystemExit as exit:
        status = exit_status(exit.code)
    if argv is not None:
        if status:
            sys.exit(status)
        return
    end_process(status)


# Start-up allocates tens of thousands of objects that live as long as the process (modules,
# classes, typer's command), and the cyclic collector walks them again and again while they
# load: ~2.5 ms of a short command, a twentieth of its time. The console script pauses it
# until the command line is built, then freezes what was loaded (never garbage, never walked
# again) and resumes it. The command itself then collects its youngest generation every
# 20,000 allocations, not every 700: a parse allocates hundreds of thousands of short-lived
# objects that reference counting frees, and the default threshold walked them ~1.7 ms per run;
# cyclic garbage waits at most that many allocations longer (well under a megabyte).
collection_paused = False
COMMAND_COLLECTION_THRESHOLD = 20_000


def pause_collection() -> None:
    global collection_paused
    if gc.isenabled():
        gc.disable()
        collection_paused = True


def resume_collection() -> None:
    global collection_paused
    if collection_paused:
        gc.freeze()
        gc.set_threshold(COMMAND_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
        gc.enable()
        collection_paused = False


def exit_status(code: object) -> int:
    """SystemExit's code as the process's status: None is 0, a message is printed and 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def end_process(status: int) -> None:
    """Flush what was written, then leave at once (no interpreter teardown)."""
    try:
        flush_stdout()
        sys.stderr.flush()
    except SystemExit as exit:  # the reader of a pipe left before the last flush
        status = exit_status(exit.code)
    except (KeyboardInterrupt, OSError):
        status = status or 130
    os._exit(status)


def run(args: list[str]) -> None:
    import typer

    from mineres.cli.common import settings, warn
    from mineres.errors import MineresError

    if not isinstance(sys.stdout, QuietWhenPipeCloses):
        sys.stdout = QuietWhenPipeCloses(sys.stdout)
    settings.debug = "--debug" in args
    try:
        app = build_app(commands_needed(args))
        resume_collection()
        status = app(args=args, prog_name="mineres", standalone_mode=False)
    except MineresError as error:
        if settings.debug:
            raise
        warn(str(error), prefix="")
        sys.exit(2)
    except BrokenPipeError:
        quiet_broken_pipe()
    except typer.Exit as error:
        flush_stdout()
        sys.exit(error.exit_code)
    except typer.Abort:
        sys.exit(130)
    except typer.TyperException as error:
        show_usage_error(error)
    except OSError as error:  # a file name the system refuses (too long, ...): the user's input
        if settings.debug:
            raise
        where = f"{error.filename}: " if error.filename else ""
        warn(f"{where}{error.strerror or error}", prefix="")
        sys.exit(2)
    except Exception as error:  # a bug of ours: still one line for the user, unless --debug
        if settings.debug:
            raise
        warn(
            f"internal error: {type(error).__name__}: {error} "
            "(please report it; --debug shows the traceback)",
            prefix="",
        )
        sys.exit(2)
    else:
        flush_stdout()
        if isinstance(status, int) and status:  # typer.Exit(n) comes back as n, not raised
            sys.exit(status)


def show_usage_error(error: typer.TyperException) -> None:
    """Usage mistakes: typer's own message, exit status 2 like every other bad input; what the
    user typed is shown with its control characters escaped."""
    from mineres.cli.common import printable, warn

    message = getattr(error, "message", None)
    if isinstance(message, str):
        error.message = printable(message)
    show = getattr(error, "show", None)
    if callable(show):
        show()
    else:
        warn(error.format_message(), prefix="")
    sys.exit(2)


def flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_broken_pipe()


class QuietWhenPipeCloses:
    """Standard output that ends the program quietly when its reader has gone (`| head -1`).

    The check sits here, around the stream, because typer would otherwise turn the closed
    pipe into exit status 1 before `main` could see it.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            quiet_broken_pipe()
            return 0

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            quiet_broken_pipe()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def quiet_broken_pipe() -> None:
    """`mineres paragraphs | head -1`: the reader left; stop without a word."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)
