"""Mainland places in lists and kinds, on made-up sentences (session 11, issue 14, round 2).

A province written before a list's name (…森林乡村名单, …特色产业目录) is inside that name; a level word between a
city and a kind (某市省级历史文化街区) makes a kind; historic streets listed before 等N处历史文化街区 and counties
before 两县 are places; a named convention or conference centre is a place; a country before 语 names a language.
"""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> dict[str, str]:
    return {s: c for s, label, c in found(matcher, text, loc) if label == "PLACE"}


@pytest.mark.parametrize("text", [
    "梅县区多个村庄入选广东省森林乡村名单。",
    "丝苗米产业入选广东省县域特色产业目录。",
    "三处街区列入第二批广东省历史文化街区名单。",
])
def test_a_province_that_opens_a_lists_name_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert not {"广东省", "广东"} & set(places(matcher, text))
    assert not any(s.startswith("广东省") for s in places(matcher, text))


def test_a_level_word_between_a_city_and_a_kind_makes_a_kind(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "这实现了梅州市省级历史文化街区零的突破。")
    assert not any("街区" in s for s in got)


def test_streets_listed_before_a_count_of_historic_quarters_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "去年,梅州市的凌风路、百花洲、东街等3处历史文化街区完成修缮。")
    assert {"凌风路", "百花洲", "东街"} <= set(got)


def test_counties_listed_before_a_count_of_counties_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "去年,新增乳源、新丰两县通高铁。")
    assert {"乳源", "新丰"} <= set(got)


@pytest.mark.parametrize(("text", "name"), [
    ("全省代表大会在广州白云国际会议中心开幕。", "广州白云国际会议中心"),
    ("招商大会在韶关国际会展中心举行。", "韶关国际会展中心"),
])
def test_a_named_convention_centre_is_one_place(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


@pytest.mark.parametrize("text", ["建设葡萄牙/西班牙语系国家经贸合作平台。", "邀请法国语言学家授课。"])
def test_a_country_before_language_names_a_language(matcher: ZhEntityMatcher, text: str) -> None:
    assert not {"葡萄牙", "西班牙", "法国"} & set(places(matcher, text))


@pytest.mark.parametrize(("text", "name"), [
    ("阳江港离琼州海峡不远。", "琼州海峡"),
    ("乙市向东携手粤闽赣都市圈。", "粤闽赣都市圈"),
    ("全县拥有南岭产业转移园区、大坪拓展区等产业平台。", "南岭产业转移园区"),
    ("全县拥有南岭产业转移园区、大坪拓展区等产业平台。", "大坪拓展区"),
    ("汕尾港白沙湖作业区公用码头建设加快推进。", "白沙湖作业区"),
])
def test_a_clause_word_before_a_place_ends_the_name_before_it(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


def test_the_chinese_mainland_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "湛江位于中国大陆最南端。").get("中国大陆") == "Mainland China"


def test_a_public_wharf_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert "公用码头" not in places(matcher, "新建2个公用码头。")
