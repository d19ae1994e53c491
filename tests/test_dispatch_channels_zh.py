"""Session 29 (zhinst): a dispatch whose outlet writes its channel after a middle dot at a line's start (某某网·某某频道讯)
names the outlet before the dot, one row, and the channel none; the clause after the dispatch starts no body name
(sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, outlet", [
    ("中国网·美丽江苏讯 近日，周庄镇开展结对共建活动。", "中国网"),
    ("东方网·浦东频道讯 3月5日，川沙新镇举行签约仪式。", "东方网"),
])
def test_the_outlet_before_the_dot_is_named(matcher: ZhEntityMatcher, text: str, outlet: str) -> None:
    rows = found(matcher, text, "cn")
    insts = [s for s, lab, _ in rows if lab == "INSTITUTION"]
    assert outlet in insts
    assert not [s for s in insts if "讯" in s]


def test_the_dispatch_holds_where_the_space_after_it_was_dropped(matcher: ZhEntityMatcher) -> None:
    insts = [s for s, lab, _ in found(matcher, "中国网·美丽江苏讯为响应省里号召，周庄镇开展活动。", "cn") if lab == "INSTITUTION"]
    assert "中国网" in insts
    assert not [s for s in insts if "讯" in s]
