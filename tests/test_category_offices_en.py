"""An office or centre named only as one of its kind is no institution (issue 14, English institutions, session 15;
lead's ruling, session 15: Economic and Trade Offices as a category give no row): after an ordinal, a count word or
an indefinite article ('our 15th overseas Economic and Trade Office', 'the second Community Wellness Centre (CWC)',
'to open an Economic and Trade Office in Lima'), with the name's other mentions; a definite one that acts stays.
A unit introduced with an indefinite article is unnamed in its later mentions too (ruling, session 12). Made-up
sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def institutions(got: dict[str, tuple[str, str]]) -> set[str]:
    return {k for k, (label, _) in got.items() if label == "INSTITUTION"}


def test_an_ordinal_office_is_the_kind(extractor: Any) -> None:
    got = found(extractor, "Last year we opened in Lima, Peru, Hong Kong's 15th overseas Economic and Trade "
                           "Office, and trade grew.")
    assert not any("Office" in k for k in institutions(got)), got


def test_an_indefinite_office_and_its_acronym_are_the_kind(extractor: Any) -> None:
    got = found(extractor, "Preparations to open an Economic and Trade Office (ETO) in Lima continue, and more "
                           "ETOs will follow in Africa.")
    assert not {k for k in institutions(got) if "Office" in k or k.startswith("ETO")}, got


def test_a_first_centre_is_the_kind(extractor: Any) -> None:
    got = found(extractor, "After the opening of the second Community Wellness Centre (CWC) in Sai Kung District, "
                           "we will set up CWCs in four more districts.")
    assert not {k for k in institutions(got) if "Centre" in k or k.startswith("CWC")}, got


def test_a_definite_office_that_acts_stays_a_body(extractor: Any) -> None:
    got = found(extractor, "The Economic and Trade Office in Lima will hold a seminar for traders next month.")
    assert "Economic and Trade Office" in " ".join(institutions(got)), got


def test_a_unit_introduced_with_an_article_is_unnamed_in_its_later_mentions_too(extractor: Any) -> None:
    # (ruling, session 12: 'set up a Records Office' names no body; its later 'the Records Office' is that unit)
    got = found(extractor, "Acting on the advice of a Review Group comprising four lawyers, the Bureau changed the "
                           "rules. The Review Group, which met twelve times, reported in May.")
    assert "Review Group" not in institutions(got), got
