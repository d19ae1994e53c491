"""Lead's mends of the session-19 review (reven M5): an open-ended age needs a person noun or a demonym — a
capitalised plural of '-ans' ('Mortgage Loans 30 years or over', 'Plans 25 years and above') is a tenor, a length
of time."""

from __future__ import annotations

from pipeline import extract_text


def durations(text: str) -> list[str]:
    return [f.text for f in extract_text(text, model="blank").figures if f.kind == "duration"]


def test_a_capitalised_loan_or_plan_before_an_open_tenor_keeps_the_duration() -> None:
    assert durations("Mortgage Loans 30 years or over accounted for 12% of new loans.") == ["30 years"]


def test_a_demonym_before_an_open_age_stays_an_age() -> None:
    assert durations("Each Singaporean 25 years and above will receive a bonus.") == []
