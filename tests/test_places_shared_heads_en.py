"""English places (issue 14, session 14): coordinated names under one plural place head are places of that kind
('the Shek O and Lam Tei Quarries', 'Yew Tee, Kranji and Marsiling MRT stations'); a known place before 'and' and a
second place with its own head are two places ('Tseung Kwan O and Anderson Road Quarry'), and a head that only looks
plural ('Works') names one; an everyday English word is no place on the model's tag or a foreign town's
diacritic-free spelling alone ('Buy or Rent Option', 'Sale of Sites'); a lower-case compass word before an area
names a region only when the region is known ('east Kowloon', not 'southwest Tsing Yi'). Made-up sentences, the
real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_names_under_one_plural_place_head_are_places_of_that_kind(extractor: Any) -> None:
    got = found(extractor, "The Shek O and Lam Tei Quarries will close, while the Kwai Tsing and Tuen Mun Container "
                           "Terminals stay open.")
    assert got["Shek O"] == ("PLACE", "Shek O Quarry") and got["Lam Tei"] == ("PLACE", "Lam Tei Quarry")
    assert got["Kwai Tsing"] == ("PLACE", "Kwai Tsing Container Terminal")
    assert got["Tuen Mun"] == ("PLACE", "Tuen Mun Container Terminal")
    assert "Lam Tei Quarries" not in got


def test_a_list_of_names_before_mrt_stations_names_stations(extractor: Any) -> None:
    got = found(extractor, "Buses will link Yew Tee, Kranji and Marsiling MRT stations with the new estates.")
    assert got["Yew Tee"] == ("PLACE", "Yew Tee MRT Station") and got["Kranji"] == ("PLACE", "Kranji MRT Station")
    assert got["Marsiling"] == ("PLACE", "Marsiling MRT Station")


def test_a_list_with_a_name_of_its_own_head_starts_after_it(extractor: Any) -> None:
    got = found(extractor, "Projects include Kai Tak Development, the Fanling and Tai Po New Towns.")
    assert got["Fanling"] == ("PLACE", "Fanling New Town") and got["Tai Po"] == ("PLACE", "Tai Po New Town")
    assert "Kai Tak Development New Town" not in {canonical for _, canonical in got.values()}


def test_a_known_place_and_a_place_with_a_head_are_two_places(extractor: Any) -> None:
    got = places(extractor, "Flats will rise at Tseung Kwan O and Anderson Road Quarry in the coming years.")
    assert {"Tseung Kwan O", "Anderson Road Quarry"} <= got
    assert "Tseung Kwan O and Anderson Road Quarry" not in got


def test_a_head_that_only_looks_plural_names_one_place(extractor: Any) -> None:
    got = places(extractor, "We will upgrade Stanley Sewage Treatment Works and Sham Tseng Sewage Treatment Works.")
    assert {"Stanley Sewage Treatment Works", "Sham Tseng Sewage Treatment Works"} <= got
    assert "Sham Tseng" not in got


def test_an_everyday_word_is_no_place_on_the_models_tag_alone(extractor: Any) -> None:
    assert "Buy" not in places(extractor, "Families in Buy or Rent Option estates may apply.")


def test_a_foreign_towns_plain_spelling_in_a_heading_is_no_place(extractor: Any) -> None:
    text = "Sale of Sites with Flat Size Restrictions\nWe sold three sites in Tuen Mun and the sale went well."
    got = places(extractor, text)
    assert "Sale" not in got and "Tuen Mun" in got
    assert "Sale" in places(extractor, "The delegation flew from Rabat to Sale on Monday.")


def test_a_lower_case_compass_word_names_only_a_known_region(extractor: Any) -> None:
    got = found(extractor, "Reclamation off southwest Tsing Yi will add land, and a tram will serve east Kowloon.")
    assert got["Tsing Yi"] == ("PLACE", "Tsing Yi") and "southwest Tsing Yi" not in got
    assert got["east Kowloon"] == ("PLACE", "Kowloon East")


def test_plants_and_golf_courses_are_whole_facility_names(extractor: Any) -> None:
    got = places(extractor, "Part of the Sheung Shui Golf Course will be rezoned, and the Pillar Point Water "
                            "Treatment Plant will be upgraded.")
    assert {"Sheung Shui Golf Course", "Pillar Point Water Treatment Plant"} <= got
    assert "Sheung Shui" not in got and "Pillar Point" not in got


def test_a_station_before_and_ends_at_its_head(extractor: Any) -> None:
    got = places(extractor, "Works on the Kwu Tung Station and Northern Link (NOL) Spur Line will start soon.")
    assert "Kwu Tung Station" in got


def test_a_schemes_everyday_words_are_no_place(extractor: Any) -> None:
    got = places(extractor, "Flats will be sold to Green Form buyers and to White Form families in Sha Tin.")
    assert "Green Form" not in got and "White Form" not in got and "Sha Tin" in got
    assert "Long Bin" in places(extractor, "The public housing development project at Long Bin will provide flats.")
