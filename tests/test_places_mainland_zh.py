"""Mainland place classes on made-up sentences: addresses (county + town + village), lists closed by a kind of
place, extents, interchanges, zones and city clusters, routes with counts or brackets, district short names."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, label, _ in found(matcher, text, loc) if label == "PLACE"]


@pytest.mark.parametrize(("text", "names"), [
    ("起点位于龙山县青蛙镇红蛙寨，终点在吉首市。", ["龙山县", "青蛙镇", "红蛙寨", "吉首市"]),
    ("项目位於永順縣綠蛙鎮白蛙村。", ["永順縣", "綠蛙鎮", "白蛙村"]),
    ("终点设在吉首市青蛙村东南侧。", ["吉首市", "青蛙村"]),  # a village right after the city
    ("入选的是长沙县青蛙镇,以及浏阳市青蛙街道红蛙社区。", ["长沙县", "青蛙镇", "浏阳市", "青蛙街道", "红蛙社区"]),
])
def test_an_address_gives_one_place_per_level(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize("text", [
    "龙山县重点镇建设加快，龙山县各乡镇通客车。",  # kinds of town
    "龙山县乡村振兴成效明显，龙山县城镇化率提高。",  # 乡村, 城镇 are words, not town names
])
def test_kinds_of_town_and_village_are_no_places(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == ["龙山县", "龙山县"]


@pytest.mark.parametrize(("text", "names"), [
    ("有序推进青蛙山、红蛙天池、阿蛙吉、白蛙雪山等景点景区开发。", ["青蛙山", "红蛙天池", "阿蛙吉", "白蛙雪山"]),
    ("游客可以更方便到达青蛙大峡谷、红蛙河镇、绿蛙古镇以及八蛙山等著名景区。",
     ["青蛙大峡谷", "红蛙河镇", "绿蛙古镇", "八蛙山"]),  # 到达 split by the boundary 到; 以及; a numeral starts 八蛙山
])
def test_items_of_a_list_that_a_kind_of_place_closes_are_places(matcher: ZhEntityMatcher, text: str,
                                                                  names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize("text", [
    "推动金融、科技等城市功能提升。",  # abstract nouns
    "建设三个景区、五个村落等景区。",  # counted kinds
    "发展观光、康养等旅游区业态。",  # activities before the kind
])
def test_lists_closed_by_a_kind_need_name_like_items(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_the_ends_of_an_extent_are_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "这条轴线全长近25公里、东起青蛙引河西至红蛙河的城市主干道。") == ["青蛙引河", "红蛙河"]


@pytest.mark.parametrize(("text", "name"), [
    ("起点设青蛙枢纽互通，与红蛙高速相接。", "青蛙枢纽互通"),
    ("打造青烟蛙城市群会客厅。", "青烟蛙城市群"),
    ("在起步区青蛙中心片区，项目建设繁忙。", "起步区青蛙中心片区"),
    ("在启动区青蛙中心片区，项目建设繁忙。", "启动区青蛙中心片区"),  # 启动区 is a noun: no verb 启动 cuts it
    ("加快青蛙月光城特色小镇建设。", "青蛙月光城特色小镇"),
    ("高标准规划建设青蛙杜鹃林生态旅游区。", "青蛙杜鹃林生态旅游区"),
    ("抓好青蛙措国家公园提质升级。", "青蛙措国家公园"),  # 抓好 is a verb before the name
])
def test_interchanges_clusters_districts_towns_and_tourism_areas(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert places(matcher, text) == [name]


@pytest.mark.parametrize("text", [
    "推进互联互通和数据互通。",  # 互通 after no known place is a verb
    "青岛北部首家三甲医院开诊。",  # 首家 ('the first') makes a description, not a name
    "在加快打造青岛辐射带动半岛一体化发展桥头堡。",  # a verb in the body: no place 青岛…半岛
])
def test_descriptions_and_verbs_make_no_suffix_name(matcher: ZhEntityMatcher, text: str) -> None:
    assert all(p in ("青岛",) for p in places(matcher, text))


@pytest.mark.parametrize("text", [
    "建成柞水至山阳、吴起至定边等4条高速公路。",  # a count before the head
    "全力推进维西到巨甸等二级公路的建设。",  # X到Y and a road class
    "终于S10张花高速（张家界至花垣）互通处。",  # a road name's expansion in brackets
])
def test_places_in_route_designations_are_not_listed(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_province_before_a_route_locates_it(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "与湖北省恩施至来凤公路对接。") == ["湖北省"]


def test_a_short_district_name_read_where_its_prefecture_is_named_is_dropped_inside_a_route(
        matcher: ZhEntityMatcher) -> None:
    assert "吴起" not in places(matcher, "延安市加快建设，吴起至定边等4条高速公路建成。")


def test_a_county_level_citys_archaic_dictionary_word_is_still_its_name_where_the_prefecture_is_named(
        matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "青岛市加快发展，从平度乘高铁可直达济南。") == ["青岛市", "平度", "济南"]
    assert "平度" not in places(matcher, "从平度乘高铁可直达济南。")  # no prefecture named: the word reading stays


def test_a_convention_centre_is_hong_kongs_only_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新区将规划会展中心与商务区。", "cn") == []
    assert places(matcher, "市民前往會展中心參觀。", "hk") == ["會展中心"]


def test_an_interchange_named_by_a_place_and_a_compass_point(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "终点设青蛙西互通，推进互联互通和东西互通。") == ["青蛙西互通"]


def test_a_route_name_may_stand_among_the_routes_of_a_list(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进维西到兰坪、青蛙旅游东环线、维西到巨甸等二级公路的建设。") == []


def test_a_universitys_campus_is_a_place_and_the_university_in_it_no_mention(matcher: ZhEntityMatcher) -> None:
    got = [(s, lab) for s, lab, _ in found(matcher, "青蛙农业大学红蛙校区竣工交付，青蛙农业大学招生。", "cn")]
    assert got == [("青蛙农业大学红蛙校区", "PLACE"), ("青蛙农业大学", "INSTITUTION")]


def test_an_autonomous_prefectures_party_committee_and_government(matcher: ZhEntityMatcher) -> None:
    got = [(s, lab, c) for s, lab, c in found(matcher, "迪庆藏族自治州委、州政府召开大会。", "cn")]
    assert got == [("迪庆藏族自治州委", "INSTITUTION", "中共迪庆藏族自治州委员会"),
                   ("州政府", "INSTITUTION", "迪庆藏族自治州人民政府")]
    assert [s for s, lab, _ in found(matcher, "广州政府和贵州政府", "cn")] == ["广州", "贵州"]  # no 自治州 there


def test_a_list_of_addresses_with_longer_town_names(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "包括:宁远县青蛙镇红蛙村、桃源县枫树青蛙乡青蛙新村。") == [
        "宁远县", "青蛙镇", "红蛙村", "桃源县", "枫树青蛙乡", "青蛙新村"]  # no bay 宁远县湾 before 湾井镇-like names
    assert places(matcher, "宁远县湾蛙镇发展。") == ["宁远县", "湾蛙镇"]
    assert places(matcher, "平度市加快发展乡村旅游。") == ["平度市"]  # a verb, no town


def test_a_bodys_deputy_head_is_a_post_not_a_longer_name(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "贵州省公路局副局长青蛙如是说。", "cn") == []


def test_an_event_named_with_its_host_in_brackets_lists_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "成功举办首届中国(青蛙)中医药产业博览会。") == []
    assert places(matcher, "推进中国（上海）自由贸易试验区建设。") == ["中国（上海）自由贸易试验区"]


def test_a_district_no_gazetteer_holds_between_a_city_and_a_town(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "包括:岳阳市青蛙区红蛙镇、衡阳市南岳区青蛙镇。") == [
        "岳阳市", "青蛙区", "红蛙镇", "衡阳市", "南岳区", "青蛙镇"]
    assert places(matcher, "深圳市高新区发展。") == ["深圳市高新区"]  # the zone stays whole: no town follows


def test_a_word_ending_in_da_before_a_place_is_no_name_starting_with_da(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "争取扩大澳门居民入出横琴的范围。") == ["澳门", "横琴"]  # 扩大 + 澳门, no 大澳
    assert places(matcher, "扩大大湾区合作。") == ["大湾区"]


def test_a_verb_of_seeking_opens_no_name_and_kinds_are_no_names(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "明年争取青蛙片区获批。") == ["青蛙片区"]  # 争取 is a verb, not part of the name
    assert places(matcher, "推进青蛙机场改造和通用机场建设。") == ["青蛙机场"]  # 通用机场: a kind of airport
    assert places(matcher, "推动青蛙新区、保税区、白蛙片区协同发展。") == ["青蛙新区", "白蛙片区"]  # a bare kind


def test_a_known_place_and_nuclear_power_names_the_plant(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加快阳江核电、湛江核电建设。") == ["阳江核电", "湛江核电"]
    assert places(matcher, "积极安全有序发展核电。") == []


def test_places_joined_by_a_middle_dot_name_the_zone_they_share(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "谋划广西·云南特别合作区建设。") == ["广西·云南特别合作区"]
    assert places(matcher, "广西、云南加强合作。") == ["广西", "云南"]


def test_a_two_character_city_ending_in_zhou_names_its_port_and_station(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进杭州港建设,改造广州站。") == ["杭州港", "广州站"]  # 州 here ends no full admin name
    assert places(matcher, "推进湛江港与盐田港联动发展。") == ["湛江港", "盐田港"]  # 联动 follows the port's name


def test_port_areas_and_a_city_cluster_of_a_known_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动湛江港区扩大开放。") == ["湛江港区"]
    got = {s: c for s, label, c in found(matcher, "融入粤港澳大湾区城市群,建设粤港澳大湾区。", "cn") if label == "PLACE"}
    assert got["粤港澳大湾区城市群"] == got["粤港澳大湾区"]  # the cluster of a known region is that region
