"""Session 28 (zhinst): the aspect particle 了 closes the verb before a list of firms (参观了甲某热管、乙某有限公司等企业):
the first firm starts after it (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, name", [
    ("代表们参观了瑞丰热管、华信网络科技有限公司等企业。", "瑞丰热管"),
    ("调研组考察了金桥机械、宏达环保等企业。", "金桥机械"),
])
def test_the_first_firm_starts_after_le(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    insts = [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]
    assert name in insts
    assert not [s for s in insts if "了" in s]
