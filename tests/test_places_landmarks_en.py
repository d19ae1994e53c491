"""English places (issue 14, session 13): landmarks named by their kind ('X Temple', 'the Y Hotel', 'the Z Railway
Terminus'), a station named with the line it serves ('X Station of the Y Line'), a compass adjective before an
area ('Southern Lantau', like 'South Lantau'), and a development area named after its area ('the X New
Development Area' ... 'X': one place). Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_a_temple_a_nunnery_and_a_hotel_are_places(extractor: Any) -> None:
    got = places(extractor, "Coach tours stop at the Man Mo Temple in Sheung Wan and the Tsz Shan Monastery in "
                            "Tai Po before lunch.")
    assert {"Man Mo Temple", "Tsz Shan Monastery"} <= got
    got = places(extractor, "Delegates stayed at the Mandarin Oriental Hotel and walked to the Chi Lin Nunnery.")
    assert {"Mandarin Oriental Hotel", "Chi Lin Nunnery"} <= got


def test_a_railway_terminus_is_a_place_and_no_city(extractor: Any) -> None:
    got = found(extractor, "A clock tower is all that remains of the Tsim Sha Tsui Railway Terminus, which closed "
                           "in 1975.")
    assert got.get("Tsim Sha Tsui Railway Terminus", ("", ""))[0] == "PLACE"
    assert all(canonical != "Atlanta" for _, canonical in got.values())


def test_a_station_of_a_line_is_the_station(extractor: Any) -> None:
    got = places(extractor, "Lam Tin North Station of the East Kowloon Line will open before the new estates.")
    assert "Lam Tin North Station" in got
    got = places(extractor, "Passengers will change at Tai Wai Station on the Tuen Ma Line from next year.")
    assert "Tai Wai Station" in got


def test_a_compass_adjective_before_an_island_names_its_part(extractor: Any) -> None:
    got = found(extractor, "Farmland in Southern Lantau will be conserved, while Lantau as a whole will get more "
                           "trails.")
    assert got.get("Southern Lantau", ("", ""))[0] == "PLACE"
    assert got["Lantau"][0] == "PLACE"


def test_a_development_area_named_after_its_area_is_that_area(extractor: Any) -> None:
    got = found(extractor, "The Kam Tin South New Development Area will provide 12 000 flats. Land in Kam Tin "
                           "South will be resumed next year.")
    assert got["Kam Tin South New Development Area"][1] == got["Kam Tin South"][1]


def test_a_museum_named_as_a_site_is_a_place_unless_it_acts(extractor: Any) -> None:
    got = found(extractor, "Cruise visitors toured the Hong Kong Science Museum and the Avenue of Stars in Tsim Sha "
                           "Tsui.")
    assert got["Hong Kong Science Museum"][0] == "PLACE"
    got = found(extractor, "The Hong Kong Heritage Museum said it would lend 40 scrolls to a partner.")
    assert got["Hong Kong Heritage Museum"][0] == "INSTITUTION"
    got = found(extractor, "The Authority signed a loan agreement with the National Museum in Seoul last year.")
    assert got["National Museum"][0] == "INSTITUTION"


def test_a_regional_centre_of_a_city_is_a_place(extractor: Any) -> None:
    got = found(extractor, "Offices will move to the Tampines Regional Centre, while the Asian Regional Centre for "
                           "Flood Studies said it would stay.")
    assert got["Tampines Regional Centre"][0] == "PLACE"
    assert got["Asian Regional Centre for Flood Studies"][0] == "INSTITUTION"
