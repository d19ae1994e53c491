"""Review mends, session 24 (mendzhb; review revzh M7, M6, S7, S10, S12), made-up sentences.

M7: a place that is the object of 打造 (打造某地成为…) keeps it; a role head must end the word (中心城区, 中心区 are
areas), no route word (至/到) or second place between the place and the head; an existing zone followed by more title
words keeps its name. M6: a seat in brackets after a venue ending in 中心 before a verb of holding stays a place.
S7: 争当广东…排头兵. S10: 中国香港队 keeps 中国. S12: 先后召开三次党代会 is a count.
"""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, want", [
    ("政府會全力打造香港成為國際創新科技中心。", ["香港"]),  # M7 (0): the place is the object
    ("致力打造香港為國際數據中心。", ["香港"]),
    ("打造深圳成为全球海洋中心城市。", ["深圳"]),
    ("年内建成佛山至广州中心城区的快速通道。", ["佛山", "广州"]),  # (a)(b): an area, a route
    ("建成湛江至海口跨海通道枢纽。", sorted(["海口", "湛江"])),
    ("加快建成深圳福田中心区地下空间。", ["深圳福田"]),
    ("全力打造粤北生态发展区绿色发展样板。", ["粤北生态发展区"]),  # (c): an existing zone
    ("全力打造横琴粤澳深度合作区标杆。", ["横琴粤澳深度合作区"]),
    ("打造前海深港现代服务业合作区样板。", ["前海深港现代服务业合作区"]),
])
def test_m7_goal_titles_keep_objects_routes_areas_and_zones(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("打造茂名区域交通物流商贸中心。", []),  # the rule's own purpose stays
    ("为建成粤东蓝色经济崛起示范区打下坚实的基础。", []),  # a zone to be built, a verb after it (pool lufeng)
    ("建成珠三角创新产业示范区。", []),
])
def test_m7_role_titles_still_drop_their_scope(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("今年，广州市将加快建成广州南沙国际航运枢纽，推动港口发展。", ["广州南沙", "广州市"]),  # (d): 建成 a real hub
    ("年内建成广州白云站综合交通枢纽。", ["广州"]),
])
def test_m7_completing_a_real_hub_keeps_its_place(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("会议在深圳市民中心(福田)举行。", ["深圳", "福田"]),  # M6: a held venue's location
    ("會議在灣仔海濱活動中心(灣仔)舉行，由主席主持。", ["灣仔", "灣仔"]),
])
def test_m6_a_bracket_before_a_verb_of_holding_locates_the_venue(text: str, want: list[str]) -> None:
    assert _places(text) == sorted(want)


def test_m6_a_seat_inside_a_name_still_goes() -> None:
    assert "广州" not in _places("国家超算(广州)中心投入使用。")


def test_s7_a_named_province_before_a_vanguard_title() -> None:
    # S7, settled in session 25 (zhplfp): fc24's gold lists the province before 排头兵, so it stays a mention
    # (tests/test_vanguard_titles_zh.py). The generic 全省 form names no place either way.
    assert _places("争当广东高质量发展排头兵。") == ["广东"]
    assert _places("在全省高质量发展中争当排头兵。") == []


@pytest.mark.parametrize("text, want", [
    ("中国香港队在亚运会上夺得金牌，中国澳门队获得铜牌。", ["中国", "中国", "澳门", "香港"]),  # S10
])
def test_s10_a_country_before_its_regions_team_stays(text: str, want: list[str]) -> None:
    assert _places(text) == sorted(want)


def test_s10_the_formal_region_name_still_holds_the_country() -> None:
    assert "中华人民共和国" not in _places("中华人民共和国香港特别行政区基本法。")


def _values(text: str) -> list[str]:
    return sorted(f"{f.value:g}" for f in extract_text(text, model="blank").figures if f.value is not None)


def test_s12_congresses_held_in_turn_are_a_count() -> None:
    assert "3" in _values("五年来，区委先后召开三次党代会，研究部署重大事项。")


def test_s12_a_level_before_the_congress_still_makes_it_an_ordinal() -> None:
    assert "3" not in _values("区三次党代会胜利召开。")
