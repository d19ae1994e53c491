"""Chinese places (issue 14): a gazetteer name read across two common words is no place (隆重庆祝: no 重庆; 顺应城市:
no 应城市; 其中山区: no 中山); one word cutting it on one side only keeps it. Word lists generated from jieba's dictionary
(scripts/build_zh_word_bounds.py). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text) if t[1] == "PLACE"]



@pytest.mark.parametrize("text", [
    "全市上下隆重庆祝建市四十周年。",  # 隆重|庆祝: no 重庆
    "顺应城市发展规律，优化空间布局。",  # 顺应|城市: no 应城市
    "全市共有八个县，其中山区县五个。",  # 其中|山区: no 中山
    "推进东南海域生态保护。",  # 东南|海域: no 南海
])
def test_a_place_name_read_across_two_common_words_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("代表团在重庆举行座谈。", ["重庆"]),
    ("以前海企业为例。", ["前海"]),  # 以前 cuts 前海, but 海企 is no word
    ("支持中山、江门加快发展。", ["中山", "江门"]),
])
def test_a_place_name_cut_by_one_word_only_stays(matcher: ZhEntityMatcher, text: str, expected: list[str]) -> None:
    assert places(matcher, text) == expected


def test_a_list_of_levels_joined_by_a_conjunction_names_no_county(matcher: ZhEntityMatcher) -> None:
    # 省、市和县委: the conjunction 和 and the last level 县, not Anhui's 和县 nor its committee
    assert found(matcher, "贯彻落实省、市和县委部署，在市和县政府支持下推进。", "cn") == []
    assert [s for s, lab, _ in found(matcher, "安徽和县发展迅速。", "cn") if lab == "PLACE"] == ["安徽", "和县"]
