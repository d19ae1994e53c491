"""suffix_zh data (issue 14, session 25): a forest farm (某山林场) and an exhibition hall (某某文化展馆) are named
places; their kinds (国有林场, 专题展馆) are not. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_named_forest_farm_and_hall_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "副省长来到青云林场察看林木长势，随后走进新丰茶文化展馆。")
    assert "青云林场" in got and "新丰茶文化展馆" in got


def test_the_kinds_are_no_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全市深入推进国有林场改革，集体林场和专题展馆建设同步推进。") == []
