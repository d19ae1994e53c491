"""Chinese places, session 21 (issue 14): a country or province that only opens an honour's or a brand title's name
is no mention: a trademark or brand title conferred by a level (中国驰名商标 after a verb, 广东省著名商标, 广东名牌产品)
and a superlative ranking title (中国最具幸福感城区); a region of Guangdong's pattern inside a city's role title
(某某沿海经济带重要滨海城市); a territory's return celebration (香港回归庆典) is an event. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "全年新增广东省著名商标5件、广东名牌产品3个。",
    "本区成功蝉联中国最具幸福感城区。",
    "为加快建设某某沿海经济带重要滨海城市贡献力量。",
])
def test_a_level_opening_a_title_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("中国城市发展很快，最具活力的是深圳。", "中国"),
    ("广东制造的产品质量好。", "广东"),
    ("由珠三角核心区、沿海经济带、北部生态发展区构成。", "沿海经济带"),
])
def test_a_place_before_other_words_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


def test_a_returns_celebration_is_an_event(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "主席在香港回歸慶典發表重要講話。") == []
    assert places(matcher, "澳门回归20周年庆祝大会隆重举行。") == []
    assert places(matcher, "香港回归以来，经济持续发展。") == ["香港"]
