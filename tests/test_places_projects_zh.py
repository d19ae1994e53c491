"""Mainland places in project lists and reports, on made-up sentences: railways and works along a route are no
places, left words and kinds around a facility's name, zone and hydro-junction suffixes, and the gazetteer's short
names (a prefecture's name that is also a word, an autonomous county's name without its peoples)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, label, _ in found(matcher, text, loc) if label == "PLACE"]


def test_railways_and_roads_in_a_list_of_projects_make_it_no_list_of_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "沪蛙高速改扩建、蛙九高铁、长蛙高铁、瑞蛙铁路、广州、深圳、珠海等开工建设。") == [
        "广州", "深圳", "珠海"]


@pytest.mark.parametrize(("text", "kept"), [
    ("青岛至济南特高压工程开工建设。", []),  # a works along a route between two cities
    ("推进马村港及配套工程建设。", ["马村港"]),  # 及 joins no route ends: the port stays
])
def test_places_in_a_works_named_by_its_route_are_not_listed(matcher: ZhEntityMatcher, text: str,
                                                             kept: list[str]) -> None:
    assert places(matcher, text) == kept


@pytest.mark.parametrize(("text", "names"), [
    ("随着青蛙机场、红蛙机场基本建成，交通更便捷。", ["青蛙机场", "红蛙机场"]),  # 随着 ('as') starts no name
    ("隨著青蛙機場基本建成。", ["青蛙機場"]),
    ("滚动开展开发区“三个一批”活动。", []),  # 开展 ('carry out') + a kind of zone
    ("新疆民用机场总数将达到25个。", ["新疆"]),  # 民用 ('civil'): Xinjiang's airports, a kind
    ("广东主要港口吞吐量增长。", ["广东"]),
])
def test_words_left_of_a_facility_and_kinds_after_a_place_make_no_name(matcher: ZhEntityMatcher, text: str,
                                                                       names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "name"), [
    ("获列为青蛙运河经济带核心城市。", "青蛙运河经济带"),
    ("青蛙八字嘴航电枢纽建成投运。", "青蛙八字嘴航电枢纽"),
])
def test_economic_belts_and_navigation_hydropower_junctions(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert places(matcher, text) == [name]


def test_a_place_before_newly_started_projects_is_no_project_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "从地区分布看：沈阳市新开工项目267个。") == ["沈阳市"]
    assert places(matcher, "推进沈阳市智慧城市项目。") == []  # a project's name: the place in it is no mention


def test_a_prefectures_short_name_that_is_a_word_counts_where_its_province_is_named(
        matcher: ZhEntityMatcher) -> None:
    got = [(s, c) for s, lab, c in found(matcher, "辽宁省新开工项目中，锦州139个，朝阳115个。", "cn")]
    assert ("朝阳", "Zhaoyang") in got  # the city (pinyin from the package reads 朝 as zhao)
    assert places(matcher, "朝阳115个。") == []  # no division of Liaoning named: the word reading stays
    # a sibling prefecture named is context as the province is (session 8: 西宁、海东): the text lists cities
    assert places(matcher, "锦州139个，朝阳115个。") == ["锦州", "朝阳"]
    assert places(matcher, "辽宁省大力发展朝阳产业。") == ["辽宁省"]  # 'sunrise industries': no boundary after it


def test_an_autonomous_countys_name_without_its_peoples(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "前郭尔罗斯的粮食产量、莫力达瓦的大豆产量均增长。", "cn")
    assert [(s, c) for s, _, c in got] == [("前郭尔罗斯", "Qianguo Autonomous County"),
                                          ("莫力达瓦", "Moqi Autonomous Banner")]


def test_a_companys_site_with_its_host_place_in_brackets_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "青蛙电器(赣州)智能制造基地等投运投产。") == ["青蛙电器(赣州)智能制造基地"]
    assert places(matcher, "建设新能源汽车产业基地。") == []  # no bracket: a kind of base


def test_a_park_named_by_a_place_and_a_quoted_word_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "北流“青蛙”产业园产值达到167亿元。") == ["北流“青蛙”产业园"]
    assert places(matcher, "广州“一区三城”建设提速。") == ["广州"]  # a quoted slogan with no place suffix after it


def test_a_provinces_regions_as_its_government_names_them(matcher: ZhEntityMatcher) -> None:
    got = [(s, c) for s, lab, c in found(matcher, "北疆首条沙漠高速公路建成，推动苏北、皖北和陕南发展。", "cn")]
    assert got == [("北疆", "Northern Xinjiang"), ("苏北", "Northern Jiangsu"), ("皖北", "Northern Anhui"),
                   ("陕南", "Southern Shaanxi")]
    assert places(matcher, "在机关中开展活动。") == []  # 关中 is left out: 机关中 would misread it


def test_a_count_and_a_kind_close_a_list_of_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "拥有霍尔果斯、青蛙塔、红蛙特3个国家一类口岸。") == ["霍尔果斯", "青蛙塔", "红蛙特"]


@pytest.mark.parametrize(("text", "names"), [
    ("完工轨道1号线青蛙门站、5号线红蛙子站。", ["青蛙门站", "红蛙子站"]),  # a line's label ends before its station
    ("完工青蛙桥立交、推动青蛙碑步行街提升。", ["青蛙桥立交", "青蛙碑步行街"]),
    ("基本建成青蛙街传统风貌区和红蛙巷老街区。", ["青蛙街传统风貌区", "红蛙巷老街区"]),
])
def test_stations_interchanges_streets_and_heritage_quarters(matcher: ZhEntityMatcher, text: str,
                                                             names: list[str]) -> None:
    assert places(matcher, text) == names


def test_a_place_in_an_honours_title_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "获评广东沿海经济带建设先锋。") == []
    assert places(matcher, "推进广东沿海经济带发展。") == ["广东沿海经济带"]
    assert places(matcher, "参观江门市规划展览馆。") == ["江门市规划展览馆"]  # 规划 inside the name heads nothing
    assert places(matcher, "三亚经济圈产业发展规划完成编制。") == ["三亚经济圈"]  # a plan for the zone names it


def test_a_districts_short_name_that_starts_a_projects_name_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "重庆市创建云阳世界地质公园，开州崖柏保护利用项目获评范例奖。") == ["重庆市", "云阳世界地质公园"]
    assert "开州" in places(matcher, "重庆市发展加快，开州、云阳两地受益。")


def test_he_county_after_a_bodys_word_is_the_conjunction(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "在党委、政府和县委的坚强领导下。", "cn")
    assert not any("和县" in s or "和县" in c or "Hexian" in c for s, _, c in got)  # no 中共和县委员会
    assert places(matcher, "马鞍山市和县发展。") == ["马鞍山市", "和县"]


def test_a_mainland_city_is_never_joined_to_a_hong_kong_place_of_the_same_short_name(
        matcher: ZhEntityMatcher) -> None:
    assert [c for _, _, c in found(matcher, "安徽省马鞍山市。", "cn")] == ["Anhui", "Ma'anshan"]


def test_a_place_that_starts_a_festivals_name_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "成功举办中国艺术节、全国青年美术作品展览。") == []
    assert places(matcher, "实现青蛙马路老街区开街运营。") == ["青蛙马路老街区"]  # 实现 ('achieve') starts no name


@pytest.mark.parametrize(("text", "names"), [
    ("有著名的青蛙提、红蛙拉等天山草原风光。", ["青蛙提", "红蛙拉", "天山"]),  # a range in a clause about scenery
    ("武隆仙女山获评全国高质量户外运动目的地。", ["仙女山"]),
    ("游客登山观光人数增长。", []),  # 登山 ('climb a mountain') is a verb
    ("天山南北经济协调发展。", []),  # no scenery or tourism in the clause: the name is not read
    ("佛山、中山旅游收入增长。", ["佛山", "中山"]),  # the cities keep their own spans
])
def test_mountains_are_read_in_a_clause_about_scenery_or_tourism(matcher: ZhEntityMatcher, text: str,
                                                                  names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("青垟工业园二期、红蛙生物质电厂等项目投产。", ["青垟工业园", "红蛙生物质电厂"]),  # 青蛙 (frog) is a word: a kind
    ("开工建设敦化青蛙水利枢纽等项目。", ["敦化青蛙水利枢纽"]),
    ("小青蛙沟水库进行坝体浇筑。", ["小青蛙沟水库"]),
    ("全力推进青蛙湾-文化宫-大礼堂文化风貌片区保护改造。", ["青蛙湾-文化宫-大礼堂文化风貌片区"]),
    ("今年，西宁—海东都市圈一体化重点项目稳步推进。", ["西宁—海东都市圈"]),
    ("完工青蛙门-红蛙门段岸线提升。", []),  # a dash before 段 names a route's section
])
def test_parks_plants_reservoirs_and_areas_named_by_places_joined_by_dashes(matcher: ZhEntityMatcher, text: str,
                                                                            names: list[str]) -> None:
    assert places(matcher, text) == names


def test_a_place_before_its_major_projects_is_a_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "承接北京重大项目99个。") == ["北京"]


def test_a_river_in_a_routes_name_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "开工建设鹤大高速公路敦化青蛙岭至二道松花江段、青蛙水利枢纽等项目。") == ["青蛙水利枢纽"]


@pytest.mark.parametrize("text", [
    "西宁至成都铁路、机场三期、G0612西宁至和田高速湟源至西海等项目全速推进。",  # 和 starts 和田; a section after the head
    "和平至龙川高速公路建成通车。",
])
def test_route_ends_that_start_with_he_and_sections_after_a_routes_head(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_border_cooperation_zones_and_natural_sites_closing_a_list(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进珲春边境经济合作区建设。") == ["珲春边境经济合作区"]
    assert places(matcher, "有著名的青蛙提、红蛙拉、绿蛙峻等天山草原风光。") == ["青蛙提", "红蛙拉", "绿蛙峻", "天山"]
