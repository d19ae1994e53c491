"""entities_zh (issue 14, session 25): a university's centre or attached school written right after it is one
institution, the unit's, and the university and a place inside it are no mentions of their own; a university that
acts before a centre it builds stays the university (made-up universities and cities)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def pairs(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab, _ in found(matcher, text, "cn")]


def test_a_universitys_centre_with_a_city_inside_is_one_body(matcher: ZhEntityMatcher) -> None:
    assert pairs(matcher, "合作共建南方医科大学东莞精神卫生中心。") == [("南方医科大学东莞精神卫生中心", "INSTITUTION")]
    assert pairs(matcher, "岭东大学江北精神卫生中心揭牌。") == [("岭东大学江北精神卫生中心", "INSTITUTION")]
    assert pairs(matcher, "中山大学肿瘤防治中心与江北市签约。") == [("中山大学肿瘤防治中心", "INSTITUTION")]


def test_a_universitys_attached_school_is_one_body(matcher: ZhEntityMatcher) -> None:
    assert pairs(matcher, "岭东大学附属中学开学。") == [("岭东大学附属中学", "INSTITUTION")]
    assert pairs(matcher, "岭东师范大学附属实验小学举行典礼。") == [("岭东师范大学附属实验小学", "INSTITUTION")]


def test_a_university_that_builds_a_centre_stays_the_university(matcher: ZhEntityMatcher) -> None:
    assert pairs(matcher, "江北市与岭东大学共建研究中心。") == [("岭东大学", "INSTITUTION")]
    assert pairs(matcher, "依托岭东大学建设创新中心。") == [("岭东大学", "INSTITUTION")]


def test_a_clause_ending_in_a_centre_is_no_unit(matcher: ZhEntityMatcher) -> None:
    # review M2 (session 25): where a university is (a city centre) or what it launches is no centre of its own
    assert pairs(matcher, "岭东大学位于江北市中心，是一所综合性大学。") == [("岭东大学", "INSTITUTION")]
    assert pairs(matcher, "中山大学位于广州市中心，是一所综合性大学。") == [("中山大学", "INSTITUTION"), ("广州市", "PLACE")]
    assert pairs(matcher, "华南理工大学地处广州城市中心。") == [("华南理工大学", "INSTITUTION"), ("广州", "PLACE")]
    assert pairs(matcher, "复旦大学推出全新数据中心。") == [("复旦大学", "INSTITUTION")]
