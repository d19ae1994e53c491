"""The currency of a bare 元 / 億元 / 萬元 comes from the document's jurisdiction, not its script (issue 14):
a Hong Kong text in Simplified is in HKD, a Mainland text in Traditional in CNY. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.chinese import find_figures_zh
from pipeline.lang import votes
from pipeline.lang import locale


def money_units(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.unit) for f in find_figures_zh(text, locale=locale(text)) if f.kind == "money"]


@pytest.mark.parametrize("text,expected", [
    # Hong Kong texts in Simplified script: its universities, hospital authority and legislature's committee
    ("青蛙大学及香港大学获拨款约五亿元，医管局将在香港推行新计划", "hk"),
    ("财务委员会批准拨款二十亿元，为香港的三间医院进行翻新工程", "hk"),
    ("房委会将在新界兴建更多单位，香港的轮候时间可望缩短", "hk"),
    # Mainland texts in Traditional script: 'our province', its cities and prefectures
    ("我省安排重點建設項目一千個，年度計劃投資八千億元，汕頭至湛江鐵路推進順利", "cn"),
    ("江門將建成大灣區西翼樞紐，佛山、中山兩地投資三百億元", "cn"),
    # a Hong Kong text that calls the Mainland 大陸 (its own word for it, not the Mainland's) and names its
    # government and Chief Executive by their short words
    ("特首宣布，港府會與大陸商討通關，並與大陸及深圳有關部門合作，向市民發放500元", "hk"),
    ("我市計劃投資二十億元，汕尾至青蛙的公路年內通車，與香港的合作更加緊密", "cn"),
])
def test_locale_from_jurisdiction_not_script(text: str, expected: str) -> None:
    assert locale(text) == expected


def test_bare_yuan_in_simplified_hong_kong_text_is_hkd() -> None:
    text = "青蛙大学及香港大学获拨款约五亿元，医管局将在香港推行新计划"
    assert money_units(text) == [("约五亿元", "HKD")]


def test_bare_yuan_in_traditional_mainland_text_is_cny() -> None:
    text = "我省安排重點建設項目一千個，年度計劃投資八千億元，汕頭至湛江鐵路推進順利"
    assert money_units(text) == [("八千億元", "CNY")]


def test_explicit_currency_still_wins_locally() -> None:
    text = "香港特区政府拨款三亿元，医管局并向内地病人收取人民币一万元"
    assert money_units(text) == [("三亿元", "HKD"), ("人民币一万元", "CNY")]


def test_hong_kong_place_names_are_no_mainland_votes() -> None:
    # 天水 (Tianshui, Gansu) inside 天水围 and 马鞍山 (Ma'anshan, Anhui) are Hong Kong places here
    assert votes("天水围和马鞍山的新屋邨")["cn"] == 0
    assert votes("天水市和马鞍山市")["cn"] == 2  # their full forms are the Mainland cities


def test_mainland_named_by_a_hong_kong_text_leaves_its_dollars() -> None:
    text = "特首宣布，港府會與大陸商討通關，並與大陸及深圳有關部門合作，向市民發放500元"
    assert money_units(text) == [("500元", "HKD")]
