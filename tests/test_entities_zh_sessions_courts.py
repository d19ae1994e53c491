"""entities_zh (issue 14, session 20): a congress or CPPCC committee right before 会议 names its yearly session (an
event, S10: a session never lists its body); a level's procuratorate and court written in full (市人民检察院,
市中级人民法院) are that division's bodies like their short forms; 县人大及其常务委员会 names the standing committee
written in full; 中共 before a division's committee is part of its name (中共某区委). Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text,loc", [("甲省人大会议今天上午开幕,省长作报告。", "cn"), ("廣東省人大會議今日開幕。", "hk"),
                                      ("市政协会议期间,委员们提出建议。", "cn")])
def test_a_congress_before_huiyi_is_its_session(matcher: ZhEntityMatcher, text: str, loc: str) -> None:
    assert insts(matcher, text, loc) == []


def test_the_congress_acting_and_its_standing_committee_meeting_stay(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "广东省人大审议通过。") == [("广东省人大", "广东省人民代表大会")]


def test_a_procuratorate_written_in_full_is_the_level_body(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "列席的有:市中级人民法院、市人民检察院各一名负责人。")
    assert [s for s, _ in got] == ["市中级人民法院", "市人民检察院"]
    got = insts(matcher, "韶关市地处粤北。韶关市经济平稳。市人民检察院负责人出席。")
    assert ("市人民检察院", "韶关市人民检察院") in got


def test_the_standing_committee_written_in_full_after_jiqi(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "某县位于甲市。平远县政府在县人大及其常务委员会的监督下工作。")
    assert ("常务委员会", "平远县人民代表大会常务委员会") in got


def test_zhonggong_before_a_divisions_committee_is_part_of_its_name(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "本届政府在中共海珠区委的正确领导下工作。") == [("中共海珠区委", "中共海珠区委员会")]
