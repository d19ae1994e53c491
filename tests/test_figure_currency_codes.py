"""Currencies written as ISO codes and national letter symbols, a change followed by the level it reaches,
and a lone 'one' before a time phrase (issue 14, class 5): made-up sentences, each table with inputs that
must not become figures."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

ISO_CODES: list[tuple[str, list[Row]]] = [
    ("Revenue reached IDR 516.1 trillion last year.",
     [("IDR 516.1 trillion", "money", "516.1e12", N, "IDR", "")]),
    ("The plan costs PHP5.768-trillion in all.", [("PHP5.768-trillion", "money", "5.768e12", N, "PHP", "")]),
    ("Fares in Thailand rose to THB 45 a trip.", [("THB 45", "money", "45", N, "THB", "")]),
    ("Wages were VND4.9 million a month.", [("VND4.9 million", "money", "4.9e6", N, "VND", "")]),
    # an upper-case heading word that is also a code (Tonga's TOP) is no currency without its country
    ("TOP 10 PRIORITIES FOR THE YEAR", []),
    ("ALL 3 SCHOOLS WILL REOPEN", []),
    ("Subsidised RON95 petrol stays at its price.", []),  # a fuel grade, not Romanian lei
    ("Canada's total debt has increased to C$1.4T.", [("C$1.4T", "money", "1.4e12", N, "CAD", "")]),
    # the base of a rate is no figure; a 5t lorry has no currency to make its 't' a trillion
    ("Road charges rose by NZ$3.69 per 1,000km for a 5t lorry.", [("NZ$3.69", "money", "3.69", N, "NZD", "")]),
    # a sum that leaves its currency out is in the one currency the text's other sums are written in
    ("Spending reached Rp413.2 trillion, with Rp217.1 trillion for regions and spending worth 196.1 trillion.",
     [("Rp413.2 trillion", "money", "413.2e12", N, "IDR", ""), ("Rp217.1 trillion", "money", "217.1e12", N, "IDR", ""),
      ("196.1 trillion", "money", "196.1e12", N, "IDR", "")]),
]

PESO: list[tuple[str, list[Row]]] = [
    ("The Philippine budget gives P50 billion to defence, up from P27.5 billion.",
     [("P50 billion", "money", "5e10", N, "PHP", ""), ("P27.5 billion", "money", "2.75e10", N, "PHP", "")]),
    ("Manila will spend Php 12 billion on roads.", [("Php 12 billion", "money", "1.2e10", N, "PHP", "")]),
    # a page reference stays a label
    ("See p 50 and P 12 of the annual report.", []),
    # no country named: 'P' with a scale word is the peso (shared_defaults), and so is a smaller 'P' sum in that text;
    # the pula where Botswana is named; a school level or a name stays no money
    ("The national budget is P5.27 trillion and a dollar buys P56.63.",
     [("P5.27 trillion", "money", "5.27e12", N, "PHP", ""), ("P56.63", "money", "56.63", N, "PHP", "")]),
    ("House gets the proposed P5.768-T budget, with P50-B for defence and a T-shirt for $5-a-day staff.",
     [("P5.768-T", "money", "5.768e12", N, "PHP", ""), ("P50-B", "money", "5e10", N, "PHP", ""),
      ("$5", "money", "5", N, "HKD", "")]),
    ("Botswana spends P2 billion on roads.", [("P2 billion", "money", "2e9", N, "BWP", "")]),
    ("Pupils from P1 to P6 and the P2 project are funded.", []),
]

CHANGE_TO_LEVEL: list[tuple[str, list[Row]]] = [
    ("Employment showed an increase of 6 400 to 3 703 300.",
     [("6 400", "count", "6400", N, "", ""), ("3 703 300", "count", "3703300", N, "", "")]),
    ("The labour force increased further by 4 900 to 3 818 000 persons.",
     [("4 900", "count", "4900", N, "", ""), ("3 818 000 persons", "count", "3818000", N, "person", "")]),
    ("Sales fell by 1 500 to 114 700 units.",
     [("1 500", "count", "1500", N, "", ""), ("114 700 units", "count", "114700", N, "unit", "")]),
    # ends of one size are a range, not a change and its level
    ("Prices rose by 2 to 3 per cent.", [("2 to 3 per cent", "percent", "2", "3", "", "")]),
    ("The number of flats will grow by 20 000 to 30 000.", [("20 000 to 30 000", "count", "20000", "30000", "flat", "")]),
]

ONE_BEFORE_A_TIME: list[tuple[str, list[Row]]] = [
    ("Firms that hired at least one employee last year qualify.",
     [("at least one employee", "count", "1", N, "employee", "at least")]),
    ("Owners of more than one flat this year pay a higher rate.",
     [("more than one flat", "count", "1", N, "flat", "more than")]),
    ("It took one year to build the road.", [("one year", "duration", "1", N, "year", "")]),
    ("One thing changed last year.", []),
    # a hyphenated measure after an acronym is a figure; a bare number after a capitalized name is a label
    ("The largest contribution to the CPIH 12-month inflation rate came from transport.",
     [("12-month", "duration", "12", N, "month", "")]),
    ("Pillar 3 of the plan and Route 3 were opened.", []),
]

TABLES = {"iso_codes": ISO_CODES, "peso": PESO, "change_to_level": CHANGE_TO_LEVEL, "one_before_a_time": ONE_BEFORE_A_TIME}
CASES = [(name, sentence, expected) for name, table in TABLES.items() for sentence, expected in table]


@pytest.mark.parametrize("table,sentence,expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_currency_code_and_change_form(table: str, sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


def test_every_country_code_is_generated_with_its_country() -> None:
    import json
    from pathlib import Path

    stored = json.loads((Path(__file__).resolve().parents[1] / "pipeline" / "data" /
                         "currency_symbols.cldr.json").read_text("utf-8"))
    assert stored["codes"]["IDR"] == ["Indonesia"] and "Thailand" in stored["codes"]["THB"]
    assert set(stored["symbols"]["P"]) == {"BWP", "PHP"}  # CLDR's pula and the hand-sourced peso
