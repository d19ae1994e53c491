"""Span edges and short forms of places in Guangdong work reports (made-up sentences; session 23).

- a city written right before a zone whose name opens with one of its districts is part of the zone's name;
- a pilot free trade zone written right before one of its parts (片区, 联动发展区) is one place, the part;
- the policy verbs jieba lacks (聚力, 提速, 盘活 …) open a clause, never a name;
- a district's report names its city's other districts by their short forms, also where the short form is another
  place's name (南海), never an ordinary word inside another word;
- a list item running on into a number (规划8区) is no item;
- Nansha New Area (a state-level new area) is a place of its own beside Nansha District.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def canonicals(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [c for _, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_city_before_a_zone_named_by_its_district_is_part_of_the_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "明年将携手打造广州南沙粤港澳产业深度合作示范区。") == ["广州南沙粤港澳产业深度合作示范区"]


def test_a_free_trade_zone_before_its_part_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "市里承载着广东自贸区茂名联动发展区等重大平台。") == ["广东自贸区茂名联动发展区"]
    assert "广东自贸区加快建设片区" not in places(matcher, "依托广东自贸区加快建设片区交通网络。")


def test_a_policy_verb_opens_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "●聚力滨江商务区") == ["滨江商务区"]
    assert places(matcher, "全力盘活东湖产业园存量用地。") == ["东湖产业园"]


def test_a_district_report_names_its_sibling_districts_short(matcher: ZhEntityMatcher) -> None:
    text = "顺德区政府工作报告。过去一年,区政府联动南海,携手禅城,共建边界产业园。"
    assert canonicals(matcher, text)[-2:] == ["Nanhai District", "Chancheng District"]


def test_a_sibling_short_form_inside_a_word_is_none(matcher: ZhEntityMatcher) -> None:
    assert canonicals(matcher, "清城区政府工作报告。区政府持续改善空气清新度。") == []
    assert "Nanhai District" not in canonicals(matcher, "霞山区政府工作报告。区政府守护南海,建设海洋牧场。")


def test_a_list_item_running_into_a_number_is_no_item(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "甲山工业园、乙岭产业园和规划8区等产业平台加快建设。") == ["甲山工业园", "乙岭产业园"]


def test_the_nansha_new_area_is_not_the_district(matcher: ZhEntityMatcher) -> None:
    assert canonicals(matcher, "南沙区紧紧围绕南沙新区建设中心任务。") == ["Nansha District", "Nansha New Area"]


def test_an_open_pit_modifier_opens_the_park_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "今年建成露天矿湿地公园环湖路。") == ["露天矿湿地公园"]


def test_the_central_business_district_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "●聚力中央活力区") == ["中央活力区"]
    assert places(matcher, "加快建设中央商务区。") == ["中央商务区"]
    assert places(matcher, "中央医院加快建设。") == []
