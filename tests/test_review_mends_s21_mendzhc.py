"""Review mends, session 21 (mendzhc; review revzh M4 and S4), made-up sentences.

M4: N个半小时 / N個半小時 ('N and a half hours') is one duration of N + 0.5 hour, not a count N and a half hour
(figure_lexicon.zh.json half_after_classifier, word_figures_zh._halves).
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

