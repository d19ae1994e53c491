"""Chinese place classes on made-up sentences: listed names, facility suffixes, route designations, guards."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.test_entities_zh import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, label, _ in found(matcher, text) if label == "PLACE"]


@pytest.mark.parametrize(("text", "name"), [
    ("研究範圍包括沙田、大埔、青蛙坑和荃灣。", "青蛙坑"),  # between known places, before 和
    ("發展局正統籌茶果嶺、牛池灣、青蛙坑三個寮屋區的研究。", "青蛙坑"),  # the list's count follows
    ("以及流浮山、尖鼻咀及青蛙坑一帶的發展範圍。", "青蛙坑"),
])
def test_an_unknown_name_listed_among_known_places_is_a_place(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


def test_a_slash_joins_two_names_of_one_site(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "沙田╱青蛙坑一帶的土地") == ["沙田╱青蛙坑"]


@pytest.mark.parametrize("text", [
    "推動香港、澳門、海外和內地合作。",  # a generic word in the list
    "合作伙伴包括香港、深圳、青蛙坑和發展局。",  # an institution in the list: not a list of places
    "在深圳、青蛙坑和科技方面",  # one known place only
    "園區要與光明科學城、西麗湖國際科教城聯動發展。",  # 與 joins only a list's last item
    "涵蓋深圳、香港、金融和科技。",  # abstract nouns listed with places
])
def test_lists_that_are_not_lists_of_places_add_nothing(matcher: ZhEntityMatcher, text: str) -> None:
    known = {"香港", "澳門", "內地", "深圳", "光明科學城", "西麗湖國際科教城"}
    assert set(places(matcher, text)) <= known


@pytest.mark.parametrize(("text", "name"), [
    ("以及青蛙坑水电站等项目", "青蛙坑水电站"),
    ("红蛙产业园获评国家级园区。", "红蛙产业园"),
    ("當局計劃利用青蛙水塘和海景。", "青蛙水塘"),
    ("西營盤東邊街北海濱公園兩項工程", "西營盤東邊街北海濱公園"),  # 北海濱 is 'north waterfront', no Beihai
    ("支持湛江粤西机场迁建工程", "湛江粤西机场"),  # a city locating a facility named after its region
])
def test_facility_suffixes_make_one_place(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert places(matcher, text) == [name]


@pytest.mark.parametrize("text", [
    "形成3小時經濟圈。",  # after a number: a measure
    "推動「一程多站」旅遊發展",  # a slogan
    "優化部分郊野公園設施",  # 'some country parks'
    "形成以中心城区为核心的生活圈",  # 城区 is a word, not Chengqu District
    "开江至梁平、乐山至马边等高速公路通车",  # routes listed under one head
    "巴中至南充高铁开通运营",
    "巴林—奈曼—阜新500千伏输变电工程竣工",  # dash-joined names name a line
    "元朗南住宅项目的第二幅用地",  # a place inside a project designation
])
def test_no_place_in_measures_slogans_kinds_routes_and_projects(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_districts_short_name_counts_where_its_prefecture_is_named(matcher: ZhEntityMatcher) -> None:
    # (session 23: no bus route here, 开通茂南至某区公交 names a route, DECISIONS 20; fc18's gold lists none of its places)
    assert "茂南" in places(matcher, "茂名市加快交通建设，茂南交通网络不断完善。")
    assert "茂南" not in places(matcher, "茂南交通网络不断完善。")  # no 茂名: the short name is not read


def test_a_districts_short_name_inside_an_abbreviation_is_not_read(matcher: ZhEntityMatcher) -> None:
    assert "临高" not in places(matcher, "海南省加快建设，文临高速建成通车。")


def test_a_station_named_by_a_compass_point_ends_at_its_suffix(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "佛山北站高铁直达广州") == ["佛山北站", "广州"]


@pytest.mark.parametrize("text", [
    "举办海峡论坛",  # a verb, not a name body
    "在沙灘旁興建休閒碼頭",  # a kind of pier
    "另外增設垃圾收集站",  # a kind of station
])
def test_kinds_and_verbs_are_no_name_bodies(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_compass_word_before_a_hong_kong_area_names_an_area_of_its_own(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "北大嶼山將作經濟發展；東北大嶼山則作旅遊發展。") == ["北大嶼山", "東北大嶼山"]
    assert places(matcher, "香港以北大嶼山") == ["香港", "大嶼山"]  # 以北 is a word: no boundary before 北


def test_a_verb_before_the_plan_word_leaves_the_place_standing(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "元朗南發展正進行法定規劃程序。") == ["元朗南"]
    assert places(matcher, "推出大灣區青年就業計劃。") == []


@pytest.mark.parametrize(("text", "name"), [
    ("毗鄰沙田污水處理廠前址的土地", "沙田污水處理廠"),
    ("粉嶺高爾夫球場部分用地", "粉嶺高爾夫球場"),
    ("大會在人民大會堂開幕", "人民大會堂"),
    ("包括機場北商業區的發展", "機場北商業區"),
])
def test_more_facility_suffixes_and_official_short_forms(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert places(matcher, text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("青蛙湾古雷经济技术开发区建设加快。", "青蛙湾古雷经济技术开发区"),
    ("湛江经济技术开发区扩区。", "湛江经济技术开发区"),
    ("珠海高新区引进项目。", "珠海高新区"),
    ("漳州古城保护。", "漳州古城"),
    ("大亚湾核电基地运行。", "大亚湾核电基地"),
    ("青蛙湾石化区加快发展。", "青蛙湾石化区"),
    ("支持青蛙湾石化区发展。", "青蛙湾石化区"),  # 支持 is a verb before the name, not part of it
    ("青蛙湾经济区加快发展。", "青蛙湾经济区"),
])
def test_zones_old_towns_and_plant_bases_are_places(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert places(matcher, text) == [name]


def test_kinds_of_zones_are_no_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动国家级经济技术开发区、省级开发区、各类开发区建设，推进开发区改革。") == []
    assert places(matcher, "建设国家级经济区、各类经济区和沿海经济区。") == []


def test_fanling_north_is_not_fanling(matcher: ZhEntityMatcher) -> None:
    ids = {s: eid for s, label, eid in found(matcher, "粉嶺北新發展區的工程，粉嶺的市中心")}
    assert ids["粉嶺北新發展區"] == "place:hk-fanling-north"
    assert ids["粉嶺"] == "place:hk-fanling"


@pytest.mark.parametrize(("text", "name"), [
    ("民航方面，深圳力争青蛙坑机场年內通航。", "青蛙坑机场"),  # 力争 'strive to' is a verb, no part of the name
])
def test_a_verb_before_a_facility_is_not_part_of_its_name(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    got = places(matcher, text)
    assert name in got and not any(p.startswith("深圳力争") for p in got), got


def test_civil_aviation_airports_are_a_kind(matcher: ZhEntityMatcher) -> None:
    assert "民航机场" not in places(matcher, "民航机场方面，全省新增航线十条。")
