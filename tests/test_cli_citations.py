"""`mineres citations` as a user meets it, on the bundled A/RES/58/127."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from .test_cli import run


def test_text_lists_every_citation_with_fixed_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "citations")
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and err == ""
    assert len(rows) == 23
    assert {len(row) for row in rows} == {4}
    assert ["resolution", "A/RES/57/159", "2002-12-16", "PP1"] in rows
    assert ["document", "A/58/260/Add.1", "", "OP1,OP26"] in rows
    assert ["document", "A/58/L.50", "", "header"] in rows


def test_json_is_a_list_of_citation_objects(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "citations", "--format", "json")
    citations = json.loads(out)
    assert code == 0
    assert isinstance(citations, list) and len(citations) == 23
    addendum = next(c for c in citations if c["symbol"] == "A/58/260/Add.1")
    assert addendum["url"] == "https://undocs.org/en/A/58/260/Add.1"
    assert addendum["paragraphs"] == ["OP1", "OP26"]
    assert addendum["locations"] == [{"where": "FN11", "start": 0, "end": 14}]
    assert {"kind", "body", "text", "symbol", "name", "url", "date", "locations"} <= set(addendum)


@pytest.mark.parametrize(
    ("args", "cited"),
    [
        (
            ["--kind", "resolutions"],
            ["A/RES/57/159", "A/RES/57/190", "E/CN.4/RES/2003/49", "E/CN.4/RES/2003/86"],
        ),
        (["--kind", "url,publication"], ["Sales No. E.81.IX.4", "www.mineaction.org"]),
        (["--paragraph", "op1"], ["A/58/260", "A/58/260/Add.1"]),
        (
            ["--paragraph", "PP7", "--kind", "instrument"],
            [
                "Amended Protocol II to the CCW",
                "Convention on Certain Conventional Weapons",
            ],
        ),
    ],
)
def test_filters(capsys: pytest.CaptureFixture[str], args: list[str], cited: list[str]) -> None:
    code, out, _ = run(capsys, "citations", *args)
    assert code == 0
    assert [line.split("\t")[1] for line in out.splitlines()] == cited


def test_links_add_the_undocs_address(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "citations", "--links", "--format", "csv", "--kind", "document")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["url"] == "https://undocs.org/en/A/58/L.50"
    assert all(row["url"].startswith("https://undocs.org/en/") for row in rows)


def test_group_by_paragraph_puts_a_citation_under_each_paragraph_it_supports(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "citations", "--group-by", "paragraph", "--format", "yaml")
    groups = yaml.safe_load(out)
    assert [c["symbol"] for c in groups["OP26"]] == ["A/58/260/Add.1"]
    assert "A/58/260/Add.1" in [c["symbol"] for c in groups["OP1"]]
    assert [c["symbol"] for c in groups["(none)"]] == ["A/58/L.50", "A/58/L.50/Add.1"]


def test_group_by_kind_text_has_a_heading_per_kind(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "citations", "-g", "kind")
    headings = [line for line in out.splitlines() if line and not line.startswith("  ")]
    assert headings == [
        "kind document:",
        "kind resolution:",
        "kind instrument:",
        "kind publication:",
        "kind url:",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "treaty"], "unknown citation kind 'treaty'"),
        (["--group-by", "colour"], "unknown grouping 'colour'"),
        (["--paragraph", "OP99"], "no paragraph OP99"),
    ],
)
def test_bad_options_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "citations", *args)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
