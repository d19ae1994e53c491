"""Sites a Guangdong city's, district's or county's report names in its own words (made-up sentences; session 21).

- A meeting held 在 + a hall named by the level of the government that owns it (县大会堂, 区委区政府会堂, 市会议中心)
  names that county's or district's one hall, one place; the bodies inside it are no mentions there.
- An item alone before 等 + a count of two or more + a kind of village (某某等3条村) is one of those villages; a list
  most of whose items end in a settlement's head (某古村、某社区与某围) is a list of places.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def mentions(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab, _ in found(matcher, text, "cn")]


def test_a_county_hall_a_session_opens_in_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert mentions(matcher, "5月8日上午,某县第九届人民代表大会第三次会议在县大会堂隆重开幕。") == [("县大会堂", "PLACE")]
    assert mentions(matcher, "会议于昨日在县人民中心召开。") == [("县人民中心", "PLACE")]


def test_a_hall_named_by_the_district_committee_and_government_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert mentions(matcher, "区政协第五届委员会第二次会议在区委区政府三楼会议厅开幕。") == [("区委区政府三楼会议厅", "PLACE")]
    assert mentions(matcher, "全体会议在市會議中心舉行。") == [("市會議中心", "PLACE")]


def test_a_hall_no_level_names_or_no_meeting_held_stays_unnamed(matcher: ZhEntityMatcher) -> None:
    assert mentions(matcher, "会议在博物馆报告厅开幕。") == []
    assert mentions(matcher, "市民可在市会议中心参观展览。") == []


def test_one_village_named_of_a_counted_kind_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert [s for s, lab in mentions(matcher, "全镇改造提速,上围老屋等4条村获评省卫生村。") if lab == "PLACE"][:1] == ["上围老屋"]
    assert [s for s, lab in mentions(matcher, "去年,石岭下等5个行政村完成整治。") if lab == "PLACE"] == ["石岭下"]


def test_a_clause_or_a_kind_before_the_count_is_no_village(matcher: ZhEntityMatcher) -> None:
    assert mentions(matcher, "完成示范点等3个村的改造。") == []
    assert [s for s, lab in mentions(matcher, "推进美丽乡村等3个村建设。") if lab == "PLACE"] == []


def test_a_list_most_of_whose_items_are_settlements_is_a_list_of_places(matcher: ZhEntityMatcher) -> None:
    assert [s for s, lab in mentions(matcher, "今年整合石榴社区、东岭古村、红色上坪与黄家围,打造乡村振兴示范带。") if lab == "PLACE"] == \
        ["石榴社区", "东岭古村", "红色上坪", "黄家围"]


def test_a_list_of_kinds_of_settlement_is_no_list_of_places(matcher: ZhEntityMatcher) -> None:
    assert [s for s, lab in mentions(matcher, "推进农村、社区和园区建设,加强学校、社区、家庭协作。") if lab == "PLACE"] == []


def test_a_time_before_the_venue_or_the_meeting_after_it_keeps_the_hall(matcher: ZhEntityMatcher) -> None:
    assert [s for s, lab in mentions(matcher, "区九届人大二次会议今天上午在区委区政府会堂召开。") if lab == "PLACE"] == ["区委区政府会堂"]
    assert [s for s, lab in mentions(matcher, "县人大常委会在县会议中心举行第五次会议。") if lab == "PLACE"] == ["县会议中心"]
