"""Chinese figures (issue 14, session 25, zhfig): 半天 is a duration of half a day (可減至半天, 半天課程), like 半小時 half
an hour (lexicon half_durations). Made-up sentences; fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


@pytest.mark.parametrize("text", ["輪候時間可減至半天。", "學員須參加半天課程。", "活動为期半天。"])
def test_ban_tian_is_half_a_day(text: str) -> None:
    assert [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale="hk")] == \
        [("半天", "duration", Decimal("0.5"), "day")]


@pytest.mark.parametrize("text", ["上半天参观，下半天座谈。", "花了大半天时间才完成。", "他等了半天也没有人来。"])
def test_morning_most_of_a_day_and_for_ages_are_no_half_day(text: str) -> None:
    # 上半天 / 下半天 are the morning and the afternoon (as 上半年), 大半天 most of a day, 等了半天 'for ages' (revzh M15)
    assert find_figures_zh(text, locale="cn") == []
