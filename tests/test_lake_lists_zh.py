"""lake_lists_zh (issue 14, session 29): two or more lake names (1-3 characters + 湖) joined by 、 / 和 / 及 are lakes,
places, even where no word list knows them; generic words (江湖, 河湖), a numeral or determiner first, and a single
name alone give none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_listed_lakes_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "新区两侧的翠屏湖、月牙湖将建成生态公园。")
    assert "翠屏湖" in got and "月牙湖" in got


def test_traditional_text_too(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "新區兩側的翠屏湖、月牙湖將建成生態公園。")
    assert "翠屏湖" in got and "月牙湖" in got


def test_the_list_ends_at_the_last_lake(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "规划范围包括翠屏湖、月牙湖等水域。")
    assert "月牙湖" in got and not any(g.startswith("月牙湖等") for g in got)


def test_generic_words_and_numerals_name_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加强江湖、河湖综合治理。") == []
    assert places(matcher, "全区共有两湖、三湖。") == []


def test_one_name_alone_is_not_read_by_the_list_rule(matcher: ZhEntityMatcher) -> None:
    assert "翠屏湖" not in places(matcher, "他的老家在翠屏湖。")
