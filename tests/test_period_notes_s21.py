"""Session-21 English periods (issue 14), made-up texts: months listed with one year ('in June, September and
December 2031') span the first to the last; 'the 2031 intake' is a time like a school year; an amount 'worth of'
the noun a participle clause restricts is dated by it (PERIOD-GUIDELINES 3d); the amount after 'on top of' is a
comparison base; a fronted phrase's time anchors no 'now' of the main clause; a split year with a Big5 dash read
as Latin-1 ('2031¡V32'); a full stop glued to the next sentence ends it; an adjectival frequency ('six-monthly') is
a rate, no period."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.english import find_figures
from pipeline.extract.periods import FigureSpan, figure_periods
from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The next three payments of $300 will be made in June, September and December 2031.",
     {"three payments": "2031-06..2031-12", "$300": "2031-06..2031-12"}),
    ("Grants of $300 will be paid in March, June, and September 2031.", {"$300": "2031-03..2031-09"}),
    # unchanged: two months; months that may straddle a year end; a month with its own figure
    ("Grants of $300 will be paid in March and June 2031.", {"$300": "2031-03..2031-06"}),
    ("Grants of $300 will be paid in November, December and January 2032.", {"$300": ""}),
])
def test_month_lists(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("We will subsidise 70% of the fees, starting from the 2031 intake.", {"70%": "2031.."}),
    ("The sector will grow, with $20 to $22 billion worth of contracts expected to be awarded in 2031.",
     {"$20 to $22 billion": "2031"}),
    # unchanged: a year naming an event; the clause restricts another noun
    ("The 2031 Games drew 5,000 athletes.", {"5,000 athletes": ""}),
    ("Firms got $5 billion worth of grants for projects that started in 2031.", {"$5 billion": ""}),
])
def test_intakes_and_worth_of(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("The fee goes up by a further $150 by July 2031 on top of the earlier announced increase of about $90.",
     {"$150": "2031-07", "about $90": ""}),
    ("With the outlook for growth in 2031, we will now raise the rate by 0.5 percentage points.",
     {"0.5 percentage points": ""}),
    ("Spending was $5 billion in 2031¡V32.", {"$5 billion": "2031-32"}),
    # unchanged: a fronted time that leads the clause
    ("In 2031, the fund now holds $5 billion.", {"$5 billion": "2031"}),
])
def test_bases_fronted_phrases_and_garbled_dashes(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def _document_periods(text: str) -> dict[str, str]:
    """The periods of a text read as one splitter sentence (as a converted page with a lost space gives it)."""
    figs = find_figures(text)
    spans = [FigureSpan(f.start, f.end, 0, len(text), f.kind) for f in figs]
    return {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}


def test_glued_sentence_end_and_frequencies() -> None:
    text = ("Fees go up by a further $200 on top of the earlier increase of about $130.To manage demand, levies rise "
            "from $50 set on 1st July 2030, to $300 by July 2031.")
    assert _document_periods(text)["about $130"] == ""
    assert _document_periods("The 2031 Games drew 5,000 athletes and cost $2 billion in 2031.")["$2 billion"] == "2031"
    assert periods("The levies will be phased in at six-monthly intervals, starting from 1st January 2031.") == \
        {"six-monthly": ""}


def _sentence_periods(text: str) -> dict[str, str]:
    """The periods of a text whose sentences end at '. ' (a splitter that misses glued full stops)."""
    figs = find_figures(text)
    spans = []
    for f in figs:
        a = text.rfind(". ", 0, f.start) + 2 if ". " in text[:f.start] else 0
        b = text.find(". ", f.end)
        spans.append(FigureSpan(f.start, f.end, a, len(text) if b < 0 else b + 1, f.kind))
    return {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}


def test_inline_list_lead_in() -> None:
    text = ("The Relief Plan of $30 billion for 2031 will have three parts:– First, jobs. We will spend $9 billion to "
            "keep jobs.– Second, families. We will spend $6 billion to help them.These sums are large. We spent "
            "$4 billion on parks.")
    got = _sentence_periods(text)
    assert got["$9 billion"] == "2031" and got["$6 billion"] == "2031"
    assert got["$4 billion"] == ""  # after the list: the next paragraph (glued full stop)
    # unchanged: a lead-in without a time governs nothing
    assert _sentence_periods("The plan has two parts:– First, we will spend $9 billion.")["$9 billion"] == ""


def test_heading_before_a_numbered_paragraph_on_one_line() -> None:
    text = ("Estimates for 2031-32 201. Total revenue for 2031-32 is $600 billion. The revenue from land is estimated to "
            "be $120 billion. 202. Growth was 3% over the past five years.")
    got = _sentence_periods(text)
    assert got["$120 billion"] == "2031-32"  # the flattened heading governs
    assert got["3%"] == ""  # a vague stretch of its own
    # unchanged: a line that opens with a sentence is no heading
    assert _sentence_periods("We spent $120 billion on land. 202. Growth was 3%.")["$120 billion"] == ""


def test_bracketed_tax_year_abbreviation() -> None:
    assert periods("The rebate is 50% for Years of Assessment (or YAs) 2031 and 2032.") == {"50%": "2031..2032"}


def test_stretch_back_is_the_figures_own_time() -> None:
    assert periods("The average return was 3.0% over the last three years, 1.8% over the last five years, and 5.6% "
                   "since 1994.") == {"3.0%": "", "three years": "", "1.8%": "", "five years": "", "5.6%": "1994.."}
    # unchanged: a stretch anchored in its sentence
    assert periods("In 2031, sales grew 20% over the past three years.") == {"20%": "2029..2031",
                                                                             "three years": "2029..2031"}


@pytest.mark.parametrize("text, want", [
    ("The tax rebate is 50% of tax payable in 2031, but with a maximum cap of $20,000.",
     {"50%": "2031", "$20,000": "2031"}),
    ("The grant covers 70% of costs in FY2031, but with an overall ceiling of $9,000.",
     {"70%": "FY2031", "$9,000": "FY2031"}),
    # unchanged: 'but with' and no limit noun opens a clause of its own
    ("The fund grew 5% in 2031, but with a new manager it will shrink 3%.", {"5%": "2031", "3%": ""}),
])
def test_limits_after_but_with(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
