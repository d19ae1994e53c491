"""entities_zh (issue 14, session 27, zhplhk): Hong Kong districts listed before one 區議會 (某某和某某區議會, 甲、乙和丙區
議會: the councils of all of them, the head written once) name those districts' councils, no place mention each, as
the last district inside its council's name is none (GUIDELINES-zh 11); the same districts listed before anything
else stay places (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "hk") if lab == "PLACE"]


def test_districts_before_a_shared_council_are_no_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "立法會議員與元朗和離島區議會議員舉行會議。") == []
    assert places(matcher, "議員與九龍城、黃大仙和觀塘區議會議員會面。") == []
    assert places(matcher, "立法会议员与屯门和北区区议会议员举行会议。") == []


def test_listed_districts_elsewhere_stay_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "居民由元朗和大埔前往市區。") == ["元朗", "大埔"]
    assert places(matcher, "沙田和大埔的居民會受惠。") == ["沙田", "大埔"]


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "hk") if lab == "INSTITUTION"]


def test_districts_before_a_shared_council_name_their_councils(matcher: ZhEntityMatcher) -> None:
    # the head 區議會 written once is each listed district's council, as 北京、广州及深圳海关 (review-revzh S4)
    assert bodies(matcher, "元朗和離島區議會通過了一項動議。") == [("元朗", "元朗区议会"), ("離島區議會", "離島區議會")]
    got = bodies(matcher, "九龍城、黃大仙和觀塘區議會昨日分別開會。")
    assert [c for _, c in got] == ["九龙城区议会", "黄大仙区议会", "觀塘區議會"]
    assert bodies(matcher, "北區和大埔區議會均表示支持。")[0] == ("北區", "北区区议会")
    assert bodies(matcher, "立法會議員與元朗和離島區議會議員舉行會議。") == []  # the councillors: a post
