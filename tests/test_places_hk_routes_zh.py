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
    # two compass points make one direction: 新界東北 is an area of its own, not 新界東
    # 新界東北 is an area of its own: the gazetteer's North East New Territories (session 9; it was unknown before)
    assert places(matcher, "研究新界東北的土地用途。") == [("新界東北", "North East New Territories")]


@pytest.mark.parametrize(("text", "names"), [
    ("乘客可在港鐵觀塘線轉乘，前往中環。", ["中環"]),  # 觀塘線 names a line (DECISIONS 20)
    ("東涌線延線工程明年展開。", []),
    ("屯門南延線的新車站", []),
    ("香港線上購物平台增加。", ["香港"]),  # 線上 is 'online'
    ("當局會完善九龍鐵路網絡。", ["九龍"]),  # the rail network of a place, no railway's name
    ("西區海底隧道的收費", []),  # a tunnel's name
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


@pytest.mark.parametrize(("text", "names"), [
    ("年初啟用的觀塘「西岸板道」及油麻地渡船街休憩用地會開放。", ["觀塘", "西岸板道", "油麻地渡船街休憩用地"]),
    ("會加強監督體育館的興建進度。", []),  # a verb, then a kind: no name
    ("新巴士線途經錦上、石崗至八鄉一帶的村落。", ["錦上", "石崗", "八鄉"]),  # an area phrase (DECISIONS 20)
    ("國家推動一帶一路建設，沿海、沿江一帶的城市受惠。", []),
    ("港島的海濱及西九的文化設施", ["港島", "西九"]),  # short forms of Hong Kong Island and the WKCD
])
def test_open_spaces_area_phrases_and_short_forms(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [p[0] for p in places(matcher, text)] == names


def test_a_crossing_named_by_a_slash_pair_is_one_place(matcher: ZhEntityMatcher) -> None:
    # two known names + 口岸: one crossing; its shorter forms in the same text take the full name
    assert places(matcher, "旅客可經沙頭角/鹽田口岸過境。") == [("沙頭角/鹽田口岸", "沙頭角/鹽田口岸")]
    got = places(matcher, "新開通的蓮麻坑/長嶺口岸設計新穎，長嶺口岸每日開放至午夜。")
    assert {p[1] for p in got} == {"蓮麻坑/長嶺口岸"} and len(got) == 2


@pytest.mark.parametrize(("text", "names"), [
    ("乘客可在港鐵上水站轉乘巴士，或前往上水的巴士總站。", ["上水站", "上水"]),  # 上水 is also a word: a name here
    ("旅客由上水港鐵站經羅湖出境。", ["上水港鐵站", "羅湖"]),
    ("港鐵在羅湖站及口岸安排人員。", ["羅湖站"]),  # a station, then the crossing as a kind
    ("乘客可由香港西九龍站前往廣州。", ["香港西九龍站", "廣州"]),  # known names written together before 站
    ("與深圳做好互聯互通，港方口岸區與指定口岸的旅檢大樓及大型公交站", ["深圳"]),  # kinds, no names
])
def test_stations_and_crossings(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [p[0] for p in places(matcher, text)] == names


def test_a_control_point_after_a_crossing_is_that_crossing(matcher: ZhEntityMatcher) -> None:
    bare = places(matcher, "旅客經深圳灣口岸過境。")
    assert places(matcher, "深圳灣口岸管制站明年擴建。") == [("深圳灣口岸管制站", bare[0][1])]


def test_waste_facilities_named_in_latin_letters(matcher: ZhEntityMatcher) -> None:
    # the EPD's X·PARK facilities, written with a full stop, a middle dot or a bullet (gazetteer_zh_aliases.jsonl)
    got = places(matcher, "環保署正興建O‧PARK2，並規劃I • PARK 2及屯門環保園的擴建。")
    # 屯門環保園: the district written before its park is one place, the longest span (the lead's ruling of session 11)
    assert [p[1] for p in got] == ["O·PARK2", "I·PARK2", "EcoPark"] and got[-1][0] == "屯門環保園"
    assert places(matcher, "因此我們推展堆填區擴建計劃，並增設「回收環保站」。") == []
