"""Session 26 (zhinst): a member of a government's Party committee (某区人民政府党委委员, 某镇人民政府党委委员 + name) is a post, no
mention of the government, as 党组成员 is (sentences are made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_a_town_governments_party_committee_member_is_a_post(matcher: ZhEntityMatcher) -> None:
    rows = [s for s, lab, _ in found(matcher, "增城区人民政府党委委员彭某出席仪式。", "cn") if lab == "INSTITUTION"]
    assert rows == []


def test_the_government_acting_is_still_named(matcher: ZhEntityMatcher) -> None:
    rows = [s for s, lab, _ in found(matcher, "增城区人民政府与某公司签约。增城区人民政府党委委员彭某出席。", "cn") if lab == "INSTITUTION"]
    assert len([s for s in rows if s.endswith("人民政府")]) == 1
