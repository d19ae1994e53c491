"""Session 14 (issue 14), made-up sentences: 'both cities' restating the two just named (珠深兩市, 廣州、深圳兩市) is no
figure (the 兩地 ruling), 新增兩市 still counts; 三跑道系統 counts three runways, an airport's 三跑道 is its third runway;
a scaled amount before 設立 (setting up a fund) is money; 三五年 is the range 3-5 years; 表1 opening a title line is a
label."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def read(text: str, locale: str = "hk") -> list[tuple[str, str, float, float | None, str]]:
    return [(text[f.start:f.end], f.kind, float(f.value), None if f.value_max is None else float(f.value_max), f.unit)
            for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["賦予珠深兩市更大自主權", "支持广州、深圳两市先行先试"])
def test_both_cities_named_is_no_count(text: str) -> None:
    assert read(text, locale="cn") == []


@pytest.mark.parametrize("text,unit", [("全省新增两市纳入试点", "city"), ("大湾区九市合作", "city")])
def test_cities_counted(text: str, unit: str) -> None:
    assert [(k, u) for _, k, _, _, u in read(text, locale="cn")] == [("count", unit)]


def test_runway_system_counts_but_an_airports_third_runway_does_not() -> None:
    assert [t for t, *_ in read("機管局正推進三跑道系統項目")] == ["三跑道"]
    assert read("开工建设珠海机场三跑道", locale="cn") == []
    assert [(t, v) for t, _, v, _, _ in read("建成双跑道", locale="cn")] == [("双跑道", 2.0)]


def test_amount_setting_up_a_fund_is_money() -> None:
    got = read("下一年度利用80亿设立基金", locale="cn")
    assert got == [("80亿", "money", 8e9, None, "CNY")]


def test_three_to_five_years() -> None:
    assert read("既要有三五年的計劃")[0] == ("三五年", "duration", 3.0, 5.0, "year")
    assert read("市民三五成群") == []


def test_table_number_opening_a_line_is_a_label() -> None:
    assert read("說明:\n表1居民消費價格指數\n指標") == []
    assert [t for t, *_ in read("會上有代表3人發言")] == ["3人"]


def test_year_written_digit_by_digit_is_no_pair() -> None:
    assert read("到二〇三五年基本实现现代化", locale="cn") == []


def test_guangzhou_shenzhen_both_cities() -> None:
    assert read("賦予廣佛兩市更大自主權") == []


def test_a_spaced_out_year_spelled_digit_by_digit_is_no_pair() -> None:
    # a scraped page spaces the digits of 二〇三五年 ('2035'): its 三五 is still the end of the year, not 3-5 years
    assert read("展望二 〇 三五年的远景目标", locale="cn") == []
    assert read("二 ○ 三五年远景目标纲要", locale="cn") == []
    assert read("未来三五年内完成", locale="cn")[0][1:] == ("duration", 3.0, 5.0, "year")

