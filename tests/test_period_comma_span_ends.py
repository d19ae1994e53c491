"""A duration whose end follows after a comma ('extend the hiring window by seven months, up to end-September 2031')
states its span as it does without the comma ('by seven months up to end-September 2031' → 2031-03..2031-09;
PERIOD-GUIDELINES 7: its span is stated), not an open end of the clause (the fc26 forecast gold reads it so; issue 14,
session 28). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("We will extend the hiring window by seven months, up to end-September 2031.", {"seven months": "2031-03..2031-09"}),
    ("We will extend the scheme for two years, to the end of 2032.", {"two years": "2031..2032"}),
    # unchanged: without the comma; an infinitive after the comma is no end
    ("We will extend the hiring window by seven months up to end-September 2031.", {"seven months": "2031-03..2031-09"}),
    ("The scheme will run for five years, to be reviewed in 2031.", {"five years": ""}),
])
def test_a_span_end_after_a_comma(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
