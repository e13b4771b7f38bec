"""One test per rule of how the AKN reader (mineres.parse.akn) reads markup, named for the
rule: elements known by their local name in any namespace, whitespace-only normalisation of a
paragraph that cites no footnote, and the lead-phrase list loaded only for a paragraph the
markup leaves without italics."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from mineres.parse.akn import Inline, make_inline, parse_akn, parse_xml

from .conftest import FIXTURES

MARKUP = (FIXTURES / "akn" / "A_RES_76_74.en.xml").read_text(encoding="utf-8")
AKN_NAMESPACE = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'


def test_elements_are_known_by_their_local_name_in_any_namespace() -> None:
    assert AKN_NAMESPACE in MARKUP
    without = MARKUP.replace(AKN_NAMESPACE, "", 1)
    prefixed = re.sub(r"<(/?)(\w+)([\s>/])", r"<\1akn:\2\3", MARKUP).replace(
        AKN_NAMESPACE, AKN_NAMESPACE.replace("xmlns=", "xmlns:akn="), 1
    )
    assert "<akn:mainBody>" in prefixed
    read = parse_akn(MARKUP)
    assert read.operative and read.footnotes and read.metadata.meeting
    assert parse_akn(without) == read
    assert parse_akn(prefixed) == read


def test_the_tree_read_holds_local_names() -> None:
    root = parse_xml(MARKUP)
    assert root.tag == "akomaNtoso"
    assert all("}" not in element.tag for element in root.iter())


def test_a_paragraph_citing_no_footnote_has_only_its_whitespace_normalised() -> None:
    assert make_inline(" Recalling\u00a0 its\n\tresolution  ", "Recalling") == Inline(
        "Recalling its resolution", (), "Recalling"
    )


def test_a_footnote_marker_is_glued_to_the_word_before_it_and_remembered() -> None:
    assert make_inline("the Convention \ue0003\ue001, and") == Inline(
        "the Convention, and", ((3, 14),)
    )


def test_the_lead_phrase_list_is_loaded_only_when_a_paragraph_lacks_italics() -> None:
    code = (
        "import sys\n"
        "from mineres.parse.akn import parse_akn\n"
        f"parse_akn(open({str(FIXTURES / 'akn' / 'A_RES_76_74.en.xml')!r}).read())\n"
        "print('mineres.parse.leads' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "MINERES_CACHE": "off"},
        timeout=60,
        check=True,
    )
    assert run.stdout.strip() == "False"
