"""entities_zh (issue 14, session 27, zhplhk): Hong Kong's marine parks and marine reserve are places by their whole
names, also where the name joins two islands with 及 (沙洲及龍鼓洲海岸公園: one park, not 龍鼓洲海岸公園) or opens
with a word that is no place (大小磨刀海岸公園); a bare 海岸公園 is a kind. 內河碼頭 (river-trade berths) is a kind of
terminal, as 貨櫃碼頭 is; one written with its place (屯門內河碼頭) is a place (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "hk") if lab == "PLACE"]


def test_marine_parks_by_their_whole_names(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新航道會遠離沙洲及龍鼓洲海岸公園的海豚棲息地。") == [
        ("沙洲及龍鼓洲海岸公園", "Sha Chau and Lung Kwu Chau Marine Park")]
    assert places(matcher, "漁護署會在大小磨刀海岸公園及鶴咀海岸保護區加強巡邏。") == [
        ("大小磨刀海岸公園", "The Brothers Marine Park"), ("鶴咀海岸保護區", "Cape D'Aguilar Marine Reserve")]


def test_a_bare_marine_park_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "海岸公園的範圍會逐步擴大。") == []


def test_river_trade_berths_are_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "用地會發展物流業及內河碼頭。") == []
    assert [s for s, _ in places(matcher, "屯門內河碼頭的用地會重新規劃。")] == ["屯門內河碼頭"]
