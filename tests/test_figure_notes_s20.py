"""Session-20 English figure tails (issue 14), made-up texts: a currency word before a stage numeral names an
emission standard ('Euro IV'), not the euro; a currency word opening the next paragraph is no currency of a
dateline's year; a footnote digit glued to a comma-grouped amount is dropped; a bare number whose noun was named
in an earlier sentence of its paragraph ('Five are ready', 'the other 7') counts those things. Each table has
inputs that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The Government will retire 5 000 Euro IV or earlier diesel lorries by 2030.",
     [("5 000 Euro IV or earlier diesel lorries", "count", "5000", N, "lorry", "")]),
    ("Only 300 Euro VI buses remain.", [("300 Euro VI buses", "count", "300", N, "bus", "")]),
    # unchanged: the euro itself
    ("The club paid 5 000 Euro for the boat.", [("5 000 Euro", "money", "5000", N, "EUR", "")]),
    ("The fee is 300 euro per head.", [("300 euro", "money", "300", N, "EUR", "")]),
])
def test_emission_standards_are_no_currency(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Press release\n\nMay 3, 2031\n\nRenminbi deposits rose 2% to RMB5 billion in April.",
     [("2%", "percent", "2", N, "", ""), ("RMB5 billion", "money", "5000000000", N, "CNY", "")]),
    # unchanged: a currency word on the same line
    ("The loan was 2031 renminbi.", [("2031 renminbi", "money", "2031", N, "CNY", "")]),
])
def test_no_currency_across_a_blank_line(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Firms save about $420,0003. That is a large subsidy.",
     [("about $420,000", "money", "420000", N, "HKD", "about")]),
    ("A grant of $1,250,0002 was paid.", [("$1,250,000", "money", "1250000", N, "HKD", "")]),
    # unchanged: a plain grouped amount and a decimal
    ("Firms save about $420,000. That is large.", [("about $420,000", "money", "420000", N, "HKD", "about")]),
    ("The index rose 1.2345%.", [("1.2345%", "percent", "1.2345", N, "", "")]),
])
def test_footnote_digit_after_a_comma_group(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("We will draw up 12 plans. Five are ready, and the other 7 follow next year.",
     [("12 plans", "count", "12", N, "plan", ""), ("Five", "count", "5", N, "plan", ""),
      ("7", "count", "7", N, "plan", "")]),
    ("We will build 30 halls, covering 40% of demand. Six have been built. We will finish the remaining 24 "
     "within two years.",
     [("30 halls", "count", "30", N, "hall", ""), ("40%", "percent", "40", N, "", ""),
      ("Six", "count", "6", N, "hall", ""), ("24", "count", "24", N, "hall", ""),
      ("two years", "duration", "2", N, "year", "")]),
    # unchanged: no earlier count; a noun of its own; 'One' as a pronoun; another paragraph
    ("Five are ready.", []),
    ("We set up 12 teams. Five new offices are open.",
     [("12 teams", "count", "12", N, "team", ""), ("Five new offices", "count", "5", N, "office", "")]),
    ("We set up 12 teams. One is enough.", [("12 teams", "count", "12", N, "team", "")]),
    ("We set up 12 teams.\n\nFive are ready.", [("12 teams", "count", "12", N, "team", "")]),
])
def test_counts_whose_noun_was_named_before(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Most loans were priced within the range of 2 per cent and 2.25 per cent.",
     [("2 per cent and 2.25 per cent", "percent", "2", "2.25", "", "")]),
    ("Fees fall within the range of $50 and $80.", [("$50 and $80", "money", "50", "80", "HKD", "")]),
    # unchanged: two counts after 'a range of'; 'between'
    ("It offers a range of 5 products and 3 services.",
     [("5 products", "count", "5", N, "product", ""), ("3 services", "count", "3", N, "service", "")]),
    ("Rates are between 2% and 3%.", [("between 2% and 3%", "percent", "2", "3", "", "")]),
])
def test_the_range_of_two_amounts(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Among its 40 Partners, there are 12 that are based in Europe.",
     [("40 Partners", "count", "40", N, "partner", ""), ("12", "count", "12", N, "partner", "")]),
    ("The plan provides 8 800 plus residential units.",
     [("8 800 plus residential units", "count", "8800", N, "unit", "at least")]),
    ("The Committee received two memoranda.", [("two memoranda", "count", "2", N, "memorandum", "")]),
    # unchanged: a company named by a number; a sum with 'plus'; no earlier count before 'there are'
    ("The fund backed 65 Equity Partners.", []),
    ("A grant of $5,000 plus $2,000 for each child.",
     [("$5,000", "money", "5000", N, "HKD", ""), ("$2,000", "money", "2000", N, "HKD", "")]),
    ("There are 14 that qualify.", []),
])
def test_existential_counts_plus_and_owned_partners(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Our life expectancy, which counts the years a person is expected to live, remains among the highest, at 84 years "
     "for women and 80 for men.", []),
    ("Claims may cover nine (9) activities.", [("nine (9) activities", "count", "9", N, "activity", "")]),
    ("Appeals are due within fourteen (14) days.", [("fourteen (14) days", "duration", "14", N, "day", "")]),
    # unchanged: a length after a life expectancy in another clause
    ("Life expectancy rose, which means retirees draw payouts for longer, and the scheme pays out for 20 years.",
     [("20 years", "duration", "20", N, "year", "")]),
])
def test_expectancy_after_a_relative_clause_and_restated_numbers(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("I have talked about two key enablers.", [("two key enablers", "count", "2", N, "enabler", "")]),
    ("A rebate of $360 will be given out over four months.",
     [("$360", "money", "360", N, "HKD", ""), ("four months", "duration", "4", N, "month", "")]),
    ("The scheme will cost $1.8 billion over two years.",
     [("$1.8 billion", "money", "1800000000", N, "HKD", ""), ("two years", "duration", "2", N, "year", "")]),
    ("This will cut 24 kilo-tonnes of emissions.", [("24 kilo-tonnes", "mass", "24", N, "kilotonne", "")]),
    # unchanged: 'about' and 'over' as qualifiers
    ("We spent about $5 billion.", [("about $5 billion", "money", "5000000000", N, "HKD", "about")]),
    ("The firm has enjoyed over 50 years of growth.", [("over 50 years", "duration", "50", N, "year", "over")]),
    ("We will fund it for over 10 years.", [("over 10 years", "duration", "10", N, "year", "over")]),
])
def test_about_and_over_as_prepositions(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
