"""town_villages_zh (issue 14, session 28, lead): a town level the suffix rules build no name on (乡: 家乡, 城乡)
before a village must not fail the document (it raised KeyError '乡' and lost every row of the text); a 镇 still
builds its town. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_township_before_its_village_does_not_fail(matcher: ZhEntityMatcher) -> None:
    places(matcher, "太平乡西河村今年新建村道3公里，枫木镇新屋村完成改造。")  # no exception


def test_a_town_before_its_village_still_builds_the_town(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "石岭乡东坑村和枫木镇新屋村今年完成改造。")
    assert "新屋村" in got
