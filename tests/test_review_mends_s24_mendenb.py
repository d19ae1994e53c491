"""Review mends of session 24 (mendenb; review reven), made-up texts: a capitals heading over '- ' items governs
only its run of items (M6); names after a plural link noun are a list of links only after a determiner or
count and when the list closes (M7); a hyphenated 'pound' is money only after a scale or a currency word, and a
hyphenated amount may open with number words (S3)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.route_names_en import in_route_name
from tests.figure_cases import N, Row, check_figures
from tests.period_cases import line_periods


@pytest.mark.parametrize("text, want", [
    # M6: the heading's year ends with its dashed items; later prose (under a capitals line over prose) is not its
    ("Mr Speaker, I rise to move the Budget.\nFY2029 BUDGET OUTTURN\n- Revenue was $3 billion.\n- Spending was $2 billion.\n"
     "FY2031 BUDGET\nRevenue will rise to $4 billion.\nOUTLOOK FOR THE ECONOMY\n"
     "The Government will spend $5 billion on schools.\n",
     {"$3 billion": "FY2029", "$2 billion": "FY2029", "$4 billion": "", "$5 billion": ""}),
    # kept: every item of the run, and a later capitals heading over items takes over
    ("BUDGET STATEMENT\nFY2029 BUDGET OUTTURN\n- Revenue was $3 billion.\n- Spending was $2 billion.\n"
     "FY2031 BUDGET\n- Revenue will rise to $4 billion.\n",
     {"$3 billion": "FY2029", "$2 billion": "FY2029", "$4 billion": "FY2031"}),
])
def test_a_capitals_heading_over_items_governs_its_items_only(text: str, want: dict[str, str]) -> None:
    assert line_periods(text) == want


@pytest.mark.parametrize("text, name, want", [
    # M7: a fronted phrase ending in a plural link noun is no list; the clause's subject stays a place
    ("Through cross-boundary bridges, Hong Kong and Macao are now one hour apart.", "Hong Kong", False),
    ("Through cross-boundary bridges, Hong Kong and Macao are now one hour apart.", "Macao", False),
    ("Beyond new bridges and tunnels, Hong Kong and Shenzhen will deepen cooperation in 2031.", "Hong Kong", False),
    ("With the new tunnels, Tuen Mun and Yuen Long will be closer.", "Tuen Mun", False),
    # kept: a list after a determiner or count, closed by a comma, a stop or a bracket
    ("We will raise the toll of the other two tunnels, Hung Hom and Eastern, and we agreed.", "Hung Hom", True),
    ("We will raise the toll of the other two tunnels, Hung Hom and Eastern, and we agreed.", "Eastern", True),
    ("The three bridges: Tai Po, Sha Tin and Ma On Shan.", "Tai Po", True),
])
def test_a_list_after_a_plural_link_noun_needs_a_determiner_and_a_close(text: str, name: str, want: bool) -> None:
    start = text.index(name)
    assert in_route_name(text, start, start + len(name)) is want


@pytest.mark.parametrize("sentence, expected", [
    # S3: 'pound' is a weight too: no money without a scale or a currency word before it
    ("A 5-pound bag of rice costs more.", [("5-pound", "count", "5", N, "pound", "")]),
    ("They signed a 5-billion-pound deal.", [("5-billion-pound", "money", "5000000000", N, "GBP", "")]),
    # S3: number words open the compound as digits do
    ("They signed a two-billion-dollar deal.", [("two-billion-dollar", "money", "2000000000", N, "HKD", "")]),
    ("Twenty-five-million-yuan loans were made.", [("Twenty-five-million-yuan", "money", "25000000", N, "CNY", "")]),
    # kept: digits before a currency word
    ("They signed a 2-billion-dollar deal.", [("2-billion-dollar", "money", "2000000000", N, "HKD", "")]),
    ("A 100-euro note was found.", [("100-euro", "money", "100", N, "EUR", "")]),
])
def test_a_hyphenated_amount_is_money_only_in_a_currency(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
