"""Exchange rates written with a currency sign (issue 14, session 25), made-up sentences: an amount in a written
currency priced against one unit of another ('HK$7.8 to US$1', 'RMB 6.9 per US$1') or against 'the US dollar' is a
rate, a quantity in '<currency> per <base>' (as '($1 equals HK$7.80)' and '7.76 against the US dollar' already are);
the base '$1' stays out. Sums in two currencies, scaled amounts and changes stay money."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The link holds the rate at about HK$7.8 to US$1.", [("about HK$7.8", "quantity", "7.8", N, "HKD per USD", "about")]),
    ("The currency is pegged at HK$7.80 per US dollar.", [("HK$7.80", "quantity", "7.80", N, "HKD per USD", "")]),
    ("The band runs from HK$7.75 to HK$7.85 per US dollar.",
     [("HK$7.75 to HK$7.85", "quantity", "7.75", "7.85", "HKD per USD", "")]),
    ("The yuan closed at RMB 6.9 per US$1.", [("RMB 6.9", "quantity", "6.9", N, "CNY per USD", "")]),
    # unchanged: sums and changes in money
    ("Exports were HK$7.8 billion against US$1 billion a year ago.",
     [("HK$7.8 billion", "money", "7800000000", N, "HKD", ""), ("US$1 billion", "money", "1000000000", N, "USD", "")]),
    ("A ticket costs HK$78 or US$10.", [("HK$78", "money", "78", N, "HKD", ""), ("US$10", "money", "10", N, "USD", "")]),
    ("Fares rose from HK$5 to HK$6.", [("HK$5", "money", "5", N, "HKD", ""), ("HK$6", "money", "6", N, "HKD", "")]),
])
def test_rates_written_with_a_currency(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
