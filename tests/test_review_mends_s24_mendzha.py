"""Session 24's review mends (revzh M1, M9, M3, M4, M5 …): rules that fired too widely (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def _places(matcher: ZhEntityMatcher, text: str, loc: str | None = None) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "PLACE"]


@pytest.mark.parametrize("text, one, two", [  # M1: two cities' zones of one kind are two places
    ("汕头、揭阳外贸回升。汕头跨境电子商务综合试验区进出口增长30%，揭阳跨境电子商务综合试验区进出口增长20%。",
     "汕头跨境电子商务综合试验区", "揭阳跨境电子商务综合试验区"),
    ("肇庆、江门两市发展较快。肇庆高新技术产业开发区营收增长10%，江门高新技术产业开发区营收增长8%。",
     "肇庆高新技术产业开发区", "江门高新技术产业开发区"),
    ("广州、深圳两市航空物流发达。广州空港经济区和深圳空港经济区加快发展。", "广州空港经济区", "深圳空港经济区"),
])
def test_two_cities_zones_stay_two(matcher: ZhEntityMatcher, text: str, one: str, two: str) -> None:
    canon = dict(_places(matcher, text))
    assert canon[one] == one and canon[two] == two


def test_a_zone_with_and_without_its_city_stays_one(matcher: ZhEntityMatcher) -> None:  # M1: the rule's purpose
    canon = _places(matcher, "茂名信宜市甲乙电子产业园建成。茂名和信宜今年引进企业8家,其中信宜甲乙电子产业园5家。")
    assert {c for s, c in canon if s.endswith("产业园")} == {"茂名信宜市甲乙电子产业园"}


def test_a_hong_kong_district_in_a_hong_kong_text_stays(matcher: ZhEntityMatcher) -> None:  # M9
    canon = _places(matcher, "沙田和大埔的交通有改善。另有港商在東莞沙田鎮設廠。", "hk")
    assert ("沙田", "沙田鎮") not in canon
    assert canon[0][0] == "沙田" and canon[0][1] != "沙田鎮"


@pytest.mark.parametrize("text, rivers", [  # M3: a verb after 支流 opens no river's name; the known river stays
    ("境内有三条支流汇入珠江。", ["珠江"]),
    ("该县主要支流有北江、西江两条。", ["北江", "西江"]),
    ("这条支流流经梅江。", []),  # 梅江 is no gazetteer river here: only the made-up 流经梅江 goes
    ("东江支流秋香江穿城而过。", ["东江", "秋香江"]),  # the rule's purpose: a known river ends the tributary's name
])
def test_a_verb_after_tributary_is_no_river(matcher: ZhEntityMatcher, text: str, rivers: list[str]) -> None:
    assert [s for s, _ in _places(matcher, text, "cn")] == rivers


def test_a_clause_before_an_industrial_base_names_none(matcher: ZhEntityMatcher) -> None:  # M4
    text = "惠州市委市政府高度重视产业基地建设。"
    assert [s for s, _ in _places(matcher, text, "cn")] == []
    assert [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"] == ["惠州市委", "市政府"]
    assert [s for s, _ in _places(matcher, "推进端州区智能装备数字经济产业园建设。", "cn")] == ["端州区智能装备数字经济产业园"]


@pytest.mark.parametrize("text, names", [  # M5: a city's platforms of a kind name no platform; a named one stays
    ("广州市重大产业平台建设加快推进。", ["广州市"]),
    ("阳江市产业平台招商引资成效明显。", ["阳江市"]),
    ("高标准建设肇庆融湾产业平台。", ["肇庆融湾产业平台"]),
])
def test_a_citys_major_platforms_are_no_name(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [s for s, _ in _places(matcher, text, "cn")] == names


@pytest.mark.parametrize("text, names", [  # S3, S8: a suffix whose last character opens a word with the next
    ("这里碧水蓝天湖光山色，风景秀丽。", []),
    ("端州区飞凤天湖风景秀丽。", ["端州区", "飞凤天湖"]),
    ("推进粤港合作园区建设。", []),
])
def test_a_suffix_opening_a_word_ends_no_name(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [s for s, _ in _places(matcher, text, "cn")] == names


def test_money_flowing_in_is_no_river(matcher: ZhEntityMatcher) -> None:  # S9; the water-supply clause keeps its river
    assert "香江" not in [s for s, _ in _places(matcher, "大量熱錢匯入香江，推高本地樓價。", "hk")]
    assert "新丰江" in [s for s, _ in _places(matcher, "两地的供水有一半是从新丰江汇入。", "cn")]


@pytest.mark.parametrize("text, names", [  # S2: a generic part after a park's part names none; a named one stays
    ("深江产业园大泽园区和物流园区加快建设。", ["深江产业园大泽园区"]),
    ("深江产业园大泽园区和司前园区加快建设。", ["深江产业园大泽园区", "司前园区"]),
])
def test_a_generic_part_after_a_parks_part_is_no_place(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [s for s, _ in _places(matcher, text, "cn")] == names
