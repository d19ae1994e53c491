"""entities_zh (issue 14, session 27, zhplhk): a village or island before 太平清醮 (某洲太平清醮, 某村太平清醮: its jiao
festival) names the festival, an event (DECISIONS 21): the place in it is no mention; the same place standing alone
in the text still is one (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "hk") if lab == "PLACE"]


def test_a_place_opening_a_jiao_festival_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "無人機表演以天后誕、譚公誕及長洲太平清醮為主題。") == []
    assert places(matcher, "林村太平清醮每十年舉行一次。") == []


def test_the_place_alone_still_counts(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "長洲太平清醮吸引大批旅客前往長洲。") == ["長洲"]
