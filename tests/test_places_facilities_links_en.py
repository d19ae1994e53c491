"""English places in Singapore, HKMA and international texts (issue 14, session 11): a complex named after a known
facility is a place with its whole name, whatever the model reads it as ('Jewel Changi Airport'); a bare airport
name beside the airport's parts is the airport; the places joined in a market link's name ('Shanghai-Hong Kong
Stock Connect') are no mentions. Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_a_complex_named_after_a_known_airport_keeps_its_whole_name(extractor: Any) -> None:
    got = places(extractor, "Shoppers crowded into Jewel Changi Airport over the holidays, and the mall plans a new "
                            "wing.")
    assert "Jewel Changi Airport" in got and "Changi Airport" not in got
    got = places(extractor, "The rain vortex at Jewel Changi Airport drew crowds, tourism officials said.")
    assert "Jewel Changi Airport" in got and "Changi Airport" not in got


def test_words_that_only_locate_a_known_facility_make_no_new_name(extractor: Any) -> None:
    got = found(extractor, "Flights at Singapore Changi Airport were busy, and so was the Hong Kong Science Park.")
    assert got["Singapore Changi Airport"] == ("PLACE", "Changi Airport")
    assert got["Hong Kong Science Park"][1] == "Hong Kong Science Park"


def test_a_complex_at_the_airport_leaves_the_airport_its_terminals(extractor: Any) -> None:
    got = found(extractor, "Changi Airport grew in 2017 when Terminal 4 opened, and Jewel Changi Airport followed "
                           "in 2019. Terminal 5 will come next.")
    assert got["Terminal 4"] == ("PLACE", "Changi Airport Terminal 4")
    assert got["Terminal 5"] == ("PLACE", "Changi Airport Terminal 5")


def test_a_bare_airport_name_beside_the_parts_of_an_airport_is_the_airport(extractor: Any) -> None:
    got = found(extractor, "Changi Airport opened in 1981. Since then, millions have walked through Changi's "
                           "corridors and lounges.")
    assert got["Changi"] == ("PLACE", "Changi Airport")


def test_the_places_joined_in_a_market_links_name_are_no_mentions(extractor: Any) -> None:
    got = places(extractor, "Investors traded through the Shanghai-Hong Kong Stock Connect and the Shenzhen- Hong "
                            "Kong Stock Connect, and Bond Connect grew too.")
    assert not {"Shanghai", "Shenzhen", "Hong Kong"} & got
    got = places(extractor, "Shenzhen companies joined the Shanghai-Hong Kong Stock Connect last year.")
    assert got == {"Shenzhen"}


def test_a_known_airports_place_name_with_a_terminal_label_is_that_terminal(extractor: Any) -> None:
    got = found(extractor, "Projects like Changi T5 will go ahead. The minister listed Changi Airport Terminal 5 first.")
    assert got["Changi T5"] == ("PLACE", "Changi Airport Terminal 5")
    assert "Changi" not in got


def test_a_known_place_before_a_lower_case_mega_port_is_the_known_port(extractor: Any) -> None:
    got = found(extractor, "We are building a new Tuas mega-port in the west of Singapore, which will double capacity.")
    assert got["Tuas mega-port"] == ("PLACE", "Tuas Port")
    assert "Tuas" not in got


def test_places_hyphened_before_a_group_noun_are_named_with_the_noun(extractor: Any) -> None:
    got = found(extractor, "India will spend heavily on the Delhi-Mumbai industrial corridor next year.")
    assert got["Delhi-Mumbai"] == ("PLACE", "Delhi-Mumbai industrial corridor")
    assert not {"Delhi", "Mumbai"} & set(got)


def test_a_minister_of_states_portfolio_is_no_place(extractor: Any) -> None:
    got = places(extractor, "Reply by Senior Minister of State for Trade and Industry Mr Tan on land in Singapore.")
    assert got == {"Singapore"}


def test_an_indefinite_second_business_district_is_a_kind_of_place(extractor: Any) -> None:
    got = places(extractor, "Jurong East was chosen as Singapore plans to turn the area into a second Central "
                            "Business District.")
    assert "Central Business District" not in got and {"Jurong East", "Singapore"} <= got


def test_the_place_inside_a_name_its_acronym_spells_is_no_mention(extractor: Any) -> None:
    got = places(extractor, "Land was set aside for the expansion of Marina Bay Sands (MBS) and Resorts World "
                            "Sentosa (RWS) in Singapore.")
    assert not {"Marina Bay", "Sentosa"} & got
    got = places(extractor, "The Hong Kong Trade Repository (HKTR) was built by a subsidiary of the HKMA.")
    assert "Hong Kong" not in got


def test_a_singapore_town_geonames_knows_by_its_short_name(extractor: Any) -> None:
    got = found(extractor, "Plans for Jurong remain intact, Singapore's planners said.")
    assert got["Jurong"] == ("PLACE", "Jurong")


def test_a_named_gallery_or_barrage_is_a_place_with_its_whole_name(extractor: Any) -> None:
    got = places(extractor, "Visitors crowd the Lion City Gallery every weekend, then walk to the Marina Barrage in "
                            "Singapore.")
    assert {"Lion City Gallery", "Marina Barrage", "Singapore"} <= got and "Lion City" not in got
