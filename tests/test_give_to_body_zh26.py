"""給 ('to, for') ends the clause before the body it gives to (session 26, zhinsthk): 增加資源給醫管局, 撥款給房委會,
交給運輸署 name the body, as 給予 did already. Data: entities_zh.json left_ok_words. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _bodies(text: str) -> list[str]:
    return sorted({i.canonical for i in extract_text(text, model="blank").institutions})


@pytest.mark.parametrize("text, want", [
    ("只要增加資源給醫管局聘請更多護士便可。", "Hospital Authority"),
    ("立法會通過撥款給房委會興建公屋。", "Hong Kong Housing Authority"),
    ("市民可把意見交給運輸署跟進。", "Transport Department"),
])
def test_the_body_after_gei_is_named(text: str, want: str) -> None:
    assert want in _bodies(text)


@pytest.mark.parametrize("text", [
    "這個小島一向自給自足。",
    "新社區設有給水及排水設施。",
])
def test_gei_inside_a_word_names_no_body(text: str) -> None:
    assert _bodies(text) == []
