"""Chinese figures (issue 14, session 25, zhfig): two alternatives joined by 或 share the unit written after the second
(約800或1500公頃: 800 and 1,500 hectares), as amounts joined by 及 / 和 / 、 do. Made-up sentences; the shared cases
fail on the code before (the first number was dropped), the guards pass on both."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, expected", [
    ("該區約600或900公頃土地可供發展。", [("約600", "area", Decimal(600), "hectare"), ("900公頃", "area", Decimal(900), "hectare")]),
    ("稅率調高2或3%。", [("2", "percent", Decimal(2), ""), ("3%", "percent", Decimal(3), "")]),
    ("興建期為5或6年。", [("5", "duration", Decimal(5), "year"), ("6年", "duration", Decimal(6), "year")]),
    ("道路長12或15公里。", [("12", "length", Decimal(12), "kilometre"), ("15公里", "length", Decimal(15), "kilometre")])])
def test_alternatives_joined_by_huo_share_the_unit_after_the_second(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["新校舍於2027或2028年落成。", "第3或4期工程將於稍後展開。", "年滿65或以上人士可申請。"])
def test_years_ordinals_and_bounds_after_huo_give_no_shared_figure(text: str) -> None:
    assert [f for f in figures(text) if f[1] in ("duration", "percent", "count")] == []
