"""entities_zh: the Legislative Council's panels (事務委員會, legco.gov.hk 'Panels') by their Chinese names, also
right after a member's name and title (X議員 + panel, as agenda items write them); the bare names only in a Hong Kong
text (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_panel_after_a_members_title_is_the_whole_panel(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "3.陳大文議員交通事務委員會向立法會提交的報告")
    assert ("交通事務委員會", "Panel on Transport") in got
    got = insts(matcher, "5.李小明议员资讯科技及广播事务委员会向立法会提交的报告")
    assert got[0] == ("资讯科技及广播事务委员会", "Panel on Information Technology and Broadcasting")
    assert not any(s == "广播事务委员会" for s, _ in got)


def test_panel_names_with_a_conjunction_are_one_panel(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "食物安全及環境衞生事務委員會今日討論街市管理。") == [
        ("食物安全及環境衞生事務委員會", "Panel on Food Safety and Environmental Hygiene")]
    assert insts(matcher, "議員在公務員及資助機構員工事務委員會提出意見。") == [
        ("公務員及資助機構員工事務委員會", "Panel on Public Service")]


def test_a_bare_panel_name_elsewhere_is_no_legislative_council_panel(matcher: ZhEntityMatcher) -> None:
    assert not any("Panel on" in c for _, c in insts(matcher, "学校教育事务委员会审议了方案。", "cn"))
