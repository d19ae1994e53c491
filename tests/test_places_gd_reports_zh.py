"""Mainland places in provincial and city work reports, on made-up sentences: titles conferred on a place and other
kinds that name no place (国家…综合试验区, 全县产业园区, 进口口岸, 五大都市圈, 人才港), places inside an event's name
(第N届…论坛), a city written before a district that names a session or a post, stations before a word of travel,
a rail hub before its station, 和 after a facility (no 和平县), a province's own regional strategy, and Guangdong's
regions (潮汕, 北部生态发展区)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, label, _ in found(matcher, text, loc) if label == "PLACE"]


@pytest.mark.parametrize("text", [
    "该市获批国家跨境电商综合试验区。",  # a title the State confers: a kind of zone
    "荣获“全国乡村振兴示范区”称号。",  # the same title in quotes
    "全县工业园区完成投资20亿元。",
    "县产业转移工业园获批省级高新区。",
    "申报设立肉类进口口岸。",  # a port designated for a kind of import
    "发布五大都市圈发展规划。",  # a count of kinds
    "建成人才港。",  # a metaphor, no port
])
def test_a_kind_of_zone_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_places_inside_an_events_name_are_no_mentions(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "举办第三届海峡两岸茶业博览会和第五届中国(梅州)客家文化节。") == []


@pytest.mark.parametrize("text", [
    "2022年1月5日在茂名市电白区第二届人民代表大会第一次会议上",  # the city and its district name the session
    "茂名市电白区代区长作报告。",  # and the post
])
def test_a_city_before_a_district_names_the_session_or_post_too(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_station_ends_before_a_word_of_travel(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "首趟列车由香港西九龙站始发。") == ["香港西九龙站"]


def test_a_rail_hub_is_written_before_its_station(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进广州枢纽白云站改造。") == ["广州", "白云站"]


def test_a_city_in_a_common_word_is_no_city(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "建设现代化滨海城市和沿海城市。") == []  # no 海城市 (Haicheng)
    assert places(matcher, "辽宁海城市发展菱镁产业。") == ["辽宁", "海城市"]


def test_he_after_a_facility_is_a_conjunction(matcher: ZhEntityMatcher) -> None:
    # 和平 opens 和平县 only where 和 is no conjunction: the airport stays a place, the route's places do not
    assert places(matcher, "开工建设珠海新机场和平远至龙川高速公路。") == ["珠海新机场"]


def test_a_provinces_regional_strategy_is_a_policy(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "落实促进粤东西北地区振兴发展的部署。") == []
    assert places(matcher, "增速居粤东西北首位。") == ["粤东西北"]  # the region standing alone


def test_guangdongs_regions(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动潮汕地区和北部生态发展区协调发展。") == ["潮汕地区", "北部生态发展区"]
    assert places(matcher, "扩建潮汕机场。") == ["潮汕机场"]  # the region's name names its airport


def test_a_west_area_is_no_district(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "在校园西区新建实验楼。") == []  # Panzhihua's 西区 only by its city (divisions script)


def test_a_places_whole_territory_ends_it(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "都市圈范围包括江门全域和台山新区。") == ["江门", "台山新区"]


def test_a_count_of_regions_closes_a_list_of_their_names(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动南宁、北钦防、柳来河三大城市群协同发展。") == ["南宁", "北钦防", "柳来河"]
    # the short form takes the full name the same text writes
    found_ = found(matcher, "建设北钦防城市群,推动南宁、北钦防两大城市群联动。", "cn")
    assert [(s, c) for s, lab, c in found_ if lab == "PLACE" and s.startswith("北")] == [
        ("北钦防城市群", "北钦防城市群"), ("北钦防", "北钦防城市群")]


def test_a_town_ends_before_a_border_word(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "项目位于沙溪镇与大涌镇交界处。") == ["沙溪镇", "大涌镇"]


def test_an_old_treaty_port_quarter_after_a_known_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "活化厦门鼓浪屿开埠区。") == ["厦门鼓浪屿开埠区"]
    assert places(matcher, "保护好老城开埠区。") == []  # only after a known place


def test_guangdongs_platforms_and_the_estuary(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "支持深汕特别合作区建设。") == ["深汕特别合作区"]
    assert places(matcher, "打造环珠江口黄金内湾。") == ["珠江口"]


def test_coordinated_places_share_a_plans_head(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "编制广州、佛山、肇庆国土空间规划。") == []  # three plans, no places (DECISIONS 21)
    assert places(matcher, "支持汕头、湛江建设出口加工区。") == ["汕头", "湛江"]  # a verb, no plan's name


def test_compass_points_in_a_row_are_no_region(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "东西北地区提出绿色崛起,西北地区加快发展。") == ["西北地区"]


def test_the_next_stop_is_no_station(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "惠州 下一站:建设国家中心城市。") == ["惠州"]


def test_lingnan_is_a_region(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "此时此刻的岭南大地年味正浓。") == ["岭南"]


def test_a_city_hall_and_a_metro_line(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "大会在江门市大礼堂开幕。") == ["江门市大礼堂"]
    assert places(matcher, "在学校大礼堂举行典礼。") == []  # a kind, only after a known place
    assert places(matcher, "加快深圳地铁16号线二期东延坪山段建设。") == []  # the line's name holds the places


def test_the_banks_of_the_pearl_river_are_regions(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加快打造珠江东岸新增长极。") == ["珠江东岸"]
    assert places(matcher, "在珠江口西岸,一片热土蓄势待发。") == ["珠江口西岸"]
    assert places(matcher, "建设珠江口西岸都市圈。") == ["珠江口西岸都市圈"]  # a region names one metropolitan area


def test_a_division_naming_a_report_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "2023年清远市清城区政府工作报告") == []  # the report's title (DECISIONS 21)
    # a reposting site's bracketed category label opening the title line (session 22 ruling): no place
    assert places(matcher, "(广东省)2021年韶关市人民政府工作报告(全文)") == []


def test_streets_counted_after_a_list_close_it(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新区下辖石岗、沙埔、东澳3个街道。") == ["石岗", "沙埔", "东澳"]


@pytest.mark.parametrize("text", [
    "拥有长达20公里的优质港口岸线。",  # 岸线 'shoreline': no crossing
    "打造渔港经济区,推进港口码头建设。",  # kinds
])
def test_no_place_in_these_kinds(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_named_bases_and_cooperation_zones(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "带动阳西海工基地二期提级增效。") == ["阳西海工基地"]
    assert places(matcher, "规划建设肇云经济合作区、粤澳新型工业化合作示范区。") == [
        "肇云经济合作区", "粤澳新型工业化合作示范区"]


def test_a_verb_ending_in_a_boundary_character_opens_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "一分钟了解大亚湾开发区。") == ["大亚湾开发区"]


def test_a_short_county_name_right_after_its_sibling(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "韶关经济稳定。仁化始兴旅游收入增长。") == ["韶关", "仁化", "始兴"]


def test_a_railway_named_by_its_towns_first_characters(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进珠江肇高铁、赣深高铁前期工作。") == []  # 珠海-江门-肇庆: no Pearl River
    assert places(matcher, "建设珠海高铁站。") == ["珠海高铁站"]  # a station
    assert places(matcher, "推进南沙至前海的铁路。") == ["南沙", "前海"]  # 的: a place, then the railway


def test_a_port_area_under_its_ports_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进广州港南沙港区四期工程建设。") == ["广州港", "南沙港区"]
