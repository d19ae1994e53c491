"""English places (issue 14, session 17): a short form the text defines for a known place names that place ('X
Zone (X I&T Zone)', 'Y Free Trade Zone (Y FTZ)'); a new town's planned extension is one place; the Hetao Hong Kong
Park's acronym; a development node and the technopole that grew out of it are two places; a bare Hong Kong area
before a lower-case noun for a part of a city ('the Central harbourfront'); 'the SAR' as the region the text names.
Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_a_defined_short_form_of_a_known_place_is_that_place(extractor: Any) -> None:
    got = found(extractor, "The Shenzhen Innovation and Technology Zone (Shenzhen I&T Zone) will host labs; the "
                           "Shenzhen I&T Zone opens in stages.")
    assert got["Shenzhen I&T Zone"] == got["Shenzhen Innovation and Technology Zone"]
    got = found(extractor, "Firms in the Qianhai Free Trade Zone (Qianhai FTZ) pay less tax than elsewhere.")
    assert got["Qianhai FTZ"] == got["Qianhai Free Trade Zone"]
    assert "Qianhai" not in got


def test_a_new_town_extension_is_one_place(extractor: Any) -> None:
    got = places(extractor, "Flats in the Sha Tin New Town Development Extension and the Tuen Mun New Town "
                            "Extension will be ready first.")
    assert {"Sha Tin New Town Development Extension", "Tuen Mun New Town Extension"} <= got
    assert "Sha Tin New Town" not in got


def test_the_hetao_park_acronym_and_the_development_node(extractor: Any) -> None:
    got = found(extractor, "The first HSITP building in the Lok Ma Chau Loop is finished.")
    assert got["HSITP"] == ("PLACE", "Hetao Hong Kong Park")
    got = found(extractor, "Land at the San Tin/Lok Ma Chau Development Node will be added to the San Tin Technopole.")
    assert got["San Tin/Lok Ma Chau Development Node"][0] == "PLACE"
    assert got["San Tin/Lok Ma Chau Development Node"] != got["San Tin Technopole"]


def test_a_bare_area_before_a_noun_for_part_of_a_city(extractor: Any) -> None:
    got = places(extractor, "Markets along the Central waterfront in Hong Kong will open at weekends.")
    assert "Central" in got
    got = found(extractor, "The Central Government backs Hong Kong, and the central bank in Tokyo held rates.")
    assert got["Central Government"][0] == "INSTITUTION"


def test_the_sar_is_the_region_the_text_names(extractor: Any) -> None:
    got = found(extractor, "Hong Kong has deep markets. The SAR's reserves are ample, and the SAR Government will "
                           "sell more bonds.")
    assert got["SAR"] == ("PLACE", "Hong Kong SAR")
    got = found(extractor, "Visitors to Macao spent more; the SAR will add new attractions.")
    assert got["SAR"] == ("PLACE", "Macao SAR")
    got = found(extractor, "The SAR model was discussed at a seminar in Paris.")
    assert "SAR" not in got


def test_a_park_or_promenade_extension_is_one_place_and_a_rail_extension_none(extractor: Any) -> None:
    got = places(extractor, "Residents will enjoy the Shek Lei Park Extension in Kwai Chung and the Tsuen Wan Promenade "
                            "Extension from next year.")
    assert {"Shek Lei Park Extension", "Tsuen Wan Promenade Extension"} <= got
    assert "Shek Lei Park" not in got
    got = places(extractor, "The Tseung Kwan O Line Extension will serve the new estates.")
    assert not any("Extension" in name for name in got)


def test_a_station_named_with_its_line_is_the_station(extractor: Any) -> None:
    got = found(extractor, "A mall will be built above the Convention Station of the Tsuen Wan to Central Link.")
    assert got.get("Convention Station", ("", ""))[0] == "PLACE"
    assert not any("Link" in name for name in got)
    got = places(extractor, "A hotel will be built above the Gallery Station of the Tuen Ma Line.")
    assert "Gallery Station" in got and not any("Line" in name for name in got)


def test_a_paragraph_of_quoted_speech_keeps_its_places(extractor: Any) -> None:
    text = ('Mr Wong said the plan was sound.\n\n"We will turn Sai Kung Sports Ground into a park for the district.\n\n'
            '"The residents asked for it."')
    assert "Sai Kung Sports Ground" in places(extractor, text)
    got = found(extractor, 'The theme "Partners in Harbour Park" was chosen for the fair in Wan Chai.')
    assert "Harbour Park" not in got and "Partners in Harbour Park" not in got
