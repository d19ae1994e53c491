"""Chinese places, session 19 (issue 14): a province's compass region (闽东, 粤西, 川西) with a second compass point
right after it names the compound-direction region (闽东北, 川西北), a place of its own, where the name ends there (a
boundary, a count, a region head); a province's economic region (川南经济区) is one zone; a Party meeting named by
its venue in 'the spirit of the X meeting' (某地会议精神) is an event, the place no mention. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def surfaces(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "region", "first"), [
    ("福建将推进闽西南、闽东北区域合作。", "闽西南", "闽西"),
    ("支持闽东北三市共建产业园。", "闽东北", "闽东"),
    ("加快闽东南沿海地区港口建设。", "闽东南", "闽东"),
    ("四川将加快川西北地区生态保护。", "川西北", "川西"),
])
def test_a_compass_region_with_a_second_point_is_the_compound_region(matcher: ZhEntityMatcher, text: str,
                                                                     region: str, first: str) -> None:
    found_surfaces = surfaces(matcher, text)
    assert region in found_surfaces and first not in found_surfaces


def test_a_second_point_that_starts_the_next_word_leaves_the_region(matcher: ZhEntityMatcher) -> None:
    found_surfaces = surfaces(matcher, "闽东北部山区的茶叶远销海外。")  # 北部 'the northern part' of 闽东
    assert "闽东" in found_surfaces and "闽东北" not in found_surfaces


@pytest.mark.parametrize(("text", "zone"), [
    ("川南经济区去年增长较快。", "川南经济区"),
    ("推动苏北经济区协调发展。", "苏北经济区"),
    ("川东北经济区交通网络不断完善。", "川东北经济区"),
])
def test_a_provinces_economic_region_is_one_zone(matcher: ZhEntityMatcher, text: str, zone: str) -> None:
    assert zone in surfaces(matcher, text)


@pytest.mark.parametrize(("text", "place"), [
    ("全市上下要大力弘扬遵义会议精神。", "遵义"),
    ("贵州省要传承好遵义会议精神。", "遵义"),
])
def test_a_meeting_named_by_its_venue_holds_no_place(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place not in surfaces(matcher, text)


def test_a_place_before_a_meeting_held_there_stays(matcher: ZhEntityMatcher) -> None:
    assert "遵义" in surfaces(matcher, "贵州省在遵义召开会议。")
