"""A snapshot of `mineres diff` over 494 real pairs, to show that a speed change changes no byte
of what the diff says.

For each pair, the JSON (as `--format json` writes it), the text and Markdown renderings, and
the JSON with `--ignore-routine` go to OUT/<pair>.{json,txt,md,routine.json}. The pairs, each
also reversed: A/RES/74/80 -> A/RES/76/74 in the six languages; each session-74 resolution and
the session-75 one of the same title, in every language both have; consecutive session-75
resolutions in each language; bench_diff.py's edited copies of A/RES/74/19 (1x and 2x).

    .venv/bin/python benchmarks/snapshot_diffs.py /tmp/before
    ... the change ...
    .venv/bin/python benchmarks/snapshot_diffs.py /tmp/after
    diff -rq /tmp/before /tmp/after      # prints nothing when the diffs are the same
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from bench_diff import FIXTURES, LARGEST, flattened, scaled
from common import SHARED

from mineres.diff import diff_resolutions
from mineres.documents import load_resolution
from mineres.models import Resolution
from mineres.parse.akn import parse_akn
from mineres.render.diff_formats import write_diff

AKN = SHARED / "corpus" / "akn"
LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")
SUFFIXES = {"json": "json", "text": "txt", "md": "md"}
parsed_documents: dict[Path, Resolution] = {}


def parsed(path: Path) -> Resolution:
    if path not in parsed_documents:
        parsed_documents[path] = load_resolution(str(path))
    return parsed_documents[path]


def write(out: Path, name: str, old: Resolution, new: Resolution) -> None:
    for ignore_routine in (False, True):
        result = diff_resolutions(old, new, ignore_routine=ignore_routine)
        for format in ("json",) if ignore_routine else ("json", "text", "md"):
            buffer = io.StringIO()
            write_diff(result, buffer, format)
            suffix = ("routine." if ignore_routine else "") + SUFFIXES[format]
            (out / f"{name}.{suffix}").write_text(buffer.getvalue(), encoding="utf-8")


def both_ways(out: Path, name: str, old_path: Path, new_path: Path) -> int:
    old, new = parsed(old_path), parsed(new_path)
    write(out, name, old, new)
    write(out, name + ".reversed", new, old)
    return 2


def title_key(title: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", (title or "").casefold()).split())


def in_language(path: Path, language: str) -> Path:
    return path.with_name(path.name.replace(".en.", f".{language}."))


def main(arguments: list[str]) -> None:
    if not arguments or not AKN.is_dir():
        sys.exit(f"usage: snapshot_diffs.py OUT (needs {AKN})")
    out = Path(arguments[0])
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for language in LANGUAGES:
        series = AKN / "mine-action"
        old, new = series / f"A_RES_74_80.{language}.xml", series / f"A_RES_76_74.{language}.xml"
        count += both_ways(out, f"mine-action.{language}", old, new)
    later: dict[str, Path] = {}
    for path in sorted((AKN / "session-75-six").glob("*.en.xml")):
        later.setdefault(title_key(parsed(path).metadata.title), path)
    for path in sorted((AKN / "session-74").glob("*.en.xml")):
        title = title_key(parsed(path).metadata.title)
        match = later.get(title)
        if match is None or not title:
            continue
        for language in LANGUAGES:
            old, new = in_language(path, language), in_language(match, language)
            if old.is_file() and new.is_file():
                stem = f"{path.name.split('.')[0]}--{match.name.split('.')[0]}.{language}"
                count += both_ways(out, stem, old, new)
    for language in LANGUAGES:
        files = sorted((AKN / "session-75-six").glob(f"*.{language}.xml"))
        for old, new in zip(files[::2], files[1::2], strict=False):
            stem = f"six.{old.name.split('.')[0]}--{new.name.split('.')[0]}.{language}"
            count += both_ways(out, stem, old, new)
    largest = parse_akn(LARGEST.read_text(encoding="utf-8"))
    inserts = flattened(parse_akn((FIXTURES / "A_RES_76_74.en.xml").read_text("utf-8")).operative)
    for times in (1, 2):
        old_copy, new_copy = scaled(largest, times, inserts)
        write(out, f"bench-74-19.{times}x", old_copy, new_copy)
        write(out, f"bench-74-19.{times}x.reversed", new_copy, old_copy)
        count += 2
    print(f"{count} pairs written to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
