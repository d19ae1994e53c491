"""English places named with numbers, two-word heads and lower-case kinds (issue 14, English places, session 8):
an airport's terminal named alone, planning areas and estate phases with their numbers, a slash pair before a
lower-case 'new development areas', malls, heights, checkpoints and boundary crossing facilities, '<X> airport' and
'<X> station' in lower case; a memorandum's short form ('MoU'), a road's 'X Section' and a rail line's 'X South
Extension' are no places. Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_a_terminal_named_alone_is_the_one_airport_s_terminal(extractor: Any) -> None:
    got = found(extractor, "Harbour Airport keeps growing. Terminal 3 opened last year, while Terminal 4 is "
                           "being built.")
    assert got["Terminal 3"] == ("PLACE", "Harbour Airport Terminal 3")
    assert got["Terminal 4"][0] == "PLACE"


def test_a_terminal_without_an_airport_or_inside_another_name_is_no_airport_s(extractor: Any) -> None:
    assert "Terminal 3" not in places(extractor, "Ferries leave from Terminal 3 every hour.")
    got = places(extractor, "Harbour Airport and the Kai Tak Cruise Terminal 2 both reopened.")
    assert not any(p.startswith("Terminal") for p in got)


def test_numbered_planning_areas_and_estate_phases_keep_their_numbers(extractor: Any) -> None:
    got = places(extractor, "The depot will serve Sai Kung Areas 12 and 14 and Tai Po Area 9, next to "
                            "Shek Pai Estate III.")
    assert {"Sai Kung Areas 12 and 14", "Tai Po Area 9", "Shek Pai Estate III"} <= got
    assert not {"Sai Kung Areas", "Tai Po Area", "Shek Pai Estate"} & got


def test_a_slash_pair_before_lower_case_new_development_areas_is_one_area(extractor: Any) -> None:
    got = places(extractor, "Works for the Ma On Shan/Tai Shui Hang new development areas (NDAs) and the "
                            "Kam Tin/Pat Heung new town will start.")
    assert {"Ma On Shan/Tai Shui Hang", "Kam Tin/Pat Heung"} <= got
    assert not {"Ma On Shan", "Tai Shui Hang", "Kam Tin", "Pat Heung"} & got


def test_malls_heights_and_boundary_crossing_facilities_are_named_places(extractor: Any) -> None:
    got = found(extractor, "Shoppers crowd Sunrise Mall and Hillcrest Heights. The Shenzhen Bay Boundary "
                           "Crossing Facilities (SBBCF) will reopen.")
    assert got["Sunrise Mall"][0] == got["Hillcrest Heights"][0] == "PLACE"
    assert got["Shenzhen Bay Boundary Crossing Facilities"][0] == "PLACE"
    assert got["SBBCF"] == got["Shenzhen Bay Boundary Crossing Facilities"]


def test_a_memorandum_s_short_form_is_no_place(extractor: Any) -> None:
    got = places(extractor, "The HKMA signed an MoU with Bank Indonesia and an MoC with the Bank of Thailand in "
                            "Bangkok.")
    assert "Bangkok" in got and not {"MoU", "MoC"} & got


def test_road_sections_and_rail_extensions_name_routes_not_places(extractor: Any) -> None:
    got = places(extractor, "Projects including Kwu Tung Station, Tuen Mun South Extension and Oyster Bay "
                            "Station will finish; the Kowloon Bay Section of the bypass opens, then the San Tin "
                            "Section. The Tung Chung New Town Extension adds flats.")
    assert {"Kwu Tung Station", "Oyster Bay Station", "Tung Chung New Town Extension"} <= got
    assert not {"Tuen Mun South Extension", "Tuen Mun South", "Kowloon Bay", "San Tin"} & got


def test_a_place_before_a_lower_case_airport_is_the_airport_it_names(extractor: Any) -> None:
    got = found(extractor, "Wong said a fifth terminal at Changi airport is needed. Terminal 5 will expand "
                           "capacity.")
    assert got["Changi airport"] == ("PLACE", "Changi Airport")
    assert got["Terminal 5"] == ("PLACE", "Changi Airport Terminal 5")


def test_a_name_ending_in_a_lower_case_route_noun_and_a_debate_are_no_places(extractor: Any) -> None:
    got = places(extractor, "The 1.8km-long Cross Bay Link bridge in Tseung Kwan O crossing Junk Bay is finished.")
    assert {"Tseung Kwan O", "Junk Bay"} <= got and not any("bridge" in p for p in got)
    assert not places(extractor, "Speech by Minister Lawrence Wong at the Debate on the President's Address")


def test_a_place_before_a_lower_case_station_is_a_station_and_checkpoints_are_places(extractor: Any) -> None:
    got = found(extractor, "Ruritania will redevelop the Harbourside Checkpoint. Passengers will travel from the "
                           "Bukit Chagar station to Woodlands North station in five minutes.")
    assert got["Harbourside Checkpoint"][0] == "PLACE"
    assert got["Bukit Chagar station"] == ("PLACE", "Bukit Chagar Station")
    assert got["Woodlands North station"] == ("PLACE", "Woodlands North Station")
    assert "Singapore station" not in found(extractor, "The Singapore station of the broadcaster opened.")
