"""Chinese places, session 20 (issue 14), read once a document's places are all found (late_places_zh): a zone
named with places listed in brackets is one zone; a province's or a city's bare 口岸 is its ports in general (the
division is the mention) and two cities before 港 one port; a slash-named boundary control point written without
its slash is that port; fishing ports named with their grade (一级渔港); 内地 set against 沿海 is the interior;
one-character abbreviations of continents and countries in a list of them (欧、美、日) or in 欧债. Sentences are
made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text, loc) if t[1] == "PLACE"]


def surfaces(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, _ in places(matcher, text, loc)]


@pytest.mark.parametrize(("text", "zone"), [
    ("今年将建设中国(苏州、无锡)跨境电子商务综合试验区。", "中国(苏州、无锡)跨境电子商务综合试验区"),
    ("全力推进中国（南宁、柳州）跨境电子商务综合试验区建设。", "中国（南宁、柳州）跨境电子商务综合试验区"),
    ("启动泉州(晋江)综合实验区建设,赋予先行先试政策。", "泉州(晋江)综合实验区"),
])
def test_a_zone_with_places_listed_in_brackets_is_one_zone(matcher: ZhEntityMatcher, text: str, zone: str) -> None:
    assert surfaces(matcher, text) == [zone]


def test_a_bracket_then_a_conjunction_is_no_zone(matcher: ZhEntityMatcher) -> None:
    assert "中国(苏州、无锡)跨境电子商务综合试验区" not in surfaces(matcher, "中国(苏州、无锡)及周边综合试验区")


@pytest.mark.parametrize(("text", "division"), [
    ("过去一年江苏省口岸的通关时间压缩一半。", "江苏省"),
    ("全年厦门口岸出入境旅客超过2000万人次。", "厦门"),
])
def test_a_divisions_bare_port_word_names_its_ports_in_general(matcher: ZhEntityMatcher, text: str,
                                                                division: str) -> None:
    assert surfaces(matcher, text) == [division]


def test_a_district_or_area_port_keeps_its_name(matcher: ZhEntityMatcher) -> None:
    assert "罗湖口岸" in surfaces(matcher, "罗湖口岸将重建为一地两检口岸。")


def test_two_cities_before_port_are_one_port(matcher: ZhEntityMatcher) -> None:
    assert surfaces(matcher, "推进南通泰州港一体化发展。") == ["南通泰州港"]


def test_a_city_before_a_port_word_stays_the_city(matcher: ZhEntityMatcher) -> None:
    assert surfaces(matcher, "南通泰州港口岸线资源紧张。") != ["南通泰州港"]  # 港口: a port word of its own


@pytest.mark.parametrize("text", ["新開通的蓮塘香園圍口岸方便旅客。", "新开通的莲塘香园围口岸方便旅客。"])
def test_a_slash_named_control_point_written_without_its_slash_is_that_port(matcher: ZhEntityMatcher, text: str) -> None:
    (surface, canonical), = places(matcher, text, "hk")
    assert surface.endswith("口岸") and len(surface) == 7 and canonical == "Heung Yuen Wai Control Point"


def test_fishing_ports_named_with_their_grade(matcher: ZhEntityMatcher) -> None:
    found_surfaces = surfaces(matcher, "推进乌石二级渔港和博贺一级渔港建设。")
    assert "乌石二级渔港" in found_surfaces and "博贺一级渔港" in found_surfaces


def test_a_grade_alone_names_no_fishing_port(matcher: ZhEntityMatcher) -> None:
    assert surfaces(matcher, "新建国家一级渔港3个。") == []


def test_the_interior_against_the_coast_is_no_mainland(matcher: ZhEntityMatcher) -> None:
    assert surfaces(matcher, "加强沿海和内地的交通联系。") == []
    assert "内地" in surfaces(matcher, "加强香港与内地的交通联系。", "hk")


@pytest.mark.parametrize(("text", "expected"), [
    ("受美、欧、日货币政策影响,外需疲弱。", {"United States", "Europe", "Japan"}),
    ("亚、非、欧三大洲的客商云集。", {"Asia", "Africa", "Europe"}),
    ("欧债危机的余波仍未平息。", {"Europe"}),
])
def test_abbreviated_continents_and_countries_in_a_list(matcher: ZhEntityMatcher, text: str, expected: set[str]) -> None:
    assert {c for _, c in places(matcher, text)} == expected


@pytest.mark.parametrize("text", ["说明书提供中、英文版本。", "今次同步发布一份中、英的报告书。", "促进学生德、智、体、美全面发展。",
                                  "美不胜收的日出。"])
def test_single_characters_outside_such_lists_stay_words(matcher: ZhEntityMatcher, text: str) -> None:
    assert surfaces(matcher, text) == []


@pytest.mark.parametrize(("text", "site"), [
    ("加快前海先行启动区建设。", "前海先行启动区"),
    ("规划广州白云国际机场清远空港中心。", "广州白云国际机场清远空港中心"),
    ("规划机场岛东货运区的土地。", "机场岛东货运区"),
])
def test_start_up_areas_inland_airport_centres_and_cargo_precincts(matcher: ZhEntityMatcher, text: str, site: str) -> None:
    assert site in surfaces(matcher, text)


def test_a_start_up_area_without_its_place_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert surfaces(matcher, "先行启动区建设全面提速。") == []


def test_a_short_form_found_by_its_prefecture_opens_a_name(matcher: ZhEntityMatcher) -> None:
    assert "台山核电" in surfaces(matcher, "江门市加快发展。台山核电建成投产。")  # 台山 only where 江门 is named


@pytest.mark.parametrize(("text", "zone"), [
    ("防城港市发展较快,东兴重点开发开放试验区建设加快。", "东兴重点开发开放试验区"),
    ("推进东阳影视文化综合改革试验区建设。", "东阳影视文化综合改革试验区"),
    ("加快建设大鹏海洋生态文明综合试验区。", "大鹏海洋生态文明综合试验区"),
])
def test_pilot_zones_named_by_their_designation(matcher: ZhEntityMatcher, text: str, zone: str) -> None:
    assert zone in surfaces(matcher, text)


@pytest.mark.parametrize("text", ["推进国家级综合改革试验区建设。", "获批全国综合试验区。"])
def test_a_designation_alone_names_no_zone(matcher: ZhEntityMatcher, text: str) -> None:
    assert surfaces(matcher, text) == []


@pytest.mark.parametrize(("text", "port"), [("货轮停靠在湛江港大型码头。", "湛江港"), ("在防城港港大型泊位作业。", None)])
def test_a_port_right_after_its_place_is_no_university(matcher: ZhEntityMatcher, text: str, port: str | None) -> None:
    mentions = found(matcher, text, "cn")
    assert not any(t[2] == "University of Hong Kong" for t in mentions)
    assert port is None or port in [t[0] for t in mentions if t[1] == "PLACE"]


def test_the_university_short_form_stays_elsewhere(matcher: ZhEntityMatcher) -> None:
    assert ("港大", "INSTITUTION", "University of Hong Kong") in found(matcher, "本港学生与港大合作。", "hk")
