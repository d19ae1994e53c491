"""Chinese figures (issue 14, session 12): bare numbers that count without a unit (a plain-text table's rows and
subtotals, numbers written with thousands separators), 兩地 as 'both places' (no figure; 三地 still counts), a named
ratio (比值), N日 as a span before a trip or a holiday, not a date. Made-up sentences and tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, str]


def figures(text: str, locale: str = "hk") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


TABLE = "區域 屋苑 單位數目 類別\n西區 甲苑 650 資助房\n南區 乙苑 1,120 資助房\n港島小計 1,770\n全年合計 2,400\n"


def test_a_table_column_headed_by_a_count_and_its_subtotal_rows_are_counts() -> None:
    found = figures(TABLE)
    assert [(f[0], f[1], f[2]) for f in found] == [("650", "count", Decimal(650)), ("1,120", "count", Decimal(1120)),
                                                   ("1,770", "count", Decimal(1770)), ("2,400", "count", Decimal(2400))]
    assert found[0][3] == "unit"  # the header's noun (單位數目)


def test_a_subtotal_row_without_separators_counts() -> None:
    assert [(f[0], f[2]) for f in figures("東區 丙苑 90 居屋\n九龍小計 90\n")] == [("90", Decimal(90))]


def test_a_money_table_leaves_its_bare_numbers() -> None:
    assert not [f for f in figures("項目 開支(百萬元)\n甲 1,250\n總計 3,400\n") if f[0] in ("1,250", "3,400")]


@pytest.mark.parametrize("text,value", [
    ("目標是每年興建32,500的資助單位。", Decimal(32500)),
    ("兩類供應合共只有27,300,仍差數千。", Decimal(27300)),
])
def test_a_number_with_thousands_separators_is_a_count(text: str, value: Decimal) -> None:
    assert [(f[1], f[2]) for f in figures(text) if f[3] != "category"] == [("count", value)]


@pytest.mark.parametrize("text", ["代號2024的計劃推出。", "文件編號 1234 已存檔。"])
def test_years_codes_and_paragraphs_are_no_bare_counts(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", ["為两地恢复正常往来创造条件。", "深化兩地合作。", "港珠兩地政府商定。"])
def test_liang_di_is_both_places_not_a_figure(text: str) -> None:
    assert figures(text, "cn") == []


def test_san_di_still_counts_places() -> None:
    assert [(f[0], f[2]) for f in figures("粤港澳三地共同承办。", "cn")] == [("三地", Decimal(3))]


def test_a_named_ratio_before_a_number_is_a_ratio() -> None:
    assert [(f[1], f[2]) for f in figures("全省城乡居民收入比值2.41,继续缩小。", "cn")] == [("ratio", Decimal("2.41"))]


@pytest.mark.parametrize("text,expected", [
    ("部長八日抵達,結束四日訪滬行程。", [("四日", "duration", Decimal(4), "day")]),
    ("團隊完成五日之旅。", [("五日", "duration", Decimal(5), "day")]),
    ("僱員可享十二日的勞工假期。", [("十二日", "count", Decimal(12), "day")]),
    ("代表團九日訪港,並於十日離開。", []),
    ("七月一日遊行如期舉行。", []),
])
def test_n_ri_before_a_trip_or_holiday_is_days_not_a_date(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


def test_a_change_after_a_named_ratio_is_a_ratio() -> None:
    found = figures("全省城乡居民收入倍差2.35,比上年缩小0.04。", "cn")
    assert [(f[1], f[2]) for f in found] == [("ratio", Decimal("2.35")), ("ratio", Decimal("0.04"))]
    assert figures("成本比上年下降0.3。", "cn") == []  # no named ratio before it: nothing to change


def test_a_mainland_statistics_release_in_traditional_is_in_renminbi() -> None:
    from pipeline.lang import locale
    text = "國家統計局公布,城鎮居民人均可支配收入20500元,農村居民人均可支配收入7300元。"
    assert locale(text) == "cn"
    assert {f[3] for f in figures(text, locale(text)) if f[1] == "money"} == {"CNY"}
    assert locale("本港今年本地生產總值增長3%,特區政府預計收入500億元。") == "hk"
