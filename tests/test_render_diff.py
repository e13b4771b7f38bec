"""The diff renderers: git-style text, JSON, a Markdown redline, an HTML page, rich."""

from __future__ import annotations

import importlib
import io
import json

import pytest

from mineres.diff import ResolutionDiff, diff_resolutions
from mineres.models import Citation, Metadata, Resolution
from mineres.render.diff_formats import DIFF_FORMATS, DIFF_WRITERS, write_diff
from mineres.render.diff_html import write_diff_html
from mineres.render.diff_json import diff_to_dict
from mineres.render.diff_markdown import write_diff_markdown
from mineres.render.diff_rich import write_diff_rich
from mineres.render.diff_text import write_diff_text

from .test_diff import (
    CALLS_UPON,
    IED_UPDATE,
    RECALLING_72_75,
    REPORT_76,
    TAKES_NOTE,
    VICTIMS,
    read_akn,
    resolution,
)

RECALLING_74_80 = RECALLING_72_75.replace("72/75 of 7 December 2017", "74/80 of 13 December 2019")
REPORT_78 = REPORT_76.replace("seventy-sixth", "seventy-eighth")
SHORTER_IED = IED_UPDATE.replace(" with regard to improvised explosive devices", "")


@pytest.fixture(scope="module")
def small_diff() -> ResolutionDiff:
    """74/80 -> 76/74 in miniature: a roll-over, a stronger lead, a shortening, one gone, one new."""
    old = resolution(
        "A/RES/74/80",
        [TAKES_NOTE, CALLS_UPON, IED_UPDATE, REPORT_76],
        preamble=[RECALLING_72_75],
        citations=(
            Citation(kind="resolution", text="72/75", symbol="A/RES/72/75", paragraphs=("PP1",)),
        ),
    )
    new = resolution(
        "A/RES/76/74",
        [CALLS_UPON.replace("Calls upon", "Urges"), SHORTER_IED, VICTIMS, REPORT_78],
        preamble=[RECALLING_74_80],
        citations=(
            Citation(kind="resolution", text="74/80", symbol="A/RES/74/80", paragraphs=("PP1",)),
        ),
    )
    return diff_resolutions(old, new)


def render(writer: object, diff: ResolutionDiff, **options: object) -> str:
    out = io.StringIO()
    writer(diff, out, **options)  # type: ignore[operator]
    return out.getvalue()


def test_text_is_git_word_diff(small_diff: ResolutionDiff) -> None:
    assert render(write_diff_text, small_diff).splitlines() == [
        "--- A/RES/74/80",
        "+++ A/RES/76/74",
        "@@ PP1 -> PP1 modified, routine @@",
        "citations: +A/RES/74/80 -A/RES/72/75",
        "Recalling its resolution [-72/75 of 7 December 2017-]{+74/80 of 13 December 2019+} "
        "and all its previous resolutions on assistance in mine clearance and on assistance in "
        "mine action, all adopted without a vote,",
        "@@ OP1 removed @@",
        f"[-{TAKES_NOTE}-]",
        "@@ OP2 -> OP1 modified @@",
        "lead: Calls upon -> Urges (stronger)",
        "[-Calls upon-]{+Urges+} Member States to comply with their respective international "
        "obligations related to mine action;",
        "@@ OP3 -> OP2 modified @@",
        "Notes the update of the International Mine Action [-Standards with regard to improvised "
        "explosive devices,-]{+Standards,+} and encourages the United Nations Mine Action Service "
        "to continue its efforts in this regard;",
        "@@ OP3 added @@",
        f"{{+{VICTIMS}+}}",
        "@@ OP4 -> OP4 modified, routine @@",
        "Requests the Secretary-General to submit to the General Assembly at its "
        "[-seventy-sixth-]{+seventy-eighth+} session a report on the implementation of the present "
        "resolution and on follow-up to previous resolutions on assistance in mine clearance and "
        "on assistance in mine action;",
        "4 modified, 1 added, 1 removed, 2 routine",
    ]


def test_stat_prints_only_the_counts(small_diff: ResolutionDiff) -> None:
    text = render(write_diff_text, small_diff, stat=True)
    assert text.splitlines() == [
        "A/RES/74/80 -> A/RES/76/74",
        "unchanged     0",
        "modified      4",
        "moved         0",
        "added         1",
        "removed       1",
        "split         0",
        "merged        0",
        "routine       2",
    ]
    assert set(json.loads(render_json(small_diff, stat=True))) == {
        "old",
        "new",
        "differs",
        "summary",
        "routine",
    }


def render_json(diff: ResolutionDiff, **options: bool) -> str:
    from mineres.render.diff_json import write_diff_json

    return render(write_diff_json, diff, **options)


def test_json_contract(small_diff: ResolutionDiff) -> None:
    data = json.loads(render_json(small_diff))
    assert data["summary"] == {
        "unchanged": 0,
        "modified": 4,
        "moved": 0,
        "added": 1,
        "removed": 1,
        "split": 0,
        "merged": 0,
    }
    assert [(c["type"], c["old_id"], c["new_id"]) for c in data["changes"]] == [
        ("modified", "PP1", "PP1"),
        ("removed", "OP1", None),
        ("modified", "OP2", "OP1"),
        ("modified", "OP3", "OP2"),
        ("added", None, "OP3"),
        ("modified", "OP4", "OP4"),
    ]
    first, removed, urges = data["changes"][:3]
    assert set(first) >= {
        "type",
        "old_id",
        "new_id",
        "old_text",
        "new_text",
        "edits",
        "lead_change",
        "citation_changes",
        "routine",
    }
    assert first["routine"] is True
    assert first["citation_changes"] == {"added": ["A/RES/74/80"], "removed": ["A/RES/72/75"]}
    assert first["edits"][1] == {
        "op": "replace",
        "old": "72/75 of 7 December 2017",
        "new": "74/80 of 13 December 2019",
    }
    assert removed["new_text"] is None and removed["edits"] == []
    assert urges["lead_change"] == {"old": "Calls upon", "new": "Urges", "direction": "stronger"}
    assert diff_to_dict(small_diff) == data


def test_markdown_is_a_redline(small_diff: ResolutionDiff) -> None:
    text = render(write_diff_markdown, small_diff)
    assert text.startswith("# A/RES/74/80 → A/RES/76/74\n")
    assert "| modified | 4 |" in text
    assert "its resolution ~~72/75 of 7 December 2017~~ **74/80 of 13 December 2019** and" in text
    assert "### OP2 → OP1 · modified" not in text and "### OP2 → OP1 modified" in text
    assert "- lead: Calls upon → Urges (stronger)" in text
    assert f"~~{TAKES_NOTE}~~" in text


def test_markdown_escapes_markup() -> None:
    old = resolution("a", ["Decides to *act* [now];"])
    new = resolution("b", ["Decides to _act_ [now];"])
    text = render(write_diff_markdown, diff_resolutions(old, new))
    assert r"~~\*act\*~~ **\_act\_** \[now\];" in text


def test_html_is_a_standalone_escaped_page(small_diff: ResolutionDiff) -> None:
    page = render(write_diff_html, small_diff)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<del>72/75 of 7 December 2017</del> <ins>74/80 of 13 December 2019</ins>" in page
    assert "<script" not in page and "http" not in page
    hostile = resolution("a", ["Decides <script>alert(1)</script> & more;"])
    changed = resolution("b", ["Decides <b>bold</b> & more;"])
    page = render(write_diff_html, diff_resolutions(hostile, changed))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp; more;" in page


def test_html_page_is_in_the_documents_language() -> None:
    def page(old_language: str, new_language: str) -> str:
        diff = diff_resolutions(
            Resolution(Metadata(symbol="A/RES/74/80", language=old_language)),
            Resolution(Metadata(symbol="A/RES/76/74", language=new_language)),
        )
        return render(write_diff_html, diff)

    assert '<html lang="fr">' in page("fr", "fr")
    assert '<html lang="en">' in page("en", "en")
    assert '<html lang="mul">' in page("en", "fr")


def test_rich_without_a_terminal_marks_every_edit(small_diff: ResolutionDiff) -> None:
    """Off a terminal rich prints no styles, so the edits carry word-diff markers instead:
    old and new words never run together as if both were kept."""
    text = render(write_diff_rich, small_diff, width=400)
    assert "\x1b[" not in text
    assert "PP1 → PP1 modified, routine" in text
    assert "OP2 → OP1 modified   lead: Calls upon → Urges (stronger)" in text
    assert "resolution [-72/75 of 7 December 2017-] {+74/80 of 13 December 2019+} and" in text
    assert f"[-{TAKES_NOTE}-]" in text
    assert f"{{+{VICTIMS}+}}" in text
    assert "[-Calls upon-] {+Urges+} Member States" in text
    assert text.rstrip().endswith("4 modified, 1 added, 1 removed, 2 routine")


def test_rich_with_no_color_on_a_terminal_marks_edits(
    small_diff: ResolutionDiff, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    write_diff_rich(small_diff, out, width=400)
    assert "[-Calls upon-]" in out.getvalue() and "{+Urges+}" in out.getvalue()


def test_rich_side_by_side_puts_old_and_new_on_one_line(small_diff: ResolutionDiff) -> None:
    text = render(write_diff_rich, small_diff, side_by_side=True, width=220)
    line = next(line for line in text.splitlines() if "seventy-sixth" in line)
    assert "seventy-eighth" in line
    assert line.index("[-seventy-sixth-]") < line.index("{+seventy-eighth+}")


def test_rich_colours_on_a_terminal(
    small_diff: ResolutionDiff, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    write_diff_rich(small_diff, out, width=120)
    assert "\x1b[" in out.getvalue()
    assert "[-" not in out.getvalue() and "{+" not in out.getvalue()


def test_nothing_changed_renders_only_the_summary() -> None:
    same = resolution("A/RES/74/80", [TAKES_NOTE])
    result = diff_resolutions(same, same)
    assert render(write_diff_text, result).splitlines() == [
        "--- A/RES/74/80",
        "+++ A/RES/74/80",
        "1 unchanged",
    ]
    assert diff_to_dict(result)["changes"][0]["type"] == "unchanged"


def test_every_renderer_accepts_empty_metadata() -> None:
    empty = ResolutionDiff(Metadata(), Metadata(), ())
    for writer in (write_diff_text, write_diff_markdown, write_diff_html, write_diff_rich):
        assert render(writer, empty)
    assert json.loads(render_json(empty))["old"] is None
    assert Resolution(Metadata()).paragraphs == ()


@pytest.mark.parametrize("name", sorted(DIFF_FORMATS))
def test_every_diff_format_is_written_through_the_table(name: str) -> None:
    """One table from format name to writer: each row imports and writes the diff."""
    result = diff_resolutions(read_akn("A_RES_74_80.en.xml"), read_akn("A_RES_76_74.en.xml"))
    through_table, direct = io.StringIO(), io.StringIO()
    write_diff(result, through_table, name, stat=False)
    module, function = DIFF_WRITERS[name]
    getattr(importlib.import_module(module), function)(result, direct, stat=False)
    assert through_table.getvalue() == direct.getvalue()
    assert "A/RES/76/74" in through_table.getvalue()


def test_side_by_side_reaches_only_the_formats_that_have_it() -> None:
    result = diff_resolutions(read_akn("A_RES_74_80.en.xml"), read_akn("A_RES_76_74.en.xml"))
    plain, side = io.StringIO(), io.StringIO()
    write_diff(result, plain, "text")
    write_diff(result, side, "text", side_by_side=True)
    assert plain.getvalue() == side.getvalue()
    inline, wide = io.StringIO(), io.StringIO()
    write_diff(result, inline, "rich")
    write_diff(result, wide, "rich", side_by_side=True)
    assert wide.getvalue() != inline.getvalue()
