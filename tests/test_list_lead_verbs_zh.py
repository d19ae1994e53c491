"""Session 29 (zhinst): a verb that introduces a list of bodies (响应 'respond to', 会同 'together with', 邀请 'invite',
携手 / 联手 'join hands with') is no part of the list's first item: 为响应甲省文明办、甲省农业农村厅发布的通知 names 甲省文明办
(sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, first", [
    ("为响应江苏省文明办、江苏省农业农村厅发布的通知，全镇开展活动。", "江苏省文明办"),
    ("区政府会同区发改局、区财政局研究落实。", "区发改局"),
])
def test_a_list_leading_verb_is_no_part_of_the_first_body(matcher: ZhEntityMatcher, text: str, first: str) -> None:
    insts = [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]
    assert first in insts
    assert not [s for s in insts if s.startswith(("为响应", "响应", "会同", "邀请"))]
