"""Hong Kong places in Chinese text around rail lines and planning areas (through the Chinese matcher):
compass-named parts of a place, lines named after a place, slash-named development areas, lists that a
kind of place frames, facility suffixes and bodies that name no facility. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text, "hk") if t[1] == "PLACE"]


def test_a_compass_word_after_a_verb_starts_an_area_name(matcher: ZhEntityMatcher) -> None:
    # 北大嶼山 / 東北大嶼山 are planning areas of their own, also right after a verb (發展, 加強)
    assert [p[0] for p in places(matcher, "政府會加強北大嶼山的交通網絡，並積極發展東北大嶼山。")] == [
        "北大嶼山", "東北大嶼山"]


def test_a_compass_point_after_a_place_is_part_of_it(matcher: ZhEntityMatcher) -> None:
    # DECISIONS 24: 元朗西 is an alias of 元朗; the span takes the compass point
    bare = [p[1] for p in places(matcher, "途經元朗、屯門等地區。")]
    assert places(matcher, "新巴士線途經元朗西、屯門北等地區。") == [("元朗西", bare[0]), ("屯門北", bare[1])]
    assert places(matcher, "屯門北部的土地") == [("屯門", "Tuen Mun")]  # 北部 is a word of its own
    # 羅湖 is also Shenzhen's Luohu: beside Hong Kong places it is Lo Wu, and its compass part too
    assert places(matcher, "新道路經羅湖北、打鼓嶺一帶。")[0] == ("羅湖北", "Lo Wu")


@pytest.mark.parametrize(("text", "names"), [
    ("乘客可在港鐵觀塘線轉乘，前往中環。", ["中環"]),  # 觀塘線 names a line (DECISIONS 20)
    ("東涌線延線工程明年展開。", []),
    ("屯門南延線的新車站", []),
    ("香港線上購物平台增加。", ["香港"]),  # 線上 is 'online'
    ("當局會完善九龍鐵路網絡。", ["九龍"]),  # the rail network of a place, no railway's name
])
def test_a_place_before_a_line_word_names_the_line(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [p[0] for p in places(matcher, text)] == names


def test_a_slash_named_development_area_is_one_place(matcher: ZhEntityMatcher) -> None:
    nda = "Hung Shui Kiu/Ha Tsuen New Development Area"
    assert places(matcher, "洪水橋/廈村新發展區的工程已展開。") == [("洪水橋/廈村新發展區", nda)]
    assert places(matcher, "連接洪水橋╱厦村及元朗南。")[0] == ("洪水橋╱厦村", nda)


def test_items_a_kind_of_place_frames_are_places(matcher: ZhEntityMatcher) -> None:
    # 地區,包括 before the list and 等地區 after a pair say what the items are
    got = [p[0] for p in places(matcher, "新路線服務大埔北面地區,包括大尾篤、鳳園及汀角,並途經船灣及鹿頸等地區。")]
    assert {"大尾篤", "鳳園", "汀角", "鹿頸"} <= set(got)
    assert [p[0] for p in places(matcher, "多個地區,包括交通、教育和醫療範疇。")] == []


@pytest.mark.parametrize(("text", "names"), [
    ("活動在大埔運動場舉行。", ["大埔運動場"]),  # a sports ground is a named facility
    ("首批大樓將於明年落成。", []),  # 'the first batch of buildings' names none
    ("支援北部都會區東面新市鎮的發展。", ["北部都會區"]),  # the new towns in its east
])
def test_facility_suffixes_and_bodies(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [p[0] for p in places(matcher, text)] == names


@pytest.mark.parametrize(("text", "names"), [
    # a district or area written before an estate's own name: two places (黃大仙上邨, 石硤尾邨 stay one)
    ("房委會在元朗朗屏邨及將軍澳寶林邨進行維修。", ["元朗", "朗屏邨", "將軍澳", "寶林邨"]),
    ("其中青衣青華苑已落成，而天恩邨亦會翻新。", ["青衣", "青華苑", "天恩邨"]),  # 其中 / 而 open the name
    ("局長探望黃大仙上邨及石硤尾邨的居民。", ["黃大仙上邨", "石硤尾邨"]),
])
def test_a_district_before_an_estate_is_a_place_of_its_own(matcher: ZhEntityMatcher, text: str,
                                                           names: list[str]) -> None:
    assert [p[0] for p in places(matcher, text)] == names


def test_a_verb_that_opens_with_a_boundary_is_no_part_of_a_name(matcher: ZhEntityMatcher) -> None:
    # 到 is a boundary, 到訪 a verb: 訪 cannot open the village's name
    assert not [p for p in places(matcher, "局長其後到訪荔村，了解村民的需要。") if p[0].startswith("訪")]
