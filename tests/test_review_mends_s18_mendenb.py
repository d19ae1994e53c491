"""Review mends of session 18 (mendenb), made-up sentences: a time extent after 'over' dates the change, it is no
comparison base (M2); a place's name that opens a wrapped line is no instruction heading (M3); 'the first time' before
a name counts no kind of place (M4); a place after an acronym that opens a clause with a verb is no branch (S1);
'a one stop, ...' is the idiom, no count (S3); 'Year of Assessment (YA) 2024' votes for the Singapore dollar (S5).
S4: each is a guard of the same rule that fails without its mend."""

from __future__ import annotations

from typing import Any

from pipeline.extract.figures.currency import infer_currency
from tests.figure_cases import check_figures
from tests.period_cases import periods
from tests.test_places_en import places


def test_a_time_extent_after_over_dates_the_change() -> None:
    assert periods("Retail sales registered a decline of 2% over the whole of 2031.")["2%"] == "2031"
    got = periods("Government revenue recorded a growth of 8% over the past three years to 2034.")
    assert got["8%"] == "2032..2034"
    # unchanged: a compared noun phrase after 'over' is the base
    assert periods("This is a rise of 6 per cent over the recurrent spending in 2030-31.")["6 per cent"] == ""


def test_a_name_opening_a_wrapped_line_is_no_heading(extractor: Any) -> None:
    got = places(extractor, "Tourists continue to visit shopping malls such as\nHarbour City in Tsim Sha Tsui.")
    assert "Harbour City" in got
    got = places(extractor, "Hikers often visit\nGreen Island near Kennedy Town.")
    assert "Green Island" in got
    # unchanged: a heading line
    got = places(extractor, "Upgrade Country Parks\n\n12. I will set aside money for the parks in Sai Kung.\n")
    assert not any("Country Parks" in p for p in got)


def test_the_first_time_counts_no_kind(extractor: Any) -> None:
    got = places(extractor, "For the first time Tseung Kwan O Industrial Estate will host a trade fair, and Tseung "
                            "Kwan O Industrial Estate will grow.")
    assert any("Tseung Kwan O" in p for p in got)
    got = places(extractor, "It is the first time Tseung Kwan O Industrial Estate has hosted the fair.")
    assert any("Tseung Kwan O" in p for p in got)


def test_a_place_opening_a_clause_after_an_acronym_is_no_branch(extractor: Any) -> None:
    got = places(extractor, "The Regional Comprehensive Economic Partnership (RCEP) entered into force. Since joining "
                            "RCEP Singapore has deepened trade links.")
    assert "Singapore" in got
    # unchanged: a branch
    got = places(extractor, "We set up the Overseas Start-up Network (OSN) last year, and opened OSN Jakarta in May.")
    assert "Jakarta" not in got


def test_a_one_stop_before_a_comma_is_the_idiom() -> None:
    check_figures("We will set up a one stop, integrated service centre.", [])


def test_a_bracketed_ya_votes_for_the_singapore_dollar() -> None:
    assert infer_currency("The rebate of $2,000 applies for Year of Assessment (YA) 2034.") == "SGD"
