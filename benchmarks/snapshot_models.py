"""A snapshot of the parsed models of the whole corpus, to show that a speed change changes no
byte of what mineres reads.

Every AKN file of ../shared/corpus/akn is rendered to the ODS and the plain text layout, and
each is parsed with citations; with `--akn` the AKN itself is parsed too; then the text
fixtures. Each model's JSON (or the one-line error) goes to OUT/, one file per input (1,956 with
`--akn`). Make one from the code before the change and one after, then compare:

    .venv/bin/python benchmarks/snapshot_models.py /tmp/before --akn
    ... the change ...
    .venv/bin/python benchmarks/snapshot_models.py /tmp/after --akn
    diff -rq /tmp/before /tmp/after      # prints nothing when the models are the same
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from common import ROOT, SHARED

from mineres.errors import MineresError
from mineres.parse import parse_resolution
from mineres.parse.akn import parse_akn
from mineres.render.layouts import to_ods_text, to_plain_text
from mineres.serialize import resolution_to_dict

CORPUS = SHARED / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"


def dump(out: Path, name: str, data: bytes) -> None:
    try:
        model = parse_resolution(data, with_citations=True)
        text = json.dumps(resolution_to_dict(model), ensure_ascii=False, indent=1, sort_keys=True)
    except MineresError as error:
        text = f"ERROR {type(error).__name__}: {error}"
    (out / name).write_text(text, encoding="utf-8")


def main(arguments: list[str]) -> None:
    if not arguments or not (CORPUS / "akn").is_dir():
        sys.exit(f"usage: snapshot_models.py OUT [--akn] (needs {CORPUS / 'akn'})")
    out = Path(arguments[0])
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((CORPUS / "akn").rglob("*.xml")):
        key = str(path.relative_to(CORPUS / "akn")).replace("/", "__")
        model = parse_akn(path.read_text(encoding="utf-8"))
        dump(out, key + ".ods.json", to_ods_text(model).encode())
        dump(out, key + ".plain.json", to_plain_text(model).encode())
        if "--akn" in arguments:
            dump(out, key + ".akn.json", path.read_bytes())
    for folder, texts in (
        (CORPUS, (CORPUS / "ods").glob("*.txt")),
        (ROOT, FIXTURES.rglob("*.txt")),
    ):
        for path in sorted(texts):  # named from their folder, the same in any checkout
            name = "txt__" + str(path.relative_to(folder)).replace("/", "__") + ".json"
            dump(out, name, path.read_bytes())
    print(len(list(out.iterdir())), "files in", out)


if __name__ == "__main__":
    main(sys.argv[1:])
