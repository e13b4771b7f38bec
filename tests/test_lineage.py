"""Series, lineage and blame on the mine-action series: 58/127, 74/80 and 76/74."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from mineres.citations import find_citations
from mineres.corpus.blame import blame, series_resolutions
from mineres.corpus.lineage import (
    chain_line,
    lineage,
    predecessor,
    previous_resolution,
    recalled_resolutions,
)
from mineres.diff import diff_resolutions
from mineres.documents import load_resolution
from mineres.errors import MineresError
from mineres.models import Metadata, Paragraph, Resolution
from mineres.parse.leads import find_lead

from .conftest import run_cli

FIXTURES = Path(__file__).parent / "fixtures"
METADATA = FIXTURES / "metadata" / "ga-sessions-sample.jsonl"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MINERES_LIBRARY", raising=False)
    return tmp_path


@pytest.fixture
def metadata_library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copyfile(METADATA, folder / METADATA.name)
    return folder


def test_the_recalled_resolution_is_read_from_the_recalling_paragraph() -> None:
    resolution = load_resolution("76/74")
    assert recalled_resolutions(resolution)[0] == "A/RES/74/80"
    assert predecessor(resolution) == "A/RES/74/80"
    assert predecessor(load_resolution("74/80")) == "A/RES/72/75"
    assert predecessor(load_resolution("58/127")) == "A/RES/57/159"


# PP3 to PP5 of A/RES/74/209 (International Day of Awareness of Food Loss and Waste): the
# resolutions they recall are another body's, numbered like the General Assembly's.
OTHER_BODIES_RECALLED = (
    "Recalling resolution 11/2019 adopted by the Conference of the Food and Agriculture "
    "Organization of the United Nations at its forty-first session, held in Rome from 22 to 29 "
    "June 2019,",
    "Recalling also resolution 4/2 of 15 March 2019 of the United Nations Environment Assembly "
    "of the United Nations Environment Programme, on promoting sustainable practices and "
    "innovative solutions for curbing food loss and waste,",
)
# PP1 of A/RES/76/74.
RECALLING_74_80 = (
    "Recalling its resolution 74/80 of 13 December 2019 and all its previous resolutions on "
    "assistance in mine clearance and on assistance in mine action, all adopted without a vote,"
)


def preamble_of(symbol: str, texts: tuple[str, ...]) -> Resolution:
    """A resolution of real preambular paragraphs, parsed without its citation stage."""
    paragraphs = tuple(
        Paragraph(f"PP{n}", "preambular", n, find_lead(text), text)
        for n, text in enumerate(texts, 1)
    )
    number = symbol.removeprefix("A/RES/")
    return Resolution(
        Metadata(symbol=symbol, number=number, session=int(number.split("/")[0])),
        preamble=paragraphs,
    )


@pytest.mark.parametrize("with_citations", [False, True])
def test_another_bodys_resolution_is_not_read_as_the_general_assemblys(
    with_citations: bool,
) -> None:
    resolution = preamble_of("A/RES/74/209", OTHER_BODIES_RECALLED)
    if with_citations:
        resolution = replace(resolution, citations=find_citations(resolution))
    assert recalled_resolutions(resolution) == []
    assert predecessor(resolution) is None
    with_ga = preamble_of("A/RES/76/74", (*OTHER_BODIES_RECALLED, RECALLING_74_80))
    assert recalled_resolutions(with_ga) == ["A/RES/74/80"]


@pytest.mark.corpus
def test_lineage_of_74_209_has_no_false_predecessor(shared_corpus: Path) -> None:
    document = shared_corpus / "akn" / "session-74" / "A_RES_74_209.en.xml"
    if not document.exists():
        pytest.skip(f"{document} is not in the shared corpus")
    members = lineage(load_resolution(str(document)))
    assert [m.symbol for m in members] == ["A/RES/74/209"]


def test_lineage_from_the_bundled_library() -> None:
    members = lineage(load_resolution("76/74"))
    assert chain_line(members) == "57/159 (missing) → 58/127 … 72/75 (missing) → 74/80 → 76/74 *"
    by_symbol = {m.symbol: m for m in members}
    assert by_symbol["A/RES/72/75"].note == "recalled by A/RES/74/80"
    assert by_symbol["A/RES/74/80"].recalls == "A/RES/72/75"
    assert by_symbol["A/RES/76/74"].status == "here"


def test_lineage_walks_forward_to_what_recalls_the_document() -> None:
    members = lineage(load_resolution("74/80"))
    assert [m.symbol for m in members][-2:] == ["A/RES/74/80", "A/RES/76/74"]
    assert members[-1].recalls == "A/RES/74/80"
    assert members[-1].status == "library"
    assert "74/80 * → 76/74" in chain_line(members)


def test_lineage_lists_members_known_only_from_the_session_metadata(metadata_library: Path) -> None:
    members = lineage(load_resolution("76/74", [metadata_library]), [metadata_library])
    assert chain_line(members).endswith("74/80 → 76/74 * … 78/70 (missing) … 80/74 (missing)")
    missing = {m.symbol: m for m in members if m.status == "missing"}
    assert missing["A/RES/78/70"].adopted == "2023-12-07"
    assert missing["A/RES/78/70"].note == "in the UN session metadata"


@pytest.mark.corpus
def test_lineage_on_the_shared_corpus(shared_corpus: Path) -> None:
    """74/80 and 76/74 found in ../shared/corpus/akn/mine-action, among six languages each."""
    library = [shared_corpus / "akn" / "mine-action", shared_corpus / "metadata"]
    members = lineage(load_resolution("A/RES/76/74", library), library)
    found = {m.symbol: m for m in members}
    assert found["A/RES/74/80"].path == shared_corpus / "akn" / "mine-action" / "A_RES_74_80.en.xml"
    assert found["A/RES/76/74"].recalls == "A/RES/74/80"
    assert [m.symbol for m in members if m.status == "missing"] == [
        "A/RES/57/159",
        "A/RES/72/75",
        "A/RES/78/70",
        "A/RES/80/74",
    ]


def test_blame_agrees_with_the_diff_of_each_year() -> None:
    """What blame says changed in 76/74 is exactly what diff 74/80 76/74 calls a real change."""
    series = series_resolutions(load_resolution("76/74"))
    assert [r.metadata.symbol for r in series] == ["A/RES/58/127", "A/RES/74/80", "A/RES/76/74"]
    blames = {b.paragraph: b for b in blame(series)}
    step = diff_resolutions(series[1], series[2])
    for change in step.changes:
        for new_id in change.new_ids:
            if change.type == "added":
                assert (blames[new_id].since, blames[new_id].how) == ("A/RES/76/74", "new")
            elif change.reworded and not change.routine:
                assert blames[new_id].changed == "A/RES/76/74", new_id
            else:
                assert blames[new_id].changed != "A/RES/76/74", new_id
                assert blames[new_id].since != "A/RES/76/74", new_id


def test_blame_by_hand_on_76_74() -> None:
    """Facts read from the three texts themselves."""
    blames = {b.paragraph: b for b in blame(series_resolutions(load_resolution("76/74")))}
    # The COVID-19 paragraph first appears in 2021.
    assert "COVID-19" in blames["PP6"].text
    assert (blames["PP6"].since, blames["PP6"].changed) == ("A/RES/76/74", "A/RES/76/74")
    # "Decides to include in the provisional agenda of its ... session": since 2003, and the
    # yearly change of session is not a change.
    last = blames["OP22"]
    assert last.text.startswith("Decides to include in the provisional agenda")
    assert (last.since, last.changed, last.how) == (
        "A/RES/58/127",
        "A/RES/58/127",
        "unchanged since",
    )
    # PP1 recalls a different resolution every year: routine, so 74/80's rewording is the last.
    assert (blames["PP1"].since, blames["PP1"].changed) == ("A/RES/58/127", "A/RES/74/80")
    # 74/80's PP7 "Expressing alarm at ... casualties, of which nearly half are children" became
    # "Deeply concerned that children continue to be disproportionately affected" in 76/74.
    assert (blames["PP7"].since, blames["PP7"].changed) == ("A/RES/74/80", "A/RES/76/74")
    assert blames["PP7"].how == "lead 'Expressing alarm' → 'Deeply concerned'"


def test_previous_resolution() -> None:
    assert previous_resolution(load_resolution("76/74")).metadata.symbol == "A/RES/74/80"
    with pytest.raises(MineresError, match="recalls A/RES/72/75, which is not in the library"):
        previous_resolution(load_resolution("74/80"))


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_cli(capsys, *args)


def test_lineage_command(metadata_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["--library", str(metadata_library), "lineage", "76/74", "-f", "text"], capsys
    )
    lines = out.splitlines()
    assert code == 0
    assert lines[0].endswith("74/80 → 76/74 * … 78/70 (missing) … 80/74 (missing)")
    assert lines[-1].split("\t")[:2] == ["A/RES/80/74", "missing"]


def test_blame_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["blame", "76/74", "-f", "jsonl"], capsys)
    rows = {row["id"]: row for row in map(json.loads, out.splitlines())}
    assert code == 0
    assert (rows["PP6"]["since"], rows["PP6"]["how"]) == ("A/RES/76/74", "new")
    assert rows["OP22"]["since"] == "A/RES/58/127"


def test_blame_with_no_earlier_member_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["blame", "58/127", "-f", "tsv"], capsys)
    assert code == 0
    assert "no earlier resolution of the series in the library" in err
    assert {line.split("\t")[1] for line in out.splitlines()[1:]} == {"A/RES/58/127"}


def test_diff_previous(capsys: pytest.CaptureFixture[str]) -> None:
    """--previous finds 74/80 (recalled in 76/74's PP1) and gives exactly diff 74/80 76/74."""
    code, previous, _ = run(["diff", "--previous", "76/74", "-f", "json"], capsys)
    explicit = run(["diff", "74/80", "76/74", "-f", "json"], capsys)[1]
    assert code == 1
    assert previous == explicit
    assert json.loads(previous)["old"] == "A/RES/74/80"


def test_diff_previous_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["diff", "--previous", "74/80"], capsys)
    assert (code, err) == (
        2,
        "mineres: A/RES/74/80 recalls A/RES/72/75, which is not in the library "
        "(try `mineres fetch A/RES/72/75`)\n",
    )
    code, _, err = run(["diff", "--previous", "76/74", "58/127"], capsys)
    assert (code, err) == (2, "mineres: --previous takes one DOC: the later resolution\n")
    code, _, err = run(["diff", "76/74"], capsys)
    assert (code, err) == (2, "mineres: diff needs OLD and NEW, or --previous DOC\n")


def test_a_recalled_resolution_on_another_subject_is_no_predecessor(
    metadata_library: Path,
) -> None:
    """The metadata says 76/10 is about Palestine: 74/80, recalled too, continues the series."""
    from mineres.corpus.lineage import Library
    from mineres.models import Metadata, Paragraph, Resolution

    recalling = Paragraph(
        "PP1",
        "preambular",
        1,
        "Recalling",
        "Recalling its resolutions 74/80 of 13 December 2019 and 76/10 of 1 December 2021,",
    )
    resolution = Resolution(
        Metadata(symbol="A/RES/78/70", session=78, title="Assistance in mine action"),
        preamble=(recalling,),
    )
    assert predecessor(resolution) == "A/RES/76/10"  # no titles known: the latest
    assert predecessor(resolution, Library([metadata_library])) == "A/RES/74/80"


@pytest.mark.corpus
@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar", "zh"])
def test_lineage_in_the_other_official_languages(shared_corpus: Path, language: str) -> None:
    """ "Rappelant sa résolution 74/80 ...", "回顾其...第74/80号决议": the series in that language."""
    folder = shared_corpus / "akn" / "mine-action"
    members = lineage(load_resolution(str(folder / f"A_RES_76_74.{language}.xml")), [folder])
    found = {m.symbol: m for m in members}
    assert found["A/RES/76/74"].recalls == "A/RES/74/80"
    assert found["A/RES/74/80"].path == folder / f"A_RES_74_80.{language}.xml"
    assert found["A/RES/74/80"].recalls == "A/RES/72/75"
