"""nested_places_zh (issue 14, session 29): an autonomous county (or banner) written in full right after its city
written in full (某市某族自治县) is two places, the city and the county, as 某市某区 is; after the city's short form the
two stay one place (广州番禺: the inner one). Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_city_and_its_autonomous_county_in_full_are_two_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "上周，考察组走访了清远市连南瑶族自治县的三个村。")
    assert "清远市" in got and "连南瑶族自治县" in got


def test_the_traditional_form_splits_too(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "記者來到韶關市乳源瑤族自治縣採訪。")
    assert "韶關市" in got and "乳源瑤族自治縣" in got


def test_a_city_short_form_before_the_county_stays_one_place(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "我们来到清远连南调研。")
    assert "清远" not in got and "清远连南" in got


def test_a_city_and_its_district_still_split(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "茂名市电白区今年新建学校两所。")
    assert "茂名市" in got and "电白区" in got
