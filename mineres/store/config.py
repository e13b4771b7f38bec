"""The user's configuration and the XDG directories mineres reads and writes.

One YAML file, `$XDG_CONFIG_HOME/mineres/config.yaml` (default `~/.config/mineres/`), says
where the user keeps resolutions and where `mineres fetch` downloads them from:

    library: [~/un/mine-action, ~/un/session-74]
    language: en
    fetch:
      url_template: https://undocs.org/{language}/{symbol}
      timeout: 30
      max_bytes: 20000000

The file is checked against that schema: an unknown key (`libary:`), a value of the wrong type
(`language: 0`), a number that is not finite or out of range (`.inf`, `.nan`, `1e300`), a
template field with a format spec (`{symbol:>900000000}`) are each refused in one line naming
them. The file is at most 64 KB, and aliases may not expand it past 10,000 nodes: a YAML alias
bomb is refused from its shape, before anything is built from it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import field
from functools import cache
from pathlib import Path
from typing import Any

from mineres.errors import MineresError
from mineres.frozen import frozen_dataclass
from mineres.store.directories import cache_home, config_home, xdg_dir

__all__ = ["cache_home", "config_home", "load_config", "xdg_dir"]

DEFAULT_URL_TEMPLATE = "https://undocs.org/{language}/{symbol}"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")  # the UN's six official languages
TEMPLATE_FIELDS = frozenset({"symbol", "file", "language"})
MAX_CONFIG_BYTES = 64 * 1024
MAX_CONFIG_NODES = 10_000  # after aliases are expanded; a real configuration has a few dozen
MAX_TIMEOUT = 3600.0
MAX_FETCH_BYTES = 1024 * 1024 * 1024
MAX_TEMPLATE_CHARACTERS = 2048
KEYS = ("library", "language", "fetch")
FETCH_KEYS = ("url_template", "timeout", "max_bytes")


@frozen_dataclass
class FetchSettings:
    """Where `mineres fetch` downloads from, how long it waits and how much it takes."""

    url_template: str = DEFAULT_URL_TEMPLATE
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES


@frozen_dataclass
class Config:
    """The configuration file's settings, or the defaults when there is none."""

    library: tuple[Path, ...] = ()
    language: str = "en"
    fetch: FetchSettings = field(default_factory=FetchSettings)
    path: Path | None = None  # the file it was read from, None when there is none


def config_path() -> Path:
    return config_home() / "config.yaml"


def load_config() -> Config:
    """The user's configuration, or the defaults when there is no file."""
    from mineres.store.files import read_regular_file

    path = config_path()
    try:
        raw = read_regular_file(path, MAX_CONFIG_BYTES)
        if len(raw) > MAX_CONFIG_BYTES:
            raise MineresError(
                f"{path}: larger than the {MAX_CONFIG_BYTES // 1024} KB limit for a configuration"
            )
        text = raw.decode("utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise MineresError(f"{path}: cannot read configuration ({reason})") from None
    return parse_config(text, path)


@cache
def parse_config(text: str, path: Path) -> Config:
    """The configuration a file's text says; read once per process (a diff of two symbols
    looks the library up twice, and each lookup asks for the configuration twice)."""
    data = configuration_data(text, path)
    if data is None:
        return Config(path=path)
    if not isinstance(data, Mapping):
        raise MineresError(f"{path}: expected a mapping with 'library' and 'fetch' keys")
    check_keys(data, KEYS, "", path)
    return Config(
        library=library_paths(data.get("library"), path),
        language=configured_language(data.get("language", "en"), path),
        fetch=fetch_settings(data.get("fetch"), path),
        path=path,
    )


def configuration_data(text: str, path: Path) -> Any:
    """The file's YAML as data, kept in the cache as JSON once read, like the data files:
    importing the YAML parser cost ~10 ms of every command that looked a symbol up. Data
    JSON would not give back as it is (a date, a number as a key) is never kept, so what the
    checks below see, and the errors they give, are the same either way."""
    from mineres.store.datafiles import cache_directory, entry_key, read_cached, remember

    entry = cache_directory() / f"config-{entry_key(text.encode('utf-8'))}.json"
    kept = read_cached(entry)
    if kept is not None:
        return kept
    data = load_yaml(text, path)
    if isinstance(data, dict) and survives_json(data):
        remember(entry, data)
    return data


def survives_json(data: Any) -> bool:
    import json

    try:
        return bool(json.loads(json.dumps(data)) == data)
    except (TypeError, ValueError, RecursionError):
        return False


def load_yaml(text: str, path: Path) -> Any:
    """Safe YAML, refused by size before any alias is expanded."""
    import yaml

    if len(text) > MAX_CONFIG_BYTES:
        raise MineresError(f"{path}: larger than the {MAX_CONFIG_BYTES // 1024} KB limit")
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        expanded_size(node, {}, set(), path)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise MineresError(f"{path}:{where} not valid YAML") from None
    finally:
        loader.dispose()


def expanded_size(node: Any, sizes: dict[int, int], open_nodes: set[int], path: Path) -> int:
    """How many nodes the document has once every alias is expanded, counted on the composed
    graph (where an alias is a shared node), so a bomb is measured without being built."""
    key = id(node)
    if key in sizes:
        return sizes[key]
    if key in open_nodes:
        raise MineresError(f"{path}: a YAML alias refers to itself")
    open_nodes.add(key)
    children: list[Any] = []
    if isinstance(node.value, list):
        for item in node.value:
            children.extend(item if isinstance(item, tuple) else (item,))
    size = 1
    for child in children:
        size += expanded_size(child, sizes, open_nodes, path)
        if size > MAX_CONFIG_NODES:
            raise MineresError(
                f"{path}: expands to more than {MAX_CONFIG_NODES:,} values "
                "(nested YAML aliases?): refused"
            )
    open_nodes.discard(key)
    sizes[key] = size
    return size


def check_keys(data: Mapping[Any, Any], known: tuple[str, ...], section: str, path: Path) -> None:
    """Every key is one mineres reads: a misspelt key would otherwise be silently ignored."""
    for key in data:
        if key not in known:
            where = f" in {section}" if section else ""
            raise MineresError(
                f"{path}: unknown key {str(key)[:60]!r}{where} (known: {', '.join(known)})"
            )


def library_paths(value: Any, path: Path) -> tuple[Path, ...]:
    """Directories as written, with `~` expanded and relative ones taken from the file's folder."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise MineresError(f"{path}: 'library' must be a directory or a list of directories")
    if any("\x00" in item for item in items):
        raise MineresError(f"{path}: 'library' holds a NUL character")
    return tuple(Path(os.path.normpath(path.parent / Path(item).expanduser())) for item in items)


def configured_language(value: Any, path: Path) -> str:
    if not isinstance(value, str):
        raise MineresError(
            f"{path}: language must be one of {', '.join(LANGUAGES)}, not {type_name(value)}"
        )
    return checked_language(value, f"{path}: language")


def fetch_settings(value: Any, path: Path) -> FetchSettings:
    if value is None:
        return FetchSettings()
    if not isinstance(value, Mapping):
        raise MineresError(f"{path}: 'fetch' must be a mapping (url_template, timeout, max_bytes)")
    check_keys(value, FETCH_KEYS, "fetch", path)
    template = checked_template(value.get("url_template", DEFAULT_URL_TEMPLATE), path)
    timeout = checked_timeout(value.get("timeout", DEFAULT_TIMEOUT), path)
    max_bytes = checked_max_bytes(value.get("max_bytes", DEFAULT_MAX_BYTES), path)
    return FetchSettings(url_template=template, timeout=timeout, max_bytes=max_bytes)


def type_name(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "text"}.get(
        type(value), "a list or mapping" if isinstance(value, (list, Mapping)) else "empty"
    )


def checked_timeout(value: Any, path: Path) -> float:
    """Seconds: a finite number, more than 0 and at most an hour."""
    seconds = number(value, path)
    if not math.isfinite(seconds) or seconds <= 0 or seconds > MAX_TIMEOUT:
        raise MineresError(
            f"{path}: fetch.timeout must be positive and at most {MAX_TIMEOUT:g} seconds "
            f"(got {value!r})"
        )
    return seconds


def checked_max_bytes(value: Any, path: Path) -> int:
    """A whole number of bytes, more than 0 and at most 1 GB."""
    count = number(value, path)
    if not (math.isfinite(count) and 0 < count <= MAX_FETCH_BYTES):
        raise MineresError(
            f"{path}: fetch.max_bytes must be positive and at most {MAX_FETCH_BYTES:,} "
            f"(got {value!r})"
        )
    if not count.is_integer():
        raise MineresError(f"{path}: fetch.max_bytes must be a whole number (got {value!r})")
    return int(count)


def number(value: Any, path: Path) -> float:
    """A YAML number, or text that reads as one ("30", "1e300": YAML 1.1 takes the second
    for text); never true/false."""
    if isinstance(value, str) and len(value) <= 40:
        try:
            return float(value)
        except ValueError:
            pass
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise MineresError(f"{path}: fetch.timeout and fetch.max_bytes must be numbers")
    try:
        return float(value)
    except OverflowError:  # an integer with hundreds of digits
        return math.inf


def checked_language(language: str, where: str) -> str:
    """One of the six official languages: it becomes part of file names, so nothing else."""
    if language not in LANGUAGES:
        raise MineresError(f"{where}: {language!r} is not one of {', '.join(LANGUAGES)}")
    return language


def checked_template(template: Any, path: Path) -> str:
    """A template naming the document by {symbol} or {file}, with no field fetch cannot fill
    and no format spec or conversion ({symbol:>900000000} would build a 900 MB URL)."""
    import string

    if not isinstance(template, str):
        raise MineresError(f"{path}: fetch.url_template must be a string")
    if len(template) > MAX_TEMPLATE_CHARACTERS:
        raise MineresError(
            f"{path}: fetch.url_template is longer than {MAX_TEMPLATE_CHARACTERS} characters"
        )
    try:
        parts = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(template)
            if name is not None
        ]
    except ValueError:
        raise MineresError(f"{path}: fetch.url_template has an unmatched brace") from None
    fields = {name for name, _, _ in parts}
    unknown = sorted(fields - TEMPLATE_FIELDS)
    if unknown:
        raise MineresError(
            f"{path}: fetch.url_template field {{{unknown[0]}}} is not one of "
            "{symbol}, {file}, {language}"
        )
    for name, spec, conversion in parts:
        if spec or conversion:
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            raise MineresError(
                f"{path}: fetch.url_template field {{{shown[:40]}}} has a format spec or "
                "conversion: write {symbol}, {file} or {language} alone"
            )
    if not fields & {"symbol", "file"}:
        raise MineresError(f"{path}: fetch.url_template must contain {{symbol}} or {{file}}")
    return template
