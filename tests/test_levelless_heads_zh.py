"""coordination_zh (issue 14, session 27): a customs district is named by its city alone (深圳海关, no 市), and a list of
cities before one 海关 names one customs body per city (北京、广州及深圳海关 = three bodies), as 甲市和乙市公安局
names two bureaux. A city that only opens a clause before another city's customs stays a place (made-up text)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def mentions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(lab, c) for s, lab, c in found(matcher, text, loc)]


def test_a_list_of_cities_before_one_customs_names_each_customs(matcher: ZhEntityMatcher) -> None:
    got = mentions(matcher, "北京、广州及深圳海关联合开展打私专项行动。")
    assert ("INSTITUTION", "北京海关") in got and ("INSTITUTION", "广州海关") in got
    assert not any(lab == "PLACE" for lab, _ in got)
    got = mentions(matcher, "南京、苏州和无锡海关开展联合检查。")
    assert [c for lab, c in got if lab == "INSTITUTION"][:2] == ["南京海关", "苏州海关"]


def test_traditional_script_too(matcher: ZhEntityMatcher) -> None:
    got = mentions(matcher, "北京、廣州及深圳海關聯合行動。", "hk")
    assert sum(lab == "INSTITUTION" for lab, _ in got) == 3


def test_a_city_not_listed_before_the_customs_stays_a_place(matcher: ZhEntityMatcher) -> None:
    got = mentions(matcher, "他从北京来到深圳海关工作。")
    assert ("PLACE", "Beijing") in got
    assert not any(c == "北京海关" for _, c in got)


def test_a_province_before_a_city_customs_stays_a_place(matcher: ZhEntityMatcher) -> None:
    # a province has no customs of its own name: only divisions of the last city's level share the head (review M6)
    got = mentions(matcher, "湖南省、长沙海关联合执法。")
    assert ("PLACE", "Hunan") in got or any(lab == "PLACE" and c.startswith("Hunan") for lab, c in got)
    assert not any(c == "湖南省海关" for _, c in got)


def test_a_count_word_before_the_shared_head_belongs_to_no_name(matcher: ZhEntityMatcher) -> None:
    # 两市 counts the list (review M6 / lead L3): each city names its own customs
    got = mentions(matcher, "长沙、岳阳两市海关加强协作。")
    assert ("INSTITUTION", "长沙海关") in got and ("INSTITUTION", "岳阳海关") in got
    assert not any(c == "岳阳两市海关" for _, c in got)
