"""level_venues_zh (issue 14, session 27): a division's public venue named by its level word alone (市体育中心,
区体育馆, 县文化广场) is a place in that division's report; not after a scope word, a determiner or an area word,
nor where the level word ends a frequent word (城市体育中心). Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_city_venue_named_by_its_level_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert "市体育中心" in places(matcher, "年内完成市体育中心及周边改造。")
    assert "区体育馆" in places(matcher, "加快区体育馆建设。")
    assert "县文化广场" in places(matcher, "活动在县文化广场举行。")


def test_a_named_venue_keeps_its_whole_name(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "深圳市体育中心改造完成。")
    assert "深圳市体育中心" in got and "市体育中心" not in got


def test_kinds_and_scopes_name_no_venue(matcher: ZhEntityMatcher) -> None:
    for text in ("城市体育中心建设加快。", "各市体育中心免费开放。", "全区体育馆延长开放时间。",
                 "社区体育馆免费开放。"):
        assert places(matcher, text) == [], text


def test_a_library_is_no_level_venue(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "区图书馆举办读书节。") == []


def test_a_venue_in_a_list_of_kinds_is_no_place(matcher: ZhEntityMatcher) -> None:
    """review-revzh S6: after 县级图书馆 (every county's library) 县体育馆 is a kind too."""
    assert places(matcher, "推动县级图书馆、县体育馆免费开放。") == []
    assert places(matcher, "各区图书馆和区体育馆延长开放。") == []
    assert "区体育馆" in places(matcher, "完成青石公园、区体育馆改造。")
