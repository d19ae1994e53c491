"""pipeline.extract.periods (Chinese): years in Chinese digits, Chinese months and days, '至' before a day,
and Chinese headings, found on real HK budget texts in Chinese (session 6).

Made-up sentences, each stating a general fact of Chinese (the issue's forms are in test_period.py).
"""

from __future__ import annotations

import pytest

from pipeline.extract.figures.chinese import find_figures_zh
from pipeline.extract.periods import FigureSpan, figure_periods, period_of_header
from pipeline.extract.periods.chinese import fold_zh_years

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("二零一四/一五年度", "2014/15年度"), ("二〇二三年", "2023年"), ("一九九七年七月一日", "1997年七月一日"),
    ("二零二零至二一年度", "2020至21年度"), ("比二零一三/一四年度", "比2013/14年度"),
    # other numbers in Chinese digits are amounts, not years: unchanged
    ("五千零一十五亿元", "五千零一十五亿元"), ("二零一四", "二零一四"), ("一二三四五人", "一二三四五人"),
])
def test_years_in_chinese_digits_fold_one_character_for_one(text: str, want: str) -> None:
    assert fold_zh_years(text) == want and len(fold_zh_years(text)) == len(text)


@pytest.mark.parametrize("text, want", [
    # HK budgets in Chinese write years, months and days in Chinese digits
    ("二零二五/二六年度的開支預計為五千億元,比二零二四/二五年度增加百分之三。",
     {"五千億元": "2025-26", "百分之三": "2025-26"}),
    ("二〇二三年十二月三十一日的儲備為八千億元。", {"八千億元": "2023-12-31"}),
    ("二零二四年三月出口上升5%。", {"5%": "2024-03"}),
    ("2024年十月出口上升5%。", {"5%": "2024-10"}),
    # '至' before a day is the state as at that day (a stock), '至' before a year an open end
    ("財政儲備至2026年3月31日預計為8000億元。", {"8000億元": "2026-03-31"}),
    ("財政儲備至2026年3月底預計為8000億元。", {"8000億元": "2026-03-31"}),
    ("至2030年，政府將興建3萬個單位。", {"3萬個單位": "..2030"}),
])
def test_chinese_digit_years_months_and_days(text: str, want: dict[str, str]) -> None:
    assert periods(text, zh=True) == want


def test_a_chinese_heading_with_a_time_governs_its_paragraphs() -> None:
    text = ("二零二五/二六年度預算\n\n"
            "41. 教育經常開支為九百億元，較上年度增加百分之四。\n\n"
            "42. 政府會每年動用額外約三億元。\n")
    figs = find_figures_zh(text)
    spans = []
    for f in figs:
        s0 = text.rfind("\n", 0, f.start) + 1
        e = text.find("\n", f.end)
        spans.append(FigureSpan(f.start, f.end, s0, e if e >= 0 else len(text), f.kind))
    got = {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}
    assert got == {"九百億元": "2025-26", "百分之四": "2025-26", "約三億元": "2025-26"}


def test_a_chinese_table_header_in_chinese_digits() -> None:
    assert period_of_header("二零二四/二五年度預算") == "2024-25"
    assert period_of_header("二零二四年十二月三十一日") == "2024-12-31"
