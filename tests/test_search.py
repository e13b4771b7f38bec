"""search: patterns checked once before any document is read, plain-text search with -F, and
symbols matched in any case."""

from __future__ import annotations

import pytest

from mineres.corpus.search import Query, compile_regex
from mineres.documents import load_resolution
from mineres.errors import MineresError
from mineres.select import comparable_symbol

from .conftest import run_cli


@pytest.fixture(autouse=True)
def isolated(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", f"{tmp_path}/config")
    monkeypatch.setenv("XDG_CACHE_HOME", f"{tmp_path}/cache")
    monkeypatch.delenv("MINERES_LIBRARY", raising=False)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_cli(capsys, *args)


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [("[a-", "unterminated character set"), ("x{99999999999}", "repetition number is too large")],
)
def test_an_invalid_pattern_is_one_line_and_exit_2(
    pattern: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["search", pattern, "74/80", "76/74", "-f", "tsv"], capsys)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1, err
    assert err.startswith("mineres: invalid regular expression") and reason in err
    assert "internal error" not in err


def test_an_invalid_pattern_is_never_searched_as_plain_text() -> None:
    with pytest.raises(MineresError):
        compile_regex("[a-")
    assert compile_regex("[a-", fixed=True).search("letters [a-z]") is not None


def test_fixed_strings_search_for_the_text_itself(capsys: pytest.CaptureFixture[str]) -> None:
    """As a regex "(a)" is any "a"; as text it is the label of a sub-paragraph."""
    code, out, _ = run(["search", "-F", "(a)", "74/80", "-f", "tsv"], capsys)
    literal = [line.split("\t")[1] for line in out.splitlines()[1:]]
    assert code == 0 and literal == ["OP4"]  # the one paragraph of 74/80 with sub-paragraphs
    as_regex = Query("(a)")(load_resolution("74/80"))
    assert len(as_regex) == 43  # every paragraph of 74/80 (23 preambular, 20 operative)
    code, out, err = run(["search", "--fixed-strings", "[a-", "58/127"], capsys)
    assert (code, out) == (1, "") and "invalid" not in err


@pytest.mark.parametrize("typed", ["A/58/260", "a/58/260", " a/58/260 "])
def test_cites_matches_a_document_symbol_in_any_case(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A/58/260 (the Secretary-General's report) is footnote 10 of 58/127, cited from OP1."""
    code, out, _ = run(["search", "", "58/127", "--cites", typed, "-f", "tsv"], capsys)
    assert code == 0
    assert [line.split("\t")[1] for line in out.splitlines()[1:]] == ["OP1"]


def test_symbols_compare_in_any_case_and_resolution_numbers_in_full() -> None:
    assert comparable_symbol("a/res/57/159") == comparable_symbol("57/159") == "A/RES/57/159"
    assert comparable_symbol("A/58/260/Add.1") == comparable_symbol("a/58/260/add.1")
    assert comparable_symbol("A/58/260") != comparable_symbol("A/58/260/Add.1")
