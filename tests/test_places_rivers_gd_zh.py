"""Rivers a Guangdong city's or county's report names by their banks and their works (made-up sentences; session 21).

- A verb at the start of the longest body before 江/河 + a bank word leaves the shorter name after it (加快某江流域).
- The items a list mark joins before a river a bank word names are rivers too (甲江、乙江综合整治), after any clause
  verb (新增甲江、乙江流域管网); a known river among them that holds a city's name (漠阳江) is the river.
- A name that opens with the suffix and crosses into the bank word (某某河南岸: 河南) is no place; the quoted plan
  “一河两岸” names its river as a bank does.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_verb_before_a_one_character_river_is_left_out(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加快螺江流域整治,改善水质。") == ["螺江"]


def test_earlier_items_of_a_river_list_a_bank_word_closes_are_rivers(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进莲江、螺河综合整治。") == ["莲江", "螺河"]
    assert places(matcher, "新增莲江、螺河流域污水管网80公里。") == ["莲江", "螺河"]


def test_a_known_river_holding_a_city_name_is_the_river(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进莲江、漠阳江、螺河综合整治。") == ["莲江", "漠阳江", "螺河"]


def test_a_province_read_across_a_river_and_its_bank_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "沙津河南岸绿道建成开放。") == ["沙津河"]


def test_the_plan_one_river_two_banks_names_its_river(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "编制沙津河“一河两岸”规划。") == ["沙津河"]
