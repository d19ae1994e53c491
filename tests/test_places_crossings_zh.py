"""Boundary crossings written several ways, and the kinds of crossing that name none. Made-up sentences.

A known crossing (type border port) + 口岸 / 管制站 is that crossing; a crossing's (joint-inspection) building
is the crossing; the crossing Hong Kong shares with Shenzhen is named by both sides' places (蓮塘/香園圍口岸);
口岸 after the two sides' abbreviations or a kind of inspection names a kind; a route of an automated people
mover X至Y 捷運系統 is a route, whose places are not listed (DECISIONS 20)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize(("text", "places"), [
    ("貨車改經文錦渡口岸入境。", [("文錦渡口岸", "Man Kam To")]),
    ("旅客可使用蓮塘／香園圍口岸及羅湖。", [("蓮塘／香園圍口岸", "Heung Yuen Wai Control Point"), ("羅湖", "Lo Wu")]),
    ("當局擬延長莲塘/香园围口岸的通关时间。", [("莲塘/香园围口岸", "Heung Yuen Wai Control Point")]),
    ("新皇崗口岸聯檢大樓明年啟用。", [("皇崗口岸聯檢大樓", "Huanggang Port")]),
])
def test_a_crossing_under_its_other_names(matcher: ZhEntityMatcher, text: str, places: list[tuple[str, str]]) -> None:
    assert [(t[0], t[2]) for t in found(matcher, text, "hk") if t[1] == "PLACE"] == places


@pytest.mark.parametrize("text", [
    "加強港深陸路口岸的規劃。",
    "深港兩地口岸的設施並不相連。",
    "該口岸將重建為純旅檢口岸。",
    "研究興建甲乙至丙丁自動捷運系統的可行性。",
])
def test_kinds_of_crossing_and_people_mover_routes_name_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert [t for t in found(matcher, text, "hk") if t[1] == "PLACE"] == []


def test_people_mover_route_drops_its_known_places(matcher: ZhEntityMatcher) -> None:
    text = "探討興建尖鼻咀至白泥自動捷運系統,帶動流浮山發展。"
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == ["流浮山"]


@pytest.mark.parametrize(("text", "places"), [
    ("北環線會在凹頭和洲頭附近設站。", [("凹頭", "Au Tau"), ("洲頭", "Chau Tau")]),
    ("新路連接坪輋及皇后山。", [("坪輋", "Ping Che"), ("皇后山", "Queen's Hill")]),
    ("東線在古洞和新田設兩個車站。", [("古洞", "Kwu Tung"), ("新田", "San Tin")]),  # 新田 before 設: the place
    ("旅客可參觀中英街。", [("中英街", "Chung Ying Street")]),
])
def test_northern_and_boundary_places(matcher: ZhEntityMatcher, text: str, places: list[tuple[str, str]]) -> None:
    assert [(t[0], t[2]) for t in found(matcher, text, "hk") if t[1] == "PLACE"] == places


def test_slash_area_with_a_name_shared_across_the_boundary(matcher: ZhEntityMatcher) -> None:
    text = "發展羅湖╱文錦渡一帶的土地。"  # Lo Wu in a Hong Kong text, Luohu across the river
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == ["羅湖╱文錦渡"]
