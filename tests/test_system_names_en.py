"""Services, data systems and programmes named with capitals are neither bodies nor places (enpl, session 28):
'Extended Hours Service' (a kind of service before 'Service'), 'Commercial Data Interchange', 'Trade Single Window'
(a data system's last words), 'the Expansion of Aviation Network' (a mode of transport before 'Network'), 'National
Service' (conscription, as 'Civil Service' and 'Public Service' are the service, no body); a cruise centre is a
terminal, a place. Bodies named '... Service' and transport interchanges stay. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_services_and_systems_are_no_entities(extractor: Any) -> None:
    got = found(extractor, "Parents can book the Extended Hours Service at more childcare centres in Singapore.")
    assert "Extended Hours Service" not in got
    got = found(extractor, "Through Commercial Data Interchange (CDI), banks in Hong Kong can share data with consent.")
    assert "Commercial Data Interchange" not in got
    got = found(extractor, "The Trade Single Window will be expanded to cover more documents in Hong Kong.")
    assert "Trade Single Window" not in got
    got = found(extractor, "The Government will accelerate the Expansion of Aviation Network in Hong Kong.")
    assert not any("Network" in name for name in got)
    got = found(extractor, "The backbone of our defence remains National Service (NS) in Singapore.")
    assert "National Service" not in got


def test_a_cruise_centre_is_a_place(extractor: Any) -> None:
    got = found(extractor, "Passengers departing from the Singapore Cruise Centre can claim refunds in Singapore.")
    assert got["Singapore Cruise Centre"][0] == "PLACE"


def test_bodies_named_service_and_interchanges_stay(extractor: Any) -> None:
    got = found(extractor, "The Government Flying Service and the Civil Aid Service joined the drill in Hong Kong.")
    assert got["Government Flying Service"][0] == got["Civil Aid Service"][0] == "INSTITUTION"
    got = found(extractor, "The Kowloon Bay Transport Interchange will open next year in Hong Kong.")
    assert got["Kowloon Bay Transport Interchange"][0] == "PLACE"
    got = found(extractor, "The Public Service Commission advises the Chief Executive in Hong Kong.")
    assert got["Public Service Commission"][0] == "INSTITUTION"


def test_a_listing_channel_is_no_strait(extractor: Any) -> None:
    got = found(extractor, "We will use the Technology Enterprises Channel to help start-ups raise funds in Hong Kong.")
    assert not any("Channel" in name for name in got)
    got = found(extractor, "Ships pass through the Rambler Channel and the Lamma Channel in Hong Kong.")
    assert got["Rambler Channel"][0] == got["Lamma Channel"][0] == "PLACE"


def test_data_exchanges_and_digital_corridors_are_systems(extractor: Any) -> None:
    got = found(extractor, "The Government will develop a Logistics Data Exchange in Hong Kong.")
    assert "Logistics Data Exchange" not in got
    got = found(extractor, "The Digital Corridor will link data centres in Shenzhen and Hong Kong.")
    assert "Digital Corridor" not in got
    got = found(extractor, "The Eastern Corridor will bring new homes to Hong Kong.")
    assert got["Eastern Corridor"][0] == "PLACE"


def test_a_data_exchange_named_by_its_city_is_a_body(extractor: Any) -> None:
    """Review M7 (session 28): a system's phrase after a place's name is the body that runs it (上海数据交易所)."""
    got = found(extractor, "The Airport Authority signed an agreement with the Shanghai Data Exchange and the Shenzhen "
                           "Data Exchange in Hong Kong.")
    assert got["Shanghai Data Exchange"][0] == got["Shenzhen Data Exchange"][0] == "INSTITUTION"
    got = found(extractor, "Firms in Hong Kong can list data products on the Guangzhou Data Exchange.")
    assert got["Guangzhou Data Exchange"][0] == "INSTITUTION"
