"""Session 29 (zhplfp): a settlement head after a word of status or character (卫生镇 / 卫生村 / 卫生社区, the hygienic-town
honours; 空壳村; 涉农街道; 城市化小区; 高尚住宅区) names a kind, no place, and a province that only confers the hygienic
honour (广东省卫生镇) is inside the title; the province acting stays (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


@pytest.mark.parametrize("text", [
    "该镇先后获评为广东省卫生镇。",
    "全县新增福建省卫生村12个、卫生社区3个。",
    "昔日的“空壳村”,如今面貌一新。",
    "该街道属城乡结合部的涉农街道。",
    "在城市化小区设置便民服务点。",
    "这里是全市的高尚住宅区。",
])
def test_a_kind_of_settlement_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_the_province_acting_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "福建省加快推进卫生村建设。") == ["福建省"]


def test_a_named_village_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "石滩镇新屋村获评卫生村。") == ["石滩镇", "新屋村"]
