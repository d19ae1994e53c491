"""own_division_zh: an excerpt with no header speaks for its own district, county or county-level city, written by
its short form where the text writes that level's bodies by the level alone (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_districts_short_form_after_the_copula_is_the_reports_own_district(matcher: ZhEntityMatcher) -> None:
    text = "2031年是极不寻常的一年，也是斗门加快转型的一年。在区委的领导下，全区经济稳中有进。"
    assert places(matcher, text) == [("斗门", "Doumen District")]


def test_a_county_written_twice_with_its_county_bodies(matcher: ZhEntityMatcher) -> None:
    text = "县政府推动新丰农业发展，支持新丰茶叶品牌走向全国，全县农民增收。"
    assert places(matcher, text) == [("新丰", "Xinfeng County"), ("新丰", "Xinfeng County")]


def test_a_county_level_citys_short_form_with_its_city_bodies(matcher: ZhEntityMatcher) -> None:
    text = "一年来，市政府团结带领全市人民奋力拼搏，恩平经济保持平稳增长。"
    assert places(matcher, text) == [("恩平", "Enping")]


def test_no_level_body_no_own_division(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "2031年是极不寻常的一年，也是斗门加快转型的一年。") == []


def test_a_special_administrative_regions_government_is_no_district_body(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "特区政府宣布，也是斗门加快转型的一年。") == []


def test_once_inside_a_clause_is_not_enough(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "在区委领导下，推动斗门加快转型。") == []


def test_a_short_form_two_districts_share_names_no_own_district(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "2031年是极不寻常的一年，也是鼓楼加快转型的一年。在区委的领导下，全区经济稳中有进。")
    assert not any(c.startswith("Gulou") for _, c in got)
