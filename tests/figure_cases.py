"""Tables of made-up sentences and the English figures each must give, for the figure form tests."""

from __future__ import annotations

from decimal import Decimal

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
