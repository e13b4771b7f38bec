"""One way to make a rich Console: colour only on a terminal, NO_COLOR honoured."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console


def make_console(out: TextIO, *, width: int | None = None) -> Console:
    from rich.console import Console

    is_terminal = out.isatty()
    return Console(
        file=out,
        width=width,
        no_color=bool(os.environ.get("NO_COLOR")) or not is_terminal,
        force_terminal=is_terminal,
        highlight=False,
        soft_wrap=False,
    )
