"""Session-14 period classes (issue 14), made-up texts: a heading's date range with one year ('(March 3 – May 28,
2025)') governing 'the review period'; 'traded within a range of X – Y' dated by its clause (a bare 'a range of' is the
span the values took, not a norm); the year of a
tax ('the 2022-23 salaries tax') dates its relief; Singapore's FY ranges ('FY21-23', 'FY2025 - FY2027'); a bracketed
time right after a figure ('$480 million per year (2016-2020)') is the figure's own."""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("text, want", [
    ("Report on Operations (March 3 – May 28, 2025)\n\nThe balance stood at about $52 billion during the review period.\n",
     {"about $52 billion": "2025-03-03..2025-05-28"}),
    ("Review of operations (3 March – 28 May 2025)\n\nThe balance stood at about $52 billion during the review period.\n",
     {"about $52 billion": "2025-03-03..2025-05-28"}),
    # one date with its year governs as before
    ("Review to May 28, 2025\n\nThe balance stood at $52 billion.\n", {"$52 billion": "2025-05-28"}),
])
def test_heading_ranges_and_date_lines(text: str, want: dict[str, str]) -> None:
    assert line_periods(text) == want


@pytest.mark.parametrize("sentence, want", [
    ("The dollar traded within a range of 7.7712 – 7.8436 against the US dollar in 2023.",
     {"7.7712 – 7.8436": "2023"}),
    ("Debt will be 21 per cent in 2027/28, within a prudent range of 10 to 30 per cent.",
     {"21 per cent": "2027-28", "10 to 30 per cent": ""}),
    ("The 2022-23 salaries tax will be cut by 50%, capped at $6,000.", {"50%": "2022-23", "$6,000": "2022-23"}),
    ("The 2021 Property Tax Act raised $5 billion.", {"$5 billion": ""}),
    ("The scheme will cost $900 million (FY21-23) in all.", {"$900 million": "FY2021..FY2023"}),
    ("It will cost $2 billion over FY2025 - FY2027.", {"$2 billion": "FY2025..FY2027"}),
    ("Spending rose from $480 million per year (2016-2020) to over $1 billion per year (2021-2025).",
     {"$480 million": "2016..2020", "over $1 billion": "2021..2025"}),
    ("It costs $3 billion in FY2019-20.", {"$3 billion": "2019-20"}),
    ("Revenue was $5 billion (2015: $4 billion).", {"$5 billion": "", "$4 billion": "2015"}),
])
def test_session14_period_rules(sentence: str, want: dict[str, str]) -> None:
    assert periods(sentence) == want
