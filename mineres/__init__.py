"""mineres: read United Nations resolutions into a typed model, list, cite and diff them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["load_resolution", "parse_resolution"]

if TYPE_CHECKING:
    from mineres.documents import load_resolution
    from mineres.parse import parse_resolution


def __getattr__(name: str) -> Any:
    """The public verbs, imported on first use so `import mineres` stays cheap."""
    if name == "parse_resolution":
        from mineres.parse import parse_resolution

        return parse_resolution
    if name == "load_resolution":
        from mineres.documents import load_resolution

        return load_resolution
    raise AttributeError(name)
