"""pipeline.extract.periods (Chinese): years in Chinese digits, Chinese months and days, '至' before a day,
and Chinese headings, found on real HK budget texts in Chinese (session 6).

Made-up sentences, each stating a general fact of Chinese (the issue's forms are in test_period.py).
"""

from __future__ import annotations

import pytest

from pipeline.extract.periods import period_of_header
from pipeline.extract.periods.chinese import fold_zh_years

from tests.period_cases import line_periods, periods


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
    # N years counted from a start year are that span (N years from Y = Y..Y+N-1, PERIOD-GUIDELINES 7)
    ("在2027/28年度起的三個年度，經營賬目會錄得盈餘。", {"三個年度": "2027-28..2029-30"}),
    ("自2026/27學年起推行為期兩年的先導計劃。", {"兩年": "2026-27..2027-28"}),
    # a range of split years, and a duration glossed by it in brackets ('即' = that is)
    ("未來5年(即二○二六/二七至二○三零/三一年度)的需求為90 000個單位。",
     {"5年": "2026-27..2030-31", "90 000個單位": "2026-27..2030-31"}),
    # the time in a figure's own comma phrase comes before one in an earlier phrase of the sentence
    ("目前工程進度理想,合共6 000個單位於2025/26年度落成,而另外約1 500個單位將於2026/27年度落成。",
     {"6 000個單位": "2025-26", "約1 500個單位": "2026-27"}),
    ("2025年，全市生產總值增長5%，工業增加值增長3.5%。", {"5%": "2025", "3.5%": "2025"}),
    # ... and a time in a later comma phrase dates that phrase (a Chinese time stands before what it dates)
    ("至此，全國31個省份已開會，各地2026年的目標也相繼公布。", {"31個": ""}),
    # the year of a named document ('2025年《施政報告》') is no period of a figure (PERIOD-GUIDELINES 3e)
    ("二零二五年《施政報告》中宣布的措施，共涉及約五十億元開支。", {"約五十億元": ""}),
])
def test_chinese_digit_years_months_and_days(text: str, want: dict[str, str]) -> None:
    assert periods(text, zh=True) == want


def test_a_chinese_heading_with_a_time_governs_its_paragraphs() -> None:
    text = ("二零二五/二六年度預算\n\n"
            "41. 教育經常開支為九百億元，較上年度增加百分之四。\n\n"
            "42. 政府會每年動用額外約三億元。\n")
    got = line_periods(text, zh=True)
    assert got == {"九百億元": "2025-26", "百分之四": "2025-26", "約三億元": "2025-26"}


def test_a_chinese_table_header_in_chinese_digits() -> None:
    assert period_of_header("二零二四/二五年度預算") == "2024-25"
    assert period_of_header("二零二四年十二月三十一日") == "2024-12-31"


@pytest.mark.parametrize("heading", ["一、2025年工作回顧", "（二）2025年工作回顧", "■ 2025年成績單"])
def test_a_chinese_numbered_heading_governs_the_lines_below_it(heading: str) -> None:
    text = f"政府工作報告摘要\n{heading}\n全省地區生產總值增長5.8%；\n新增企業3500家；\n二、2026年主要目標\n投資增長5%左右；\n"
    got = line_periods(text, zh=True)
    assert got == {"5.8%": "2025", "3500家": "2025", "5%左右": "2026"}


@pytest.mark.parametrize("text, want", [
    # 今年/本年 are the writer's year: a year the sentence states for another figure is a contrast, not their
    # anchor (PERIOD-GUIDELINES 5, as 'this year' in English)
    ("2023年出口增長5%，今年預計增長3%。", {"5%": "2023", "3%": ""}),
    ("繼2022年收縮3.5%後，經濟今年預計增長4%。", {"3.5%": "2022", "4%": ""}),
])
def test_this_year_zh_beside_a_contrasted_year(text: str, want: dict[str, str]) -> None:
    assert periods(text, zh=True) == want


def test_this_year_zh_under_a_heading_that_states_it() -> None:
    assert line_periods("第二章\n\n2018年經濟展望\n\n今年經濟預計增長3%。\n", zh=True) == {"3%": "2018"}
