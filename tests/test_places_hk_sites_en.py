"""English places of Hong Kong texts (issue 14, English places, session 8): typhoon shelters and quarries as named
sites, a name of romanised Cantonese syllables after 'in/at/near' that the model leaves untagged, and an initiative
named by an -ing verb before a place ('Invigorating Island South'), which is no place of its own, nor is a place
inside a plan named by its horizon year ('the X 2040+ strategy'). Made-up sentences, the real model (session
fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_typhoon_shelters_and_quarries_are_named_sites(extractor: Any) -> None:
    got = places(extractor, "Yachts will berth in the Shau Kei Wan Typhoon Shelter, and the ex-Anderson Road "
                            "Quarry site will become housing.")
    assert {"Shau Kei Wan Typhoon Shelter", "Anderson Road Quarry"} <= got
    assert "Shau Kei Wan" not in got


def test_romanised_names_after_a_locative_word_in_a_hong_kong_text_are_places(extractor: Any) -> None:
    # (Sham Chung, in no gazetteer; Yan Chau Tong, the name used before, is a gazetteer place since 85227c0)
    got = places(extractor, "Hong Kong will offer boat tours in Sham Chung, and a trail at Wu Kau Tang is "
                            "popular.")
    assert {"Sham Chung", "Wu Kau Tang"} <= got
    assert "Sham Chung" not in places(extractor, "Ruritania will offer boat tours in Sham Chung, and more.")
    assert "Ho Pak Leung" not in places(extractor, "Hong Kong delegates met Dr Ho Pak Leung in Tai Po.")


def test_an_initiative_named_by_an_ing_verb_is_no_place_but_its_place_is(extractor: Any) -> None:
    got = found(extractor, "The Invigorating Island South initiative will continue, and Island South will "
                           "change; the Deepening Reform Office will help.")
    assert not any(s.startswith("Invigorating") and v[0] == "PLACE" for s, v in got.items())
    assert got["Island South"][0] == "PLACE" and got["Deepening Reform Office"][0] == "INSTITUTION"
    assert "Barking Riverside" in places(extractor, "Homes will rise at Barking Riverside.")  # a town's name


def test_a_place_inside_a_plan_named_by_its_horizon_year_is_no_mention(extractor: Any) -> None:
    got = places(extractor, "The state adopted the Penang 2040+ strategy and the Melaka 21 plan.")
    assert not {"Penang", "Melaka"} & got
    assert "Penang" in places(extractor, "The state adopted a strategy for Penang in 2040.")
