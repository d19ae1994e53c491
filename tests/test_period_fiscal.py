"""pipeline.extract.periods: fiscal-year endings, comparison pronouns, irregular participles and section
headings found on unseen real batches (session 4, per4).

Each case states a general rule with a made-up sentence (never a sentence of a held-out or dev document).
"""

from __future__ import annotations

import pytest

from pipeline.extract.periods.structure import headings

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    # 'the (financial) year (that) ended DATE' is the year that closes that day: a split year unless it
    # closes on 31 December
    ("The fund earned $3 billion in the financial year that ended on 30 June 2026.", {"$3 billion": "2025-26"}),
    ("Income rose 4% to $8 million for the year ended 31 March 2025.", {"4%": "2024-25", "$8 million": "2024-25"}),
    ("Net surplus for the year ended 31 December 2024 was $6 million.", {"$6 million": "2024"}),
    # a date that no year ends at stays a date
    ("Reserves stood at $90 billion on 31 March 2026.", {"$90 billion": "2026-03-31"}),
    # 'than that / those for T': a pronoun standing for the compared amount; T is the base, not the period
    ("Spending for 2026-27 will be higher than that for 2025-26 by 8 per cent.", {"8 per cent": "2026-27"}),
    ("Fees in 2026 are lower than those in 2025 by 3%.", {"3%": "2026"}),
    # an irregular past participle after a figure opens a reduced relative clause: its time is that figure's
    ("Spending for 2026-27 is $40 billion, an increase of 9 per cent over the $36.7 billion spent in 2025-26.",
     {"$40 billion": "2026-27", "9 per cent": "2026-27", "$36.7 billion": "2025-26"}),
    ("Grants for 2026 are $5 million, up 10% on the $4.5 million paid in 2025.",
     {"$5 million": "2026", "10%": "2026", "$4.5 million": "2025"}),
    # 'grew by X during the year to Y at T': the change is dated with the figure it changes
    ("Total assets grew by $12 billion during the year to $300 billion at 31 March 2026.",
     {"$12 billion": "2026-03-31", "$300 billion": "2026-03-31"}),
    # ', when ...' after a time is a clause located at that time, even when the time is a record's base
    ("The deficit is the largest since 2019, when it was $4.1 billion.", {"$4.1 billion": "2019"}),
    ("Sales peaked in 2021, when 9 000 units were sold, and fell 5% in 2022.", {"9 000 units": "2021", "5%": "2022"}),
    # a financial year beginning in April is named by the year it begins in; one beginning in July or
    # October (named by its end year in Australia and the United States) stays the open start it states
    ("For the financial year beginning April 2026, spending will rise by $4.3 billion.", {"$4.3 billion": "FY2026"}),
    ("For the fiscal year starting 1 July 2026, costs are $5 million.", {"$5 million": "2026-07-01.."}),
    ("The fee will rise to $80 beginning April 2026.", {"$80": "2026-04.."}),
    # 'than the original / previous estimate of $X': an earlier estimate of the same year, dated by the clause
    (("The surplus for FY2026 is expected to be $5 billion, 50 per cent higher than the previous estimate of "
      "$3.4 billion."), {"$5 billion": "FY2026", "50 per cent": "FY2026", "$3.4 billion": "FY2026"}),
    # but a compared amount of another stated year keeps that year
    ("Revenue in 2026 was $5 billion, higher than the $4 billion in 2025.", {"$5 billion": "2026", "$4 billion": "2025"}),
    # 'the year' anchored by a month's last day other than 31 December is the twelve months to that day
    ("During the year, deposits rose 5% to reach $3 billion at 31 March 2026.", {"5%": "2025-26", "$3 billion": "2026-03-31"}),
    ("During the year, deposits rose 5% to reach $3 billion at 31 December 2026.", {"5%": "2026"}),
])
def test_fiscal_and_comparison_rules(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


def test_a_first_line_over_a_later_paragraph_is_a_section_heading() -> None:
    """A text that starts with a heading over paragraph 31 was cut from a longer document: the line is a
    section heading and governs. Over paragraph 1 (or no numbered paragraph) it is the document's title,
    which governs as the top heading too (the lead's ruling of session 10, PERIOD-GUIDELINES 6; until then a
    title governed nothing), unless its year names the document ('The 2026-27 Budget', 8.8)."""
    body = "\n\n{n}. Land revenue is estimated at $20 billion.\n"
    mid = "2026-27 Outturn" + body.format(n=31)
    assert [g.period for g in headings(mid)] == ["2026-27"]
    assert headings("Review of 2026" + body.format(n=31))[0].period == "2026"
    assert headings("Review of 2026" + body.format(n=1))[0].period == "2026"
    assert headings("Review of 2026\n\nLand revenue is estimated at $20 billion.\n")[0].period == "2026"
    assert headings("The 2026-27 Budget" + body.format(n=1)) == []
    assert headings("Budget 2026\n\nLand revenue is estimated at $20 billion.\n") == []
