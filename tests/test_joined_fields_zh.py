"""same_names_zh.joined_fields (issue 14, session 27): a Hong Kong bureau is named by two fields joined by 及; where the
second field and the head alone are a known bureau's name (政制事務局, the Constitutional Affairs Bureau of 1997-2007),
a first field written right after a boundary opens the longer name: 「內地及政制事務局」 is one (proposed) bureau, not
Mainland China + the Constitutional Affairs Bureau. Two bodies listed with 及 stay two (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def mentions(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab, _ in found(matcher, text, "hk")]


def test_a_first_field_opens_the_longer_bureau_name(matcher: ZhEntityMatcher) -> None:
    assert mentions(matcher, "有團體建議設立「內地及政制事務局」。") == [("內地及政制事務局", "INSTITUTION")]
    assert mentions(matcher, "有團體建議設立內地及政制事務局。") == [("內地及政制事務局", "INSTITUTION")]


def test_two_bodies_joined_by_ji_stay_two(matcher: ZhEntityMatcher) -> None:
    assert mentions(matcher, "教育局及勞工及福利局合作推行計劃。") == [("教育局", "INSTITUTION"), ("勞工及福利局", "INSTITUTION")]
    got = mentions(matcher, "教育局及政制事務局代表出席。")
    assert ("政制事務局", "INSTITUTION") in got and ("教育局", "INSTITUTION") in got


def test_a_word_before_the_first_item_keeps_the_list(matcher: ZhEntityMatcher) -> None:
    got = mentions(matcher, "因為疫情及民政事務總署不批款，活動減少。")
    assert ("民政事務總署", "INSTITUTION") in got
