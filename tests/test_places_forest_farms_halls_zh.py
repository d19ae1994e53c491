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


def test_farms_and_halls_named_by_their_level_owner_or_use_are_kinds(matcher: ZhEntityMatcher) -> None:
    # review-revzh M13: a body in common words only (乡镇, 公益, 企业) names a kind of farm or hall
    assert places(matcher, "县属林场和乡镇林场职工工资按时发放。") == []
    assert places(matcher, "全省重点林场完成改革，公益林场比例提高。") == []
    assert places(matcher, "本届进博会设有企业展馆和国家展馆。") == []
