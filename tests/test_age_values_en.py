"""An age given as a number of years is no duration (GUIDELINES: ages and age limits are not figures; issue 14,
session 29: 'raise the qualifying age for the levy concession from 65 to 67 years' read as two durations). Durations
that a clause merely places beside an age stay. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.english import find_figures


def durations(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_figures(text) if f.kind == "duration"]


@pytest.mark.parametrize("text", [
    "We will raise the qualifying age for the grant from 62 to 64 years.",
    "The re-employment age goes up to 70 years from next July.",
    "The minimum age will be lowered to 16 years.",
    "Officers retire at the age of 57 years.",
    "The average age of the bus fleet is 11 years.",
    "We propose the lowering of the minimum age to 16 years.",
])
def test_the_value_of_an_age_is_no_duration(text: str) -> None:
    assert durations(text) == []


@pytest.mark.parametrize("text, want", [
    ("Workers above the retirement age will get wage support for two years.", ["two years"]),
    ("At the age of 60, members may draw payouts for 20 years.", ["20 years"]),
    ("The loan tenure will be extended from 20 to 25 years.", ["20", "25 years"]),
    ("Age-friendly flats will be built to last 99 years.", ["99 years"]),
    ("Children of pre-school age get two years of free classes.", ["two years"]),
    ("Each old age pension rises to 13 months of payouts.", ["13 months"]),
    ("Recipients of Old Age Allowance get an extra sum equal to one month of the allowance.", ["one month"]),
    # review rmenb X6: an age describing people is no subject of the clause
    ("The average waiting time for elderly applicants of retirement age was 4.5 years.", ["4.5 years"]),
    ("The waiting time for applicants above the retirement age rose to 5.5 years.", ["5.5 years"]),
    ("Support for jobseekers of working age will be extended to 3 years.", ["3 years"]),
])
def test_durations_beside_an_age_stay(text: str, want: list[str]) -> None:
    assert durations(text) == want
