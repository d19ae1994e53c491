"""Under a budget speech's heading that reports a calendar year's performance ('Economic Performance 2030',
'Hong Kong's Economic Performance in 2030'), the speech reports the year just past and calls it 'last year': there 'last year' is the heading's year (PERIOD-GUIDELINES 5,
the governing heading states the time it is relative to; two enfig held-out golds, sessions 26 and 28, read 'grew by
only 2.3 per cent last year' under 'Economic Performance in 2014' → 2014). Other headings ('Economic Prospects for
2031', a financial year's '2030-31 Outturn', an annual report's 'Review of 2015': tests/test_period_wrapped.py) leave 'last year' without a period, as does 'the end of last year' (a day the heading does not state) and a
year stated in the sentence (periods.en.json review_heading_words; issue 14, session 28). The year must follow the
review word ('Performance 2030', 'Performance in / of 2030') in a heading with no outlook or target word: 'Economic
Performance and Prospects for 2031', 'Key Performance Indicators 2031' name the year ahead (review-reven M6).
Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods


@pytest.mark.parametrize("text, want", [
    ("Budget Speech\n\nEconomic Performance 2030\n\n9. Exports decelerated last year, recording an increase of only two"
     " per cent in real terms.\n\n10. After falling to a low of 3.2 per cent in the middle of last year, unemployment"
     " rose.\n", {"two per cent": "2030", "3.2 per cent": "2030"}),
    ("Hong Kong's Economic Performance in 2030\n\nVisitor arrivals rose 5% last year.\n", {"5%": "2030"}),
    # unchanged: an outlook heading; 'the end of last year'; a year stated beside it is another figure's
    ("Budget Speech\n\nEconomic Prospects for 2031\n\n9. Exports decelerated last year, recording an increase of only"
     " two per cent in real terms.\n", {"two per cent": ""}),
    ("Economic Performance 2030\n\nLoans rose 3% at the end of last year.\n", {"3%": ""}),
    ("Review of 2030\n\nDeposits grew 5% last year.\n", {"5%": ""}),
    ("2030-31 Outturn\n\nRevenue from stamp duties rose 5% last year.\n", {"5%": ""}),
    ("Economic Performance in 2030\n\nOur economy grew by only 2.3 per cent last year, lower than the 3.1 per cent of"
     " 2029.\n", {"2.3 per cent": "2030", "3.1 per cent": "2029"}),
    # a heading naming the year ahead beside the review word: no review (review-reven M6)
    ("Budget 2031-32\n\nEconomic Performance and Prospects for 2031\n\nOur economy grew by 2.5 per cent last year.\n",
     {"2.5 per cent": ""}),
    ("Budget 2031-32\n\nPerformance Targets for 2031\n\nOur economy grew by 2.5 per cent last year.\n", {"2.5 per cent": ""}),
    ("Budget 2031-32\n\nKey Performance Indicators 2031\n\nOur economy grew by 2.5 per cent last year.\n",
     {"2.5 per cent": ""}),
    ("Budget 2031-32\n\nEconomic Performance of 2030\n\nOur economy grew by 2.5 per cent last year.\n",
     {"2.5 per cent": "2030"}),
])
def test_last_year_under_a_review_heading_is_its_year(text: str, want: dict[str, str]) -> None:
    got = line_periods(text)
    assert {k: got.get(k) for k in want} == want
