"""Session 28 (zhinst): a subdistrict's congress working committee (某街道人大工委) is one institution — not a 'subdistrict
congress' — and written bare it is the committee of the subdistrict the text names (sentences are made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_a_named_subdistricts_committee(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "黄埔街道人大工委组织代表视察辖区企业。", "cn")
    assert [(s, lab) for s, lab, _ in rows if lab == "INSTITUTION"] == [("黄埔街道人大工委", "INSTITUTION")]
    assert not [c for _, _, c in rows if "人民代表大会" in c]


def test_the_bare_committee_is_the_named_subdistricts(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "黄埔街道召开会议。会后,街道人大工委组织代表视察。", "cn")
    assert ("街道人大工委", "INSTITUTION", "黄埔街道人大工作委员会") in rows


def test_the_district_congress_stays(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "区人大常委会开展专题视察。", "cn")
    assert [lab for _, lab, _ in rows] == ["INSTITUTION"]


def test_the_committee_after_its_district(matcher: ZhEntityMatcher) -> None:
    # review-mendzd Z4: the district before the subdistrict (某区某街道人大工委) left the 'subdistrict congress' reading
    rows = found(matcher, "福州市鼓楼区东街街道人大工委开展活动。", "cn")
    assert ("东街街道人大工委", "INSTITUTION", "东街街道人大工作委员会") in rows
    assert not [c for _, _, c in rows if "人民代表大会" in c]
