"""Place names the model misreads (issue 14, English places, session 15): a site named after a royal or a saint in
the possessive ("King's Park Hockey Ground") is read from the title on; a body's 'Headquarters' named as works on it
is the building, one place; 'NT' for the New Territories in a name the text also writes in full is that place again;
a street after a Malay road word ('Jalan', 'Lorong') is a road, no place; 'Velodrome' heads a venue. Made-up
sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_site_named_after_a_royal_in_the_possessive(extractor: Any) -> None:
    got = found(extractor, "Upgrading works covered King's Park Hockey Ground and the Harbour Stadium.")
    assert got["King's Park Hockey Ground"][0] == "PLACE"
    assert "Park Hockey Ground" not in got


def test_a_body_s_headquarters_being_expanded_is_its_building(extractor: Any) -> None:
    got = found(extractor, "We will seek funding for the expansion of the Northgate Blood Donation Service "
                           "Headquarters next year.")
    assert got["Northgate Blood Donation Service Headquarters"][0] == "PLACE"
    assert "Northgate Blood Donation Service" not in got


def test_the_nt_short_form_of_a_name_written_in_full_is_one_place(extractor: Any) -> None:
    got = found(extractor, "One project is the New Territories East Cultural Centre in Fanling. Shows may later "
                           "move to the NT East Cultural Centre.")
    assert got["NT East Cultural Centre"] == got["New Territories East Cultural Centre"]


def test_a_malay_road_word_opens_a_road_and_a_velodrome_is_a_venue(extractor: Any) -> None:
    got = found(extractor, "A green space will run along Jalan Kayu Manis. The Northgate Velodrome opened in May.")
    assert "Jalan Kayu Manis" not in got
    assert got["Northgate Velodrome"][0] == "PLACE"


def test_a_district_s_dc_is_its_council_and_a_road_with_a_compass_word_is_a_road(extractor: Any) -> None:
    got = found(extractor, "Last year we consulted the North DC and the Eastern DC on the sites at Sandy Ridge "
                           "and Chai Wan respectively.")
    assert got["North DC"] == ("INSTITUTION", "North District Council")
    assert got["Eastern DC"][0] == "INSTITUTION"
    got = found(extractor, "The park connector network in areas including Bukit Panjang North and Pioneer Road "
                           "North will be expanded, beside Kestrel Wetland Reserve.")
    assert "Pioneer Road North" not in got and got["Bukit Panjang North"][0] == "PLACE"
    assert got["Kestrel Wetland Reserve"][0] == "PLACE"


def test_a_word_a_slogan_remakes_is_no_place_and_a_waterway_is(extractor: Any) -> None:
    got = found(extractor, "Estates will be renewed through initiatives such as the Remaking our Heartland "
                           "programme, and residents enjoy the Kestrel Waterway. Greening our Kowloon East goes on.")
    assert "Heartland" not in got
    assert got["Kestrel Waterway"][0] == got["Kowloon East"][0] == "PLACE"
