"""Tables of made-up sentences and the figures each must give (English and Chinese), for the figure form tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh
from pipeline.extract.figures.english import find_figures

N = None
# sentence → every figure found, as (text, kind, value, value_max, unit, qualifier)
Row = tuple[str, str, str, "str | None", str, str]


def _same(a: Decimal | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - Decimal(b)) <= abs(Decimal(b)) * Decimal("0.00001")


def check_figures(sentence: str, expected: list[Row]) -> None:
    """The real English recognizer finds exactly `expected` in `sentence` (bare $ read as HKD)."""
    found = find_figures(sentence, default_currency="HKD")
    got = [(sentence[f.start:f.end], f.kind, f.unit, f.qualifier) for f in found]
    assert got == [(t, k, u, q) for t, k, _, _, u, q in expected]
    for f, (_, _, value, value_max, _, _) in zip(found, expected):
        assert _same(f.value, value), f.value
        assert _same(f.value_max, value_max), f.value_max


ZhRow = tuple[str, str, float, "float | None", str, str]  # text, kind, value, value_max, unit, qualifier


def check_figures_zh(text: str, locale: str, expected: list[ZhRow]) -> None:
    """The real Chinese recognizer finds exactly `expected` in `text` read in `locale` ('hk', 'cn', ...)."""
    found = find_figures_zh(text, locale=locale)
    got = [(text[f.start:f.end], f.kind, f.unit, f.qualifier) for f in found]
    assert got == [(t, k, u, q) for t, k, _, _, u, q in expected]
    for f, (_, _, value, value_max, _, _) in zip(found, expected):
        assert float(f.value) == pytest.approx(value, rel=1e-6)
        assert (f.value_max is None) == (value_max is None)
        if value_max is not None:
            assert float(f.value_max) == pytest.approx(value_max, rel=1e-6)
