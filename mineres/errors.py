"""The one exception the core raises for bad input; the CLI turns it into exit status 2."""

from __future__ import annotations


class MineresError(Exception):
    """Input mineres cannot use, with a message fit to show a user on one line."""


class NotAResolution(MineresError):
    """The text decoded, but no resolution (no operative paragraphs) was found in it."""
