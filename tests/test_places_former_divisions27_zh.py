"""Former names of Guangdong divisions (made-up sentences; session 22).

- A county-level city or county the State Council turned into a district keeps its former full name in older
  reports (增城市, 电白县): it names the district; the session line that writes it makes the short form the report's own.
- A district merged away (茂港区, 萝岗区) stays a place of its own, its short name read where its city is named.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_former_county_level_city_names_its_district(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "去年,从化市旅游收入增长两成。") == ["从化市"]
    assert places(matcher, "电白县沿海开发加快。") == ["电白县"]


def test_a_merged_district_is_read_beside_its_siblings(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "茂名市各区县增长较快,信宜和茂港增幅均在10%以上。")[-2:] == ["信宜", "茂港"]


def test_a_former_name_inside_common_words_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新增城市绿地100公顷。") == []


def test_an_old_town_area_is_no_district_of_another_province(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "系统提升古城区商圈业态。") == []
