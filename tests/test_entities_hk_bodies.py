"""English institutions in Hong Kong government texts (issue 14) on made-up sentences: two bodies' names joined by
'or', a room named after a body, a body inside a portfolio post's title, an office made a corporation sole, an
acronym that leaves out the first words of the name it stands for; a demonym before a membership body, 'Access to'
inside a topic, a complex named after a body, a running footer or a document word after a committee's topic; a post
on the next line after a known body, a post's branch in brackets, one body named with a place written two ways."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_two_bodies_joined_by_or_are_two_names(extractor: Any) -> None:
    got = found(extractor, "The Housing Authority will submit the plan to the Lands Department or Planning "
                           "Committee before the end of the year.")
    assert not any(" or " in k for k in got)
    assert got.get("Planning Committee", ("",))[0] == "INSTITUTION"


def test_a_room_named_after_a_body_is_no_body(extractor: Any) -> None:
    got = found(extractor, "The subcommittee met at the Legislative Council Chamber on Friday to discuss the "
                           "harbour plan.")
    assert not any("Chamber" in k for k in got)


def test_a_body_inside_a_portfolio_post_is_no_mention(extractor: Any) -> None:
    got = found(extractor, "The Secretary for the Civil Service, Mr Peter Wong, welcomed the three appointees. "
                           "The Secretary for the Fisheries Service thanked them.")
    assert "Civil Service" not in got
    assert "Fisheries Service" not in got


def test_an_office_incorporated_is_a_corporation_sole(extractor: Any) -> None:
    got = found(extractor, "As the majority shareholder, the Financial Secretary Incorporated has appointed Mr "
                           "Lee as chairman. The Council received the Audited Statement of Accounts of the "
                           "Director of Social Welfare Incorporated.")
    assert got.get("Financial Secretary Incorporated", ("",))[0] == "INSTITUTION"
    assert got.get("Director of Social Welfare Incorporated", ("",))[0] == "INSTITUTION"
    assert "Social Welfare Incorporated" not in got


def test_an_acronym_that_leaves_out_the_first_words_stands_for_the_whole_name(extractor: Any) -> None:
    got = found(extractor, "The bureau appointed two members to the Harbourside Plaza Management Advisory "
                           "Committee (MAC) for a two-year term. The MAC advises the Government.")
    assert got.get("Harbourside Plaza Management Advisory Committee", ("",))[0] == "INSTITUTION"
    assert got.get("MAC", ("", ""))[1] == "Harbourside Plaza Management Advisory Committee"
    assert "Management Advisory Committee" not in got


def test_a_demonym_before_a_membership_body_is_part_of_its_name(extractor: Any) -> None:
    got = found(extractor, "The Ruritanian Manufacturers' Federation met the Indian Manufacturers' Association in "
                           "Delhi.")
    assert got.get("Indian Manufacturers' Association", ("",))[0] == "INSTITUTION"
    assert "Manufacturers' Association" not in got


def test_access_to_stays_inside_a_committees_topic(extractor: Any) -> None:
    got = found(extractor, "The Working Group on Access to the Council's Archives and Papers decides which files "
                           "are opened.")
    assert got.get("Working Group on Access to the Council's Archives and Papers", ("",))[0] == "INSTITUTION"
    assert "Working Group on Access" not in got


def test_a_complex_named_after_a_body_is_a_place(extractor: Any) -> None:
    got = found(extractor, "The panel met in Room 2 of the Legislative Council Complex on Friday.")
    assert got.get("Legislative Council Complex", ("",))[0] == "PLACE"


def test_a_footer_or_a_document_word_ends_a_committees_topic(extractor: Any) -> None:
    got = found(extractor, "The Panels are: • Panel on Fisheries • Panel on Harbour Services Legislative Council "
                           "Annual Report 2020 12\n\nRef : CB2/PL/HS Panel on Harbour Safety Minutes of meeting "
                           "held on Friday")
    assert got.get("Panel on Harbour Services", ("",))[0] == "INSTITUTION"
    assert got.get("Panel on Harbour Safety", ("",))[0] == "INSTITUTION"
    assert not any(k.endswith(("Report", "Minutes")) or k.startswith("HS") for k in got)


def test_a_post_on_the_next_line_ends_a_known_bodys_name(extractor: Any) -> None:
    got = found(extractor, "Ex-officio members\nDelegate of the Eastern District Council\nRepresentative from the "
                           "Harbour Board\n")
    assert got.get("Eastern District Council", ("",))[0] == "INSTITUTION"


def test_a_bracket_after_a_post_names_its_branch_no_body(extractor: Any) -> None:
    got = found(extractor, "Mr Chan, Director of Lands, will become Permanent Secretary for Financial Services and "
                           "the Treasury (Treasury) on July 1.")
    assert "Treasury" not in got


def test_one_body_named_with_a_place_written_two_ways_is_one_entity(extractor: Any) -> None:
    got = found(extractor, "This note covers the Office of the Government of the HKSAR in Chengdu. The duties of "
                           "the Office of the Government of the Hong Kong Special Administrative Region in Chengdu "
                           "are to promote trade.")
    names = {v[1] for k, v in got.items() if k.startswith("Office of the Government")}
    assert len(names) == 1
