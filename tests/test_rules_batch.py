"""One test per rule of the batch's file selection (mineres.corpus.batch.expand_paths), named
for the rule: a folder is walked for every file but hidden ones, a hidden folder anywhere
below is not entered, a symbol is looked up in the library, anything else is tried as given."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mineres.corpus.batch import expand_paths, files_under, hidden

from .conftest import FIXTURES

MINE_ACTION = FIXTURES / "akn" / "A_RES_76_74.en.xml"


def make_tree(root: Path) -> Path:
    """A corpus folder as a user keeps it: a git checkout, notes, a nested session folder."""
    for relative in (
        "session-76/A_RES_76_74.en.xml",
        "session-76/.draft.en.xml",
        ".git/objects/ab/cdef",
        "session-76/.cache/index.json",
        "README.txt",
    ):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(MINE_ACTION, path)
    return root


def test_a_name_starting_with_a_dot_is_hidden() -> None:
    assert hidden(".git") and hidden(".draft.en.xml")
    assert not hidden("A_RES_76_74.en.xml") and not hidden("notes.")


def test_hidden_files_and_folders_anywhere_below_are_left_out(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "corpus")
    assert files_under(root) == [
        root / "README.txt",
        root / "session-76" / "A_RES_76_74.en.xml",
    ]


def test_the_folder_given_may_itself_be_hidden(tmp_path: Path) -> None:
    """Only names below the folder the user named hide a file."""
    root = make_tree(tmp_path / ".corpus")
    assert expand_paths([str(root)]) == [
        str(root / "README.txt"),
        str(root / "session-76" / "A_RES_76_74.en.xml"),
    ]


def test_a_symbol_is_looked_up_in_the_library(tmp_path: Path) -> None:
    library = make_tree(tmp_path / "library") / "session-76"
    assert expand_paths(["A/RES/76/74"], [library]) == [str(library / "A_RES_76_74.en.xml")]


def test_anything_else_is_tried_as_given_and_reported_there(tmp_path: Path) -> None:
    """A missing file, a symbol no library has: kept, so the batch counts it as skipped."""
    missing = str(tmp_path / "missing.txt")
    library = make_tree(tmp_path / "library")
    assert expand_paths([missing, "A/RES/99/999"], [library]) == [missing, "A/RES/99/999"]


def test_an_existing_file_is_taken_before_a_symbol_of_the_same_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "76/74" names a file here (folder 76, file 74): the file is tried, not the library's."""
    library = make_tree(tmp_path / "library")
    (tmp_path / "76").mkdir()
    shutil.copyfile(MINE_ACTION, tmp_path / "76" / "74")
    monkeypatch.chdir(tmp_path)
    assert expand_paths(["76/74"], [library]) == ["76/74"]
