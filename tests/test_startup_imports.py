"""Start-up stays cheap: the modules a command imports, listed by `python -X importtime`.

An import list is stable where a time is not: these tests fail loudly when a dependency
upgrade (typer 0.29 imports pydantic while parsing arguments) or a careless top-level import
brings a heavy module back into commands that do not need it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES

HEAVY = ("pydantic", "rich", "pypdf", "yaml")
OTHER_COMMANDS = ("mineres.cli.compare", "mineres.cli.corpus", "mineres.cli.series")


def imported_modules(*args: str, cache: Path, parse_cache: str = "off") -> set[str]:
    """Every module a whole `mineres` process imports, from `-X importtime` on stderr (the
    command line imports its modules with the import statement's machinery, so all show).
    The parse cache is off unless `parse_cache` says otherwise: each run parses."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "MINERES_CACHE": parse_cache}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mineres", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    return set(re.findall(r"^import time:.*\|\s*([\w.]+)$", result.stderr, re.MULTILINE))


def heavy_in(modules: set[str]) -> set[str]:
    return {name for name in modules if name.split(".")[0] in HEAVY}


def test_version_imports_no_command_and_nothing_heavy(tmp_path: Path) -> None:
    modules = imported_modules("--version", cache=tmp_path)
    assert "typer" in modules  # the check sees imports at all
    assert heavy_in(modules) == set()
    assert not {name for name in modules if name.startswith("mineres.cli.")} - {
        "mineres.cli.common"
    }
    assert "mineres.parse" not in modules


def test_paragraphs_json_imports_only_its_own_command(tmp_path: Path) -> None:
    imported_modules("paragraphs", "--format", "json", cache=tmp_path)  # data files cached
    modules = imported_modules("paragraphs", "--format", "json", cache=tmp_path)
    assert "mineres.cli.documents" in modules
    assert heavy_in(modules) == set()
    assert modules.isdisjoint(OTHER_COMMANDS)


def test_a_first_run_imports_no_cache_and_no_library(tmp_path: Path) -> None:
    """With the cache off (as `imported_modules` runs), a first `paragraphs` reads, parses and
    prints: the parse cache and the library (only a symbol is looked up there) stay unimported."""
    imported_modules("paragraphs", "--format", "json", cache=tmp_path)  # data files cached
    modules = imported_modules("paragraphs", "--format", "json", cache=tmp_path)
    assert "mineres.parse.classify" in modules  # the document was parsed in this process
    assert modules.isdisjoint({"mineres.store.cache", "mineres.library", "mineres.library.fetch"})


def test_a_cache_hit_imports_the_cache_and_no_parser_stage(tmp_path: Path) -> None:
    """The other side: with the cache on, the second run reads the first one's entry."""
    imported_modules("paragraphs", "--format", "json", cache=tmp_path, parse_cache="on")
    modules = imported_modules("paragraphs", "--format", "json", cache=tmp_path, parse_cache="on")
    assert "mineres.store.cache" in modules
    assert modules.isdisjoint({"mineres.parse.classify", "mineres.library"})


def test_a_diff_of_two_files_needs_no_library(tmp_path: Path) -> None:
    modules = imported_modules(
        "diff",
        str(FIXTURES / "akn" / "A_RES_74_80.en.xml"),
        str(FIXTURES / "akn" / "A_RES_76_74.en.xml"),
        "--format",
        "json",
        cache=tmp_path,
    )
    assert "mineres.diff" in modules
    assert modules.isdisjoint({"mineres.library", "mineres.store.cache"})


def test_a_symbol_brings_the_library_in(tmp_path: Path) -> None:
    """A DOC given as a symbol is looked up in the library: the package is imported then."""
    modules = imported_modules("paragraphs", "58/127", "--format", "json", cache=tmp_path)
    assert "mineres.library" in modules


def test_a_configuration_file_is_parsed_as_yaml_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user with a library in the configuration file: the first lookup parses the YAML
    (and keeps its data as JSON), later ones import no YAML parser."""
    config = tmp_path / "config" / "mineres" / "config.yaml"
    config.parent.mkdir(parents=True)
    (tmp_path / "lib").mkdir()
    config.write_text(f"library: [{tmp_path / 'lib'}]\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    args = ("diff", "A/RES/74/80", "A/RES/76/74", "--format", "json")
    assert "yaml" in imported_modules(*args, cache=tmp_path / "cache")
    assert "yaml" not in imported_modules(*args, cache=tmp_path / "cache")


@pytest.mark.parametrize(
    "args",
    [
        ["citations", "--format", "tsv"],
        ["export", "--format", "json"],
        [
            "diff",
            str(FIXTURES / "akn" / "A_RES_74_80.en.xml"),
            str(FIXTURES / "akn" / "A_RES_76_74.en.xml"),
            "--format",
            "json",
        ],
    ],
)
def test_machine_formats_need_no_rich_pdf_or_yaml(args: list[str], tmp_path: Path) -> None:
    imported_modules(*args, cache=tmp_path)
    assert heavy_in(imported_modules(*args, cache=tmp_path)) == set()


def test_a_table_is_what_brings_rich_in(tmp_path: Path) -> None:
    """The other side of the check: rich is there when the output needs it."""
    modules = imported_modules("paragraphs", "--format", "table", cache=tmp_path)
    assert "rich" in modules


def test_yaml_is_read_only_when_a_data_file_is_new(tmp_path: Path) -> None:
    """The first run parses the YAML data files (and keeps them as JSON); later ones do not."""
    first = imported_modules("citations", "--format", "tsv", cache=tmp_path)
    later = imported_modules("citations", "--format", "tsv", cache=tmp_path)
    assert "yaml" in first and "yaml" not in later


WHAT_AN_ENGLISH_TEXT_COMPILES = r"""
import json, re
compiled = []
real_compile = re.compile
re.compile = lambda pattern, flags=0: compiled.append(pattern) or real_compile(pattern, flags)
from mineres import load_resolution
from mineres.un import text_forms
resolution = load_resolution(None, with_citations=False)
print(json.dumps({
    "language": resolution.metadata.language,
    "date patterns": text_forms.date_forms.cache_info().currsize,
    "other formulas pattern": text_forms.any_formula_line.cache_info().currsize,
    "chinese range": any(p in ("[\\u4e00-\\u9fff]", "[\u4e00-\u9fff]") for p in compiled),
    "other scripts' closing lines": [
        text_forms.any_meeting_line().others is not None,
        text_forms.any_date_line().others is not None,
    ],
}))
"""


def test_an_english_text_compiles_no_other_language_pattern_it_does_not_need(
    tmp_path: Path,
) -> None:
    """Compiling patterns was a fifth of a first run's time: reading the bundled English text
    compiles no other language's date pattern, no pattern of the other languages' enacting
    formulas (they are looked up as text), not the Chinese range of the language sniffer, not
    the Russian, Arabic and Chinese meeting and date lines. Counted, not timed."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "MINERES_CACHE": "off"}
    result = subprocess.run(
        [sys.executable, "-c", WHAT_AN_ENGLISH_TEXT_COMPILES],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert json.loads(result.stdout) == {
        "language": "en",
        "date patterns": 1,
        "other formulas pattern": 0,
        "chinese range": False,
        "other scripts' closing lines": [False, False],
    }


def test_the_collector_paused_for_start_up_is_running_again_for_the_command() -> None:
    """The console script pauses the cyclic collector while modules load; resuming it is what
    keeps a long command's memory in check, so it must be on again once the app is built, with
    the young generation collected less often than the default (a parse's short-lived objects)
    and the older generations as usual."""
    import gc

    from mineres.cli import COMMAND_COLLECTION_THRESHOLD, pause_collection, resume_collection

    assert gc.isenabled()
    before = gc.get_threshold()
    try:
        pause_collection()
        assert not gc.isenabled()
        resume_collection()
        assert gc.isenabled()
        assert gc.get_threshold() == (COMMAND_COLLECTION_THRESHOLD, *before[1:])
        assert before[0] < COMMAND_COLLECTION_THRESHOLD
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
        gc.enable()


def test_the_collector_is_resumed_when_the_command_line_is_built(tmp_path: Path) -> None:
    """Run as the console script (argv from sys.argv), the command itself runs with the
    collector on: checked from inside the command's own process."""
    code = (
        "import gc, sys, mineres.cli as cli\n"
        "real = cli.build_app\n"
        "def build(names):\n"
        "    app = real(names)\n"
        "    print('paused', not gc.isenabled(), file=sys.stderr)\n"
        "    return app\n"
        "cli.build_app = build\n"
        "sys.argv = ['mineres', '--version']\n"
        "cli.pause_collection()\n"
        "cli.run(sys.argv[1:])\n"
        "print('running', gc.isenabled(), file=sys.stderr)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert "paused True" in result.stderr and "running True" in result.stderr


WHAT_TOKENIZE_COMPILED = """
import io, sys, tokenize
from mineres.cli import main
shown, sys.stdout = sys.stdout, io.StringIO()
try:
    main(sys.argv[1:])
except SystemExit:
    pass
shown.write(str(tokenize._compile.cache_info().currsize))
"""


@pytest.mark.parametrize(
    "args",
    [
        ["diff", "A/RES/74/80", "A/RES/76/74", "--format", "json"],
        ["paragraphs", "--format", "json"],
        ["info", "58/127", "--format", "json"],
    ],
)
def test_no_dataclass_on_the_way_makes_inspect_tokenize_a_signature(
    args: list[str], tmp_path: Path
) -> None:
    """`dataclass` gives a class without a docstring one written from its signature, which
    `inspect` reads by tokenizing text: the tokenizer's patterns cost ~1.3 ms to compile the
    first time. Every value type a command loads has a docstring of its own. Counted."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "MINERES_CACHE": "off"}
    result = subprocess.run(
        [sys.executable, "-c", WHAT_TOKENIZE_COMPILED, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert result.stdout == "0"
