"""Figures of Singapore budget speeches (issue 14, session 19): a matching basis written as a hyphened pair of numbers
is a ratio; 'cc' after a number is an engine's cubic centimetres; 'N years and above' after a
person is an age. Made-up sentences; each failed before its rule."""

from __future__ import annotations

from pipeline.extract.figures import find_figures


def read(text: str) -> list[tuple[str, str, float, str]]:
    return [(text[f.start:f.end], f.kind, float(f.value), f.unit) for f in find_figures(text, "SGD")]


def test_a_hyphened_matching_basis_is_a_ratio() -> None:
    assert ("one-for-one", "ratio", 1.0, "") in read("The fund will match donations on a one-for-one basis.")
    assert ("one-to-one", "ratio", 1.0, "") in read("We will match new private investment on a one-to-one basis.")
    assert ("two-for-one", "ratio", 2.0, "") in read("Donors get a two-for-one match this year.")
    assert read("Workers get one-to-one coaching from mentors.") == []  # a kind of session, no quantity


def test_cc_after_a_number_is_an_engine_volume() -> None:
    assert ("1,800 cc", "volume", 1800.0, "cubic centimetre") in read("For a 1,800 cc diesel car the tax is lower.")
    assert ("above 150cc", "volume", 150.0, "cubic centimetre") in read("Motorcycles above 150cc pay a higher levy.")


def test_n_years_and_above_after_a_person_is_an_age() -> None:
    assert read("Each Singaporean 25 years and above will receive a credit of $500.") == [("$500", "money", 500.0, "SGD")]
    assert read("Workers 50 years or older get a wage offset.") == []
    assert ("30 years or more", "duration", 30.0, "year") in read("Leases of 30 years or more are rare.")
