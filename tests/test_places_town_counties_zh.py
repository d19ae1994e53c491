"""towns_zh.counties_written: a text that writes a county's town in full, by a name no other county's town has,
is set in that county, so the county's short form and its other towns count as where the county is named
(made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_towns_unique_full_name_names_its_county(matcher: ZhEntityMatcher) -> None:
    text = "牛江镇推进农房改造，良西镇茶园扩种，恩平温泉品牌更响。"
    assert places(matcher, text) == [("牛江镇", "牛江镇"), ("良西镇", "良西镇"), ("恩平", "Enping")]


def test_a_village_after_a_towns_short_form_in_that_county(matcher: ZhEntityMatcher) -> None:
    text = "恩城街道完成改造，君堂龙湾村入选省级森林乡村。"
    assert places(matcher, text) == [("恩城街道", "恩城街道"), ("君堂", "君堂镇"), ("龙湾村", "龙湾村")]


def test_a_town_name_many_counties_share_names_no_county(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新华街道完成改造，擦亮恩平温泉品牌。") == [("新华街道", "新华街道")]

