"""administered_zh (issue 14, session 25): a community's or a village's profile lists its residents' or villagers'
groups by name after 下设 / 下辖 with their count (下设甲、乙…N个居民小组): each group is a named hamlet, a place,
where the count matches; a body's offices listed after 下设 are no settlements. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_the_groups_a_community_lists_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "石岗社区位于镇中心，下设岗头、岗尾、新围、塘边4个居民小组。")
    assert {"岗头", "岗尾", "新围", "塘边"} <= set(got)
    got = places(matcher, "大坪村下辖上坪、下坪、石角3个村民小组。")
    assert {"上坪", "下坪", "石角"} <= set(got)


def test_a_miscounted_list_or_a_bodys_offices_are_not(matcher: ZhEntityMatcher) -> None:
    assert "岗头" not in places(matcher, "石岗社区下设岗头、岗尾、新围5个居民小组。")  # 5 written, 3 listed
    assert places(matcher, "该局下设办公室、财务科、人事科3个科室。") == []
