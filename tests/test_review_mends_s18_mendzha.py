"""Review mends, session 18 (mendzha; review revzh M1, M2 and two should-fixes), made-up sentences.

M1: a division's short form that is a frequent word of Chinese (合作 for 合作市, 资源 for 资源县, 新建 for 新建区:
zh_frequent_words.json, from jieba's dictionary) is no report's own division, and an inferred own division's short
form needs a left edge. M2: a town's full name that is a character + a frequent word (大城镇, 小城镇) names no county,
and a full name names its county only with a left edge. 五局三胜制 / 三局比分 count no bureaus; 人民幣業務收入 is a
business, not the currency of the amount (only holdings nouns after 人民幣 make it renminbi).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.extract.figures.chinese import find_figures_zh
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


@pytest.mark.parametrize("text", [
    "过去一年，全市上下坚持开放合作，深化区域合作，推动粤港澳合作取得新成效。",
    "过去一年，全县上下保护生态资源，盘活土地资源，整合旅游资源，推动资源共享。",
    "全区新建学校3所，新建道路12公里。",
])
def test_a_frequent_word_is_no_reports_own_division(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_the_real_own_division_is_kept_where_a_frequent_word_was_counted(matcher: ZhEntityMatcher) -> None:
    text = ("一年来，县委县政府团结带领全县人民，推动龙门经济稳步增长。盘活土地资源，整合旅游资源，推动资源共享，"
            "龙门旅游持续升温。")
    got = places(matcher, text)
    assert got and {s for s, _ in got} == {"龙门"} and all("Ziyuan" not in c for _, c in got)


@pytest.mark.parametrize("text", [
    "积极扩大城镇就业，新街、龙潭两镇加快发展。",
    "推进特色小城镇建设，怀德、响水两镇加快发展。",
])
def test_a_common_phrase_ending_in_a_towns_name_names_no_county(matcher: ZhEntityMatcher, text: str) -> None:
    # session 28 (zhplgd): the two towns the clause counts (甲、乙两镇) are places by the count (counted_lists_zh),
    # named as towns of no county; no county is read from 城镇 / 小城镇
    assert all(c.endswith("镇") and c[:-1] == s for s, c in places(matcher, text))


def test_a_towns_unique_full_name_after_an_edge_still_names_its_county(matcher: ZhEntityMatcher) -> None:
    assert ("恩平", "Enping") in places(matcher, "今年，牛江镇推进农房改造，恩平温泉品牌更响。")


@pytest.mark.parametrize("text", ["比赛采用五局三胜制，中国队以三局比分获胜。", "该队以三局胜出。"])
def test_games_of_a_match_are_no_bureaus(text: str) -> None:
    assert [f for f in find_figures_zh(text, locale="cn") if f.unit == "bureau"] == []


def test_renminbi_business_income_is_in_the_texts_own_dollar() -> None:
    got = [(f.value, f.unit) for f in find_figures_zh("本港銀行的人民幣業務收入達50億元。", locale="hk") if f.kind == "money"]
    assert got == [(Decimal(5e9), "HKD")]


def test_renminbi_deposits_stay_renminbi() -> None:
    got = [(f.value, f.unit) for f in find_figures_zh("本港人民幣存款達四千零七十七億元。", locale="hk") if f.kind == "money"]
    assert got == [(Decimal(407.7e9), "CNY")]


def test_renminbi_settlement_stays_renminbi() -> None:
    got = [(f.value, f.unit) for f in find_figures_zh("上月人民幣跨境貿易結算額為八百七十四億元。", locale="hk") if f.kind == "money"]
    assert got == [(Decimal(87.4e9), "CNY")]
