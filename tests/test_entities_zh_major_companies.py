"""entities_zh: large companies that Guangdong's reports name by their short forms, an international organisation
seated in Hong Kong, and Hong Kong bodies known only by their English names before (made-up sentences; each
states the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("支持广汽集团建设智能工厂。", "广汽集团", "GAC Group"),
    ("广汽新能源车型陆续上市。", "广汽", "GAC Group"),
    ("支持美的、格力加快数字化转型。", "美的", "Midea Group"),
    ("万科与市属国企签署合作协议。", "万科", "China Vanke"),
    ("大疆无人机产业园启用。", "大疆", "DJI"),
    ("中国平安在本市设立区域总部。", "中国平安", "Ping An Insurance (Group)"),
])
def test_a_large_companys_short_form_names_it(matcher: ZhEntityMatcher, text: str, name: str, canonical: str) -> None:
    # reports name listed groups by their short forms (the company's own usage, its listing's name)
    assert (name, canonical) in institutions(matcher, text)


@pytest.mark.parametrize("text", ["推广汽车以旧换新,扩大消费。", "营造美的人居环境。", "新增1万科研人员。", "祝大家一路顺丰。"])
def test_a_short_form_inside_other_words_is_no_company(matcher: ZhEntityMatcher, text: str) -> None:
    # 广汽 inside 推广汽车, 美的 'beautiful', 万科 in 1万 + 科研, 顺丰 in the idiom 一路顺丰: no company
    assert institutions(matcher, text) == []


def test_the_mediation_organisation_seated_in_hong_kong_is_an_institution(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "特區政府全力支持國際調解院的工作。", "hk") == [
        ("特區政府", "Hong Kong SAR Government"), ("國際調解院", "International Organization for Mediation")]


def test_hong_kong_bodies_take_their_chinese_names(matcher: ZhEntityMatcher) -> None:
    # 創意香港 (Create Hong Kong) and 香港設計中心 were known by their English names only: the place inside stays no place
    assert found(matcher, "創意香港資助香港設計中心舉辦活動。", "hk") == [
        ("創意香港", "INSTITUTION", "Create Hong Kong"), ("香港設計中心", "INSTITUTION", "Hong Kong Design Centre")]


def test_an_academys_university_is_one_name(matcher: ZhEntityMatcher) -> None:
    # the academy's name written first with no break is part of its university's registered name, as of its
    # institutes (中国科学院某某研究所): one institution, the academy no mention of its own there
    assert institutions(matcher, "中国科学院某某理工大学今年秋季招生。") == [("中国科学院某某理工大学", "中国科学院某某理工大学")]


def test_offices_in_the_mainland_as_a_whole_are_a_kind(matcher: ZhEntityMatcher) -> None:
    # 駐內地 / 駐海外 ('stationed in the Mainland / overseas'): the regions hold several of the place's offices, so
    # the phrase names that kind of office, no one office (an office named only as one of its kind: no row)
    assert institutions(matcher, "投資推廣署及香港駐內地辦事處組成一站式平台。", "hk") == [("投資推廣署", "Invest Hong Kong")]


def test_setting_up_an_office_names_none(matcher: ZhEntityMatcher) -> None:
    # 在港設辦事處 ('set up an office in Hong Kong'): an office named by its function takes a phrase of its own
    # (文物推廣辦事處), not a place and a verb
    assert institutions(matcher, "爭取國際組織在港設辦事處。", "hk") == []
