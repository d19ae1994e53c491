"""pipeline.extract.periods: normalized forms, scope in a sentence, headings, tables, Chinese; devset-real floor.

The sentences are the made-up examples of ../shared/devset-real/PERIOD-GUIDELINES.md (or written in
the same spirit), never sentences of the dev documents.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from pipeline.extract.figures.english import find_figures
from pipeline.extract.periods import (
    FigureSpan,
    figure_periods,
    find_times,
    period_of_header,
)

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("in 2023", "2023"), ("for 2023 as a whole", "2023"), ("during 2023", "2023"),
    ("the whole year of 2023", "2023"), ("2021-22", "2021-22"), ("2021/22", "2021-22"),
    ("the 2021-2022 financial year", "2021-22"), ("the 2021/22 school year", "2021-22"),
    ("2020-2021", "2020..2021"), ("FY2025", "FY2025"), ("FY 2025", "FY2025"),
    ("in the Year of Assessment 2025", "2025"), ("the third quarter of 2021", "2021-Q3"),
    ("Q3 2021", "2021-Q3"), ("the first half of 2027", "2027-H1"), ("H2 2026", "2026-H2"),
    ("in May 2024", "2024-05"), ("March 2024", "2024-03"), ("on 30 June 2023", "2023-06-30"),
    ("at the end of 2023", "2023-12-31"), ("as at end-2023", "2023-12-31"), ("year-end 2023", "2023-12-31"),
    ("end March 2022", "2022-03-31"), ("from 2024 to 2028", "2024..2028"), ("between 2019 and 2023", "2019..2023"),
    ("2024–2028", "2024..2028"), ("from 2021-22 to 2025-26", "2021-22..2025-26"), ("since 2018", "2018.."),
    ("from 2027", "2027.."), ("progressively from 2027", "2027.."),
    ("starting from the 2025/26 school year", "2025-26.."), ("with effect from (w.e.f.) 2023-24", "2023-24.."),
    ("up to 2030", "..2030"), ("until 2030", "..2030"), ("through 2030", "..2030"), ("by 2030", "2030"),
    ("by 2026-27", "2026-27"), ("by end-2026", "2026-12-31"), ("by end March 2025", "2025-03-31"),
    ("in the 2030s", "2030..2039"), ("early 2022", "2022"), ("mid-2025", "2025"), ("late September 2023", "2023-09"),
    ("As at 31 March 2025", "2025-03-31"), ("in the first three quarters of 2024", "2024-Q1..2024-Q3"),
    ("in the first 11 months of 2023", "2023-01..2023-11"), ("Jan-Jun 2024", "2024-01..2024-06"),
    ("2024年第三季", "2024-Q3"), ("2024-25年度預算", "2024-25"), ("2024年底", "2024-12-31"), ("2024-25 Estimate", "2024-25"), ("2023-24 Revised Estimate", "2023-24"),
])
def test_normalized_forms(text: str, want: str) -> None:
    assert period_of_header(text) == want


@pytest.mark.parametrize("text", [
    "Digital Plan 2030", "the 2026 examination", "compared with 2022", "higher than the 2023-24 Revised Estimate",
    "Blueprint 2.0", "a monthly income of $25,000", "Charter 2.0", "1 950 members", "$2,030 million", "20.30%",
    "較2023年", "In May we act", "AD 2018–23–51", "Bulletin 737-31-1860",
])
def test_no_period(text: str) -> None:
    assert period_of_header(text) == ""


def test_bare_month_needs_a_preposition() -> None:
    assert [t.role for t in find_times("In April, we acted.")] == ["month"]
    assert find_times("May we act on it?") == []


@pytest.mark.parametrize("text, want", [
    # 3a clause-level time covers every figure of its clause
    ("During 2023, the regulator consulted on merging the four licence types into two licence types.",
     {"four licence types": "2023"}),
    ("In 2021, the fund was launched with a commitment of $8 billion.", {"$8 billion": "2021"}),
    # 3b attached time binds its own figure only; parts share the figure's period
    ("$310 million in 2021-22 ($520 million full-year provision w.e.f. 2023-24) is for upgrading 40 schools.",
     {"$310 million": "2021-22", "$520 million": "2023-24..", "40 schools": ""}),
    ("2021-22 provision totals $8.0 billion (comprising $7.1 billion recurrent and $0.9 billion capital).",
     {"$8.0 billion": "2021-22", "$7.1 billion": "2021-22", "$0.9 billion": "2021-22"}),
    # 3c coordinated clauses
    ("Prices fell 8% in 2023 and transactions dropped 20% to 41,000 units.",
     {"8%": "2023", "20%": "2023", "41,000 units": "2023"}),
    ("Ratio A was 150% in the fourth quarter of 2023, and ratio B was 60%.", {"150%": "2023-Q4", "60%": "2023-Q4"}),
    ("The Bureau has set aside $500 million for the programme and will publish a review in 2027.",
     {"$500 million": ""}),
    # 3d subordinate clauses
    ("There are about 80 projects (total value about $90 billion) with spending to be incurred in 2022-23.",
     {"about 80 projects": "2022-23", "about $90 billion": "2022-23"}),
    ("We offer a grant of $5,000 for firms that hired at least two apprentices in 2024.",
     {"$5,000": "", "at least two apprentices": "2024"}),
    ("The rule applies to the 737 MAX airplanes identified in Service Bulletin 737-31-1860, dated June 12, 2020.",
     {"737 MAX airplanes": ""}),
    (("A total commitment of $300 million is for a scheme to run for four cohorts starting from the 2022/23 "
     "academic year."), {"$300 million": "", "four cohorts": "2022-23.."}),
    # 3e years in names; the budget whose amount the figure is
    ("We will invest a further $2 billion in the Digital Plan 2030.", {"$2 billion": ""}),
    ("$90 million is for the fees of candidates sitting the 2026 examination.", {"$90 million": ""}),
    ("The 2022-23 Budget would lift GDP by about 2%.", {"about 2%": "2022-23"}),
    ("2022-23 provision for the Authority totals $9 billion.", {"$9 billion": "2022-23"}),
    ("The cost was $5 billion (2021-22 Revised Estimate: $6.1 billion).", {"$6.1 billion": "2021-22"}),
    # 3f respectively; 3g commitments and cash flows
    ("Four sites will be ready in 2027, 2028, 2029 and 2031 respectively.", {"Four sites": "2027..2031"}),
    ("A total commitment of $700 million (with $60 million cash flow in 2023-24) is earmarked.",
     {"$700 million": "", "$60 million": "2023-24"}),
    ("There is a $950 million full-year provision.", {"$950 million": ""}),
    # 4 comparisons and changes
    ("Spending in 2024-25 is $50 billion, 6.0% or $2.8 billion higher than the 2023-24 Revised Estimate.",
     {"$50 billion": "2024-25", "6.0%": "2024-25", "$2.8 billion": "2024-25"}),
    ("The cost is $41 million (2023-24 RE: $47.2 billion).", {"$47.2 billion": "2023-24"}),
    ("Complaints rose 40% compared with 2022.", {"40%": ""}),
    ("The index ended the year at 2,150, up 9% from the end of 2021.", {"2,150": "", "9%": ""}),
    ("The ratio rose to 3.2% at the end of 2023 from 2.7% a year before.",
     {"3.2%": "2023-12-31", "2.7%": "2022-12-31"}),
    (("Ratio A rose from 4% at the end of 2021 to 5% at the end of 2022, while ratio B rose to 7% from 6% "
     "during the same period."), {"4%": "2021-12-31", "5%": "2022-12-31", "7%": "2022-12-31", "6%": "2021-12-31"}),
    ("Margins widened to 1.4% in 2023 from 1.1% a year before.", {"1.4%": "2023", "1.1%": "2022"}),
    ("Starting from the 2026/27 school year, the cap will rise from 20% to 25%.", {"20%": "", "25%": "2026-27.."}),
    ("Recurrent expenditure in 2020-21 is $486.6 billion, higher than the 2019-20 Revised Estimate by 10.0%.",
     {"$486.6 billion": "2020-21", "10.0%": "2020-21"}),
    # 5 relative and vague time; rates
    ("The average for the year rose 20% from 2022, reaching 9 million at the end of 2023.",
     {"20%": "2023", "9 million": "2023-12-31"}),
    ("Last year, our economy grew by more than 4%.", {"more than 4%": ""}),
    ("The rate was 2% in December.", {"2%": ""}),
    ("We will spend $3 billion a year.", {"$3 billion": ""}),
    ("It costs 1% of GDP annually and 2% per annum.", {"1%": "", "2%": ""}),
    # 7 durations
    ("Households have grown over the past three years, reaching 9 million at the end of 2023.",
     {"three years": "2021..2023", "9 million": "2023-12-31"}),
    ("The scheme runs for three years from 2022-23 to 2024-25.", {"three years": "2022-23..2024-25"}),
    ("We will run a pilot for four years starting from the 2025/26 academic year.",
     {"four years": "2025-26..2028-29"}),
    ("Households will receive up to three months of rebates in FY2025.", {"up to three months": "FY2025"}),
    ("Over the past five years, we spent $5 billion.", {"five years": ""}),
    ("This is a two-year scheme.", {"two-year": ""}),
    # more forms in sentences
    ("Revenue will reach $80 billion by 2030 and $90 billion by end-2035.",
     {"$80 billion": "2030", "$90 billion": "2035-12-31"}),
    ("The rate fell to 2.5% in the second half of 2023, and to 2.1% in Q1 2024.", {"2.5%": "2023-H2", "2.1%": "2024-Q1"}),
    ("Since 2018, we have built 12 new schools.", {"12 new schools": "2018.."}),
    ("Up to 2030, we will build 5,000 flats.", {"5,000 flats": "..2030"}),
    ("Between 2019 and 2023, the economy grew 12%.", {"12%": "2019..2023"}),
    ("A total provision of $900 million by 2026-27 will be set aside.", {"$900 million": "2026-27"}),
])
def test_scope_in_a_sentence(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("text, want", [
    # brackets: a time inside them dates only what is inside them; a budget line's amount takes its year
    ("An additional commitment of $500 million (2023-24 RE: $71 million) is for a new fund.",
     {"$500 million": "", "$71 million": "2023-24"}),
    (("A total commitment of $434 million and cash flow of $82 million in 2024-25 (2023-24 RE: $54 million) is "
     "for a scheme."), {"$434 million": "", "$82 million": "2024-25", "$54 million": "2023-24"}),
    (("Provision for the Authority totals $76.6 billion, an increase of 5.6% over the 2023-24 revised estimate "
     "($72.5 billion)."), {"$72.5 billion": "2023-24"}),
    # 'and is' goes on describing the same subject; a purpose 'for V-ing' clause does not reach back
    (("Spending amounts to $112.3 billion in 2024-25, accounting for 15.4% of the total, and is 10.8% lower "
     "than the 2023-24 revised estimate."), {"$112.3 billion": "2024-25", "15.4%": "2024-25", "10.8%": "2024-25"}),
    (("A total commitment of $20 million is for launching a pilot for three years starting from the 2024/25 "
     "academic year."), {"$20 million": "", "three years": "2024-25..2026-27"}),
    # a reduced relative clause ('measures introduced since ...') does not date the figure it hangs from
    ("The Budget, together with the measures introduced since August 2023, would lift GDP by around 3%.",
     {"around 3%": ""}),
    # two figures with their own times: neither time spreads to a third figure
    ("Costs for the 12 projects will rise from $160 million in 2024-25 to $1.2 billion in 2028-29.",
     {"12 projects": "", "$160 million": "2024-25", "$1.2 billion": "2028-29"}),
    # the year before 'to' is the old value's time, not the low end of a range up to the new value
    ("Deposits rose from HK$2,041.5 billion at the end of 2016 to HK$2,210.9 billion at the end of May 2017.",
     {"HK$2,041.5 billion": "2016-12-31", "HK$2,210.9 billion": "2017-05-31"}),
    # 'by X, from A at T1 to B at T2': the change is the new value's, as in 'by X to B at T2'
    ("Reserves grew by $169.4 billion, from $2,041.5 billion at the end of 2016 to $2,210.9 billion at the end of 2017.",
     {"$169.4 billion": "2017-12-31", "$2,041.5 billion": "2016-12-31", "$2,210.9 billion": "2017-12-31"}),
    # a year in a name after 'the', even behind a preposition
    ("A commitment of $151 million is for fees of candidates sitting for the 2025 Hong Kong Diploma Examination.",
     {"$151 million": ""}),
])
def test_scope_rules_of_budget_texts(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("text, want", [
    # a vague time is not anchored by a target; the old value of a change has none
    ("The plan lifts the share from 10 per cent today to at least 20% by 2030.",
     {"10 per cent": "", "at least 20%": "2030"}),
    ("I propose to raise the tax from $120 to $200 with effect from 1 October 2025.",
     {"$120": "", "$200": "2025-10-01.."}),
    # a comma-delimited participle or relative clause keeps its time to itself
    ("The Act, signed in August 2022, appropriates US$52.7 billion.", {"US$52.7 billion": ""}),
    ("The firms, whose contracts took effect on 1 January 2023, will invest more than 100 billion patacas.",
     {"more than 100 billion patacas": ""}),
    # a part's own time does not date the whole
    ("We will invest up to £1 billion in research, including up to £200m for 2023-2025.",
     {"up to £1 billion": "", "up to £200m": "2023..2025"}),
    # 'than in T' is a base; 'so that' starts another clause
    ("Spending in 2027-28 will be some $27.3 billion lower than in 2023-24.", {"some $27.3 billion": "2027-28"}),
    ("Staff will be cut by 2% in each of 2026-27 and 2027-28, so that about 10 000 posts will go by April 2027.",
     {"2%": "2026-27..2027-28", "about 10 000 posts": "2027-04"}),
    # a relative stretch in the clause leaves its figures without a period; 'within N years' is one
    ("The universities will receive $68.1 billion over the next three years.", {"$68.1 billion": "", "three years": ""}),
    ("The account will return to surplus within two years, with reserves at $579.1 billion by end-March 2030.",
     {"two years": "", "$579.1 billion": "2030-03-31"}),
    # one year per part, and other forms
    ("The plan sets goals in three stages, for 2024, 2029 and 2035.", {"three stages": "2024..2035"}),
    ("Output for January to September 2024 reached 37.3 billion yuan.", {"37.3 billion yuan": "2024-01..2024-09"}),
    ("Since its launch in 2018, the scheme has approved over 2,000 applications.",
     {"over 2,000 applications": "2018.."}),
    ("As part of the 2022-2023 Hong Kong Budget, the park will cover 87 hectares.", {"87 hectares": ""}),
    ("Ratios A and B were 5% and 6% in 2022 and 2023 respectively.", {"5%": "2022", "6%": "2023"}),
    ("The Government will provide 5,000 places in 2024 and 2025.", {"5,000 places": "2024..2025"}),
    ("The tax rate will increase from 8% to 9% on 1 January 2024.", {"8%": "", "9%": "2024-01-01"}),
    # quarters and months shift by their own unit; a year's level is a comparison base
    ("The unemployment rate fell to 3.0% in the third quarter of 2024 from 3.1% in the previous quarter.",
     {"3.0%": "2024-Q3", "3.1%": "2024-Q2"}),
    ("Sales were 5% in January 2024 against 3% in the previous month.", {"5%": "2024-01", "3%": "2023-12"}),
    ("Arrivals reached 34 million in 2023, about 53% of the 2018 level.", {"34 million": "2023", "about 53%": "2023"}),
    ("Expenditure for 2024-25 is $776.8 billion, an increase of 8.7% over the revised estimate for 2023-24.",
     {"$776.8 billion": "2024-25", "8.7%": "2024-25"}),
    # an amount 'for N years from A to B' holds for that span
    (("Provision of $35 million in 2024-25 ($342 million total provision for three years from 2024-25 to 2026-27) "
     "is for a survey."), {"$35 million": "2024-25", "$342 million": "2024-25..2026-27"}),
    # the time of a compared value neither dates nor anchors the rest
    ("The authority currently supervises 180 banks, up from 170 in 2020.", {"180 banks": ""}),
    # ', and' + another subject in another tense is another event (3c)
    (("The Council has approved HK$2.4 billion for works in 2024-25, and a further $1.5 billion will be earmarked "
     "for the next phase."), {"HK$2.4 billion": "2024-25", "$1.5 billion": ""}),
])
def test_scope_rules_of_speeches_and_reports(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


def test_the_title_line_governs_nothing() -> None:
    text = "The 2025-26 Budget\n\nWe will hire 300 nurses.\n\nEstimates for 2025-26\n\nWe will build 40 clinics.\n"
    assert _doc_periods(text) == {"300 nurses": "", "40 clinics": "2025-26"}


def test_a_sentence_cut_after_an_abbreviation_is_read_whole() -> None:
    text = "$38 million in 2024-25 ($75 million full-year provision w.e.f. 2025-26) is for 300 places."
    figs = find_figures(text)
    cut = text.index("2025-26)")
    spans = [FigureSpan(f.start, f.end, 0 if f.start < cut else cut, cut if f.start < cut else len(text), f.kind)
             for f in figs]
    got = {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}
    assert got == {"$38 million": "2024-25", "$75 million": "2025-26..", "300 places": ""}


def test_neighbouring_sentences_never_give_a_period() -> None:
    text = "Exports were weak in 2023. Imports rose 5%."
    f = find_figures(text)[0]
    assert figure_periods(text, [FigureSpan(f.start, f.end, 27, len(text), f.kind)]) == [""]


def _doc_periods(text: str) -> dict[str, str]:
    """Figures of a multi-line document, each line (or '. '-separated part) a sentence."""
    spans = []
    figs = find_figures(text)
    for f in figs:
        s0 = max(text.rfind("\n", 0, f.start) + 1, text.rfind(". ", 0, f.start) + 2)
        ends = [e for e in (text.find("\n", f.end), text.find(". ", f.end)) if e >= 0]
        spans.append(FigureSpan(f.start, f.end, s0, min(ends) + 1 if ends else len(text), f.kind))
    return {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}


def test_flattened_headings_govern_until_another_time() -> None:
    text = ("# Overview\n\nThe authority supervises 150 banks.\n\n# Review of 2023\n\n# Licensing\n\n"
            "During the year, the authority granted licences to two banks.\n\nTwelve meetings were held with "
            "bank boards.\n\n# Review of the two-tier system\n\nNine measures were announced in March.\n\n"
            "The scheme lasts at least six months.\n\n# Outlook for 2024\n\nGrowth is forecast at 3%.\n")
    got = _doc_periods(text)
    assert got["150 banks"] == ""
    assert got["two banks"] == "2023" and got["Twelve meetings"] == "2023"
    assert got["two-tier"] == "2023"  # a figure in a heading: the heading above governs it
    assert got["Nine measures"] == "2023-03"  # 'in March' anchored by the heading
    assert got["at least six months"] == ""  # a heading's time does not locate a duration
    assert got["3%"] == "2024"


def test_a_heading_anchors_month_ends_and_halves() -> None:
    text = ("# Monetary Stability\n\n# Review of 2023\n\nThe balance fell to about HK$45 billion at the end of June.\n\n"
            "In the second half, the spread narrowed to 50 basis points.\n\nDeposits grew 3% in the first half of "
            "the year.\n")
    assert _doc_periods(text) == {"about HK$45 billion": "2023-06-30", "50 basis points": "2023-H2", "3%": "2023-H1"}


@pytest.mark.parametrize("heading, want", [
    ("Key Figures 2024", "2024"), ("Results 2023-24", "2023-24"), ("Innovation Blueprint 2030", ""),
    ("Policy Address 2025", ""), ("The 2026 Examination", ""),
])
def test_a_title_case_year_in_a_heading(heading: str, want: str) -> None:
    assert _doc_periods(f"# Title\n\n# {heading}\n\nWe hired 300 nurses.\n") == {"300 nurses": want}


def test_heading_levels_limit_what_a_heading_governs() -> None:
    text = ("# Report\n\n## Review of 2023\n\nWe held 12 meetings.\n\n## Plans\n\nWe will hold 15 meetings.\n")
    got = _doc_periods(text)
    assert got["12 meetings"] == "2023" and got["15 meetings"] == ""


def test_list_lead_in_governs_its_items() -> None:
    text = ("Major initiatives in 2025-26 include:\n(i) building 30 clinics;\n(ii) hiring 200 nurses.\n\n"
            "Another paragraph has 40 beds.\n")
    got = _doc_periods(text)
    assert got["30 clinics"] == "2025-26" and got["200 nurses"] == "2025-26" and got["40 beds"] == ""


def test_tab_table_cells_take_their_header() -> None:
    text = "Programme\t2023-24 Actual\t2024-25 Estimate\n\nEducation\t$85.5 billion\t$90.1 billion\n"
    got = _doc_periods(text)
    assert got == {"$85.5 billion": "2023-24", "$90.1 billion": "2024-25"}
    rows = "As at\tAmount\n\nAs at 31 March 2025\t$5 billion\n"
    assert _doc_periods(rows) == {"$5 billion": "2025-03-31"}


def test_markdown_pipe_table_cells_take_their_header() -> None:
    text = ("| Item | 2023 | 2024 |\n|---|---:|---:|\n| Loan growth | 3.6% | 2.8% |\n"
            "| Deposits at end-2024 | 1.2% | 4.5% |\n")
    assert _doc_periods(text) == {"3.6%": "2023", "2.8%": "2024", "1.2%": "2023", "4.5%": "2024"}


@pytest.mark.parametrize("text, want", [
    ("2024年，本港經濟增長3.2%。", {"3.2%": "2024"}),
    ("2024-25年度的開支為500億元。", {"500億元": "2024-25"}),
    ("2024/25財政年度的收入為600億元。", {"600億元": "2024-25"}),
    ("2024年第三季的失業率為3.1%。", {"3.1%": "2024-Q3"}),
    ("2024年上半年出口增長8%。", {"8%": "2024-H1"}),
    ("2024年底的存款總額為15萬億元。", {"15萬億元": "2024-12-31"}),
    ("2024年3月31日的儲備為8000億元。", {"8000億元": "2024-03-31"}),
    ("至2030年，政府將興建3萬個單位。", {"3萬個單位": "..2030"}),
    ("到2030年，綠化面積將達到30%。", {"30%": "2030"}),
    ("2024年起，每年撥款10億元。", {"10億元": "2024.."}),
    ("自2024年至2028年，政府將投資200億元。", {"200億元": "2024..2028"}),
    ("出口較2023年上升5%。", {"5%": ""}),
    ("去年出口上升5%。", {"5%": ""}),
    # 去年/明年 count from the writing (like 'last year'); after 較 they are a base; 去年同期 is a year before
    ("2024年出口為300億元，較去年上升5%。", {"300億元": "2024", "5%": "2024"}),
    ("2023年出口上升5%，明年預計增長3%。", {"5%": "2023", "3%": ""}),
    ("2024年出口為300億元，去年同期為280億元。", {"300億元": "2024", "280億元": "2023"}),
    ("2024年首季出口上升5%。", {"5%": "2024-Q1"}), ("2024年一季度出口增長5.3%。", {"5.3%": "2024-Q1"}),
])
def test_chinese_forms(text: str, want: dict[str, str]) -> None:
    assert periods(text, zh=True) == want


def test_same_input_same_output() -> None:
    text = "Prices fell 8% in 2023 and transactions dropped 20% to 41,000 units."
    assert periods(text) == periods(text)


# -- devset-real: eval's period scores (floors just under what was measured; raise, never lower) ----------

PERIOD_FLOORS = {"accuracy": 0.98, "f1": 0.97}  # measured 1.000 / 1.000 (123 of 128 matched)


@pytest.fixture(scope="module")
def devset_real_run(real_run: Callable[[str], Path]) -> Path:
    return real_run("devset-real")


def test_devset_real_period_floors(shared_dir: Path, devset_real_run: Path) -> None:
    from pipeline.review import evaluate_periods

    score = evaluate_periods(shared_dir / "devset-real", devset_real_run)
    assert score is not None and score.gold == 128
    assert score.accuracy >= PERIOD_FLOORS["accuracy"], score.misses
    assert score.f1 >= PERIOD_FLOORS["f1"], score.misses


def test_eval_cli_prints_period_scores(shared_dir: Path, devset_real_run: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    r = CliRunner().invoke(main, ["eval", str(shared_dir / "devset-real"), "--out", str(devset_real_run)])
    assert r.exit_code == 0
    assert any(line.startswith("period: matched ") for line in r.output.splitlines())


def test_period_scoring_rules(tmp_path: Path) -> None:
    """Section 9: n-th gold occurrence ↔ n-th row by start; empty, null, none, nan mean no period."""
    import json

    import pandas as pd

    from pipeline.review import evaluate_periods

    pd.DataFrame([{"doc_id": "d1", "source": "a.txt"}]).to_csv(tmp_path / "documents.csv", index=False)
    pd.DataFrame([
        {"doc_id": "d1", "text": "3.5%", "start": 40, "period": "2023"},
        {"doc_id": "d1", "text": "3.5%", "start": 10, "period": "2022"},
        {"doc_id": "d1", "text": "'+34%", "start": 50, "period": ""},
        {"doc_id": "d1", "text": "two", "start": 60, "period": "2024"},
    ]).to_csv(tmp_path / "figures.csv", index=False)
    (tmp_path / "a.gold.json").write_text("{}")
    (tmp_path / "a.period.json").write_text(json.dumps([
        {"text": "3.5%", "period": "2022"}, {"text": "3.5%", "period": "2023"}, {"text": "+34%", "period": None},
        {"text": "two", "period": None}, {"text": "five", "period": "2020"}]))
    s = evaluate_periods(tmp_path, tmp_path)
    assert s is not None and (s.gold, s.matched, s.correct) == (5, 4, 3)
    assert (s.pred_nonnull, s.right_nonnull, s.gold_nonnull, s.all_gold_nonnull) == (3, 2, 2, 3)
    assert s.precision == pytest.approx(2 / 3) and s.recall == 1.0 and s.end_to_end_recall == pytest.approx(2 / 3)


def test_docx_table_cells_take_their_column_header(tmp_path: Path) -> None:
    """A real DOCX (python-docx) through ingest: its table rows come out tab-separated."""
    import docx

    from pipeline.ingest import ingest_file

    d = docx.Document()
    d.add_paragraph("Spending on education rose in the year.")
    table = d.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ("Programme", "2023-24 Actual", "2024-25 Estimate")):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ("Education", "$85.5 billion", "$90.1 billion")):
        cell.text = value
    d.save(str(tmp_path / "t.docx"))
    text = ingest_file(tmp_path / "t.docx", "t.docx").text
    assert _doc_periods(text) == {"$85.5 billion": "2023-24", "$90.1 billion": "2024-25"}
