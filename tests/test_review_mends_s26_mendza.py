"""review-revzh (session 26) mends by mendza: villages and communities (村, 社区) read as places only where they are
named, not where a kind of village or community is described. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "PLACE"]


def test_s2_a_community_named_new_village_after_its_street(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "金湾区红旗街道新村社区举行揭牌仪式。")
    assert "新村社区" in got and "红旗街道" in got and not any(s.endswith("街道新村") for s in got)
    assert "石村社区" in places(matcher, "某某街道石村社区举办文艺汇演。")


def test_s2_kinds_of_rural_community_stay_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进农村社区、乡村社区和城中村社区建设。") == []


def test_m2_kinds_and_counts_of_villages_are_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "当地渔村焕然一新，沿海渔村发展民宿经济。") == []
    assert places(matcher, "那个小山村成了打卡地。") == []
    assert places(matcher, "实施千村示范万村整治工程，助力百村振兴。") == []


def test_m2_villages_named_before_a_predicate_stay(matcher: ZhEntityMatcher) -> None:
    assert {"青山村", "黄龙村"} <= set(places(matcher, "青山村和黄龙村发展民宿经济。"))