"""Chinese places, session 28 (issue 14, zhplsite): a logistics park named by a proper word before its kind
(某某物流园, 某某冷链物流园, 某某物流园区), a valley park's 园区 (某某智谷园区) and a district's named themed streets
(某某特色街, 某某美食街, 某某餐饮街, 某某休闲街, 某某文化街) are named sites, places; the same heads after
common words only (智慧物流园, 冷链物流园区, 综合物流园区, 一批美食街) are kinds, no place. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "surface"), [
    ("推进石龙物流园建设。", "石龙物流园"),
    ("华东冷链物流园一期投用。", "华东冷链物流园"),
    ("宝湖物流园区新增企业十家。", "宝湖物流园区"),
    ("二十家企业入驻云岭智谷园区。", "云岭智谷园区"),
    ("提升西关美食街和东门餐饮街。", "西关美食街"),
    ("打造河埠头休闲街。", "河埠头休闲街"),
    ("改造青石巷文化街。", "青石巷文化街"),
])
def test_a_named_logistics_park_or_themed_street_is_one_place(matcher: ZhEntityMatcher, text: str,
                                                              surface: str) -> None:
    assert surface in places(matcher, text)


@pytest.mark.parametrize("text", [
    "建设智慧物流园和冷链物流园区。",
    "规划建设综合物流园区和公共物流园。",
    "打造一批美食街和特色街。",
])
def test_the_heads_after_common_words_are_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize("text", [
    "打造岭南风情特色街和夜经济美食街。",
    "建设网红美食街。",
    "打造潮玩特色街。",
])
def test_a_street_described_by_a_newer_common_phrase_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    """review revzh S5 (session 28, mendzb): 夜经济, 网红, 潮玩 (words jieba's list lacks) describe a kind of street."""
    assert places(matcher, text) == []
