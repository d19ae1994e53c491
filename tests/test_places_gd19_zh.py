"""Chinese places, session 14 (issue 14), Guangdong texts: bay areas as regions (X湾区: 纽约湾区, 环某某湾区,
大某某湾区; slogans of what a bay area should become, 人文湾区, are none); kinds and measures before a kind word;
Guangdong's coastal belt (沿海经济带) as a place except inside a city's role title. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text) if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("东京湾区和旧金山湾区的经验值得借鉴。", ["东京湾区", "旧金山湾区"]),
    ("對標紐約灣區，發展金融服務。", ["紐約灣區"]),
    ("规划以环杭州湾湾区、大汕头湾区为单元。", ["环杭州湾湾区", "大汕头湾区"]),
    ("统筹大广海湾湾区和雷州半岛湾区开发。", ["大广海湾湾区", "雷州半岛湾区"]),
])
def test_a_bay_area_named_by_its_bay_or_city_is_one_place(
        matcher: ZhEntityMatcher, text: str, expected: list[str]) -> None:
    assert places(matcher, text) == expected


@pytest.mark.parametrize("text", [
    "共同打造人文湾区、健康湾区和法治湾区。",
    "加快建设国际一流湾区和世界级城市群。",
    "推进智慧湾区建设。",
])
def test_a_slogan_of_what_a_bay_area_should_become_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [p for p in places(matcher, text) if p.endswith("湾区")]


def test_words_between_a_city_and_a_bay_area_make_no_bay_area(matcher: ZhEntityMatcher) -> None:
    assert not [p for p in places(matcher, "随着大湾区建设推进，云浮‘东融湾区、西接东盟’策略深入实施。") if p.endswith("湾区")
                and p != "大湾区"]


def test_a_zone_named_in_full_and_with_its_short_kind_is_one_place(matcher: ZhEntityMatcher) -> None:
    got = {t[0]: t[2] for t in found(matcher, "构建都市核心区、大广海湾区协同格局。大广海湾经济区加快规划建设。")
           if t[1] == "PLACE"}
    assert got.get("大广海湾区") == got.get("大广海湾经济区") == "大广海湾经济区"


@pytest.mark.parametrize(("text", "kept", "not_places"), [
    ("融入珠三角两小时经济圈，打造一个半小时生活圈。", ["珠三角"], ["两小时经济圈", "半小时生活圈"]),  # a reach, no circle
    ("全县浅海滩涂面积十万亩。", [], ["浅海滩"]),  # 滩涂: tidal flats
    ("建设一批满足群众需要的新区新城，引进城市综合体、高端商务区等项目。", [], ["新区新城", "高端商务区"]),  # kinds
])
def test_kinds_and_measures_before_a_place_suffix_name_no_place(
        matcher: ZhEntityMatcher, text: str, kept: list[str], not_places: list[str]) -> None:
    got = places(matcher, text)
    assert [p for p in kept if p in got] == kept and not [p for p in got if any(n in p for n in not_places)]


def test_an_experiment_station_named_by_its_city_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert "某江中微子实验站" not in places(matcher, "建设中微子实验站。")
    assert places(matcher, "江门中微子实验站正式运行，落户江门。") == ["江门中微子实验站", "江门"]


@pytest.mark.parametrize(("text", "expected"), [
    ("推动沿海经济带形成科学有序的空间格局。", ["沿海经济带"]),  # Guangdong's coastal belt, the area itself
    ("加快构建由珠三角核心区、沿海经济带、北部生态发展区构成的格局。", ["珠三角核心区", "沿海经济带", "北部生态发展区"]),
    ("打造沿海经济带上的新增长极。", []),  # a city's role title: the belt names no place there
    ("全面建设广东沿海经济带新增长极的开局之年。", []),
    ("加快建设珠三角核心区西部增长极。", []),
    ("建设某江先进制造业走廊主阵地。", []),
    ("辽宁沿海经济带加快发展。", ["辽宁"]),  # another province's belt is not Guangdong's
])
def test_guangdongs_regions_are_places_except_inside_a_citys_role_title(
        matcher: ZhEntityMatcher, text: str, expected: list[str]) -> None:
    assert places(matcher, text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    ("加快某莞散裂中子源二期建设。", ["某莞散裂中子源"]),  # a big science facility named by its kind
    ("东莞散裂中子源已完成多轮用户实验。", ["东莞散裂中子源"]),
    ("考察万山群岛发展海洋牧场情况。", ["万山群岛"]),
])
def test_science_facilities_and_archipelagos_are_places(
        matcher: ZhEntityMatcher, text: str, expected: list[str]) -> None:
    assert places(matcher, text) == expected


def test_a_coal_fired_plant_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "燃煤电厂脱硫脱硝工程扎实推进。") == []


def test_national_titles_for_parks_and_city_clusters_name_kinds(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新增创建国家现代农业产业园3个，建成国家森林城市群。") == []


def test_rivers_in_a_clause_about_treating_pollution_are_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进长江、黄河治污。") == ["长江", "黄河"]


def test_the_states_science_facility_named_after_the_country_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "中国散裂中子源获得第一束中子束流。") == ["中国散裂中子源"]
    assert places(matcher, "中國洋浦港建設加快。") == ["中國", "洋浦港"]  # a port of the country, as before


def test_a_station_before_the_train_service_that_leaves_it_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "去年，某龙站中欧班列累计发车百列，某朗站中欧货运班列首发。") == ["某龙站", "某朗站"]
