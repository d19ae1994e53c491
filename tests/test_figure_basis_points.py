"""A basis point is a unit of its own, as an index point is: '25 basis points', 'a 50-basis-point cut', '70 basis
points above the benchmark' are quantities in basis points, not percentages (the fc25 forecast gold reads '25 basis
points' so; issue 14, session 27). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The fund beat its benchmark by 70 basis points.", [("70 basis points", "quantity", "70", N, "basis point", "")]),
    ("The bank made a 50-basis-point cut.", [("50-basis-point", "quantity", "50", N, "basis point", "")]),
    ("Spreads narrowed by one basis point.", [("one basis point", "quantity", "1", N, "basis point", "")]),
    # 'bps' is the same unit written short: one reading for both (review S3, session 27)
    ("The central bank cut the rate by 25 bps in 2024.", [("25 bps", "quantity", "25", N, "basis point", "")]),
    ("Yields on the Zorvan bond fell 15bps.", [("15bps", "quantity", "15", N, "basis point", "")]),
    # unchanged: 'BP' alone is no unit (a company's name: '3 BP shares' counts shares)
    ("It sold 3 BP shares.", [("3 BP shares", "count", "3", N, "share", "")]),
    # unchanged: percentage points stay percent
    ("The rate rose 0.25 percentage points.", [("0.25 percentage points", "percent", "0.25", N, "", "")]),
])
def test_basis_points_are_a_unit(sentence: str, expected: list[tuple[str, ...]]) -> None:
    check_figures(sentence, expected)
