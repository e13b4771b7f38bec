"""The one exception the core raises for bad input; the CLI turns it into exit status 2."""

from __future__ import annotations

import re
from functools import cache

CONTROL = r"[\x00-\x1f\x7f-\x9f\u2028\u2029]"
MAX_MESSAGE_CHARACTERS = 2000


class MineresError(Exception):
    """Input mineres cannot use, with a message fit to show a user on one line.

    The message is made safe where it is shown, whatever went into it (a file name, a server's
    reason, a value from the configuration): control characters are escaped, so an escape
    sequence in a file name cannot reach the terminal or split the line, and a message built
    from a huge value is cut short.
    """

    def __str__(self) -> str:
        return one_line(super().__str__())


class NotAResolution(MineresError):
    """The text decoded, but no resolution (no operative paragraphs) was found in it."""


def one_line(text: str) -> str:
    """`text` with control characters escaped ("\\x1b", "\\n") and at most 2,000 characters."""
    escaped = control_pattern().sub(lambda match: escape(match[0]), text)
    if len(escaped) > MAX_MESSAGE_CHARACTERS:
        return escaped[: MAX_MESSAGE_CHARACTERS - 1] + "…"
    return escaped


@cache
def control_pattern() -> re.Pattern[str]:
    """Compiled when a message is shown, not when the module is imported: every command
    imports it, and few show a message."""
    return re.compile(CONTROL)


def escape(character: str) -> str:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    code = ord(character)
    return named.get(character) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
