"""entities_zh (issue 14, session 25): X改组为Y / X重组为Y ('reorganised into'), a restructuring giving a body its new
name, is one institution by both names, as X更名为Y is (DECISIONS-zh 26); a company reorganised into a kind of company
keeps its own name (made-up bodies)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_a_commission_reorganised_into_a_new_one_is_one_body(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "改革中，市发展计划委员会改组为市发展和改革委员会。", "cn")
    assert {c for _, lab, c in got if lab == "INSTITUTION"} == {"市发展和改革委员会"}, got


def test_a_company_reorganised_into_a_kind_keeps_its_name(matcher: ZhEntityMatcher) -> None:
    assert [(s, c) for s, lab, c in found(matcher, "江北集团改组为国有资本投资公司。", "cn") if lab == "INSTITUTION"] == [
        ("江北集团", "江北集团")]


def test_the_old_name_takes_the_new_names_city(matcher: ZhEntityMatcher) -> None:
    # the new name is read as the city's commission (departments_zh): the old name's mention is that body too, one row
    text = "广州市委、市政府召开大会。改革中，市发展计划委员会改组为市发展和改革委员会。"
    assert {c for s, lab, c in found(matcher, text, "cn") if s.startswith("市发展")} == {"广州市发展和改革委员会"}


def test_the_second_of_two_merged_bodies_keeps_its_own_entity(matcher: ZhEntityMatcher) -> None:
    # review M14 (session 25): A与B重组为C is a merger, B no old name of C
    got = found(matcher, "甲乙航空集团与丙丁航空集团重组为戊己航空集团。", "cn")
    assert [c for _, lab, c in got if lab == "INSTITUTION"] == ["甲乙航空集团", "丙丁航空集团", "戊己航空集团"], got
    got = found(matcher, "中国南方航空与中国东方航空重组为中国航空集团。", "cn")
    assert [c for s, lab, c in got if s == "中国东方航空"] != ["China National Aviation Holding"], got
