"""Session-14 figure classes (issue 14), made-up sentences: exchange rates ('7.7656 – 7.7848 against the US dollar',
'($1 = 7.80 Hong Kong dollars)'), foreign reserves stated in US dollars in a Hong Kong text, 'oversubscribed N
times' (a ratio), 'half a dozen' (6), a count hyphened to a part of a built structure inside a name ('the
Two-Runway System'), a Title-Case set named by its count ('the Eight Major Transport Projects'), a sum in 'pound',
and Singapore's 'FY2026' as a cue for a bare '$'. Each table has inputs that must stay as they are."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.english import infer_currency
from tests.figure_cases import N, Row, check_figures

RATES: list[tuple[str, list[Row]]] = [
    ("The local dollar traded in a range of 7.7530 – 7.8120 against the US dollar in the quarter.",
     [("7.7530 – 7.8120", "quantity", "7.7530", "7.8120", "per US dollar", "")]),
    ("It moved back towards the official rate of 7.8 in May.", [("7.8", "quantity", "7.8", N, "exchange rate", "")]),
    ("The bank earned HK$12 billion ($1.5 billion) last year. ($1 = 7.8060 Hong Kong dollars)",
     [("HK$12 billion", "money", "12000000000", N, "HKD", ""), ("$1.5 billion", "money", "1500000000", N, "USD", ""),
      ("7.8060 Hong Kong dollars", "quantity", "7.8060", N, "HKD per USD", "")]),
    # not rates: a share, a plain sum, a range of years
    ("The index fell 2.35 against the previous close and the fee is $7.80 per visit.",
     [("$7.80", "money", "7.80", N, "HKD", "")]),
]

RESERVES: list[tuple[str, list[Row]]] = [
    ("The city's foreign currency reserve assets fell to $410.2 billion at the end of May.",
     [("$410.2 billion", "money", "410200000000", N, "USD", "")]),
    ("Official reserve assets stood at 398.7 billion U.S. dollars, against 401.3 billion dollars a month earlier.",
     [("398.7 billion U.S. dollars", "money", "398700000000", N, "USD", ""),
      ("401.3 billion dollars", "money", "401300000000", N, "USD", "")]),
    # fiscal reserves are the Government's own, in its own dollars; the next sentence is not about reserves
    ("Fiscal reserves will reach $700 billion. The foreign reserves grew. The fund paid $3 billion.",
     [("$700 billion", "money", "700000000000", N, "HKD", ""), ("$3 billion", "money", "3000000000", N, "HKD", "")]),
]

MULTIPLES: list[tuple[str, list[Row]]] = [
    ("The 2 100 flats were oversubscribed about 25 times.",
     [("2 100 flats", "count", "2100", N, "flat", ""), ("about 25 times", "ratio", "25", N, "", "about")]),
    ("The sale drew an over-subscription of 18 times, and the bond was oversubscribed by 4 times.",
     [("18 times", "ratio", "18", N, "", ""), ("4 times", "ratio", "4", N, "", "")]),
    ("The warning signal was hoisted nine times.", [("nine times", "count", "9", N, "time", "")]),
    ("Half a dozen clinics will open, and some half a dozen sites.",
     [("Half a dozen clinics", "count", "6", N, "clinic", ""), ("some half a dozen sites", "count", "6", N, "site", "some")]),
    ("Half a million visitors came; half the sites were sold.",
     [("Half a million visitors", "count", "500000", N, "visitor", ""), ("half", "fraction", "0.5", N, "", "")]),
]

NAMES: list[tuple[str, list[Row]]] = [
    ("Works on the Two-Runway System continue beside the Four-Lane Bridge.",
     [("Two-Runway", "count", "2", N, "runway", ""), ("Four-Lane", "count", "4", N, "lane", "")]),
    ("Spending went to big items such as the Eight Major Transport Projects this year.",
     [("Eight Major Transport Projects", "count", "8", N, "project", "")]),
    # names whose number is no count: a plan's span, a meeting, a slogan
    ("The 15th Five-Year Plan was adopted at the Two Sessions under One Country, Two Systems.", []),
]

POUNDS: list[tuple[str, list[Row]]] = [
    ("The lender made a 6 billion pound loss, and 30 million pounds went to staff.",
     [("6 billion pound", "money", "6000000000", N, "GBP", ""), ("30 million pounds", "money", "30000000", N, "GBP", "")]),
]

CASES = [(name, s, e) for name, table in (("rates", RATES), ("reserves", RESERVES), ("multiples", MULTIPLES),
                                          ("names", NAMES), ("pounds", POUNDS)) for s, e in table]


@pytest.mark.parametrize("table,sentence,expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_session14_form(table: str, sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


def test_a_singapore_fiscal_year_makes_a_bare_dollar_sgd() -> None:
    speech = "Mr Speaker, the surplus of $5.2 billion for FY2026 was unexpected, after $1.1 billion in FY2025."
    assert infer_currency(speech, "HKD") == "SGD"
    assert infer_currency("HKEX's FY2024 results: HK$12 billion for the HKSAR.", "HKD") == "HKD"
