"""Places English builds out of other places' names, and names that only look like places (issue 14, English
places, session 16): 'Pan-X' regions, Singapore's 'Name@Town' sites, constituencies ('X GRC'), stations with a
lower-case 'station', coordinated names under a shared head with a kind word ('A and B Public Piers'), a geopark;
a month the model reads as a date, a kind counted as one of its kind, a place that opens a person's name. Made-up
sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_pan_before_a_place_names_the_larger_region(extractor: Any) -> None:
    got = found(extractor, "Officials met delegates from the nine provinces of the Pan-PRD region in Kunming.")
    assert got["Pan-PRD region"][0] == "PLACE"
    assert "PRD" not in got and "Pearl River Delta" not in got


def test_pan_before_a_place_then_a_name_is_part_of_that_name(extractor: Any) -> None:
    got = found(extractor, "The Pan-Asia Bond Index Fund grew last year.")
    assert not any(k.startswith("Pan-Asia") and v[0] == "PLACE" for k, v in got.items())


def test_a_word_at_a_town_is_one_site(extractor: Any) -> None:
    got = found(extractor, "Residents gathered at Heartbeat@Bedok for the carnival on Sunday.")
    assert got["Heartbeat@Bedok"][0] == "PLACE"
    assert "Bedok" not in got


def test_a_month_read_as_a_date_is_no_place_in_a_list_of_places(extractor: Any) -> None:
    got = found(extractor, "Last April, Hong Kong and Guangdong Province signed a new framework agreement.")
    assert "Last April" not in got
    assert got["Hong Kong"][0] == "PLACE"


def test_a_kind_counted_as_one_of_its_kind_is_no_name(extractor: Any) -> None:
    got = found(extractor, "The plan will turn Kowloon Bay into the second Central Business District (CBD) of the "
                           "city, and the group asked to designate the island as Country Park (CP).")
    assert "Central Business District" not in got and "CBD" not in got and "Country Park" not in got
    assert got["Kowloon Bay"][0] == "PLACE"


def test_a_place_opening_a_person_s_name_is_part_of_it(extractor: Any) -> None:
    got = found(extractor, "Its Chairman Stanley Wong told reporters the review was done.")
    assert "Stanley" not in got


def test_a_constituency_is_one_place_without_its_members(extractor: Any) -> None:
    got = found(extractor, "The anchor minister for East Coast GRC spoke, and the five East Coast GRC MPs agreed.")
    assert got["East Coast GRC"][0] == "PLACE"
    assert "East Coast GRC MPs" not in got and "East Coast" not in got


def test_a_lower_case_station_after_a_name_is_a_station(extractor: Any) -> None:
    got = found(extractor, "Bayshore station, which is in the east, was opened in June. Everyone lives near an MRT "
                           "station.")
    assert got["Bayshore station"][0] == "PLACE"
    assert "MRT Station" not in got and "MRT station" not in got


def test_names_sharing_a_head_with_a_kind_word_keep_the_kind(extractor: Any) -> None:
    got = found(extractor, "We propose to reconstruct the Sha Tau Kok, Wong Shek and Ko Lau Wan Public Piers.")
    assert got["Ko Lau Wan"] == ("PLACE", "Ko Lau Wan Public Pier")
    assert got["Sha Tau Kok"] == ("PLACE", "Sha Tau Kok Public Pier")


def test_a_geopark_is_a_place_and_its_home_no_mention(extractor: Any) -> None:
    got = found(extractor, "Sharp Island is part of the Hong Kong UNESCO Global Geopark.")
    assert got["Hong Kong UNESCO Global Geopark"][0] == "PLACE"
    assert "Hong Kong" not in got


def test_a_quoted_name_in_apposition_to_a_site_s_kind_is_a_place(extractor: Any) -> None:
    got = found(extractor, "The park's first new themed area, “Pirate Cove Land”, will open in May, and we will "
                           "open the “Harbourfront Leisure Space” in Wan Chai.")
    assert got["Pirate Cove Land"][0] == "PLACE"
    assert got["Harbourfront Leisure Space"][0] == "PLACE"


def test_a_quoted_slogan_is_no_site(extractor: Any) -> None:
    got = found(extractor, "A themed area featuring “Galaxy Heroes” and the slogan “Tourism is Everywhere” appeal.")
    assert "Galaxy Heroes" not in got and "Tourism is Everywhere" not in got


def test_an_act_and_of_open_a_heading_s_event_not_a_place(extractor: Any) -> None:
    got = found(extractor, "Speech at the Launch of the Exhibition for Green Loop (North) and the Opening of "
                           "Hillside Cove Park")
    assert not any(k.startswith(("Launch", "Opening", "Exhibition")) for k in got)
    assert got["Hillside Cove Park"][0] == "PLACE"


def test_major_venues_with_gazetteer_entries(extractor: Any) -> None:
    got = found(extractor, "Visitors rode Ngong Ping 360, watched a show at the Xiqu Centre and shopped at Jewel "
                           "Changi.")
    assert got["Ngong Ping 360"] == ("PLACE", "Ngong Ping 360")
    assert got["Xiqu Centre"][0] == "PLACE"
    assert got["Jewel Changi"] == ("PLACE", "Jewel Changi Airport")


def test_a_facility_s_kind_in_lower_case_after_a_place_names_the_facility(extractor: Any) -> None:
    got = found(extractor, "Land was reclaimed in the 1970s for the Tanjong Rhu container terminal, and the Kai "
                           "Tak cruise terminal opened later.")
    assert got["Tanjong Rhu container terminal"][0] == "PLACE"
    assert got["Kai Tak cruise terminal"][0] == "PLACE"


def test_a_club_s_site_is_a_place(extractor: Any) -> None:
    got = found(extractor, "Some 5,000 new homes will be built on the Marina Rowing Club site by 2030.")
    assert got["Marina Rowing Club"][0] == "PLACE"


def test_a_place_at_a_known_place_is_two_places(extractor: Any) -> None:
    got = found(extractor, "Larger liners used to berth at Ocean Terminal at Tsim Sha Tsui before 2013.")
    assert "Tsim Sha Tsui" in got and got["Tsim Sha Tsui"][0] == "PLACE"
    assert got["Ocean Terminal"][0] == "PLACE"
    assert not any(" at " in k for k in got)


def test_a_network_of_nature_parks_is_a_place_and_a_club_house_at_a_town_a_site(extractor: Any) -> None:
    got = found(extractor, "A new corridor will join the Western Nature Park Network. The club moved to the Civil "
                           "Service Club @ Tampines and ferries leave from the SkyPier.")
    assert got["Western Nature Park Network"][0] == "PLACE"
    assert got["Civil Service Club @ Tampines"][0] == "PLACE"
    assert "Tampines" not in got
    assert got["SkyPier"][0] == "PLACE"


def test_a_forest_is_a_place_and_a_hyphenated_constituency_one_name(extractor: Any) -> None:
    got = found(extractor, "Holland-Bukit Timah GRC MP Tan Ah Kow said he would speak on Kent Ridge Forest.")
    assert got["Holland-Bukit Timah GRC"][0] == "PLACE"
    assert "Holland" not in got and "Bukit Timah GRC" not in got
    assert got["Kent Ridge Forest"][0] == "PLACE"


def test_lantau_landmarks_are_gazetteer_places(extractor: Any) -> None:
    got = found(extractor, "Visitors climbed to the Big Buddha and walked the Wisdom Path before lunch.")
    assert got["Big Buddha"] == ("PLACE", "Tian Tan Buddha")
    assert got["Wisdom Path"][0] == "PLACE"
