"""The people of a place ('Hongkongers', 'Londoners', 'Muscovites') are no place (issue 14, English places, enpl
session 27; GUIDELINES: demonyms are not places), while a town whose name ends like a plural of people ('Algiers') and
the place itself stay. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_places_en import places


def test_dwellers_are_no_places(extractor: Any) -> None:
    got = places(extractor, "The new card makes it easier for Hongkongers and Londoners to shop abroad.")
    assert "Hongkongers" not in got and "Londoners" not in got


def test_towns_and_places_stay(extractor: Any) -> None:
    got = places(extractor, "Flights link Hong Kong with Algiers and London every week.")
    assert {"Hong Kong", "Algiers", "London"} <= got
