"""Chinese figures (issue 14, session 25, zhfig): 二 (not 兩) right before a bare noun names a numbered unit — a label,
like 二期 (Phase II) against 兩期 — so 東倫敦二區 ('Zone 2') gives no count; 兩區, 九區, 三地 still count. Made-up
sentences; the label case fails on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


def test_er_before_a_bare_noun_is_a_label() -> None:
    assert figures("屋苑位於東倫敦二區。") == []


@pytest.mark.parametrize("text, surface, value", [("兩區合作推動發展。", "兩區", 2), ("九區聯動。", "九區", 9),
                                                  ("三地協同。", "三地", 3)])
def test_other_bare_counts_stay(text: str, surface: str, value: int) -> None:
    assert figures(text) == [(surface, "count", Decimal(value))]


@pytest.mark.parametrize("text, surface, unit", [("广州、佛山二市联合印发通知。", "二市", "city"), ("甲、乙二校合并。", "二校", "school")])
def test_er_after_a_list_of_two_counts_the_pair(text: str, surface: str, unit: str) -> None:
    # 甲、乙二市 counts the two just named, as 三市 / 三地 do (review revzh M8); 東倫敦二區 with no list stays a label
    assert [(s, k, v) for s, k, v in figures(text, "cn")] == [(surface, "count", Decimal(2))]
    assert [f.unit for f in find_figures_zh(text, locale="cn")] == [unit]
