"""pipeline.extract.periods: acronym-named editions, 'financial year (FY) N', restatements with a complement,
relative stretches in months, durations that are measured values, 'this year' beside a contrasted year and listed
figures paired with listed times, found on an unseen real batch (session 7).

Each case states a general rule of English or of budget, housing and annual-report texts with a made-up
sentence (never a sentence of a held-out or dev document); the rule's name is in the comment above it.
"""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("text, want", [
    # a year right after a scheme's acronym names an edition of the scheme ('HOS 2024', 'the Scheme (ABC)
    # 2023'): it is no period of the clause's figures (PERIOD-GUIDELINES 3e)
    ("About 60% of the buyers were families, while XYZ 2021, involving about 4 200 flats, is closed.",
     {"About 60%": "", "about 4 200 flats": ""}),
    ("The Authority launched the Starter Flats Scheme (SFS) 2022 to provide around 5 000 flats.",
     {"around 5 000 flats": ""}),
    # ... but a year after a measure's or period's abbreviation stays a time
    ("Exports rose 4% in Q3 2024 and imports fell 2%.", {"4%": "2024-Q3", "2%": "2024-Q3"}),
    ("Revenue was $2 billion in FY 2024.", {"$2 billion": "FY2024"}),
    # 'financial year (FY) 2023' names the financial year by one year, like 'FY2023'
    ("A deficit of about $0.5 billion is expected for financial year (FY) 2026.", {"about $0.5 billion": "FY2026"}),
    # a restatement with its complement ('X, or Y of GDP, expected for T') holds for the same time as X
    ("There will be a deficit of $3 billion, or 0.4 per cent of GDP, expected for FY2025.",
     {"$3 billion": "FY2025", "0.4 per cent": "FY2025"}),
    ("Revenue will be $80 billion, or 17 per cent of GDP, in FY2027.",
     {"$80 billion": "FY2027", "17 per cent": "FY2027"}),
])
def test_names_fy_and_restatements(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # a relative stretch counted in months ends at the as-at date or month its sentence states (PERIOD-
    # GUIDELINES 5: 'the past three years, reaching ... at the end of 2023' → 2021..2023)
    ("As at end-June 2025, applicants housed in the past 12 months had waited 4.8 years on average.",
     {"12 months": "2024-07..2025-06", "4.8 years": "2025-06-30"}),
    ("In the past six months to March 2026, 2 400 permits were issued.",
     {"six months": "2025-10..2026-03", "2 400 permits": "2025-10..2026-03"}),
    # ... and without a stated time it stays unresolved
    ("Applicants housed in the past 12 months had waited 4.8 years on average.",
     {"12 months": "", "4.8 years": ""}),
    # a duration that is the measured value of a state or a change ('waiting time fell to 3.9 years',
    # 'life expectancy of 85 years') holds for its clause's time like any figure (PERIOD-GUIDELINES 3a, 7)
    ("As at end-March 2026, the average waiting time was 5.2 years, 0.3 years shorter than a year before.",
     {"5.2 years": "2026-03-31", "0.3 years": "2026-03-31"}),
    ("In the past three years to 2025, output grew 12%.", {"three years": "2023..2025", "12%": "2023..2025"}),
    ("In the second quarter of 2025, the average waiting time stayed at 5.6 years.", {"5.6 years": "2025-Q2"}),
])
def test_stretches_and_measured_durations(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # 'this year' is the writer's year: a year its sentence states for another figure is a contrast, not
    # its anchor (PERIOD-GUIDELINES 5); only a governing heading may state it
    ("Exports grew 5% in 2023, and are expected to grow 3% this year.", {"5%": "2023", "3%": ""}),
    ("After a contraction of 3.5% in 2022, the economy is forecast to grow by 4% this year.",
     {"3.5%": "2022", "4%": ""}),
    ("Revenue for 2023-24 is $550 billion, and spending this year will be $700 billion.",
     {"$550 billion": "2023-24", "$700 billion": ""}),
])
def test_this_year_beside_a_contrasted_year(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_this_year_under_a_heading_that_states_it() -> None:
    text = "Chapter 2\n\nEconomic Prospects for 2018\n\nThe economy is forecast to grow 3% this year, after 3.8% in 2017.\n"
    assert line_periods(text) == {"3%": "2018", "3.8%": "2017"}


@pytest.mark.parametrize("text, want", [
    # as many listed figures as listed times after them pair in order, the 'respectively' left out
    # (PERIOD-GUIDELINES 3f reads one time per part)
    ("Unemployment rates were 3.1%, 2.9% and 2.8% in 2017, 2018 and 2019.",
     {"3.1%": "2017", "2.9%": "2018", "2.8%": "2019"}),
    ("The surpluses were $5 billion and $7 billion for 2022-23 and 2023-24.",
     {"$5 billion": "2022-23", "$7 billion": "2023-24"}),
    # ... but not when the counts differ, nor for one figure with several years
    ("Rates were 3.1% and 2.9% in 2017, 2018 and 2019.", {"3.1%": "2017..2019", "2.9%": "2017..2019"}),
    ("Four sites will be ready in 2027, 2028, 2029 and 2031 respectively.", {"Four sites": "2027..2031"}),
])
def test_listed_figures_pair_with_listed_times(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # 'FY 2024-25', 'FY2024/2025': a financial year written as a split year is that split year (not FY2024)
    ("Net profit for FY 2024-25 was Rs. 310 Crores and cash profit was Rs. 620 Crores.",
     {"Rs. 310 Crores": "2024-25", "Rs. 620 Crores": "2024-25"}),
    ("Profit was $3 billion in FY2024/2025.", {"$3 billion": "2024-25"}),
    ("Profit was $3 billion in FY2024.", {"$3 billion": "FY2024"}),
    # 'the year ending June 2024' is the year that closes with that month: a split year unless it is December
    ("Growth will rise from 2.1 per cent in the year ending June 2025 to 2.9 per cent in the year ending June 2026.",
     {"2.1 per cent": "2024-25", "2.9 per cent": "2025-26"}),
    ("Growth was 2.7 per cent in the year ended December 2024.", {"2.7 per cent": "2024"}),
    # ', representing an increase of N%' after a figure is that figure's change (PERIOD-GUIDELINES 4)
    ("Revenue grew from Rs 2,100 Crores in FY 2023-24 to Rs 2,500 Crores in FY 2024-25, representing an increase of 19 %.",
     {"Rs 2,100 Crores": "2023-24", "Rs 2,500 Crores": "2024-25", "19 %": "2024-25"}),
    # a figure restated in brackets holds for the same time; a time ending a noun phrase compared 'in comparison
    # to' is the base's, not the change's
    ("The Estimates for 2026-27 total $300 billion, an increase of $9 billion (+3.1 percent) in comparison to "
     "the amounts outlined in the Estimates 2025-26.",
     {"$300 billion": "2026-27", "$9 billion": "2026-27", "+3.1 percent": "2026-27"}),
    # 'N% of the level in T' compares with T's level: a base, not the figure's period (PERIOD-GUIDELINES 4)
    ("Arrivals in March 2026 were 5.1 million, about 85% of the level in March 2019.",
     {"5.1 million": "2026-03", "about 85%": "2026-03"}),
    # 'over the forward estimates', 'across the forecast period' are vague (budget usage, PERIOD-GUIDELINES 5)
    ("Payments will fall from 25.1 per cent of GDP in 2025-26 to 24.6 per cent over the forward estimates.",
     {"25.1 per cent": "2025-26", "24.6 per cent": ""}),
])
def test_budget_paper_forms(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_a_sentence_cut_after_rs_is_read_whole() -> None:
    # 'Rs.' (rupees) ends no sentence: a splitter's cut after it is joined again (PERIOD-GUIDELINES 2)
    from pipeline.extract.figures.english import find_figures
    from pipeline.extract.periods import FigureSpan, figure_periods

    text = "Net profit for FY 2025-26 was Rs. 310 Crores and cash profit was Rs. 620 Crores."
    figs = find_figures(text)
    cut = text.index("620")  # the splitter's second sentence starts after 'Rs.'
    spans = [FigureSpan(f.start, f.end, 0 if f.end <= cut else cut, cut if f.end <= cut else len(text), f.kind)
             for f in figs]
    got = {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}
    assert got == {"Rs. 310 Crores": "2025-26", "Rs. 620 Crores": "2025-26"}


@pytest.mark.parametrize("text, want", [
    # an old value set off by commas (', from 32.5%,') is an aside: the time after it is the change's, and an
    # interval dates both values (PERIOD-GUIDELINES 4)
    ("The rate paid by 90 per cent of workers will be cut to 28%, from 31%, in July 2027.",
     {"90 per cent": "2027-07", "28%": "2027-07", "31%": "2027-07"}),
    # ... without the commas the time stays the old value's ('rose to 56.3% from 54.8% in 2012')
    ("The share rose to 56.3% from 54.8% in 2012.", {"56.3%": "", "54.8%": "2012"}),
])
def test_old_value_set_off_by_commas(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # a relative stretch counts back in the stated year's own kind: split years give split years
    ("Over the past five years, spending has grown by 40 per cent to $90 billion in 2025-26.",
     {"five years": "2021-22..2025-26", "40 per cent": "2025-26", "$90 billion": "2025-26"}),
    # a time inside an aside set off by commas (', launched in 2021,') anchors no 'so far' outside it
    ("The fund, launched in 2022, has so far approved 1 500 applications.", {"1 500 applications": ""}),
    ("In 2026, the fund has so far approved 1 500 applications.", {"1 500 applications": "2026"}),
    # a time inside a following ', with ...' phrase is that phrase's ('with completion targeted for 2030')
    ("The first phase will cost $12 billion, with completion targeted for 2031.", {"$12 billion": ""}),
    ("The provision is $5 billion, with effect from 2027-28.", {"$5 billion": "2027-28.."}),
])
def test_stretch_kinds_and_asides(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
