"""The user's configuration and the XDG directories mineres reads and writes.

One YAML file, `$XDG_CONFIG_HOME/mineres/config.yaml` (default `~/.config/mineres/`), says
where the user keeps resolutions and where `mineres fetch` downloads them from:

    library: [~/un/mine-action, ~/un/session-74]
    language: en
    fetch:
      url_template: https://undocs.org/{language}/{symbol}
      timeout: 30
      max_bytes: 20000000
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mineres.errors import MineresError
from mineres.store.directories import cache_home, config_home, xdg_dir

__all__ = ["cache_home", "config_home", "load_config", "xdg_dir"]

DEFAULT_URL_TEMPLATE = "https://undocs.org/{language}/{symbol}"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")  # the UN's six official languages
TEMPLATE_FIELDS = frozenset({"symbol", "file", "language"})


@dataclass(frozen=True)
class FetchSettings:
    url_template: str = DEFAULT_URL_TEMPLATE
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Config:
    library: tuple[Path, ...] = ()
    language: str = "en"
    fetch: FetchSettings = field(default_factory=FetchSettings)
    path: Path | None = None  # the file it was read from, None when there is none


def config_path() -> Path:
    return config_home() / "config.yaml"


def load_config() -> Config:
    """The user's configuration, or the defaults when there is no file."""
    path = config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as error:
        raise MineresError(f"{path}: cannot read configuration ({error})") from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise MineresError(f"{path}:{where} not valid YAML") from None
    if data is None:
        return Config(path=path)
    if not isinstance(data, Mapping):
        raise MineresError(f"{path}: expected a mapping with 'library' and 'fetch' keys")
    return Config(
        library=library_paths(data.get("library"), path),
        language=checked_language(str(data.get("language") or "en"), f"{path}: language"),
        fetch=fetch_settings(data.get("fetch"), path),
        path=path,
    )


def library_paths(value: Any, path: Path) -> tuple[Path, ...]:
    """Directories as written, with `~` expanded and relative ones taken from the file's folder."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise MineresError(f"{path}: 'library' must be a directory or a list of directories")
    return tuple(Path(os.path.normpath(path.parent / Path(item).expanduser())) for item in items)


def fetch_settings(value: Any, path: Path) -> FetchSettings:
    if value is None:
        return FetchSettings()
    if not isinstance(value, Mapping):
        raise MineresError(f"{path}: 'fetch' must be a mapping (url_template, timeout, max_bytes)")
    template = checked_template(value.get("url_template", DEFAULT_URL_TEMPLATE), path)
    try:
        timeout = float(value.get("timeout", DEFAULT_TIMEOUT))
        max_bytes = int(value.get("max_bytes", DEFAULT_MAX_BYTES))
    except (TypeError, ValueError):
        raise MineresError(f"{path}: fetch.timeout and fetch.max_bytes must be numbers") from None
    if timeout <= 0 or max_bytes <= 0:
        raise MineresError(f"{path}: fetch.timeout and fetch.max_bytes must be positive")
    return FetchSettings(url_template=template, timeout=timeout, max_bytes=max_bytes)


def checked_language(language: str, where: str) -> str:
    """One of the six official languages: it becomes part of file names, so nothing else."""
    if language not in LANGUAGES:
        raise MineresError(f"{where}: {language!r} is not one of {', '.join(LANGUAGES)}")
    return language


def checked_template(template: Any, path: Path) -> str:
    """A template naming the document by {symbol} or {file}, with no field fetch cannot fill."""
    import string

    if not isinstance(template, str):
        raise MineresError(f"{path}: fetch.url_template must be a string")
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:
        raise MineresError(f"{path}: fetch.url_template has an unmatched brace") from None
    unknown = sorted(fields - TEMPLATE_FIELDS)
    if unknown:
        raise MineresError(
            f"{path}: fetch.url_template field {{{unknown[0]}}} is not one of "
            "{symbol}, {file}, {language}"
        )
    if not fields & {"symbol", "file"}:
        raise MineresError(f"{path}: fetch.url_template must contain {{symbol}} or {{file}}")
    return template
