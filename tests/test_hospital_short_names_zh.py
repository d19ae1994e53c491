"""entities_zh (issue 14, session 25): a known short name right before a numbered 院 (中大五院, 深圳二院, 中山一院) is a
hospital's short name, one name: no CUHK (中大) and no city read in it; a place until it acts, as any hospital
(DECISIONS 17/18); 院士 after a numeral stays an academician's title (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def pairs(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab, _ in found(matcher, text, "cn")]


def test_a_numbered_hospital_short_name_is_one_name(matcher: ZhEntityMatcher) -> None:
    assert pairs(matcher, "中大五院与江北市签约。")[0] == ("中大五院", "INSTITUTION")  # acts: the body
    assert pairs(matcher, "深圳二院牵头成立医联体。") == [("深圳二院", "INSTITUTION")]
    assert pairs(matcher, "中大五院新院区开工建设。") == [("中大五院", "PLACE")]  # works: the site


def test_academicians_stay_titles(matcher: ZhEntityMatcher) -> None:
    assert pairs(matcher, "两院院士李四出席。") == []
    assert pairs(matcher, "中国科学院院士张三出席。") == []
