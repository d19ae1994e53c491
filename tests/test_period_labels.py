"""pipeline.extract.periods: comparative labels, restated figures and headings, found on an unseen real
batch (session 6).

Each case states a general rule of English or of budget and annual-report texts with a made-up sentence
(never a sentence of a held-out or dev document); the rule's name is in the comment above it.
"""

from __future__ import annotations

import pytest


from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("text, want", [
    # a bracketed comparative label ('last year:', 'previous year:') is the year before the one the sentence
    # reports (annual-report notation); the clause's own time does not reach it (PERIOD-GUIDELINES 4, 5)
    ("Income for the 2023/2024 financial year is projected to be $812 million (last year: $790 million).",
     {"$812 million": "2023-24", "$790 million": "2022-23"}),
    ("Revenue for 2024-25 is estimated at $30 billion (previous year: $28 billion).",
     {"$30 billion": "2024-25", "$28 billion": "2023-24"}),
    ("Members' funds stood at $4.2 billion at 31 December 2025 (prior year: $3.9 billion).",
     {"$4.2 billion": "2025-12-31", "$3.9 billion": "2024-12-31"}),
    # ... and without a stated time in its sentence the label stays unresolved (section 5)
    ("Total spending is projected to be $640 million (last year: $610 million).",
     {"$640 million": "", "$610 million": ""}),
    # a restatement set off by commas ('X, or Y, in T') holds for the same time as the figure it restates
    ("The share of renters will rise from 30%, or 0.8 million, in 2020 to 45%, or 1.4 million, in 2050.",
     {"30%": "2020", "0.8 million": "2020", "45%": "2050", "1.4 million": "2050"}),
    ("Staff will fall to 9%, or 3 100 people, by 2031.", {"9%": "2031", "3 100 people": "2031"}),
    # 'fiscal 2025/2026' is a split year: the text calls it a fiscal year (PERIOD-GUIDELINES 1)
    ("Profit was HK$812 million for fiscal 2025/2026, up 4.5% from a year earlier.",
     {"HK$812 million": "2025-26", "4.5%": "2025-26"}),
    ("It has paid dividends of HK$9.4 billion since fiscal 2018/2019.", {"HK$9.4 billion": "2018-19.."}),
    ("Output grew 3% in 2024-2025.", {"3%": "2024..2025"}),
    # 'an increase of <amount> over <year>' measures the change against that year: a base, not its period
    ("Spending is estimated to reach $412 billion, an increase of $31.5 billion over 2025-26.",
     {"$412 billion": "", "$31.5 billion": ""}),
    ("Spending in 2027 is RM20 billion, an increase of RM1.2 billion over 2026.",
     {"RM20 billion": "2027", "RM1.2 billion": "2027"}),
    # 'the coming (next) N years' count from the text's own time, not from a year its sentence names (section 5)
    ("Apart from a deficit in 2027-28, the account will be in surplus in the coming three years.",
     {"three years": ""}),
    # a list of changes closed by 'respectively' and 'from <year>' is measured against that year (a base)
    ("Traffic grew 6 percent, 2 percent and 4 percent, respectively, from fiscal 2024/25.",
     {"6 percent": "", "2 percent": "", "4 percent": ""}),
    # a stretch longer than the period named beside it is not inside it (section 7): no period
    ("In March 2026, the council signed a 15-year lease for the depot.", {"15-year": ""}),
    ("Households will receive up to three months of rebates in FY2026.", {"up to three months": "FY2026"}),
    # times listed before as many coordinated figures pair with them in order; a list's range runs first..last
    ("In 2025-26 the gap was $3.1 billion, while the figures for 2024-25 and 2023-24 were $2.8 billion and $1.9 billion.",
     {"$3.1 billion": "2025-26", "$2.8 billion": "2024-25", "$1.9 billion": "2023-24"}),
    ("Targets were met in 2029, 2026 and 2027 for all 12 districts.", {"12 districts": "2026..2029"}),
    # an expected value of the same year ('compared to an expected surplus of $X') is dated by the clause
    ("The fund had a surplus of $5.2 billion in the 2025/26 financial year compared to an expected surplus of $2.1 billion.",
     {"$5.2 billion": "2025-26", "$2.1 billion": "2025-26"}),
    # a figure compared with a standing norm ('below the 20 per cent target', 'within a range of 15 to 25 per cent')
    ("Debt fell to 18.2 per cent of GDP at 30 June 2026, below the 20 per cent target.",
     {"18.2 per cent": "2026-06-30", "20 per cent": ""}),
    ("Debt will be 19.1 per cent in 2028/29, within a prudent range of 15 to 25 per cent.",
     {"19.1 per cent": "2028-29", "15 to 25 per cent": ""}),
    # 'X ... N years ago' is the figure's own time, counted from the text's: not the clause's year
    ("Costs will drop below 30 per cent in 2027/28, down from 34 per cent just three years ago.",
     {"below 30 per cent": "2027-28", "34 per cent": ""}),
    # 'the early (mid, late) 2030s' is the decade: the unit the text states, no finer (section 1)
    ("Debt would exceed 60 per cent of GDP by the early 2030s.", {"60 per cent": "2030..2039"}),
    # a year before a capitalised name ending in a lower-case measure dates the measure (3e: a name's own
    # year, as in an event or an examination, stays no period)
    ("The 2026 Reserve Fund investment return is 3.1 per cent.", {"3.1 per cent": "2026"}),
    ("The 2027 Group profit rose to $3 billion.", {"$3 billion": "2027"}),
    ("Candidates sitting the 2026 Diploma examination paid $90 million.", {"$90 million": ""}),
])
def test_label_and_apposition_rules(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


def test_a_heading_does_not_reach_a_figure_whose_clause_times_belong_to_others() -> None:
    # 3b: when a sentence's times are all attached to other figures, a figure without one gets no period;
    # the heading governs only sentences without a time (section 6)
    text = ("The Budget\n\nEstimates for 2026-27\n\n"
            "Staff fell from about 9 000 in 2015 to about 7 500 in 2019 through three rounds of voluntary exits.\n\n"
            "About 40 posts will be created.\n\n"
            "Revenue will be $5 billion, compared with $4.6 billion in 2025-26.\n")
    got = line_periods(text)
    assert got["about 9 000"] == "2015" and got["about 7 500"] == "2019"
    assert got["three rounds"] == ""
    assert got["About 40 posts"] == "2026-27"  # no time in its sentence: the heading's
    assert got["$5 billion"] == "2026-27"  # a compared value's time is a base, not another figure's own


def test_a_change_set_after_a_figure_takes_its_period_even_none() -> None:
    # PERIOD-GUIDELINES 4: a change belongs to the figure it changes; 'the next financial year' counts from
    # the speech (README), so neither gets the heading's year
    text = ("The Budget\n\nEstimates for 2027-28\n\n"
            "Total expenditure is estimated to reach $520 billion in the next financial year, 9 per cent more than "
            "that of last year.\n"
            "Revenue will be $480 billion in 2027-28, 5 per cent higher than the revised estimate for 2026-27.\n")
    got = line_periods(text)
    assert got["$520 billion"] == "" and got["9 per cent"] == ""
    assert got["$480 billion"] == "2027-28" and got["5 per cent"] == "2027-28"


def test_a_first_line_naming_a_speech_is_its_title_over_any_paragraph() -> None:
    # a title does not anchor its body (PERIOD-GUIDELINES 5), even when the excerpt starts at paragraph 7;
    # a section heading over a later paragraph still governs
    speech = ("2027 BUDGET SPEECH\n\n7. Debt stands at RM900 billion. The breakdown is RM600 billion in loans.\n")
    got = line_periods(speech)
    assert got["RM600 billion"] == ""
    section = "2026-27 Outturn\n\n16. Spending will be $300 billion.\n"
    assert line_periods(section) == {"$300 billion": "2026-27"}
