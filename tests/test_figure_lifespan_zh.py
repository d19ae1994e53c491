"""A life expectancy (壽命 N歲) is a duration in years; an age or age limit (年滿65歲, 18歲以上) is no figure
(GUIDELINES: ages are points, like dates). Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str) -> list[tuple[str, str, Decimal, str | None]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale="hk")]


@pytest.mark.parametrize("text,expected", [
    ("青蛙市人均預期壽命達到八十一點五歲", [("八十一點五歲", "duration", Decimal("81.5"), "year")]),
    ("居民平均预期寿命为79岁", [("79岁", "duration", Decimal("79"), "year")]),
    ("年滿65歲的長者可申請津貼", []),
    ("容許60歲或以上的業主參加", []),
])
def test_lifespan_is_a_duration_age_is_not(text: str, expected: list[tuple[str, str, Decimal, str]]) -> None:
    assert figures(text) == expected
