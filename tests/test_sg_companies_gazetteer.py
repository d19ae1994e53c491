"""Singapore's large listed companies and state-owned firms are known bodies (enent, session 26: 'PUB ... and Sembcorp
started constructing' lost Sembcorp, a one-word name no rule could type). Made-up sentences; the first failed before
the entries, the second guards the places and plants named like them."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_listed_companies_are_bodies(extractor: Any) -> None:
    got = found(extractor, "The water agency and Sembcorp started building the plant. SATS and SMRT hired staff.")
    assert got.get("Sembcorp") == ("INSTITUTION", "Sembcorp Industries"), got
    assert got.get("SMRT") == ("INSTITUTION", "SMRT Corporation"), got


def test_places_named_like_them_stay_places(extractor: Any) -> None:
    got = found(extractor, "The ship sailed into Keppel Bay. Tuas Power Station is old, and Tuas Power said so.")
    assert got.get("Keppel Bay", ("",))[0] == "PLACE", got
    assert got.get("Tuas Power Station", ("",))[0] == "PLACE", got
    assert got.get("Tuas Power", ("",))[0] == "INSTITUTION", got


def test_a_generic_heading_names_no_company(extractor: Any) -> None:
    # review reven M3, session 26: 'City Developments' is a title-case heading phrase; the company is named bare only
    # beside its legal form or its short form
    for text in ("Chapter 3: Smart City Developments in the Greater Bay Area",
                 "The report reviews New Town and City Developments since 1990."):
        got = found(extractor, text)
        assert "City Developments" not in got, got
    got = found(extractor, "City Developments Limited (CDL) opened a mall. City Developments said sales rose.")
    assert got.get("City Developments") == ("INSTITUTION", "City Developments Limited"), got
