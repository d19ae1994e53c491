"""gazetteer_zh_aliases (issue 14, session 27): the Agricultural Development Bank of China is written without 中国 in
lists of lenders and in its branches' names (农业发展银行某省分行): the short name is the bank, and with a province and
分行 its branch, not the branch of the bank named before it in the list (made-up text)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_the_short_name_is_the_bank(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "农业发展银行加大粮食收购贷款投放。") == [
        ("农业发展银行", "Agricultural Development Bank of China")]


def test_a_branch_after_another_bank_is_its_own(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "国家开发银行江西省分行、农业发展银行江西省分行配合。")
    assert [s for s, _ in got] == ["国家开发银行江西省分行", "农业发展银行江西省分行"]


def test_another_country_before_the_short_name_names_its_own_bank(matcher: ZhEntityMatcher) -> None:
    # 某国 + 农业发展银行 is that country's agricultural development bank, one body as written, no ADBC (review M3)
    assert bodies(matcher, "巴基斯坦农业发展银行与中方签约。") == [("巴基斯坦农业发展银行", "巴基斯坦农业发展银行")]
    assert bodies(matcher, "越南国家开发银行与中方签约。") == [("越南国家开发银行", "越南国家开发银行")]
    # a country that only ends the clause before the bank keeps both
    assert ("农业发展银行", "Agricultural Development Bank of China") in bodies(matcher, "他从巴基斯坦来到农业发展银行工作。")
