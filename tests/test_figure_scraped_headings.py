"""English figures, session 13 (issue 14): made-up sentences for the general classes of the session-12 forecast
misses and of three new real batches (heldout-enf18-*).

- scraped news text that lost a space glues a unit word to a function word ('percentof', 'yearsin'): two words;
- 'one or two years', 'three or four bedrooms': numbers joined by 'or' sharing the unit written once are a range;
- 'between 50% to 15%': 'between X to Y' in either order is one band;
- 'from the current $23,000 to $25,000': the level in force now, then the new one (a change, two figures);
- 'increase the number of tax bands from four to five': spelt-out ends of the change count the 'number of' noun;
- 'other equities of 65.1 billion' after 'HK equities of HK$20 billion': the next item of a list of sums;
- 'the remaining half of the year' is a part of the calendar, not a share; 'a half-price fare' is a share of 0.5;
- 'a two-tiered system', 'two-bedroomed flats': N-<noun>-ed counts its noun; 'grandchildren' is a plural;
- 'triggered 12 times during the period' counts occasions; '25 basis points' is a quantity of 25 basis points (session 27); 'by a third' is a
  fraction; 'one half of a month of the standard rate' is a share (fraction 0.5); 'a Standard 3-room flat' counts;
- Title-Case headings ('C. Building 12 New Public Libraries', 'Ten Major Infrastructure Projects') are counted
  like body text (devset-real DECISIONS 11), while 'Pillar 3 Capital' and 'One Country, Two Systems' stay names.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    # glued words in scraped text
    ("Officials said 38 percentof rural homes now have fibre.", [("38 percent", "percent", "38", N, "", "")]),
    ("The agency will spend S$2 billion over four yearsin the new fund.",
     [("S$2 billion", "money", "2000000000", N, "SGD", ""), ("four years", "duration", "4", N, "year", "")]),  # over =
    # during after an amount (DECISIONS 40; session 20)
    ("Applicants wait three monthsto get a reply.", [("three months", "duration", "3", N, "month", "")]),
    ("Five milestones were met along 20 kilometres.", [("Five milestones", "count", "5", N, "milestone", ""),
                                                       ("20 kilometres", "length", "20", N, "kilometre", "")]),
    # 'N or M' sharing one unit
    ("The review takes one or two weeks.", [("one or two weeks", "duration", "1", "2", "week", "")]),
    ("Each tower has three or four lifts.", [("three or four lifts", "count", "3", "4", "lift", "")]),
    ("Two or more staff will help, and 5% or 10% of fees go back.",
     [("Two or more staff", "count", "2", N, "staff", "at least"), ("5%", "percent", "5", N, "", ""),
      ("10%", "percent", "10", N, "", "")]),
    # 'between X to Y', either order
    ("Subsidies will taper between 60% to 20% over the scheme.", [("between 60% to 20%", "percent", "20", "60", "", "")]),
    ("The trial runs between 3 to 5 years.", [("between 3 to 5 years", "duration", "3", "5", "year", "")]),
    # 'from the current X to Y' without a verb of change in reach
    ("Child allowance for each child born in the year and for each child of the household: from the current "
     "$80,000 to $95,000.", [("$80,000", "money", "80000", N, "HKD", ""), ("$95,000", "money", "95000", N, "HKD", "")]),
    # 'the number of <nouns>' and spelt-out ends of a change
    ("We will raise the number of salary bands from three to six.",
     [("three", "count", "3", N, "band", ""), ("six", "count", "6", N, "band", "")]),
    ("The number of members rose to nine last year.", [("nine", "count", "9", N, "member", "")]),
    ("The number of cases is one of the lowest.", []),
    # a list of sums writes the currency once
    ("Income came from local equities of HK$4.1 billion, foreign equities of 7.3 billion and bonds of HK$2 billion.",
     [("HK$4.1 billion", "money", "4100000000", N, "HKD", ""), ("7.3 billion", "money", "7300000000", N, "HKD", ""),
      ("HK$2 billion", "money", "2000000000", N, "HKD", "")]),
    ("It had revenue of US$3 billion, a population of 5.2 million and more.",
     [("US$3 billion", "money", "3000000000", N, "USD", ""), ("5.2 million", "count", "5200000", N, "", "")]),
    # halves
    ("Markets may stay volatile for the remaining half of the year.", []),
    ("Half of the year-end bonus is paid in cash.", [("Half", "fraction", "0.5", N, "", "")]),
    ("Seniors pay a half-price fare and a half-rate levy.",
     [("half-price", "fraction", "0.5", N, "", ""), ("half-rate", "fraction", "0.5", N, "", "")]),
    ("An extra allowance equal to one half of a month of the standard rate; the wait took half of a year.",
     [("one half", "fraction", "0.5", N, "", ""), ("half of a year", "duration", "0.5", N, "year", "")]),
    # 'N times' with nothing it multiplies counts occasions; a basis point is a unit of its own (session 27)
    ("The weak-side limit was hit 9 times during the quarter and rates rose 75 basis points, three times the rise "
     "abroad.", [("9 times", "count", "9", N, "time", ""), ("75 basis points", "quantity", "75", N, "basis point", ""),
                 ("three times", "ratio", "3", N, "", "")]),
    ("The board met five times.", [("five times", "count", "5", N, "time", "")]),
    # 'by a third' is a change's amount; a capitalised word before '2-room' labels nothing
    ("Output will grow by a third, and not through a third party.",
     [("a third", "fraction", "0.333333", N, "", "")]),
    ("Buyers of a Standard 3-room flat get more.", [("3-room", "count", "3", N, "room", "")]),
    # a number word never follows a units word ('three five-year periods' is 3, then 5-year), and the adjectival
    # figure inside a counted noun phrase is a figure of its own
    ("It spans three five-year periods and two 10-year plans.",
     [("three", "count", "3", N, "period", ""), ("five-year", "duration", "5", N, "year", ""),
      ("two", "count", "2", N, "plan", ""), ("10-year", "duration", "10", N, "year", "")]),
    ("Twenty five staff and ninety-nine beds.", [("Twenty five staff", "count", "25", N, "staff", ""),
                                                 ("ninety-nine beds", "count", "99", N, "bed", "")]),
    # -ed adjectives of a count noun; compound irregular plurals
    ("A two-tiered fee system and three-storeyed blocks were built, not a two-pronged plan.",
     [("two-tiered", "count", "2", N, "tier", ""), ("three-storeyed", "count", "3", N, "storey", "")]),
    ("She lives with her 4 grandchildren.", [("4 grandchildren", "count", "4", N, "grandchild", "")]),
]

HEADINGS: list[tuple[str, list[Row]]] = [
    # a section number laid out as a hanging indent labels its paragraph
    ("1.1             Growth was strong.\n1.2             Singaporeans have gained 3 new parks.",
     [("3 new parks", "count", "3", N, "park", "")]),
    ("Review\nC. Building 12 New Public Libraries\nThe plan runs on.",
     [("12 New Public Libraries", "count", "12", N, "library", "")]),
    ("Seven Major Transport Projects\nThe 2015 plan set out the work.",
     [("Seven Major Transport Projects", "count", "7", N, "project", "")]),
    ("(b) Providing 3 New Sports Centres\nWork starts soon.",
     [("3 New Sports Centres", "count", "3", N, "centre", "")]),
    # names stay names: a label before a number, a slogan, a sentence
    ("Pillar 3 Capital Rules\nBanks report.", []),
    ("Upholding One Country, Two Systems\nThe principle holds.", []),
    ("Building 12 houses the archive.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_scraped_text_ranges_and_changes(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence,expected", HEADINGS, ids=[c[0][:40] for c in HEADINGS])
def test_title_case_headings_count(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
