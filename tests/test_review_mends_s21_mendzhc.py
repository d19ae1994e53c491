"""Review mends, session 21 (mendzhc; review revzh M4 and S4), made-up sentences.

M4: N个半小时 / N個半小時 ('N and a half hours') is one duration of N + 0.5 hour, not a count N and a half hour
(figure_lexicon.zh.json half_after_classifier, word_figures_zh._halves). S4: 双 / 雙 after a year or before 十 / 年
(2023双十一, 双11, 2024双年展) counts no pairs (classifier_word_starts).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def rows(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, locale, want", [
    ("车程约一个半小时。", "cn", ("约一个半小时", "duration", Decimal("1.5"), "hour")),
    ("会议历时三个半小时。", "cn", ("三个半小时", "duration", Decimal("3.5"), "hour")),
    ("約一個半小時車程即可抵達。", "hk", ("約一個半小時", "duration", Decimal("1.5"), "hour")),
    ("手术持续了5个半小时。", "cn", ("5个半小时", "duration", Decimal("5.5"), "hour")),
])
def test_n_and_a_half_hours_is_one_duration(text: str, locale: str, want: tuple[str, str, Decimal, str]) -> None:
    assert rows(text, locale) == [want]


def test_half_an_hour_alone_is_still_read() -> None:
    assert rows("约半小时车程。") == [("约半小时", "duration", Decimal("0.5"), "hour")]


@pytest.mark.parametrize("text", [
    "2023双十一期间销售额增长。",
    "深圳2024双年展开幕。",
    "今年双十二促销活动火爆。",
    "2023双11期间销售额增长。",
])
def test_a_year_or_a_festival_before_or_after_shuang_counts_no_pairs(text: str) -> None:
    assert [r for r in rows(text) if r[3] == "pair"] == []


def test_a_count_of_pairs_is_still_read() -> None:
    assert [r for r in rows("共发放手套2000双，购买3双鞋。") if r[3] == "pair"] == \
        [("2000双", "count", Decimal("2000"), "pair"), ("3双", "count", Decimal("3"), "pair")]
