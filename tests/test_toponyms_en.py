"""English places named by the words of toponymy and by the shape of a name (issue 14, English places, session
7): Malay generic terms that open a place's name ('Kuala X', 'Sungai X', 'Tanjong X'), a lower-case kind word after
a place's own name ('X town', 'X county'), an acronym bracketed inside a name, a heading that ends in a place
before a line that opens 'The ...'. Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_a_malay_generic_term_opens_a_place_name(extractor: Any) -> None:
    text = ("The new coastal road will link Kuala Perlis, Sungai Udang and Tanjong Rambai, and a ferry will run "
            "from Pulau Ketam.")
    got = places(extractor, text)
    assert {"Kuala Perlis", "Sungai Udang", "Tanjong Rambai", "Pulau Ketam"} <= got


def test_the_longest_name_wins_over_a_known_place_inside_it(extractor: Any) -> None:
    got = found(extractor, "The hospital in Kuala Selangor serves the whole district, as the one in Selangor's "
                           "capital does.")
    assert got["Kuala Selangor"][0] == "PLACE"
    assert got["Selangor"][1] == "Selangor"  # the state on its own is still a mention


def test_a_generic_term_inside_a_longer_known_name_or_a_title_gives_no_second_place(extractor: Any) -> None:
    got = places(extractor, "Flights from Kuala Lumpur International Airport resumed, Datuk Seri Bukit Hassan said.")
    assert "Kuala Lumpur International Airport" in got
    assert not {"Kuala Lumpur", "Bukit Hassan"} & got


def test_members_of_a_list_with_generic_places_are_places(extractor: Any) -> None:
    text = "Buses will connect Klang to Kuala Langat, Tanjong Duabelas, and Sabak Merah by next year."
    assert {"Kuala Langat", "Tanjong Duabelas", "Sabak Merah"} <= places(extractor, text)


def test_a_lower_case_kind_word_after_a_name_makes_it_that_place(extractor: Any) -> None:
    text = ("The park lies between Xinbang town in the south of the city and Lianqing county, near the river; "
            "Dongjing township has a new school.")
    assert {"Xinbang", "Lianqing", "Dongjing"} <= {" ".join(p.split()[:1]) for p in places(extractor, text)}


def test_a_kind_word_after_a_description_names_nothing(extractor: Any) -> None:
    text = "They built an Olympic village near the stadium and a Malay village beside the river."
    assert not {"Olympic", "Malay"} & places(extractor, text)


def test_an_acronym_bracketed_inside_a_place_name_makes_one_place(extractor: Any) -> None:
    text = ("Sha Ling Park (SLP) New Town will cover 300 hectares. The SLP New Town will have a new station, and "
            "the Lantau Island (LI) Cycling Scheme will open.")
    got = found(extractor, text)
    assert got["Sha Ling Park (SLP) New Town"] == ("PLACE", "Sha Ling Park New Town")
    assert got["SLP New Town"][1] == "Sha Ling Park New Town"
    assert "Sha Ling Park" not in got and "Lantau Island" not in got


def test_an_acronym_bracketed_inside_a_scheme_name_leaves_no_place(extractor: Any) -> None:
    text = ("Passengers may use the Ferry-Ferry Interchange (FFI) Scheme from May. FFI schemes are popular "
            "in Tai O.")
    got = places(extractor, text)
    assert "Ferry-Ferry Interchange" not in got and "FFI" not in got and "Tai O" in got


def test_a_heading_that_ends_in_a_place_is_not_glued_to_the_next_sentence(extractor: Any) -> None:
    text = ("More bus services for residents in the new estates of Tung Chung\n"
            "The Transport Department said today that three routes will be added.")
    got = found(extractor, text)
    assert got["Tung Chung"][0] == "PLACE"
    assert got["Transport Department"][0] == "INSTITUTION"
    assert not any("\n" in k or k.startswith("Tung Chung The") for k in got)


def test_a_noun_for_places_then_of_lists_places_the_model_reads_as_persons(extractor: Any) -> None:
    text = ("The plan links the existing centres of Liverpool, Greater Hornsby and Bankstown-Lakemba with the "
            "new airport.")
    assert {"Greater Hornsby", "Bankstown-Lakemba"} <= places(extractor, text)
    assert not places(extractor, "The areas of Finance and Technology will grow.")


def test_names_joined_before_a_plural_kind_of_place_are_places(extractor: Any) -> None:
    text = ("The region is home to the Royal Australian Air Force Tindal and Darwin air bases, and the Brandon "
            "and Stirling ferry piers reopened.")
    got = places(extractor, text)
    assert {"Tindal", "Darwin", "Brandon", "Stirling"} <= got
    assert not any(p.startswith("Royal") for p in got)


def test_the_first_name_of_a_shared_kind_list_and_its_later_mentions(extractor: Any) -> None:
    text = ("The Kellyville, Marsden and Rouse Hill North precincts are north of the city. Permits in Kellyville, "
            "Marsden and Rouse Hill North will follow.")
    got = found(extractor, text)
    assert {"Kellyville", "Rouse Hill North"} <= {k for k, v in got.items() if v[0] == "PLACE"}
    assert not [k for k, v in got.items() if v[0] == "INSTITUTION"]


def test_areas_joined_by_a_slash_that_stand_alone_are_one_area(extractor: Any) -> None:
    text = ("The new towns include Tin Shui Wai and Fanling/Sheung Shui, and the areas namely Kwu Tung North/Fanling "
            "North (KTN/FLN), Yuen Long South and Man Kam To. The KTN/FLN area comes first.")
    got = found(extractor, text)
    assert got["Fanling/Sheung Shui"][0] == "PLACE"
    assert got["KTN/FLN"] == got["Kwu Tung North/Fanling North"]
    assert not {"Fanling", "Sheung Shui", "Kwu Tung North"} & set(got)


def test_a_name_in_brackets_is_no_acronym_that_hides_the_place(extractor: Any) -> None:
    text = "Cargo reached Chengdu by train under the China-Thailand (Chengdu) Connectivity Initiative."
    assert "Chengdu" in places(extractor, text)


def test_regional_before_a_state_and_a_brand_before_a_malay_place(extractor: Any) -> None:
    got = places(extractor, "Two plans cover Regional Queensland. Buses stop at Educity and AEON Bukit Tinggi.")
    assert "Regional Queensland" in got
    assert "AEON Bukit Tinggi" in got and "Bukit Tinggi" not in got


def test_a_generic_term_opening_a_body_or_facility_name_gives_no_place(extractor: Any) -> None:
    got = found(extractor, "Bursa Malaysia (formerly the Kuala Lumpur Stock Exchange) listed it; the Sungai Buloh "
                           "Hospital opened.")
    assert got.get("Kuala Lumpur Stock Exchange", ("INSTITUTION",))[0] != "PLACE"
    assert "Sungai Buloh" not in got


def test_also_known_as_gives_another_name_of_the_same_place(extractor: Any) -> None:
    got = found(extractor, "Exports rose along the Beibu Gulf Rim, also known as the Gulf of Tonkin Economic Belt, "
                           "this year.")
    assert got["Gulf of Tonkin Economic Belt"] == got["Beibu Gulf Rim"]


def test_a_name_before_a_lower_case_kind_of_facility_is_a_place(extractor: Any) -> None:
    got = places(extractor, "Visitors went to the Chimelong theme park complex and the Sunway shopping mall.")
    assert {"Chimelong", "Sunway"} <= got


def test_a_dateline_town_only_geonames_knows_is_a_place(extractor: Any) -> None:
    got = found(extractor, "KUCHING, Dec 3 — The state will build two coastal roads next year.")
    assert got["KUCHING"] == ("PLACE", "Kuching")


def test_military_and_industrial_sites_and_estate_heads_are_places(extractor: Any) -> None:
    text = ("New towns may rise where the Tengah Air Base and Keppel Shipyard now stand. The Society rebuilt "
            "Tai Hang Chuen and Lok Man Dai Ha near Bishan Circus.")
    got = places(extractor, text)
    assert {"Tengah Air Base", "Keppel Shipyard", "Tai Hang Chuen", "Lok Man Dai Ha", "Bishan Circus"} <= got
    assert "Tengah Air Base and Keppel Shipyard" not in got


def test_a_name_in_apposition_to_a_kind_of_place_and_an_administrative_division(extractor: Any) -> None:
    text = "A new road will link Belaga, an interior town in Miri Division, with the coast."
    got = found(extractor, text)
    assert got["Belaga"][0] == "PLACE"
    assert got["Miri Division"][0] == "PLACE"


def test_a_known_town_before_a_lower_case_port_names_the_port(extractor: Any) -> None:
    got = found(extractor, "Ships now call at Yangpu port every week, and the Hong Kong port is busy.")
    assert got["Yangpu port"] == ("PLACE", "Yangpu Port")
    assert got["Hong Kong"][0] == "PLACE" and "Hong Kong port" not in got


def test_a_route_named_by_two_places_and_link_names_no_place(extractor: Any) -> None:
    assert not {"Zhuhai", "Macao SAR", "Macau"} & places(extractor, "Plans to exploit the Zhuhai-Macau link stir "
                                                                    "dissent among residents.")


def test_a_known_area_that_ends_a_persons_name_is_no_place(extractor: Any) -> None:
    got = places(extractor, "When Wang Guangming came to Hainan in 2020, he joined the zone's planning team.")
    assert "Hainan" in got and "Guangming" not in got


def test_names_in_a_quoted_sentence_are_ordinary_mentions(extractor: Any) -> None:
    text = ('Residents fear change. "The Tai Wo mall is still made up of small shops, unlike Kwai Fong Plaza." '
            'Buses will also serve Reading and the Clyde Gateway and Citygate Outlets.')
    got = places(extractor, text)
    assert {"Tai Wo", "Kwai Fong Plaza", "Clyde Gateway", "Citygate Outlets"} <= got


def test_english_generic_terms_open_a_place_name_too(extractor: Any) -> None:
    got = places(extractor, "The site lies on the northern banks of the River Severn, below Mount Keen and Loch Tay.")
    assert {"River Severn", "Mount Keen", "Loch Tay"} <= got


def test_names_of_routes_give_no_places(extractor: Any) -> None:
    text = ("The plan includes the Sungai Ara and Bukit Gambir monorail lines and the Jelutong-Gelugor LRT line; "
            "the Jelutong tram will run from Komtar to Permatang Damar Laut, and the Gelugor LRT station opens soon.")
    got = places(extractor, text)
    assert not {"Sungai Ara", "Bukit Gambir", "Jelutong", "Jelutong-Gelugor"} & got
    assert "Permatang Damar Laut" in got


def test_a_verbs_ing_form_the_model_reads_as_a_place_is_no_place(extractor: Any) -> None:
    # the model tags 'Understanding' in a headline's 'Memorandums of Understanding' as a place; an -ing word
    # that is an English verb's form (the model lemmatizer's verbs, data/verbs.en.json) is a noun of the text
    text = ("The Authority today entered into Memorandums of Understanding (MoUs) on Fintech Co-operation with "
            "the Bank of Thailand and the Central Bank of Malaysia respectively.")
    assert "Understanding" not in places(extractor, text)


def test_an_ing_form_is_told_from_an_ing_town_by_the_verbs_of_the_model(extractor: Any) -> None:
    from pipeline.extract.entities.gazetteer import load_gazetteer
    from pipeline.extract.entities.recognizer import EntityRecognizer

    rec = EntityRecognizer(load_gazetteer())
    assert all(rec.verb_form(w) for w in ("Understanding", "Planning", "Housing", "Lying"))
    assert not any(rec.verb_form(w) for w in ("Stirling", "Kettering", "Ealing", "Kunming"))
