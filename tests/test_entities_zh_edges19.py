"""entities_zh: where a body's name starts after a count of people (七十萬房屋委員會的租戶), after a verb closing with
及 (惠及) and after 按 ('according to') (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_count_of_people_before_a_body_is_no_part_of_its_name(matcher: ZhEntityMatcher) -> None:
    # 五十萬 (500,000 [tenants]) ends at its scale word: the known body after it is named as after a boundary
    got = insts(matcher, "新措施可惠及五十萬房屋委員會及房屋協會的租戶。")
    assert ("房屋委員會", "Hong Kong Housing Authority") in got and ("房屋協會", "Hong Kong Housing Society") in got
    assert not any("五十萬" in s or "惠及" in s for s, _ in got)
    got = insts(matcher, "計劃涉及2萬医管局员工。")
    assert got == [("医管局", "Hospital Authority")]


def test_a_verb_closing_with_ji_joins_no_two_fields_of_a_name(matcher: ZhEntityMatcher) -> None:
    # 惠及 / 涉及 ('benefit', 'involve') end a verb; 及 joining two nouns (交通及運輸委員會) still builds one name
    assert not any(s.startswith(("措施惠及", "工作涉及")) for s, _ in insts(matcher, "措施惠及漁農業諮詢委員會的成員。"))
    assert not any(s.startswith("工作涉及") for s, _ in insts(matcher, "工作涉及海事諮詢委員會的事務。"))
    assert insts(matcher, "文化及康體諮詢委員會今日開會。") == [("文化及康體諮詢委員會", "文化及康體諮詢委員會")]


def test_an_according_to_preposition_ends_on_the_left_of_a_short_body_name(matcher: ZhEntityMatcher) -> None:
    # 按 ('according to', as 按照): 按卫生署指引 follows the Department of Health's guidelines
    assert insts(matcher, "市民应按卫生署的指引接种疫苗。") == [("卫生署", "Department of Health")]
    assert insts(matcher, "工程會按地政總署的記錄進行。") == [("地政總署", "Lands Department")]



def test_a_copula_an_agent_verb_or_a_time_adverb_ends_on_the_left_of_a_short_body_name(matcher: ZhEntityMatcher) -> None:
    # 是 / 獲 / 靠 / 指 / 建議 / 未計 / 未來 before a short body name or bare 政府 are no part of a compound noun
    assert insts(matcher, "這項研究的負責部門是規劃署。") == [("規劃署", "Planning Department")]
    assert ("政府", "Hong Kong SAR Government") in insts(matcher, "多個團體獲政府資助推行計劃。")
    assert ("政府", "Hong Kong SAR Government") in insts(matcher, "業界建議政府加快審批。")
    assert ("政府", "Hong Kong SAR Government") in insts(matcher, "房屋供應不能單靠政府賣地。")
    assert insts(matcher, "數字未計市建局的項目。") == [("市建局", "Urban Renewal Authority")]
    assert insts(matcher, "未來科技園公司會興建新中心。") == [("科技園公司", "Hong Kong Science and Technology Parks Corporation")]
    # a level word before the short name still makes it another body's (a city's education bureau)
    assert insts(matcher, "推动市教育局改革。", "cn") == []
