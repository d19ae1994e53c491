"""Session 28 (zhinst): a bank's short name (建行, 工行 …) written with no break before its branch's name opens that
name: one body (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, name", [
    ("镇政府与建行苏州工业园区科技支行签订了合作协议。", "建行苏州工业园区科技支行"),
    ("镇政府与建行杭州钱江新城支行举行签约仪式。", "建行杭州钱江新城支行"),
    ("农行佛山南海支行新增授信20亿元。", "农行佛山南海支行"),
])
def test_a_short_bank_name_opens_its_branch(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    rows = found(matcher, text, "cn")
    assert (name, "INSTITUTION") in [(s, lab) for s, lab, _ in rows]
    assert not [s for s, lab, _ in rows if lab == "PLACE"]


@pytest.mark.parametrize("text", [
    "今年开展集中行动,推动施工行业规范发展。",
    "会上,工行、建行等银行介绍了产品。",
])
def test_short_names_elsewhere_as_before(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, lab, _ in found(matcher, text, "cn") if s.endswith("支行")]
