"""Periods on text as real documents write it: hard-wrapped narrow columns (PDF conversions), split years
with a non-breaking hyphen (HTML budget speeches), 'per cent' comparisons, ', while' coordination, a
duration that names the stretch a clause happens in. Made-up sentences stating the general rules of
../shared/devset-real/PERIOD-GUIDELINES.md, never sentences of a document."""

from __future__ import annotations

import pytest

from pipeline.extract.extractor import split_at_breaks
from pipeline.extract.figures.english import find_figures
from pipeline.extract.periods import FigureSpan, figure_periods


def periods(text: str) -> dict[str, str]:
    """Every figure the real recognizer finds in `text` → its period, sentences as the extractor cuts
    them at line breaks (the model's own sentence ends are not needed for these one-sentence texts)."""
    sentences = split_at_breaks(text, 0, len(text))
    figs = find_figures(text)
    spans = []
    for f in figs:
        s0, s1 = next((a, b) for a, b in sentences if a <= f.start < b)
        spans.append(FigureSpan(f.start, f.end, s0, s1, f.kind))
    return {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}


@pytest.mark.parametrize("text, want", [
    # a hard-wrapped paragraph in a narrow column is one sentence: its lines are not headings
    ("Exports of the region expanded by 4.2% in\n2019, while imports rose by 3.1%.\n",
     {"4.2%": "2019", "3.1%": "2019"}),
    ("The reserve ratio of member banks rose\nto 12.5% at the end of 2018 from 11.0% a\nyear ago.\n",
     {"12.5%": "2018-12-31", "11.0%": "2017-12-31"}),
    ("of trade loans and loans for use outside\nthe territory rose by 6% in 2017.\n", {"6%": "2017"}),
])
def test_wrapped_lines_are_one_sentence(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_short_heading_line_still_ends_its_sentence() -> None:
    text = "Balance sheet trends\nDeposits grew by 5% in 2016.\n12. Loans fell by 2%.\n"
    cuts = [text[a:b] for a, b in split_at_breaks(text, 0, len(text))]
    assert cuts[0] == "Balance sheet trends"
    assert periods(text) == {"5%": "2016", "2%": ""}


@pytest.mark.parametrize("text, want", [
    # U+2011 non-breaking hyphen in a split year reads like '-'
    ("The revised estimate of total spending for 2019\u201120 is $600.5 billion.", {"$600.5 billion": "2019-20"}),
    # 'N per cent over the revised estimate for Y' compares with Y: Y is a base, not the period
    ("Revenue is estimated to be $70 billion, increasing by 12 per cent over the revised estimate for 2019-20.",
     {"$70 billion": "", "12 per cent": ""}),
    # ', while' joins two clauses that report the same kind of event in the same tense
    ("Fares rose by 3% in 2015, while tolls rose by 2%.", {"3%": "2015", "2%": "2015"}),
    ("Fares were raised by 3% in 2015, while tolls will rise by 2%.", {"3%": "2015", "2%": ""}),
    # a duration heading a time adverbial: its span dates the clause
    ("During the three-year period from 2026-27 to 2028-29, about $40 billion will be spent every year.",
     {"three-year": "2026-27..2028-29", "about $40 billion": "2026-27..2028-29"}),
    ("A three-year pilot from 2026-27 to 2028-29 costs $40 million.",
     {"three-year": "2026-27..2028-29", "$40 million": ""}),
    # a footnote marker glued to a financial year ('FY2019' + note 7) does not hide the year
    ("Spending grew to $42 billion in FY20197.", {"$42 billion": "FY2019"}),
    # 'the first N quarters of Y' is a duration whose span is stated, and a time for what it brackets
    ("Loans grew fast in the first three quarters of 2016 (9.5% on an annualised basis).",
     {"three quarters": "2016-Q1..2016-Q3", "9.5%": "2016-Q1..2016-Q3"}),
])
def test_scope(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # a figure compared with ('lower than our average rate of 4%') is not dated by the clause's time
    ("Since the crisis in 2008, growth averaged 2% a year, lower than our long-term average rate of 4% before it.",
     {"2%": "2008..", "4%": ""}),
    # 'from its peak in T' is a comparison base, like 'from the end of T'
    ("The jobless rate fell from its peak in mid-2012 by 1.5 percentage points to 4.0 per cent.",
     {"1.5 percentage points": "", "4.0 per cent": ""}),
    # a time after a list of old values binds the whole list, not the new values
    ("The ratios fell to 1.1% and 0.9% respectively from 1.3% and 1.0% in June 2019.",
     {"1.1%": "", "0.9%": "", "1.3%": "2019-06", "1.0%": "2019-06"}),
    # under a heading that names a year (not the title): 'recently' is the state then; 'last year'
    # counts from when the text was written
    ("Annual report\n\nReview of 2015\n\nThe fee rose to $30 recently.\n\nSales grew by 5% last year.\n",
     {"$30": "2015", "5%": ""}),
])
def test_bases_and_vague_times(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # 'the end of the year / month' resolves to the last day of the stated year / month
    ("Loans rose 5% in 2019, reaching $8 billion at the end of the year.", {"5%": "2019", "$8 billion": "2019-12-31"}),
    ("Notes\n\nResults for May 2019\n\nLoans stood at $5 billion at the end of the month.\n\n"
     "Deposits rose 2% during the month.\n", {"$5 billion": "2019-05-31", "2%": "2019-05"}),
    # 'the month' without a stated month stays unresolved (a year is not a month)
    ("Notes\n\nReview of 2019\n\nIt was 4% at the end of the month.\n", {"4%": ""}),
])
def test_end_of_the_year_or_month(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # 'the highest since T' dates the record compared with, not the figure
    ("Retail sales grew 9.1 per cent, the highest since 2011.", {"9.1 per cent": ""}),
    ("The vacancy rate fell to 2.9 per cent, the lowest since the second quarter of 2005.", {"2.9 per cent": ""}),
    ("Prices have risen 20% since 2019.", {"20%": "2019.."}),
    # a colon that leads in a speech (title line over numbered paragraphs) governs no list
    ("Below is the Speech on the 2031-32 Budget:\nMr President,\nOpening\n"
     "2. Last month we announced new policies worth $40 billion, and this package has several parts to it for "
     "our people.\n", {"$40 billion": ""}),
    ("Key projects in 2031-32 include:\n(a) a hospital of 800 beds;\n(b) a school for 1,000 pupils.\n",
     {"800 beds": "2031-32", "1,000 pupils": "2031-32"}),
])
def test_record_bases_and_lead_ins(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # 'last year' counts from the writing, even beside a stated year
    ("Output fell by 2.0 per cent in 2019, while prices rose by 1.1 per cent last year.",
     {"2.0 per cent": "2019", "1.1 per cent": ""}),
    # a compared value with an article ('compared with a 3.7 percent increase in T') anchors nothing
    ("Profit declined by 2.8 percent last year, compared with a 3.7 percent increase in 2014.",
     {"2.8 percent": "", "3.7 percent": "2014"}),
    # 'by X to Y at T': the change takes the time of the level it reaches
    ("The margin edged down by 0.05 percentage points to 1.20 percent at the end of 2016, from 1.3 percent in 2015.",
     {"0.05 percentage points": "2016-12-31", "1.20 percent": "2016-12-31", "1.3 percent": "2015"}),
    ("The cap will rise from 20% to 25% starting from 2027.", {"20%": "", "25%": "2027.."}),
])
def test_changes_and_last_year(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # a plain heading on its own line over a numbered paragraph governs, blank line or not
    ("Budget Speech\n\nEstimates for 2031-32\n41. Revenue is estimated to be $700 billion.\n"
     "42. Operating expenditure will rise by 6 per cent.\n", {"$700 billion": "2031-32", "6 per cent": "2031-32"}),
    # 'following a 3.6% increase in the previous quarter': that time is the compared value's only
    ("For the third quarter of 2030 as a whole, loans grew by 4.1% following a 2.2% increase in the previous quarter.",
     {"4.1%": "2030-Q3", "2.2%": "2030-Q2"}),
])
def test_numbered_headings_and_following(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # a stretch counted from now with no count ('over the past decade') is its figure's own, unresolved time;
    # it neither takes the clause's time nor keeps that time from a coordinated clause ('; and')
    ("Output is forecast to grow by 4 per cent a year from 2031 to 2034, close to the 3.1 per cent seen over "
     "the past decade; and prices are expected to rise by 2.8 per cent a year.",
     {"4 per cent": "2031..2034", "3.1 per cent": "", "2.8 per cent": "2031..2034"}),
    ("Exports rose by 6% in 2029; imports fell by 3%.", {"6%": "2029", "3%": ""}),
    ("The agency approved 40 grants in 2029; and it will review 12 more applications.",
     {"40 grants": "2029", "12 more applications": ""}),
    # 'over the same period' after a stated span is that span
    ("Spending will grow by 5 per cent a year from 2031-32 to 2034-35, faster than revenue growth of 3 per cent "
     "over the same period.", {"5 per cent": "2031-32..2034-35", "3 per cent": "2031-32..2034-35"}),
    # a financial year named by one year is that financial year, not the calendar year
    ("A surplus of $2.3 billion, or 0.5 per cent of GDP, is expected for fiscal year 2031.",
     {"$2.3 billion": "FY2031", "0.5 per cent": "FY2031"}),
    # 'last month' is vague: it keeps the heading's year off its sentence
    ("Review\n\nOutlook for 2031-32\n\n12. Last month, the Council approved 3 plans costing $9 billion.\n",
     {"3 plans": "", "$9 billion": ""}),
])
def test_vague_stretches_coordination_and_fiscal_years(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_heading_after_a_paragraph_line_over_a_blank_line_and_a_numbered_paragraph() -> None:
    text = ("Budget Speech\n\nRevised Estimates for 2030-31\n\n10. Revenue is $500 billion.\nEstimates for 2031-32\n\n"
            "11. Revenue is estimated to be $540 billion.\n")
    assert periods(text) == {"$500 billion": "2030-31", "$540 billion": "2031-32"}


@pytest.mark.parametrize("text, want", [
    # 'at the end of (the) previous quarter / a month earlier' after a quarter-end / month-end date: that end date
    ("The ratio fell to 0.5% at the end of the second quarter of 2031 from 0.6% at the end of previous quarter.",
     {"0.5%": "2031-06-30", "0.6%": "2031-03-31"}),
    ("Loans rose to $5 billion at the end of March 2031 from $4.8 billion a month earlier.",
     {"$5 billion": "2031-03-31", "$4.8 billion": "2031-02-28"}),
    # 'during the N years from T1 to T2, ...': the span dates the clause, not only the duration
    ("During the two years from 2031-32 to 2032-33, 50 clinics will open, among which 20 clinics will open in 2031-32.",
     {"two years": "2031-32..2032-33", "50 clinics": "2031-32..2032-33", "20 clinics": "2031-32"}),
    ("A two-year scheme from 2031 to 2032 will fund 50 clinics.", {"two-year": "2031..2032", "50 clinics": ""}),
])
def test_relative_quarter_ends_and_duration_spans(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    # ', which ...' right after a figure (and its own time) is a clause about that figure: its figures share the period
    ("For FY2031, we expect a surplus of $1.5 billion, which is close to 0.3% of GDP.",
     {"$1.5 billion": "FY2031", "close to 0.3%": "FY2031"}),
    ("Spending will reach $50 billion in 2031-32, which is 6% higher than the revised estimate.",
     {"$50 billion": "2031-32", "6%": "2031-32"}),
    ("Loans grew 5% in 2030, which was slower than the 7% growth in 2029.", {"5%": "2030", "7%": "2029"}),
])
def test_which_clause_about_a_figure(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_time_inside_a_leading_gerund_phrase_stays_there() -> None:
    # 'Taking ..., including bringing back $X in T, I forecast $Y ...': T dates $X, not the main clause's $Y
    text = "Taking this into account, including drawing $3 billion from the reserve in 2031-32, I forecast a surplus of $9 billion."
    assert periods(text) == {"$3 billion": "2031-32", "$9 billion": ""}
