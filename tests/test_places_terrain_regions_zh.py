"""suffix_zh data (issue 14, session 26): a basin is named by its place (某某盆地, like 某某平原); a known region + a
kind of terrain + a landform (某地山区丘陵平原) describes the region's land and names only the region. Made-up
sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_basin_named_by_its_place(matcher: ZhEntityMatcher) -> None:
    assert "韶关盆地" in places(matcher, "该镇位于韶关盆地北缘，气候温和。")


def test_terrain_words_after_a_region_name_only_the_region(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "全镇地处粤西山区丘陵平原过渡地带。")
    assert "粤西" in got and not any("丘陵" in p for p in got)


def test_a_basin_without_a_name_is_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "该盆地四面环山，山区丘陵面积大。") == []
