"""entities_zh: Hong Kong operators' short names and a place's own customs (made-up sentences; each states the
general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text", ["港鐵表示會加開班次。", "港铁将于下月公布方案。"])
def test_the_mtr_by_its_own_short_name(matcher: ZhEntityMatcher, text: str) -> None:
    # 港鐵 is MTR Corporation's own short Chinese name, written alone in news and LegCo papers
    assert institutions(matcher, text) == [(text[:2], "MTR Corporation Limited")]


@pytest.mark.parametrize(("text", "name"), [("廈門海關昨日公布數據。", "廈門海關"), ("据拱北海关介绍。", "拱北海关")])
def test_a_place_before_customs_is_that_places_customs(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    # a Mainland customs district is named by its city; it is not Hong Kong's Customs and Excise Department
    assert institutions(matcher, text) == [(name, name)]


def test_bare_customs_in_a_hong_kong_text_stays_the_customs_and_excise_department(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "海關人員在機場截獲一批貨物。") == [("海關", "Customs and Excise Department")]


def test_a_known_bodys_subsidiary_is_no_name_of_its_own(matcher: ZhEntityMatcher) -> None:
    # 附屬公司 ('subsidiary') after a body is a kind of company that body owns: the body stays alone
    assert institutions(matcher, "港鐵附屬公司負責營運新綫。") == [("港鐵", "MTR Corporation Limited")]


@pytest.mark.parametrize(("text", "name"), [
    ("漁農及野生動物委員會今日開會。", "漁農及野生動物委員會"),
    ("議案交由教育及人力委員會審議。", "教育及人力委員會"),
])
def test_two_fields_joined_by_ji_before_a_committee_head_are_one_name(
        matcher: ZhEntityMatcher, text: str, name: str) -> None:
    # Hong Kong names committees by two fields joined with 及: the first field is no body of its own
    assert institutions(matcher, text) == [(name, name)]


@pytest.mark.parametrize(("text", "expected"), [
    ("路政署及漁農委員會出席會議。", [("路政署", "Highways Department"), ("漁農委員會", "漁農委員會")]),
    ("市民及漁農委員會均表示關注。", [("漁農委員會", "漁農委員會")]),
])
def test_a_body_or_people_before_ji_stay_apart_from_the_committee(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    assert institutions(matcher, text) == expected
