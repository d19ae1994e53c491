"""Session 29 (zhinst): 等 right after a known body closes a list ('A and other central ministries'), so no department
chain (…部 / …司 / …处 / …中心) of that body starts there: 财政部等中央部委 names 财政部, not a unit 财政部等中央部.
A unit whose own name holds 等 further in (教育厅高等教育处) and 等离子 'plasma' are not list closers (sentences are
made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, loc, body", [
    ("市政府与财政部等中央部委对接。", "cn", "财政部"),
    ("区政府将与国家发展改革委等部委签署协议。", "cn", "国家发展改革委"),
    ("特區政府會與國家發展和改革委員會等中央部委設立聯絡機制。", "hk", "國家發展和改革委員會"),
    ("市商务局与商务部等中央部门加强沟通。", "cn", "商务部"),
])
def test_a_known_body_before_deng_and_a_collective_is_the_body(matcher: ZhEntityMatcher, text: str, loc: str,
                                                                body: str) -> None:
    insts = [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]
    assert body in insts
    assert not [s for s in insts if "等" in s]


def test_a_unit_chain_without_a_list_closer_stays(matcher: ZhEntityMatcher) -> None:
    insts = [s for s, lab, _ in found(matcher, "中联办经济部贸易处负责联络。", "cn") if lab == "INSTITUTION"]
    assert "中联办经济部贸易处" in insts
