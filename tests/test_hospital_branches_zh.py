"""Session 26 (zhinst): a hospital + the place its branch serves + (第N)分院 is one body, the branch; the place in it is
no mention (sentences are made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_a_hospitals_numbered_branch_is_one_body(matcher: ZhEntityMatcher) -> None:
    rows = [(s, lab) for s, lab, _ in found(matcher, "湖州市第一人民医院吴兴第二分院昨日揭牌。", "cn")]
    assert rows == [("湖州市第一人民医院吴兴第二分院", "INSTITUTION")]


def test_a_branch_heads_title_is_a_post(matcher: ZhEntityMatcher) -> None:
    rows = [s for s, lab, _ in found(matcher, "广州市第一人民医院番禺分院院长出席。", "cn") if lab == "INSTITUTION"]
    assert not [s for s in rows if s.endswith("分院")]


def test_a_hospital_without_a_branch_stays(matcher: ZhEntityMatcher) -> None:
    rows = [s for s, _, _ in found(matcher, "湖州市第一人民医院与某镇人民政府签约。", "cn")]
    assert "湖州市第一人民医院" in rows
