"""Session 29 (zhinst): a known bank written right before a county's or district's short name and 支行 / 分行
(中国银行东海支行: 东海 is also 'the East China Sea', so no place is read there) is that sub-branch, one body; a
conjunction, 的, a determiner or a count between the bank and 支行 makes no branch name (中国银行及其支行, 各支行,
三家支行) (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


@pytest.mark.parametrize("text, name", [
    ("中国银行东海支行自成立以来紧紧围绕县域发展。", "中国银行东海支行"),
    ("据悉，农业银行高要支行今年新增涉农贷款。", "农业银行高要支行"),
])
def test_a_bank_and_a_short_place_before_zhihang_is_the_sub_branch(matcher: ZhEntityMatcher, text: str,
                                                                     name: str) -> None:
    assert name in insts(matcher, text)


@pytest.mark.parametrize("text", [
    "中国银行及其支行积极响应号召。",
    "中国银行各支行积极响应号召。",
    "中国银行三家支行参加了活动。",
    "工商银行的支行网点遍布全市。",
])
def test_no_branch_name_across_a_conjunction_determiner_or_count(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s in insts(matcher, text) if s.endswith("支行")]
