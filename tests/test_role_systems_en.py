"""Roles a city plays and transport systems named with capitals are neither places nor bodies (enpl, session 28;
README rulings: 'International Innovation and Technology Centre', 'Interbank Payment Network'): 'the World's Top
Cargo Hub', 'a Global Air Cargo Hub' (status words, a possessive 'World's' among them, then a field before 'Hub'),
'the Intermodal Network', 'an International Partner Port Network' (a mode of transport before 'Network'). Bodies and
sites whose names end so stay: 'Asian Venture Philanthropy Network', 'Tung Chung Logistics Hub'. Made-up sentences,
the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_role_a_city_plays_is_no_place(extractor: Any) -> None:
    got = found(extractor, "Hong Kong will become the World's Top Cargo Hub, the Government said.")
    assert not any("Hub" in name for name in got)
    got = found(extractor, "Hong Kong is a Global Air Cargo Hub, the Government said.")
    assert not any("Hub" in name for name in got)


def test_a_transport_network_is_no_body(extractor: Any) -> None:
    got = found(extractor, "The Government will extend the Intermodal Network to more ports in Hong Kong.")
    assert not any("Network" in name for name in got)
    got = found(extractor, "The Government will build an International Partner Port Network with Mainland ports.")
    assert not any("Network" in name for name in got)


def test_bodies_and_sites_so_named_stay(extractor: Any) -> None:
    got = found(extractor, "The Asian Venture Philanthropy Network held its conference in Singapore.")
    assert got["Asian Venture Philanthropy Network"][0] == "INSTITUTION"
    got = found(extractor, "The Tung Chung Logistics Hub will open next to the airport in Hong Kong.")
    assert got["Tung Chung Logistics Hub"][0] == "PLACE"
    got = found(extractor, "Singapore's Logistics Network Association welcomed the Budget.")
    assert got["Logistics Network Association"][0] == "INSTITUTION"


def test_a_brand_before_a_transport_network_is_the_company(extractor: Any) -> None:
    """Review M8 (session 28): a mode of transport before 'Network' after a word no dictionary holds is a company."""
    got = found(extractor, "Cainiao Smart Logistics Network will run a logistics centre at the airport in Hong Kong.")
    assert got["Cainiao Smart Logistics Network"][0] == "INSTITUTION"
