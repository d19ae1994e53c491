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
