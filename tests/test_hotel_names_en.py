"""A hotel named by brand, 'Hotel' and its city is one place (enpl, session 28): 'the JW Marriott Hotel Hong Kong'
gives the hotel, not 'JW Marriott Hotel' and a mention of Hong Kong; 'the X Hotel in Hong Kong' keeps both.
Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_hotel_named_with_its_city_is_one_place(extractor: Any) -> None:
    got = found(extractor, "The dinner was held at the JW Marriott Hotel Hong Kong in Admiralty.")
    assert got["JW Marriott Hotel Hong Kong"][0] == "PLACE"
    assert "Hong Kong" not in got and "JW Marriott Hotel" not in got
    got = found(extractor, "Guests stayed at the Four Seasons Hotel Singapore and toured Sentosa.")
    assert got["Four Seasons Hotel Singapore"][0] == "PLACE"


def test_a_hotel_in_a_city_is_two_places(extractor: Any) -> None:
    got = found(extractor, "The dinner was held at the Peninsula Hotel in Hong Kong.")
    assert got["Peninsula Hotel"][0] == got["Hong Kong"][0] == "PLACE"
