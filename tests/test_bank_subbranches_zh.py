"""Session 26 (zhinst): a bank + its city + the district its sub-branch serves + 支行 is one body, and the banks'
two-character short names (工行, 农行, 建行, 中行, 交行) name the bank between boundaries (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def _rows(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str, str]]:
    return found(matcher, text, "cn")


@pytest.mark.parametrize("text, name", [
    ("工商银行广州番禺支行向本地企业发放贷款。", "工商银行广州番禺支行"),
    ("中国建设银行深圳罗湖支行向小微企业发放贷款。", "中国建设银行深圳罗湖支行"),
    ("截至去年底,农业银行佛山南海支行新增授信20亿元。", "农业银行佛山南海支行"),
])
def test_a_district_sub_branch_is_one_body(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    rows = _rows(matcher, text)
    assert (name, "INSTITUTION") in [(s, lab) for s, lab, _ in rows]
    assert not [s for s, lab, _ in rows if lab == "PLACE"]  # neither the city nor the district is a mention there


def test_a_province_branch_stays_as_before(matcher: ZhEntityMatcher) -> None:
    rows = _rows(matcher, "中国银行广东省分行在全省设立县域网点。")
    assert [(s, lab) for s, lab, _ in rows] == [("中国银行广东省分行", "INSTITUTION")]


@pytest.mark.parametrize("text, canon", [
    ("农行将为该市提供300亿元意向性信用额度。", "Agricultural Bank of China"),
    ("会上,工行、建行等银行介绍了产品。", "Industrial and Commercial Bank of China"),
])
def test_a_bank_short_name_between_boundaries(matcher: ZhEntityMatcher, text: str, canon: str) -> None:
    assert canon in [c for _, lab, c in _rows(matcher, text) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text", [
    "今年开展集中行动,推动施工行业规范发展。",
    "严厉打击外交行为之外的违法活动,务农行列不断壮大。",
])
def test_short_names_inside_words_name_no_bank(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, lab, _ in _rows(matcher, text) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text, bank, city", [
    ("工商银行广州辖内支行累计发放贷款50亿元。", "Industrial and Commercial Bank of China", "Guangzhou"),
    ("农业银行佛山各区支行设立绿色通道。", "Agricultural Bank of China", "Foshan"),
    ("建设银行东莞下属分行全部开通该业务。", "China Construction Bank", "Dongguan"),
    ("农业银行佛山三家支行开通了该业务。", "Agricultural Bank of China", "Foshan"),
])
def test_a_determiner_before_the_sub_branch_names_no_district(matcher: ZhEntityMatcher, text: str, bank: str,
                                                               city: str) -> None:
    """辖内, 各区, 下属, 三家 + 支行 are the bank's sub-branches in the city, no body of their own (review revzh M8)."""
    rows = _rows(matcher, text)
    assert ("INSTITUTION", bank) in [(lab, c) for _, lab, c in rows]
    assert ("PLACE", city) in [(lab, c) for _, lab, c in rows]
    assert not [s for s, _, _ in rows if s.endswith(("支行", "分行"))]
