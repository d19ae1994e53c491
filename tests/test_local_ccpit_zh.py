"""The local councils for the promotion of international trade by level (made-up sentences): 某市贸促会 / 省贸促会 is the
council of that division (中国国际贸易促进委员会某市委员会), named by level as 市工商联 is (relative_bodies, _relative_bodies_ccpit)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_a_city_and_its_level_before_the_council_is_that_citys_council(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "佛山市贸促会组织企业参加展会。") == [("佛山市贸促会", "中国国际贸易促进委员会佛山市委员会")]


def test_the_council_by_level_is_the_home_citys(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "江门市举办推介会,市贸促会介绍了出口政策。") == [("市贸促会", "中国国际贸易促进委员会江门市委员会")]


def test_every_citys_council_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "江门市举办推介会,各市贸促会派员参加。") == []
