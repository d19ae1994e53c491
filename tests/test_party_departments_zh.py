"""Session 28 (zhinst): a committee's departments listed with the committee written once (某区委宣传部、组织部) are each
that committee's department, one institution each (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, canons", [
    ("番禺区委宣传部、组织部和某镇政府联合开展活动。", {"中共番禺区委员会宣传部", "中共番禺区委员会组织部"}),
    ("海珠区委组织部、宣传部、统战部负责人参加会议。",
     {"中共海珠区委员会组织部", "中共海珠区委员会宣传部", "中共海珠区委员会统一战线工作部"}),
])
def test_listed_departments_share_the_committee(matcher: ZhEntityMatcher, text: str, canons: set[str]) -> None:
    rows = found(matcher, text, "cn")
    assert canons <= {c for _, lab, c in rows if lab == "INSTITUTION"}


def test_a_kind_of_department_is_none(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "番禺区委宣传部、组织部门加强协调。", "cn")
    assert not [s for s, lab, _ in rows if lab == "INSTITUTION" and s.startswith("组织部")]
