"""Chinese figures (issue 14, session 15): a PDF's letter-spaced digits before a scale word ('1 5 4 億元', '65 6 億元'
in a Hansard speech) are one number; an item number glued to the count of a numbered list ('2.…' above, then
'3.17個辦事處') is the label 3. and the count 17; one month's rent or standard rate is a duration. Made-up texts."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, loc: str = "hk") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=loc)]


def test_letter_spaced_digits_before_a_scale_are_one_number() -> None:
    assert figures("盈餘達到2 3 7億元。") == [("2 3 7億元", "money", Decimal("23700000000"))]
    assert figures("赤字為48 5億元。") == [("48 5億元", "money", Decimal("48500000000"))]
    assert figures("開支為2 100億元。") == [("2 100億元", "money", Decimal("210000000000"))]


def test_an_item_number_glued_to_a_count_is_a_label() -> None:
    text = "措施如下:\n1.成立專責小組\n2.增撥資源\n3.25個部門設立聯絡人"
    assert figures(text) == [("25個", "count", Decimal(25))]
    assert figures("3.5萬名\n4.2萬名") == [("3.5萬名", "count", Decimal(35000)), ("4.2萬名", "count", Decimal(42000))]


def test_one_months_rent_or_standard_rate_is_a_duration() -> None:
    assert figures("代繳一個月住宅租金。") == [("一個月", "duration", Decimal(1))]
    assert figures("发放一个月的标准金额。", "cn") == [("一个月", "duration", Decimal(1))]


def test_those_two_quarters_restated_are_a_duration() -> None:
    text = "寬免首兩季的差餉,大部分物業在該兩季毋須繳交差餉。"
    assert [(t, k) for t, k, _ in figures(text)] == [("兩季", "duration"), ("兩季", "duration")]
