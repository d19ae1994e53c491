"""A plan named by its area without title marks (某都市圈发展规划, 某市国土空间规划) holds its place, as
某经济区专项规划 does (session 26, zhplfp; DECISIONS 21). Data: inner_places.name_after. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "深入落实成都都市圈发展规划。",
    "编制长沙市国土空间规划。",
])
def test_a_place_inside_a_plan_name_is_no_mention(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, want", [
    ("推动成都都市圈发展，规划建设科创走廊。", ["成都都市圈"]),
    ("国家批复实施南京都市圈发展规划，南京都市圈建设提速。", ["南京都市圈"]),
])
def test_the_area_outside_the_plan_name_stays(text: str, want: list[str]) -> None:
    assert _places(text) == want
