"""Numbered planning areas written before their town (issue 14, English places, session 15; lead's ruling: a
numbered planning area is one place, the longest written span, and the town written alone elsewhere is its own
row): 'Area 16 in Tuen Mun', 'Area 14 (Siu Lun), Tuen Mun', 'Area 50, Sham Tseng, Tsuen Wan' are one place each,
named as the town-first spelling is ('Tuen Mun Area 16'); a bare 'Area 16' after the full form is that place again;
a list after the town is no district of it. Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_an_area_number_before_its_town_after_a_comma_is_one_place(extractor: Any) -> None:
    got = found(extractor, "Two pools will open in Area 24D, Sha Tin and in Area 14 (Siu Lun), Tuen Mun, and a "
                           "beach at Lung Mei, Tai Po.")
    assert got["Area 24D, Sha Tin"] == ("PLACE", "Sha Tin Area 24D")
    assert got["Area 14 (Siu Lun), Tuen Mun"] == ("PLACE", "Tuen Mun Area 14")
    assert not {"Sha Tin", "Tuen Mun", "Siu Lun"} & set(got)
    assert got["Lung Mei"][0] == got["Tai Po"][0] == "PLACE"


def test_a_town_s_district_closes_the_address_but_a_list_does_not(extractor: Any) -> None:
    got = found(extractor, "A garden in Area 50, Sham Tseng, Tsuen Wan opened.")
    assert got["Area 50, Sham Tseng, Tsuen Wan"] == ("PLACE", "Sham Tseng Area 50")
    got = found(extractor, "Sites in Area 9, Tuen Mun, Sha Tin and Yuen Long were rezoned.")
    assert got["Area 9, Tuen Mun"] == ("PLACE", "Tuen Mun Area 9")
    assert got["Sha Tin"][0] == got["Yuen Long"][0] == "PLACE"


def test_in_and_of_forms_and_a_bare_number_again_are_the_same_place(extractor: Any) -> None:
    got = found(extractor, "A library is planned for Area 16 in Tuen Mun. Area 16 will also get a clinic, and "
                           "Tuen Mun Area 16 a market.")
    assert got["Area 16 in Tuen Mun"] == got["Area 16"] == got["Tuen Mun Area 16"] == ("PLACE", "Tuen Mun Area 16")
    assert "Tuen Mun" not in got


def test_a_name_running_into_the_area_is_no_place(extractor: Any) -> None:
    got = found(extractor, "The Local Open Space in Area 28, Fanling was completed.")
    assert got["Area 28, Fanling"] == ("PLACE", "Fanling Area 28")
    assert not any("Open Space" in name for name in got)
