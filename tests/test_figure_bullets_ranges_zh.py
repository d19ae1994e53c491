"""Session 14 (issue 14) Chinese figure classes, made-up sentences: a list's bullet dash is no minus sign; a range
with a spaced dash or with the scale on its upper bound only is one figure; an ordinal list (第三、四跑道) counts
nothing; N所以上 keeps its count; ages (樓齡達50年) are no spans; a word of lasting makes N日 a span; N季差餉 is a span
of quarters; N小時M分 is one duration; 派糖 is money; 20大 counts; 額外 / 早 before 一個月 / 一年 make it a span."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def read(text: str, locale: str = "hk") -> list[tuple[str, str, float, float | None, str]]:
    return [(text[f.start:f.end], f.kind, float(f.value), None if f.value_max is None else float(f.value_max), f.unit)
            for f in find_figures_zh(text, locale=locale)]


def test_bullet_dash_opening_a_line_is_no_minus() -> None:
    text = "新措施:\n-30億元成立青年發展基金,資助新界學校\n-向長者發放津貼"
    assert read(text) == [("30億元", "money", 3e9, None, "HKD")]


def test_minus_sign_still_read_mid_line() -> None:
    assert read("該年度增長率為-2.5%") == [("-2.5%", "percent", -2.5, None, "")]


def test_spaced_dash_range() -> None:
    text = "財政儲備可維持在1,800 - 2,600億元的水平,相等於9 - 12個月的開支"
    assert read(text) == [("1,800 - 2,600億元", "money", 1.8e11, 2.6e11, "HKD"),
                          ("9 - 12個月", "duration", 9.0, 12.0, "month")]


def test_scale_on_the_upper_bound_only() -> None:
    got = read("新城区可提供18至25万住房单位", locale="cn")
    assert got == [("18至25万", "count", 1.8e5, 2.5e5, "unit")]


def test_ordinal_list_counts_nothing() -> None:
    assert read("建设白马机场第三、四跑道", locale="cn") == []


def test_classifier_before_yishang() -> None:
    got = [(t, v) for t, _, v, _, _ in read("新建8所以上公办学校", locale="cn")]
    assert got == [("8所以上", 8.0)]
    assert read("所以上述措施", locale="cn") == []


def test_building_age_is_no_duration() -> None:
    assert read("樓齡達50年或以上但少於70年的樓宇,門檻降至7成") == [("7成", "percent", 70.0, None, "")]


@pytest.mark.parametrize("text,value", [("會議一連三日舉行", 3.0), ("展覽連續五日開放", 5.0)])
def test_lasting_word_makes_days_a_span(text: str, value: float) -> None:
    assert [(k, v, u) for _, k, v, _, u in read(text)] == [("duration", value, "day")]


def test_quarters_of_rates() -> None:
    got = read("寬免本年度的四季差餉,以及3季度差餉")
    assert [(t, v, u) for t, _, v, _, u in got] == [("四季", 4.0, "quarter"), ("3季度", 3.0, "quarter")]


def test_hours_and_minutes() -> None:
    got = read("議員總發言時間為12小時45分,另有兩小時")
    assert got == [("12小時45分", "duration", 765.0, None, "minute"), ("兩小時", "duration", 2.0, None, "hour")]


def test_handout_is_money() -> None:
    assert read("派糖420億,惠及市民") == [("420億", "money", 4.2e10, None, "HKD")]


def test_n_da_in_arabic_digits() -> None:
    assert read("全市建成15大特色产业园区", locale="cn") == [("15大特色产业园区", "count", 15.0, None, "park")]
    assert read("這是08大重點之一") == []


@pytest.mark.parametrize("text,unit", [("若早一年入住公屋", "year"), ("向長者發放額外一個月的標準金額", "month")])
def test_one_as_a_span_after_extra_or_earlier(text: str, unit: str) -> None:
    assert [(k, v, u) for _, k, v, _, u in read(text)] == [("duration", 1.0, unit)]


def test_chapters_counted() -> None:
    assert [t for t, *_ in read("報告共分9章、322段文字")] == ["9章", "322段"]


def test_decimal_values_exact() -> None:
    figs = find_figures_zh("議員總發言時間為12小時45分")
    assert figs[0].value == Decimal(765)
