"""Chinese figures (issue 14, session 25, zhfig): 英畝 / 英亩 is the acre, an area unit (GUIDELINES: measures take the
singular unit name), as Hong Kong and overseas news write foreign land. Made-up sentences; fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


@pytest.mark.parametrize("text, surface, value", [("園區佔地約50英畝。", "約50英畝", 50), ("农场面积120英亩。", "120英亩", 120)])
def test_yingmu_is_an_area_in_acres(text: str, surface: str, value: int) -> None:
    assert [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale="hk")] == \
        [(surface, "area", Decimal(value), "acre")]
