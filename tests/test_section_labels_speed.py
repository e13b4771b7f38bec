"""The quick refusal of blocks that open with an ASCII character as section labels written as
words refuses only what the full reading refuses."""

from __future__ import annotations

import pytest

from mineres.un import text_forms
from mineres.un.text_forms import section_label_id, split_section_label

BLOCKS = [
    "Recalling its resolution 58/127,",
    "1. Decides to remain seized of the matter;",
    "(a) To strengthen;",
    "I. Follow-up",
    "A",
    "",
    "  ",
    "一 内部监督事务厅的活动",
    "一、会议日历",
    "أولا الميزانية",
    "حادي عشر الميزانية",
    "\u0640أولا",
    " 二",
]


@pytest.mark.parametrize("block", BLOCKS)
def test_the_quick_refusal_agrees_with_the_full_reading(
    block: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = (split_section_label(block), section_label_id(block))
    monkeypatch.setattr(text_forms, "word_labels_beyond_ascii", lambda: False)
    assert (split_section_label(block), section_label_id(block)) == quick


def test_labels_written_as_words_are_still_read() -> None:
    assert split_section_label("一 内部监督事务厅的活动") == ("一", "内部监督事务厅的活动")
    assert section_label_id("أولا") == "I"
