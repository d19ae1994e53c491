"""A lead-in paragraph that announces a list and ends in a full stop ('..., we will put in place the following measures,
till FY2031.') governs the paragraphs after it that an ordinal adverb opens ('First, ...', 'Second, ...'), up to the
first one that none opens (issue 14, session 26; PERIOD-GUIDELINES 6). Made-up texts, one sentence a line."""

from __future__ import annotations

from tests.period_cases import line_periods


def test_an_ordinal_list_takes_its_lead_in_time() -> None:
    text = ("To support firms, we will put in place the following measures, till FY2031.\n\n"
            "First, we will extend the grant of $4,000 per worker.\n\n"
            "Second, we will widen the PSG to cover up to 70% of the cost.\n\n"
            "Separately, firms can apply for $5,000 more.")
    assert line_periods(text) == {"$4,000": "..FY2031", "up to 70%": "..FY2031", "$5,000": ""}


def test_an_item_keeps_its_own_time_and_a_plain_paragraph_governs_nothing() -> None:
    text = ("The following measures will apply in 2032.\n\n"
            "First, fees fall by 10% in 2033.\n\n"
            "Second, rents fall by 5%.")
    assert line_periods(text) == {"10%": "2033", "5%": "2032"}
    text = ("We raised fees in 2031.\n\n"  # no list announced
            "First, fees rose by 10%.")
    assert line_periods(text) == {"10%": ""}
