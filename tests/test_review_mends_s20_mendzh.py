"""Review mends, session 20 (mendzh; review-revzh should-fix findings), made-up sentences through the public API.

S4: 兩度 / 两度 is 'twice' only before what is done; after a rise or fall word, in a clause about temperature, before
punctuation or 左右 it is two degrees (no count). S6: a crossing's name before a city + 口岸 makes it the crossing's
named port (港珠澳大桥珠海口岸), not the city's ports in general. S7: a bare 支线 after a port ends a road only after
a road word in its clause and before no shipping word (广州港支线航线: a feeder shipping line, the port a mention).
S1: a works school's body holding a kind word (普惠性, 优质, 乡镇) or being only a level or 新 names no school, and a
name runs to its last head (广州市第一中学附属小学). S2: 全区 opens a collective as 全市 / 全县 do (全区中心卫生院).
S5: a list of one-character abbreviations whose first one ends a common word (节假日、非…) is no list. S3: a bracketed
zone whose suffix ends mid-word (科技园区) or that closes a list of place + bracket pairs is no zone.
"""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def rows(text: str) -> tuple[list[str], list[str]]:
    result = extract_text(text, model="blank")
    return [p.text for p in result.places], [f.text for f in result.figures]


@pytest.mark.parametrize("text", ["天文台預測明日氣溫將下降兩度。", "市区气温比郊区高两度左右。", "今日最高氣溫較昨日低兩度，晚間有雨。"])
def test_two_degrees_is_no_count_of_times(text: str) -> None:  # S4
    assert not [f for f in rows(text)[1] if f.startswith(("兩度", "两度"))]


@pytest.mark.parametrize("text", ["政府曾兩度推出紓困措施。", "该项目两度延期。", "氣溫回升，政府兩度推出措施。"])
def test_twice_before_what_is_done_still_counts(text: str) -> None:  # S4 guard: the rule's own purpose
    assert [f for f in rows(text)[1] if f.startswith(("兩度", "两度"))]


def test_a_crossings_named_port_stays_the_port() -> None:  # S6
    assert rows("旅客經港珠澳大橋珠海口岸入境。")[0] == ["珠海口岸"]
    assert rows("港珠澳大桥澳门口岸启用。")[0] == ["澳门口岸"]


def test_a_citys_ports_in_general_are_the_city() -> None:  # S6 guard
    assert rows("全年珠海口岸出入境1.64亿人次。")[0] == ["珠海"]


@pytest.mark.parametrize("text, port", [("新增广州港支线航线5条。", "广州港"), ("加快建设深圳港支线。", "深圳港")])
def test_a_ports_feeder_line_keeps_the_port(text: str, port: str) -> None:  # S7
    assert port in rows(text)[0]


@pytest.mark.parametrize("text", ["加快建设广佛肇高速广州港支线。", "推进深圳港铁路支线建设。", "推进深圳港进港公路建设。"])
def test_a_roads_branch_to_a_port_names_no_port(text: str) -> None:  # S7 guard: DECISIONS 20
    assert not [p for p in rows(text)[0] if p.endswith("港")]


@pytest.mark.parametrize("text, want", [
    ("新建佛山普惠性幼儿园，扩建深圳优质小学。", ["佛山", "深圳"]),
    ("新建江门乡镇中心小学。", ["江门"]),
    ("新建东莞市区幼儿园。", ["东莞市"]),
    ("建设广州新中学。", ["广州"]),
])
def test_a_kind_of_school_is_no_works_school(text: str, want: list[str]) -> None:  # S1
    assert rows(text)[0] == want


def test_a_works_school_runs_to_its_last_head() -> None:  # S1
    assert rows("加快建设广州市第一中学附属小学。")[0] == ["广州市第一中学附属小学"]


@pytest.mark.parametrize("text, want", [
    ("新建江门市第二实验中学。", ["江门市第二实验中学"]),
    ("加快建设江门市艺术中学改造工程、鹤山一中附属中学等学校项目。", ["江门市艺术中学", "鹤山一中附属中学"]),
])
def test_named_works_schools_stay(text: str, want: list[str]) -> None:  # S1 guard: the rule's own purpose
    assert rows(text)[0] == want


def test_the_whole_districts_health_centres_are_no_hospital() -> None:  # S2
    assert rows("扩建全区中心卫生院。")[0] == []


@pytest.mark.parametrize("text, want", [("节假日、非经济活动减少。", []), ("逢公众假日、美国家庭外出增加。", ["美国"])])
def test_an_abbreviation_inside_a_word_opens_no_list(text: str, want: list[str]) -> None:  # S5
    assert rows(text)[0] == want


@pytest.mark.parametrize("text, want", [
    ("受美、欧、日货币政策影响，外需疲弱。", ["美", "欧", "日"]),
    ("欧美、日等发达经济体增长放缓。", ["美", "日"]),
])
def test_abbreviation_lists_stay(text: str, want: list[str]) -> None:  # S5 guard
    assert rows(text)[0] == want


@pytest.mark.parametrize("text, want", [
    ("深圳（南山、福田）科技园区。", ["深圳", "南山", "福田"]),
    ("推进广州（黄埔）、深圳（南山）国家级示范区建设。", ["广州", "黄埔", "深圳", "南山"]),
])
def test_no_bracketed_zone_cut_mid_word_or_from_a_list_of_pairs(text: str, want: list[str]) -> None:  # S3
    assert rows(text)[0] == want


@pytest.mark.parametrize("text, want", [
    ("设立中国（杭州、宁波）跨境电子商务综合试验区。", ["中国（杭州、宁波）跨境电子商务综合试验区"]),
    ("支持福州（平潭）综合实验区建设。", ["福州（平潭）综合实验区"]),
])
def test_bracketed_zones_stay(text: str, want: list[str]) -> None:  # S3 guard
    assert rows(text)[0] == want
