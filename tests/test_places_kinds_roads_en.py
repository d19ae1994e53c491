"""English places (issue 14, session 12): words the model reads as places that name none — a road ('X Way',
'Y Avenue': GUIDELINES, roads are no places), the Deep Bay wetlands' planning areas ('Wetland Conservation Area',
a kind of land like 'Green Belt'), a word that opens a list ('Namely, A, B and C'), 'Nature' in a city's vision.
Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_places_en import places


def test_a_road_is_no_place(extractor: Any) -> None:
    got = places(extractor, "The bank moved its head office to 12 Shenton Way, Singapore, last spring.")
    assert "Shenton Way" not in got and "Singapore" in got
    got = places(extractor, "Shops along Orchard Boulevard and Tanglin Avenue reported brisk sales in Singapore.")
    assert not {"Orchard Boulevard", "Tanglin Avenue"} & got


def test_the_wetland_planning_areas_alone_are_kinds_of_land(extractor: Any) -> None:
    got = places(extractor, "Most fishponds lie within Wetland Conservation Area, and the rest within Wetland "
                            "Buffer Area near Mai Po.")
    assert "Wetland Conservation Area" not in got and "Wetland Buffer Area" not in got
    assert "Mai Po" in got


def test_a_word_opening_a_list_of_places_is_none_of_them(extractor: Any) -> None:
    got = places(extractor, "Nine new towns were planned in the 1970s. Namely, Tuen Mun, Yuen Long and Tin Shui "
                            "Wai came first.")
    assert "Namely" not in got
    assert {"Tuen Mun", "Yuen Long", "Tin Shui Wai"} <= got
    got = places(extractor, "The markets grew fast. Including Sha Tin, Tai Po and Sheung Shui, the towns added "
                            "shops.")
    assert not any(p.startswith("Including") for p in got) and {"Sha Tin", "Tai Po"} <= got


def test_nature_in_a_city_vision_is_no_place(extractor: Any) -> None:
    got = places(extractor, "Singapore wants to be a City in Nature, with parks within a short walk of every home.")
    assert "Nature" not in got and "Singapore" in got


def test_a_swimming_pool_or_sports_ground_is_a_named_place(extractor: Any) -> None:
    got = places(extractor, "A footbridge will link the new station to Sha Tin Swimming Pool, and the Kwun Tong "
                            "Sports Ground will be rebuilt.")
    assert {"Sha Tin Swimming Pool", "Kwun Tong Sports Ground"} <= got
