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
