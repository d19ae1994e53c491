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
