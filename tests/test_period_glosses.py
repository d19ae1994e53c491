"""pipeline.extract.periods: glosses, spans, conjuncts and compared years found on an unseen real batch
(session 5: budget speech, policy address, annual report and results chapters).

Each case states a general rule of English or of budget texts with a made-up sentence (never a sentence
of a held-out or dev document); the rule's name is in the comment above it.
"""

from __future__ import annotations

import pytest

from pipeline.extract.figures.english import find_figures
from pipeline.extract.periods import FigureSpan, figure_periods

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    # brackets holding only a time right after a duration's phrase restate its span ('i.e.' or not):
    # the span dates the duration and the clause's other figures
    ("The demand for the next 10 years (from 2026-27 to 2035-36) is 200 000 flats.",
     {"10 years": "2026-27..2035-36", "200 000 flats": "2026-27..2035-36"}),
    ("In the next three years (2026 to 2028), output will reach 9 000 units.",
     {"three years": "2026..2028", "9 000 units": "2026..2028"}),
    ("For the four-year period at the start of the new term (from 2024-25 to 2027-28), supply was 50 000 units.",
     {"four-year": "2024-25..2027-28", "50 000 units": "2024-25..2027-28"}),
    # brackets after anything else still date only what is inside them
    ("The plan will cost $5 billion (of which $1 billion in 2026).", {"$5 billion": "", "$1 billion": "2026"}),
    # a fronted comparison is a base: its span dates its own duration, not the main clause
    ("Compared with the three years from 2020 to 2022, 4 000 more flats will be built.",
     {"three years": "2020..2022", "4 000 more flats": ""}),
    # 'the N-year period up to Y' is the N years ending with Y, like 'the N years to Y'
    ("The plan covers 20 000 hectares over the 25-year period up to 2050.",
     {"20 000 hectares": "2026..2050", "25-year": "2026..2050"}),
    # a time that ends a conjunct is that conjunct's; the next conjunct's figure takes its own later time
    ("The target is to start works by 2027, and finish 30% of the roads and open 20% of the parks by 2030.",
     {"30%": "2030", "20%": "2030"}),
    # ... but a fronted time leads its whole clause
    ("In 2024, the fund approved 50 projects and will review them by 2026.", {"50 projects": "2024"}),
    # a time inside a following ', with ...' phrase dates that phrase's figures, not the figure before it
    ("Exports fell 5%, with a 2% rise in the first half of 2025 and an 11% drop in the second half of 2025.",
     {"5%": "", "2%": "2025-H1", "11%": "2025-H2"}),
    ("Exports fell 5% in 2025, with a 2% rise in the first half.", {"5%": "2025", "2%": "2025-H1"}),
    ("The fee is $520 million, with effect from 2026-27.", {"$520 million": "2026-27.."}),
    # 'last year's X' compared with a figure of a stated year is that year's previous one ...
    ("Income for 2026 will rise to $8 billion, up from last year's $7 billion.",
     {"$8 billion": "2026", "$7 billion": "2025"}),
    # ... elsewhere 'last year' counts from when the text was written
    ("Last year's surplus of $5 billion was above the $3 billion of 2020.", {"$5 billion": "", "$3 billion": "2020"}),
    # 'the 2026 one' after 'the 2025 Budget' is the 2026 Budget, whose amount the figure is (3e)
    ("The 2025 Budget was expansionary, as is the 2026 one with a deficit of $4 billion.", {"$4 billion": "2026"}),
    ("The 2025 plan was large, and the 2026 one has $3 billion.", {"$3 billion": ""}),
    # a compared standing norm is a base (PERIOD-GUIDELINES 4): no period from the clause
    ("The ratio stood at 20.1% at the end of 2025, well above the minimum requirement of 8%.",
     {"20.1%": "2025-12-31", "8%": ""}),
    ("The ratio was 45% in 2025, below the 60% threshold.", {"45%": "2025", "60%": ""}),
    # 'up N per cent from T' compares with T, like 'up N% from T': the change keeps its figure's period
    ("Income is estimated at $23 billion for FY2026, up 2.6 per cent from the previous year.",
     {"$23 billion": "FY2026", "2.6 per cent": "FY2026"}),
    ("Tax will bring in $19 billion in FY2026, up 18.5 per cent from FY2025.", {"18.5 per cent": "FY2026"}),
    ("The cap will be raised by 5 percentage points from 2027.", {"5 percentage points": "2027.."}),
    # the start of a year is its first day, as its end is its last
    ("At the beginning of 2026, there were 150 banks.", {"150 banks": "2026-01-01"}),
    # the day of a change after its old value dates the new value only; a year there stays the old value's
    ("The fee was raised to $80 from $60 on 1 July 2026.", {"$80": "2026-07-01", "$60": ""}),
    ("The rate rose to 56.3% from 54.8% in 2024.", {"56.3%": "", "54.8%": "2024"}),
    # an aside between spaced dashes is a bracket: its times date its own figures, not the clause's
    (("GST - which was raised to 9 per cent from 8 per cent at the start of 2026 - will bring in $20 billion "
      "in FY2026, up 18.5 per cent from FY2025."),
     {"9 per cent": "2026-01-01", "8 per cent": "", "$20 billion": "FY2026", "18.5 per cent": "FY2026"}),
    # a possessive time after a figure dates its own noun, not the figure before it
    ("The deficit for FY2026 is $2 billion or 0.3 per cent of GDP, while FY2025's tally swung to a surplus.",
     {"$2 billion": "FY2026", "0.3 per cent": "FY2026"}),
    # a ', which ...,' aside between a subject and its verb leaves the subject's time to the predicate
    (("The revised FY2026 deficit, which includes non-cash items, marks an improvement from an earlier "
      "estimated deficit of $3 billion."), {"$3 billion": "FY2026"}),
    # the same stretch named again in the sentence is the span its gloss gave
    (("We will build 30 000 flats in the next five years (i.e. from 2026-27 to 2030-31) and meet a demand of "
      "28 000 flats in the next five years."), {"30 000 flats": "2026-27..2030-31", "28 000 flats": "2026-27..2030-31"}),
    (("Firms will build 9 000 flats a year in the next five years (i.e. 2026 to 2030), 20% above the average of "
      "the past five years."), {"9 000 flats": "2026..2030", "five years": ""}),
    # a measure of a noun that an infinitive clause restricts takes the clause's time (3d); money paid does not
    ("We have found 200 hectares of land to build 9 000 flats in 2027.", {"200 hectares": "2027", "9 000 flats": "2027"}),
])
def test_session5_rules(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


def test_the_new_financial_year_is_counted_from_the_speech() -> None:
    """'the new (next, coming) financial year' is like 'next year' (PERIOD-GUIDELINES 5): a heading's year is
    not the time it is relative to, so it stays unresolved while a plain figure takes the heading's year."""
    text = ("Estimates for 2026-27\n\n12. Revenue is estimated to be $9 billion. "
            "Spending for the new financial year will rise by 5 per cent.\n")
    figs = find_figures(text)
    cut = text.index("Spending")
    spans = [FigureSpan(f.start, f.end, *((text.index("12."), cut) if f.start < cut else (cut, len(text))), f.kind)
             for f in figs]
    got = {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}
    assert got == {"$9 billion": "2026-27", "5 per cent": ""}


def test_a_change_column_takes_the_period_of_the_column_it_changes() -> None:
    """'FY25 | FY26 | Change': the change is the latest (FY26) figure's (PERIOD-GUIDELINES 4), not undated."""
    text = "Category\tFY25\tFY26\tChange\nOperating Revenue\t$104.3 billion\t$108.6 billion\t+4.2%\n"
    figs = find_figures(text)
    got = {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(
        text, [FigureSpan(f.start, f.end, 0, len(text), f.kind) for f in figs]))}
    assert got == {"$104.3 billion": "FY2025", "$108.6 billion": "FY2026", "+4.2%": "FY2026"}
    text = "HK$ million\t2026\t2025\tChange\nRevenue\t54,504\t53,930\t+1.1%\n"  # the latest year first
    figs = find_figures(text)
    got = {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(
        text, [FigureSpan(f.start, f.end, 0, len(text), f.kind) for f in figs]))}
    assert got == {"54,504": "2026", "53,930": "2025", "+1.1%": "2026"}
