"""Chinese places, session 13 (issue 14): counties and districts named by short name in a list of siblings (南海、顺德、
高明、三水: one prefecture's districts, some of them ordinary words or another place's name); a city written right
before a place inside it is one place, the longest span (广州番禺, lead's ruling of session 11); a one-character
county that is a slogan's verb (科教兴县, 实业富县) is no county. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> dict[str, str]:
    return {t[0]: t[2] for t in found(matcher, text) if t[1] == "PLACE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("佛山市支持顺德、南海、三水发展预制菜产业。", {"顺德": "Shunde District", "南海": "Nanhai District",
                                            "三水": "Sanshui District"}),
    ("云浮市推动新兴、郁南和罗定协同发展。", {"新兴": "Xinxing County", "郁南": "Yunan County", "罗定": "Luoding"}),
    ("清远市鼓励清新、佛冈企业抱团出海。", {"清新": "Qingxin District", "佛冈": "Fugang County"}),
    ("带动茂南、罗定引进产业项目。", {"茂南": "Maonan District", "罗定": "Luoding"}),  # short forms kept for context
])
def test_short_names_of_one_prefectures_divisions_in_a_list_are_those_divisions(
        matcher: ZhEntityMatcher, text: str, expected: dict[str, str]) -> None:
    got = places(matcher, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text", [
    "城东、城西和城北片区加快改造。",  # compass words: some far city's districts, a city the text never names
    "坚持开放、创新、和平发展。",
    "南海、东海和黄海的渔业资源。",  # seas
])
def test_a_list_of_words_that_are_short_names_of_unnamed_divisions_is_no_list_of_divisions(
        matcher: ZhEntityMatcher, text: str) -> None:
    assert not [c for c in places(matcher, text).values() if c.endswith(("District", "County"))]


def test_a_full_name_inside_a_body_in_a_list_stays_the_body(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "佛山市南海区人民政府、顺德区人民政府签订协议。").get("南海") is None


@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("深圳南山聚集了大批科技企业。", "深圳南山", "Nanshan District"),
    ("茂名电白发展滨海旅游。", "茂名电白", "Dianbai District"),
    ("惠州博罗建成千亿县。", "惠州博罗", "Boluo County"),
])
def test_a_city_before_a_place_inside_it_is_one_place_the_longest_span(
        matcher: ZhEntityMatcher, text: str, name: str, canonical: str) -> None:
    assert places(matcher, text) == {name: canonical}


def test_a_country_or_province_before_a_city_a_city_before_a_river_and_a_list_stay_apart(
        matcher: ZhEntityMatcher) -> None:
    assert list(places(matcher, "中国深圳吸引外资。")) == ["中国", "深圳"]
    assert list(places(matcher, "广东深圳今年的工作安排。")) == ["广东", "深圳"]
    assert list(places(matcher, "广州深圳佛山同城化。")) == ["广州", "深圳", "佛山"]
    assert list(places(matcher, "廣東省東江每年供水。")) == ["廣東省", "東江"]


def test_short_names_inside_a_routes_sections_are_no_list_of_divisions(matcher: ZhEntityMatcher) -> None:
    text = "肇庆市推进G355广宁、怀集城区段改建工程。"  # road sections (DECISIONS 20)
    assert not [c for c in places(matcher, text).values() if c.endswith("County")]


def test_a_slogans_verb_and_county_is_no_county(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "坚持工业立县、科教兴县、实业富县。") == {}
    assert "Xingxian County" in places(matcher, "山西兴县红枣远销各地。").values()


@pytest.mark.parametrize("text", [
    "惠州市博罗县人民政府县长在会上讲话。",
    "茂名市电白区人民政府发布通告。",
])
def test_a_city_before_the_government_of_a_division_inside_it_is_part_of_that_bodys_name(
        matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == {}


def test_a_free_trade_zone_written_with_its_short_kind_word_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert list(places(matcher, "加快前海自贸区建设。")) == ["前海自贸区"]


@pytest.mark.parametrize("text", [
    "总书记出席深圳经济特区建立40周年庆祝大会并发表讲话。",  # the place names the event
    "隆重举行湛江建市80周年纪念大会。",
])
def test_a_place_naming_an_anniversary_event_is_no_mention(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == {}


def test_a_rating_before_a_kind_word_and_a_clause_verb_before_a_name_open_no_name(matcher: ZhEntityMatcher) -> None:
    assert list(places(matcher, "白云山景区创建成为5A级旅游景区。")) == ["白云山景区"]
    assert "不开揭普惠都市圈" not in places(matcher, "增长离不开揭普惠都市圈的带动。")


def test_a_greenway_gallery_is_a_named_site_and_a_bare_greenway_no_kind(matcher: ZhEntityMatcher) -> None:
    assert list(places(matcher, "东蛙江碧道画廊年内建成。")) == ["东蛙江碧道画廊"]
    assert list(places(matcher, "推进西蛙河画廊碧道建设。")) == ["西蛙河画廊碧道"]
    assert places(matcher, "全省建成万里碧道。") == {}


@pytest.mark.parametrize("text", [
    "全省重点推进郊野公园建设。",  # an adverb opening the verb phrase after the place: a clause, no park's name
    "新建一批郊野公园、山地公园和乡土植物园。",  # kinds of park
    "把废弃矿坑改造为综合性郊野公园。",
])
def test_kinds_of_park_and_a_clause_before_a_kind_word_name_no_park(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [k for k in places(matcher, text) if k.endswith("园")]


def test_a_resort_and_a_bay_before_its_waters_are_places(matcher: ZhEntityMatcher) -> None:
    assert "青蛙岭度假村" in places(matcher, "去年，青蛙岭度假村开业迎客。")
    assert "红蛙湾" in places(matcher, "在红蛙湾海域发现白海豚。")


@pytest.mark.parametrize("text", ["持续建强产业园区平台。", "做大做强工业园区。", "做优做强产业园区。"])
def test_a_make_strong_verb_before_a_kind_word_opens_no_name(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == {}


def test_a_national_park_named_by_its_region_is_one_park(matcher: ZhEntityMatcher) -> None:
    assert list(places(matcher, "高质量推动岭南国家公园创建。")) == ["岭南国家公园"]
