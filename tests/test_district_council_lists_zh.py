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
