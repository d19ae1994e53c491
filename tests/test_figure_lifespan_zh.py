"""An age or age limit (年滿65歲, 18歲以上) is no figure (GUIDELINES: ages are points, like dates), and neither is a life
expectancy written as an age (人均預期壽命達N歲: the expected age at death; session 18, the final forecast's gold of
session 17 reads 人均预期寿命提高到80岁以上 so). Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str) -> list[tuple[str, str, Decimal, str | None]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale="hk")]


@pytest.mark.parametrize("text,expected", [
    ("青蛙市人均預期壽命達到八十一點五歲", []),
    ("居民平均预期寿命为79岁，增长2%", [("2%", "percent", Decimal("2"), "")]),
    ("年滿65歲的長者可申請津貼", []),
    ("容許60歲或以上的業主參加", []),
])
def test_lifespan_and_age_are_no_figures(text: str, expected: list[tuple[str, str, Decimal, str]]) -> None:
    assert figures(text) == expected
