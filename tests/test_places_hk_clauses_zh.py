"""Hong Kong place names built on a suffix, where the words before the suffix describe or refer back
(session 10, issue 14): joint-user buildings and proposed facilities are kinds; a verb after a known place
opens a clause; 前 ('former') inside a facility's name; a demonstrative before 段 ends no route's name."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "當局會在區內興建社區設施聯用大樓。",  # a joint-user building: a kind
    "工程包括重置診所及興建聯用綜合大樓。",
    "署方正物色用地興建擬議救護站。",  # a proposed facility without a name
    "在擬建大樓內設置圖書館。",
])
def test_joint_user_and_proposed_facilities_are_kinds(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_known_place_before_a_joint_user_building_still_names_it(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "將軍澳政府聯用辦公大樓將於明年落成。") == ["將軍澳政府聯用辦公大樓"]


@pytest.mark.parametrize(("text", "names"), [
    ("研究讓大埔和元朗發展生態旅遊區的方案。", ["大埔", "元朗"]),
    ("当局鼓励西贡发展康乐度假区的构想。", ["西贡"]),
])
def test_a_verb_after_a_known_place_opens_a_clause(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_former_inside_a_facility_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "政府在大窩坪道前石礦場用地興建公營房屋。") == ["大窩坪道前石礦場"]


@pytest.mark.parametrize(("text", "names"), [
    ("須加快連通灣仔會展至北角碼頭這兩段海濱。", ["北角碼頭"]),
    ("市民可由荃灣至青衣這段路步行。", ["荃灣", "青衣"]),
])
def test_stretches_referred_back_are_no_route_name(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    got = places(matcher, text)
    assert all(n in got for n in names)


def test_a_route_section_keeps_its_places_out(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "馬鞍山至上水段的擴闊工程已完成。") == []


def test_a_look_alike_of_shi_reads_as_shi(matcher: ZhEntityMatcher) -> None:
    """巿 (U+5DFF) typed for 市: 屯門新巿鎮 is 屯門新市鎮, an alias of 屯門 (DECISIONS 24), not a place 新巿鎮."""
    got = found(matcher, "居民陸續遷入屯門新巿鎮。", "hk")
    assert [(t[0], t[2]) for t in got if t[1] == "PLACE"] == [("屯門新巿鎮", "Tuen Mun")]


@pytest.mark.parametrize("text", ["當局建議把用地發展為鮮花公園。", "区内将增设宠物公园。"])
def test_parks_named_by_what_they_have_are_kinds(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []
