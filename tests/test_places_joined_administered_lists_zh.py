"""administered_zh (issue 14, session 27): a profile lists a second kind of unit right after the first in the same
clause (辖甲、乙…N个行政村和丙、丁M个社区); the joined list is read as the first is, where its own count matches.
Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_second_list_after_he_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇辖东坑、西坑、北坑3个行政村和兴隆、新街2个社区。")
    assert {"东坑", "西坑", "北坑", "兴隆", "新街"} <= set(got)


def test_a_second_list_after_ji_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇下辖上围、下围2个村委会及锦城、锦华、锦安3个社区，总人口3万人。")
    assert {"锦城", "锦华", "锦安"} <= set(got)


def test_a_second_list_whose_count_disagrees_is_not_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇辖东坑、西坑2个行政村和兴隆、新街5个社区。")
    assert "兴隆" not in got and "新街" not in got


def test_a_second_list_of_no_settlement_kind_is_not_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇辖东坑、西坑2个行政村和纺织、五金2个商会。")
    assert "纺织" not in got and "五金" not in got


def test_a_list_joined_to_an_uncounted_clause_is_not_read(matcher: ZhEntityMatcher) -> None:
    # session 28: a list whose own count agrees is read anywhere in a clause (counted_lists_zh: 兴隆、新街2个社区
    # are the two communities); joined to an uncounted clause with a count that disagrees it stays unread
    got = places(matcher, "该镇有工厂多家和兴隆、新街3个社区。")
    assert "兴隆" not in got and "新街" not in got


def test_deng_before_the_count_is_no_part_of_the_last_item(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇辖东坑、西坑、南坑、北坑等4个社区。")
    assert "北坑" in got and "北坑等" not in got
