"""English figures, session 10 (issue 14): made-up sentences for three general classes found on new real batches.

- 'increase <a long object> by A to B': the verb of change governs the object, 'by' gives the increment and 'to'
  the level reached, so A and B are two figures when B is several times A and no percent sign is written once
  at the end ('cut by 1 to 3 per cent' and 'grow by 20 000 to 30 000' stay ranges);
- 'the top three or five hubs': the second number of an alternative after 'top' is a rank cut-off too;
- 'a flat 50 per cent subsidy': a word that labels numbers ('flat 12', 'Table 5') does not make a percentage a label.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    ("The city will raise the number of study grants for rural pupils by 2 000 to 9 000.",
     [("2 000", "count", "2000", N, "grant", ""), ("9 000", "count", "9000", N, "grant", "")]),
    ("It will increase the number of day care places for the disabled in the new towns by 300 to 1 200 and the "
     "number of respite places for carers of older persons in need by 150 to 600.",
     [("300", "count", "300", N, "place", ""), ("1 200", "count", "1200", N, "place", ""),
      ("150", "count", "150", N, "place", ""), ("600", "count", "600", N, "place", "")]),
    # ranges stay ranges: ends of one size, a percent sign written once, a comma before 'by', no change verb
    ("Costs will be cut by 1 to 3 per cent.", [("1 to 3 per cent", "percent", "1", "3", "", "")]),
    ("The number of flats will grow by 20 000 to 30 000.",
     [("20 000 to 30 000", "count", "20000", "30000", "flat", "")]),
    ("The agency will raise its budget for grants, funded by 2 to 8 donors.",
     [("2 to 8 donors", "count", "2", "8", "donor", "")]),
    ("The survey was answered by 200 to 900 firms.", [("200 to 900 firms", "count", "200", "900", "firm", "")]),
    # rank cut-offs in an alternative
    ("The port is ranked among the top three or five in the world.", []),
    ("The city is among the top 10 or 20 financial centres.", []),
    # ('two or three' sharing one noun is one approximate range, as the session-12 forecast gold reads 'one or two years')
    ("Two or three new clinics will open.", [("Two or three new clinics", "count", "2", "3", "clinic", "")]),
    # a percentage after a word that labels numbers
    ("A flat 50 per cent subsidy replaces the tiered one.", [("50 per cent", "percent", "50", N, "", "")]),
    ("Firms pay a flat 8% levy.", [("8%", "percent", "8", N, "", "")]),
    ("The office is at flat 12 on the third floor.", []),
    ("See Table 5 for the figures.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_change_cutoff_and_label_forms(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


PHRASAL_TOTALS: list[tuple[str, list[Row]]] = [
    # 'come up to' / 'add up to' mean 'amount to': the total itself, no bound
    ("The bill for the works will come up to $2 billion.", [("$2 billion", "money", "2000000000", N, "HKD", "")]),
    ("Together the grants added up to $450 million.", [("$450 million", "money", "450000000", N, "HKD", "")]),
    ("Each firm gets grants of up to $40,000.", [("up to $40,000", "money", "40000", N, "HKD", "up to")]),
]


@pytest.mark.parametrize("sentence,expected", PHRASAL_TOTALS, ids=[c[0][:40] for c in PHRASAL_TOTALS])
def test_come_up_to_and_add_up_to_are_totals(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("text,code", [
    # a Singapore speech naming the United States as often as Singapore: the bare '$' is Singapore's
    ("Trade with the United States slowed. Singapore will set aside $2 billion for firms.", "SGD"),
    ("The US$ bond and the United States economy: Singapore put in $1 billion.", "USD"),
    ("The United States Congress approved $5 billion for roads in the United States.", "USD"),
    ("Hong Kong and the United States signed the pact on $3 billion of trade.", "HKD"),
])
def test_the_name_of_the_united_states_is_half_a_vote_for_a_bare_dollar(text: str, code: str) -> None:
    from pipeline.extract.figures.currency import infer_currency
    assert infer_currency(text, "HKD") == code
