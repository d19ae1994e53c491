"""pipeline.extract.periods: tax years, parts of a split year, the clause of a relief measure, glossed
relative times and footnoted years, found on unseen real batches (session 9: budget relief chapters,
Singapore budget coverage) and in the error classes left by session 8.

Each case states a general rule of English or of budget texts with a made-up sentence (never a sentence
of a held-out or dev document); the rule's name is in the comment above it.
"""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    # a year of assessment is a time, not a year inside a name, also after a determiner and with a split
    # year ('for the year of assessment 2025/26'), and a split year before 'tax year' / 'year of assessment'
    ("Profits tax for the year of assessment 2025/26 will be cut by 50 per cent, subject to a ceiling of $8,000.",
     {"50 per cent": "2025-26", "$8,000": "2025-26"}),
    ("Salaries tax for the 2026-27 tax year will fall by 80%, up to $4,000 per case.",
     {"80%": "2026-27", "up to $4,000": "2026-27"}),
    ("The relief, capped at $2,000, covers the 2027/28 year of assessment.", {"$2,000": "2027-28"}),
    ("Tax for the year of assessment 2026 will fall by 3%.", {"3%": "2026"}),
    # ... while a year after a determiner before another noun still names an edition
    ("About $90 million is for the fees of candidates sitting the 2027 examination.", {"About $90 million": ""}),
])
def test_tax_years(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("text, want", [
    # quarters, halves and opening months of a split year have no finer form: the split year
    ("Rates will be waived for the first two quarters of 2026-27, subject to a ceiling of $750 per quarter.",
     {"two quarters": "2026-27", "$750": "2026-27"}),
    ("Rates will be waived in the first quarter of 2027-28, subject to a ceiling of $600.", {"$600": "2027-28"}),
    ("In the second half of 2025/26, spending rose 4%.", {"4%": "2025-26"}),
    # ... calendar years keep their quarters and halves
    ("Exports rose 6% in the first three quarters of 2026.", {"6%": "2026-Q1..2026-Q3"}),
    ("Output grew 2% in the first half of 2027.", {"2%": "2027-H1"}),
])
def test_parts_of_a_split_year(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("text, want", [
    # 'for N quarters/months of T' is the time of its clause, not the duration's alone
    ("We will waive rates for four quarters of 2026-27, subject to a ceiling of $900 per quarter.",
     {"four quarters": "2026-27", "$900": "2026-27"}),
    ("The levy was waived for three months of 2025, saving traders $40 million.",
     {"three months": "2025", "$40 million": "2025"}),
    # 'to' after a word that governs it ('subject to', 'given to', 'applied to') is a preposition, not an
    # infinitive clause: the clause's later time reaches the figures before it
    ("The same cut, also subject to a cap of $5,000, will be applied to profits tax for 2026-27.",
     {"$5,000": "2026-27"}),
    ("A one-off payment of $500 will be given to each pensioner in June 2026.", {"$500": "2026-06"}),
    # ... an infinitive still opens a clause of its own
    ("A grant of $6,000 will be used to hire apprentices in 2026.", {"$6,000": ""}),
])
def test_clause_of_a_relief_measure(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("text, want", [
    # a bare month takes no year from a time after a comma, in another clause ('launched in May 2025')
    ("Vouchers worth $300 will be issued in July, extending the $2 billion scheme launched in May 2025.",
     {"$300": "", "$2 billion": "2025-05"}),
    # ... but shares the year of its own clause
    ("Sales rose 4% in March and 5% in April 2026.", {"4%": "2026-03", "5%": "2026-04"}),
    # 'the financial years of 2027 to 2031' is a range of financial years, both ends in one form
    ("Spending is expected to reach about 19 per cent of GDP between the financial years of 2027 to 2031.",
     {"about 19 per cent": "FY2027..FY2031"}),
])
def test_months_and_financial_year_ranges(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("text, want", [
    # a relative time glossed in brackets by a stated one is that time (PERIOD-GUIDELINES 5: anchored in
    # the same sentence), with the role of its own preposition
    ("In the next financial year (2026-27), rates concessions will be capped at $1,000 per property.",
     {"$1,000": "2026-27"}),
    ("Revenue last year (2025) rose 3%.", {"3%": "2025"}),
    ("Revenue in the current financial year (2026-27) is $610 billion.", {"$610 billion": "2026-27"}),
    # ... an unglossed one stays unresolved, and 'the current financial year' is not a stated year's
    ("The scheme will cost $1 billion this financial year.", {"$1 billion": ""}),
    ("Revenue in the current financial year is $600 billion, up from $550 billion in 2025-26.",
     {"$600 billion": "", "$550 billion": "2025-26"}),
    # a footnote digit glued to a year after a preposition of time ('by 20352') is the year and its marker
    ("The city aims to cut emissions by 50% by 20352 from the 2005 level.", {"50%": "2035"}),
    ("Since 20191, the fund has grown by 9%.", {"9%": "2019.."}),
    # ... a five-digit number alone stays a number
    ("The fund had 20352 members and grew by 4%.", {"20352 members": "", "4%": ""}),
])
def test_glossed_relative_times_and_footnoted_years(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("text, want", [
    # a duration that measures an amount ('equivalent to 24 months of expenditure') is no stretch of time:
    # the date its clause states is not its period (PERIOD-GUIDELINES 7)
    ("Reserves will reach $900 billion by 31 March 2027, equivalent to 20 months of government expenditure.",
     {"$900 billion": "2027-03-31", "20 months": ""}),
    ("Reserves stood at $500 billion at the end of 2026, enough to cover 18 months of imports.",
     {"$500 billion": "2026-12-31", "18 months": ""}),
    # ... while a duration received in a stated period falls in it
    ("Households will receive up to four months of rebates in FY2026.", {"up to four months": "FY2026"}),
    # 'the biggest since independence in 1965': the record's reference, a base, no open start of the figure
    ("The deficit reached $80 billion, the biggest since independence in 1965.", {"$80 billion": ""}),
    ("Membership has grown 40% since its launch in 2019.", {"40%": "2019.."}),
])
def test_measuring_durations_and_records_since(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("text, want", [
    # a Chinese split year written with two digits for both years ('24/25年度', '97/98年度'), and the year of
    # assessment (課稅年度) as a split-year suffix
    ("25/26年度的開支預計為8,500億元。", {"8,500億元": "2025-26"}),
    ("98/99年度的盈餘為900億元。", {"900億元": "1998-99"}),
    ("在2026/27課稅年度，薪俸稅寬減100%，上限為3,000元。", {"100%": "2026-27", "3,000元": "2026-27"}),
    # ... two two-digit numbers that are no consecutive years are no split year
    ("25/28年度的開支為800億元。", {"800億元": ""}),
])
def test_zh_short_split_years_and_years_of_assessment(text: str, want: dict[str, str]) -> None:
    got = periods(text, zh=True)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("text, want", [
    # a part of a year without its year takes the year of another part its sentence states, also when that
    # one is the old value of a change ('from 4% in the first half of 2026 to 2% in the second half of the year')
    ("Growth slowed from 4.2 per cent in the first half of 2026 to 1.9 per cent in the second half of the year.",
     {"4.2 per cent": "2026-H1", "1.9 per cent": "2026-H2"}),
    ("Exports rose from 3% in the first quarter of 2027 to 5% in the second quarter.",
     {"3%": "2027-Q1", "5%": "2027-Q2"}),
    # ... not the year of a compared whole year
    ("Sales in March were 10% higher than in 2026.", {"10%": ""}),
    # 'over the last decade' after a figure is the stretch it holds for, not a comparison base ('over 2025-26')
    ("The economy grew by 3% in 2026, above the trend rate of 2.7% over the last decade.",
     {"3%": "2026", "2.7%": "2017..2026"}),
    ("Revenue rose by 4% over 2025-26.", {"4%": ""}),
])
def test_parts_of_a_year_and_stretches_after_a_figure(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


def test_a_speech_title_line_governs_nothing() -> None:
    # a first line naming a speech ('Speech by X at Y 2026') is the title even over a later paragraph of an
    # excerpt: its year is no heading's (PERIOD-GUIDELINES 5)
    from tests.period_cases import line_periods
    text = ("Speech by the Minister for Labour at the Committee of Supply 2026\n\n"
            "2. Let me first give an overview.\nb. Unemployment remained low at 2.1%.\n")
    assert line_periods(text)["2.1%"] == ""


@pytest.mark.parametrize("text, want", [
    # a 'last year' after a participle of proposing or forecasting dates that act, not the figures of the
    # change: the interval before it dates both values
    ("The surplus in FY2026 rose sharply, from $1 billion as first put forth last year, to $3 billion.",
     {"$3 billion": "FY2026"}),
    ("The fee of $50 proposed last year will rise to $60 in 2027.", {"$50": "", "$60": "2027"}),
])
def test_the_time_of_a_proposal(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


def test_the_review_period_is_the_headings() -> None:
    # 'the review period' names the period the governing heading states; 'the end of the review period' its
    # last day; without such a heading it names nothing (PERIOD-GUIDELINES 5, 6)
    from tests.period_cases import line_periods
    text = ("(Approved for issue by the Committee)\n\nReport on Market Operations (3 March 2026 – 30 June 2026)\n\n"
            "The rate was triggered 9 times during the review period.\n"
            "Reserves fell to $210 billion at the end of the review period.\n")
    got = line_periods(text)
    assert got["9 times"] == "2026-03-03..2026-06-30"
    assert got["$210 billion"] == "2026-06-30"
    assert periods("Reserves fell to $210 billion at the end of the review period.")["$210 billion"] == ""


@pytest.mark.parametrize("text, want", [
    # 'before X' in a sentence of aims or the future is a deadline, the target X like 'by X'; elsewhere the
    # open end ..X
    ("To cut emissions by 40% before 2036, we will expand district cooling.", {"40%": "2036"}),
    ("Growth averaged 3% before 2020.", {"3%": "..2020"}),
    # a base written with the year's possessive ('from 2005's level') or stating its own year ('from the 2005
    # level') leaves the clause's later time to the figure
    ("The city aims to cut emissions by 45 per cent from 2005's level before 2036.", {"45 per cent": "2036"}),
    ("The city aims to cut emissions by 45 per cent from the 2005 level by 2036.", {"45 per cent": "2036"}),
    ("Revenue rose 5 per cent from 2019.", {"5 per cent": ""}),
    # 'the 2030 target of X' is the target's year, no name
    ("We are moving towards the 2031 target of cutting carbon intensity by 60% to 65%.", {"60% to 65%": "2031"}),
])
def test_deadlines_and_targets(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


def test_a_multiple_verb_is_the_change_of_its_new_value() -> None:
    # 'doubled from X in T1 to Y in T2': the change belongs to the value it changes (PERIOD-GUIDELINES 4), as
    # 'rose by Z, from X in T1 to Y in T2' does; a footnote glued to 'FY2027' keeps the year
    got = periods("Social spending has doubled from $16 billion in FY2017, to $32 billion in FY202713.")
    assert got == {"doubled": "FY2027", "$16 billion": "FY2017", "$32 billion": "FY2027"}


@pytest.mark.parametrize("text, want", [
    # a stretch longer than a target year is not inside it: 'before 2050, ... a five-year pathway'
    ("While the city aims at carbon neutrality before 2050, a clear five-year pathway is needed.",
     {"five-year": ""}),
    # ... a shorter one is
    ("We will run a three-month pilot by 2027.", {"three-month": "2027"}),
])
def test_a_stretch_longer_than_its_target_year(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)
