"""English places in forms the gazetteer matcher alone misses, and words that look like places but are not
(issue 14, English places, session 6): datelines in capitals, odd case, a city's possessive before a lower-case
kind of place, quoted zones, slash and hyphen compounds, a short form covering shorter ones, addresses,
land-use zonings, plan names, plural heads, barracks, compass parts of towns. Made-up sentences, the real
model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_a_dateline_in_capitals_names_its_place(extractor: Any) -> None:
    got = found(extractor, "PENANG - The state government said on Monday that the ferry terminal will reopen.\n"
                           "BANGKOK, Dec 3 (Agency) - Officials met.")
    assert got["PENANG"][0] == "PLACE"
    assert got["BANGKOK"][0] == "PLACE"


def test_a_known_name_in_odd_case_is_that_place(extractor: Any) -> None:
    got = found(extractor, "Trade rose by a fifth, while the Greater bay Area grew faster than the Yangtze river "
                           "Delta.")
    assert got["Greater bay Area"][1] == "Guangdong-Hong Kong-Macao Greater Bay Area"


def test_a_city_possessive_before_a_lower_case_kind_of_place(extractor: Any) -> None:
    got = places(extractor, "Foshan's Sanshui district and Jiangmen's Yinzhou port will host new warehouses.")
    assert {"Sanshui district", "Yinzhou port"} <= got
    assert not places(extractor, "Shenzhen's Tencent opened an office.") - {"Shenzhen"}


def test_a_quoted_zone_named_after_known_places_is_a_place(extractor: Any) -> None:
    text = 'Officials said the "Zhuhai-Jiangmen Joint Development Zone" is under study; the theme "Asia Hub" is not.'
    got = places(extractor, text)
    assert "Zhuhai-Jiangmen Joint Development Zone" in got and "Asia Hub" not in got


def test_slash_and_hyphen_compounds_are_one_place(extractor: Any) -> None:
    text = ("The Tai Po/Sha Tin (TPST) area will get a new depot, and the TPST area a library. Commuter belts such "
            "as Foshan-Zhaoqing and Zhuhai-Zhongshan keep growing, within the Dongguan-Huizhou \"economic circle\".")
    got = found(extractor, text)
    assert got["Tai Po/Sha Tin"][0] == "PLACE" and got["TPST"] == got["Tai Po/Sha Tin"]
    assert {"Foshan-Zhaoqing", "Zhuhai-Zhongshan", "Dongguan-Huizhou"} <= places(extractor, text)
    assert not {"Foshan", "Zhaoqing", "Tai Po", "Sha Tin"} & places(extractor, text)


def test_a_defined_short_form_covering_shorter_ones_is_one_name(extractor: Any) -> None:
    text = ("The new station at Kwu Tung (KT) will serve the Kwu Tung/Fanling North New Development Area (KT/FLN "
            "NDA). Currently, the commute via road-based transport between KT/FLN NDA and Sheung Shui Station takes "
            "about 20 minutes.")
    got = found(extractor, text)
    assert got["KT/FLN NDA"] == got["Kwu Tung/Fanling North New Development Area"]
    assert "FLN NDA" not in got and got["KT"][1] == "Kwu Tung"


def test_an_address_gives_its_building_not_its_street(extractor: Any) -> None:
    got = found(extractor, "Write to us at 12/F, Harbour Grand Tower, 38 Gloucester Road, Wan Chai, Hong Kong.")
    assert got["Harbour Grand Tower"][0] == "PLACE"
    assert "Gloucester Road" not in got and {"Wan Chai", "Hong Kong"} <= set(got)
    got = found(extractor, "The office moved to Crystal Exchange Centre, 8 Pacific Street, Central.")
    assert got["Crystal Exchange Centre"][0] == "PLACE" and "Pacific Street" not in got


def test_land_use_zonings_and_plans_name_no_place(extractor: Any) -> None:
    text = ("About 40 Green Belt sites and some Conservation Area land were reviewed under the draft Pak Shek "
            "Kok and Shuen Wan OZP.")
    got = places(extractor, text)
    assert not {"Green Belt", "Conservation Area", "Pak Shek Kok and Shuen Wan", "Pak Shek Kok"} & got


def test_a_plural_place_head_names_a_class_of_places(extractor: Any) -> None:
    assert "Third-Tier Cities" not in places(extractor, "Thanks to Third-Tier Cities, Inland Demand Will Rise by 2030")


def test_barracks_and_compass_parts_of_towns_are_places(extractor: Any) -> None:
    got = places(extractor, "The site lies between Shek Kong Barracks and Yishun North, near Tampines West.")
    assert {"Shek Kong Barracks", "Yishun North", "Tampines West"} <= got
    assert not {"Yishun", "Tampines"} & got


def test_the_loop_is_the_lok_ma_chau_loop_only_in_a_hong_kong_planning_text(extractor: Any) -> None:
    got = found(extractor, "The Technopole will join the Loop to form a larger I&T cluster near Lok Ma Chau.")
    assert got["Loop"][1] == "Lok Ma Chau Loop"
    assert "Loop" not in found(extractor, "Feedback closes the Loop for the design team.")


def test_a_chain_of_places_before_a_route_noun_names_a_route(extractor: Any) -> None:
    text = ("Once the Shenzhen-Jiangmen-Zhanjiang high-speed railway opens, trips will be shorter. The Tai Po Bypass "
            "and the Sai Kung Highway (Tai Po North Section) will follow.")
    assert not places(extractor, text)


def test_region_words_before_cities_and_lower_case_compass_words(extractor: Any) -> None:
    got = found(extractor, "A new tram will serve west Kowloon, while Greater Sydney and Western Melbourne add homes.")
    assert got["west Kowloon"] == ("PLACE", "West Kowloon")
    assert got["Greater Sydney"][0] == got["Western Melbourne"][0] == "PLACE"
    assert "Sydney" not in got and "Melbourne" not in got and "Kowloon" not in got
    got = found(extractor, "Funds will rebuild towns in southwest China.")  # a direction in a country, no name
    assert got["China"] == ("PLACE", "China") and "southwest China" not in got


def test_a_region_word_opening_a_sentence_stays_in_the_name_and_city_centres_are_places(extractor: Any) -> None:
    got = found(extractor, "Eastern Perth Aerotropolis will grow around the new Kingsford City Centre.")
    assert got["Eastern Perth Aerotropolis"][0] == "PLACE" and "Perth Aerotropolis" not in got
    assert got["Kingsford City Centre"][0] == "PLACE"


def test_a_place_hyphened_to_an_unknown_name_is_one_place(extractor: Any) -> None:
    got = places(extractor, "Jobs will grow in Zhuhai-Doumen and Shenzhen-Pingdi.")
    assert {"Zhuhai-Doumen", "Shenzhen-Pingdi"} <= got and not {"Zhuhai", "Shenzhen"} & got


def test_a_transit_station_in_lower_case_is_a_place_and_a_bare_metro_is_not(extractor: Any) -> None:
    got = places(extractor, "Residents walk to the Mayflower MRT station; the Metro station nearby is busy.")
    assert "Mayflower MRT station" in got and "Metro" not in got


def test_names_in_speech_quoted_before_its_verb_are_mentions(extractor: Any) -> None:
    text = '"Trains now reach Nanling Port and the Central Waters, which helps trade," said Mr Ho.'
    assert {"Nanling Port", "Central Waters"} <= places(extractor, text)


def test_a_place_in_a_person_or_route_name_is_no_mention(extractor: Any) -> None:
    text = ("The Sha Tin – Sai Kung Tunnel was studied, said Joao Pereira do Rosario. Flights to Rosario resumed "
            "when Country Garden Pacificview Sdn Bhd reported.")
    got = found(extractor, text)
    assert "Sha Tin" not in got and got["Rosario"][0] == "PLACE"
    assert sum(1 for k in got if k == "Rosario") == 1 and "Country Garden" not in got


def test_a_named_customs_immigration_and_quarantine_complex_is_a_place(extractor: Any) -> None:
    text = ("Lorries queue at the Tebedu Customs, Immigration and Quarantine Complex. The Immigration, Customs, and "
            "Quarantine Complex (ICQS) is a kind of facility.")
    got = places(extractor, text)
    assert "Tebedu Customs, Immigration and Quarantine Complex" in got
    assert not any(p.startswith("The Immigration") or p.startswith("Immigration") for p in got)


def test_the_cooperation_zone_without_its_locative_is_hengqin(extractor: Any) -> None:
    got = found(extractor, "Firms moved to Hengqin after the Guangdong-Macao In-Depth Cooperation Zone opened.")
    assert got["Guangdong-Macao In-Depth Cooperation Zone"][1] == got["Hengqin"][1]


def test_a_rail_extension_and_a_plural_head_after_and_name_no_new_place(extractor: Any) -> None:
    text = ("94. With the completion of the planning and engineering study for the Kwu Tung North and Fanling North "
            "NDAs, the MTR Tsuen Wan West Extension will follow.")
    got = found(extractor, text)
    assert got["Fanling North"][1] == "Fanling North" and "Fanling North NDAs" not in got
    assert "Tsuen Wan" not in got and "Tsuen Wan West" not in got


def test_a_kind_after_a_possessive_ordinal_a_venue_and_a_cued_single_member(extractor: Any) -> None:
    text = ("The plan makes the district Penang's second Central Business District (CBD), outside the old CBD. "
            "Talks were held at The MPC Centre. The town has two precincts – Bayan Gateway, as the hub, and a park.")
    got = found(extractor, text)
    assert "Central Business District" not in got and "CBD" not in got
    assert got["MPC Centre"][0] == "PLACE" and got["Bayan Gateway"][0] == "PLACE"
