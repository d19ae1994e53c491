"""entities_zh place_names.route_pattern (issue 14, session 29, zhplhk): a ring or bypass route named by the place it
circles (某某都市圈环线高速公路, 某市环城高速, 某市绕城高速公路, 外环 / 内环 …, 环线铁路) is a route designation
(DECISIONS 20): the place in it is no mention; the same place written alone stays. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


@pytest.mark.parametrize("text", [
    "成都都市圈环线高速公路全线通车。",
    "广州环城高速公路完成改扩建。",
    "成都绕城高速全线通车。",
    "武汉外环高速公路开工建设。",
])
def test_a_ring_route_names_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_the_place_alone_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "成都经济总量近2万亿元，成都绕城高速全线通车。") == ["成都"]
