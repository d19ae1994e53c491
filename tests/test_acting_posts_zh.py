"""A division written right before its acting head's or executive deputy's title (某县代理县长 + the holder, 某市常务副市长)
names the post, no mention of the place, as 代县长 and 副市长 already do; the place elsewhere in the text stays (session
27, zhplfp). Data: place_post_after. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "——2024年1月8日在兴宁县第十五届人民代表大会第三次会议上\n\n  兴宁县代理县长 张明",
    "梅江区常务副区长李华出席会议。",
])
def test_a_division_before_an_acting_post_is_no_place(text: str) -> None:
    assert _places(text) == []


def test_the_place_as_a_place_stays() -> None:
    assert _places("代理县长张明到梅江区调研。") == ["梅江区"]
