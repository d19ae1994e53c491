"""Institution rules on how real text names a body no gazetteer knows: a name in apposition to a noun only an
organisation takes, a place's possessive before a body's name, a membership body's 'of <members> in <place>'.
Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_name_described_as_a_body_is_an_institution(extractor: Any) -> None:
    got = found(extractor, "The minister met members of QuillCityNet, a body representing the country's lenders.")
    assert got.get("QuillCityNet") == ("INSTITUTION", "QuillCityNet"), got


def test_a_place_inside_a_name_described_as_an_organisation_is_part_of_it(extractor: Any) -> None:
    got = found(extractor, "He met staff of Robotics Norway, a robotics industry organisation in Norway, on Monday.")
    assert got.get("Robotics Norway") == ("INSTITUTION", "Robotics Norway"), got
    assert got.get("Norway") == ("PLACE", "Norway"), got  # the later 'in Norway' is still the country


def test_a_person_described_by_a_post_in_a_body_is_no_body(extractor: Any) -> None:
    got = found(extractor, "Mr Tam Kwok-wai, a member of the trade body, said prices would rise.")
    assert not any("Tam" in s for s in got), got


def test_a_place_possessive_before_a_body_owns_it(extractor: Any) -> None:
    got = found(extractor, "The dinner was hosted by the UK's Hong Kong Association on Friday.")
    assert got.get("Hong Kong Association") == ("INSTITUTION", "Hong Kong Association"), got
    assert got.get("UK") == ("PLACE", "United Kingdom"), got
    assert not [s for s in got if s.startswith("UK's")], got


def test_a_membership_body_of_members_in_a_place_is_one_name(extractor: Any) -> None:
    got = found(extractor, "Feedback came from the Association of Pawnbrokers in Malaysia and from lenders.")
    assert got.get("Association of Pawnbrokers in Malaysia") == \
        ("INSTITUTION", "Association of Pawnbrokers in Malaysia"), got
    assert "Malaysia" not in got, got


def test_a_ministry_in_a_city_is_where_the_body_is(extractor: Any) -> None:
    got = found(extractor, "Officials of the Ministry of Foreign Affairs in Beijing replied.")
    assert got.get("Ministry of Foreign Affairs", ("", ""))[0] == "INSTITUTION", got
    assert got.get("Beijing") == ("PLACE", "Beijing"), got


def test_a_date_after_on_is_no_complement_of_a_name(extractor: Any) -> None:
    got = found(extractor, "The lunch was hosted by the Zorvian Traders Association on Friday in Lisbon.")
    assert got.get("Zorvian Traders Association") == ("INSTITUTION", "Zorvian Traders Association"), got


def test_an_information_or_exhibition_centre_is_a_facility_not_a_body(extractor: Any) -> None:
    got = found(extractor, "The Harbour Information Centre is open daily. Our offices are at 12/F, Three Quayside "
                           "Finance Centre, 8 Quay Road. The Zorba Supercomputing Centre signed an agreement.")
    assert got.get("Harbour Information Centre", ("",))[0] == "PLACE", got
    assert got.get("Three Quayside Finance Centre", ("",))[0] == "PLACE", got
    assert got.get("Zorba Supercomputing Centre", ("",))[0] == "INSTITUTION", got


def test_an_acronym_the_text_defines_for_other_words_is_not_the_known_body(extractor: Any) -> None:
    # 'GIC' is also the Singapore fund in the gazetteer; here the text defines it as a land use
    got = found(extractor, "The Lands Department rezoned 12 Government, Institution or Community (GIC) sites. "
                           "The GIC sites are small.")
    assert "GIC" not in got, got
    got = found(extractor, "The Government of Singapore Investment Corporation (GIC) invested. GIC said so.")
    assert got.get("GIC", ("",))[0] == "INSTITUTION", got


def test_every_conjunct_of_a_subject_that_signs_is_a_body(extractor: Any) -> None:
    got = found(extractor, "Zephyra Petroleum and the Hong Kong Science and Technology Parks Corporation signed a "
                           "memorandum on hydrogen.")
    assert got.get("Zephyra Petroleum") == ("INSTITUTION", "Zephyra Petroleum"), got


def test_a_debate_named_after_a_body_is_an_event(extractor: Any) -> None:
    got = found(extractor, "Speaking at the Committee of Supply (COS) Debate on 2 March, the minister said so.")
    assert not got, got


def test_a_city_before_a_defined_office_acronym_names_that_office(extractor: Any) -> None:
    got = found(extractor, "The Quayside Trade Office (QTO) in Chengdu will grow. Staff will move to the Wuhan QTO.")
    assert got.get("Wuhan QTO") == ("INSTITUTION", "Wuhan Quayside Trade Office"), got
    assert "Wuhan" not in got, got


def test_an_office_takes_the_place_where_it_is_into_its_name(extractor: Any) -> None:
    got = found(extractor, "He called on the Office of the Government of the Ruritania Region in Beijing.")
    assert got.get("Office of the Government of the Ruritania Region in Beijing", ("",))[0] == "INSTITUTION", got
    assert "Beijing" not in got, got


def test_an_acronym_that_announces_is_a_body(extractor: Any) -> None:
    got = found(extractor, "DBS Bank and OCBC announced results on Friday.")
    assert got.get("OCBC", ("",))[0] == "INSTITUTION", got


def test_the_name_after_a_title_and_a_region_is_the_employer(extractor: Any) -> None:
    got = found(extractor, "The plan is timely, said Lim Wei Ting, General Manager, ASEAN, Quillmark.")
    assert got.get("Quillmark", ("",))[0] == "INSTITUTION", got


def test_a_post_after_and_ends_a_body_name(extractor: Any) -> None:
    got = found(extractor, "Minister in the Prime Minister's Office and Second Minister for Finance Ong Lay Hoon "
                           "spoke.")
    assert got.get("Prime Minister's Office", ("",))[0] == "INSTITUTION", got


def test_the_last_item_of_a_role_list_is_no_body(extractor: Any) -> None:
    got = found(extractor, "We will consolidate our status as an International Financial, Shipping and Trade Centre.")
    assert not [s for s in got if "Centre" in s], got


def test_a_known_body_before_a_committee_with_a_topic_names_that_committee(extractor: Any) -> None:
    got = found(extractor, "Information Paper for LegCo Panel on Housing and Planning")  # (a paper's heading)
    assert got.get("LegCo Panel on Housing and Planning") == \
        ("INSTITUTION", "Legislative Council Panel on Housing and Planning"), got
    assert "LegCo" not in got, got


def test_a_name_after_an_acronym_and_an_organisation_noun_is_a_company(extractor: Any) -> None:
    got = found(extractor, "Tech giants are expanding into Dongguan, and TV maker Vexcora is going into Huizhou.")
    assert got.get("Vexcora", ("",))[0] == "INSTITUTION", got


def test_a_field_before_ministry_is_the_ministry_of_that_field(extractor: Any) -> None:
    got = found(extractor, "In Singapore, the Defence Ministry will build a square. The Ministry of Defence said so.")
    assert got.get("Defence Ministry", ("", ""))[1] == got.get("Ministry of Defence", ("", "-"))[1], got
    assert got["Defence Ministry"][0] == "INSTITUTION", got


def test_a_news_agency_credit_names_a_body(extractor: Any) -> None:
    got = found(extractor, "KUALA LUMPUR, Dec 3 (Vexnews) - The government approved 17 projects. All are set to "
                           "commence soon. - VEXNEWS\n")
    assert got.get("Vexnews") == ("INSTITUTION", "Vexnews"), got
    assert got.get("VEXNEWS") == ("INSTITUTION", "Vexnews"), got


def test_the_partners_a_body_partners_are_bodies(extractor: Any) -> None:
    got = found(extractor, "The agency will partner Vexcora and Quillmark on batteries, and collaborate with Malaysia.")
    assert got.get("Vexcora", ("",))[0] == "INSTITUTION", got
    assert got.get("Quillmark", ("",))[0] == "INSTITUTION", got
    assert got.get("Malaysia", ("",))[0] == "PLACE", got


def test_an_advisor_is_a_post_before_the_body_it_serves(extractor: Any) -> None:
    got = found(extractor, "Mr Lee met the Advisor in the General Secretariat of the Council of Ministers of "
                           "Ruritania, Mr Tal Varo.")
    assert not [s for s in got if s.startswith("Advisor")], got
    assert any(s.startswith("General Secretariat") and v[0] == "INSTITUTION" for s, v in got.items()), got


def test_names_said_to_be_companies_are_bodies(extractor: Any) -> None:
    got = found(extractor, "Vexcora, Quillmark and Tarnby are local tech companies. Mr Tan and Ms Lim are lenders. "
                           "China and Japan are major lenders. There are 156 licensed banks. These are banks.")
    assert all(got.get(n, ("",))[0] == "INSTITUTION" for n in ("Vexcora", "Quillmark", "Tarnby")), got
    assert not [s for s in got if "Tan" in s or "Lim" in s], got
    assert got.get("Japan", ("",))[0] == "PLACE", got
    assert "There" not in got and "These" not in got, got


def test_the_names_after_a_dash_or_colon_of_an_organisation_noun_are_bodies(extractor: Any) -> None:
    got = found(extractor, "While in Shenzhen, he visited two fintech firms - Vexcora and Tarnby Technology.")
    assert got.get("Vexcora", ("",))[0] == "INSTITUTION", got
    assert got.get("Tarnby Technology", ("",))[0] == "INSTITUTION", got


def test_the_organisers_of_an_event_are_bodies_even_a_centre(extractor: Any) -> None:
    got = found(extractor, "He spoke at the reception organised by the Ruritania Federation of Clan Associations and "
                           "the Singapore Quill Cultural Centre. The lunch was organised by Mr Tan Wei. The fair "
                           "was co-organised by Quillmark and Tarnby.")
    assert got.get("Singapore Quill Cultural Centre", ("",))[0] == "INSTITUTION", got
    assert got.get("Ruritania Federation of Clan Associations", ("",))[0] == "INSTITUTION", got
    assert not [s for s in got if "Tan" in s], got
    assert got.get("Quillmark", ("",))[0] == "INSTITUTION", got
